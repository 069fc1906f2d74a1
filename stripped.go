package quote

import (
	"slices"
	"sort"
	"strings"
)

// This file recovers direct quotes from text whose quotation marks were
// stripped, as in the Reuters half of the ISOT corpus, where every
// non-ASCII character became a space:
//
//	Talks are our first choice,  Reyes told a weekly briefing.
//
// Such text is recognised by what it lacks (no quotation marks, no
// apostrophes) and by what stripping leaves behind: split contractions and
// possessives ("can t", "Kestia s") and, where the spaces survive, two
// spaces where a mark was. A statement found by a cue is then direct,
// rather than indirect, when it is set off by those spaces, follows a
// colon, or speaks in the first or second person; and the sentences after
// a direct quote that carry on in the speaker's voice continue it. In text
// with line breaks, the marks of each line, paired in order, show where
// quotes open and close (regions), and a quote so shown takes in the
// speech verbs and marks inside it.

// detectStripped sets s.stripped when the text has no top-level
// quotation (or only one or two, where its contractions read as stripped
// four times as often as the quotations and apostrophes it keeps, or
// twice with no apostrophe and six wide gaps left by marks) and its
// contractions read as stripped of their apostrophes ("dont") at least as
// often as not, and s.spaced when the stripped marks left wide spaces
// behind.
func (s *state) detectStripped() {
	pairs := 0
	for _, p := range s.pairs {
		if p.depth == 0 {
			pairs++
		}
	}
	if pairs > 2 {
		// Three quotations or more: the text keeps its marks, whatever
		// its contractions show, so they need no counting.
		return
	}
	tails, wide, apostrophes := 0, 0, 0
	for k := range s.toks {
		t := &s.toks[k]
		if t.flags&fStrippedTail != 0 {
			tails++
		}
		if t.flags&fWide != 0 && k > 0 {
			wide++
		}
		if t.kind == tClitic && t.flags&fStrippedTail == 0 {
			apostrophes++
		} else if t.kind == tWord {
			if w := s.text[t.start:t.end]; strings.IndexByte(w, '\'') >= 0 || t.flags&fASCII == 0 && strings.Contains(w, "’") {
				apostrophes++
			}
		}
	}
	if apostrophes > tails || pairs > 0 && tails < 4*(pairs+apostrophes) && !(apostrophes == 0 && tails >= 2 && wide >= 6) {
		// A quotation or two in straight marks, a caption's `the
		// "green" plan`, leave the text stripped when its
		// contractions are split many times over, or split a few
		// times, none kept whole, and wide gaps show the marks.
		return
	}
	s.stripped = true
	for k := 1; k < len(s.toks); k++ {
		// A word that lost its leading apostrophe left the extra space,
		// `asked  em`, `wait  til May`: no mark.
		if t := &s.toks[k]; t.phantoms == 1 && t.flags&fNewline == 0 && s.toks[k-1].kind == tWord && t.lowerWord() && s.wordIs(k, "em", "til", "bout") {
			t.phantoms = 0
			t.flags &^= fWide
		}
	}
	s.typographicSpacing()
	s.halveMarks()
	if n := len(s.toks); n > 0 && s.toks[n-1].kind == tPunct && s.closedAtEnd(n) {
		// A space after the last stop closed a quote.
		wide++
	}
	s.spaced = wide >= 2
	// A mark after a comma leaves one space more, `won,  Lee said`;
	// where it mostly leaves two, the copy wrote its marks two wide
	// (''), and three spaces between words may be one of them rather
	// than a dash.
	one, two := 0, 0
	for k := 1; k < len(s.toks); k++ {
		if t := &s.toks[k]; s.toks[k-1].isPunct(',') && t.flags&fNewline == 0 {
			switch t.phantoms {
			case 1:
				one++
			case 2:
				two++
			}
		}
	}
	s.dashGaps = s.spaced && 2*two <= one
}

// typographicSpacing takes back one space after every sentence's stop
// when nearly all sentences that follow one on the same line stand after
// two or more spaces: the writer set two spaces (or a space and a
// non-breaking one) between sentences, `We won.  It was close.`, and
// only a space beyond those is a stripped mark. Stripped marks alone
// leave a wide gap only where a quote opens or closes, at most about
// four sentence ends in five of a quote-heavy story.
func (s *state) typographicSpacing() {
	ends, wide := 0, 0
	for i := 1; i < len(s.sents); i++ {
		if k, ok := s.afterStop(i); ok {
			ends++
			if s.toks[k].phantoms > 0 {
				wide++
			}
		}
	}
	if ends < 10 || wide*10 < ends*9 {
		return
	}
	for i := 1; i < len(s.sents); i++ {
		if k, ok := s.afterStop(i); ok && s.toks[k].phantoms > 0 {
			t := &s.toks[k]
			t.phantoms--
			if t.phantoms == 0 {
				t.flags &^= fWide
			}
		}
	}
}

// halveMarks counts each two spaces as one stripped mark, and a lone
// space beyond the word gap as none, in text that wrote each mark as two
// apostrophes and so lost it to two spaces: `won,   Lee said`, `⏎  We
// won`, where a mark of one character leaves `won,  Lee said`. Marks
// that close after a comma or open a line show it: two spaces there, at
// least once after a comma, more than twice as often as one space there
// or after a stop. A lone space is then a plural's apostrophe, `the
// voters  rights`. Typographic spacing is taken out first, so that a
// stop's second space does not count.
func (s *state) halveMarks() {
	ones, twos, commas := 0, 0, 0
	for k := 1; k < len(s.toks); k++ {
		t, p := &s.toks[k], &s.toks[k-1]
		line := t.flags&fNewline != 0 && s.text[t.start-1] == ' '
		comma := t.flags&fNewline == 0 && p.isPunct(',')
		stop := t.flags&fNewline == 0 && (p.isPunct('.') || p.isPunct('?') || p.isPunct('!'))
		switch {
		case t.phantoms == 1 && (line || comma || stop):
			ones++
		case t.phantoms == 2 && (line || comma):
			twos++
			if comma {
				commas++
			}
		}
	}
	if commas == 0 || twos < 2 || twos <= 2*ones {
		return
	}
	s.halved = true
	for k := range s.toks {
		t := &s.toks[k]
		t.phantoms /= 2
		if t.phantoms == 0 {
			t.flags &^= fWide
		}
	}
}

// afterStop returns the first token of sentence i when it starts with a
// capital on the line of the sentence before, which ends at a stop.
func (s *state) afterStop(i int) (k int, ok bool) {
	k = s.sents[i].first
	t, p := &s.toks[k], &s.toks[k-1]
	if t.flags&fNewline != 0 || !t.capWord() || !(p.isPunct('.') || p.isPunct('?') || p.isPunct('!')) {
		return k, false
	}
	return k, true
}

// voice reports whether tokens [a, b) speak in the first or second person
// or use a contraction: the speaker's own words, not the reporter's.
func (s *state) voice(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic {
			continue
		}
		if s.personWord(k) {
			return true
		}
		if t.flags&fStrippedTail != 0 && t.kind != tClitic {
			return true
		}
	}
	return false
}

// personal reports whether a word of the first or second person stands
// in tokens [a, b).
func (s *state) personal(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].kind == tWord && s.personWord(k) {
			return true
		}
	}
	return false
}

// personWord reports whether token k is of the first or second person:
// "we", "your", but not "US", the country.
func (s *state) personWord(k int) bool {
	return s.toks[k].class&cFirstSecond != 0 && !(s.word(k) == "US" || s.word(k) == "U.S.")
}

// firstPerson reports whether a word of the first person stands in
// tokens [a, b): the speaker's own words, whatever verbs they hold.
func (s *state) firstPerson(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&cFirstSecond != 0 && s.wordIs(k, "I", "we", "my", "our") {
			return true
		}
	}
	return false
}

// recoverStripped turns the statements that stripped marks set off as
// quotes into direct ones, adds the quotes that no cue's statement took
// (splitColons to closedQuotes), and then the regions and sentences that
// continue them.
func (s *state) recoverStripped() {
	n := len(s.stmts)
	s.findRegions()
	for i := range n {
		s.byFirst = append(s.byFirst, [2]int32{int32(s.stmts[i].first), int32(i)})
	}
	slices.SortFunc(s.byFirst, func(a, b [2]int32) int { return int(a[0] - b[0]) })
	for i := 0; i < n; i++ {
		st := &s.stmts[i]
		if st.marked || st.dropped || st.cueLast == st.cueFirst && !st.hasSpk {
			continue
		}
		before := st.last <= st.cueFirst
		if before {
			s.closeBeforeSubject(st, i)
		}
		if sf := s.sents[s.sentOf[st.cueFirst]].first; !before && s.spaced && st.first > 0 && s.toks[st.first].flags&fWide != 0 && s.toks[st.first-1].isPunct(',') && s.toks[sf].flags&fWide != 0 && sf < st.cueFirst && !s.wideInside(sf+1, st.first) && s.attributionFrom(st.first, st.last) {
			// `  The work goes on and will continue,  Lee said.`: a
			// mark opened the sentence and closes the quote at the
			// comma; the verb inside is the quote's, and the
			// attribution after it is no statement.
			st.dropped = true
			continue
		}
		region := false
		switch {
		case !before && s.openingRegion(st, i):
			// `Lee said,  Q`: the region is the quote, whatever marks
			// or speech verbs stand inside; but a region no mark closes
			// runs to its line's end, its marks unpaired, and one may
			// still close the quote before the reporter's words.
			st.kind, region = Direct, s.regions[s.regionOf[st.first]].closed
		case before && s.closedBySpace(st):
			st.kind = Direct
			s.openAfterAttribution(st, i)
			if ri, ok := s.closingRegion(st); ok && s.onlyInner(s.regions[ri].first, st.first, i) {
				r := &s.regions[ri]
				r.used = true
				st.first = r.first
				s.markStmt(i, st.first, st.last)
				s.dropInside(r.first, r.last, i)
			} else {
				s.extendBack(st, i)
			}
		case before && s.voice(st.first, st.last) && !s.closedInside(st):
			st.kind = Direct
		case !before && s.spaced && s.toks[st.first].flags&fWide != 0 && s.markedToParagraphEnd(st, i):
			// `Lee said,  Q ... Q.` and a mark closes the paragraph.
			st.kind = Direct
		case !before && s.spaced && st.first == st.cueLast+1 && s.toks[st.cueLast].isPunct(',') && s.toks[st.first].capWord() && s.toks[st.first].class&cFirstSecond == 0 && s.markedToParagraphEnd(st, i):
			// `Lee said, Look, we won. ⏎`: the opening mark left no
			// space of its own, but a capital after the cue's comma and
			// a mark that closes the paragraph show the quote.
			st.kind = Direct
		case !before && s.spaced && s.markedToClose(st, i):
			st.kind = Direct
		case !before && st.kind == Direct:
			// After a colon.
			s.extendForward(st, i)
		case !before && s.spaced && s.toks[st.first].flags&fWide != 0 && s.voice(st.first, st.last):
			st.kind = Direct
			s.extendForward(st, i)
		}
		// A region's marks are paired already.
		if !before && (st.kind == Direct && !region || st.kind != Direct && s.spaced && s.wideInside(st.first+1, st.last)) && s.closeAtJoin(st) {
			st.kind = Direct
		}
		if !before && st.kind != Direct && s.spaced && s.openAfterComma(st, i) {
			st.kind = Direct
		}
		if st.kind == Direct && !before {
			if e, ok := s.quoteAfterAnd(st, i); ok {
				// `chanted,  Go home,  and  Stay out.  The`: two quotes
				// joined by the reporter's "and", one mixed statement,
				// as the quotations would be.
				st.last, st.kind = e, Mixed
				s.markStmt(i, st.first, st.last)
				st.start, st.end = s.trimContent(st.first, st.last)
				continue
			}
			if c, m, ok := s.attributionAtClose(st); ok {
				// `Reyes denies  Why not ask?  asked Lee.`: an
				// attribution right after the closing mark speaks the
				// quote, as one after a quotation does.
				st.spk, st.cueFirst, st.cueLast = m, c.first, c.last
				s.useCue(c)
			}
		}
		if st.kind == Direct {
			st.start, st.end = s.directContent(st.first, st.last)
			t := st.first - 1
			if t > st.cueLast && s.toks[t].isPunct(',') {
				t--
			}
			if !before && t >= st.cueLast && s.toks[t].lowerWord() && s.wordIs(t, "that") {
				// `Lee said that  we won.`, `said that,  We won.`: the
				// quote is the reported clause after the cue's "that",
				// mixed as with marks.
				st.kind = Mixed
			}
		} else if s.spaced && s.wideInside(st.first+1, st.last) {
			// A phrase set off by stripped marks: the speaker's words
			// inside reported speech.
			st.kind = Mixed
			s.extendOpenMark(st, i)
			s.extendToRegion(st, i)
			if c, m, ok := s.attributionAfterMark(st); !before && ok {
				// `He said that he was  quite glad,  the Ledger
				// reported.`: the quote is the Ledger's, as a quotation
				// with an attribution after it is.
				st.spk, st.cueFirst, st.cueLast = m, c.first, c.last
				s.useCue(c)
			}
		}
	}
	s.splitColons(n)
	s.regionQuotes()
	s.cueRegions()
	s.cueQuotes()
	s.bareCueQuotes()
	s.dashQuotes()
	s.headingQuotes()
	s.colonQuotes(false)
	s.closedQuotes()
	s.resumeQuotes()
	s.addedQuotes(n)
	s.continueRegions()
	s.continueStripped()
	s.voicedQuotes()
	s.regionLeftovers()
	s.leadInQuotes()
	s.namedQuotes()
	if s.lined {
		s.colonQuotes(true)
	}
	s.strippedReferences()
}

// strippedClaimKinds makes the statements of speech nouns, which
// attributeClaims finds after recoverStripped, mixed where stripped marks
// set off words inside them, as recoverStripped does for the statements
// of speech verbs: `Lee's pledge to be  neutral  in the talks`.
func (s *state) strippedClaimKinds() {
	if !s.spaced {
		return
	}
	for i := range s.stmts {
		if st := &s.stmts[i]; st.source == srcClaimNoun && !st.marked && !st.dropped && st.kind == Indirect && s.wideInside(st.first+1, st.last) {
			st.kind = Mixed
		}
	}
}

// strippedReferences adds what a quote meant after a "referring to" in
// its attribution, `  He lost,  Lee said, referring to Reyes.`, as
// referenceStatement does for a quotation: the quote's statement is
// found only here, after the cues were read, so the first pass found no
// speaker to lend.
func (s *state) strippedReferences() {
	for k := 1; k < len(s.toks); k++ {
		if s.usedCue[k] || !s.mayCue(k) || !s.toks[k-1].isPunct(',') || !s.referringTo(k) {
			continue
		}
		c, ok := s.cueAt(k)
		if !ok || !c.reference || s.stmtOver(c.first, c.last+1) {
			continue
		}
		s.referenceStatement(c, s.window(s.sents[s.sentOf[k]], k))
	}
}

// attributionAfterMark returns the attribution right after statement
// st, reported speech with the speaker's words in it, where the mark
// after its last comma closes a quote opened inside it and the
// attribution closes the sentence or runs to a comma, maybe after a few
// words: `that he was  quite glad,  the Ledger reported.`
func (s *state) attributionAfterMark(st *stmt) (c cue, m mention, ok bool) {
	k := st.last
	if k < len(s.toks) && s.toks[k].isPunct(',') {
		k++
	}
	if k+1 >= len(s.toks) || !s.toks[k-1].isPunct(',') || s.toks[k].flags&fWide == 0 || s.marksAt(k) != 1 || s.sentOf[k] != s.sentOf[k-1] || s.marksIn(st.first, k+1)%2 == 1 {
		return c, m, false
	}
	c, m, ok = s.tailSpeaker(k)
	if !ok || s.usedCue[c.first] {
		return c, m, false
	}
	// A time may close it, `the Ledger reported in 1991.`
	for e := max(c.last, m.last); e < len(s.toks) && e < max(c.last, m.last)+4; e++ {
		if t := &s.toks[e]; t.kind != tWord {
			return c, m, t.isPunct('.') || t.isPunct(',')
		}
		if _, ok := s.cueAt(e); ok {
			break
		}
	}
	return c, m, false
}

// quoteAfterAnd returns the end of a second quote that follows direct
// statement i, st, closed after a comma by a stripped mark: "and", maybe
// a comma, and a mark that opens the second quote, which a mark closes
// after a sentence's end in the same paragraph, `Go home,  and  Stay
// out.  The`.
func (s *state) quoteAfterAnd(st *stmt, i int) (e int, ok bool) {
	k := st.last
	if k+2 >= len(s.toks) || !s.toks[k-1].isPunct(',') || s.toks[k].flags&fWide == 0 || s.marksAt(k) != 1 || !s.toks[k].lowerWord() || !s.wordIs(k, "and") {
		return 0, false
	}
	o := k + 1
	if s.toks[o].isPunct(',') {
		o++
	}
	if o >= len(s.toks) || s.toks[o].flags&fWide == 0 || s.marksAt(o) != 1 || s.toks[o].flags&fNewline != 0 {
		return 0, false
	}
	e, ok = s.closingMark(o)
	if !ok || e-o > 60 || s.sents[s.sentOf[e-1]].para != s.sents[s.sentOf[o]].para || !s.onlyInner(o, e, i) {
		return 0, false
	}
	return e, true
}

// attributionAtClose returns the attribution that follows the stripped
// mark closing statement st after a question, an exclamation or a comma,
// `Reyes denies  Why not ask?  asked Lee.`, when its cue made no
// statement yet and no comma or colon of the cue before introduced it.
func (s *state) attributionAtClose(st *stmt) (c cue, m mention, ok bool) {
	k := st.last
	if k >= len(s.toks) || k < 1 || s.toks[k].flags&fWide == 0 || s.marksAt(k) != 1 || s.sentOf[k] != s.sentOf[k-1] {
		return c, m, false
	}
	if p := &s.toks[k-1]; !p.isPunct('?') && !p.isPunct('!') && !p.isPunct(',') {
		return c, m, false
	}
	if f := st.first; f > 0 && (s.toks[f-1].isPunct(',') || s.toks[f-1].isPunct(':')) {
		// The cue's comma or colon introduced the quote, `Lee said,
		// Q,  Reyes recalled`: it stays Lee's.
		return c, m, false
	}
	c, m, ok = s.tailSpeaker(k)
	if !ok || s.usedCue[c.first] || c.first == st.cueFirst {
		return c, m, false
	}
	return c, m, true
}

// openAfterComma starts a statement after its cue at a stripped mark
// after a comma or colon a few words into it, when the quote runs from
// there to a mark that closes it after a sentence's end, or to its
// line's end: the words before the mark are the attribution's, `told
// the host, Tom Reyes,  We won. ⏎`, `said in May, when asked,  No. ⏎`.
func (s *state) openAfterComma(st *stmt, i int) bool {
	o := -1
	for k := st.first + 1; k < st.last && k <= st.first+12; k++ {
		if s.toks[k].flags&fWide != 0 {
			o = k
			break
		}
	}
	if o < 0 || st.cueLast == st.cueFirst || s.marksAt(o) != 1 || !s.toks[o-1].isPunct(',') && !s.toks[o-1].isPunct(':') {
		return false
	}
	if s.toks[st.first].class&cSubord != 0 || s.wordIs(st.first-1, "that") {
		// Reported speech, `said that if it fails,  we go`.
		return false
	}
	for k := st.first; k < o && !s.toks[k].isPunct(','); k++ {
		// A clause of reported speech before the mark, `said the plan
		// was late,  not by a day`: the quote is part of the
		// statement. An aside may follow, `said in May, when asked,`,
		// with an adjective in -ed after an article, `joked, using an
		// exaggerated accent,`.
		if _, ok := s.cueAt(k); ok {
			// A cue of its own, `explained it by saying:  Q`.
			return false
		}
		if t := &s.toks[k]; s.contractedVerb(k) || t.lowerWord() && (t.class&(cAux|cPast) != 0 || len(s.word(k)) > 4 && strings.HasSuffix(s.word(k), "ed") && s.toks[k-1].class&(cDet|cPossPron) == 0) {
			return false
		}
	}
	var e int
	if s.lined {
		r := s.regionOf[o]
		if r < 0 || s.regions[r].first != o || !s.regions[r].closed || s.regions[r].used {
			return false
		}
		e = s.regions[r].last
		if p := &s.toks[e-1]; !p.isPunct('.') && !p.isPunct('?') && !p.isPunct('!') {
			return false
		}
	} else {
		var ok bool
		if e, ok = s.closingMark(o); !ok {
			return false
		}
	}
	if e < st.last || s.wordsIn(o, e) < 3 || !s.onlyInner(o, e, i) {
		return false
	}
	if s.lined {
		s.regions[s.regionOf[o]].used = true
	}
	st.first, st.last = o, e
	s.markStmt(i, st.first, st.last)
	s.dropInside(o, e, i)
	return true
}

// closedInside reports whether a statement before its cue that a
// stripped mark opens is closed by the only mark inside it, between two
// words, with none before the cue: the reporter's words carry the
// speaker's on to the cue, `  We won  after a long count, Lee said.`,
// reported speech with the speaker's words in it rather than a quote. A
// mark after a comma may close a quote before an attribution of its own,
// `  Q,  the man said, according to`.
func (s *state) closedInside(st *stmt) bool {
	if !s.spaced || !s.opensQuote(st.first) {
		return false
	}
	k := s.lastWide(st.first+1, st.last)
	return k > 0 && s.marksAt(k) == 1 && s.toks[k-1].kind == tWord && s.toks[k].lowerWord() && !s.pluralBefore(k) && !s.wideInside(st.first+1, k)
}

