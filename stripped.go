package quote

// This file recovers direct quotes from text whose quotation marks were
// stripped, as in the Reuters half of the ISOT corpus, where every
// non-ASCII character became a space:
//
//	Diplomacy is our preferred approach,  Nauert told a regular briefing.
//
// Such text is recognised by what it lacks (no quotation marks, no
// apostrophes) and by what stripping leaves behind: split contractions and
// possessives ("can t", "Russia s") and, where the spaces survive, two
// spaces where a mark was. A statement found by a cue is then direct,
// rather than indirect, when it is set off by those spaces, follows a
// colon, or speaks in the first or second person; and the sentences after
// a direct quote that carry on in the speaker's voice continue it.

// detectStripped sets s.stripped and s.spaced.
func (s *state) detectStripped() {
	for _, p := range s.pairs {
		if p.depth == 0 {
			return
		}
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
			for i := t.start; i < t.end; i++ {
				if c := s.text[i]; c == '\'' || c == 0xE2 && i+2 < t.end && s.text[i+1] == 0x80 && s.text[i+2] == 0x99 {
					apostrophes++
					break
				}
			}
		}
	}
	if apostrophes > tails {
		return
	}
	s.stripped = true
	s.spaced = wide >= 2
	if s.spaced {
		s.paraSpaced = s.paragraphSpaces()
	}
}

// paragraphSpaces reports whether the text seems to mark paragraphs with
// extra spaces, as ISOT's worldnews half does, so that two spaces before
// a sentence need not be a stripped mark. Stripped marks come in pairs,
// and most direct quotes close with a comma before the attribution
// (`approach,  Nauert told`); many more wide gaps between sentences than
// after commas point to paragraphs.
func (s *state) paragraphSpaces() bool {
	between, commas := 0, 0
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.flags&fWide == 0 || t.flags&fNewline != 0 {
			continue
		}
		switch p := &s.toks[k-1]; {
		case p.isPunct(','):
			commas++
		case t.flags&fSentStart != 0:
			between++
		}
	}
	return between > 2*commas+2
}

// voice reports whether tokens [a, b) speak in the first or second person
// or use a contraction: the speaker's own words, not the reporter's.
func (s *state) voice(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic {
			continue
		}
		if t.class&cFirstSecond != 0 && !(s.word(k) == "US" || s.word(k) == "U.S.") {
			return true
		}
		if t.flags&fStrippedTail != 0 && t.kind != tClitic {
			return true
		}
	}
	return false
}

// recoverStripped turns statements set off as quotes into direct ones and
// adds the sentences that continue them.
func (s *state) recoverStripped() {
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		st := &s.stmts[i]
		if st.marked || st.cueLast == st.cueFirst && !st.hasSpk {
			continue
		}
		before := st.last <= st.cueFirst
		switch {
		case before && s.closedBySpace(st):
			st.kind = Direct
			s.extendBack(st)
		case before && s.voice(st.first, st.last):
			st.kind = Direct
		case !before && st.kind == Direct:
			// After a colon.
			s.extendForward(st)
		case !before && s.spaced && s.toks[st.first].flags&fWide != 0 && s.voice(st.first, st.last):
			st.kind = Direct
			s.extendForward(st)
		}
		if st.kind == Direct {
			st.start, st.end = s.directContent(st.first, st.last)
		} else if s.spaced && s.wideInside(st.first+1, st.last) {
			// A phrase set off by stripped marks: the speaker's words
			// inside reported speech.
			st.kind = Mixed
		}
	}
	s.continueStripped()
}

// closedBySpace reports whether the comma after a statement is followed by
// the extra space a stripped closing mark leaves: `approach,  Nauert`.
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
func (s *state) extendBack(st *stmt) {
	if s.toks[st.first].flags&fWide != 0 {
		return
	}
	si := int(s.sentOf[st.first])
	if s.sents[si].first != st.first {
		// The opening mark is inside the sentence.
		for k := st.first - 1; k > s.sents[si].first; k-- {
			if s.toks[k].flags&fWide != 0 {
				st.first = k
				return
			}
		}
		return
	}
	for j := si - 1; j >= 0 && j >= si-6; j-- {
		sent := s.sents[j]
		if sent.para != s.sents[si].para || s.hasStmt(sent) {
			return
		}
		if s.toks[sent.first].flags&fWide != 0 {
			st.first = sent.first
			return
		}
	}
}

