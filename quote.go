package quote

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Span is a piece of the input text. For every Span s returned by [Find]
// or [Finder.Find] on text, text[s.Start:s.End] == s.Text. Start and End
// are byte offsets into the UTF-8 text, not rune counts; the interval is
// half-open. The zero Span means "none".
type Span struct {
	Text  string `json:"text"`  // text[Start:End], as written in the input
	Start int    `json:"start"` // offset in bytes (of UTF-8, not runes) of the first byte
	End   int    `json:"end"`   // offset in bytes just past the last byte: [Start, End)
}

// IsZero reports whether s is the zero Span, which stands for "none".
func (s Span) IsZero() bool { return s == Span{} }

// Kind says how a statement is reported.
type Kind uint8

const (
	// Direct is a statement in the speaker's own words: inside quotation
	// marks, or, in text whose marks were stripped, recognisably so.
	Direct Kind = iota
	// Indirect is reported speech: "X said (that) ...", "according to X, ...".
	Indirect
	// Mixed is reported speech that carries a quoted fragment of the
	// speaker's own words.
	Mixed
)

var kindNames = []string{Direct: "direct", Indirect: "indirect", Mixed: "mixed"}

// String returns "direct", "indirect" or "mixed".
func (k Kind) String() string { return enumString(kindNames, k, "Kind") }

// MarshalText encodes k as its [Kind.String] form.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindNames, k, "Kind") }

// UnmarshalText decodes "direct", "indirect" or "mixed".
func (k *Kind) UnmarshalText(b []byte) error { return enumUnmarshal(kindNames, k, b, "kind") }

// SpeakerKind says what sort of source a [Speaker] is.
type SpeakerKind uint8

const (
	// Person is a named individual, or a pronoun or description that
	// stands for one.
	Person SpeakerKind = iota
	// Organization is an institution, company, court, newspaper,
	// government or country ("the White House", "North Korea").
	Organization
	// Unnamed is a person or group known only by a description
	// ("a senior official", "sources", "analysts").
	Unnamed
)

var speakerKindNames = []string{Person: "person", Organization: "organization", Unnamed: "unnamed"}

// String returns "person", "organization" or "unnamed".
func (k SpeakerKind) String() string { return enumString(speakerKindNames, k, "SpeakerKind") }

// MarshalText encodes k as its [SpeakerKind.String] form.
func (k SpeakerKind) MarshalText() ([]byte, error) {
	return enumMarshal(speakerKindNames, k, "SpeakerKind")
}

// UnmarshalText decodes "person", "organization" or "unnamed".
func (k *SpeakerKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(speakerKindNames, k, b, "speaker kind")
}

// The enumerations Kind and SpeakerKind are written as their names.

// enumString returns the name of e, or typ and its number when it has
// none.
func enumString[E ~uint8](names []string, e E, typ string) string {
	if int(e) < len(names) {
		return names[e]
	}
	return fmt.Sprintf("%s(%d)", typ, e)
}

// enumMarshal returns the name of e as text, or an error when it has
// none.
func enumMarshal[E ~uint8](names []string, e E, typ string) ([]byte, error) {
	if int(e) >= len(names) {
		return nil, fmt.Errorf("quote: invalid %s %d", typ, e)
	}
	return []byte(names[e]), nil
}

// enumUnmarshal sets e to the value named b, or returns an error when no
// value has that name.
func enumUnmarshal[E ~uint8](names []string, e *E, b []byte, what string) error {
	i := slices.Index(names, string(b))
	if i < 0 {
		return fmt.Errorf("quote: unknown %s %q", what, b)
	}
	*e = E(i)
	return nil
}

// A Speaker is the person or body a statement is attributed to.
type Speaker struct {
	// Name is the fullest form of the speaker's name anywhere in the text
	// ("Heather Nauert"), which may lie far from the statement. For an
	// unnamed speaker it is the describing phrase ("a senior official").
	Name Span `json:"name"`
	// Mention is the expression the cue attaches to ("Nauert", "she",
	// "the spokeswoman"). A statement that continues an earlier one
	// without a cue of its own has that statement's mention.
	Mention Span `json:"mention,omitzero"`
	// Title is the speaker's title or role as the text gives it
	// ("U.S. State Department spokeswoman"); zero if none is given.
	Title Span `json:"title,omitzero"`
	// Kind says whether the speaker is a person, an organization or an
	// unnamed source. It means nothing for the zero Speaker of an
	// unattributed statement, whose Kind is Person: test [Speaker.IsZero]
	// first.
	Kind SpeakerKind `json:"kind"`
}