// quoteBeforeAttribution reports whether [a, b), in spaced stripped text,
// is a quote that a stripped mark closes before an attribution of its own
// that runs to b: `  Q,  Lee said, according to the Ledger.` The quotation
// keeps its speaker, as a marked one does, and the source reports nothing.
func (s *state) quoteBeforeAttribution(a, b int) bool {
	if !s.spaced || !s.opensQuote(a) && !s.opensEarlier(a) {
		return false
	}
	k := s.lastWide(a+1, b)
	if k < a+3 || s.marksAt(k) != 1 {
		return false
	}
	p := &s.toks[k-1]
	return (p.isPunct(',') || p.isPunct('?') || p.isPunct('!')) && s.attributionAt(k, b)
}

// opensEarlier reports whether the sentence at token a goes on a quote
// that a stripped mark opened at the head of any of the three sentences
// before it in its paragraph, with no mark between: `  No. We lost. It
// hurts,  Lee said, according to the Ledger.`
func (s *state) opensEarlier(a int) bool {
	si := int(s.sentOf[a])
	if s.sents[si].first != a {
		return false
	}
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		sent := s.sents[j]
		if sent.para != s.sents[si].para || s.wideInside(sent.first+1, sent.last) {
			return false
		}
		if s.opensQuote(sent.first) {
			return true
		}
	}
	return false
}

// closeBeforeSubject ends a statement before its cue at the mark that
// closed the quote after a comma, where the words between it and the
// cue's subject begin the subject, in apposition: `Q,  another friend,
// Jane Doe told the paper.`, `Q,  Tom Reyes, the lawyer who led the
// case, wrote.`
func (s *state) closeBeforeSubject(st *stmt, i int) {
	if !s.spaced || s.closedBySpace(st) {
		// A mark closes it where it ends, `Q1,  Q2,   Lee said.`
		return
	}
	for k := st.last - 1; k > st.first+1 && k >= st.last-12; k-- {
		t := &s.toks[k]
		if t.flags&fWide == 0 {
			if t.kind != tWord && !t.isPunct(',') && !t.isPunct('.') || s.verbLike(k) || t.class&(cSubjPron|cFirstSecond|cConj|cSubord|cPrep) != 0 {
				return
			}
			continue
		}
		if p := &s.toks[k-1]; s.marksAt(k) != 1 || !p.isPunct(',') && !p.isPunct('?') && !p.isPunct('!') || !t.capWord() && t.class&cDet == 0 {
			// A noun phrase opens after the mark, `another friend`,
			// `Tom Reyes`.
			return
		}
		st.last = k
		st.start, st.end = s.trimContent(st.first, st.last)
		s.markStmt(i, st.first, st.last)
		return
	}
}

// openAfterAttribution starts a quote before its cue at the last mark
// inside it, after a comma, where an earlier quote's own attribution
// stands before that mark, `Q1,  she said, but in the end,  Q2,  Lee
// said.`, or a speech verb's participle and its phrase: `Lee weighed in,
// telling a host on Monday,  Q,  he said.`
func (s *state) openAfterAttribution(st *stmt, i int) {
	o := s.lastWide(st.first+1, st.last)
	if o < 0 || o-st.first > 60 || !s.toks[o-1].isPunct(',') || s.marksIn(o, st.last) != 1 {
		return
	}
	for k := st.first + 1; k+1 < o; k++ {
		c, ok := s.cueAt(k)
		if ok && c.kind == cueVerb && c.participle && s.toks[k-1].isPunct(',') && o-c.last <= 12 && !s.wideInside(c.last, o) {
			st.first = o
			s.markStmt(i, st.first, st.last)
			return
		}
		if !ok || c.kind != cueVerb || c.participle || !s.toks[k+1].isPunct(',') {
			continue
		}
		if p := &s.toks[k-1]; p.flags&fWide != 0 && (p.class&cSubjPron != 0 || p.capWord()) && k >= 2 && s.toks[k-2].isPunct(',') {
			st.first = o
			s.markStmt(i, st.first, st.last)
			return
		}
	}
}

// closeAtJoin ends a statement that a stripped mark opens after its cue
// at the first mark inside it when a conjunction or relative word follows
// that mark: the quote closed and the reporter goes on, `saying  We are
// done,  and left`, `denounced  open borders,  which`. An inner quote's
// mark would open before its own words instead.
func (s *state) closeAtJoin(st *stmt) bool {
	if f := st.first; !s.spaced || s.toks[f].flags&fWide == 0 || f != st.cueLast && !s.toks[f-1].isPunct(',') && !s.toks[f-1].isPunct(':') {
		// Not `said that  Q1,  and that Q2`, reported speech.
		return false
	}
	for k := st.first + 1; k < st.last; k++ {
		if s.toks[k].flags&fWide == 0 {
			continue
		}
		if s.marksAt(k) != 1 || !s.joinsAt(k, st.last) {
			return false
		}
		st.last = k
		return true
	}
	return false
}

// joinsAt reports whether a conjunction, relative word or participle at
// token k, after a stripped mark, goes on in the reporter's words, before
// token end:
// not after a plural's stripped apostrophe, nor before another mark, `Q1
// and  Q2`, a second quote of the same speaker.
func (s *state) joinsAt(k, end int) bool {
	if !s.toks[k].lowerWord() || k+1 < end && s.toks[k+1].flags&fWide != 0 {
		return false
	}
	// A participle after the conjunction goes on with the reporter's
	// verb, which no plural's apostrophe would: `saying  Q continues
	// and vowing to`, not `the workers  and the owners  rights`.
	return s.participleAfterQuote(k) || s.wordIs(k, "and", "but", "which", "before", "while") && (!s.pluralBefore(k) || k+1 < end && s.toks[k+1].lowerWord() && strings.HasSuffix(s.word(k+1), "ing"))
}

// participleAfterQuote reports whether the mark before token k, after a
// comma, closes a quote before the reporter's participle: `We won,
// adding that ...`, `...,  wiping his brow`.
func (s *state) participleAfterQuote(k int) bool {
	return s.toks[k].lowerWord() && s.toks[k-1].isPunct(',') && strings.HasSuffix(s.word(k), "ing")
}

// participleAlone reports whether tokens [a, b) hold only a participle
// and punctuation: the reporter's `adding` between two quotes, `Q1,
// adding,  Q2`, which their marks set off.
func (s *state) participleAlone(a, b int) bool {
	return a < b && s.participleAfterQuote(a) && s.wordsIn(a, b) == 1
}

// extendOpenMark extends reported speech in which a stripped mark opens
// the speaker's words and none closes them to the mark that does, after
// a sentence's end: `urged her to  heed the harbour pilots. In the
// end, it is about the tide.  The`.
func (s *state) extendOpenMark(st *stmt, i int) {
	if s.lined || st.last <= st.cueFirst {
		// Not past the statement's own attribution, `Q, he said.`
		return
	}
	// A space before a comma or full stop is a closing mark too,
	// `conduct , their`; and a mark right after the cue opens the
	// phrase that the next one closes, `shouted  Go home  as he left.`
	marks := 0
	if s.toks[st.first].flags&fWide != 0 {
		marks = s.marksAt(st.first)
	}
	if st.last > st.first {
		// Counted once per document, not once per statement: every
		// cue of `Lee said that Reyes said that  ...` has a statement
		// as long as the window.
		if len(s.openSum) != len(s.toks)+1 {
			s.countOpenMarks()
		}
		marks += int(s.openSum[st.last] - s.openSum[st.first+1])
		if st.last < len(s.toks) && s.spacedEnd(st.last) {
			marks++
		}
	}
	if marks%2 == 0 {
		return
	}
	o := s.lastWide(st.first+1, st.last)
	if o < 0 || s.pluralBefore(o) {
		// Even, or a plural's stripped apostrophe, `the voters  rights`.
		return
	}
	e, ok := s.closingMark(o)
	if !ok || e <= st.last || s.stmtOver(st.last, e) || s.reportsSpeechIn(st.last, e) {
		return
	}
	st.last = e
	st.start, st.end = s.trimContent(st.first, st.last)
	s.markStmt(i, st.first, st.last)
}

// countOpenMarks fills openSum: before each token, the marks that
// extendOpenMark counts in the tokens before it, a stripped mark's spaces
// or a space before a comma or full stop.
func (s *state) countOpenMarks() {
	s.openSum = resize(s.openSum, len(s.toks)+1)
	for k := range s.toks {
		m := int32(0)
		if s.toks[k].flags&fWide != 0 {
			m = int32(s.marksAt(k))
		} else if s.spacedEnd(k) {
			m = 1
		}
		s.openSum[k+1] = s.openSum[k] + m
	}
}

// spacedEnd reports whether token k is a comma or full stop after a
// space, `conduct , their`: where marks were stripped, a closing one.
func (s *state) spacedEnd(k int) bool {
	t := &s.toks[k]
	return (t.isPunct(',') || t.isPunct('.')) && t.flags&fSpace != 0
}

// extendToRegion extends reported speech after its cue, in text with
// line breaks, to the end of the region that a stripped mark opened
// inside it and that closes beyond it, with no statement or speech verb
// of the reporter's between: `said the plan  may fail. We knew it.  ⏎`
// runs to the mark that closes the speaker's words, as extendOpenMark
// does where no lines pair the marks. A region that closes its line
// after a full stop holds the speaker's own speech verbs, whose
// statements it drops.
func (s *state) extendToRegion(st *stmt, i int) {
	if !s.lined || st.last <= st.cueFirst || s.regionOf[st.last-1] < 0 {
		return
	}
	r := &s.regions[s.regionOf[st.last-1]]
	if r.used || !r.closed || r.first <= st.first || r.last <= st.last {
		return
	}
	inner := s.stmtOver(st.last, r.last) || s.reportsSpeechIn(st.last, r.last)
	if inner && !s.innerToLineEnd(r) {
		return
	}
	if t := &s.toks[r.first]; t.lowerWord() && t.class&(cAux|cPrep|cConj|cSubord|cDet|cObjPron|cSubjPron|cPossPron|cAdverb|cNeg) == 0 && s.toks[r.first-1].capWord() && strings.HasSuffix(s.word(r.first-1), "s") {
		// The spaces may be the stripped apostrophe after a name,
		// `Reyes  critics`, and the pairing off by one.
		return
	}
	r.used = true
	if inner {
		s.dropInside(st.last, r.last, i)
	}
	st.last = r.last
	st.start, st.end = s.trimContent(st.first, st.last)
	s.markStmt(i, st.first, st.last)
}

// innerToLineEnd reports whether region r closes at its line's end after
// a full stop, so that the speech verbs inside it are the speaker's own:
// `said the board had  reviewed it. It concluded that all was well.  ⏎`.
func (s *state) innerToLineEnd(r *region) bool {
	end := r.last
	return (end == len(s.toks) || s.toks[end].flags&fNewline != 0) && (s.toks[end-1].isPunct('.') || s.toks[end-1].isPunct('?') || s.toks[end-1].isPunct('!'))
}

// pluralBefore reports whether a lower-case word follows a plural noun
// at token k, "voters  rights", where the spaces may be a stripped
// apostrophe rather than a mark. So may they after a name in -s inside
// a sentence, "Reyes  attack", "Reyes  Harbour Fund", unless a function
// word follows, as one does a closing mark: "the  Harbour Greys
// because".
func (s *state) pluralBefore(k int) bool {
	p := &s.toks[k-1]
	if !(s.toks[k].lowerWord() || p.flags&fCap != 0 && s.toks[k].capWord()) || p.kind != tWord || p.flags&fDigit != 0 || p.class&(cAux|cPrep|cConj|cSubord|cDet|cObjPron|cSubjPron|cAdverb) != 0 {
		return false
	}
	if p.flags&fCap != 0 && (k-1 == 0 || s.toks[k-1].flags&fSentStart != 0 || s.toks[k].class&(cPrep|cConj|cSubord|cDet|cAux|cAdverb|cSubjPron|cObjPron) != 0) {
		return false
	}
	return s.pluralWord(k - 1)
}

// pluralWord reports whether the word at token k reads as a plural noun.
func (s *state) pluralWord(k int) bool {
	w := s.word(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// colonIn reports whether a colon may stand in tokens [a, b): one
// outside quotation marks is a clause break, and the rest lie in a pair.
// Both are indexed, so a statement as long as the window costs nothing
// to check.
func (s *state) colonIn(a, b int) bool {
	return a < b && (int(s.clauseBreak[b-1]) >= a || int(s.nextPaired[a]) < b)
}

// splitColons cuts out of reported speech the quote that a colon and a
// stripped mark open inside it, as the marks would have: `Lee said the
// talks failed, but gave a warning:  We will fight.  The`. The words
// after the colon are the speaker's own, and run to the mark that closes
// them; what stands before the colon stays reported speech unless it is
// only a word or two, `tweeted this:  Q`, which the quote then replaces.
func (s *state) splitColons(n int) {
	if !s.spaced {
		return
	}
	for i := 0; i < n; i++ {
		st := &s.stmts[i]
		if st.marked || st.dropped || st.kind == Direct || st.cueLast == st.cueFirst || st.cueLast > st.first || !s.colonIn(st.first+1, st.last-1) {
			continue
		}
		for k := st.first + 1; k+1 < st.last; k++ {
			o := k + 1
			if !s.toks[k].isPunct(':') || s.toks[o].phantoms == 0 || !s.toks[o].capWord() && s.toks[o].class&cSubjPron == 0 {
				continue
			}
			if x := s.directFrom(o, i); x >= 0 {
				// A direct statement holds the quote already, `by
				// saying:  Q`: the colon ends the reported speech.
				s.cutAtColon(st, k)
				break
			}
			e, ok := s.closingMark(o)
			tail, tc, tm := false, cue{}, mention{}
			if !ok && e < len(s.toks) && s.toks[e-1].isPunct(',') {
				// `...:  Q,  he said.`: the quote's own attribution.
				tc, tm, tail = s.tailSpeaker(e)
				ok = tail
			}
			if !ok || s.sents[s.sentOf[e-1]].para != s.sents[s.sentOf[o]].para {
				break
			}
			if e > st.last && s.stmtOverExcept(st.last, e, tc.first, tc.last) {
				break
			}
			if tail {
				// A statement the attribution read from the sentence
				// before it lies in the quote, and goes: `...:  Q1. Q2,
				// he wrote.`
				s.stmtsIn(st.last, e, func(x int) bool {
					if o := &s.stmts[x]; x != i && !o.marked && o.first < e && o.last > st.last && o.cueFirst == tc.first && o.cueLast > o.cueFirst {
						o.dropped = true
					}
					return true
				})
			}
			q := stmt{first: o, last: e, kind: Direct, spk: st.spk, hasSpk: st.hasSpk, cueFirst: st.cueFirst, cueLast: st.cueLast, source: st.source, pair: -1, group: s.newGroup()}
			if tail {
				q.last = e - 1
				q.spk, q.hasSpk, q.cueFirst, q.cueLast = tm, true, tc.first, tc.last
			} else if m, ok := s.colonSubject(o); ok && s.mentionStart(m) > st.first {
				// `..., to which Lee replied:  Q`: the subject of the
				// clause before the colon, not the reporter's speaker.
				q.spk, q.hasSpk, q.cueFirst, q.cueLast = m, true, 0, 0
			}
			if s.wordsIn(st.first, k) <= 2 {
				q.group = st.group
			}
			s.cutAtColon(st, k)
			q.start, q.end = s.directContent(q.first, q.last)
			s.addStmt(q)
			break
		}
	}
}

// cutAtColon ends reported speech st at the colon k that opens a quote
// inside it, or drops it if only a word or two stand before the colon.
func (s *state) cutAtColon(st *stmt, k int) {
	if s.wordsIn(st.first, k) <= 2 {
		st.dropped = true
		return
	}
	st.last = k
	st.start, st.end = s.trimContent(st.first, st.last)
	st.kind = Indirect
	if s.wideInside(st.first+1, st.last) {
		st.kind = Mixed
	}
}

// directFrom returns a direct statement other than i that starts at
// token o, or -1.
func (s *state) directFrom(o, i int) int {
	for f := s.firstFrom(o); f < len(s.byFirst) && int(s.byFirst[f][0]) == o; f++ {
		if j := int(s.byFirst[f][1]); j != i && !s.stmts[j].dropped && s.stmts[j].kind == Direct {
			return j
		}
	}
	return -1
}

// tailSpeaker returns the speech verb and speaker of an attribution that
// starts at token a and closes a quote, `he said`, `said Lee`.
func (s *state) tailSpeaker(a int) (c cue, m mention, ok bool) {
	end := s.sents[s.sentOf[a]].last
	for j := a; j < end && j < a+5; j++ {
		c, ok := s.cueAt(j)
		if !ok || c.kind != cueVerb || c.participle || s.negated(j, a) {
			continue
		}
		if m, ok := s.speakerOfCue(c, a); ok && m.last <= end && (s.mentionStart(m) == a || j == a) {
			return c, m, true
		}
	}
	return c, m, false
}

// resumeQuotes adds the second half of a quote that its attribution
// splits, where a stripped mark right after the comma that ends the
// attribution opens it again, past words the attribution took on, `Q1,
// Lee said of the plan,  because Q2.  The`: it runs to the next mark
// that closes at a sentence's end, in the speaker's voice.
func (s *state) resumeQuotes() {
	if !s.spaced {
		return
	}
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		st := s.stmts[i]
		if st.dropped || st.kind != Direct || !st.hasSpk || st.cueLast <= st.cueFirst || st.last > st.cueFirst || !s.closedBySpace(&st) {
			continue
		}
		a := max(st.cueLast, st.spk.last)
		end := s.sents[s.sentOf[a-1]].last
		for k := a; k < end && k < a+12; k++ {
			if _, ok := s.cueAt(k); ok {
				// Another speech verb: an act of its own.
				break
			}
			if !s.toks[k].isPunct(',') || k+1 >= end || s.toks[k+1].flags&fWide == 0 || s.toks[k+1].phantoms != 1 {
				continue
			}
			o := k + 1
			if s.marksIn(a, o)%2 == 1 {
				// The mark closes a title that the attribution put in
				// marks, `said Jo Park, the author of  Harbour Tales,  a
				// history of the port.`: an apposition follows.
				break
			}
			if k == st.spk.last && s.toks[o].class&(cConj|cSubord|cSubjPron) == 0 && !s.wordIs(o, "which", "who") {
				// Right after the speaker's name the mark may set off
				// an apposition, `said Tom Reyes,  a historian.`: only
				// a clause's opening word resumes the quote there.
				break
			}
			e, closed := s.closingMark(o)
			if closed && e-o >= 3 && int(s.sentOf[e-1]) <= int(s.sentOf[o])+3 && !s.stmtOver(o, e) && !s.bareAttributionAt(o) && s.marksIn(o+1, e) == 0 {
				s.addContinuation(st, o, e)
			}
			break
		}
	}
}

// tailCueAt is cueAt for an attribution after a stripped closing mark
// that starts at token a, reading too the verbs that only a quote's own
// attribution takes, as after marks that were kept: `Q,  Lee went on.`,
// `Q,  a voice in the ad states.`
func (s *state) tailCueAt(j, a int) (c cue, ok bool) {
	if c, ok = s.cueAt(j); ok || j == a {
		return c, ok
	}
	if s.wentOn(j) {
		return cue{first: j, last: j + 2, kind: cueVerb, weak: true}, true
	}
	if s.statesAt(j) {
		return cue{first: j, last: j + 1, kind: cueVerb, weak: true}, true
	}
	return c, false
}

// opensQuote reports whether the space before token k is a stripped
// opening mark at a sentence's start: a space after a line break, or a
// second space after the sentence before.
func (s *state) opensQuote(k int) bool {
	t := &s.toks[k]
	if t.flags&fNewline != 0 {
		return t.start > 0 && s.text[t.start-1] == ' '
	}
	if t.phantoms == 0 || k == 0 {
		return false
	}
	p := &s.toks[k-1]
	return p.isPunct('.') || p.isPunct('?') || p.isPunct('!')
}

// closedQuotes finds the direct quotes that stripped marks still show,
// opened at a sentence's start and closed before a short attribution
// that ends its sentence, `⏎ Q,  the mayor quipped.`, where the
// attribution itself was not understood: a verb outside the lexicon, a
// speaker the parser missed, a statement wrongly taken from the tail.
func (s *state) closedQuotes() {
	if !s.spaced {
		return
	}
	// Statements by the sentence they start in, to look them up, built
	// once when first needed, in buffers of the state.
	var head, next []int32
	built := false
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		// A quote of whole sentences may close with its full stop
		// before the attribution, `Q.  Lee wrote on Wirex.`, as a
		// post or a written statement is quoted.
		stop := t.isPunct('.')
		if !(t.isPunct(',') || t.isPunct('?') || t.isPunct('!') || stop) || s.toks[k+1].phantoms == 0 || s.toks[k+1].flags&fNewline != 0 {
			continue
		}
		si := int(s.sentOf[k])
		sent := s.sents[si]
		// So may a question that ends its sentence, `Q?  Lee asked in
		// an email.`
		stop = stop || !t.isPunct(',') && sent.last == k+1
		// The tail: a few words that end the sentence and the quote.
		ti := si
		if stop {
			// One mark, not a paragraph's spaces, before the tail.
			ti = si + 1
			if s.toks[k+1].phantoms != 1 {
				continue
			}
			if s.sents[si].last != k+1 {
				// Or a tail in lower case that the splitter kept in
				// the quote's sentence, `Q.  he said.`, as a comma
				// would.
				if !s.toks[k+1].lowerWord() {
					continue
				}
				ti = si
			}
		}
		end := s.sents[ti].last
		if int(s.sentOf[k+1]) != ti || !s.toks[end-1].isPunct('.') {
			continue
		}
		// Marks in the tail may only set off the speaker's words that
		// the reporter's account goes on to, past the attribution:
		// `Q,  Lee told reporters, calling it  a mess .`
		marked := s.wideInside(k+2, end) && !s.titledTail(k+2, end)
		if marked && stop {
			continue
		}
		// Where no mark or break follows the tail (text with no line
		// breaks, the next sentence the reporter's), where the tail is
		// long, or where a full stop closes the quote, the tail must
		// open with a speech verb and its speaker: `Q,  Lee tweeted.
		// Lee`.
		plain := end < len(s.toks) && s.toks[end].flags&fNewline == 0 && s.toks[end].phantoms == 0
		words := s.wordsUpTo(k+1, end, 15)
		if words == 0 {
			continue
		}
		strict := plain || stop || words > 14
		// The opening mark, at the start of this sentence or of one
		// before it in the paragraph.
		open := -1
		for sj := si; sj >= 0 && sj > si-6 && s.sents[sj].para == sent.para; sj-- {
			if sj < si && s.hasStmt(s.sents[sj]) && !s.sourcedOnly(s.sents[sj]) {
				break
			}
			if f := s.sents[sj].first; s.opensQuote(f) {
				open = f
				break
			}
		}
		if open < 0 || k-open < 1 || s.attributionBefore(open, k) || stop && s.wideInside(open+1, k) || s.cueOpensMark(open, k) || t.isPunct(',') && s.farCueOpens(open, k) {
			continue
		}
		if !built {
			built = true
			s.stmtHead = resize(s.stmtHead, len(s.sents))
			s.stmtNext = resize(s.stmtNext, len(s.stmts))
			head, next = s.stmtHead, s.stmtNext
			for i := range head {
				head[i] = -1
			}
			for i := len(s.stmts) - 1; i >= 0; i-- {
				h := s.sentOf[s.stmts[i].first]
				next[i], head[h] = head[h], int32(i)
			}
		}
		// A statement already over the quote settles it; one that lies
		// in the tail was read from the attribution and gives way.
		clash := false
		var tail, aside []int32
		seen := 0
		for sj := int(s.sentOf[open]); sj <= ti && !clash; sj++ {
			for i := head[sj]; i >= 0; i = next[i] {
				st := &s.stmts[i]
				if st.dropped {
					continue
				}
				if seen++; seen > 64 {
					// No quote and its tail hold so many statements;
					// and the look stays bounded in a sentence that
					// runs on and on.
					clash = true
					break
				}
				if st.first > k && st.cueLast > st.cueFirst && st.cueFirst >= open && st.cueLast <= k {
					// Read from a speech verb before the comma: the
					// sentence opens with its attribution, `He noted,
					// however,  Q.`
					clash = true
				} else if st.first > k {
					tail = append(tail, i)
				} else if st.source == srcAccording && st.first >= open && st.cueLast <= k {
					// A source the quote names in an aside is its own,
					// `  Her count was 699, according to the party. His
					// was 695,  The Ledger reported.`, as ownSpeech holds.
					aside = append(aside, i)
				} else if st.last > open {
					clash = true
				}
			}
		}
		if clash {
			continue
		}
		st := stmt{first: open, last: k, kind: Direct, source: srcStrippedClosed, pair: -1, group: s.newGroup()}
		if !t.isPunct(',') {
			st.last = k + 1 // a question keeps its mark
		}
		// The source that quoted the speaker, `Q,  the paper quoted
		// her as saying.`, or cited her so: the speaker stands after it.
		qv := -1
		for j := k + 2; j < end && j < k+10; j++ {
			if s.wordIs(j, "quoted") || s.wordIs(j, "cited") && s.citedAsSaying(j) {
				if s.subjectLead(k+1, j) || s.toks[k+1].capWord() && j < k+5 {
					qv = j
				}
				break
			}
		}
		for j := k + 1; j < end && !st.hasSpk && (!strict || j < k+5 || stop && j < k+24 || s.subjectLead(k+1, j) || qv > 0 && j < qv+6); j++ {
			c, ok := s.tailCueAt(j, k+1)
			if !ok || c.kind != cueVerb || s.negated(j, k+1) {
				continue
			}
			lead := strict && s.subjectLead(k+1, j)
			quoted := qv > 0 && j > qv+1 && s.wordIs(j-1, "as")
			if strict && j >= k+5 && !lead && !quoted && (!s.toks[j-1].isPunct(',') || c.object || c.participle) {
				// Further on only past an apposition: `Q.  Lee, a
				// spokesman for the city, said in an email.`
				continue
			}
			if marked && s.wideInside(k+2, max(c.last, j+1)) {
				break
			}
			if stop && s.ownStatement(tail, c) {
				// After a full stop, a speech act with a statement of
				// its own opens the reporter's next sentence, no
				// attribution: `Lee, 36, was held in May.  Kestian
				// prosecutors accused him of fraud.`
				continue
			}
			if m, ok := s.speakerOfCue(c, k+1); ok && m.last <= end && (!strict || s.mentionStart(m) == k+1 || j == k+1 || lead && m.last == j && !c.participle || quoted) && (!stop || s.bareAttribution(max(c.last, m.last), end-1)) {
				st.spk, st.hasSpk = m, true
				st.cueFirst, st.cueLast = c.first, c.last
			}
		}
		if marked && !st.hasSpk {
			continue
		}
		if strict && !st.hasSpk {
			if c, m, ok := s.dashedAttribution(k+1, end); ok {
				st.spk, st.hasSpk = m, true
				st.cueFirst, st.cueLast = c.first, c.last
			}
		}
		if strict && !st.hasSpk {
			// A speech verb right after the closing mark, `Q,  said
			// ...`, whose speaker the parser missed: the quote stands,
			// with no speaker rather than a wrong one. With no speech
			// verb, a short tail may still name one: `Q,  Tom Reyes,
			// analyst at X.` (shortTail, tailName).
			c, ok := s.cueAt(k + 1)
			if stop || !ok || c.kind != cueVerb || c.participle {
				if !s.shortTail(open, k, end) {
					continue
				}
				st.spk, st.hasSpk = s.tailName(k+1, end)
			} else {
				st.cueFirst, st.cueLast = c.first, c.last
			}
		} else if !st.hasSpk && s.regionPast(open, k+1) && !s.reporterTail(k+1) {
			// The line's marks, paired, hold the tail inside the quote,
			// `⏎ Q1. I watch shows called  Tide Hour,  films on old
			// boats.  ⏎`: the mark closed a title within it.
			continue
		} else if !st.hasSpk && s.voice(k+1, end) {
			// The tail speaks in the first or second person: a quote
			// within the quote, `Q,  Sorry, I can t.  ⏎`, whose name
			// is no speaker. Where lines pair the marks, the region
			// holds both; else Q stands, with no speaker.
			if s.lined {
				continue
			}
		} else if !st.hasSpk {
			// No cue: the name that stands in the tail.
			st.spk, st.hasSpk = s.tailName(k+1, end)
		}
		for _, i := range tail {
			if !marked {
				// Past marks, the account goes on to a statement of
				// its own, `Lee said the talks, which she called  a
				// farce , failed.`: it stands.
				s.stmts[i].dropped = true
			}
		}
		for _, i := range aside {
			s.stmts[i].dropped = true
		}
		st.start, st.end = s.directContent(st.first, st.last)
		s.addStmt(st)
		k = end - 1
	}
}