// extendForward extends a direct statement that follows a colon to the
// space a stripped closing mark left, over whole sentences.
func (s *state) extendForward(st *stmt) {
	if !s.spaced {
		return
	}
	si := int(s.sentOf[st.last-1])
	for j := si + 1; j < len(s.sents) && j <= si+8; j++ {
		sent := s.sents[j]
		if sent.para != s.sents[si].para || s.toks[sent.first].flags&fWide != 0 || s.hasStmt(sent) || s.hasCue(sent) {
			return
		}
		st.last = sent.last
	}
}

// hasStmt reports whether a statement lies in the sentence.
func (s *state) hasStmt(sent sentence) bool {
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if st.first < sent.last && st.last > sent.first {
			return true
		}
	}
	return false
}

// hasCue reports whether the sentence holds a speech verb.
func (s *state) hasCue(sent sentence) bool {
	for k := sent.first; k < sent.last; k++ {
		if _, ok := s.cueAt(k); ok {
			return true
		}
	}
	return false
}

// continueStripped adds the sentences that carry on a direct quote with
// no cue of their own: in spaced text those opened by a stripped mark, in
// collapsed text those in the speaker's voice.
func (s *state) continueStripped() {
	if s.NoCarryOver {
		return
	}
	n := len(s.stmts)
	for i := 0; i < n; i++ {
		st := s.stmts[i]
		if st.kind != Direct || !st.hasSpk {
			continue
		}
		si := int(s.sentOf[st.last-1])
		for j := si + 1; j < len(s.sents) && j <= si+6; j++ {
			sent := s.sents[j]
			if sent.para > s.sents[si].para+1 || s.hasStmt(sent) || s.hasCue(sent) {
				break
			}
			// The speaker's voice carries a quote on; in spaced text the
			// sentence must also open with a stripped mark and hold no
			// quoted phrase of the reporter's inside it.
			opened := s.spaced && s.toks[sent.first].flags&fWide != 0 && !s.wideInside(sent.first+1, sent.last)
			closed := opened && !s.paraSpaced && (sent.last >= len(s.toks) || s.toks[sent.last].flags&fWide != 0)
			if !s.voice(sent.first, sent.last) && !closed {
				break
			}
			if s.spaced && !opened {
				break
			}
			c := stmt{first: sent.first, last: sent.last, kind: Direct, spk: st.spk, hasSpk: true, conf: 0.7, pair: -1, group: st.group, carried: true}
			c.spk.first, c.spk.last = st.spk.first, st.spk.last
			c.start, c.end = s.directContent(c.first, c.last)
			s.addStmt(c)
			// In spaced text one stripped pair of marks may hold several
			// sentences; they join the first.
			if s.spaced {
				k := len(s.stmts) - 1
				for j+1 < len(s.sents) && s.sents[j+1].para == sent.para && s.toks[s.sents[j+1].first].flags&fWide == 0 && !s.hasCue(s.sents[j+1]) && j <= si+6 {
					j++
					s.stmts[k].last = s.sents[j].last
					s.stmts[k].start, s.stmts[k].end = s.directContent(s.stmts[k].first, s.stmts[k].last)
				}
			}
		}
	}
}

// directContent returns the bytes of a direct quote whose marks were
// stripped: like trimContent, but a sentence's final punctuation stays, as
// it would inside quotation marks.
func (s *state) directContent(a, b int) (start, end int) {
	start, end = s.trimContent(a, b)
	if end <= start {
		return start, end
	}
	for k := b - 1; k >= a && s.toks[k].end > end; k-- {
		t := &s.toks[k]
		if t.isPunct('.') || t.isPunct('!') || t.isPunct('?') {
			if s.toks[k-1].end == end || s.toks[k-1].end <= end {
				return start, t.end
			}
		}
	}
	return start, end
}

// wideInside reports whether a stripped mark's space lies inside [a, b).
func (s *state) wideInside(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].flags&fWide != 0 {
			return true
		}
	}
	return false
}