// IsZero reports whether s is the zero Speaker: no attribution.
func (s Speaker) IsZero() bool { return s == Speaker{} }

// A Quote is a reported statement and its attribution. The embedded [Span]
// is the statement itself, without quotation marks around it and without
// the attribution.
type Quote struct {
	Span
	// Kind says whether the statement is direct, indirect or mixed.
	Kind Kind `json:"kind"`
	// Marked reports whether quotation marks in the text enclose the
	// statement or part of it. It is false for indirect speech and for
	// direct quotes recovered from text whose marks were stripped.
	Marked bool `json:"marked"`
	// Cue is the speech verb or phrase that attributes the statement
	// ("said", "told", "according to"); zero if there is none.
	Cue Span `json:"cue,omitzero"`
	// Speaker is who made the statement; zero if it is unattributed.
	Speaker Speaker `json:"speaker,omitzero"`
	// Confidence is an estimate, in (0, 1], of the probability that the
	// statement and its speaker are both right.
	Confidence float64 `json:"confidence"`
}

// IsZero reports whether q is the zero Quote. Without it, q.IsZero would
// be the embedded Span's and look at the statement's text alone.
func (q Quote) IsZero() bool { return q == Quote{} }

// Find returns the statements in text in order of appearance, attributed
// with the default rules. It returns nil if there are none.
// It is new(Finder).Find(text).
func Find(text string) []Quote {
	var f Finder
	return f.Find(text)
}

// A Finder finds statements in text and attributes them to speakers. The
// zero value uses the default rules. Set fields before the first call to
// [Finder.Find]; a Finder is safe for concurrent use by multiple goroutines
// as long as its fields are not modified.
type Finder struct {
	// Verbs are speech verbs added to the built-in list, matched as whole
	// words without regard to case or width (fullwidth letters match), as
	// the built-in words are. Give every form to be matched
	// ("harrumph", "harrumphs", "harrumphed", "harrumphing"). Each entry
	// is one word: an entry with a space in it ("weighed in") never
	// matches.
	Verbs []string
	// Titles are title nouns added to the built-in list ("sommelier"),
	// matched as Verbs are; one word each.
	Titles []string
	// NoCarryOver stops quotes that have no cue of their own from being
	// attributed to the speaker of the statement before them. The second
	// half of a quote split by its attribution, "B" in `"A," Lee said.
	// "B."` or `"A," Lee told reporters on Monday. "B."`, is Lee's all
	// the same.
	NoCarryOver bool
	// NoIndirect reports only statements with the speaker's own words:
	// direct and mixed quotes.
	NoIndirect bool
	// MinConfidence drops statements whose Confidence is below it.
	MinConfidence float64
}

// Find returns the statements in text in order of appearance. It returns
// nil if there are none. Any string is valid input: invalid UTF-8 is read
// as U+FFFD, but offsets still count the original bytes.
func (f *Finder) Find(text string) []Quote {
	if f == nil {
		f = new(Finder)
	}
	s := getState(len(text))
	s.reset(f, text)
	qs := s.run() // the pipeline: see run in attribution.go
	s.release()
	return qs
}

// output turns the statements into Quotes: speakers resolved to their
// fullest names, overlaps removed, options applied.
func (s *state) output() []Quote {
	s.sortStmts()
	s.dropReporters()
	for i := range s.stmts {
		if s.workTitle(&s.stmts[i]) {
			s.stmts[i].dropped = true
		}
	}
	s.coverStmts()
	s.linkUnnamed()
	s.linkGroups()
	s.linkIntroduced()
	s.linkStatementNoun()
	s.votePronouns()
	s.uncover()
	s.reactionLabels()
	var qs []Quote
	if len(s.stmts) > 0 {
		qs = make([]Quote, 0, len(s.stmts))
	}
	lastEnd := -1
	var pieces []stmt
	for i := range s.stmts {
		st := &s.stmts[i]
		if st.start < lastEnd || st.dropped {
			// Overlaps the statement before: keep the first.
			continue
		}
		if s.NoIndirect && st.kind == Indirect {
			continue
		}
		if st.kind == Direct && hasLineBreak(s.text[st.start:st.end]) {
			pieces = s.paragraphs(*st, pieces[:0])
			for j := range pieces {
				if q, ok := s.quote(&pieces[j]); ok {
					lastEnd = st.end
					qs = append(qs, q)
				}
			}
			continue
		}
		if q, ok := s.quote(st); ok {
			lastEnd = st.end
			qs = append(qs, q)
		}
	}
	return qs
}