// sourcedOnly reports whether every statement not dropped that starts in
// sentence sent is read from an "according to" inside it: a source a
// quote may name in an aside, `  Her count was 699, according to the
// party.`, no statement that ends the quote before it.
func (s *state) sourcedOnly(sent sentence) bool {
	only := true
	s.stmtsIn(sent.first, sent.last, func(i int) bool {
		st := &s.stmts[i]
		if st.dropped || st.first < sent.first || st.first >= sent.last {
			return true
		}
		only = st.source == srcAccording && st.cueFirst > sent.first && st.cueLast <= sent.last
		return only
	})
	return only
}

// ownStatement reports whether one of the statements tail, read after a
// quote's closing mark, was read from the speech act c, with its content
// after it: the act reports a statement of its own.
func (s *state) ownStatement(tail []int32, c cue) bool {
	if !c.act {
		return false
	}
	for _, i := range tail {
		if st := &s.stmts[i]; !st.dropped && st.cueFirst == c.first && st.cueLast > st.cueFirst && st.first >= c.last {
			return true
		}
	}
	return false
}

// tailName returns the first name in the tail [a, b) of a quote whose
// attribution has no speech verb, `Q,  Tom Reyes, a lawyer.`
func (s *state) tailName(a, b int) (m mention, ok bool) {
	for j := a; j < b; j++ {
		if r := s.runAt(j); r >= 0 && s.runs[r].entity >= 0 {
			if m, ok = s.npEndingAt(s.runs[r].last-1, a, false); ok {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// shortTail reports whether the few words from the closing mark after
// token k to the sentence's end at token end can only be the quote's
// attribution, though no speech verb shows it: `  The port will close
// in May,  the council statement began.` The quote runs from the mark
// at token open, a clause of its own.
func (s *state) shortTail(open, k, end int) bool {
	if !s.toks[k].isPunct(',') || s.wordsUpTo(k+1, end, 9) > 8 || s.wordsUpTo(open, k, 5) < 5 || s.wideInside(open+1, k) {
		return false
	}
	// A noun phrase opens it, the speaker or the speaker's text, not the
	// reporter's clause or phrase, `  Q,  and the council agreed.`,
	// `like  a title,  to be released in May.`
	t := &s.toks[k+1]
	return t.capWord() || t.flags&fDigit != 0 || t.lowerWord() && s.wordIs(k+1, "a", "an", "another", "one", "the")
}

// regionPast reports whether a closed region opens at token open and
// runs past token k.
func (s *state) regionPast(open, k int) bool {
	if !s.lined || s.regionOf[open] < 0 {
		return false
	}
	r := &s.regions[s.regionOf[open]]
	return r.first == open && r.closed && r.last > k
}

// reporterTail reports whether the words after a stripped mark at token
// k read as the reporter's, whatever the pairing of the line's marks:
// a relative or subordinate word, `Q,  which Lee thinks ...`, or a name
// that no comma sets off as the one addressed, `Q,  Lee from her desk.`
func (s *state) reporterTail(k int) bool {
	t := &s.toks[k]
	if t.lowerWord() {
		return t.class&cSubord != 0
	}
	r := s.runAt(k)
	return r >= 0 && s.runs[r].entity >= 0 && s.runs[r].last < len(s.toks) && !s.toks[s.runs[r].last].isPunct(',')
}

// subjectLead reports whether tokens [a, b), at most eight, or twelve
// with a body's name, are words that can only lead up to a name
// right before a speech verb at b: its role, its title or a particle of
// the name, `defendant Tom Reyes said`, `Defence Minister Ana de Souza
// said`, `the Kestia Mission to the Harbour Council said`, no verb,
// conjunction or preposition that would make them the reporter's own
// words.
func (s *state) subjectLead(a, b int) bool {
	if b-a > 12 || b <= a {
		return false
	}
	other := 0 // tokens outside a name's run
	for k := a; k < b; k++ {
		if r := s.runAt(k); r >= 0 && s.runKind(s.runs[r].nameFirst, s.runs[r].last) == Organization {
			continue // "to the" in a body's name
		}
		if other++; other > 8 || b-a > 8 && other > 4 {
			return false
		}
		t := &s.toks[k]
		if t.kind != tWord || s.verbLike(k) || t.class&(cConj|cSubord|cSubjPron|cFirstSecond|cNeg|cAux|cAdverb) != 0 {
			return false
		}
		if t.class&cPrep != 0 && !(t.lowerWord() && slices.Contains(nameParticles, s.word(k)) && k+1 < b && s.toks[k+1].capWord()) {
			return false
		}
	}
	return true
}

// titledTail reports whether each stripped mark in a short tail [a, end)
// opens a title after a possessive, `told Wirex s  Dawn Desk.`, or
// sets off a word or three of the attribution after an article, the
// reporter's scare quotes, `the Ledger cited an  inside voice  as
// saying.`
func (s *state) titledTail(a, end int) bool {
	if end-a > 16 {
		return false
	}
	for k := a; k < end; k++ {
		t := &s.toks[k]
		if t.flags&fWide == 0 || t.capWord() && s.toks[k-1].flags&fStrippedTail != 0 && s.word(k-1) == "s" {
			continue
		}
		if !s.toks[k-1].lowerWord() || s.toks[k-1].class&cDet == 0 {
			return false
		}
		c := k + 1
		for c < end && c <= k+3 && s.toks[c].flags&fWide == 0 && s.toks[c].kind == tWord {
			c++
		}
		if c >= end || s.toks[c].flags&fWide == 0 || s.marksAt(c) != 1 {
			return false
		}
		k = c
	}
	return true
}

// addedQuotes finds the quote that stripped marks close right before an
// attribution with no comma, whose cue opens a second quote: `  Q1  she
// added,  Q2`. The first n statements, the parser's, are asked.
func (s *state) addedQuotes(n int) {
	if !s.spaced {
		return
	}
	for i := 0; i < n; i++ {
		st := s.stmts[i]
		if st.dropped || st.marked || !st.hasSpk || st.cueLast >= st.first || st.spk.last != st.cueFirst || st.cueLast+1 != st.first {
			continue
		}
		k := s.mentionStart(st.spk)
		if k < 2 || st.cueFirst-k > 3 || s.toks[k].phantoms != 1 || s.toks[k].flags&fNewline != 0 || s.toks[k-1].kind != tWord ||
			!s.toks[st.cueLast].isPunct(',') || s.toks[st.first].flags&fWide == 0 {
			continue
		}
		o := s.sents[s.sentOf[k-1]].first
		if k-o < 3 || k-o > 60 || !s.opensQuote(o) || s.wideInside(o+1, k) || s.stmtOver(o, k) {
			continue
		}
		q := stmt{first: o, last: k, kind: Direct, spk: st.spk, hasSpk: true, cueFirst: st.cueFirst, cueLast: st.cueLast, source: srcStrippedClosed, pair: -1, group: st.group}
		q.start, q.end = s.directContent(q.first, q.last)
		s.addStmt(q)
	}
}

// dashedAttribution returns the speech verb and speaker of a tail that
// opens with a name and an aside between stripped dashes (three spaces
// between words), `Lee   a former aide   told reporters.`, and ends
// with the verb's where or when, the tail of tokens [a, end).
func (s *state) dashedAttribution(a, end int) (c cue, m mention, ok bool) {
	r := s.runAt(a)
	if r < 0 || s.runs[r].first != a || s.runs[r].entity < 0 {
		return c, m, false
	}
	e := s.runs[r].last
	if e >= end || !s.dashGap(e) {
		return c, m, false
	}
	for j := e + 1; j < end && j < e+24; j++ {
		if !s.dashGap(j) {
			continue
		}
		c, ok := s.cueAt(j)
		if !ok || c.kind != cueVerb || c.participle || s.skipCueTail(c.last, end-1, c.object) < end-1 {
			return c, m, false
		}
		m, ok := s.npEndingAt(e-1, a, false)
		return c, m, ok
	}
	return c, m, false
}

// dashGap reports whether three spaces between words, a stripped dash,
// stand before token k.
func (s *state) dashGap(k int) bool {
	t := &s.toks[k]
	return t.phantoms == 2 && t.flags&fNewline == 0 && t.kind == tWord && k > 0 && s.toks[k-1].kind == tWord
}

// bareAttribution reports whether tokens [a, b) after a speech verb and
// its speaker add only where or when, up to a comma, `in Dover on
// Sunday, pausing a moment`, and report no speech of their own, `said
// the talks failed`, nor after an aside set off by commas, `said,
// however, that the talks failed`.
func (s *state) bareAttribution(a, b int) bool {
	r := a
	for r < b && !s.toks[r].isPunct(',') {
		r++
	}
	for j := r + 2; j < b && j <= r+4; j++ {
		if s.toks[j].isPunct(',') {
			if j+1 < b && s.wordIs(j+1, "that") {
				return false
			}
			break
		}
	}
	return s.onlyTail(a, r)
}

// cueOpensMark reports whether a speech verb and a comma in [a, k) stand
// right before a stripped mark that opens the quote there, `Lee was
// asked,  Q?`: the words before the mark are the reporter's, not the
// quote's.
func (s *state) cueOpensMark(a, k int) bool {
	for j := a + 1; j+1 < k && j < a+12; j++ {
		if !s.toks[j].isPunct(',') || s.toks[j+1].phantoms == 0 {
			continue
		}
		if c, ok := s.cueAt(j - 1); ok && c.kind == cueVerb && !c.participle && c.last == j {
			return true
		}
	}
	return false
}

// farCueOpens reports whether [a, k), before the comma at k, is an
// attribution that opens at a with its speaker and a plain speech verb,
// and then only tells where or when with a phrase of a preposition or a
// time (farCue): `Lee said in a statement before the vote,  Q.`, the
// reporter's words before a stripped mark.
func (s *state) farCueOpens(a, k int) bool {
	c, m, ok := s.farCue(k, a)
	if !ok || c.weak || c.act || s.mentionStart(m) != a || m.last > c.first || s.wordIs(a, "I", "we", "you") || c.last >= k {
		// "I confirmed his health,": the quote's own voice.
		return false
	}
	t := &s.toks[c.last]
	return t.lowerWord() && t.class&(cPrep|cTime) != 0 && t.class&cSubord == 0
}

// attributionBefore reports whether tokens [a, k) are an attribution
// that ends in its speech verb, `He added,`, rather than a quote.
func (s *state) attributionBefore(a, k int) bool {
	c, ok := s.cueAt(k - 1)
	if !ok || c.kind != cueVerb || c.participle || k >= 2 && s.toks[k-2].class&(cDet|cPossPron) != 0 {
		// After a determiner the word is a noun, `any answers,`.
		return false
	}
	m, ok := s.speakerOfCue(c, a)
	return ok && m.first >= a
}

// colonQuotes finds the direct quotes that a colon and a stripped mark
// introduce with no speech verb: `Reyes shot back:  I saw the vote ...`.
// In text with line breaks, the unattributed ones are left to a late
// pass, after the line's regions have found their speakers.
func (s *state) colonQuotes(late bool) {
	if !s.spaced {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.toks[k].isPunct(':') || s.toks[k+1].phantoms == 0 || !s.toks[k+1].capWord() && s.toks[k+1].class&cSubjPron == 0 {
			continue
		}
		sent := s.sents[s.sentOf[k]]
		if s.hasStmt(sent) && s.stmtFromOver(k, k+1, sent.last) && !s.sourceAside(k, sent.last) {
			// A statement that ends before the colon leaves the quote
			// after it to the clause's subject: `Lee said yes and took
			// the chance to speak:  Q`. One that starts inside the
			// quote is the quote's, `As one pilot put it:  The flood showed
			// us the way.  `, and so is a source it names in an aside,
			// `Lee had the facts:  Of 90 boats, according to the port,
			// 30 are old.  `.
			continue
		}
		inner := s.hasStmt(sent) && s.stmtOver(k, sent.last)
		last := sent.last
		if s.sentOf[k+1] != s.sentOf[k] {
			// `Lee released this statement:⏎⏎ Q ⏎`: the colon ends its
			// paragraph, and marks open and close the next one.
			end, ok := s.closedParagraph(k + 1)
			if !ok || !s.opensQuote(k+1) || s.hasStmt(s.sents[s.sentOf[k+1]]) {
				continue
			}
			last = end
		}
		pc, m, ok := s.putItBefore(k)
		if !ok {
			m, ok = s.colonSubject(k + 1)
		}
		if late && ok {
			continue
		}
		if !ok {
			// A mark that opens after a colon and closes after one or
			// two sentences still shows a quote, `The page opens with
			// a line:  Q.  The`, unattributed; a longer run may be
			// paragraphs of a list, unless a mark closes it at its
			// line's end, `Lee had a view:  Q1. Q2. Q3.  ⏎`.
			e, closed := s.closingMark(k + 1)
			short := closed && s.sentOf[e-1] <= s.sentOf[k+1]+1
			if late && !short {
				e, closed = s.closedParagraph(k + 1)
			}
			if s.lined == late && closed && e >= last && s.toks[k+1].phantoms == 1 && (short || late) && (!s.stmtOver(k+1, e) || inner) {
				var spk mention
				hasSpk := false
				if late {
					// In text with line breaks, only once the lines'
					// own speakers are found; the subject that opens
					// the clause before the colon on its line speaks,
					// even a description, `The crowd at the gate had
					// one message:  Q.  ⏎`. With none the quote stands
					// alone, as a quotation after a colon does, `Here
					// is Lee in May:  Q.  ⏎`.
					lo := max(sent.first, k-40)
					for j := k - 1; j > lo; j-- {
						if s.toks[j].flags&fNewline != 0 {
							lo = j
							break
						}
					}
					spk, ok = s.firstSubject(lo, k)
					hasSpk = ok
				}
				st := stmt{first: k + 1, last: e, kind: Direct, spk: spk, hasSpk: hasSpk, source: srcColon, pair: -1, group: s.newGroup()}
				st.start, st.end = s.directContent(st.first, st.last)
				if inner {
					s.dropInside(k+1, e, -1)
				}
				s.addStmt(st)
			}
			continue
		}
		st := stmt{first: k + 1, last: last, kind: Direct, spk: m, hasSpk: true, cueFirst: pc.first, cueLast: pc.last, source: srcColon, pair: -1, group: s.newGroup()}
		if end, ok := s.closedParagraph(k + 1); s.lined && ok && end > st.last {
			// A mark closes the line: all of it is the quote, whatever
			// cues stand inside, `Lee wrote:  Q. Records show Q2.  ⏎`.
			st.last = end
			s.dropInside(k+1, end, -1)
		} else {
			s.extendForward(&st, -1)
		}
		if inner {
			s.dropInside(k+1, st.last, -1)
		}
		st.start, st.end = s.directContent(st.first, st.last)
		s.addStmt(st)
	}
}

// putItBefore returns the cue and speaker of "as X put it" before the
// colon at k, `As one pilot put it:  Q`: whoever puts it speaks, a
// description too, which before other colons does not.
func (s *state) putItBefore(k int) (c cue, m mention, ok bool) {
	if k < 4 || !s.wordIs(k-1, "it") || !s.wordIs(k-2, "put", "puts") {
		return c, m, false
	}
	c, ok = s.cueAt(k - 2)
	if !ok {
		return c, m, false
	}
	lo := max(s.sents[s.sentOf[k]].first, k-12)
	if m, ok = s.subjectBefore(k-2, lo); ok {
		if f := s.mentionStart(m); f > lo && s.wordIs(f-1, "as", "As") {
			return c, m, true
		}
	}
	return c, m, false
}

// closedBySpace reports whether the comma after a statement is followed by
// the extra space a stripped closing mark leaves: `choice,  Reyes`.
func (s *state) closedBySpace(st *stmt) bool {
	if !s.spaced {
		return false
	}
	k := st.last
	for k < len(s.toks) && s.toks[k].kind == tPunct {
		k++
	}
	return k < len(s.toks) && s.toks[k].flags&fWide != 0
}

// extendBack extends a direct statement back to the space a stripped
// opening mark left, over whole sentences with no statement of their own.
func (s *state) extendBack(st *stmt, i int) {
	if s.toks[st.first].flags&fWide != 0 {
		return
	}
	si := int(s.sentOf[st.first])
	if first := s.sents[si].first; first != st.first {
		// The opening mark may be inside the sentence, or it may open
		// an earlier one: `Is it over? No. But it hurts,  Lee said.`
		cued := false
		for k := st.first - 1; k >= first; k-- {
			if s.toks[k].flags&fWide != 0 {
				if cued {
					// Past a speech verb only to a mark that opens the
					// sentence, the verb's statement inside the quote:
					// `  Some say it helps; to me it is odd,  Lee said.`
					if k != first || !s.opensQuote(k) || !s.onlyInner(k, st.first, i) {
						return
					}
					s.dropInside(k, st.first, i)
				}
				st.first = k
				s.markStmt(i, st.first, st.last)
				return
			}
			if _, ok := s.cueAt(k); ok {
				cued = true
			}
		}
		if cued {
			return
		}
	}
	if o := s.lastWide(st.first+1, st.last); s.spaced && o > 0 && (s.marksIn(st.first+1, st.last)+s.spacedCommas(st.first+1, min(st.last+1, len(s.toks))))%2 == 1 && !s.pluralBefore(o) && !(o == st.first+1 && s.toks[o].lowerWord() && s.pluralWord(o-1)) {
		// A mark opened the quote inside the sentence, `The idea is
		// that  it fails,  Lee said.`, or inside a statement that
		// leaves out the sentence's first word, `But in May,  it
		// failed,  Lee said.`: the reporter's words lead into it, as
		// they do into a quoted phrase.
		st.kind = Mixed
		return
	}
	own, deferred := false, false
	for j := si - 1; j >= 0 && j >= si-6; j-- {
		sent := s.sents[j]
		if sent.para != s.sents[si].para {
			return
		}
		if deferred && s.wideInside(sent.first+1, sent.last) {
			return
		}
		inner := func(a int) bool {
			return s.marked(a, 1) && s.opensQuote(a) && s.onlyInner(a, st.first, i) && !s.pastCued(a, st.first, i)
		}
		if s.hasStmt(sent) {
			// A sentence whose statements are the speaker's own, `we
			// have said that ...`, lies inside the quote.
			// So does speech the speaker reports in the present, in a
			// sentence that a mark opens, with no attribution after a
			// statement of its own: `  Kestia says it wants calm. But
			// it sends ships,  Lee said.` The mark that closed the
			// quote opened it there. A name's past "said" is the
			// reporter's; a pronoun's, a story the speaker tells.
			if !s.ownSpeech(sent.first, sent.last, i) && !inner(sent.first) {
				if s.toks[sent.first].flags&fWide != 0 || s.wideInside(sent.first+1, sent.last) {
					return
				}
				// Or in a sentence no mark opens or enters, after
				// the one whose mark opened the quote: `  He is not
				// fit. He said so because he lost. It is over,  Lee
				// said.` The test waits for that mark.
				deferred = true
			} else {
				own = true
			}
		}
		if s.toks[sent.first].flags&fWide != 0 {
			if deferred && !inner(sent.first) {
				return
			}
			if s.attributedClose(sent) {
				// A mark near its end closed the quote it opened, with
				// its own attribution, and the reporter went on: `  No,
				// Lee said. The vote is lost,  she said.`
				return
			}
			if own || deferred {
				s.dropInside(sent.first, st.first, i)
			}
			st.first = sent.first
			s.markStmt(i, st.first, st.last)
			return
		}
		if o := s.lastWide(sent.first+1, sent.last); j == si-1 && !own && s.spaced && o > 0 && s.marksAt(o) == 1 && !s.pluralBefore(o) && (s.marksIn(sent.first, sent.last)+s.spacedCommas(sent.first, sent.last))%2 == 1 && s.marksIn(o+1, sent.last)+s.spacedCommas(o+1, sent.last) == 0 {
			// Or a mark opened it inside the sentence before, left
			// open there: `In May,  we lost. It hurts,  Lee said.`
			// After a word rather than a comma, colon or bracket,
			// the reporter's words lead into it, as in one sentence:
			// `The plan  was a waste. It hurts,  Lee said.`
			st.first = o
			if s.toks[o-1].kind == tWord {
				st.first, st.kind = sent.first, Mixed
				st.start, st.end = s.trimContent(st.first, st.last)
			}
			s.markStmt(i, st.first, st.last)
			return
		}
	}
}

// attributedClose reports whether sentence sent, which a mark opens,
// closes that quote with a mark and ends in a speech verb's clause past
// it, within its last 16 tokens: the quote's own attribution, `  No,
// Lee said of the vote.`, not a quote that runs on past it, `  She
// said,  Go. Go now,  Lee said.`, whose verb a mark follows.
func (s *state) attributedClose(sent sentence) bool {
	if s.marksIn(sent.first+1, sent.last)%2 == 0 || !s.hasCue(sent) {
		return false
	}
	for k := sent.last - 1; k > sent.first && k >= sent.last-16; k-- {
		if c, ok := s.cueAt(k); ok && c.kind == cueVerb {
			return s.marksIn(k, sent.last) == 0
		}
	}
	return false
}

// sourceAside reports whether every statement not dropped that starts at
// or before the colon at token k and lies over tokens [k, b) is read from
// an "according to" after the colon: the quote's own aside, whose
// content starts with the quote.
func (s *state) sourceAside(k, b int) bool {
	aside := false
	s.stmtsIn(k, b, func(i int) bool {
		st := &s.stmts[i]
		if st.dropped || st.first > k+1 || st.last <= k {
			return true
		}
		aside = st.source == srcAccording && st.cueFirst > k
		return aside
	})
	return aside
}

// stmtFromOver reports whether a statement not dropped that starts at or
// before token a lies over any of tokens [k, b).
func (s *state) stmtFromOver(k, a, b int) bool {
	over := false
	s.stmtsIn(k, b, func(i int) bool {
		st := &s.stmts[i]
		over = !st.dropped && st.first <= a && st.first < b && st.last > k
		return !over
	})
	return over
}

// plainNow reports whether tokens [a, b) are one short sentence that
// speaks of now and names no one, no place and no date: a judgement, `It
// will not be fixed by an election.`, the speaker's rather than the
// reporter's, who tells what happened, who and when.
func (s *state) plainNow(a, b int) bool {
	if s.atLeastWords(a, b, 21) {
		return false
	}
	present := false
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			if t.kind != tPunct && t.kind != tClitic {
				return false
			}
			continue
		}
		if k > a && t.flags&(fCap|fDigit) != 0 || t.class&cPast != 0 || s.wordIs(k, "was", "were", "had", "did", "said", "told") || strings.HasSuffix(s.word(k), "ed") && !s.wordIs(k-1, "is", "are", "be", "not") {
			return false
		}
		if t.class&cAux != 0 || s.presentAfter(k) {
			present = true
		}
	}
	return present
}

// spacedCommas returns how many commas in tokens [a, b) stand after a
// word and a space: a stripped mark that closed a phrase there, `pick
// stay  or  go , he said`, leaves no wide gap.
func (s *state) spacedCommas(a, b int) int { return s.counted(&s.commaSum, a, b) }

// pastCued reports whether a statement other than keep that starts in
// tokens [a, b) has a speech verb in the past and a speaker named or
// described, not a pronoun: `Kestia said`, `the group reported`; but not
// one whose attribution is an aside inside its sentence (asideCue).
func (s *state) pastCued(a, b, keep int) bool {
	for i := s.firstFrom(a); i < len(s.byFirst) && int(s.byFirst[i][0]) < b; i++ {
		j := int(s.byFirst[i][1])
		if st := &s.stmts[j]; j != keep && !st.dropped && st.cueLast > st.cueFirst && st.hasSpk && st.spk.kind != mPronoun && !s.asideCue(j, b) {
			if w := s.word(st.cueFirst); s.wordIs(st.cueFirst, "said", "told") || strings.HasSuffix(w, "ed") || s.toks[st.cueFirst].class&cPast != 0 {
				return true
			}
		}
	}
	return false
}

// ownSpeech reports whether each statement other than keep that lies over
// tokens [a, b) starts there and has a speaker in the first or second
// person.
func (s *state) ownSpeech(a, b, keep int) bool {
	own := true
	s.stmtsIn(a, b, func(i int) bool {
		st := &s.stmts[i]
		if i == keep || st.dropped || st.first >= b || st.last <= a {
			return true
		}
		// Or a comparison elided after "as", "left as he said he
		// would", no report of speech.
		as := st.hasSpk && st.cueFirst >= a+2 && st.spk.first == st.cueFirst-1 && s.toks[st.spk.first].class&cSubjPron != 0 && s.wordIs(st.cueFirst-2, "as")
		// Or a source the quote itself names, `  Her count was 699,
		// according to the party. His was 695,  the Ledger said.`
		src := st.source == srcAccording && st.cueLast <= b && !s.wideInside(a+1, b)
		own = st.first >= a && (st.hasSpk && (s.toks[st.spk.first].class&cFirstSecond != 0 || as) || src)
		return own
	})
	return own
}

// extendForward extends a direct statement that follows a colon to the
// space a stripped closing mark left, over whole sentences.
func (s *state) extendForward(st *stmt, i int) {
	if !s.spaced {
		return
	}
	si := int(s.sentOf[st.last-1])
	if e := s.sents[si].last; s.toks[e-1].isPunct('.') && s.toks[e-1].flags&fSpace != 0 || s.toks[st.first].flags&fWide != 0 && (s.marksIn(st.first+1, e)+s.spacedCommas(st.first+1, e))%2 == 1 {
		// A mark closed the quote before the full stop, `a disgrace
		// .`, or inside its sentence, `take us  to a calmer harbour.`
		// (inner quotes pair their marks): it runs no further.
		return
	}
	if e, closed := s.closingMark(st.first); !s.lined && closed && s.toks[st.first].flags&fWide != 0 && e > st.last && int(s.sentOf[e-1]) <= si+8 && !s.spacedStop(st.first, e) {
		// In text with no line breaks, the mark that opened it after
		// the colon shows it runs to the next mark that closes a
		// sentence, whatever cues stand inside: `Lee said:  The board
		// settled it. Its report answered every question.  The`.
		st.last = e
		s.markStmt(i, st.first, st.last)
		s.dropInside(st.first, e, i)
		return
	}
	for j := si + 1; j < len(s.sents) && j <= si+8; j++ {
		sent := s.sents[j]
		if sent.para != s.sents[si].para || s.toks[sent.first].flags&fWide != 0 || s.hasStmt(sent) || s.hasCue(sent) {
			return
		}
		st.last = sent.last
		s.markStmt(i, st.first, st.last)
	}
}

// attributionOpens reports whether one of sentences [a, b] opens with an
// attribution that says nothing more, `Lee said, in a speech ...`: a
// quote closed before it, whatever the spaces show.
func (s *state) attributionOpens(a, b int) bool {
	for j := a; j <= b && j < len(s.sents); j++ {
		if s.bareAttributionAt(s.sents[j].first) {
			return true
		}
	}
	return false
}

// onlyReported reports whether every statement over tokens [a, b) lies
// inside them and reports speech rather than quoting it.
func (s *state) onlyReported(a, b int) bool {
	only := true
	s.stmtsIn(a, b, func(i int) bool {
		st := &s.stmts[i]
		if st.dropped || st.first >= b || st.last <= a {
			return true
		}
		only = st.first >= a && st.last <= b && st.kind != Direct && !st.marked
		return only
	})
	return only
}

// spacedStop reports whether a full stop after a space stands in tokens
// [a, b): a mark closed the quote right before it, `the best plan .`
func (s *state) spacedStop(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.toks[k].isPunct('.') && s.toks[k].flags&fSpace != 0 {
			return true
		}
	}
	return false
}

// hasCue reports whether the sentence holds a speech verb.
func (s *state) hasCue(sent sentence) bool {
	i := s.sentOf[sent.first]
	f := &s.sentFlags[i]
	if *f&sentCueKnown == 0 {
		*f |= sentCueKnown
		for k := s.sents[i].first; k < s.sents[i].last; k++ {
			if _, ok := s.cueAt(k); ok {
				*f |= sentHasCue
				break
			}
		}
	}
	return *f&sentHasCue != 0
}

// cueIn reports whether a speech verb stands in sentences [a, b].
func (s *state) cueIn(a, b int) bool {
	for j := a; j <= b; j++ {
		if s.hasCue(s.sents[j]) {
			return true
		}
	}
	return false
}

// stmtOver reports whether a statement not dropped lies over any of
// tokens [a, b), whichever step added it.
func (s *state) stmtOver(a, b int) bool { return s.stmtOverExcept(a, b, 0, 0) }

// stmtOverExcept is stmtOver leaving out the statements read from a
// speech verb in tokens [o, e), which a caller is about to drop.
func (s *state) stmtOverExcept(a, b, o, e int) bool {
	over := false
	s.stmtsIn(a, b, func(i int) bool {
		st := &s.stmts[i]
		over = !st.dropped && st.first < b && st.last > a && !(st.cueLast > st.cueFirst && st.cueFirst >= o && st.cueFirst < e)
		return !over
	})
	return over
}

// continueStripped adds the sentences that carry on a direct quote with
// no cue of their own. In spaced text it follows the stripped marks: each
// space beyond the first between two sentences is a mark, so after a
// quote that closed, a sentence opened by a mark starts a new quote by
// the same speaker, which runs until the next mark at a sentence's end.
// In collapsed text, where nothing is left of the marks, the sentences
// that go on in the speaker's voice continue the quote.
func (s *state) continueStripped() {
	if s.NoCarryOver {
		return
	}
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		st := s.stmts[i]
		// Reported speech, too, may go on in the speaker's own words:
		// `Lee said the talks failed.  We tried. They did not.  The`.
		// Where lines pair the marks into regions, regionLeftovers
		// follows them instead.
		// A quote opened inside its sentence and closed before its
		// attribution, `The idea is that  it fails,  Lee said.`, goes on
		// as a direct one does.
		closed := st.kind == Mixed && st.last <= st.cueFirst && s.closedBySpace(&st)
		reported := st.kind != Direct && !closed && s.spaced && !s.lined
		// A quote after a colon with no one named to speak it, `Here
		// are his words:  Q1.  Q2.  `, goes on unattributed.
		colon := st.source == srcColon && st.kind == Direct && !st.hasSpk && s.spaced && !s.lined
		if st.kind != Direct && !closed && !reported || !st.hasSpk && !colon || st.dropped {
			continue
		}
		if st.marked && st.pair >= 0 && s.sents[s.sentOf[s.pairs[st.pair].open]].first != s.pairs[st.pair].open {
			// A phrase in straight marks inside the reporter's
			// sentence, `what the council called a "mess".`, opens no
			// quote that stripped marks could carry on.
			continue
		}
		if r := s.regionOf[st.last-1]; st.carried && r >= 0 && s.regions[r].used {
			// continueRegions has followed the marks from here.
			continue
		}
		si := int(s.sentOf[st.last-1])
		// Marks needed before the next sentence to open a quote there:
		// one, if this quote closed inside its sentence (`Q,  Reyes
		// said.`); two, if it ran to the sentence's end, whose first
		// mark closes it.
		need := uint8(1)
		if st.last >= s.sents[si].last-1 && !reported || reported && (s.marksIn(st.first, s.sents[si].last)+s.spacedCommas(st.first, s.sents[si].last))%2 == 1 {
			// Or the reported speech ends in a quoted phrase whose mark
			// closes at the sentence's end: `a  good man.   We`.
			need = 2
		} else if o := s.lastWide(st.last+2, s.sents[si].last); !reported && o > 0 && st.last <= st.cueFirst && s.titledTail(o, o+1) {
			// The attribution opened a title that the next mark closes,
			// `Q,  Lee told Wirex s  Dawn Desk.  He`.
			need = 2
		}
		aside := false
		for j := si + 1; j < len(s.sents) && j <= si+8; j++ {
			sent := s.sents[j]
			if sent.para > s.sents[si].para+1 {
				break
			}
			if s.spaced && !reported && s.marked(sent.first, need) {
				// A mark opens the sentence, and the paragraph ends
				// with one: all of it is the quote, whatever marks or
				// cues stand inside, unless an attribution does.
				if end, ok := s.closedParagraph(sent.first); ok && !s.headingLine(sent.first, end) && !s.namedAttributionAt(sent.first, end) {
					s.addContinuation(st, sent.first, end)
					break
				}
			}
			if e, closed := s.closingMark(sent.first); s.spaced && !s.lined && !reported && closed && s.marked(sent.first, need) && s.stmtOver(sent.first, e) &&
				int(s.sentOf[e-1]) <= j+8 && s.personal(sent.first, e) && !s.spacedStop(sent.first, e) && s.onlyReported(sent.first, e) && !s.attributionOpens(j+1, int(s.sentOf[e-1])) {
				// In text with no line breaks, a sentence that a mark
				// opens and that runs in the first or second person to a
				// mark closing a sentence is the quote, with the reported
				// speech inside it: `Lee said.  We sold out. Some told me
				// it was the best night they had.  The`. A contraction
				// is no sign here: the reporter writes `isn t` too.
				s.dropInside(sent.first, e, -1)
				s.addContinuation(st, sent.first, e)
				break
			}
			if s.hasStmt(sent) || !s.spaced && s.hasCue(sent) {
				break
			}
			if s.spaced {
				// A mark must open the sentence, and none may stand
				// inside it (a quoted phrase in the reporter's words);
				// nor is a sentence wholly in brackets the speaker's, `($1
				// = 0.9 euros)`, but the reporter's note.
				if j == si+1 && need == 1 && !reported && !s.lined && s.toks[sent.first].phantoms == 0 && j+1 < len(s.sents) && s.toks[s.sents[j+1].first].phantoms > 0 &&
					!s.wideInside(sent.first+1, sent.last) && !s.hasCue(sent) && !s.atLeastWords(sent.first, sent.last, 13) {
					// One short sentence of the reporter's may stand
					// between the attribution and the quote that goes on
					// after it, if that speaks in the first person: `Q,
					// Lee said. A unit has 500 men.  We will need ten.  `
					aside = true
					continue
				}
				// Where the quote before ran to its sentence's end, one
				// space may still open the next if it speaks in the
				// first person and a mark closes it: `Lee added,  We
				// want him back.  He did nothing wrong, and we will say
				// so.  `; the writer's two spaces between sentences
				// leave the gap of one mark.
				loose := need == 2 && !reported && !s.lined && s.toks[sent.first].phantoms == 1 && s.toks[sent.first].flags&fNewline == 0 && !s.hasCue(sent)
				if !s.marked(sent.first, need) && !loose || s.wideInside(sent.first+1, sent.last) && !s.innerPair(sent.first, sent.last) || s.bracketed(sent) {
					break
				}
				loose = loose && !s.marked(sent.first, need)
				need = 2
				// The quote runs on over sentences with no mark between
				// them, and no statement but the speaker's own (`I would
				// say ...`), and must close with a mark.
				last := j
				for last+1 < len(s.sents) && last < j+8 && s.sents[last+1].para == sent.para &&
					s.toks[s.sents[last+1].first].phantoms == 0 && (!s.hasStmt(s.sents[last+1]) || s.ownSpeech(s.sents[last+1].first, s.sents[last+1].last, -1)) &&
					!s.wideInside(s.sents[last+1].first+1, s.sents[last+1].last) {
					last++
				}
				// A last space is a mark only before a line break or at
				// the text's end: on a line, `cheap. Lee said` closes
				// nothing.
				end := s.sents[last].last
				if closed := end < len(s.toks) && s.toks[end].phantoms > 0 || (end == len(s.toks) || s.toks[end].flags&fNewline != 0) && s.closedAtEnd(end); !closed || aside && !s.firstPerson(sent.first, end) || loose && !s.firstPerson(sent.first, end) {
					break
				}
				if reported && j == si+1 && (s.toks[sent.first].phantoms > need || !s.voice(sent.first, end) && !s.opensQuote(st.first) && !(last == j && s.plainNow(sent.first, end)) || s.cueIn(j, last) && !s.firstPerson(sent.first, end) || s.stmtOver(sent.first, end)) {
					// Only one mark, not a paragraph's spaces, words in
					// the first or second person (or a statement that a
					// mark opened at its sentence's start, the speaker's
					// words from the first) and no speech verb (unless
					// an "I" or "we" speaks) tell the speaker's words from
					// the reporter's after reported speech.
					break
				}
				if !s.voice(sent.first, end) && (s.aboutSpeaker(&st, sent.first, end) || s.headingLine(sent.first, end) || !s.lined && (s.pastNarration(sent.first, end) || s.otherQuoteAt(&st, end))) {
					// `As he spoke, crowds packed the square.`: the
					// reporter's words about the speaker, or a section's
					// heading, `⏎ A change of heart. ⏎`. In text with
					// no line breaks a paragraph's spaces look like a
					// mark, and a long sentence that only tells of the
					// past, `The council moved the vote to June after a
					// long dispute.`, is the reporter's.
					break
				}
				s.addContinuation(st, sent.first, end)
				j = last
				continue
			}
			if !s.voice(sent.first, sent.last) {
				break
			}
			s.addContinuation(st, sent.first, sent.last)
		}
	}
}

