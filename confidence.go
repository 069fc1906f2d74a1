package quote

// This file gives each statement its Confidence: an estimate of the share
// of statements found the same way that were right end to end (statement
// and speaker) in human-annotated news, PolNeAR's training split with and
// without quotation marks. The estimates are in confidence_table.go, which
// TestCalibrate writes: each share is shrunk toward that of a wider group
// of statements where its own group is small, lowered by one standard
// error and floored at 0.01.

// source says how a statement was found.
type source uint8

const (
	srcQuoteCueAfter   source = iota // `"Q," Nauert said`
	srcQuoteCueBefore                // `Nauert said: "Q"`
	srcQuoteSplit                    // `"Q1," she said, "Q2"`: Q2
	srcQuoteCarried                  // a quotation that continues the statement before it
	srcQuoteAlone                    // a quotation that stands as an utterance, unattributed
	srcAfterCue                      // `Nauert said (that) Q`
	srcAfterColon                    // `Nauert said: Q`, marks stripped or never there
	srcBeforeCue                     // `Q, Nauert said`
	srcAccording                     // `according to Nauert, Q`
	srcStrippedCarried               // a sentence that carries on a stripped direct quote
	srcColon                         // `Trump fired back: "Q"`: a quote after a colon, no speech verb
	srcSpeechAct                     // `Lee urged Q`: the complement of a speech act
	srcStrippedClosed                // `⏎ Q,  the mayor quipped.`: stripped marks around Q, the attribution not understood
	srcClaimNoun                     // `Lee's claim that Q`: the content of a speech noun
	nSources
)

// Mention classes for calibration.
const (
	mkNone        = iota // no speaker
	mkName               // a name
	mkPronoun            // a pronoun resolved to a name
	mkBarePronoun        // a pronoun left as it is
	mkDescription        // a description
	nMentionKinds
)

// features returns the calibration cell of a statement: how it was
// found, what its speaker mention is, whether its cue is one of the
// plain reporting verbs ("said", "told", "according to"), and what its
// content is. A content with no verb of its own ("denied the report",
// "In an interview") is a statement less often than a clause, whatever
// found it; and a clause outside quotation marks that holds a place where
// the reporter's own words may begin (", which ...", ", but ...", a dash)
// has its end right less often than one that holds none.
func (s *state) features(st *stmt, q Quote) cell {
	var c cell
	c.src = st.source
	switch {
	case !st.hasSpk:
		c.mk = mkNone
	case st.spk.kind == mName:
		c.mk = mkName
	case st.spk.kind == mPronoun && q.Speaker.Name != q.Speaker.Mention:
		c.mk = mkPronoun
	case st.spk.kind == mPronoun:
		c.mk = mkBarePronoun
	default:
		c.mk = mkDescription
	}
	if st.cueLast > st.cueFirst {
		switch s.lower(st.cueFirst) {
		case "said", "says", "say", "told", "tells", "tell", "according", "added", "adding", "saying", "wrote", "writes":
			c.plain = 1
		}
	}
	if st.last > st.first && (s.wordIs(st.first, "that") || s.hasClause(st.first, st.last)) {
		c.clause = 1
		if st.kind != Direct && s.clauseBreakIn(st.first+1, st.last) {
			c.clause = 2
		}
	}
	return c
}

// confidence returns the Confidence of a statement in cell c.
func confidence(c cell) float64 { return confidenceTable[c.src][c.mk][c.plain][c.clause] }

// A cell is a statement's calibration cell, reported to TestCalibrate.
type cell struct {
	src    source
	mk     int
	plain  int
	clause int // 0: no clause; 1: a clause; 2: an unmarked clause with a break in it
}

// clauseBreakIn reports whether [a, b) holds a place where the reporter's
// own clause may start: ", which", ", but", ", while", a dash or a
// semicolon.
func (s *state) clauseBreakIn(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.isPunct(';') || t.isPunct(pDash) {
			return true
		}
		if t.isPunct(',') && s.wordIs(k+1, "which", "while", "but", "although", "though", "and", "as", "because", "so", "even", "when", "after", "before", "who") {
			return true
		}
	}
	return false
}