// hasLineBreak reports whether text holds a line feed or a carriage
// return. Two scans for one byte each, which IndexByte does many bytes at
// a time, cost less than strings.ContainsAny's scan byte by byte over a
// statement.
func hasLineBreak(text string) bool {
	return strings.IndexByte(text, '\n') >= 0 || strings.IndexByte(text, '\r') >= 0
}

// paragraphs splits a direct statement that runs over paragraphs into
// one statement a paragraph, where each new paragraph opens with a
// quotation mark, as news annotators mark a quote that goes on in the
// next paragraph: the attribution's cue stays with the piece next to it,
// and the others carry its speaker. A quotation nobody is said to speak
// stays whole, as a pairing of quotation marks reports it, unless the
// paragraphs of a transcript name their speakers.
func (s *state) paragraphs(st stmt, out []stmt) []stmt {
	a := st.first
	for k := st.first + 1; k < st.last; k++ {
		if t := &s.toks[k]; t.kind != tMark || !t.mark.canOpen() || !hasLineBreak(s.text[s.toks[k-1].end:t.start]) {
			continue
		}
		piece := st
		piece.first, piece.last = a, k
		a = k
		out = append(out, piece)
	}
	last := st
	last.first = a
	out = append(out, last)
	labelled := false
	for _, piece := range out {
		if _, _, ok := s.transcriptLabel(piece.first, piece.last); ok {
			labelled = true
			break
		}
	}
	if len(out) == 1 || !st.hasSpk && !labelled {
		return append(out[:0], st)
	}
	cueAfter := st.cueLast > st.cueFirst && st.cueFirst >= st.last
	n := 0
	for j, piece := range out {
		if m, c, ok := s.transcriptLabel(piece.first, piece.last); ok {
			// "WALLACE: Governor, ...": a transcript names who speaks.
			piece.first, piece.spk, piece.hasSpk, piece.carried = c+1, m, true, false
			piece.cueFirst, piece.cueLast, piece.source = 0, 0, srcColon
		} else if keep := j == 0 && !cueAfter || j == len(out)-1 && cueAfter; !keep {
			piece.cueFirst, piece.cueLast = 0, 0
			piece.carried = true
			if ps, ok := s.saidBefore(st.first - 1); ok && j == 0 {
				// `"A," Lee said. "B ¶ "C," she said.`: B goes on
				// from A in its paragraph, under A's attribution.
				piece.spk, piece.unnamedAnte = ps.spk, ps.unnamedAnte
			}
		}
		piece.start, piece.end = s.directContent(piece.first, piece.last)
		if piece.end > piece.start {
			out[n] = piece
			n++
		}
	}
	return out[:n]
}

// saidBefore returns the statement of the quotation that closes right
// before the opening mark at token open, in its paragraph, with its
// attribution after it and a full stop between: `"A," Lee said. "B`.
func (s *state) saidBefore(open int) (st stmt, ok bool) {
	k := open - 1
	if k < 1 || !s.toks[k].isPunct('.') || s.toks[open].flags&fNewline != 0 {
		return st, false
	}
	// An attribution with a description runs to a few words: `said Lee,
	// who runs the harbour office`.
	for c := k - 1; c >= 0 && c > k-24; c-- {
		t := &s.toks[c]
		if t.flags&fNewline != 0 {
			return st, false
		}
		if t.kind != tMark {
			continue
		}
		p := s.pairOf[c]
		if p < 0 || s.pairs[p].close != c || s.pairStmt[p] < 0 {
			return st, false
		}
		ps := s.stmts[s.pairStmt[p]]
		if !ps.hasSpk || ps.cueFirst <= c || max(ps.cueLast, ps.spk.last) != k {
			return st, false
		}
		return ps, true
	}
	return st, false
}