// voicedQuotes adds, in text with no line breaks, a run of sentences
// that stripped marks open and close and that speaks in the first person
// with no speech verb, as the words of the speaker of the statement that
// ends at most three sentences before it: `  Q1,  Lee said. She wants a
// quay.  We will build it by May.  `. Reporters do not write "we".
func (s *state) voicedQuotes() {
	if !s.spaced || s.lined || s.NoCarryOver {
		return
	}
	for j := 1; j < len(s.sents); j++ {
		sent := s.sents[j]
		if s.toks[sent.first].phantoms == 0 || !s.opensQuote(sent.first) || s.hasStmt(sent) || s.hasCue(sent) || s.bracketed(sent) || s.wideInside(sent.first+1, sent.last) {
			continue
		}
		last := j
		for last+1 < len(s.sents) && last < j+4 {
			next := s.sents[last+1]
			if s.toks[next.first].phantoms != 0 || s.hasStmt(next) || s.hasCue(next) || s.wideInside(next.first+1, next.last) {
				break
			}
			last++
		}
		end := s.sents[last].last
		// Or, right after the quote before, a short sentence of now
		// that names no one: `  We must act.   Aid must rise.   `.
		if closed := end < len(s.toks) && s.toks[end].phantoms > 0 || end == len(s.toks) && s.closedAtEnd(end); !closed || !s.firstPerson(sent.first, end) && !(last == j && s.plainNow(sent.first, end) && s.directEndsAt(sent.first)) {
			continue
		}
		ps, pl := -1, s.sents[max(0, j-3)].first
		s.stmtsIn(pl, sent.first, func(i int) bool {
			// Not a statement the quote itself reports, `we said`.
			if st := &s.stmts[i]; !st.dropped && st.last <= sent.first && st.last > pl && (st.hasSpk && s.toks[st.spk.first].class&cFirstSecond == 0 || !st.hasSpk && st.kind != Indirect) {
				ps, pl = i, st.last
			}
			return true
		})
		if ps < 0 {
			continue
		}
		s.addContinuation(s.stmts[ps], sent.first, end)
		j = last
	}
}

// directEndsAt reports whether a direct statement not dropped ends at
// the sentence before the one that starts at token a, with only its
// stop and marks between.
func (s *state) directEndsAt(a int) bool {
	ok := false
	lo := s.sents[max(0, int(s.sentOf[a])-1)].first
	s.stmtsIn(lo, a, func(i int) bool {
		st := &s.stmts[i]
		ok = !st.dropped && st.kind == Direct && st.last <= a && st.last >= a-2
		return !ok
	})
	return ok
}

// leadInQuotes adds, as carriesLeadIn does for a quotation, the sentence
// right after an attribution that ends its own when the reporter's words
// lead into a quote that a stripped mark opens inside it and another
// closes at its end: `Q, Lee said. Roads can still win, but only when
// the money is there.  ⏎` is Lee's, mixed.
func (s *state) leadInQuotes() {
	if !s.spaced || s.NoCarryOver {
		return
	}
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		ps := &s.stmts[i]
		if ps.dropped || !ps.hasSpk || ps.cueLast <= ps.cueFirst || ps.last > ps.cueFirst {
			continue
		}
		ci := int(s.sentOf[ps.cueFirst])
		if ci+1 >= len(s.sents) || s.sents[ci].last-ps.cueLast > 8 || s.sents[ci+1].para != s.sents[ci].para {
			continue
		}
		sent := s.sents[ci+1]
		if sent.last-sent.first > maxReach {
			continue
		}
		o := -1
		for k := sent.first + 1; k < sent.last; k++ {
			if s.toks[k].flags&fWide != 0 {
				o = k
				break
			}
		}
		e := sent.last
		if o < 0 || s.toks[sent.first].flags&fWide != 0 || s.marksAt(o) != 1 || s.wideInside(o+1, e) || s.wordsIn(o, e) < 4 || s.hasStmt(sent) || s.hasCue(sent) {
			// A mark that opens the sentence makes it a quote of its
			// own, continueStripped's.
			continue
		}
		if w := s.word(o - 1); s.toks[o].lowerWord() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && s.toks[o-1].class&(cAux|cPrep|cConj|cSubord|cDet|cObjPron|cSubjPron|cAdverb) == 0 {
			// A plural's or a name's stripped apostrophe, `the
			// Norvians  fight against floods`, opens nothing.
			continue
		}
		if lt := &s.toks[e-1]; !lt.isPunct('.') && !lt.isPunct('?') && !lt.isPunct('!') {
			continue
		}
		if closed := e < len(s.toks) && s.toks[e].phantoms > 0 && s.toks[e].flags&fNewline == 0 || (e == len(s.toks) || s.toks[e].flags&fNewline != 0) && s.closedAtEnd(e); !closed || s.newSubject(*ps, o) {
			continue
		}
		st := stmt{first: sent.first, last: e, kind: Mixed, spk: ps.spk, hasSpk: true, source: srcStrippedCarried, pair: -1, group: ps.group, carried: true}
		s.addStmt(st)
	}
}

// namedAttributionAt reports whether the sentence at token a opens with
// a name or description and its speech verb, before token b: the
// reporter's words, `Q1,  Lee said, adding that  q2.  Analyst Jo Park
// agreed that ...`, `The board said ...`, though a mark before them
// closed a quote. A pronoun may be the speaker's own, `He said, ...`,
// unless "that" reports what was said, `He added that ...`.
func (s *state) namedAttributionAt(a, b int) bool {
	if f := s.pastFronted(a, min(b, a+16)); f > a && !s.personal(a, f) {
		// After a fronted phrase of the reporter's, `On the trail,
		// Lee describes ...`.
		a = f
	}
	for k := a + 1; k < b && k < a+12; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle || s.wordIs(k-1, "be", "been", "being", "is", "was", "are", "were") {
			// Not a passive, `The results will be revealed ...`.
			continue
		}
		m, ok := s.subjectBefore(k, a)
		return ok && (m.kind != mPronoun || s.toks[a].class&cFirstSecond == 0 && s.wordIs(c.last, "that")) && s.mentionStart(m) == a
	}
	return false
}

// innerPair reports whether the marks inside the sentence in tokens [a,
// b) pair up, each between two words, in words of the first or second
// person: a phrase the speaker quoted, `We will not let a  cold night
// stop us.`, not the close of the quote.
func (s *state) innerPair(a, b int) bool {
	n := 0
	for k := a + 1; k < b; k++ {
		if t := &s.toks[k]; n%2 == 1 && t.flags&fSpace != 0 && (t.isPunct(',') || t.isPunct(';')) && s.toks[k-1].kind == tWord {
			// The closing one may stand before a comma, `about
			// a  fair  deal , and about the timing`.
			n++
			continue
		}
		if s.toks[k].flags&fWide == 0 {
			continue
		}
		if s.marksAt(k) != 1 || s.toks[k-1].kind != tWord || s.toks[k].kind != tWord {
			return false
		}
		n++
	}
	return n%2 == 0 && s.personal(a, b)
}

// pastNarration reports whether tokens [a, b) read as the reporter's
// account: a dozen words or more that tell of the past, with a verb in
// the past tense, and name someone, some place or some day, four times
// or more, `The council, which is based in Dover, moved the vote to
// June after a court in Norvia ruled on Monday.`, or once with no verb in
// the present or future, `The council moved the vote to June after a
// long dispute with the state.` A speaker's words mostly speak of now
// and next and name less, `The plan is dead.`
func (s *state) pastNarration(a, b int) bool {
	if s.wordsIn(a, b) < 12 {
		// A short one may be the speaker's, `They took the town.`
		return false
	}
	past, present, names := false, false, 0
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic {
			continue
		}
		if t.flags&(fCap|fDigit) != 0 && t.flags&fSentStart == 0 {
			names++
		}
		switch {
		case t.flags&fStrippedTail != 0:
			// A split contraction: `it s`, `they re` tell of now;
			// `didn t` is read at its head.
			if !s.wordIs(k, "t") && s.contractedVerb(k) {
				present = true
			}
		case s.wordIs(k, "was", "were", "had", "did", "said", "told", "didn", "wasn", "weren", "hadn"):
			past = true
		case t.class&cAux != 0:
			if !s.wordIs(k, "be", "been", "being", "get", "gets", "got", "going", "having") {
				// `is`, `has`, `will`, `would`: now or next.
				present = true
			}
		case k > a && t.lowerWord() && t.class&cAdverb == 0 && s.presentAfter(k):
			// `it looks`, `the plan fails`: now.
			present = true
		case t.class&cPast != 0 || t.lowerWord() && len(s.word(k)) > 4 && strings.HasSuffix(s.word(k), "ed"):
			// Not after a determiner or preposition, `this bloodshed`,
			// `the proposed plan`, nor a participle after a verb of now,
			// `has lost`.
			if k == a || s.toks[k-1].kind != tWord || s.toks[k-1].class&(cDet|cPossPron|cPrep) == 0 && !s.wordIs(k-1, "has", "have", "is", "are", "am", "be", "been", "being") {
				past = true
			}
		}
	}
	return past && (names >= 4 || !present && names > 0)
}

// contractedVerb reports whether token k is the verb of a contraction
// split by stripping, `it s`, `we re`, `can t`, not a possessive's "s",
// `Lee s`.
func (s *state) contractedVerb(k int) bool {
	if s.toks[k].flags&fStrippedTail == 0 {
		return false
	}
	return !s.wordIs(k, "s") || s.toks[k-1].class&cSubjPron != 0 || s.wordIs(k-1, "that", "there", "here", "what", "who", "where")
}

// presentAfter reports whether the word at token k reads as a verb in
// the present after its subject: `it looks`, `the plan fails`, an "s"
// after a pronoun or after a noun that is no plural.
func (s *state) presentAfter(k int) bool {
	w := s.word(k)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	p := &s.toks[k-1]
	if p.class&cSubjPron != 0 {
		return true
	}
	return p.lowerWord() && p.class == 0 && !strings.HasSuffix(s.word(k-1), "s") && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].class&(cAux|cPast) == 0
}

// headingLine reports whether tokens [a, b) are a line of their own
// that reads as a section's heading, a few words with no verb and no
// question, `⏎ A change of heart. ⏎`, rather than the speaker's.
func (s *state) headingLine(a, b int) bool {
	if s.toks[a].flags&fNewline == 0 || b < len(s.toks) && s.toks[b].flags&fNewline == 0 || s.wordsIn(a, b) > 6 {
		return false
	}
	lt := &s.toks[b-1]
	return !lt.isPunct('?') && !lt.isPunct('!') && !s.voice(a, b) && !s.hasClause(a, b)
}

// bracketed reports whether the sentence is wholly in brackets, opened
// at its start and closed at its end: `($1 = 0.9 euros)`.
func (s *state) bracketed(sent sentence) bool {
	e := sent.last - 1
	if e > sent.first && s.toks[e].isPunct('.') {
		e--
	}
	if !s.toks[sent.first].isPunct('(') || e <= sent.first || !s.toks[e].isPunct(')') {
		return false
	}
	// No bracket closes before the last, `(It) will fail.`
	for k := sent.first + 1; k < e; k++ {
		if s.toks[k].isPunct(')') {
			return false
		}
	}
	return true
}

// aboutSpeaker reports whether tokens [a, b) speak of the speaker of st
// in the third person: by the last word of the name, or "he" or "she"
// before a speech verb or in a fronted clause, "As he spoke,".
func (s *state) aboutSpeaker(st *stmt, a, b int) bool {
	last := ""
	if st.hasSpk && st.spk.kind == mName {
		last = s.word(st.spk.last - 1)
	}
	if a+2 < b && s.toks[a].class&cSubord != 0 && s.wordIs(a+1, "he", "she") && s.toks[a+2].class&cPast != 0 {
		// "As he spoke,": the moment of the speaking.
		return true
	}
	for k := a; k < b; k++ {
		if s.toks[k].kind != tWord {
			continue
		}
		if w := s.word(k); w == last || (strings.EqualFold(w, "he") || strings.EqualFold(w, "she")) && k+1 < b && s.toks[k+1].class&cSpeech != 0 && !s.goesOnDoing(k+1) {
			return true
		}
	}
	return false
}

// otherQuoteAt reports whether a quote that another speaker's attribution
// after it closes opens at token e after a paragraph's spaces and a mark:
// `Q,  Lee said.  Protests are planned in Kestia.   Q2,  said Reyes.`. The
// spaces after the attribution then ended a paragraph too, and the
// sentence between them is the reporter's.
func (s *state) otherQuoteAt(st *stmt, e int) bool {
	if e >= len(s.toks) || s.toks[e].phantoms < 2 || !st.hasSpk {
		return false
	}
	other := false
	s.stmtsIn(e, e+1, func(i int) bool {
		ns := &s.stmts[i]
		if ns.first == e && !ns.dropped && ns.kind == Direct && ns.hasSpk && ns.cueFirst >= ns.last && ns.spk.kind == mName && ns.spk.entity >= 0 && ns.spk.entity != st.spk.entity {
			other = true
			return false
		}
		return true
	})
	return other
}

// goesOnDoing reports whether the speech verb at k is "continue" before
// an infinitive, which goes on with a deed and says nothing, inside a
// sentence: "Every day he continues to block the ferry". A sentence that
// opens so is the reporter's, about the speaker: "She continues to lead
// the party."
func (s *state) goesOnDoing(k int) bool {
	return s.continueTo(k) && s.toks[k-1].flags&fSentStart == 0
}

// continueTo reports whether token k is a form of "continue" before
// "to", which three rules read apart from other verbs: "continued to
// insist" (the cue is the infinitive), "continue to bake" (a deed).
func (s *state) continueTo(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].end-s.toks[k].start < len("continue") {
		// findCue asks of every word that may begin a cue; most are
		// shorter than any form of "continue", and a word that
		// Unicode folding matches to one is no shorter in bytes.
		return false
	}
	return s.wordIs(k, "continue", "continued", "continues", "continuing") && s.wordIs(k+1, "to")
}

// marked reports whether at least need stripped marks stand before token
// k. A space before a line break closes the line before it, so a line
// is opened only by a space after its break.
func (s *state) marked(k int, need uint8) bool {
	t := &s.toks[k]
	return t.phantoms >= need && (t.flags&fNewline == 0 || s.opensQuote(k))
}

// markedToParagraphEnd reports whether a statement after its cue, opened
// by a stripped mark, runs in a paragraph that a stripped mark closes,
// and if so extends it to the paragraph's end.
func (s *state) markedToParagraphEnd(st *stmt, i int) bool {
	lower := !s.toks[st.first].capWord() && s.toks[st.first].class&cSubjPron == 0
	end, ok := s.closedParagraph(st.first)
	if !ok || end < st.last || lower && s.marksIn(st.first+1, end) != 0 {
		// A quote that opens on a lower-case word has no mark inside,
		// `argues that  only Lee can win. The sums add up.  ⏎`, `called
		// for  boats in the harbour. ⏎`: the mark opened the statement,
		// all of it quoted, where one inside may close a phrase.
		return false
	}
	st.last = end
	s.markStmt(i, st.first, st.last)
	return true
}

// closedParagraph returns the end of the paragraph of a quote opened at
// token open, if it is at most eight sentences on, a stripped closing
// mark ends it before a line break, and the quote can run through it.
func (s *state) closedParagraph(open int) (end int, ok bool) {
	j := int(s.sentOf[open])
	// A line break ends a paragraph here even in text whose paragraphs
	// are set apart by blank lines: a quote never runs over one unmarked.
	goesOn := func(last int) bool {
		return last+1 < len(s.sents) && s.sents[last+1].para == s.sents[j].para && s.toks[s.sents[last+1].first].flags&fNewline == 0
	}
	last := j
	for last < j+8 && goesOn(last) {
		last++
	}
	if goesOn(last) {
		return 0, false
	}
	end = s.sents[last].last
	// A line break must follow, or the text end after other paragraphs:
	// text with no paragraphs, as ISOT Reuters is, leaves nothing to
	// tell a mark from a last space.
	broken := end < len(s.toks) && s.toks[end].flags&fNewline != 0 || end == len(s.toks) && s.sents[last].para > 0
	return end, broken && s.closedAtEnd(end) && s.quotedThrough(open, end)
}

// quotedThrough reports whether a quote opened at token a can run to b
// whatever marks stand inside: not if a mark after a comma or question
// inside is followed by an attribution, `Q1,  Lee said, adding,  Q2`,
// which closes the quote there, nor if one after a word is followed by
// the reporter's words and an attribution, `Q  at the time, she said.`
func (s *state) quotedThrough(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.toks[k].flags&fWide == 0 || s.marksAt(k)%2 == 0 {
			continue
		}
		if p := &s.toks[k-1]; (p.isPunct(',') || p.isPunct('?') || p.isPunct('!')) && s.attributionFrom(k, b) || p.kind == tWord && s.attributedAfter(k) {
			return false
		}
		if s.toks[k].flags&fSentStart != 0 && s.reportsSpeech(s.sents[s.sentOf[k]]) {
			return false
		}
		if s.toks[k].isPunct(')') && s.marksAt(k) == 1 {
			// A mark before a closing bracket closes a quote opened
			// inside the brackets: `(Lee said,  Q ). The`.
			return false
		}
	}
	return true
}

// attributionFrom reports whether an attribution starts at token k:
// `said Lee`, or `Lee said` with a subject not in the first or second
// person (a quote's own "I said that ..."), or the narrator's `I said.`
func (s *state) attributionFrom(k, b int) bool {
	if c, ok := s.cueAt(k); ok && c.kind == cueVerb && !c.participle {
		return true
	}
	if s.wordIs(k, "I", "we") && k+2 < b {
		// The narrator's own attribution, `Q,  I said.`, `Q,  we
		// told him,`: the verb right after, and the clause ends.
		c, ok := s.cueAt(k + 1)
		e := c.last
		if ok && e < b && s.toks[e].class&cObjPron != 0 {
			e++
		}
		return ok && c.kind == cueVerb && !c.participle && e < b && (s.toks[e].isPunct('.') || s.toks[e].isPunct(','))
	}
	// The subject may run on in apposition: `Lee, a lawyer for the
	// city, said`.
	return s.toks[k].class&cFirstSecond == 0 && s.subjectCue(k, b, 16)
}

// reportsSpeech reports whether a speech verb in the sentence has a
// subject in the third person: the reporter's words.
func (s *state) reportsSpeech(sent sentence) bool {
	return s.reportsSpeechIn(sent.first, sent.last)
}

// reportsSpeechIn reports whether a speech verb in tokens [a, b) has a
// subject in the third person there.
func (s *state) reportsSpeechIn(a, b int) bool {
	for k := a; k < b; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb {
			continue
		}
		if m, ok := s.speakerOfCue(c, a); ok && m.first >= a && s.toks[m.first].class&cFirstSecond == 0 {
			return true
		}
	}
	return false
}

// marksAt returns how many stripped marks the spaces before token k
// stand for: a second space is one, a third between words is a stripped
// dash (" — ") and no mark, a third after punctuation two (”␣“).
func (s *state) marksAt(k int) int {
	switch t := &s.toks[k]; t.phantoms {
	case 1:
		return 1
	case 2:
		if t.kind == tWord && k > 0 && s.toks[k-1].kind == tWord {
			return 0
		}
		return 2
	case 3:
		return 2
	}
	return 0
}

// closedAtEnd reports whether the text ends right after token end-1 with
// a space a stripped mark left.
func (s *state) closedAtEnd(end int) bool {
	e := s.toks[end-1].end
	if e+1 == len(s.text) && s.text[e] == ' ' && end == len(s.toks) && s.toks[end-1].isPunct('.') && !hasLineBreak(s.text) {
		// A lone space after the last full stop of a text on one
		// line: such texts (ISOT's Reuters rows) end so whatever
		// came before, and a stripped mark there leaves two
		// ("... in Kestia.” " stripped). It is called once or twice
		// a text, so the scan for a line break stays linear.
		return false
	}
	return e < len(s.text) && s.text[e] == ' '
}

// addContinuation adds a direct statement over tokens [first, last) that
// continues statement st, and returns its index, or -1.
func (s *state) addContinuation(st stmt, first, last int) int {
	c := stmt{first: first, last: last, kind: Direct, spk: st.spk, hasSpk: st.hasSpk, source: srcStrippedCarried, pair: -1, group: st.group, carried: st.hasSpk}
	c.start, c.end = s.directContent(c.first, c.last)
	return s.addStmt(c)
}

// strippedClose reports whether the spaces before the word at token k
// are a stripped mark that closes a phrase opened after token a, and no
// mark opens another after the word: `saying she was  quite hopeful
// and Lee`, not `called it  slow  and  dull`.
func (s *state) strippedClose(k, a int) bool {
	return s.spaced && s.toks[k].flags&fWide != 0 && s.marksAt(k) == 1 && s.marksIn(a, k)%2 == 1 && s.marksIn(k, k+1) == 1 &&
		k+1 < len(s.toks) && s.toks[k+1].flags&fWide == 0
}