// reactionLabels gives the direct statements that nothing attributes the
// speaker whose label in capitals heads them, as in a list of reactions:
// a name, then its title in parts, `TOM REYES, HEAD OF THE HARBOUR GROUP:
// We will ...`, or with the marks stripped, `... BOARD  We will ...`. The
// label speaks each statement after it up to the next label, while no
// other words come between them.
func (s *state) reactionLabels() {
	var cur mention
	has := false
	prev := 0 // the token after the statement before
	for i := range s.stmts {
		st := &s.stmts[i]
		if st.dropped {
			continue
		}
		if m, ok := s.reactionLabel(st.first, prev); ok {
			cur, has = m, true
		} else if has && (s.wordsIn(prev, st.first) > 0 || s.stripped && s.toks[st.first].phantoms >= 2) {
			// Words of the reporter's end the entry; and so, where
			// the marks were stripped, does a quote that closes and
			// another that opens with no label between, `... now.
			// We ...` with the spaces of two marks: the label of its
			// own entry is lost, while a quote that goes on in a new
			// paragraph reopens with one mark only.
			has = false
		}
		prev = max(prev, st.last)
		if st.hasSpk {
			has = false
			continue
		}
		if has && st.kind == Direct {
			st.spk, st.hasSpk, st.source = cur, true, srcColon
		}
	}
}

// reactionLabel returns the label in capitals that ends right before the
// statement at token k and opens after lo, where a sentence ended: a name
// of two to four words, a comma and its title, `ANN LEE, DIRECTOR
// GENERAL, HARBOUR BOARD:`. Its mention is the name, as written, with the
// rest as its title.
func (s *state) reactionLabel(k, lo int) (m mention, ok bool) {
	e := k
	for e > lo && s.toks[e-1].kind == tMark {
		e--
	}
	if e > lo && s.toks[e-1].isPunct(':') {
		e--
	} else if k >= len(s.toks) || s.toks[k].flags&fWide == 0 {
		// Without a colon, only the gap a stripped mark left ends a
		// label: not "ANN LEE, HARBOUR BOARD chief".
		return m, false
	}
	a := e
	for a > lo && e-a < 24 {
		if t := &s.toks[a-1]; t.kind != tWord && !t.isPunct(',') || t.kind == tWord && t.flags&fUpper == 0 {
			break
		}
		a--
	}
	if a == 0 || a == e {
		return m, false
	}
	if p := &s.toks[a-1]; !p.isPunct('.') && !p.isPunct(':') && !p.isPunct('?') && !p.isPunct('!') && s.toks[a].flags&fParaStart == 0 {
		return m, false
	}
	c := a
	for c < e && !s.toks[c].isPunct(',') {
		if s.toks[c].class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron) != 0 {
			return m, false
		}
		c++
	}
	if c-a < 2 || c-a > 4 || c+1 >= e || s.toks[e-1].isPunct(',') {
		return m, false
	}
	return mention{first: a, last: c, kind: mName, entity: -1, titleFirst: c + 1, titleLast: e}, true
}

// transcriptLabel returns the speaker's name that opens a paragraph of a
// transcript, before a colon: `"PENCE: Well, look, ...`.
func (s *state) transcriptLabel(a, b int) (m mention, colon int, ok bool) {
	for a < b && s.toks[a].kind == tMark {
		a++
	}
	for c := a; c < b && c <= a+3; c++ {
		t := &s.toks[c]
		if t.kind == tWord && t.flags&fUpper != 0 && len(s.word(c)) >= 2 {
			continue
		}
		if c == a || !t.isPunct(':') {
			break
		}
		m = mention{first: a, last: c, kind: mName, entity: -1}
		if r := s.runAt(a); r >= 0 && s.runs[r].last == c {
			m.entity = s.runs[r].entity
		}
		if m.entity < 0 {
			// "PENCE" for "Mike Pence": the person of that surname.
			h := nameHash(s.word(c - 1))
			for i := len(s.entities) - 1; i >= 0; i-- {
				if en := &s.entities[i]; en.kind == Person && en.nameFirst < a && en.hash == h && sameName(s.word(en.nameLast-1), s.word(c-1)) {
					m.entity = i
					break
				}
			}
		}
		return m, c, true
	}
	return m, 0, false
}