// gerundAfterPrep reports whether a gerund after a preposition stands in
// the few tokens before b from a, which a participle after "and" may
// go on: `accused him of hiding  the files  and lying`.
func (s *state) gerundAfterPrep(a, b int) bool {
	for k := max(a+1, b-30); k < b; k++ {
		if s.toks[k].lowerWord() && strings.HasSuffix(s.word(k), "ing") && s.toks[k-1].kind == tWord && s.toks[k-1].class&cPrep != 0 {
			return true
		}
	}
	return false
}

// countMarks fills the running counts that marksIn and wideInside read,
// so that asking about a long sentence again and again stays cheap.
func (s *state) countMarks() {
	n := len(s.toks)
	s.markSum = resize(s.markSum, n+1)
	s.wideSum = resize(s.wideSum, n+1)
	s.commaSum = resize(s.commaSum, n+1)
	s.lastWideAt = resize(s.lastWideAt, n+1)
	s.lastWideAt[0] = -1
	for k := range s.toks {
		t := &s.toks[k]
		s.lastWideAt[k+1] = s.lastWideAt[k]
		if t.flags&fWide != 0 {
			s.lastWideAt[k+1] = int32(k)
		}
		m, w := int32(0), int32(0)
		if t.flags&fWide != 0 && !s.apostropheAt(k) {
			m = int32(s.marksAt(k))
			// Three spaces between words are a stripped dash (" — "),
			// not a mark.
			if !(t.phantoms == 2 && t.flags&fNewline == 0 && t.kind == tWord && k > 0 && s.toks[k-1].kind == tWord) {
				w = 1
			}
		}
		s.markSum[k+1] = s.markSum[k] + m
		s.wideSum[k+1] = s.wideSum[k] + w
		c := int32(0)
		if t.isPunct(',') && t.flags&(fSpace|fNewline) == fSpace && k > 0 && s.toks[k-1].kind == tWord {
			c = 1
		}
		s.commaSum[k+1] = s.commaSum[k] + c
	}
}

// apostropheAt reports whether the two spaces before token k read as a
// plural's stripped apostrophe rather than a mark: a plural noun and a
// word that goes on its noun phrase, `the voters  rights`, `consumers
// most effective tool`, not a verb or a function word, `his critics
// seem`, nor after a verb, `she calls  real change`.
func (s *state) apostropheAt(k int) bool {
	t := &s.toks[k]
	if t.phantoms != 1 || t.flags&fNewline != 0 || k == 0 || !s.pluralBefore(k) || s.verbLike(k) || s.verbLike(k-1) {
		return false
	}
	if s.toks[k-1].class&(cSpeech|cCognition) != 0 {
		return false
	}
	if s.wordIs(k, "most", "more") && k+1 < len(s.toks) {
		// `consumers  most effective tool`, but not `voters  most of
		// all`.
		k++
		t = &s.toks[k]
		if !t.lowerWord() || s.verbLike(k) {
			return false
		}
	}
	if t.class&(cAux|cPrep|cConj|cSubord|cDet|cObjPron|cSubjPron|cPossPron|cAdverb|cNeg|cSpeech) != 0 {
		return false
	}
	if w := s.word(k); strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	// No mark after it in its sentence to close a phrase it opened,
	// `the fees  work very well .`
	end := s.sents[s.sentOf[k]].last
	for j := k + 1; j < end && j < k+40; j++ {
		if t := &s.toks[j]; t.flags&fWide != 0 || (t.isPunct(',') || t.isPunct('.')) && t.flags&fSpace != 0 {
			return false
		}
	}
	if end-k < 40 && s.toks[end-1].kind == tPunct && s.toks[end-1].end < len(s.text) && s.text[s.toks[end-1].end] == ' ' && (end == len(s.toks) && s.closedAtEnd(end) || end < len(s.toks) && s.toks[end].flags&fNewline != 0) {
		// Nor where a mark closes after the sentence's stop, a space
		// before its line's break: `the plan goes  miles past what
		// we need. ⏎`.
		return false
	}
	return true
}

// marksIn counts the stripped marks in tokens [a, b).
func (s *state) marksIn(a, b int) int { return s.counted(&s.markSum, a, b) }

// counted returns what the running sum that countMarks fills, counting
// them on first use, holds for tokens [a, b).
func (s *state) counted(sum *[]int32, a, b int) int {
	if a >= b {
		return 0
	}
	if len(*sum) != len(s.toks)+1 {
		s.countMarks()
	}
	return int((*sum)[b] - (*sum)[a])
}

// lastWide returns the last token in [a, b) after a stripped mark's
// space, or -1.
func (s *state) lastWide(a, b int) int {
	if a >= b {
		return -1
	}
	if len(s.lastWideAt) != len(s.toks)+1 {
		s.countMarks()
	}
	// Looked up, not scanned: rules ask it for every statement of a
	// sentence that may be the whole text.
	if k := int(s.lastWideAt[b]); k >= a {
		return k
	}
	return -1
}

// wideInside reports whether a stripped mark's space lies inside [a, b).
func (s *state) wideInside(a, b int) bool {
	if a >= b {
		return false
	}
	if len(s.wideSum) != len(s.toks)+1 {
		s.countMarks()
	}
	return s.wideSum[b] > s.wideSum[a]
}

// directContent returns the bytes of a direct quote whose marks were
// stripped: like trimContent, but a sentence's final punctuation stays, as
// it would inside quotation marks.
func (s *state) directContent(a, b int) (start, end int) {
	start, end = s.trimContent(a, b)
	if end <= start {
		return start, end
	}
	for k := b - 1; k > a && s.toks[k].end > end; k-- {
		t := &s.toks[k]
		if (t.isPunct('.') || t.isPunct('!') || t.isPunct('?')) && s.toks[k-1].end <= end {
			return start, t.end
		}
	}
	return start, end
}

// A region is a quote that the stripped marks show when they are paired
// in order within a line: each mark opens a quote or closes the one open.
type region struct {
	first, last int  // tokens [first, last)
	atStart     bool // opened at a sentence's start or after a colon
	closed      bool // a mark closes it, rather than the line's end
	chained     bool // closed only by the next line's: one of a quote's paragraphs
	used        bool // a statement is the quote
	signature   int  // first token of the line after it that names its speaker inside the marks, or 0
}

// findRegions pairs the stripped marks of each line into regions. A line
// opened by a space after its break starts inside a quote. Inside a quote
// opened at a sentence's start, a mark after a word or comma, not before
// an attribution, even one after a few of the reporter's words,
// `Q  before the storm, she said.`, opens a quote within it,
// `the word  unqualified.  This`, which the next mark closes; anywhere
// else a mark after a word closes the quote (`called it  a disaster  and
// left`). Only text with line breaks has regions: without them an error
// in pairing would run on to the text's end.
func (s *state) findRegions() {
	n := len(s.toks)
	s.regionOf = resize(s.regionOf, n)
	for k := range s.regionOf {
		s.regionOf[k] = -1
	}
	// Lines opened by one space and by two: where the marks were of
	// two characters (''), each left two spaces.
	lines, ones, twos := false, 0, 0
	for k := 1; k < n; k++ {
		if t := &s.toks[k]; t.flags&fNewline != 0 {
			lines = true
			switch {
			case s.text[t.start-1] != ' ':
			case s.text[t.start-2] != ' ':
				ones++
			case s.text[t.start-3] != ' ':
				twos++
			}
		}
	}
	s.lined = lines
	if !s.spaced || !lines {
		return
	}
	// Text whose marks halveMarks counted already reads as one space a
	// mark.
	doubled := twos > ones && !s.halved
	const (
		outside = iota
		inside
		nested
	)
	state, open, atStart, soft := outside, 0, false, false
	inner := 0 // the mark that opened the nested quote
	add := func(last int, closed bool) {
		if last > open {
			s.regions = append(s.regions, region{first: open, last: last, atStart: atStart, closed: closed})
		}
	}
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		if k > 0 && t.flags&fNewline != 0 && state == inside && open < k && !s.closedAtEnd(k) && !s.opensQuote(k) {
			if e := s.signedLineEnd(k); e > 0 {
				// `⏎ Q.⏎Ann Lee, Dover Institute. ⏎`: a pull quote
				// whose marks close after the line that names its
				// speaker.
				add(k, true)
				s.regions[len(s.regions)-1].signature = k
				state, soft = outside, false
				k = e - 1
				continue
			}
		}
		if k == 0 || t.flags&fNewline != 0 {
			if state != outside {
				add(k, s.closedAtEnd(k))
			}
			state, soft = outside, false
			if k > 0 && s.opensQuote(k) {
				state, open, atStart = inside, k, true
			}
			continue
		}
		if t.flags&fWide == 0 {
			continue
		}
		p := &s.toks[k-1]
		ends := p.isPunct('.') || p.isPunct('?') || p.isPunct('!') || p.isPunct(pEllipsis)
		marks := s.marksAt(k)
		if doubled {
			// Two spaces a mark, three around a dash.
			marks = 0
			switch t.phantoms {
			case 2:
				marks = 1
			case 4:
				marks = 2
			}
		}
		was := state
		switch marks {
		case 2:
			// `.”␣“`: one quote closes and the next opens.
			switch state {
			case inside:
				add(k, true)
				open, atStart, soft = k, ends, false
			case nested:
				add(k, true)
				state = outside
			default:
				state, open, atStart, soft = inside, k, ends, false
			}
		case 1:
			switch state {
			case outside:
				state, open, atStart = inside, k, ends || p.isPunct(':') || t.flags&fSentStart != 0
				soft = !atStart && p.isPunct(',') && s.speechVerbAt(k-2) && t.capWord()
			case inside:
				if soft && !ends && (p.isPunct(',') && s.speechVerbAt(k-2) || p.kind == tWord && (s.speechVerbAt(k-1) || isArticle(s.word(k-1)) || t.capWord())) {
					// A quote opened after a speech verb's comma, `Lee
					// went on,  In fact, the  green  plan`, `Lee said,  He
					// said,  Well`: a mark after an article, a speech
					// verb or before a capital opens a quote within it.
					state = nested
				} else if !atStart || ends || p.isPunct(';') || (p.isPunct(',') || p.kind == tWord) && (s.attributionFrom(k, n) || s.attributedAfter(k)) || s.participleAfterQuote(k) {
					add(k, true)
					state = outside
				} else {
					state = nested
				}
			case nested:
				if p.isPunct('(') {
					// A mark after a bracket opens: the one taken
					// for a quote within the quote closed it, `⏎
					// Q,  came shouts. ( Q2,  said Lee.)`.
					add(inner, true)
					state, open, atStart = inside, k, true
					break
				}
				state = inside
			}
			if state == nested && was != nested {
				inner = k
			}
		}
	}
	if state != outside {
		add(n, s.closedAtEnd(n))
	}
	// A quote of several paragraphs opens each with a mark and closes
	// only the last: `Lee wrote:⏎ Q1.⏎ Q2.⏎ Q3. ⏎`. A line that one mark
	// opens and none closes is closed by the next line's, if one mark
	// opens that line too and it is closed itself; more spaces are
	// other marks or dashes, `⏎  — Q ⏎`.
	mark := 1
	if doubled {
		mark = 2
	}
	for i := len(s.regions) - 2; i >= 0; i-- {
		r, q := &s.regions[i], &s.regions[i+1]
		if !r.closed && q.closed && q.atStart && r.last == q.first && r.last < n && s.toks[r.last].flags&fNewline != 0 && s.toks[r.first].flags&fNewline != 0 &&
			s.leadSpaces(r.first) == mark && s.leadSpaces(q.first) == mark {
			r.closed, r.chained = true, true
		}
	}
	for i, r := range s.regions {
		for k := r.first; k < r.last; k++ {
			s.regionOf[k] = int32(i)
		}
	}
}

// signedLineEnd returns the end of the line that opens at token k when
// it only names a speaker, and maybe what the speaker is, and a stripped
// mark closes after its stop: `Ann Lee, Dover Institute. ⏎`; or 0.
func (s *state) signedLineEnd(k int) int {
	r := s.runAt(k)
	if r < 0 || s.runs[r].first != k || s.runs[r].nameFirst >= s.runs[r].last {
		return 0
	}
	e := s.runs[r].last
	if e < len(s.toks) && s.toks[e].isPunct(',') {
		// What the speaker is, with no verb: `Dover Policy
		// Institute`, `a teacher at the school`.
		for e++; e < len(s.toks) && e < k+16 && s.toks[e].kind == tWord && s.toks[e].class&cueClasses == 0 && !s.verbLike(e); e++ {
		}
	}
	if e >= len(s.toks) || !s.toks[e].isPunct('.') {
		return 0
	}
	e++
	if e < len(s.toks) && s.toks[e].flags&fNewline == 0 || !s.closedAtEnd(e) {
		return 0
	}
	return e
}

// leadSpaces returns how many spaces, up to four, stand right before
// token k.
func (s *state) leadSpaces(k int) int {
	a, n := s.toks[k].start, 0
	for n < 4 && a-n > 0 && s.text[a-n-1] == ' ' {
		n++
	}
	return n
}

// speechVerbAt reports whether token k is a speech verb in the past or
// present, `said`, `says`, `continues`, whose quote a mark after its
// comma opens: `Lee continued,  In fact, the  green  plan ...`.
func (s *state) speechVerbAt(k int) bool {
	if k < 0 {
		return false
	}
	c, ok := s.cueAt(k)
	return ok && c.kind == cueVerb && !c.participle && c.last == k+1
}

// attributedAfter reports whether the words from token k, with no mark
// among them, run to a comma and an attribution that ends the sentence:
// `Q  before the storm, she said.` Then the mark before k closes the
// quote, for a quote within it would have to close before the
// attribution.
func (s *state) attributedAfter(k int) bool {
	end := s.sents[s.sentOf[k]].last
	for j := k + 1; j < end && j < k+12; j++ {
		t := &s.toks[j]
		if t.flags&fWide != 0 {
			return false
		}
		if !t.isPunct(',') {
			continue
		}
		// Marks after the comma close the quote there, and the one
		// before k opened a quote within it: `say  Thank you,   Lee said.`
		if j+1 >= end || s.toks[j+1].phantoms > 0 {
			return false
		}
		c, m, ok := s.tailSpeaker(j + 1)
		if !ok {
			return false
		}
		e := max(c.last, m.last)
		return e == end-1 && s.toks[e].isPunct('.')
	}
	return false
}

// closingRegion returns the index of the region that the mark after a
// statement's comma, question or exclamation closes, `Q,  Lee said`, if
// it opened at a sentence's start.
func (s *state) closingRegion(st *stmt) (ri int, ok bool) {
	k := st.last
	for k < len(s.toks) && s.toks[k].kind == tPunct {
		k++
	}
	at := st.last
	if at > st.first && at < len(s.toks) && s.regionOf[at] < 0 && s.toks[at-1].kind == tPunct {
		// A question or exclamation keeps its mark, `Q!  Lee said`,
		// and so ends past the punctuation the region holds.
		at--
	}
	if at >= len(s.toks) || s.regionOf[at] < 0 {
		return -1, false
	}
	ri = int(s.regionOf[at])
	r := &s.regions[ri]
	return ri, r.last == k && r.first <= st.first && r.atStart
}

// onlyInner reports whether the statements other than keep that start
// inside tokens [a, b) may lie inside a quote: none is a quote before its
// own attribution by a third person, `..., said Lee.`, which would end
// the quote there rather than lie in it.
func (s *state) onlyInner(a, b, keep int) bool {
	for i := s.firstFrom(a); i < len(s.byFirst) && int(s.byFirst[i][0]) < b; i++ {
		j := int(s.byFirst[i][1])
		st := &s.stmts[j]
		if j != keep && !st.marked && !st.dropped && st.hasSpk && st.cueFirst >= st.last && st.cueLast > st.cueFirst && s.toks[st.spk.first].class&cFirstSecond == 0 && !s.asideCue(j, b) {
			return false
		}
	}
	return true
}

// asideCue reports whether the attribution of statement i, which stands
// before its cue, is an aside between two plain commas inside its
// sentence, the statement going on after it before token b: `The port,
// records show, made a loss`, `Of 900 boats, according to the office,
// 300 are old`. No stripped mark stands at either comma, as one would
// around a quote's own attribution, `The port,  Lee said,  made a loss`:
// so the aside lies inside the quote that marks around it open and close.
func (s *state) asideCue(i, b int) bool {
	st := &s.stmts[i]
	c := st.last
	if c+1 >= len(s.toks) || !s.toks[c].isPunct(',') || s.toks[c+1].flags&fWide != 0 {
		return false
	}
	found := false
	s.stmtsIn(st.cueLast, min(b, st.cueLast+12), func(j int) bool {
		o := &s.stmts[j]
		if j != i && o.group == st.group && !o.dropped && o.first > st.cueFirst && o.first < b && o.first >= 2 && s.toks[o.first-1].isPunct(',') && s.toks[o.first].flags&fWide == 0 && s.sentOf[o.first] == s.sentOf[c] {
			found = true
			return false
		}
		return true
	})
	return found
}

// onlyCued reports whether every statement that starts inside tokens
// [a, b) has a speech verb of its own.
func (s *state) onlyCued(a, b int) bool {
	for i := s.firstFrom(a); i < len(s.byFirst) && int(s.byFirst[i][0]) < b; i++ {
		if st := &s.stmts[s.byFirst[i][1]]; !st.dropped && st.cueLast == st.cueFirst {
			return false
		}
	}
	return true
}

// dropInside drops the statements found before recoverStripped, other
// than keep, that start inside tokens [a, b) and are not in quotation
// marks: a speech verb inside a quote makes no statement of its own.
func (s *state) dropInside(a, b, keep int) {
	for i := s.firstFrom(a); i < len(s.byFirst) && int(s.byFirst[i][0]) < b; i++ {
		if j := int(s.byFirst[i][1]); j != keep && !s.stmts[j].marked {
			s.stmts[j].dropped = true
		}
	}
}

// firstFrom returns the index in s.byFirst of the first statement that
// started at or after token a.
func (s *state) firstFrom(a int) int {
	return sort.Search(len(s.byFirst), func(i int) bool { return int(s.byFirst[i][0]) >= a })
}

// regionQuotes adds the quotes that regions show closed before an
// attribution that the statements found so far missed: a speech verb
// inside the quote took the attribution's place, the attribution runs on,
// `⏎ Q!  said Lee, who ...`, or no comma closes the quote, `⏎ Q  Lee
// said.`.
func (s *state) regionQuotes() {
	for ri := range s.regions {
		r := &s.regions[ri]
		k := r.last - 1 // the punctuation the closing mark follows
		if r.used || !r.atStart || !r.closed || r.last >= len(s.toks) || k <= r.first || s.sentOf[r.last] != s.sentOf[k] {
			continue
		}
		if p := &s.toks[k]; !p.isPunct(',') && !p.isPunct('?') && !p.isPunct('!') && (p.kind != tWord || !s.attributionFrom(r.last, s.sents[s.sentOf[k]].last)) {
			continue
		}
		end := s.sents[s.sentOf[k]].last
		if ri+1 < len(s.regions) && s.regions[ri+1].first < end {
			end = s.regions[ri+1].first
		}
		// The attribution: a speech verb near the tail's start.
		var c cue
		var m mention
		found := false
		for j := r.last; j < end && j < r.last+16 && !found; j++ {
			cj, ok := s.cueAt(j)
			if !ok || cj.kind != cueVerb || s.negated(j, r.last) {
				continue
			}
			if mj, ok := s.speakerOfCue(cj, r.last); ok && mj.first >= r.last && mj.last <= end && (j < r.last+6 || s.mentionStart(mj) <= r.last+1) {
				c, m, found = cj, mj, true
			}
		}
		if !found || !s.onlyInner(r.first, r.last, -1) || s.overlapsFrom(r.first) {
			continue
		}
		s.dropInside(r.first, r.last, -1)
		// A statement read from the attribution's own verb goes, but
		// not the next region's quote, `Q1,  Lee said,  q2.`, `Q1,  Lee
		// said  Q2,`.
		for i := s.firstFrom(r.last); i < len(s.byFirst) && int(s.byFirst[i][0]) < end+1; i++ {
			if st := &s.stmts[s.byFirst[i][1]]; st.cueFirst == c.first && st.cueLast > st.cueFirst && !(ri+1 < len(s.regions) && st.first == s.regions[ri+1].first && (s.toks[st.first-1].isPunct(',') || st.first == c.last)) {
				st.dropped = true
			}
		}
		st := stmt{first: r.first, last: k, kind: Direct, spk: m, hasSpk: true, cueFirst: c.first, cueLast: c.last, source: srcStrippedClosed, pair: -1, group: s.newGroup()}
		if !s.toks[k].isPunct(',') {
			st.last = k + 1 // a question keeps its mark
		}
		st.start, st.end = s.directContent(st.first, st.last)
		r.used = true
		s.addStmt(st)
	}
}

// overlapsFrom reports whether a statement that started before token a
// runs over it.
func (s *state) overlapsFrom(a int) bool {
	f := s.firstFrom(a)
	for i := f - 1; i >= 0 && i >= f-8; i-- {
		if st := &s.stmts[s.byFirst[i][1]]; !st.dropped && st.last > a {
			return true
		}
	}
	return false
}