// quote turns one statement into a Quote, or reports false when options
// leave it out.
func (s *state) quote(st *stmt) (Quote, bool) {
	q := Quote{Span: s.span(st.start, st.end), Kind: st.kind, Marked: st.marked}
	if q.Text == "" {
		// Trimming left nothing: punctuation or symbols alone, as in
		// `said,   #`, say nothing.
		return q, false
	}
	if st.cueLast > st.cueFirst {
		q.Cue = s.tokenSpan(st.cueFirst, st.cueLast)
	}
	if st.hasSpk {
		// A statement carried over from an earlier one keeps that
		// one's mention: the words its attribution names.
		if a := st.unnamedAnte; a > 0 {
			q.Speaker = s.speaker(s.stmts[a-1].spk)
			q.Speaker.Mention = s.tokenSpan(st.spk.first, st.spk.last)
		} else {
			q.Speaker = s.speaker(st.spk)
		}
		if a := st.introAnte; a > 0 && q.Speaker.Kind != Person {
			// "the official", "the ministry": the fuller description
			// it refers back to.
			q.Speaker.Name = s.speaker(s.stmts[a-1].spk).Name
		}
	} else {
		q.Cue = Span{}
	}
	c := s.features(st, q)
	q.Confidence = confidence(c)
	if q.Confidence < s.MinConfidence {
		return q, false
	}
	if s.cells != nil {
		*s.cells = append(*s.cells, c)
	}
	return q, true
}

// userLexicon holds a Finder's own verbs and titles for one call.
type userLexicon struct {
	words map[string]wordClass
}

// newUserLexicon returns the lexicon of a Finder's own speech verbs and
// titles, folded as the built-in words are (see lookupWord), so that
// "ＨＡＲＲＵＭＰＨＥＤ" in the text matches a verb "harrumphed".
func newUserLexicon(verbs, titles []string) *userLexicon {
	u := &userLexicon{words: make(map[string]wordClass, len(verbs)+len(titles))}
	for _, v := range verbs {
		u.words[string(appendFolded(nil, strings.TrimSpace(v)))] |= cSpeech | cUser
	}
	for _, t := range titles {
		u.words[string(appendFolded(nil, strings.TrimSpace(t)))] |= cTitle
	}
	return u
}

// lookup returns the classes the Finder gives word w, ignoring case and
// width and treating a typographic apostrophe as ASCII.
func (u *userLexicon) lookup(w string) wordClass {
	var buf [64]byte
	return u.words[string(appendFolded(buf[:0], w))]
}

// appendFolded appends w with its case, width and apostrophes folded as
// lookupWord folds them.
func appendFolded(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(foldRune(r)))
	}
	return dst
}

// dropReporters handles a statement whose content opens with another
// attribution ("The Times reported that Diyab said he ..."): statements
// may not overlap, and the outer one is what the article reports, with
// the inner attribution as part of its content, so the inner one goes.
// Annotators of news mark it so (PolNeAR, the hand-annotated Reuters).
func (s *state) dropReporters() {
	for i := range s.stmts {
		a := &s.stmts[i]
		if a.marked || a.last-a.first < 3 {
			continue
		}
		for j := i + 1; j < len(s.stmts) && s.stmts[j].start < a.end; j++ {
			b := &s.stmts[j]
			if !b.hasSpk || b.end > a.end || b.spk.first < a.first {
				continue
			}
			if s.mentionStart(b.spk) <= a.first+1 && b.cueFirst > a.first {
				b.dropped = true
				break
			}
		}
	}
}

// workTitle reports whether a direct statement recovered in stripped text
// is the title of a work named just before it, capitalized as a title
// is: "in her 2012 book,  A Long Road Home.", "the TV show  The Big
// Deal.". The marks that set the title off were stripped, so it looked
// like a quote.
func (s *state) workTitle(st *stmt) bool {
	if !s.stripped || st.marked || st.kind != Direct || st.first < 1 {
		return false
	}
	k := st.first - 1
	if s.toks[k].isPunct(',') && k > 0 {
		k--
	}
	if !s.toks[k].lowerWord() || !slices.Contains(workNouns, s.lower(k)) {
		return false
	}
	words := 0
	for j := st.first; j < st.last; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tWord:
			words++
			if t.flags&(fCap|fDigit) == 0 && (words == 1 || t.class&(cDet|cPrep|cConj) == 0) {
				return false
			}
		case t.kind == tPunct && (t.isPunct('.') || t.isPunct(',') || t.isPunct(':')) && j == st.last-1:
		default:
			return false
		}
	}
	return words >= 1 && words <= 6
}