// openingRegion reports whether a statement after its cue starts with a
// region that a comma or colon after the cue opens, and if so makes the
// region the statement.
func (s *state) openingRegion(st *stmt, i int) bool {
	ri := s.regionOf[st.first]
	if ri < 0 {
		return false
	}
	r := &s.regions[ri]
	if r.first != st.first || r.used || r.first == 0 || !s.toks[r.first-1].isPunct(',') && !s.toks[r.first-1].isPunct(':') && !s.bareOpening(st, r) || !s.onlyInner(r.first, r.last, i) {
		return false
	}
	if p := &s.toks[r.last-1]; r.last < st.last && p.kind != tPunct && !s.toks[r.last].isPunct(pDash) {
		// `Lee said,  Q  about it.`: the quote is part of the
		// statement, which is mixed; but a dash after the mark sets
		// off the reporter's aside, `Lee said,  Q  - and the crowd
		// cheered`.
		return false
	}
	r.used = true
	st.last = r.last
	s.markStmt(i, st.first, st.last)
	s.dropInside(r.first, r.last, i)
	return true
}

// bareOpening reports whether a region right after a statement's cue,
// with no comma, ends in punctuation before the sentence goes on or
// where the statement ends: the words of a short quote, `Lee yelled  You
// lie!  at the mayor`, `Lee closed by saying  Never again.  The hall
// echoed  never again. ⏎`, not a phrase the reporter quotes, `Lee called
// it  a sham  and left`.
func (s *state) bareOpening(st *stmt, r *region) bool {
	p := &s.toks[r.last-1]
	return st.cueLast == r.first && r.last <= st.last && (p.isPunct('!') || p.isPunct('?') || p.isPunct('.') || p.isPunct(','))
}

// continueRegions adds the regions that carry on a direct quote with no
// attribution of their own: the next one after the quote's attribution,
// `Q1,  Lee said.  Q2`, and each that follows on from it, opened by the
// mark that closed the one before (`.”␣“`) or at the start of the next
// line.
func (s *state) continueRegions() {
	if s.NoCarryOver || len(s.regions) == 0 {
		return
	}
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		st := s.stmts[i]
		if st.kind != Direct || !st.hasSpk || st.dropped || st.marked {
			continue
		}
		end := st.last
		last := -1 // the continuation added last
		ri := sort.Search(len(s.regions), func(j int) bool { return s.regions[j].first >= end })
		for steps := 0; ri < len(s.regions) && steps < 8; steps, ri = steps+1, ri+1 {
			r := &s.regions[ri]
			if r.used || !r.atStart && !s.toks[r.first-1].isPunct(',') || !s.quietGap(end, r.first, st.cueFirst) || !s.onlyInner(r.first, r.last, -1) || s.participleAlone(r.first, r.last) || s.attributionOf(r) {
				break
			}
			s.dropInside(r.first, r.last, -1)
			r.used = true
			if last >= 0 && r.first == end && s.toks[r.first].flags&fNewline == 0 {
				// Two marks between two carried quotes on one line,
				// `.”␣“`, are more often an ellipsis stripped inside
				// one quote, `We won. … We did it.`: a writer seldom
				// closes a quote to open the next with nothing between.
				c := &s.stmts[last]
				c.last = r.last
				c.start, c.end = s.directContent(c.first, c.last)
				s.markStmt(last, c.first, c.last)
			} else {
				last = s.addContinuation(st, r.first, r.last)
			}
			end = r.last
		}
	}
}

// quietGap reports whether tokens [a, b), between a quote and the next,
// hold nothing but the quote's attribution: its cue, no other speech
// verb, no line break, at most one sentence's end.
func (s *state) quietGap(a, b, cue int) bool {
	if a == b {
		// A quote that runs over a line break was left open at the
		// line's end.
		return s.toks[b].flags&fNewline == 0 || !s.closedAtEnd(b)
	}
	if a > b || b-a > 40 || s.sentOf[b] > s.sentOf[a-1]+1 || cue < a || cue >= b {
		return false
	}
	for k := a; k <= b; k++ {
		if k > a && s.toks[k].flags&fNewline != 0 {
			return false
		}
		if k < b && k != cue {
			if _, ok := s.cueAt(k); ok {
				return false
			}
		}
	}
	return true
}

// cueRegions adds the quotes that regions show opened by the comma or
// colon after a speech verb, where the cue made no statement of them
// (`Lee then asked,  With nukes?`), or one of the words before it in a
// line a colon ends (`In a speech, Lee said:⏎⏎ Q`). Speech verbs inside
// the quote make no statements of their own.
func (s *state) cueRegions() {
	for ri := range s.regions {
		r := &s.regions[ri]
		if r.used || r.first < 2 || !s.toks[r.first-1].isPunct(',') && !s.toks[r.first-1].isPunct(':') || s.overlapsFrom(r.first) {
			continue
		}
		if f := s.firstFrom(r.first); f < len(s.byFirst) && int(s.byFirst[f][0]) == r.first || !s.onlyInner(r.first, r.last, -1) || s.attributionOf(r) {
			// A statement starts with it (openingRegion's case), or
			// one inside ends the quote, or it is the attribution of
			// the quote before it.
			continue
		}
		sent := s.sents[s.sentOf[r.first-1]]
		c, m, ok := s.cueBefore(r.first-1, sent.first, 7, true)
		if nm, named := s.nameBeforeColon(r.first - 1); named && s.toks[r.first-1].isPunct(':') && !s.capsWord(nm.last-1) && (!ok || s.mentionStart(nm) > c.last) {
			// A byline before the colon, `Pollsters agree - Ann Lee:
			// Q`, or a speaker's name in a transcript, `Lee:  Q`: the
			// words are the name's, as with marks kept; not a heading's
			// capitals, `SHORT READS:`.
			c, m, ok = cue{}, nm, true
		}
		if !ok {
			c, m, ok = s.invertedOpening(r.first - 1)
		}
		if !ok && s.wordsIn(r.first, r.last) >= 4 {
			// Not one word or two, as a list's last title may be,
			// `Tides,  and, yes,  Moths.`
			c, m, ok = s.farCue(r.first-1, sent.first)
		}
		if !ok {
			continue
		}
		if s.toks[r.first].flags&fNewline != 0 {
			// A statement the cue made of its own line goes: `In a
			// speech, Lee said:`.
			for i := s.firstFrom(sent.first); i < len(s.byFirst) && int(s.byFirst[i][0]) < r.first; i++ {
				if o := &s.stmts[s.byFirst[i][1]]; o.cueFirst == c.first && o.cueLast > o.cueFirst && !o.marked {
					o.dropped = true
				}
			}
		}
		s.dropInside(r.first, r.last, -1)
		s.addCued(r.first, r.last, c, m)
		r.used = true
	}
}

// attributionOf reports whether region r opens with the cue of a
// statement that ends before it: marks paired amiss around a quote's
// attribution, `Q,  said Lee, a lawyer.  Q2`, `No comment,  the paper
// reported.`, make a region of the attribution.
func (s *state) attributionOf(r *region) bool {
	for k := r.first; k < r.last && k < r.first+8; k++ {
		if i := s.cueStmt[k] - 1; i >= 0 && int(i) < len(s.stmts) {
			if st := &s.stmts[i]; st.cueFirst == k && !st.dropped && st.last <= r.first {
				return true
			}
		}
	}
	return false
}

// cueBefore returns the speech verb that introduces a quote after the
// comma or colon at k, at most reach tokens back in a clause that starts
// at lo, with its speaker, who must stand before the comma. Participles
// count only where participles is set.
func (s *state) cueBefore(k, lo, reach int, participles bool) (c cue, m mention, ok bool) {
	for j := k - 1; j >= lo && j >= k-reach; j-- {
		c, ok := s.cueAt(j)
		if !ok || c.kind != cueVerb || c.participle && !participles || s.negated(j, lo) {
			continue
		}
		m, ok := s.speakerOfCue(c, lo)
		return c, m, ok && m.last <= k
	}
	return c, m, false
}

// farCue is cueBefore for a speech verb further back, up to sixteen
// tokens before the comma at k, when the words between it and the comma
// only tell where, when or to whom it was said, with no clause of their
// own but a relative one about the hearer: `Lee said in a note to the
// board before the vote in May,  Q`, `Lee told the pilots who met
// in the hall,  Q`.
func (s *state) farCue(k, lo int) (c cue, m mention, ok bool) {
	for j := k - 1; j >= lo && j >= k-16; j-- {
		t := &s.toks[j]
		if t.kind == tPunct && !t.isPunct(',') || s.contractedVerb(j) {
			return c, m, false
		}
		c, ok := s.cueAt(j)
		if !ok {
			continue
		}
		if c.kind != cueVerb || c.participle || s.negated(j, lo) || s.wideInside(c.last, k+1) {
			// A mark between may have closed a phrase of the
			// speaker's, `called it a  rush,  because`.
			return c, m, false
		}
		rel := false
		for i := c.last; i < k; i++ {
			t := &s.toks[i]
			if s.wordIs(i, "who", "which", "where") {
				rel = true
			} else if s.wordIs(i, "that") || !rel && t.lowerWord() && (t.class&(cAux|cPast) != 0 || len(s.word(i)) > 4 && strings.HasSuffix(s.word(i), "ed")) {
				// A clause of reported speech, `said the plan was late,`,
				// `said after the vote failed,`; "after" or "before" a
				// noun only tells when.
				return c, m, false
			}
		}
		m, ok := s.speakerOfCue(c, lo)
		return c, m, ok && m.last <= k
	}
	return c, m, false
}

// addCued adds the direct quote [first, last) that cue c and speaker m
// introduce.
func (s *state) addCued(first, last int, c cue, m mention) {
	st := stmt{first: first, last: last, kind: Direct, spk: m, hasSpk: true, cueFirst: c.first, cueLast: c.last, source: srcAfterCue, pair: -1, group: s.newGroup()}
	if s.pastForm(c.first) && s.passive(c.first, s.sents[s.sentOf[c.first]].first) && !s.quotedAs(c.first) {
		// `Lee was asked,  Q?`: put to the subject by someone unnamed;
		// but in `all she did was shout  Q` she speaks.
		st.spk, st.hasSpk = mention{}, false
	}
	st.start, st.end = s.directContent(st.first, st.last)
	s.addStmt(st)
}

// cueQuotes adds, in text with no line breaks to pair the marks into
// regions, the quotes a comma and a stripped mark open after a speech
// verb that made no statement of them, `Lee told reporters on Monday,
// Q.  The`, closed by the next mark at a sentence's end. Statements
// inside the quote, or read from a speech verb inside it, go.
func (s *state) cueQuotes() {
	if !s.spaced || s.lined {
		return
	}
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		o := k + 1
		if !s.toks[k].isPunct(',') || s.toks[o].phantoms != 1 || !s.toks[o].capWord() && s.toks[o].class&cSubjPron == 0 || s.stmtOver(o, o+1) {
			continue
		}
		e, ok := s.closingMark(o)
		if !ok {
			continue
		}
		sent := s.sents[s.sentOf[k]]
		if s.wideInside(sent.first, k) && !s.farCueOpens(sent.first, k) || s.bareAttributionAt(o) {
			// The mark closes a quote, `Q,  Lee said.`, or may close
			// one the sentence opened, unless the sentence opens with
			// the attribution, `⏎ Lee said in May,  Q`.
			continue
		}
		c, m, ok := s.cueBefore(k, sent.first, 8, false)
		if !ok && s.wordsIn(o, e) >= 4 {
			c, m, ok = s.farCue(k, sent.first)
		}
		if !ok || !s.onlyInner(o, e, -1) || s.quotedCue(c.first, o, e) {
			continue
		}
		s.dropInside(o, e, -1)
		s.dropCuedIn(o, e)
		s.addCued(o, e, c, m)
		k = e - 1
	}
}

// bareCueQuotes adds the quotes a stripped mark opens right after a
// speech verb that made no statement of them, `the crowd chanted  Four
// more years!  as`, closed by the next mark after the quote's last
// sentence: words that are no clause of their own, which only the marks
// showed to be quoted.
func (s *state) bareCueQuotes() {
	if !s.spaced {
		return
	}
	n := len(s.toks)
	for j := 1; j+1 < n; j++ {
		if !s.mayCue(j) {
			continue
		}
		c, ok := s.cueAt(j)
		if !ok || c.kind != cueVerb || c.last >= n {
			continue
		}
		o := c.last
		if s.toks[o].phantoms == 0 || s.toks[o].flags&fNewline != 0 || s.toks[o].kind != tWord || s.stmtOver(o, o+1) || s.negated(j, s.sents[s.sentOf[j]].first) {
			continue
		}
		e, ok := s.closingMark(o)
		if !ok && !c.object && !s.passive(j, s.sents[s.sentOf[j]].first) {
			// Not after a verb whose hearer may stand in marks, `told
			// Harbour Today  after`, nor after a passive, `was called
			// a sham  by Lee`.
			e, ok = s.closingMidSentence(o)
		}
		if !ok || e-o > 80 || s.sents[s.sentOf[e-1]].para != s.sents[s.sentOf[o]].para || !s.onlyInner(o, e, -1) {
			continue
		}
		m, ok := s.speakerOfCue(c, s.sents[s.sentOf[j]].first)
		if !ok || m.last > j {
			continue
		}
		s.addCued(o, e, c, m)
		j = e - 1
	}
}

// closingMidSentence returns the mark that closes, inside its sentence,
// a short quote opened by the mark at o: the next mark within twelve
// tokens stands after a word and before a comma, a preposition or a
// subordinating conjunction that goes on with the reporter's sentence,
// `chanted  Save the port  under heavy rain`, `chanted  Lee , and
// cheered`; but not "that", "of" or "to".
func (s *state) closingMidSentence(o int) (e int, ok bool) {
	for j := o + 1; j < len(s.toks) && j <= o+12 && s.sentOf[j] == s.sentOf[o]; j++ {
		t := &s.toks[j]
		if t.flags&fWide == 0 {
			continue
		}
		if s.toks[j-1].kind != tWord || t.flags&fNewline != 0 {
			return j, false
		}
		return j, t.isPunct(',') || t.lowerWord() && t.class&(cPrep|cSubord) != 0 && !s.wordIs(j, "that", "of", "to")
	}
	return o, false
}

// dashQuotes adds, in text with no line breaks, the quotes of a list of
// reactions, each closed by a mark and followed by its source after a
// dash, `Q.  - Mayor Jane Doe, in a statement  Q2.  - ...`: from the
// last mark before it, with none inside, to the full stop.
func (s *state) dashQuotes() {
	if !s.spaced || s.lined {
		return
	}
	n := len(s.toks)
	for k := 1; k+2 < n; k++ {
		t, d := &s.toks[k], &s.toks[k+1]
		if !(t.isPunct('.') || t.isPunct('?') || t.isPunct('!')) || !d.isPunct(pDash) || d.phantoms == 0 || !s.toks[k+2].capWord() {
			continue
		}
		open := -1
		for j := k - 1; j > 0 && j > k-300; j-- {
			if s.toks[j].flags&fWide != 0 {
				open = j
				break
			}
		}
		if open < 0 || !s.toks[open].capWord() && s.toks[open].class&cSubjPron == 0 || s.toks[open-1].isPunct(',') || s.attributionFrom(open, k) || s.overlapsFrom(open) || !s.onlyInner(open, k+1, -1) {
			// A mark after a comma, or before an attribution, closes a
			// quote rather than opens one.
			continue
		}
		// The source: the first name after the dash, before the next
		// quote opens or the sentence ends.
		end := s.sents[s.sentOf[k+1]].last
		for j := k + 2; j < end; j++ {
			if s.toks[j].flags&fWide != 0 {
				end = j
				break
			}
		}
		if s.cuedBefore(open) {
			// The quote goes on from, or follows, an attribution of
			// its own: `Q1, said Tom Reyes.  Q2.  - The Harbour Guild
			// decried ...`, `He added:  Q.  - ...`. The dash opens the
			// next item of a list, no source.
			continue
		}
		st := stmt{first: open, last: k + 1, kind: Direct, source: srcStrippedClosed, pair: -1, group: s.newGroup()}
		// The source names its speaker last before a comma or a phrase
		// of where: `Statement from Senator Jane Doe in a tweet`.
		last := -1
		for j := k + 2; j < end && j < k+40; j++ {
			if s.toks[j].isPunct(',') || last >= 0 && s.toks[j].kind == tWord && s.toks[j].class&cPrep != 0 && !s.toks[j].capWord() && !s.wordIs(j, "from", "by") {
				// `Statement from Jane Doe`, `A post by Jane Doe`
				// name the source after the preposition.
				break
			}
			if r := s.runAt(j); r >= 0 && s.runs[r].entity >= 0 {
				// A run of capitals may go on into the next quote.
				last = min(s.runs[r].last, end) - 1
				j = last
			}
		}
		if last >= 0 {
			if m, ok := s.npEndingAt(last, k+2, false); ok {
				st.spk, st.hasSpk = m, true
			}
		}
		s.dropInside(open, k+1, -1)
		s.dropCuedIn(open, k+1)
		st.start, st.end = s.directContent(st.first, st.last)
		s.addStmt(st)
		k = end - 1
	}
}

// cuedBefore reports whether a speech verb in the reporter's words
// stands shortly before the mark at open, back to a list's dash: the
// quote after "said Tom Reyes." or "He added:" is his, where the quote
// after `- Mayor Jane Doe in a statement` is a list's next item. The look
// back is bounded at 12 tokens.
func (s *state) cuedBefore(open int) bool {
	for j := open - 1; j > 0 && j >= open-12; j-- {
		t := &s.toks[j]
		if t.isPunct(pDash) {
			return false
		}
		if t.lowerWord() && t.class&cSpeech != 0 && (t.class&cPast != 0 || strings.HasSuffix(s.lower(j), "ed") || s.wordIs(j, "said", "told", "wrote")) && s.verbLike(j) {
			return true // "said", "added"; not "in a tweet"
		}
		if t.flags&fWide != 0 {
			return false
		}
	}
	return false
}

// headingQuotes adds, in text with no line breaks, the quotes set under
// a source written in capitals, as in a roundup of reactions, `JANE DOE,
// MAYOR OF DOVER  Q1.  Q2.  TOM REYES ...`: each runs from its mark
// to the next mark after a sentence's end, and the next opens there
// unless another heading does. The heading's name speaks them: see
// reactionLabels.
func (s *state) headingQuotes() {
	if !s.spaced || s.lined {
		return
	}
	n := len(s.toks)
	for h := 2; h < n; h++ {
		t := &s.toks[h]
		if t.phantoms == 0 || !t.capWord() || s.capsWord(h) {
			continue
		}
		// A name and a role, `JANE DOE, MAYOR`, not a section's title:
		// two words or more before a comma, no brackets.
		a := h
		for j := h - 1; j >= 0 && j > h-30; j-- {
			if !s.capsWord(j) && (s.toks[j].kind != tPunct || s.toks[j].isPunct('.') && j < h-1 || s.toks[j].isPunct('(') || s.toks[j].isPunct(')')) {
				break
			}
			a = j
		}
		name := 0
		for a < h && !s.toks[a].isPunct(',') {
			if s.capsWord(a) {
				name++
			}
			a++
		}
		if name < 2 || a == h || s.toks[a-1].isPunct('(') {
			continue
		}
		for o, steps := h, 0; steps < 8; steps++ {
			e, ok := s.closingMark(o)
			if !ok || s.stmtOver(o, e) && !s.onlyInner(o, e, -1) || s.overlapsFrom(o) {
				break
			}
			s.dropInside(o, e, -1)
			st := stmt{first: o, last: e, kind: Direct, source: srcStrippedClosed, pair: -1, group: s.newGroup()}
			st.start, st.end = s.directContent(st.first, st.last)
			s.addStmt(st)
			h = e
			if e >= n || !s.toks[e].capWord() || s.capsWord(e) {
				break
			}
			o = e
		}
	}
}

// closingMark returns where the stripped mark that closes a quote opened
// at token o stands: the next mark, if a sentence's end comes before it,
// or the text's end after a last space.
func (s *state) closingMark(o int) (e int, ok bool) {
	n := len(s.toks)
	for j := o + 1; j < n && j < o+200; j++ {
		if s.toks[j].flags&fWide == 0 {
			continue
		}
		p := &s.toks[j-1]
		return j, p.isPunct('.') || p.isPunct('?') || p.isPunct('!')
	}
	return n, n-o < 200 && s.closedAtEnd(n) && s.toks[n-1].kind == tPunct
}

// markedToClose reports whether a statement after its cue and a comma
// (or right after the cue, `adding  Sure.`, or its "that", `added that
// the crews are ready.  The`, `insisted on the radio that  Q1. Q2.  The`),
// opened by a stripped mark, runs to a mark
// that closes it after a sentence's end, in text with no line breaks,
// and if so extends it there: `Lee said,  Sure. I get that.  The`.
func (s *state) markedToClose(st *stmt, i int) bool {
	o := st.first
	that := o > 0 && o-1 >= st.cueLast && s.toks[o-1].lowerWord() && s.wordIs(o-1, "that")
	if s.lined || o == 0 || !s.toks[o-1].isPunct(',') && o != st.cueLast && !that || s.toks[o].phantoms != 1 || !that && !s.toks[o].capWord() && s.toks[o].class&cSubjPron == 0 {
		return false
	}
	e, ok := s.closingMark(o)
	if !ok || e < st.last || !s.onlyInner(o, e, i) || s.bareAttributionAt(o) {
		return false
	}
	if that && o-1 > st.cueLast && s.spacedCommas(o, e) > 0 {
		// After words of the attribution, `said on Monday that  Q`, a
		// comma a space stands before closed the quote, `Q , adding`.
		return false
	}
	st.last = e
	s.markStmt(i, st.first, st.last)
	s.dropInside(o, e, i)
	return true
}

// bareAttributionAt reports whether an attribution that says nothing
// more starts at token k: `said Lee`, or `Lee said` before a comma or
// the sentence's end.
func (s *state) bareAttributionAt(k int) bool {
	if c, ok := s.cueAt(k); ok && c.kind == cueVerb && !c.participle {
		return true
	}
	for j := k + 1; j < len(s.toks) && j < k+6; j++ {
		c, ok := s.cueAt(j)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		if !s.bareAttribution(c.last, s.sents[s.sentOf[j]].last-1) {
			return false
		}
		m, ok := s.subjectBefore(j, k)
		return ok && s.mentionStart(m) == k
	}
	return false
}

// quotedCue reports whether a statement lies over the speech verb at j,
// the verb in someone's words, other than one read from a verb in the
// quote [o, e), which goes.
func (s *state) quotedCue(j, o, e int) bool { return s.stmtOverExcept(j, j+1, o, e) }

// dropCuedIn drops the statements whose cue starts in tokens [a, b): the
// cues there are words of a quote, not attributions.
func (s *state) dropCuedIn(a, b int) {
	for k := a; k < b; k++ {
		if i := s.cueStmt[k] - 1; i >= 0 && int(i) < len(s.stmts) && s.stmts[i].cueFirst == k && s.stmts[i].cueLast > k {
			s.stmts[i].dropped = true
		}
	}
	s.stmtsIn(a, b, func(i int) bool {
		if st := &s.stmts[i]; st.cueLast > st.cueFirst && st.cueFirst >= a && st.cueFirst < b {
			st.dropped = true
		}
		return true
	})
}

// regionLeftovers adds the regions no statement took that read as
// utterances and carry on the speaker of the statement before them in
// their paragraph, stand on a line signed by their speaker, or have a
// speaker named around them, as attributeLeftovers does for quotations.
// One with no speaker is left out, a region may be a pairing's mistake,
// unless it is one of a run of lines in the first or second person,
// follows a speech verb with no speaker, as a sign's words do, or stands
// before its source in brackets.
func (s *state) regionLeftovers() {
	if len(s.regions) == 0 {
		return
	}
	idx := s.sortIdx[:0]
	for i := range s.stmts {
		if !s.stmts[i].dropped {
			idx = append(idx, int32(i))
		}
	}
	slices.SortFunc(idx, func(a, b int32) int { return s.stmts[a].first - s.stmts[b].first })
	j, prev := 0, -1
	for ri := range s.regions {
		r := &s.regions[ri]
		for ; j < len(idx) && s.stmts[idx[j]].first < r.first; j++ {
			if !s.stmts[idx[j]].dropped && (prev < 0 || s.stmts[idx[j]].last >= s.stmts[prev].last) {
				prev = int(idx[j])
			}
		}
		// A speech verb inside one of a quote's paragraphs makes no
		// statement of its own, unless a third person's attribution
		// ends the quote there: `Lee wrote:⏎ Q1 ⏎ Q2, I said, Q3 ⏎`.
		// A line a label opens is its speaker's: `⏎ LEE: Q ⏎`.
		inside := j < len(idx) && s.stmts[idx[j]].first < r.last
		if r.used || !r.closed || prev >= 0 && s.stmts[prev].last > r.first || inside && !(s.quoteParagraph(ri) && s.onlyInner(r.first, r.last, -1) && s.onlyCued(r.first, r.last)) {
			continue
		}
		if c, m, ok := s.namingCue(r); ok && !inside {
			// The words a naming verb puts in marks, `what Lee called
			// the worst vote in years,  the mayor`: the speaker's.
			st := stmt{first: r.first, last: r.last, kind: Direct, spk: m, hasSpk: true, cueFirst: c.first, cueLast: c.last, source: srcAfterCue, pair: -1, group: s.newGroup()}
			st.start, st.end = s.directContent(st.first, st.last)
			r.used = true
			if i := s.addStmt(st); i >= 0 {
				prev = i
			}
			continue
		}
		// The paragraphs of one quote carry its speaker on, whatever
		// they say: `Lee wrote:⏎ Q1⏎ Q2 ⏎`.
		chain := prev >= 0 && ri > 0 && s.regions[ri-1].chained && s.regions[ri-1].last == r.first && s.stmts[prev].last == r.first && s.stmts[prev].hasSpk
		signed := func(m mention) {
			st := stmt{first: r.first, last: r.last, kind: Direct, spk: m, hasSpk: true, source: srcQuoteAlone, pair: -1, group: s.newGroup()}
			st.start, st.end = s.directContent(st.first, st.last)
			r.used = true
			if i := s.addStmt(st); i >= 0 {
				prev = i
			}
		}
		if r.signature > 0 && !inside {
			// `⏎ Q.⏎Ann Lee, Dover Institute. ⏎`: the name inside
			// the marks after the words is the speaker's.
			if m, ok := s.npEndingAt(s.runs[s.runAt(r.signature)].last-1, r.signature, false); ok {
				signed(m)
				continue
			}
		}
		if m, ok := s.signatureAfter(r.first, r.last); ok && !inside && s.regionSigned(r) {
			// A line of its own may be signed by its speaker on the
			// next, `⏎ Q ⏎- Lee.`, as a quotation may, whoever spoke
			// before it.
			signed(m)
			continue
		}
		if prev < 0 || s.NoCarryOver || !chain && !s.regionCarries(s.stmts[prev], r) {
			if s.regionLike(r) && !s.headingLine(r.first, r.last) {
				// Named by an attribution after it, `Q,  she said,
				// but`, a speech verb or colon before it, `the crowd
				// chanted  Q`, `Lee demurred:  Q`, or the subject of
				// the sentence before, as sceneSubject names it; but a
				// line of its own that reads as a section's heading,
				// `⏎ A change of heart. ⏎`, is none, as headingPair
				// finds of a quotation.
				st := stmt{first: r.first, last: r.last, kind: Direct, source: srcQuoteAlone, pair: -1, group: s.newGroup()}
				if c, m, ok := s.regionTail(r); ok {
					st.spk, st.hasSpk, st.cueFirst, st.cueLast, st.source = m, true, c.first, c.last, srcStrippedClosed
				} else if c, m, ok := s.regionCue(r); ok {
					st.spk, st.hasSpk, st.cueFirst, st.cueLast, st.source = m, true, c.first, c.last, srcAfterCue
				} else if m, ok := s.colonSubject(r.first); ok {
					st.spk, st.hasSpk, st.source = m, true, srcColon
				} else if m, ok := s.commaSubject(r); ok {
					st.spk, st.hasSpk, st.source = m, true, srcColon
				} else if m, ok := s.sceneSubjectAt(r.first); ok && s.regionOpens(r) && (prev < 0 || s.sents[s.sentOf[s.stmts[prev].first]].para < s.sents[s.sentOf[r.first]].para-1 || s.sceneOpensParagraphAt(r.first) && s.sents[s.sentOf[s.stmts[prev].last-1]].para < s.sents[s.sentOf[r.first]].para) {
					st.spk, st.hasSpk = m, true
				}
				if !st.hasSpk && !s.voicedRun(ri) && !s.spokenRegion(r) && !s.sourcedRegion(r) {
					continue
				}
				if inside {
					s.dropInside(r.first, r.last, -1)
				}
				st.start, st.end = s.directContent(st.first, st.last)
				r.used = true
				if i := s.addStmt(st); i >= 0 {
					prev = i
				}
			}
			continue
		}
		if inside {
			s.dropInside(r.first, r.last, -1)
		}
		ps := &s.stmts[prev]
		if j < len(idx) && s.stmts[idx[j]].first == r.last && s.namedAfter(*ps, r.first, r.last, &s.stmts[idx[j]]) {
			// `The coach said ... ¶  A.   B,  Lee said.`: see namedNext.
			ps = &s.stmts[idx[j]]
		}
		st := stmt{first: r.first, last: r.last, kind: Direct, spk: ps.spk, hasSpk: true, source: srcStrippedCarried, pair: -1, group: ps.group, carried: true}
		st.start, st.end = s.directContent(st.first, st.last)
		r.used = true
		if i := s.addStmt(st); i >= 0 {
			prev = i
		}
	}
	s.sortIdx = idx[:0]
}

// namedQuotes adds, in spaced text with no line breaks, the words that
// stripped marks set off right after a naming verb, as regionLeftovers
// does where lines pair the marks: `the deal Lee called  the worst ever
// ,  is at risk`. The words run to the next mark, or to a comma or stop
// that a space stands before.
func (s *state) namedQuotes() {
	if !s.spaced || s.lined {
		return
	}
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		if t := &s.toks[k]; t.flags&fWide == 0 || t.phantoms != 1 || !s.toks[k-1].lowerWord() {
			continue
		}
		e := -1
		for j := k + 1; j < n && j < k+30; j++ {
			t := &s.toks[j]
			if t.flags&fWide != 0 || (t.isPunct(',') || t.isPunct('.')) && t.flags&fSpace != 0 {
				e = j
				break
			}
		}
		if e < 0 || s.sentOf[e-1] != s.sentOf[k] || s.stmtOver(k, e) {
			continue
		}
		r := region{first: k, last: e, closed: true}
		c, m, ok := s.namingCue(&r)
		if !ok {
			continue
		}
		st := stmt{first: k, last: e, kind: Direct, spk: m, hasSpk: true, cueFirst: c.first, cueLast: c.last, source: srcAfterCue, pair: -1, group: s.newGroup()}
		st.start, st.end = s.directContent(st.first, st.last)
		s.addStmt(st)
		k = e
	}
}

// namingCue returns the naming verb right before region r, `called`,
// `dubbed`, and its speaker.
func (s *state) namingCue(r *region) (c cue, m mention, ok bool) {
	k := r.first
	if k < 1 || s.toks[k].flags&fNewline != 0 {
		return c, m, false
	}
	// The verb may take an object before the mark, `called it  Q`,
	// `called their son  Q`.
	j := k - 1
	if t := &s.toks[j]; t.lowerWord() && t.class&cObjPron != 0 {
		j--
	} else if k >= 3 && t.lowerWord() && !s.verbLike(j) && s.toks[j-1].lowerWord() && s.toks[j-1].class&(cDet|cPossPron) != 0 {
		j -= 2
	}
	if j < 1 {
		// No verb before the text, nor one that opens it, with no
		// subject: `it  Q` at the start stepped back before the first
		// token.
		return c, m, false
	}
	if c, ok = s.cueAt(j); !ok || !c.naming || c.last != j+1 || c.first < 1 {
		// Also no verb that opens the text: it has no subject.
		return c, m, false
	}
	if s.wordIs(c.first-1, "be", "been", "being", "is", "was", "are", "were") || r.last < len(s.toks) && s.toks[r.last].lowerWord() && s.verbLike(r.last) && !strings.HasSuffix(s.word(r.last), "ing") {
		// A passive, `has been called  Q  by Lee`, `the man labeled
		// Q  leads`: who named it stands elsewhere, if at all.
		return c, m, false
	}
	if p := &s.toks[c.first-1]; strings.HasSuffix(s.word(c.first), "ed") && p.lowerWord() && p.class&(cSubjPron|cAux|cAdverb|cSubord) == 0 {
		// A noun before it, `a group called  Q`: the thing's name.
		return c, m, false
	}
	lo := s.sents[s.sentOf[k-1]].first
	for i := c.first - 1; i > lo && i >= c.first-16; i-- {
		if s.toks[i].lowerWord() && s.wordIs(i, "that", "which", "whom") {
			// The relative clause holds the subject, `a country that
			// the party s nominee, Tom Reyes, called  Q`.
			lo = i + 1
			break
		}
	}
	m, ok = s.speakerOfCue(c, lo)
	return c, m, ok && m.last <= k
}

// commaSubject returns the person named as the subject of the clause
// that a comma or a dash closes right before region r, when the region,
// in the first or second person, runs to its sentence's end and that
// clause holds no speech verb: the comma stands for a colon, `Lee shared
// her worry with the crowd,  I do not know what comes next.  ⏎`, and so
// does a dash, `Lee also backed the toll --  I think it is fair.  ⏎`.
func (s *state) commaSubject(r *region) (m mention, ok bool) {
	c := r.first - 1
	if c < 1 || !s.toks[c].isPunct(',') && !s.toks[c].isPunct(pDash) || !s.voice(r.first, r.last) {
		return m, false
	}
	if lt := &s.toks[r.last-1]; !lt.isPunct('.') && !lt.isPunct('?') && !lt.isPunct('!') {
		return m, false
	}
	lo := max(s.sents[s.sentOf[c]].first, c-40)
	for k := lo; k < c; k++ {
		if _, cued := s.cueAt(k); cued {
			return m, false
		}
	}
	m, ok = s.firstSubject(lo, c)
	if !ok || m.kind != mName || s.mentionStart(m) > lo+6 {
		return m, false
	}
	return m, true
}

// regionTail returns the attribution right after a region that ends in
// a comma or a question, `Q,  she said, but`.
func (s *state) regionTail(r *region) (c cue, m mention, ok bool) {
	lt := &s.toks[r.last-1]
	if r.last >= len(s.toks) || s.sentOf[r.last] != s.sentOf[r.last-1] || !lt.isPunct(',') && !lt.isPunct('?') && !lt.isPunct('!') {
		return c, m, false
	}
	return s.tailSpeaker(r.last)
}

// regionCue returns the speech verb right before a region, or before
// the comma or colon that opens it, and the verb's speaker: `chanting
// Q`, `Lee said,  Q`, or a short sentence before it, `Lee agreed.  Q`.
func (s *state) regionCue(r *region) (c cue, m mention, ok bool) {
	k := r.first
	if k < 2 || s.toks[k].flags&fNewline != 0 {
		return c, m, false
	}
	bare := true
	if p := &s.toks[k-1]; p.isPunct(',') || p.isPunct(':') {
		k, bare = k-1, false
	}
	c, m, ok = s.cueBefore(k, s.sents[s.sentOf[k-1]].first, 7, true)
	if ok && bare && c.object {
		// `Lee told  Wirex News`: the hearer, not a quote.
		return c, m, false
	}
	if !ok && !bare {
		return s.invertedOpening(k)
	}
	return c, m, ok
}

// invertedOpening returns the cue that opens the sentence of the comma
// at k and its subject after it, set off up to k by a relative clause or
// an apposition: `Said Ann Lee, who grew up there,  Q`.
func (s *state) invertedOpening(k int) (c cue, m mention, ok bool) {
	f := s.sents[s.sentOf[k]].first
	if f+2 >= k || !s.toks[f].capWord() {
		return c, m, false
	}
	c, ok = s.cueAt(f)
	if !ok || c.kind != cueVerb || c.participle || c.act {
		return c, m, false
	}
	m, ok = s.subjectAfter(c.last, k)
	if !ok || m.last >= k || !s.toks[m.last].isPunct(',') {
		return c, m, false
	}
	if e := s.relativeAsideEnd(m.last+1, k+1); e == k {
		return c, m, true
	}
	return c, m, s.appositionEnd(m.last+1, k+1) == k
}

// spokenRegion reports whether region r, closed, follows a speech verb
// that names no speaker, as a sign's or a page's words do, `shirts that
// said  We won.  ⏎`, `a cover saying  Go home!  ⏎`: a quote, as the
// quotation the marks made would be, with no speaker.
func (s *state) spokenRegion(r *region) bool {
	k := r.first - 1
	if !r.closed || k < 1 {
		return false
	}
	if s.toks[k].isPunct(',') {
		k--
	}
	if s.toks[k].class&cSpeech == 0 || !s.toks[k].lowerWord() {
		return false
	}
	if c, ok := s.cueAt(k); ok && c.object {
		// `told  Tide and Friends`: a hearer, the name of a show.
		return false
	}
	// Nor a name with no clause, the speaker of the quote before, `Q,
	// said  pollster Tom Reyes.`
	e := r.last - 1
	if s.toks[e].kind == tPunct && e > r.first {
		e--
	}
	ri := s.runAt(e)
	return ri < 0 || s.runs[ri].entity < 0 || s.hasClause(r.first, r.last)
}

// sourcedRegion reports whether region r, closed, ends its line but for
// the source in brackets that a digest of news sets after each item it
// quotes, `⏎ HEADLINE  Q.  [Ledger.] ⏎`.
func (s *state) sourcedRegion(r *region) bool {
	k := r.last
	if !r.closed || k+2 >= len(s.toks) || !s.toks[k].isPunct('[') {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		if t := &s.toks[j]; t.flags&fNewline != 0 {
			return false
		} else if t.isPunct(']') {
			return j+1 == len(s.toks) || s.toks[j+1].flags&fNewline != 0
		}
	}
	return false
}

// voicedRun reports whether region ri is a line of its own in the first
// or second person next to another such line: a run of quotes, each
// opened and closed by marks, `⏎ We have to be tougher.  ⏎ We are not
// fighting hard enough. ⏎`, which are quotes with no one named, as
// quotations standing alone are.
func (s *state) voicedRun(ri int) bool {
	alone := func(i int) bool {
		r := &s.regions[i]
		return r.closed && s.regionAlone(r) && s.personal(r.first, r.last)
	}
	if !alone(ri) {
		return false
	}
	next := func(a, b int) bool {
		// The paragraph of region b follows that of region a.
		return s.sents[s.sentOf[s.regions[b].first]].para <= s.sents[s.sentOf[s.regions[a].last-1]].para+1
	}
	return ri > 0 && alone(ri-1) && next(ri-1, ri) || ri+1 < len(s.regions) && alone(ri+1) && next(ri, ri+1)
}

// regionSigned reports whether a region is a line of its own that
// reads as an utterance, as a quotation signed on the next line may be
// with no verb: `⏎ Big mills . . . pay no dues. ⏎- Lee.`
func (s *state) regionSigned(r *region) bool {
	return r.last < len(s.toks) && s.toks[r.first].flags&fNewline != 0 && s.toks[r.last].flags&fNewline != 0 && s.regionLike(r)
}

// regionAlone reports whether a region is a line of its own that reads
// as an utterance with a verb, opened by a space after its break and
// closed by one before the next: a quotation that stands alone, `⏎ Who
// will pay for it? ⏎`, not a heading, `⏎ A change of heart. ⏎`.
func (s *state) regionAlone(r *region) bool {
	return r.last < len(s.toks) && s.toks[r.first].flags&fNewline != 0 && s.toks[r.last].flags&fNewline != 0 && s.regionLike(r) && s.hasClause(r.first, r.last)
}

// askedOrVoiced reports whether a region ends in a question or an
// exclamation, or speaks in the first or second person.
func (s *state) askedOrVoiced(r *region) bool {
	lt := &s.toks[r.last-1]
	return lt.isPunct('?') || lt.isPunct('!') || s.voice(r.first, r.last)
}

// regionCarries reports whether a region with no statement continues
// statement ps, as carries does for a quotation that reads as an
// utterance.
func (s *state) regionCarries(ps stmt, r *region) bool {
	if !ps.hasSpk || !s.regionLike(r) {
		return false
	}
	// Into the next paragraph only a region of sentences, or one that
	// speaks in the first or second person and ends with a full stop,
	// or a line of its own with a verb that asks, exclaims or speaks so,
	// `⏎ Who will pay for it? ⏎`: a short line opened and closed by
	// spaces may be a heading, or the reporter's.
	pp, qp := s.sents[s.sentOf[ps.last-1]].para, s.sents[s.sentOf[r.first]].para
	if qp != pp && !(qp == pp+1 && s.toks[r.first].flags&fParaStart != 0 && ((s.sentOf[r.last-1] > s.sentOf[r.first] || s.voice(r.first, r.last) && s.toks[r.last-1].isPunct('.')) && r.last-r.first >= 12 || s.regionAlone(r) && s.askedOrVoiced(r))) {
		return false
	}
	if !s.regionOpens(r) || r.first-ps.last > maxReach {
		return false
	}
	for k := ps.last; k < r.first; k++ {
		if s.usedCue[k] && (k < ps.cueFirst || k >= ps.cueLast) {
			return false
		}
	}
	return !s.newSubject(ps, r.first)
}

// quoteParagraph reports whether region ri is one of the paragraphs of a
// longer quote: closed by the next line's mark, or the line whose mark
// closes the one before.
func (s *state) quoteParagraph(ri int) bool {
	return s.regions[ri].chained || ri > 0 && s.regions[ri-1].chained && s.regions[ri-1].last == s.regions[ri].first
}

// regionOpens reports whether a region starts its sentence.
func (s *state) regionOpens(r *region) bool {
	if s.toks[r.first].flags&fSentStart != 0 || r.first == 0 {
		return true
	}
	p := &s.toks[r.first-1]
	return p.isPunct(':') || p.isPunct(pDash) || p.isPunct('(')
}

// regionCapital reports whether a region starts as a sentence does.
func (s *state) regionCapital(r *region) bool {
	k := r.first
	if k+1 < r.last && s.toks[k].isPunct('[') {
		// An editor's words in brackets may open it: `[Voters are]
		// worried`.
		k++
	}
	t := &s.toks[k]
	return t.kind == tWord && (t.flags&(fCap|fDigit) != 0 || s.word(k) == "I")
}

// regionLike reports whether a region reads as an utterance, as
// statementLike does for a quotation.
func (s *state) regionLike(r *region) bool {
	words := s.wordsIn(r.first, r.last)
	if words == 0 || !s.regionCapital(r) {
		return false
	}
	lt := &s.toks[r.last-1]
	exclaim := lt.isPunct('?') || lt.isPunct('!')
	terminal := exclaim || lt.isPunct('.') || lt.isPunct(pEllipsis)
	opens := s.regionOpens(r)
	if terminal && (words >= 2 || exclaim) && (opens || s.sentOf[r.last-1] > s.sentOf[r.first]) {
		return true
	}
	if r.chained && lt.isPunct(':') && opens {
		// A paragraph of a longer quote that leads into the next, `⏎
		// Q. Here they are:⏎ Q2`.
		return true
	}
	if k := r.first - 1; k > 0 && (s.toks[k].class&cSpeech != 0 || s.toks[k].isPunct(',') && s.toks[k-1].class&cSpeech != 0) {
		// After a speech verb that attributes nothing: `by saying,  Q`.
		return true
	}
	return opens && lt.isPunct(',')
}
