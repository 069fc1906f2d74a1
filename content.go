package quote

import (
	"slices"
	"strings"
)

// This file finds what was said: the statement a cue introduces or closes
// (contentAfter, the clause before a trailing attribution), where it
// starts and ends (contentEnd), and whether quotation marks inside it make
// it direct or mixed (classify). attribution.go decides which cue and
// which speaker; this file decides the words.

// trimContent returns the bytes of tokens [a, b) without a leading
// complementizer and without trailing punctuation or edge marks.
func (s *state) trimContent(a, b int) (start, end int) {
	// A quotation mark stays when its partner is inside: a mixed
	// statement ends `called it “a disaster”`, not `“a disaster`.
	pairedIn := func(k, a, b int) bool {
		p := s.pairOf[k]
		if p < 0 {
			return false
		}
		pr := &s.pairs[p]
		whole := pr.open == a && pr.close == b-1
		return !whole && pr.open >= a && pr.close < b && (pr.open == k || pr.close == k)
	}
	for a < b {
		t := &s.toks[a]
		if t.kind == tMark && !pairedIn(a, a, b) || t.kind == tPunct && (t.punct == ',' || t.punct == ':' || t.punct == pDash || t.punct == ';') {
			a++
			continue
		}
		break
	}
	for b > a {
		t := &s.toks[b-1]
		if t.kind == tMark && !pairedIn(b-1, a, b) || t.kind == tPunct && t.punct != ')' && t.punct != '!' && t.punct != '?' && t.punct != pEllipsis && t.punct != ']' && t.punct != '%' && t.punct != '$' {
			b--
			continue
		}
		if t.isPunct(')') && !s.opensParen(a, b-1) {
			// "(She says Q.)": the parenthesis is the reporter's.
			b--
			continue
		}
		break
	}
	if a >= b {
		return 0, 0
	}
	return s.toks[a].start, s.toks[b-1].end
}

// opensParen reports whether an opening parenthesis stands in [a, b).
func (s *state) opensParen(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].isPunct('(') {
			return true
		}
	}
	return false
}

// pairInner returns the content of a pair: between the marks, without
// white space and without a comma that only separates the quote from its
// attribution.
func (s *state) pairInner(p pair) (start, end int) {
	a, b := p.open+1, p.close
	if a >= b {
		return 0, 0
	}
	for b > a && s.toks[b-1].isPunct(',') {
		b--
	}
	if a >= b {
		return 0, 0
	}
	return s.toks[a].start, s.toks[b-1].end
}

// clauseStart returns where the clause of a cue at k starts: after the
// last semicolon, or after a statement already found in the sentence.
func (s *state) clauseStart(k, lo int) int {
	if k-1 > lo {
		if j := int(s.clauseBreak[k-1]); j > lo {
			return j + 1
		}
	}
	for j := k; j > lo; j-- {
		if s.stmtEnds[j] && !(j+1 == k && s.toks[j].isPunct(',') && s.relativeBefore(j, lo)) {
			// Not "Lee, who criticized the move, said ...": the
			// clause goes on past the relative clause's statement.
			return j
		}
	}
	return lo
}

// leftClauseStart returns the start of the statement that ends at the
// comma c: the start of the sentence, or the token after an earlier colon
// or a statement already found.
func (s *state) leftClauseStart(c, lo int) int {
	start := lo
	for j := c; j > lo; j-- {
		if s.stmtEnds[j] && !s.mainVerbAfterRelative(j) {
			start = j
			break
		}
	}
	for j := c - 1; j >= start; j-- {
		if s.toks[j].isPunct(':') || s.toks[j].isPunct(';') {
			return j + 1
		}
		if s.toks[j].isPunct(')') {
			break
		}
		if s.toks[j].isPunct('(') {
			// "... booed. (We want a vote, said one activist.)": the
			// statement opens inside the parenthesis.
			start = j + 1
			break
		}
	}
	for j := c - 1; j >= start; j-- {
		if s.toks[j].isPunct(':') || s.toks[j].isPunct(';') {
			return j + 1
		}
	}
	// Leading connectives belong to the reporter: "But", "However,".
	for start < c {
		t := &s.toks[start]
		if t.kind == tWord && t.class&cConj != 0 || t.kind == tMark && s.pairOf[start] < 0 {
			start++
			continue
		}
		break
	}
	return start
}

// mainVerbAfterRelative reports whether the statement that ends at the
// comma j lies in a relative clause whose main clause goes on after it:
// "Lee, who said the city was broke, [was late], Reyes said". The clause
// that goes on has its subject before the relative clause.
func (s *state) mainVerbAfterRelative(j int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].isPunct(',') {
		return false
	}
	return s.finiteVerb(j+1) && s.relativeBefore(j, 0)
}

// finiteVerb reports whether token v is an auxiliary or a verb in the
// past, as the main clause's verb after a relative clause is: ", was
// late", ", left".
func (s *state) finiteVerb(v int) bool {
	t := &s.toks[v]
	return t.lowerWord() && (t.class&cAux != 0 && t.class&cSubjPron == 0 || s.pastForm(v))
}

// scenePrepositions open a phrase that tells where, when or how
// something was said: `at a rally`, `in a speech`, `without elaborating`.
var scenePrepositions = []string{"amid", "at", "by", "during", "in", "inside", "near", "on", "outside", "with", "without"}

// sceneAt reports whether the words at token k set the scene of a
// saying rather than go on with what was said: a name or place, a noun
// phrase, a phrase of place, time or manner, an "as" or "when" clause;
// `Dover, Norvia`, `a rally in Dover`, `in an interview`, `as the crowd
// cheered`. A relative clause (`in which`) may still report speech.
func (s *state) sceneAt(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return false
	}
	return t.flags&fCap != 0 || t.class&(cDet|cPossPron) != 0 && !s.wordIs(k, "that") ||
		t.lowerWord() && slices.Contains(scenePrepositions, s.lower(k)) && !s.wordIs(k+1, "which", "whom") || s.wordIs(k, "as", "when")
}

// adjunctWords open a phrase or clause that sets news in its time or
// circumstances: "after the vote", "amid protests", "as talks stalled",
// "in a bid to", "without giving details".
var adjunctWords = []string{"after", "amid", "as", "despite", "following", "in", "without"}

// adjunctAt reports whether an adjunct opens at token k: one of
// adjunctWords in lower case, not a relative clause ("in which") nor "as
// well as".
func (s *state) adjunctAt(k int) bool {
	t := &s.toks[k]
	return t.lowerWord() && slices.Contains(adjunctWords, s.lower(k)) && !s.wordIs(k+1, "which", "whom", "well")
}

// speechIn reports whether a speech verb stands in the sentence within a
// few words after token r: "after Reyes accused him of lying" reports a
// statement of its own.
func (s *state) speechIn(r, hi int) bool {
	for k := r + 1; k < hi && k <= r+12; k++ {
		if k == r+1 && s.wordIs(r, "amid", "despite") && strings.HasSuffix(s.lower(k), "s") {
			// "amid calls for a vote", "despite warnings": a plural
			// speech noun after the preposition is the setting's
			// noun, not a verb of speech.
			continue
		}
		if t := &s.toks[k]; t.kind == tWord && t.class&(cSpeech|cSpeechAct) != 0 {
			return true
		}
	}
	return false
}

// clauseAfterComma reports whether a main clause follows a comma in the
// sentence after token r, within a short phrase: "in the meantime, the
// firm will pay" opens a clause of its own after the phrase.
func (s *state) clauseAfterComma(r, hi int) bool {
	for k := r + 1; k+1 < hi && k <= r+12; k++ {
		if s.toks[k].isPunct(',') && s.mainClauseAt(k+1, hi) {
			return true
		}
		if s.toks[k].isPunct(';') || s.toks[k].isPunct(pDash) {
			return false
		}
	}
	return false
}

// reporterRest reports whether the words at token r, after the
// attribution of a quote that a stripped mark closed, are the
// reporter's rather than more of the quote: a participle in -ed that
// tells how the speaker was (`Q,  Lee said, dressed as a clown`), one
// in -ing that tells what the speaker did (`Q,  Lee said, eyeing the
// crowd`), or "and" or "but" and a clause with a subject of its own
// (`Q,  Lee said, and her husband laughed`).
func (s *state) reporterRest(r, hi int) bool {
	t := &s.toks[r]
	if !t.lowerWord() || r+1 >= hi {
		return false
	}
	if r+1 < hi && s.toks[r+1].lowerWord() && strings.HasSuffix(s.lower(r+1), "ing") {
		if r+2 == hi || r+3 == hi && s.toks[r+2].kind == tPunct {
			// `Q,  Lee said, half joking.`: a participle and its
			// adverb alone, how the speaker spoke.
			return true
		}
		if strings.HasSuffix(s.lower(r), "ly") {
			// `Q,  Lee said, clearly enjoying it`: likewise with an
			// adverb before what the speaker did.
			r++
			t = &s.toks[r]
		}
	}
	if strings.HasSuffix(s.lower(r), "ed") && t.class&cueClasses == 0 && !s.wordIs(r+1, "that") {
		// Not a speech verb's, `asked about it`, nor `angered that
		// ...`, a feeling that reports a thought.
		return true
	}
	if strings.HasSuffix(s.lower(r), "ing") && t.class&(cueClasses|cPrep|cTime) == 0 && !s.wordIs(r+1, "that", "to", "about", "of", "on") {
		// `Q,  Lee said, eyeing the crowd`: what the speaker did
		// while speaking; but a speech verb's participle, `adding
		// ...`, has a statement of its own, `alluding to`, `talking
		// about` say what the quote meant, and `challenging Reyes to
		// resign` urges.
		for k := r + 2; k < hi && k <= r+12 && s.toks[k].kind == tWord; k++ {
			if s.toks[k].lowerWord() && s.wordIs(k, "to") {
				return false
			}
		}
		return true
	}
	return s.wordIs(r, "and", "but") && s.mainClauseAt(r+1, hi)
}

// splitMark reports whether token k is a comma or dash that can set off
// an attribution inside a statement.
func (s *state) splitMark(k int) bool {
	if k <= 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.isPunct(pDash) && s.word(k) == "-" && (t.flags&fSpace == 0 || k+1 < len(s.toks) && s.toks[k+1].flags&fSpace == 0) {
		// "H.W.U.-K.D.F.", "lost -7 points": a hyphen or a sign, not
		// a dash.
		return false
	}
	return t.isPunct(',') || t.isPunct(pDash)
}

// splitRest returns where the rest of a statement starts when the
// attribution at c and m splits it, `FRONT, he said, REST` or `FRONT -
// said Lee - REST`: after the comma or dash that closes the attribution
// and its tail ("he told reporters on Friday,"). It returns -1 when the
// attribution is not set off on both sides, or when what follows is its
// own: a relative clause, a new cue ("adding ..."), an apposition; and -2
// when the front is a whole clause and what follows sets the scene (see
// adjunctWords), so that nothing after the cue is a statement.
func (s *state) splitRest(c cue, m mention, i, hi int) int {
	if !s.splitMark(s.attributionLead(c, m)) || !s.compactAttribution(c, m) {
		return -1
	}
	if m.first < c.last && s.toks[c.first].class&cSpeechObject != 0 && s.cueGoesOn(c, hi) {
		// "In 1998, she warned the board against it, because ...": the
		// verb's complement, not a tail, stands before the comma.
		return -1
	}
	if c.object && m.first < c.last && i < hi {
		i = s.skipObject(i, hi)
	}
	inverted := m.first >= c.last
	if inverted {
		// "FRONT, said Lee and two aides who saw it, REST": a relative
		// clause on the inverted subject, then the rest.
		if q := s.relativeAsideEnd(i, hi); q > 0 {
			if s.restGoesOn(q+1, hi) {
				return q + 1
			}
			return -1
		}
	}
	for j := i; j < hi && j < i+10; j++ {
		if !s.splitMark(j) {
			continue
		}
		r := j + 1
		if r >= hi || !s.splitTail(i, j) {
			return -1
		}
		t := &s.toks[r]
		if lead := s.attributionLead(c, m); s.spaced && s.toks[lead+1].phantoms > 0 && t.phantoms == 0 && (s.sceneAt(r) || s.reporterRest(r, hi) || s.verblessRest(r, hi)) {
			// `Q,  he said at a rally in Dover, Norvia.`, `Q,  he said,
			// as the crowd cheered`: a stripped mark closed the front,
			// a quote, and none opens the rest, which sets the scene
			// of the saying (see reporterRest), or, with no verb, tells
			// where or how it was said (`Q,  he said, clad in black`).
			// A speech verb's participle or a clause may still say what
			// it meant (`..., he said, alluding to the mayor`).
			return -1
		}
		if inverted && s.wordIs(r, "and") && t.lowerWord() && s.appositionRest(r+1, hi) {
			// `Q, said Lee, a teacher, and a mother of two.`: one more
			// thing the speaker is, not more of the statement.
			return -1
		}
		if inverted && t.kind == tWord {
			// "FRONT, said Ross, who knows him, REST", "FRONT, say
			// experts like Lee, an engineer, REST": a relative clause
			// or an apposition set off by commas, then the rest, which
			// goes on with a verb or a clause.
			q := s.relativeAsideEnd(r, hi)
			if q < 0 && !s.verbLike(r) && t.class&(cSubjPron|cConj) == 0 && !s.wordIs(r, "that") {
				q = s.appositionEnd(r, hi)
			}
			if q > 0 {
				if s.restGoesOn(q+1, hi) {
					return q + 1
				}
				return -1
			}
		}
		if t.kind == tPunct || s.relativeOrCue(r) || s.wordIs(r, "where") || s.asByAt(r) {
			// "said Lee, who ...", "told reporters in Kestia, where
			// ...", "said Lee, as reported by the Planet"
			return -1
		}
		if s.reportRest(r, hi) {
			// `Q, Lee said on Monday, the Dover Herald reported.`: the
			// rest is the report that carries the attribution, not
			// more of what Lee said.
			return -1
		}
		if s.sentenceApposition(r, hi) {
			// `Q, the Ledger reported on Thursday -- a move that stunned
			// the town`: the reporter's comment on the news, not more
			// of the statement.
			return -1
		}
		if t.lowerWord() && s.wordIs(r, "after", "before", "when", "while", "since", "until", "as") && r+2 < hi && s.attributionAt(r+1, hi) {
			// `Q,  Reyes told Lee, after Lee told him that ...`: a
			// clause with an attribution of its own dates the saying,
			// no more of the statement.
			return -1
		}
		if s.wordIs(r, "as", "when") && t.flags&fCap == 0 && s.timeIn(i, j) && s.pastClause(r+1, hi) {
			// "Turnout was low, the council said on Friday, as polls
			// closed": after a dated saying, a clause in the past
			// dates it further, the reporter's.
			return -1
		}
		if t.lowerWord() && slices.Contains(mannerParticiples, s.lower(r)) && !s.wordIs(r+1, "of") {
			// `Sales were good, he said, wiping his brow`: the
			// reporter's account of the speaker, not more of the
			// statement; but "speaking of the plan" says what it meant.
			return -1
		}
		if t.lowerWord() && s.wordIs(r, "on") && r+2 < hi && s.anonymousTerms(r+1) {
			// `Sales were poor, he said, on condition of anonymity`: the
			// speaker's request for anonymity, the reporter's account
			// as "speaking on condition ..." is, and no statement
			// follows the cue; another condition is said (`..., she
			// said, on condition that the council pays`).
			return -2
		}
		if r+2 < hi && t.lowerWord() && (s.wordIs(r, "a", "an", "one", "two", "three", "four", "five", "several", "hours", "days", "weeks") || t.flags&fDigit != 0) &&
			(s.toks[r].class&cTime != 0 && s.wordIs(r+1, "after", "before", "since") || s.toks[r+1].class&cTime != 0 && s.wordIs(r+2, "after", "before", "since")) {
			// `Q, a spokeswoman said on Friday, a week after the fire`:
			// the time of the saying, not more of the statement.
			return -1
		}
		if t.lowerWord() && r+1 < hi && s.wordIs(r+1, "by") && (edPast(s.lower(r)) || t.class&cPast != 0) && s.toks[r+1].lowerWord() {
			// `Q, Lee said in a report, issued by the Harbour Trust`,
			// `..., he said, cited by the paper`: a participle and its
			// agent describe the attribution's report or speaker, not
			// more of the statement.
			return -1
		}
		if t.lowerWord() && r+1 < hi && (s.wordIs(r, "without") && s.toks[r+1].lowerWord() && strings.HasSuffix(s.lower(r+1), "ing") || s.wordIs(r, "declining", "refusing") && s.wordIs(r+1, "to")) {
			// `Q, a spokesman said, without elaborating`, `..., declining
			// to be named`: what the speaker did not say, a negated act,
			// not more of the statement.
			return -1
		}
		if f, lead := s.sentenceOf(j).first, s.attributionLead(c, m); s.sourceCited(r, hi) && s.toks[f].class&cSubord == 0 && (s.hasClause(f, lead) || s.presentVerb(f, lead)) {
			// "Ships sank, the agency reported, citing police
			// sources": after a whole clause, where the report came
			// from, the reporter's.
			return -2
		}
		if f, lead := s.sentenceOf(j).first, s.attributionLead(c, m); s.adjunctAt(r) && t.phantoms == 0 && s.toks[f].class&cSubord == 0 && (s.hasClause(f, lead) || s.presentVerb(f, lead)) && !s.clauseAfterComma(r, hi) && !s.speechIn(r, hi) {
			// "The council will close the ferry, Lee said on Monday, in
			// a bid to cut costs": after a front that is a whole main
			// clause (not "If it rains, ..."), a phrase of purpose, time or circumstance is the
			// reporter's setting of the news, not more of what was said,
			// and the cue has no statement after it.
			return -2
		}
		if m.first >= c.last && !s.verbLike(r) && t.class&(cSubjPron|cConj) == 0 && !s.wordIs(r, "that") && !(t.lowerWord() && strings.HasSuffix(s.word(r), "ing")) && !s.mainClauseAt(r, hi) {
			// "said Lee, a lawyer in Norvia": after an inverted
			// attribution, a verb, a clause or a participle goes on
			// with the statement ("said Lee, referring to ...", "said
			// Lee, the town will grow"); a noun phrase is the
			// speaker's apposition.
			return -1
		}
		return r
	}
	return -1
}

// sourceCited reports whether token r opens "citing" or "quoting" (or
// another form of "cite") and the source of a report, people or a body:
// "citing police sources", "citing Ann Lee", "the paper cited unnamed
// officials"; not the evidence, "citing high rents", "citing the report",
// "citing the ten workers who lost their jobs".
func (s *state) sourceCited(r, hi int) bool {
	if !s.toks[r].lowerWord() || !s.wordIs(r, "citing", "quoting", "cited", "cites", "cite") {
		return false
	}
	e := s.npEnd(r+1, hi)
	if e <= r+1 {
		return false
	}
	if e < hi && s.toks[e].lowerWord() && s.wordIs(e, "as", "who", "that") {
		// "citing Lee as a model", "citing the people who fled": the
		// evidence, not the source.
		return false
	}
	h := &s.toks[e-1]
	return h.kind == tWord && (h.class&(cUnnamed|cTitle|cOrg|cBody) != 0 && h.class&cDocument == 0 || s.runAt(e-1) >= 0)
}

// verblessRest reports whether the rest of a split statement at r runs
// to its end with no verb, participle or quotation in it, and opens with
// no conjunction, negation or focusing word ("and the count fair", "not
// in May", "only with the rebels"), which go on with the front.
func (s *state) verblessRest(r, hi int) bool {
	t := &s.toks[r]
	if t.kind != tWord || t.class&(cConj|cNeg|cSubord) != 0 || s.wordIs(r, "not", "only", "rather", "even", "especially", "except", "to") {
		return false
	}
	e := s.contentEnd(r, hi)
	for k := r; k < e; k++ {
		t := &s.toks[k]
		if t.kind == tMark || t.phantoms > 0 || s.verbLike(k) || t.lowerWord() && (strings.HasSuffix(s.lower(k), "ing") || strings.HasSuffix(s.lower(k), "ed")) {
			return false
		}
	}
	return e > r
}

// reportRest reports whether tokens [r, hi) are a subject and a finite
// speech verb with nothing after it but its own tail: "the Herald
// reported on Monday".
func (s *state) reportRest(r, hi int) bool {
	for k := r + 1; k < hi && k < r+12; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		m, ok := s.subjectBefore(k, r)
		return ok && s.mentionStart(m) == r && s.endsClause(c.last, hi)
	}
	return false
}

// sentenceApposition reports whether a noun phrase with an article and
// a relative clause on it opens at r before hi, which comments on the
// sentence before it: "a development that stunned the town", "the
// latest sign that talks stalled".
func (s *state) sentenceApposition(r, hi int) bool {
	if r >= hi || !s.toks[r].lowerWord() || !s.wordIs(r, "a", "an", "another", "the") {
		return false
	}
	for k := r + 1; k < hi && k <= r+4; k++ {
		t := &s.toks[k]
		if !t.lowerWord() {
			return false
		}
		if s.wordIs(k, "that", "which") {
			// A relative clause, its verb right after the pronoun; not
			// a clause that says what the noun holds, "the assumption
			// that Lee will win".
			return k > r+1 && k+1 < hi && s.toks[k+1].lowerWord() && (s.toks[k+1].class&(cAux|cAdverb) != 0 && s.toks[k+1].class&cSubjPron == 0 || s.pastForm(k+1) || presentForm(s.word(k+1)) && s.toks[k+1].class == 0)
		}
		if t.class&(cAux|cSubjPron|cObjPron|cPrep|cConj|cSubord|cDet|cNeg|cSpeech) != 0 || s.pastForm(k) {
			return false
		}
	}
	return false
}

// relativeAsideEnd returns the comma or dash that closes a short relative
// clause opening at i, "who knows him well,", or -1. The clause holds no
// quotation and no speech verb of its own.
func (s *state) relativeAsideEnd(i, hi int) int {
	if i >= hi || !s.toks[i].lowerWord() || !s.wordIs(i, "who", "whose") {
		return -1
	}
	for k := i + 1; k < hi && k <= i+14; k++ {
		t := &s.toks[k]
		switch {
		case k > i+1 && s.splitMark(k):
			return k
		case t.kind == tClitic:
		case t.kind != tWord || t.class&(cSpeech|cSpeechObject|cSpeechWeak|cSpeechAct) != 0 || s.pairOf[k] >= 0:
			return -1
		}
	}
	return -1
}

// appositionRest reports whether a noun phrase with no verb of its own
// runs from token i to the end of the sentence at hi, perhaps with a
// relative clause on it: "first lady", "a sailor who led the club".
func (s *state) appositionRest(i, hi int) bool {
	if f := &s.toks[i]; i >= hi || f.kind != tWord || s.verbLike(i) || f.class&(cSubjPron|cObjPron|cAux|cSubord|cConj|cPrep|cNeg) != 0 {
		return false
	}
	for k := i; k < hi; k++ {
		t := &s.toks[k]
		switch {
		case k >= i+12:
			// A noun phrase that long is no title.
			return false
		case t.lowerWord() && s.wordIs(k, "who", "whose", "which", "that"):
			return k > i
		case t.kind == tPunct:
			return t.isPunct('.') && k+1 >= hi
		case t.kind != tWord || s.pairOf[k] >= 0 || s.verbLike(k) || t.class&(cSubjPron|cAux|cSubord|cSpeech) != 0:
			return false
		}
	}
	return true
}

// appositionEnd returns the comma or dash that closes a short noun phrase
// opening at i, an apposition such as "a local engineer,", or -1. It
// opens with a determiner, a title or a capital, and holds no verb and no
// relative clause.
func (s *state) appositionEnd(i, hi int) int {
	if f := &s.toks[i]; f.kind != tWord || f.class&(cDet|cPossPron|cTitle|cTitleMod) == 0 && !f.capWord() {
		return -1
	}
	for k := i; k < hi && k <= i+10; k++ {
		t := &s.toks[k]
		switch {
		case k > i && s.splitMark(k):
			return k
		case t.kind == tClitic:
		case t.kind != tWord || s.pairOf[k] >= 0 || s.verbLike(k) || t.class&(cSubjPron|cAux|cSubord|cSpeech) != 0 || s.wordIs(k, "who", "whose", "which", "that"):
			return -1
		}
	}
	return -1
}

// restGoesOn reports whether the rest of a split statement starts at r
// after an aside on its inverted speaker: a verb that goes on from the
// front ("never forgets"), or a clause of its own ("the board raised
// fees").
func (s *state) restGoesOn(r, hi int) bool {
	if r >= hi || s.toks[r].kind != tWord || s.relativeOrCue(r) {
		return false
	}
	t := &s.toks[r]
	// A clause of its own runs on for a few words: not "another freed
	// sailor", the end of an aside.
	// A verb in -ed may be a participle on the aside's last noun, "who
	// backs Lee, considered the favourite": not the rest.
	return t.lowerWord() && (s.verbLike(r) && !strings.HasSuffix(s.lower(r), "ed") || t.class&(cAux|cNeg) != 0) || s.mainClauseAt(r, hi) && s.atLeastWords(r, hi, 4)
}

// contentAfter returns the statement a cue introduces: tokens [cs, ce).
// colon reports a colon between them, which in news copy introduces a
// direct quote; split, that the attribution splits a statement whose
// front stands before it: `FRONT, he said, REST`.
func (s *state) contentAfter(c cue, m mention, hi int) (cs, ce int, colon, split, ok bool) {
	hi = s.withClauseEnd(m, c, s.relativeEnd(m, c, s.subordinateEnd(m, c, hi)))
	i := c.last
	if m.first >= c.last {
		i = m.last // inverted: skip the subject
		if m.titleLast > i {
			i = m.titleLast
		}
		if tf, tl := s.appositiveAfter(i, hi); tl > tf {
			i = tl
		}
	}
	afterCue := i
	if m.last <= c.first && (m.kind == mName || m.kind == mPronoun) && strings.HasPrefix(s.lower(c.first), "remind") && i < hi {
		if e := s.skipHearer(i, hi); e > i && e+1 < hi && s.toks[e].lowerWord() && s.wordIs(e, "of") && s.toks[i].class&cObjPron == 0 {
			// "reminded the crowd of remarks Reyes made": what the
			// hearer was reminded of, not the clause inside it; but
			// "reminded voters of Dover that ..." names the hearers'
			// town, and "reminds me of" a likeness.
			if r := s.runAt(e + 1); r >= 0 && s.runs[r].first == e+1 {
				if n := s.runs[r].last; n+1 < hi && s.toks[n].lowerWord() && s.wordIs(n, "of") {
					// "reminded the board of Dover Port of the fee":
					// the hearer's own of-phrase names it.
					e = n
				}
			}
			cs, ce = e, s.contentEnd(e, hi)
			if !s.thatIn(cs, ce) {
				return cs, ce, false, false, s.atLeastWords(cs, ce, 2)
			}
		}
	}
	if i+1 < hi && s.wordIs(i, "to") && s.toks[i].phantoms == 0 && s.toks[i+1].lowerWord() && s.toks[i+1].class&(cDet|cPossPron) != 0 && strings.HasPrefix(s.lower(c.first), "add") {
		// "adding to her run of wins", "added to his portfolio":
		// adding to a thing, not saying; a hearer after "to" is named
		// ("added to reporters").
		return 0, 0, false, false, false
	}
	if i+2 < hi && strings.HasPrefix(s.lower(c.first), "add") && s.toks[i].lowerWord() && s.toks[i].class&cDet != 0 && !s.wordIs(i, "that", "this", "these", "those") {
		if e := s.npEnd(i, hi); e > i+1 && e+1 < hi && s.toks[e].lowerWord() && s.wordIs(e, "which", "that") {
			if _, ok := s.cueAt(e + 1); ok {
				if src, ok := s.npEndingAt(e, i, false); ok && src.relative == e+1 {
					// "added a label which says, ...": a thing
					// attached, whose own words follow as its
					// statement; not said. A thing that cannot
					// speak leaves the words the adder's: "added
					// a note which said, ...".
					return 0, 0, false, false, false
				}
			}
		}
	}
	if i+1 < hi && s.wordIs(i, "by") && s.deedGerund(i+1, hi) && s.replyCue(c) {
		// "responded by closing the port": a deed done in reply, not
		// words; "responded by saying ..." is said.
		return 0, 0, false, false, false
	}
	if c.act && i == c.last && s.infinitiveAct(c.first) && s.infinitiveAt(i, hi) {
		// "vowed to boycott the talks": the act's infinitive, which
		// actContent takes whole, not a hearer after "to" as in "said
		// to reporters the ...".
		return 0, 0, false, false, false
	}
	if j := s.timeBeforeInfinitive(i, hi); !c.act && i == c.last && c.last-c.first == 1 && lowerIn(s.word(c.first), infinitiveCues...) && s.infinitiveAt(j, hi) && s.toks[j+1].phantoms == 0 {
		// The time of the act may come before its infinitive: "agreed
		// on Monday to pay the fine".
		i = j
		if c.participle || m.relative != 0 || c.first > 0 && s.wordIs(c.first-1, "who", "which", "that") {
			return 0, 0, false, false, false
		}
		if k := i + 3; s.wordIs(i+1, "speak", "talk") && s.wordIs(i+2, "on") && (s.wordIs(k, "condition") || s.wordIs(k, "the") && s.wordIs(k+1, "condition")) {
			// "agreed to speak on (the) condition that he not be
			// named": a request for anonymity, not a statement.
			return 0, 0, false, false, false
		}
		// "claimed to know the answer", "agreed to pay the bill": the
		// infinitive is what was claimed or agreed, as after
		// "vowed"; "to pay" is no hearer, nor "the bill" a clause.
		// Not in a relative clause or a participle, which describe
		// the subject: "A woman who claimed to be a nurse said".
		if ce := s.contentEnd(i, hi); ce > i+1 {
			return i, ce, false, false, true
		}
		return 0, 0, false, false, false
	}
	if c.act && i == c.last && i+2 < hi && s.infinitiveAct(c.first) &&
		(s.toks[i].lowerWord() && s.toks[i].class&cPrep != 0 && s.toks[i+1].class&cTime != 0 && s.infinitiveAt(i+2, hi) || s.weekday(i) && s.infinitiveAt(i+1, hi)) {
		// "vowed on Monday to cut aid to towns that ...": the act's
		// infinitive after a time, which actContent takes whole too,
		// not a clause after a later "that"; so after a bare weekday,
		// "vowed Monday to cut aid".
		return 0, 0, false, false, false
	}
	r := s.splitRest(c, m, i, hi)
	if r == -2 {
		return 0, 0, false, false, false
	}
	if r >= 0 {
		// `FRONT, he said, REST`: the attribution splits the statement,
		// and the rest need not look like a clause ("..., that ...",
		// "..., especially in ...", "..., may be ...").
		ce = s.contentEnd(r, hi)
		return r, ce, false, true, ce > r
	}
	i = s.skipCueTail(i, hi, c.object && m.first < c.last)
	if i >= hi {
		return 0, 0, false, false, false
	}
	if i > afterCue && s.skippedPP(afterCue, i) && s.relativeOnTail(afterCue, i, hi) {
		// "informed the board of a plan that would cut costs",
		// "responded with a suit Reyes filed": a relative clause on
		// the noun the cue's phrase ends with, not what was said.
		return 0, 0, false, false, false
	}
	if i > afterCue && (!s.strongClauseStart(i) || s.nameAfterModifier(i)) {
		// "said in a lengthy interview that ...", "said on the
		// network's morning show that ...": a phrase longer than
		// skipCueTail follows, but "that" still opens the statement;
		// so after a name that a modifier and an article lead into,
		// "told a packed Dover town hall that ...".
		if t := s.thatAfterPhrase(i, hi); t > i {
			i = t
		}
	}
	if i > afterCue && s.skippedPP(afterCue, i) && !s.strongClauseStart(i) {
		// "cautioned against reading the early figures as ...": after
		// a prepositional phrase only a clear clause start will do.
		return 0, 0, false, false, false
	}
	if i > afterCue && m.first < c.first && s.skippedPP(afterCue, i) && s.toks[i].capWord() && s.toks[i-1].lowerWord() && s.verblessRest(i, hi) && !s.cueEarlierIn(c.first) {
		// "warned of rising numbers of armed Kestians in Dover", "said
		// at a meeting with visiting Mayor Ann Lee": a name inside the
		// phrase, with no verb after it, is no clause. (Not where a cue
		// before it in the sentence may own the clause the verb ends:
		// "Lee said that ..., he should have insisted on ...".)
		return 0, 0, false, false, false
	}
	if s.circumstanceAt(i, hi) {
		// "told reporters when asked about it", "said while
		// campaigning": the reporter's circumstance of the saying,
		// after which only a colon may open the statement.
		j := i + 2
		for j < hi && j < i+30 && !s.toks[j].isPunct(':') && !s.toks[j].isPunct(';') && s.pairOf[j] < 0 {
			j++
		}
		if j < hi && s.toks[j].isPunct(':') {
			i = j
		}
	}
	if drop, that := s.timeClauseOfAct(c, i, hi); drop {
		// "Lee conceded when polls closed", "a war that Lee declared
		// after he took office": a clause of time right after the
		// act dates it; what was said is not in it.
		return 0, 0, false, false, false
	} else if that > i {
		// "warned when the storm hit that the port would close": what
		// was said follows the dating clause.
		i = that
	}
	t := &s.toks[i]
	if t.isPunct(':') && m.first >= c.last && m.titleLast > m.last && i == m.titleLast && s.toks[i-1].capWord() && i+1 < hi && s.toks[i+1].capWord() {
		// "Q, said Lee, author of Harbour Tales: A History": the colon
		// is in the title of a work the apposition names.
		return 0, 0, false, false, false
	}
	switch {
	case t.isPunct(':'):
		colon = true
		i++
	case t.kind == tWord && strings.EqualFold(s.word(i), "that") && t.flags&fCap == 0:
		if i > afterCue {
			if i = s.thatAfterRelative(i, hi); i < 0 {
				return 0, 0, false, false, false
			}
		}
		if i+1 < hi && (s.toks[i+1].kind == tWord || s.toks[i+1].kind == tClitic) && s.toks[i+1].class&cAux != 0 && s.toks[i+1].class&cSubjPron == 0 && s.toks[i+1].flags&fCap == 0 {
			// "said that was mostly down to ...", "said that's
			// what ...": a demonstrative; but not before a name that
			// is spelt as a modal, "said that May will go".
			break
		}
		i++
		if i < hi && s.toks[i].kind == tWord && s.toks[i].class&cConj != 0 && s.toks[i].class&cSubord == 0 {
			// "denies that and blames the rebels": a demonstrative
			// for what went before, and no clause after it; but "said
			// that, and not the vote, was ..." is a clause.
			return 0, 0, false, false, false
		}
		for i < hi && s.toks[i].isPunct(',') {
			// "said that, if elected, ..."
			i++
		}
		if i < hi && s.toks[i].kind == tWord && (!s.relativeOrCue(i) || s.wordIs(i, "according")) {
			// After "that" the statement may open with anything: "said
			// that on a visit to Kestia, she would ...", "said that,
			// according to the audit, ...", the source and all.
			cs, ce = i, s.contentEnd(i, hi)
			// "counter that effect.": a demonstrative before a lone
			// noun, not a clause.
			return cs, ce, false, false, s.atLeastWords(cs, ce, 2)
		}
	case t.isPunct(','):
		lead := min(s.mentionStart(m), c.first) - 1
		switch {
		case i+1 < hi && s.toks[i+1].kind == tMark:
			i++
		case i+1 < hi && s.stripped && s.toks[i+1].phantoms > 0 && !s.relativeOrCue(i+1) && !(lead > 0 && s.toks[lead].isPunct(',') && s.toks[lead+1].phantoms > 0):
			// `Reyes added,  She is a resident ...`: a stripped mark
			// opens a quote after the comma, also after a fronted
			// phrase, `Last month, Lee said,  We ...`, though not
			// after a quote, `Q1,  said Lee,  Q2`, nor where the mark
			// closed a quote whose attribution follows: in `... and
			// talks will continue,  Lee said in a speech` the verb is
			// the quote's; but the speaker's "I" or "we" opens a
			// quote, `Lee replied,  I ve always found ...`, and so
			// does a clause reported in it, `telling reporters,  Many
			// people said he should go.`
			if !s.wordIs(i+1, "I", "we", "We", "you", "You") && s.closingAttribution(i+1, hi) {
				return 0, 0, false, false, false
			}
			i++
			colon = true
		case i+1 < hi && lead > 0 && s.toks[lead].isPunct(','):
			// `FRONT, Lee agreed to pay the bill, and ...`: an
			// attribution set off that splitRest did not take has a
			// complement of its own, and what follows is no statement.
			return 0, 0, false, false, false
		case i+1 < hi && !s.relativeOrCue(i+1) && (s.clauseAhead(i+1, hi) || s.focusEven(i+1)):
			// "says, rain or shine on Friday's march, she's going",
			// "said, even if it rains, ..."
			i++
		case i+1 < hi && !s.relativeOrCue(i+1) && s.asClause(m, c):
			// "As Lee noted, the vote was close"
			i++
		default:
			// "said, when asked about the plan, that the city ...":
			// an aside between the cue and its "that".
			that := s.thatAfterAside(i+1, hi)
			if that == 0 {
				return 0, 0, false, false, false
			}
			i = that + 1
		}
	}
	if i < hi && (s.gapped(m) && s.word(s.mentionStart(m)-1) != "what" || (s.gapped(m) || i == c.last && m.last <= c.first && s.toks[i].class&cAux != 0 && s.toks[i].class&cSubjPron == 0) && !s.subjectNP(s.mentionStart(m)-1)) && s.toks[i].kind == tWord && s.toks[i].flags&fCap == 0 {
		// A verb right after the cue has lost its subject to the
		// clause around it: "a probe the agency said was ongoing",
		// "what he said was waning trust".
		// "which the council said will take effect in May": the statement is
		// the relative clause, its subject the relative pronoun. A
		// thing added or written is still no statement: "a season in
		// which she could add a cup to her shelf".
		cs, ce = i, s.contentEnd(i, hi)
		if i == afterCue && s.writtenObject(c, cs, ce) {
			return 0, 0, false, false, false
		}
		return cs, ce, false, false, ce > cs
	}
	if i >= hi || !s.clauseInitial(i) && !(colon && s.stripped && s.toks[i].phantoms > 0) {
		// A stripped mark after the comma opens a quote, whatever its
		// first word: `she added,  and we ...`.
		return 0, 0, false, false, false
	}
	if s.relativeOrCue(i) && !(i > afterCue && i+1 < hi && s.wordIs(i, "who", "which") && s.toks[i+1].lowerWord() && s.toks[i+1].class&cSubjPron != 0 && strings.HasPrefix(s.lower(c.first), "ask") && !s.orderAfterRelative(i+2, hi)) {
		// "said Jo Park, who voted ...": a relative clause; but after a
		// hearer, "asked the experts who they would back" puts a
		// question, its subject right after "who". An infinitive after
		// the clause's verb is what the hearer was asked to do: "asked
		// the workers who they had met to leave".
		return 0, 0, false, false, false
	}
	if !colon && s.circumstanceAt(i, hi) {
		// No colon after the circumstance: nothing is stated.
		return 0, 0, false, false, false
	}
	if !colon && i+1 < hi && s.wordIs(i, "as") && s.toks[i].flags&fCap == 0 && (s.wordIs(i+1, "if", "though") || i > afterCue && s.toks[i+1].class&cSubjPron != 0) {
		// "responded as though she had been slighted", and after the hearer
		// or a phrase of the verb's own, "told aides as she worked on
		// the speech", "said Friday as he left": the manner or the time
		// of the saying, not what was said.
		return 0, 0, false, false, false
	}
	if !colon && i+1 < hi && s.toks[i].lowerWord() && s.wordIs(i, "based") && s.wordIs(i+1, "on", "upon") {
		// "said based on their own figures": what the saying rests on.
		return 0, 0, false, false, false
	}
	cs = i
	ce = s.contentEnd(cs, hi)
	if s.beforeMeansCue(cs, ce) < ce {
		// "explained the plan by saying: ...": the plan is what the
		// saying is about; what was said follows the participle.
		return 0, 0, false, false, false
	}
	if s.mannerOfSaying(cs) {
		// "explained it this way: ...", "said it best when he wrote":
		// how it was put; what was said, if anything, comes after.
		return 0, 0, false, false, false
	}
	if !colon && i > afterCue+1 && s.wordIs(afterCue, "to") && s.toks[afterCue].flags&fCap == 0 && s.replyCue(c) && !s.verbBetween(cs, ce) {
		// "responded to a deal between the two Dover parties": the
		// rest of what the cue answered, not a clause it said.
		return 0, 0, false, false, false
	}
	words := s.wordsIn(cs, ce)
	if words < 2 && !(colon && words == 1) && !(words == 1 && s.answer(cs)) && !(words == 1 && s.deniedNoun(c, cs)) {
		return 0, 0, false, false, false
	}
	if !colon && i == afterCue && s.writtenObject(c, cs, ce) {
		return 0, 0, false, false, false
	}
	if !colon && i == afterCue && strings.HasPrefix(s.lower(c.first), "agree") && s.toks[cs].lowerWord() && s.toks[cs].class&(cDet|cPossPron) != 0 && !s.wordIs(cs, "that", "this", "these", "those") && !s.verbBetween(cs, ce) {
		// "The council agreed a budget with the port": a deal struck,
		// not a statement, unlike "agreed the plan was sound".
		return 0, 0, false, false, false
	}
	return cs, ce, colon, false, true
}

// thatIn reports whether "that" stands in [a, b).
func (s *state) thatIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "that") {
			return true
		}
	}
	return false
}

// deedGerund reports whether a gerund that is no speech verb opens
// [k, hi), perhaps after an adverb: "abruptly closing", "helping".
func (s *state) deedGerund(k, hi int) bool {
	if k+1 < hi && s.toks[k].lowerWord() && strings.HasSuffix(s.word(k), "ly") {
		k++
	}
	t := &s.toks[k]
	return t.lowerWord() && len(s.word(k)) > 4 && strings.HasSuffix(s.word(k), "ing") && t.class&(cSpeech|cSpeechAct|cFinding|cUser|cNaming|cPhrasal) == 0
}

// writtenObject reports whether [cs, ce), right after a verb of writing
// or conceding with no "that", is the thing written or given up rather
// than a clause: "wrote a letter to the mayor", "writing checks",
// "conceded the race". It has no verb of its own and none of the
// speaker's marked words; so is a thing added ("added 5,000 jobs").
// After "found" a reflexive pronoun is where the subject ended up:
// "found itself in court".
func (s *state) writtenObject(c cue, cs, ce int) bool {
	switch s.lower(c.first) {
	case "write", "writes", "wrote", "writing", "written":
		if s.writtenDocument(cs, ce) && !(s.documentSubject(cs, ce) && !s.thatBefore(c.first)) {
			return true
		}
	case "concede", "conceded", "concedes", "conceding":
	case "find", "finds", "found", "finding":
		// "the bank found itself at the centre of the crisis": where
		// it ended up, not what it found.
		return s.reflexive(cs)
	case "observe", "observed", "observes", "observing":
		// "observed the vote", "observing training": watching, not
		// saying. What is observed in words comes as a clause.
	case "add", "adds", "added", "adding":
		// "add three officials to a blacklist", "added 5,000 jobs":
		// adding something, not saying. What is added in words comes
		// as a clause, in marks or after "that".
	default:
		return false
	}
	for k := cs; k < ce; k++ {
		if t := &s.toks[k]; t.kind == tMark || t.kind == tClitic && !s.possessiveClitic(k) || s.spaced && t.phantoms > 0 {
			return false
		}
	}
	return !s.hasClause(cs, ce) || s.addedTo(c, cs, ce)
}

// addedTo reports whether a short object after "add" is put "to" a
// thing before any verb: "added the town to the list of places that
// need roads", "adding weight to a claim that may ...", where a clause later
// on belongs to the thing, not to words added; but "added the port was
// sold to Acme" has its verb first.
func (s *state) addedTo(c cue, cs, ce int) bool {
	if !strings.HasPrefix(s.lower(c.first), "add") {
		return false
	}
	for k := cs + 1; k+1 < ce && k <= cs+6; k++ {
		t := &s.toks[k]
		if t.kind != tWord || s.verbLike(k) || s.mainClauseAt(k-1, ce) || t.class&(cSubord|cConj|cSubjPron|cNeg) != 0 {
			return false
		}
		if t.lowerWord() && s.wordIs(k, "to") {
			return s.toks[k+1].lowerWord() && s.toks[k+1].class&(cDet|cPossPron) != 0 && !s.wordIs(k+1, "that", "this") && !s.presentVerb(cs, k)
		}
	}
	return false
}

// mannerOfSaying reports whether "it" at k opens the manner of a
// saying, not a clause: "it this way", "it like this", "it best".
func (s *state) mannerOfSaying(k int) bool {
	if !s.toks[k].lowerWord() || !s.wordIs(k, "it") {
		return false
	}
	if s.wordIs(k+1, "best", "bluntly", "plainly", "simply", "succinctly") {
		// but "said it best suits the town": a clause
		if k+2 >= len(s.toks) {
			return true
		}
		v := &s.toks[k+2]
		return !s.verbLike(k+2) && !(v.lowerWord() && v.class == 0 && presentForm(s.word(k+2)))
	}
	return s.wordIs(k+1, "this") && s.wordIs(k+2, "way") || s.wordIs(k+1, "like") && s.wordIs(k+2, "this")
}

// writtenDocument reports whether [cs, ce) is a document a few words
// after its determiner, with no "that" or quotation after it: "a
// signed, two-page letter to the mayor", "its constitution". Words in
// -ed before the noun are adjectives, not a clause's verb.
func (s *state) writtenDocument(cs, ce int) bool {
	if cs >= ce || s.toks[cs].class&(cDet|cPossPron) == 0 || s.wordIs(cs, "that", "what", "which") {
		return false
	}
	for k := cs; k < ce; k++ {
		// "a book called “Long Road”": a title in marks, also stripped.
		if t := &s.toks[k]; t.kind == tMark || s.spaced && t.phantoms > 0 || s.wordIs(k, "that") || t.class&cNaming != 0 || t.class&(cSpeech|cSpeechAct) != 0 && strings.HasSuffix(s.word(k), "ing") {
			return false
		}
	}
	for j := cs + 1; j < ce && j <= cs+5; j++ {
		t := &s.toks[j]
		if t.kind == tWord && t.class&(cAux|cSubjPron|cSubord) != 0 {
			return false
		}
		if t.kind == tWord && t.class&cDocument != 0 {
			return true
		}
	}
	return false
}

// documentSubject reports whether the first document noun in [cs, cs+5]
// is followed by a finite verb, the subject of a clause: "wrote the
// report was flawed".
func (s *state) documentSubject(cs, ce int) bool {
	for j := cs + 1; j+1 < ce && j <= cs+5; j++ {
		if t := &s.toks[j]; t.kind == tWord && t.class&cDocument != 0 {
			return s.finiteAfterNoun(j + 1)
		}
	}
	return false
}

// thatBefore reports whether a "that" stands a few words before the
// cue at k in its clause: the writing is itself in a clause, "the news
// that Kestia wrote the report did not go down well", and the verb after
// the document is the outer clause's.
func (s *state) thatBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if t := &s.toks[j]; t.kind != tWord {
			return false
		}
		if s.wordIs(j, "that") {
			return true
		}
	}
	return false
}

// finiteAfterNoun reports whether token k, right after a noun, is the
// finite verb of a clause the noun is the subject of: "the report was",
// "his plan would", "the report shows", "the report found"; not a
// participle, "a letter signed by", "a letter sent to".
func (s *state) finiteAfterNoun(k int) bool {
	t := &s.toks[k]
	if !t.lowerWord() {
		return false
	}
	if t.class&cAux != 0 && t.class&cSubjPron == 0 || t.class == 0 && presentForm(s.word(k)) {
		return true
	}
	return s.pastForm(k) && !s.wordIs(k+1, "by", "to", "for", "in", "on", "with", "at", "from")
}

// possessiveClitic reports whether the clitic at k is the "'s" of a
// possessive after a noun, "a children's book" (or its stripped "s",
// "a children s book"), and not the "is" or "has" of a subject, "it's",
// "that's".
func (s *state) possessiveClitic(k int) bool {
	if k == 0 || !s.wordIs(k, "'s", "’s") && !(s.toks[k].flags&fStrippedTail != 0 && s.lower(k) == "s") {
		return false
	}
	p := &s.toks[k-1]
	return p.kind == tWord && p.class&(cSubjPron|cDet|cSubord|cAdverb) == 0 && !s.wordIs(k-1, "that", "there", "what", "who", "here", "where", "how")
}

// callOnDate returns where the statement of "called on" starts when the
// "on" was a date's and the act's own preposition follows the date:
// "called on Tuesday for an inquiry", "called on May 3 on the council to
// act". Otherwise it returns -1.
func (s *state) callOnDate(c cue, hi int) int {
	i := c.last
	if i >= hi || c.last-c.first != 2 || s.word(c.last-1) != "on" || !isWeekday(s.word(i)) && !s.dateAt(i) {
		return -1
	}
	j := i + 1
	for j < hi && j < i+4 && (s.toks[j].flags&fDigit != 0 || s.toks[j].isPunct('.') || s.toks[j].class&cTime != 0) {
		j++
	}
	if j+1 < hi && s.wordIs(j, "for", "on") {
		return j + 1
	}
	return -1
}

// actContent returns the statement of a speech act, its complement up to
// the end of the clause: "urged [voters to stay home]", "accused [the
// mayor of lying]", "called for [an inquiry]". A preposition right after
// the verb makes it a participle of a passive ("accused of spying",
// "praised by critics"), with no statement.
func (s *state) actContent(c cue, m mention, hi int) (cs, ce int, ok bool) {
	if m.first >= c.last {
		return 0, 0, false // inverted: `Q, urged Lee`
	}
	hi = s.withClauseEnd(m, c, s.relativeEnd(m, c, s.subordinateEnd(m, c, hi)))
	i := c.last
	for i < hi {
		t := &s.toks[i]
		if t.kind == tWord && t.flags&fCap == 0 && t.class&cAdverb != 0 && t.class&(cPrep|cDet) == 0 {
			i++
			continue
		}
		if t.kind == tWord && t.class&cPrep != 0 && i+1 < hi && s.toks[i+1].class&cTime != 0 {
			i += 2 // "promised on Tuesday to ..."
			continue
		}
		if t.kind == tWord && s.weekday(i) && i+2 < hi && s.wordIs(i+1, "to") && s.toks[i+1].lowerWord() && s.toks[i+2].lowerWord() {
			i++ // "promised Tuesday to ...", as American papers date it
			continue
		}
		break
	}
	if j := s.callOnDate(c, hi); j > 0 {
		i = j
	}
	if i >= hi {
		return 0, 0, false
	}
	t := &s.toks[i]
	opened := false
	if c.naming && s.spaced && i+1 < hi && s.wordIs(i, "as") && s.toks[i+1].phantoms > 0 && s.toks[i+1].kind == tWord {
		// `whom she described as  decent `: what was described stands
		// before the cue, and a stripped mark after "as" opens the
		// speaker's word for it.
		i++
		t = &s.toks[i]
		opened = true
	} else if t.kind == tPunct || t.kind == tWord && t.class&(cPrep|cSubord|cConj) != 0 && t.flags&fCap == 0 && !s.wordIs(i, "to") && (c.last-c.first == 1 || c.naming) {
		return 0, 0, false
	}
	cs, ce = i, s.contentEnd(i, hi)
	ce = s.beforeGappedCue(cs, ce)
	ce = s.beforeNextAct(c, cs, ce)
	ce = s.beforeNewClause(cs, ce)
	ce = s.beforeActAfterObject(cs, ce, hi)
	ce = s.beforeTimeClause(cs, ce)
	ce = s.beforeRelativeCue(cs, ce)
	if s.feelingVoiced(c.first) > c.first {
		ce = s.beforeAsideCue(cs, ce)
	}
	ce = s.beforeSubordinateCue(cs, ce)
	if s.beforeMeansCue(cs, ce) < ce {
		// "defended the cuts by arguing that ...": so for an act.
		return 0, 0, false
	}
	if opened {
		// The mark that closes the words ends the statement, also at
		// the end of its sentence, `as  a good start. ⏎`.
		for k := cs + 1; k <= ce && k < len(s.toks); k++ {
			if s.toks[k].phantoms > 0 {
				return cs, k, true
			}
		}
		if e := s.sentEnd(cs); ce >= e-1 && s.closedAtEnd(e) {
			return cs, ce, true
		}
		return 0, 0, false
	}
	if c.naming {
		// "called the plan “a disaster”", "described it as  a mess ":
		// the speaker's words must be in it, or a person must be named
		// something ("called him divisive"), which no other sense of
		// the verb does ("called an emergency session").
		for k := cs; k < ce; k++ {
			if k > cs && s.toks[k].lowerWord() && s.toks[k].class&cSubord != 0 && s.toks[k].class&cPrep == 0 && !s.wordIs(k, "that", "which", "who", "whom", "whose") {
				// "called the poll in hopes his bloc keeps the seats,
				// where it holds a  super majority ": words quoted in
				// a clause after the object name nothing.
				break
			}
			if p := s.pairOf[k]; s.toks[k].kind == tMark && p >= 0 {
				cl := s.pairs[p].close
				if cl+1 < ce && s.toks[cl+1].isPunct('(') {
					// `called them “crooks” (though she allowed ...)`:
					// the aside after the words is the reporter's.
					return cs, cl + 1, true
				}
				// The name given ends the statement when a comma or a
				// dash sets off what follows: `called it “a mess” — a
				// word he chose`, `called it “a mess,” a dig at Lee`;
				// but a list goes on with more of the speaker's words:
				// `called him “a crook,” a “liar” and “lazy”`.
				if e := cl + 1; e < ce && (s.splitMark(e) || s.toks[e-2].isPunct(',')) && !s.quoteListAt(e, ce) {
					ce = e
				}
				if e := cl + 1; e < ce && s.toks[e].lowerWord() && s.wordIs(e, "and", "but") && s.unquotedRest(e+1, ce) {
					// `called it “a mess” and left the room`, `called him
					// “a crook” and he denied it`: with none of the
					// speaker's words after "and", the rest is another
					// act or the reporter's clause, not a name given.
					ce = e
				}
				if e := cl + 1; e < ce && k <= cs+1 && s.namedWhat(m) && s.toks[e].lowerWord() && (s.wordIs(e, "in", "at", "on", "during", "after", "before", "since", "when", "while") || s.verbLike(e)) {
					// "began what Lee called “a golden age” in her memoir":
					// what "what" stands for is the name given, and the
					// words after it are the reporter's.
					ce = e
				}
				return cs, ce, true
			}
			if s.spaced && k > cs && s.toks[k].flags&fWide != 0 {
				for j := k + 1; j < ce && j < k+12; j++ {
					if s.toks[j].isPunct('(') && s.toks[j].flags&fWide != 0 {
						return cs, j, true // the same, its marks stripped
					}
				}
				o, e := k, s.nextStrippedMark(k+1, ce)
				if s.toks[cs].phantoms > 0 && s.toks[cs].flags&fNewline == 0 {
					// The mark opened at the name given: k closes it.
					o, e = cs, k
				}
				if e > 0 && (s.toks[e].phantoms > 1 && s.toks[e].kind == tWord || s.toks[e-1].isPunct(',') || s.splitMark(e)) && !s.strippedListAt(e, ce) {
					// `called it  a mess    a word he chose`, `called
					// it  a mess,  a dig at Lee`: as with marks, what a
					// comma or stripped dash sets off after the name
					// given is the reporter's.
					ce = e
				} else if e > 0 && o <= cs+1 && s.namedWhat(m) && s.toks[e].lowerWord() && (s.wordIs(e, "in", "at", "on", "during", "after", "before", "since", "when", "while") || s.verbLike(e)) {
					// `began what Lee called  a golden age  in her memoir`.
					ce = e
				} else if e > 0 && s.toks[e].lowerWord() && s.wordIs(e, "and", "but") && s.unquotedRest(e+1, ce) {
					// `called him  a crook  and he denied it`: as with
					// marks, with none of the speaker's words after
					// "and" the rest is not the name given.
					ce = e
				}
				return cs, ce, true
			}
		}
		if w := s.lower(c.first); strings.HasPrefix(w, "describ") || strings.HasPrefix(w, "refer") || strings.HasPrefix(w, "portray") || strings.HasPrefix(w, "hail") {
			// Describing, portraying, hailing or referring to something
			// as something is always a statement: "described the plan as
			// a mess", "portrayed the tax as a theft", "hailed him as a
			// hero".
			for k := cs + 1; k+1 < ce; k++ {
				if s.wordIs(k, "as") && s.toks[k].flags&fCap == 0 && s.toks[k+1].class&cSubjPron == 0 {
					// but "hailed Lee as she arrived": a time
					return cs, ce, true
				}
			}
		}
		if ce-cs >= 2 && strings.HasPrefix(s.lower(c.first), "describ") && s.toks[cs].class&(cObjPron|cSubjPron|cTime) == 0 && !s.reflexive(cs) && !s.wordIs(cs, "this", "that", "these", "those") && s.accountOf(cs, ce) {
			// "described donors seeking meetings", "described how
			// it began": an account of something that happened.
			return cs, ce, true
		}
		// "called him divisive"; not a call made at a time, "called me
		// two days later", "called her every day", "called him back".
		// An adverb of repetition may stand before the name given,
		// "called him again a liar", "called her once more a fraud",
		// but not before a time, "called him again the next day".
		n := cs + 1
		if s.wordIs(n, "again", "repeatedly") {
			n++
		} else if n+1 < ce && s.wordIs(n, "once") && s.wordIs(n+1, "more") {
			n += 2
		}
		if ce-cs >= 2 && n < ce && (n == cs+1 || !s.timeOnly(n, ce)) && strings.HasPrefix(s.lower(c.first), "call") && s.toks[cs].flags&fCap == 0 && (s.toks[cs].class&cObjPron != 0 && !s.wordIs(cs, "it", "us") || s.reflexive(cs)) && s.toks[n].kind == tWord && s.toks[n].class&(cPrep|cConj|cSubord|cTime) == 0 && !s.count(n) && !s.wordIs(n, "back", "again", "every", "last", "next", "once", "twice") {
			return cs, ce, true
		}
		if strings.HasPrefix(s.lower(c.first), "call") {
			if e := s.personCalled(cs, ce); e > cs {
				return cs, e, true
			}
			if e := s.thingCalled(c, cs, ce); e > cs && !(m.kind == mPronoun && s.wordIs(m.first, "it")) {
				// Not after "it", whose body the text leaves to the
				// reader more often than for a plain "said".
				return cs, e, true
			}
		}
		return 0, 0, false
	}
	// "railed against the banks", "lashed out at Lee", "voiced anger at
	// Lee": a target, as after "criticized", also of one word.
	target := c.last-c.first > 1 && (s.wordIs(c.first, "railed", "railing", "rails", "lashed", "lashing", "lashes") || s.feelingVoiced(c.first) > c.first)
	if c.last-c.first == 1 && strings.HasPrefix(s.lower(c.first), "demand") {
		// "demanded a new name because it says ...": the reason is
		// the reporter's, and its statement its own.
		for k := cs + 1; k < ce; k++ {
			if s.pairOf[k] < 0 && s.toks[k].lowerWord() && s.toks[k].class&cSubord != 0 && !s.wordIs(k, "that", "which", "who", "whom", "whose", "whether", "if") {
				if s.wordIs(k, "as") && k+1 < ce && s.toks[k+1].kind == tWord && s.toks[k+1].class&(cDet|cPossPron|cTitle) != 0 && s.toks[k+1].class&cSubjPron == 0 && !s.hasClause(k+1, ce) {
					// "demanded his return as a pilot": a role, no
					// reason.
					continue
				}
				ce = k
				break
			}
		}
	}
	if c.last-c.first > 1 && !target || strings.HasPrefix(s.lower(c.first), "demand") {
		// "called for an inquiry", "demanded an apology", whose bare
		// object is what was asked for; one word before the speaker's
		// next act, "called for calm and left", "warned of shortages,
		// and said".
		return cs, ce, ce-cs >= 2 || ce-cs == 1 && s.toks[cs].kind == tWord && ce < hi && (s.wordIs(ce, "and", "but") || s.toks[ce].isPunct(',') && ce+1 < hi && s.wordIs(ce+1, "and", "but"))
	}
	if a := s.putFigure(c.first); a > cs && a < ce {
		// "put the toll at 12": the figure given is the statement.
		return cs, ce, true
	}
	if n := s.toldStory(c.first); n >= cs && n < ce {
		// "told a joke", "told a tale of two towns": the story is what
		// was said, with no clause after it.
		return cs, ce, true
	}
	if s.infinitiveAt(cs, ce) {
		// "vowed to resign", "promised to cut taxes": an infinitive.
		return cs, ce, true
	}
	if t := &s.toks[cs]; t.lowerWord() && t.class == 0 && len(s.word(cs)) > 5 && strings.HasSuffix(s.word(cs), "ing") && cs+1 < ce && s.toks[cs+1].kind == tWord && s.toks[cs+1].class&(cPrep|cConj|cSubord|cAux) == 0 {
		// "proposed barring all trucks", "urged raising taxes": a
		// gerund and its object say what was proposed.
		return cs, ce, true
	}
	// A bare object says nothing ("defended the vote"): the complement
	// must go on, with an infinitive, a reason, a charge or a verb
	// ("urged voters to stay home", "criticized Lee for ..."), in a
	// title-case headline capitalised ("Lee Urges Voters To Stay Home").
	headline := s.sentFlags[s.sentOf[cs]]&sentTitleCase != 0
	// The setting after a bare object holds no complement: "denounced
	// the tax before a meeting of the council" has none in "of".
	set := s.settingAfterObject(c, cs, ce)
	for k := set + 1; k < ce && k <= set+12 && s.pairOf[k] < 0 && !s.toks[k].isPunct(','); k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "for", "over", "as") {
			// "attacked Lee during the spring for her votes": the
			// charge comes after the setting.
			set = ce
			break
		}
	}
	for k := cs + 1; k+2 < ce; k++ {
		if s.pairOf[k] < 0 && s.toks[k].lowerWord() && s.wordIs(k, "and", "but") && s.toks[k+1].lowerWord() && s.toks[k+1].class&cCognition != 0 && (s.wordIs(k+2, "that") || s.toks[k+2].kind == tWord && s.toks[k+2].class&(cDet|cSubjPron|cPossPron) != 0 && s.toks[k+2].class&cObjPron == 0 || s.toks[k+2].capWord()) {
			// "criticized the raids and fear the army will stay": the
			// speaker's belief after the object, not part of it.
			ce = k
			set = min(set, ce)
			break
		}
	}
	for k := cs + 1; k < set; k++ {
		t := &s.toks[k]
		if t.kind == tMark && t.flags&fPossessiveMark == 0 || s.spaced && s.marksIn(k, k+1) > 0 || s.verbLike(k) {
			// The speaker's words, in marks or in the spaces that
			// stripped marks left: "promised to  end  the tax".
			return cs, ce, true
		}
		if t.kind == tWord && (t.flags&fCap == 0 || headline) && (s.wordIs(k, "to", "of", "for", "as", "that", "over", "about", "against") || s.wordIs(k, "on") && strings.HasPrefix(s.lower(c.first), "blam")) &&
			!(k+1 < ce && s.toks[k+1].class&cTime != 0) {
			// "blamed the delay on the council": the charge and whom
			// it falls on.
			return cs, ce, true
		}
	}
	// "promised a new port", "promised an inquiry": what was promised,
	// as doc.go says a pledge or a promise is said.
	promise := strings.HasPrefix(s.lower(c.first), "promis") && ce-cs >= 2 && s.toks[cs].lowerWord() && s.wordIs(cs, "a", "an")
	if (slices.Contains(judgementVerbs, s.lower(c.first)) || target || promise) && (s.toks[cs].class&(cTime|cObjPron) == 0 || s.possessivePronoun(cs, ce)) && !s.wordIs(cs, "this", "that", "these", "those") || strings.HasPrefix(s.lower(c.first), "question") && s.possessedObject(cs, ce) {
		// "criticized the plan during a debate": the target, without
		// the setting after it. A pronoun tells the reader nothing, and
		// after a quotation "cited it" takes the quotation as evidence.
		ce = set
		for k := cs + 1; k < ce; k++ {
			t := &s.toks[k]
			if s.pairOf[k] < 0 && t.kind == tWord && (t.class&cTime != 0 && t.class&cDet == 0 && !s.possessorAt(k+1) && !s.timeModifier(cs, k, ce) || t.flags&fCap == 0 && s.wordIs(k, "during", "after", "before", "while", "when")) {
				// "in the past", "this week": back to the object; but
				// "the night's winner" is the object, its time word a
				// possessor.
				for ce = k; ce-1 > cs && s.toks[ce-1].lowerWord() && (s.toks[ce-1].class&(cDet|cPrep) != 0 || isArticle(s.word(ce-1))); ce-- {
				}
				break
			}
		}
		if ce > cs {
			return cs, ce, true
		}
	}
	return 0, 0, false
}

// timeModifier reports whether the time word at k, in the object [cs,
// ce), qualifies the noun after it, right after the object's article or
// possessive: "touted his recent wins", "praised the past work"; but
// not "in the past", "over the past week".
func (s *state) timeModifier(cs, k, ce int) bool {
	if k-1 < cs || k+1 >= ce || !s.wordIs(k, "recent", "past", "latest", "earlier", "previous", "former", "future") {
		return false
	}
	d := &s.toks[k-1]
	if d.kind != tClitic && !(d.lowerWord() && d.class&(cDet|cPossPron) != 0) {
		return false
	}
	if k-2 >= cs && s.toks[k-2].lowerWord() && s.toks[k-2].class&cPrep != 0 {
		return false
	}
	n := &s.toks[k+1]
	return n.lowerWord() && n.class&(cTime|cPrep|cConj|cDet) == 0
}

// settingAfterObject returns where the setting of a speech act starts
// after its bare object [cs, ce), or ce: "denounced the ferry tax
// following the vote", "praised the plan after the vote", "announced the
// plan on Sunday" tell when the act was done, not what was said. An
// object that goes on with a complement or a clause ("urged Lee to act
// after the vote", "accused him of lying before the court") keeps it.
func (s *state) settingAfterObject(c cue, cs, ce int) int {
	mem := s.recallCue(c)
	if s.wordIs(cs, "to", "that") || s.toks[cs].kind != tWord || s.toks[cs].class&cSubjPron != 0 || s.verbLike(cs) {
		return ce
	}
	for k := cs + 1; k < ce && k < cs+16; k++ {
		t := &s.toks[k]
		if (t.kind == tClitic || t.kind == tMark) && s.possessive(k) {
			continue // "the mayor's plan", "the Reyes’ plan"
		}
		if t.kind != tWord || s.pairOf[k] >= 0 {
			return ce
		}
		if t.capWord() && s.weekday(k) && !s.toks[k-1].capWord() && (k+1 == ce || s.toks[k+1].kind != tWord || s.toks[k+1].class&(cPrep|cTime) != 0) && !s.wordIs(k-1, "on", "in") {
			return k // "announced the plan Thursday"
		}
		if !t.lowerWord() {
			continue
		}
		if s.wordIs(k, "after", "before", "despite", "amid", "during") || s.followingPrep(k, ce) && k+1 < ce && s.toks[k+1].kind == tWord && s.toks[k-1].class&cDet == 0 {
			return k
		}
		if !mem && (s.wordIs(k, "even") && s.wordIs(k+1, "as", "though", "while") || s.wordIs(k, "as", "when", "while") && k+2 < ce && s.toks[k+1].class&cSubjPron != 0 && s.toks[k+1].class&cDet == 0 && !(s.wordIs(k, "when") && s.toks[k-1].lowerWord() && s.toks[k-1].class&cTime != 0)) && !(s.spaced && s.marksIn(cs, k+1) > 0) {
			// "conceded some errors even as she defended the plan",
			// "mocked his rivals as they spoke": the speaker's own
			// circumstance, not what was said; but words in stripped
			// marks lead into it, `shouted  Go home  as she left`, as
			// they do in marks, and "the day when she left" is a
			// relative.
			return k
		}
		if !mem && (s.wordIs(k, "ahead") && s.wordIs(k+1, "of") || s.wordIs(k, "in", "on") && s.wordIs(k+1, "the") && s.wordIs(k+2, "wake", "eve") && s.wordIs(k+3, "of")) {
			return k // "ahead of the vote", "in the wake of the defeat"
		}
		if s.wordIs(k, "on", "in") && k+1 < ce && s.toks[k+1].class&cTime != 0 && s.toks[k+1].class&cDet == 0 && !s.wordIs(k+1, "last", "next", "past", "following", "early", "late", "earlier", "later") && !s.objectAfterTime(k+1, ce) {
			return k // "on Sunday", "in recent weeks"
		}
		if t.class&(cAux|cSubjPron|cSubord|cConj) != 0 || s.verbLike(k) || s.wordIs(k, "to", "of", "for", "as", "that", "over", "about", "against", "from", "by", "which", "who", "whom", "whose") {
			return ce
		}
	}
	return ce
}

// objectAfterTime reports whether the object goes on after the time
// words at k, before ce: the day starts a compound, "a ban on Sunday
// trading", or a phrase of the object follows it, "a poll on Thursday on
// the budget", "a strike on Monday by dock workers". A setting, a
// conjunction or the end of the clause does not.
func (s *state) objectAfterTime(k, ce int) bool {
	e := k
	for e < ce && e < k+3 && s.toks[e].kind == tWord && s.toks[e].class&cTime != 0 {
		e++
	}
	if e >= ce || !s.toks[e].lowerWord() {
		return false
	}
	return !s.wordIs(e, "after", "ahead", "amid", "and", "as", "at", "before", "but", "during", "following", "in", "when", "while", "with")
}

// recallCue reports whether cue c recalls or foresees, so that a
// setting after its object is part of what was recalled or foreseen:
// "recalled the storm as it hit Dover", "predicted a win ahead of
// schedule".
func (s *state) recallCue(c cue) bool {
	return hasStem(s.lower(c.first), "describ", "forecast", "foresaw", "foresee", "predict", "recall", "recount", "remember")
}

// settingEnd returns where the statement [cs, ce), the bare object of
// its cue, ends before the setting of the act (settingAfterObject), or
// ce: when the setting holds a verb before its first comma it may be a
// subordinate clause of the statement ("said the plan after the vote was
// flawed"), and a quotation in it may be the speaker's.
func (s *state) settingEnd(c cue, cs, ce int) int {
	if c.finding || s.futureCall(c) || strings.HasPrefix(s.lower(c.first), "report") {
		// What a poll showed or a firm reported holds its own time,
		// "showed Lee losing ground after the debate", "reported a
		// loss in May", and so does what is called for: "called for a
		// strike on Friday".
		return ce
	}
	k := s.settingAfterObject(c, cs, ce)
	if w := s.lower(c.first); k == ce || k > cs+2 && (strings.HasPrefix(w, "sa") || strings.HasPrefix(w, "tel") || w == "told") {
		// After "said" a longer object is a clause's subject and verb
		// in the present: "said the fee rises after May". Not "said
		// the same in May".
		return ce
	}
	if ce-k > 40 {
		return ce // a long tail: leave it, as the scans below are bounded
	}
	if s.wordIs(cs, "of") && strings.HasPrefix(s.lower(c.first), "remind") {
		for j := k + 1; j < ce; j++ {
			if s.toks[j].isPunct(',') && j+1 < ce && (s.wordIs(j+1, "which", "who", "whom", "whose", "that", "when", "where") || j+2 < ce && s.toks[j+1].class&cPrep != 0 && s.wordIs(j+2, "which", "whom")) {
				// "reminded reporters of the vote in May, which she
				// lost", "of the flood in March, when hundreds fled":
				// a relative clause after the comma is about the vote,
				// so the phrase before it is the vote's, not a date of
				// the reminding, as it is before ", as rain fell".
				return ce
			}
		}
	}
	if s.wordIs(k, "even", "as", "when", "while") {
		return k // a clause with a subject of its own, "as she left"
	}
	for j := k + 1; j < ce; j++ {
		if s.toks[j].isPunct(',') {
			break
		}
		if s.verbLike(j) || s.toks[j].lowerWord() && s.wordIs(j, "to", "that") {
			// "called on Lee on Monday to resign": the act's
			// complement comes after the time.
			return ce
		}
	}
	for j := k + 1; j < ce; j++ {
		if s.pairOf[j] >= 0 || s.toks[j].kind == tMark {
			return ce
		}
	}
	return k
}

// weekday reports whether token k names a day of the week.
func (s *state) weekday(k int) bool {
	return s.wordIs(k, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// futureCall reports whether the cue c calls for something to happen,
// "called for", "urged", "demanded", whose time the object may hold.
func (s *state) futureCall(c cue) bool {
	w := s.lower(c.first)
	return strings.HasPrefix(w, "call") || strings.HasPrefix(w, "urg") || strings.HasPrefix(w, "demand") || strings.HasPrefix(w, "appeal") || strings.HasPrefix(w, "ask")
}

// timeBeforeInfinitive returns where an infinitive opens after the time
// of an act at k, "on Monday to pay", "Monday to pay", or k when none
// does.
func (s *state) timeBeforeInfinitive(k, hi int) int {
	j := k
	if k+2 < hi && s.toks[k].lowerWord() && s.toks[k].class&cPrep != 0 && s.toks[k+1].class&cTime != 0 {
		j = k + 2
	} else if k+1 < hi && s.weekday(k) {
		j = k + 1
	}
	if j == k || !s.infinitiveAt(j, hi) {
		return k
	}
	if w := s.lower(j + 1); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !s.infinitiveAt(j+2, hi) {
		// A plural is a hearer or an object, not a verb: "pledged on
		// Monday to voters that ...", "agreed Monday to talks"; but
		// "pledged on Monday to voters to cut taxes" goes on as
		// without the time.
		return k
	}
	return j
}

// infinitiveAt reports whether an infinitive opens at k, before hi: "to"
// and a lower-case word that is no determiner, pronoun, preposition or
// time ("to resign", not "to the council", "to them", "to May").
func (s *state) infinitiveAt(k, hi int) bool {
	return s.wordIs(k, "to") && k+1 < hi && s.toks[k+1].lowerWord() && s.toks[k+1].class&(cDet|cPossPron|cObjPron|cSubjPron|cPrep|cTime) == 0
}

// infinitiveAct reports whether the speech act at k takes an infinitive
// ("vowed to resign", "asked to see the files"); acts that judge take
// none, so "brain-teaser questions to see ..." holds a noun.
func (s *state) infinitiveAct(k int) bool {
	return lowerIn(s.word(k), infinitiveActs...)
}

// possessedObject reports whether the object at [cs, ce) is a thing
// someone has, "her judgment", "Lee's record", "the impartiality of the
// court": what "questioned" doubts in public, rather than a person it
// interrogates ("police questioned her for hours", "questioned the head
// of the gang").
func (s *state) possessedObject(cs, ce int) bool {
	if cs+1 >= ce {
		return false
	}
	t, n := &s.toks[cs], &s.toks[cs+1]
	if t.lowerWord() && t.class&cPossPron != 0 {
		return n.lowerWord() && n.class&(cPrep|cTime|cDet|cAdverb|cConj|cSubord) == 0
	}
	if s.wordIs(cs, "the") && t.flags&fCap == 0 && cs+2 < ce && s.wordIs(cs+2, "of") && n.lowerWord() && n.class&(cTitle|cUnnamed|cBody) == 0 {
		return true
	}
	for k := cs + 1; k+1 < ce && k <= cs+4; k++ {
		if s.possessive(k) {
			return s.toks[k+1].kind == tWord
		}
		if s.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// nextStrippedMark returns the first token in [a, b) after a stripped mark
// on the same line, where the words a mark opened before a close, or -1.
func (s *state) nextStrippedMark(a, b int) int {
	for j := a; j < b && j < a+30; j++ {
		if t := &s.toks[j]; t.phantoms > 0 && t.flags&fNewline == 0 {
			return j
		}
	}
	return -1
}

// strippedListAt reports whether more words in stripped marks follow the
// close at k, a list of the speaker's words: `called him  a crook,  a
// liar  and  lazy `.
func (s *state) strippedListAt(k, ce int) bool {
	for j := k + 1; j < ce && j <= k+3; j++ {
		t := &s.toks[j]
		if t.phantoms > 0 {
			return true
		}
		if !(s.splitMark(j) || t.lowerWord() && (t.class&cDet != 0 || s.wordIs(j, "and", "or"))) {
			return false
		}
	}
	return false
}

// quoteListAt reports whether another quotation opens within a few
// tokens of k, before ce: past a comma, "and" or an article.
func (s *state) quoteListAt(k, ce int) bool {
	for j := k; j < ce && j <= k+3; j++ {
		t := &s.toks[j]
		if t.kind == tMark && s.pairOf[j] >= 0 {
			return true
		}
		if !(s.splitMark(j) || t.lowerWord() && (t.class&cDet != 0 || s.wordIs(j, "and", "or"))) {
			return false
		}
	}
	return false
}

// unquotedRest reports whether [a, ce) holds three words or more, no
// quotation mark, and opens as a clause or a verb phrase does: a subject,
// a determiner, a name or a verb ("he denied it", "the mayor left",
// "cast himself as ..."), with a verb in its first words; "and the
// budget unfair" is a second object of the naming verb.
func (s *state) unquotedRest(a, ce int) bool {
	if !s.atLeastWords(a, ce, 3) {
		return false
	}
	verb, rel := false, false
	for k := a; k < ce; k++ {
		if s.toks[k].kind == tMark || s.toks[k].phantoms > 0 {
			return false
		}
		if s.toks[k].lowerWord() && s.wordIs(k, "that", "which", "who", "whom") {
			// "and a gift to the firms that had lobbied": the verb of
			// a relative clause makes no clause of the rest.
			rel = true
		}
		if !rel && k < a+25 && (s.verbLike(k) || s.toks[k].lowerWord() && (s.toks[k].class&cAux != 0 || lowerIn(s.word(k), ambiguousPasts...))) {
			verb = true
		}
	}
	return verb && (s.toks[a].class&(cSubjPron|cDet|cPossPron) != 0 || s.verbLike(a) || s.toks[a].capWord() || s.toks[a].lowerWord() && lowerIn(s.word(a), ambiguousPasts...))
}

// accountOf reports whether what was described, [cs, ce), tells of
// something that happened or holds, a clause, a verb or a relative
// clause ("described donors seeking meetings", "described how the mill
// closed", "described a town that lost its port"), rather than naming a
// thing ("described the old bridge in detail").
func (s *state) accountOf(cs, ce int) bool {
	if s.interrogative(cs) {
		return true
	}
	for k := cs + 1; k < ce; k++ {
		if s.pairOf[k] < 0 && (s.verbLike(k) || strings.HasSuffix(s.lower(k), "ing") && s.toks[k].lowerWord() || s.toks[k].lowerWord() && s.wordIs(k, "that", "who", "which", "whose")) {
			return true
		}
	}
	return false
}

// callTimes reports whether token k, after "a" or "an" past "called
// X", tells when or how often X was called on the phone, not what X was
// called: "called the office a second time", "called her a few times",
// "called Lee a day later".
func (s *state) callTimes(k int) bool {
	return s.toks[k].class&cTime != 0 || s.wordIs(k, "couple", "day", "few", "night", "second", "third", "time", "times")
}

// personCalled returns where what the speaker called a person ends, when
// [cs, ce), after a form of "call", names a person and then that, as a
// pronoun object does ("called him divisive"), or 0: "called Ann Lee a
// liar", "calls Lee unqualified". The name must be a person's, not
// "called Acme Corp", and what follows a noun phrase with "a" or a lone
// word that ends the clause, not a time or a manner ("called Lee a day
// later", "called Lee back", "called Lee twice").
func (s *state) personCalled(cs, ce int) int {
	r := s.runAt(cs)
	if r < 0 || s.runs[r].first != cs || s.runs[r].entity < 0 || s.entities[s.runs[r].entity].kind != Person {
		return 0
	}
	n := s.runs[r].last
	if n >= ce || !s.toks[n].lowerWord() {
		return 0
	}
	if s.wordIs(n, "a", "an") {
		if n+1 >= ce || !s.toks[n+1].lowerWord() {
			return 0
		}
		for k := n + 1; k < ce && k < n+4; k++ {
			if s.callTimes(k) {
				return 0
			}
		}
		return ce
	}
	w := s.lower(n)
	if s.toks[n].class != 0 || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || s.wordIs(n, "twice", "thrice") || n+1 < ce && s.toks[n+1].kind != tPunct {
		return 0
	}
	return n + 1
}

// thingCalled returns where what a finite "called" names a thing ends,
// when [cs, ce) holds the thing and then a noun phrase with "a" or a
// possessive, or an adjective that ends the clause, or 0: "called the vote
// a fraud", "calls it her duty", "called the ruling unlawful". Not an
// infinitive or a participle ("refused to call the attack an act of war",
// "calling it a day" sum up rather than state), nor a summons ("called the
// police", "called a meeting", "called it quits").
func (s *state) thingCalled(c cue, cs, ce int) int {
	if c.participle || c.first > 0 && s.wordIs(c.first-1, "to") || ce-cs < 3 {
		return 0
	}
	n := -1
	switch t := &s.toks[cs]; {
	case t.lowerWord() && s.wordIs(cs, "it", "this", "that"):
		n = cs + 1
		if s.wordIs(n, "the") {
			return ce // "calls it the end of an era"
		}
	case t.capWord() && !s.possessedName(cs, ce):
		// "calls Dover her home": a place or a body; a person is
		// personCalled's.
		if r := s.runAt(cs); r >= 0 && s.runs[r].first == cs && (s.runs[r].entity < 0 || s.entities[s.runs[r].entity].kind != Person) {
			n = s.runs[r].last
		}
	case t.lowerWord() && t.class&(cDet|cPossPron) != 0 && !s.wordIs(cs, "a", "an") || t.capWord():
		// A name's possessive stands for the article: "called Lee's
		// plan a fraud", "called the plan a fraud".
		first := cs
		if t.capWord() {
			first = s.runs[s.runAt(cs)].last
		}
		for k := first + 1; k < ce && k <= cs+10; k++ {
			t := &s.toks[k]
			if t.kind != tWord && !s.possessive(k) || t.class&(cConj|cSubord|cAux|cTime) != 0 && t.class&cPrep == 0 {
				break
			}
			p := &s.toks[k-1]
			if p.class&(cPrep|cDet) != 0 || k == first+1 {
				continue
			}
			if t.lowerWord() && (s.wordIs(k, "a", "an") || t.class&cPossPron != 0) {
				n = k
				break
			}
			if k+1 < len(s.toks) && s.toks[k+1].kind == tPunct && t.lowerWord() && adjectiveLike(s.lower(k)) {
				return k + 1 // "called the ruling unlawful."
			}
		}
	}
	if n < 0 || n+1 >= ce {
		return 0
	}
	if s.toks[n].lowerWord() && (s.wordIs(n, "a", "an") || s.toks[n].class&cPossPron != 0) && s.toks[n+1].lowerWord() {
		for k := n + 1; k < ce && k < n+4; k++ {
			if s.callTimes(k) || s.wordIs(k, "halt") {
				return 0 // "called a halt"
			}
		}
		for k := n + 2; k+1 < ce; k++ {
			if s.wordIs(k, "and") && (s.verbLike(k+1) || s.toks[k+1].class&cPast != 0 || strings.HasSuffix(s.word(k+1), "en")) {
				return k // "called the vote a sham and taken it to court"
			}
		}
		return ce
	}
	if s.toks[n+1].kind == tPunct && s.toks[n].lowerWord() && adjectiveLike(s.lower(n)) {
		return n + 1 // "called it unlawful."
	}
	return 0
}

// possessedName reports whether [cs, ce) opens with a name and its
// possessive: "Lee's plan".
func (s *state) possessedName(cs, ce int) bool {
	r := s.runAt(cs)
	return r >= 0 && s.runs[r].first == cs && s.runs[r].last < ce && s.possessive(s.runs[r].last)
}

// possessivePronoun reports whether the pronoun at k is a possessive
// before its noun, "praised her effort", not the object "her" of
// "praised her".
func (s *state) possessivePronoun(k, hi int) bool {
	if s.toks[k].class&cPossPron == 0 || k+1 >= hi {
		return false
	}
	n := &s.toks[k+1]
	return n.kind == tWord && (n.class&(cPrep|cConj|cSubord|cTime|cDet|cAux) == 0 || s.timeModifier(k, k+1, hi)) && !s.verbLike(k+1)
}

// namedWhat reports whether the subject of a naming cue follows "what",
// whose thing the cue names: "what Lee called “a golden age”".
func (s *state) namedWhat(m mention) bool {
	f := s.mentionStart(m)
	return f > 0 && s.toks[f-1].lowerWord() && s.wordIs(f-1, "what")
}

// adjectiveSuffixes end most adjectives of judgement (adjectiveLike).
var adjectiveSuffixes = [...]string{"ful", "ous", "al", "ive", "ble", "ic", "ent", "ant", "less", "ist"}

// adjectiveLike reports whether w ends as most adjectives of judgement
// do: "unlawful", "dangerous", "illegal", "divisive", "unacceptable".
func adjectiveLike(w string) bool {
	for _, suf := range adjectiveSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// beforeNextAct returns where the speaker's next act starts in [cs, ce),
// or ce: a verb in the form of the cue after "and" or "but", "calling
// them liars and vowing to ...", "called the plan “a mess” and
// threatened to ...". Words in quotation marks are the speaker's own.
func (s *state) beforeNextAct(c cue, cs, ce int) int {
	ing := strings.HasSuffix(s.lower(c.first), "ing")
	past := !ing && s.participle(c.first)
	if !ing && !past {
		return ce
	}
	relative := false // in an aside, "accused Lee, who was born and raised there, of ..."
	for k := cs + 1; k+1 < ce; k++ {
		if s.toks[k].isPunct(',') {
			relative = s.wordIs(k+1, "who", "which")
		}
		if relative || s.pairOf[k] >= 0 || !s.toks[k].lowerWord() || !s.wordIs(k, "and", "but") {
			continue
		}
		j := k + 1
		for j+1 < ce && s.toks[j].lowerWord() && s.toks[j].class&cAdverb != 0 {
			j++
		}
		if j+2 < ce && s.toks[j].lowerWord() && s.wordIs(j, "on", "in", "at") && s.toks[j+1].class&cTime != 0 {
			// "commended the crew and on Tuesday opened the pier":
			// the time of the next act comes first.
			for j++; j+1 < ce && s.toks[j].class&cTime != 0; j++ {
			}
		}
		if !s.toks[j].lowerWord() || s.toks[j].class&(cAux|cDet|cPrep|cConj|cSubord) != 0 {
			continue
		}
		if ing && strings.HasSuffix(s.word(j), "ing") || past && s.pastForm(j) {
			if s.toks[k-1].isPunct(',') {
				return k - 1
			}
			return k
		}
	}
	return ce
}

// beforeRelativeCue returns where a relative clause with a speech verb
// of its own starts in [cs, ce), or ce: in "praised Tom Reyes, who said
// taxes would rise" the clause is Reyes's statement, not the praise.
func (s *state) beforeRelativeCue(cs, ce int) int {
	for k := cs + 1; k+2 < ce; k++ {
		if !s.toks[k].isPunct(',') || s.pairOf[k] >= 0 || !s.toks[k+1].lowerWord() || !s.wordIs(k+1, "who", "which") {
			continue
		}
		for j := k + 2; j < ce && j <= k+5; j++ {
			if c, ok := s.cueAt(j); ok && c.kind == cueVerb && !c.participle {
				return k
			}
		}
	}
	return ce
}

// beforeAsideCue returns where a comma in [cs, ce) sets off words that
// report another speech, or ce: "voiced concern about the vote, days
// after a rival who had accused the mayor of fraud ...", "expressed anger
// at the ruling, which judges justified by saying ..." end at the comma,
// and the other speech is a statement of its own. It looks at most 20
// tokens past each comma.
func (s *state) beforeAsideCue(cs, ce int) int {
	for k := cs + 1; k+1 < ce; k++ {
		if !s.toks[k].isPunct(',') || s.pairOf[k] >= 0 {
			continue
		}
		for j := k + 1; j < ce && j <= k+20 && !s.toks[j].isPunct(','); j++ {
			if c, ok := s.cueAt(j); ok && c.kind == cueVerb {
				return k
			}
		}
	}
	return ce
}

// beforeSubordinateCue returns where a comma in [cs, ce) sets off a
// participle's phrase that leads, within 20 tokens, to a clause of "as",
// "while" or the like opened by a subject pronoun and a speech verb, or
// that clause itself, or ce: "pointed to the timetable, smiling as she
// noted that ..." ends at the comma, and what she noted is a statement
// of its own.
func (s *state) beforeSubordinateCue(cs, ce int) int {
	for k := cs + 1; k+3 < ce; k++ {
		if !s.toks[k].isPunct(',') || s.pairOf[k] >= 0 || !s.toks[k+1].lowerWord() {
			continue
		}
		a := k + 1
		for a+1 < ce && s.toks[a].lowerWord() && s.toks[a].class&cAdverb != 0 && s.toks[a].class&cSubord == 0 {
			a++ // "..., even as she noted"
		}
		if !strings.HasSuffix(s.word(a), "ing") && (!s.toks[a].lowerWord() || s.toks[a].class&cSubord == 0) {
			// A participle's phrase or the clause itself; not a verb
			// of the speaker's next act, "praised the crew, waved
			// at them as they left".
			continue
		}
		for j := a; j+2 < ce && j <= k+20 && !s.toks[j].isPunct(',') && s.pairOf[j] < 0; j++ {
			if !s.toks[j].lowerWord() || s.toks[j].class&cSubord == 0 || s.wordIs(j, "that", "which", "who", "whom", "whose", "what") {
				continue
			}
			if p := &s.toks[j+1]; p.lowerWord() && p.class&cSubjPron != 0 {
				if c, ok := s.cueAt(j + 2); ok && c.kind == cueVerb && !c.participle {
					return k
				}
			}
		}
	}
	return ce
}

// beforeMeansCue returns where "by" and a speech verb's participle start
// in [cs, ce) after an object with no clause, when a colon, "that" or a
// subject follows it, or ce: in "explained the plan by saying: we need
// it" the means of the act says what was said, and the object only what
// it was about. Not "by denying it aid", whose pronoun is an object.
func (s *state) beforeMeansCue(cs, ce int) int {
	for k := cs + 1; k+2 < ce; k++ {
		if s.pairOf[k] >= 0 || !s.toks[k].lowerWord() || !s.wordIs(k, "by") || !s.toks[k+1].lowerWord() || !s.participleCueAt(k+1) {
			continue
		}
		if n := &s.toks[k+2]; (n.isPunct(':') || n.lowerWord() && (s.wordIs(k+2, "that") || n.class&cSubjPron != 0 && n.class&cObjPron == 0)) && !s.hasClause(cs, k) {
			return k
		}
	}
	return ce
}

// beforeTimeClause returns where a phrase that dates the act by another
// event starts in [cs, ce), or ce: "congratulated the crew for its speed
// hours after the mayor announced the win" ends before "hours", which
// is the reporter's, as is the clause after it.
func (s *state) beforeTimeClause(cs, ce int) int {
	for k := cs + 1; k+2 < ce; k++ {
		if s.pairOf[k] >= 0 || !s.toks[k].lowerWord() || !s.timeAfter(k, ce) {
			continue
		}
		a := k + 1
		for a < ce && !s.wordIs(a, "after", "before") {
			a++
		}
		if a+1 < ce && s.pastClause(a+1, ce) {
			return k
		}
	}
	return ce
}

// beforeNewClause returns where a clause with a subject of its own
// starts in [cs, ce) after a comma or a dash, or ce: a speech
// act's complement holds none, so it is the reporter's next clause,
// "urged voters to stay home, but turnout was high".
func (s *state) beforeNewClause(cs, ce int) int {
	for k := cs + 1; k+2 < ce; k++ {
		t := &s.toks[k]
		if s.pairOf[k] >= 0 {
			continue
		}
		if t.lowerWord() && s.wordIs(k, "that") {
			// "cited data showing that ..., while ...": a clause of
			// the statement's own may go on.
			return ce
		}
		j := k + 1
		switch {
		case t.isPunct(',') && s.toks[j].lowerWord() && s.wordIs(j, "after", "before", "because", "since", "until", "when", "while", "whereas"):
			// "pledged to act, after the vote failed": the reporter's
			// circumstance.
			return k
		case t.isPunct(',') && s.toks[j].lowerWord() && s.wordIs(j, "with") && s.withSpeaker(j+1, ce):
			// "called for unity, with several saying the vote was
			// lost": the others' statement, with a cue of its own.
			return k
		case t.isPunct(',') && s.toks[j].lowerWord() && s.wordIs(j, "and", "but") && s.toks[j+1].lowerWord() && s.wordIs(j+1, "after", "because", "since", "when", "while"):
			// "criticized Dover for it, and since the deal ended, the
			// town has ...": the circumstance of the reporter's next
			// clause.
			return k
		case t.isPunct(',') || t.isPunct(pDash):
			if s.toks[j].lowerWord() && s.wordIs(j, "and", "but", "while", "whereas", "yet") {
				j++
			}
		default:
			continue
		}
		if j+1 < ce && !s.wordIs(j, "who", "which", "that", "what", "whom", "whose") && s.mainClauseAt(j, ce) &&
			!(s.toks[j].lowerWord() && s.toks[j].class&cSubjPron == 0 && s.verbLike(j+1)) {
			// Not "more limited ideas": a participle after a
			// determiner qualifies a noun.
			return k
		}
	}
	return ce
}

// withSpeaker reports whether a speech verb's participle follows within
// four words from a, before hi: after "with", "(with) several saying",
// "(with) some officials warning".
func (s *state) withSpeaker(a, hi int) bool {
	for p := a + 1; p < hi && p <= a+4; p++ {
		if !s.toks[p].lowerWord() {
			return false
		}
		if s.mayCue(p) && strings.HasSuffix(s.word(p), "ing") {
			c, ok := s.cueAt(p)
			return ok && c.participle
		}
	}
	return false
}

// gappedCueAfter reports whether the relative word at k is the gap of a
// cue of its own in [k+1, ce): "what Lee said was ...".
func (s *state) gappedCueAfter(k, ce int) bool {
	for j := k + 1; j < ce && j < k+8; j++ {
		if c, ok := s.cueAt(j); ok && c.kind == cueVerb && !c.participle {
			m, ok := s.subjectBefore(j, k+1)
			return ok && s.gapped(m)
		}
	}
	return false
}

// beforeGappedCue returns where a relative clause with a cue of its own
// starts in [cs, ce), or ce: "the plan, which he said would fail" holds
// a statement of his, not part of the object.
func (s *state) beforeGappedCue(cs, ce int) int {
	for k := cs + 1; k+3 < ce; k++ {
		if !s.toks[k].isPunct(',') || !s.wordIs(k+1, "which", "that") {
			continue
		}
		for j := k + 2; j < ce && j < k+8; j++ {
			if c, ok := s.cueAt(j); ok && c.kind == cueVerb && !c.participle {
				if m, ok := s.subjectBefore(j, k+2); ok && s.gapped(m) {
					return k
				}
				break
			}
		}
	}
	return ce
}

// dateEnd returns the end of a date whose month ends at e: the day and
// the year after it, "(on) Oct. 13", "(on) May 5, 2017", "(in) June 2016";
// or e when no number follows, or one that counts a noun ("in May 40
// people died").
func (s *state) dateEnd(e, hi int) int {
	day := func(k int) bool {
		w := s.word(k)
		if k >= hi || s.toks[k].kind != tWord || len(w) > 4 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
		return true
	}
	if !day(e) {
		return e
	}
	j := e + 1
	if len(s.word(e)) <= 2 && j+1 < hi && s.toks[j].isPunct(',') && day(j+1) && len(s.word(j+1)) == 4 {
		j += 2 // "May 5, 2017"
	}
	if j < hi && s.toks[j].lowerWord() && s.toks[j].class&(cSubjPron|cDet|cPossPron|cSubord|cPrep|cAdverb) == 0 {
		return e // "in May 40 people died": a count opens the statement
	}
	return j
}

// skipCueTail skips what may stand between a cue and its statement: the
// hearer ("told reporters"), adverbs, time expressions and prepositional
// phrases ("in a statement on Friday").
func (s *state) skipCueTail(i, hi int, object bool) int {
	i0 := i
	if object && i < hi {
		i = s.skipObject(i, hi)
	}
	pp := false // a prepositional phrase was skipped
	for i < hi {
		t := &s.toks[i]
		switch {
		case i > i0 && t.capWord() && s.toks[i-1].lowerWord() && s.toks[i-1].class&(cDet|cPrep|cConj|cSubord) == 0 && s.thatAfterPhrase(i, hi) > i:
			// "told daily Herald on Monday that", "told a rally in
			// the port city Dover that": the name that ends the
			// hearer or the phrase, then the statement's "that".
			return s.thatAfterPhrase(i, hi)
		case t.isPunct(',') && i+2 < hi && s.toks[i+1].lowerWord() && s.wordIs(i+1, "however") && s.toks[i+2].isPunct(','):
			// "said, however, no one was hurt": the reporter's adverb.
			i += 3
		case t.kind == tWord && s.wordIs(i, "about", "around") && i+1 < hi && (s.toks[i+1].flags&fDigit != 0 || s.wordIs(i+1, "half")):
			// "said about 40 people were hurt": a count opens the
			// statement.
			return i
		case i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].class&cTime != 0 && s.toks[i-1].flags&fCap != 0 && !s.weekday(i-1) && !(i > 1 && s.wordIs(i-2, "in") && len(s.word(i)) != 4) && s.dateEnd(i, hi) > i:
			// "said on Oct. 13 he ...", "said in June 2016 that": the
			// day and year of a month, no count that opens the
			// statement; after "in" only a year ("said in June 10
			// more stores would close").
			i = s.dateEnd(i, hi)
		case s.countLead(i, hi):
			// "said at least nine people were hurt", "said up to 300
			// ...", "said nearly 100 ...": a count opens the statement.
			return i
		case pp && t.isPunct(',') && s.placeAside(i+1, hi) > 0:
			// "said in Dover, North Kestia, that ...": a place set off by
			// commas inside the phrase.
			i = s.placeAside(i+1, hi)
		case pp && t.isPunct(',') && i > 0 && i+1 < hi && s.toks[i-1].capWord() && s.toks[i+1].capWord() && s.thatAfterPhrase(i+1, hi) > i+1:
			// "told a rally in Dover, Norvia on Monday that ...": the
			// state of a place, then "that".
			return s.thatAfterPhrase(i+1, hi)
		case pp && t.isPunct(',') && !(i+1 < hi && strings.EqualFold(s.word(i+1), "that")):
			// "reply by the hundreds to her appeal, then ...": after
			// a phrase of the verb's own, a comma ends the attribution.
			return i
		case s.wordIs(i, "this", "these", "last") && t.flags&fCap == 0 && i+2 < hi && s.toks[i+1].lowerWord() && s.toks[i+1].class&cTime != 0 && (s.wordIs(i+2, "that") || s.strongClauseStart(i+2) && s.toks[i+2].kind == tWord && s.toks[i+2].class&cPrep == 0 && !s.wordIs(i+2, "when", "if", "what", "how", "why", "whether")):
			// "said this week that", "said earlier this month the
			// plan ...": a time, not the statement's subject as in
			// "said this week was hard".
			i += 2
		case s.followingPrep(i, hi):
			// "said following the vote that ...", "vowed to stand by
			// Dover following the vote": a preposition here, not the
			// time word of "the following day", and its phrase is no
			// statement.
			pp = true
			i = max(s.ppEnd(i+1, hi), i+1)
		case t.kind == tWord && t.class&(cAdverb|cTime) != 0 && t.class&(cDet|cSubjPron|cSubord) == 0 && t.flags&fCap == 0 && !(t.class&cAux != 0 && t.class&cTime != 0):
			// But not the modal "may", no month in lower case: "which
			// he said may cost".
			if s.focusEven(i) || s.focusLead(i, hi) {
				return i
			}
			if s.wordIs(i, "even") && s.wordIs(i+1, "so", "then") {
				i += 2 // "said, even so, that": the reporter's, both words
				continue
			}
			if w := s.word(i); w == "there" || w == "here" {
				// "said there was ...", "said there certainly was ...":
				// the statement's subject.
				e := i + 1
				for e < hi && e < i+3 && s.toks[e].kind == tWord && s.toks[e].class&cAux == 0 && strings.HasSuffix(s.word(e), "ly") {
					e++
				}
				if e < hi && s.toks[e].class&cAux != 0 {
					return i
				}
			}
			i++
		case t.kind == tWord && t.class&cTime != 0 && t.flags&fCap != 0 && t.class&cAux == 0:
			// Friday, Jan., but not "Friday s talks" (a possessive).
			if i+1 < hi && s.toks[i+1].kind == tClitic {
				return i
			}
			i++
		case t.kind == tWord && t.flags&fCap == 0 && strings.HasSuffix(s.word(i), "ly") && t.class&cDet == 0:
			i++
		case t.kind == tWord && t.flags&fCap == 0 && t.class&cPrep != 0 && s.word(i) != "that" && s.word(i) != "as":
			e := s.ppEnd(i+1, hi)
			if e <= i+1 {
				return i
			}
			if p := s.pronounAfterPP(e, hi); t.class&cSubord != 0 && p >= 0 {
				// "said after the visit to Dover he would resign":
				// the phrase, and the statement after it.
				return p
			}
			if t.class&cSubord != 0 && e < hi && !strings.EqualFold(s.word(e), "that") && !s.toks[e].isPunct(',') && !s.toks[e].isPunct(':') {
				// "said after harbour clerk Jo Park read ...": an
				// adverbial clause, not a phrase before the statement,
				// unless a "that" follows it, "told reporters after
				// visiting the site that ...", or a colon, "said after
				// the vote: ...".
				if that := s.thatAfterPhrase(i, hi); that > i {
					return that
				}
				return hi
			}
			pp = true
			i = e
		case t.isPunct(',') && i+1 < hi && s.toks[i+1].kind == tWord && s.toks[i+1].class&(cAdverb|cTime|cPrep) != 0 && s.toks[i+1].class&cSubord == 0 && !s.focusEven(i+1):
			// "said, however, that"
			i++
		case t.isPunct(',') && i+1 < hi && strings.EqualFold(s.word(i+1), "that"):
			i++
		case t.isPunct(pDash) && s.dashAsideThat(i, hi) > i:
			// "said — on the radio, of all places — that", "declared in
			// May - wrongly - that": an aside between dashes.
			i = s.dashAsideThat(i, hi)
		default:
			return i
		}
	}
	return i
}

// focusEven reports whether the "even" at k opens the statement as its
// focus, "said, even if the vote fails, the port will open", "said even
// his allies quit"; "said, even so, that" is the reporter's, and so may
// be a time, "said even as he left".
func (s *state) focusEven(k int) bool {
	return s.wordIs(k, "even") && !s.wordIs(k+1, "so", "then", "as", "while", "when", "after", "before")
}

// focusLead reports whether the adverb at k bounds a share, a count or a
// degree that opens the statement, not the saying: "said nearly half of
// the crew left", "showed almost every ferry was late", "said only a few
// came". "said only that ..." and "said just before the vote" qualify
// the saying. Not before "how", which a question's cue needs right after
// it ("asked just how ...").
func (s *state) focusLead(k, hi int) bool {
	if k+2 >= hi || !s.toks[k].lowerWord() || !s.wordIs(k, "nearly", "almost", "only", "just") || !s.toks[k+1].lowerWord() && s.toks[k+1].flags&fDigit == 0 {
		return false
	}
	if s.wordIs(k+1, "a", "an", "one") {
		// "said only a few came", but "said only a day after ...": a
		// time, not a count.
		return s.toks[k+2].class&cTime == 0
	}
	if s.wordIs(k+1, "half") {
		// "nearly half of the crew", "almost half the ships"; not
		// "just half an hour before", "only half jokingly".
		return s.wordIs(k+2, "of", "the", "its", "their")
	}
	return (s.count(k+1) || s.wordIs(k+1, "all", "every")) && s.toks[k+2].class&cTime == 0
}

// followingPrep reports whether "following" at k is a preposition,
// "following the vote", and not the time word of "the following day".
func (s *state) followingPrep(k, hi int) bool {
	return s.toks[k].lowerWord() && s.wordIs(k, "following") && !(k+1 < hi && s.toks[k+1].class&cTime != 0)
}

// dashAsideThat returns the "that" right after a short aside that opens
// with the dash at i and closes with another, or i.
func (s *state) dashAsideThat(i, hi int) int {
	for k := i + 1; k+1 < hi && k < i+10; k++ {
		t := &s.toks[k]
		if t.isPunct(pDash) {
			if k > i+1 && s.wordIs(k+1, "that", "whether", "why", "how", "what") && s.toks[k+1].flags&fCap == 0 {
				// also a question after the hearers named in the
				// aside: "asked the campaigns - Lee, Reyes and Park -
				// why ..."
				return k + 1
			}
			return i
		}
		if t.kind != tWord && !t.isPunct(',') {
			return i
		}
	}
	return i
}

// skipObject skips the hearer after a verb like "told": a pronoun, a
// name, or a short noun phrase ("reporters", "a regular briefing"), with
// a relative clause of its own before "that" ("told the crowd who came
// that ...").
func (s *state) skipObject(i, hi int) int {
	e := s.skipHearer(i, hi)
	if e > i {
		if r := s.hearerRelative(e, hi); r > e && s.toks[r].kind == tWord {
			return r
		}
	}
	return e
}

// hearerRelative returns where a short relative clause on the hearer that
// ends at e, "who came to the hall", gives way to the statement: its
// "that", or the comma before a quotation ("told the farmers who came
// to the hall, “...”"). It returns e when there is none, or when the
// clause holds a speech verb of its own ("told those who said ...").
func (s *state) hearerRelative(e, hi int) int {
	if e >= hi || !s.toks[e].lowerWord() || !s.wordIs(e, "who") {
		return e
	}
	for k := e + 1; k < hi && k <= e+14; k++ {
		t := &s.toks[k]
		switch {
		case k > e+2 && t.lowerWord() && s.wordIs(k, "that") && s.hearerEnd(k):
			return k
		case k > e+2 && t.isPunct(',') && k+1 < len(s.toks) && s.pairOf[k+1] >= 0 && s.pairs[s.pairOf[k+1]].open == k+1:
			return k
		case t.kind == tClitic:
		case t.kind != tWord || t.class&(cSpeech|cSpeechObject|cSpeechWeak|cSpeechAct|cSubjPron) != 0:
			return e
		}
	}
	return e
}

// skipHearer skips the hearer itself; see skipObject.
func (s *state) skipHearer(i, hi int) int {
	t := &s.toks[i]
	switch {
	case t.kind == tWord && t.flags&fCap == 0 && (t.class&cSubjPron != 0 || s.wordIs(i, "there")) && i+1 < hi && s.toks[i+1].lowerWord() && s.toks[i+1].class&cAux != 0:
		// "warned it could close", "warned there may be a vote": a
		// pronoun before an auxiliary is the statement's subject, not
		// the hearer.
		return i
	case t.kind == tWord && t.class&cObjPron != 0 && t.flags&fCap == 0:
		return i + 1
	case t.kind == tWord && t.class&cSubjPron != 0:
		return i
	case t.lowerWord() && s.wordIs(i, "what", "which", "whether", "why", "how"):
		// "asked what the plan will cost": the question, not a hearer
		// with "what" for its determiner.
		return i
	case t.kind == tWord && t.flags&fCap == 0 && s.word(i) == "that":
		// "warned that officials would ...": the statement's "that", not
		// a determiner of the hearer, unless a "that" follows the noun
		// ("told that reporter that ...").
		if e := s.npEnd(i, hi); e > i+1 && e < hi && s.wordIs(e, "that") {
			return e
		}
		return i
	}
	if r := s.runAt(i); r >= 0 && s.runs[r].first == i {
		e := s.runs[r].last
		if e < hi && (s.toks[e].kind == tClitic || s.toks[e].kind == tMark && s.toks[e].flags&fPossessiveMark != 0) {
			// "told Reyes s aides", "told Harbour News' Ann Park"
			if n := e + 1; n < hi && s.pairOf[n] >= 0 && s.pairs[s.pairOf[n]].open == n {
				// `told Wirex's "Morning Show" that ...`: a quoted title
				// is the hearer, a show; the statement follows it.
				if p := s.pairs[s.pairOf[n]]; p.close+1 < hi && s.titleCased(p, 1) {
					return p.close + 1
				}
			}
			return s.npEnd(e+1, hi)
		}
		if e < hi && s.toks[e].lowerWord() && lowerIn(s.word(e), mediaNouns...) {
			// "told Dover radio on Monday ...": the outlet's name
			// modifies the medium, the hearer.
			return e + 1
		}
		if e+1 < hi && s.toks[e].lowerWord() && s.wordIs(e, "news") && s.wordIs(e+1, "agency", "channel", "network", "service") {
			return e + 2 // "told Harbour news agency ..."
		}
		if e+1 < hi && s.toks[e].lowerWord() && s.toks[e].class&cUnnamed != 0 && !s.verbLike(e+1) && !(s.toks[e+1].kind == tWord && s.toks[e+1].class&cAux != 0) && !s.phraseThenVerb(e+1, hi) {
			// "told Kestian officials the port ...", "told Dover
			// officials in a letter the port ...": the name modifies
			// the hearers; "told Wirex officials would meet", "told
			// Dover residents in the north would move" have the
			// statement's subject after the hearer.
			return e + 1
		}
		if e+1 < hi && s.toks[e].lowerWord() && s.nounish(e) && s.hearerEnd(e+1) {
			// "told the Wirex broadcaster: ...": the name modifies a noun.
			return e + 1
		}
		if e+1 < hi && s.toks[e].lowerWord() && s.toks[e].class&cTitle != 0 {
			// "told Harbour News anchor Ann Park that ...": a show's
			// or outlet's name, a title and the name it goes with.
			if r := s.runAt(e + 1); r >= 0 && s.runs[r].first == e+1 {
				return s.runs[r].last
			}
		}
		if e-i >= 2 && e < hi && s.toks[e].lowerWord() && (s.toks[e].class&cAux != 0 || s.pastForm(e)) && s.toks[i].flags&fSentStart == 0 {
			// "told Wirex Reyes was aware", "told President Tom
			// Reyes Harbouria had stopped": a name run before a
			// finite verb holds the hearer and the statement's
			// subject, most often one word, its last.
			return e - 1
		}
		return e
	}
	// A number counts the hearers as a determiner would: "told 300
	// workers the plant would close".
	if t.kind == tWord && t.class&(cDet|cPossPron) != 0 || t.lowerWord() || t.kind == tWord && t.flags&fDigit != 0 && i+1 < hi && s.toks[i+1].lowerWord() {
		e := s.npEnd(i, hi)
		v := e
		for n := 0; n < 2 && v > i && v+1 < hi && s.toks[v].lowerWord() && s.wordIs(v, "of", "from", "in", "on", "at", "against"); n++ {
			v = s.npEnd(v+1, hi) // "warned the jobs at the plant could go", "the case against him was weak"
		}
		if e > i && v < hi && s.toks[e-1].class&(cDet|cPossPron) == 0 && s.toks[v].lowerWord() && s.toks[v].class&cAux != 0 && s.toks[v].class&(cPrep|cConj) == 0 {
			// "warned the threat (from Kestia) has grown": a noun
			// phrase before an auxiliary is the statement's subject,
			// as a pronoun is.
			return i
		}
		if e > i && e < hi && s.toks[e-1].lowerWord() && (s.toks[e-1].class&cTitle != 0 || s.nounish(e-1)) {
			// "told host Jo Park": a title and the name it goes with;
			// after any noun when the statement's colon or "that"
			// follows the name: "told broadcaster Wirex: ...".
			if r := s.runAt(e); r >= 0 && s.runs[r].first == e && (s.toks[e-1].class&cTitle != 0 || s.runs[r].last < hi && s.hearerEnd(s.runs[r].last)) {
				return s.runs[r].last
			}
		}
		return e
	}
	return i
}

// pronounAfterPP returns where a clause whose subject is a pronoun
// starts after a phrase that ends at e, past a possessor's noun and up to
// two phrases of its own, "after the visit to Dover (he would resign)",
// "after Lee's visit (she said)"; or -1. "said after Lee read the letter"
// has a verb there, and no such clause.
func (s *state) pronounAfterPP(e, hi int) int {
	if e+1 < hi && s.toks[e].kind == tClitic {
		e = s.npEnd(e+1, hi)
	}
	for n := 0; n < 2 && e+1 < hi && s.toks[e].lowerWord() && s.wordIs(e, "of", "to", "in", "on", "with", "for"); n++ {
		e = s.ppEnd(e+1, hi)
	}
	if e+1 >= hi || !s.toks[e].lowerWord() || s.toks[e].class&cSubjPron == 0 || s.wordIs(e, "it", "you") {
		return -1
	}
	if v := &s.toks[e+1]; !v.lowerWord() || v.class&cAux == 0 && !s.pastForm(e+1) {
		return -1
	}
	return e
}

// phraseThenVerb reports whether a prepositional phrase at j is followed
// by a verb or an auxiliary with no subject of its own between: "in the
// north would move", where the phrase ends the subject of what was said.
func (s *state) phraseThenVerb(j, hi int) bool {
	if j+1 >= hi || !s.toks[j].lowerWord() || s.toks[j].class&cPrep == 0 {
		return false
	}
	e := s.npEnd(j+1, hi)
	return e > j+1 && e < hi && (s.verbLike(e) || s.toks[e].kind == tWord && s.toks[e].lowerWord() && s.toks[e].class&cAux != 0)
}

// hearerEnd reports whether token k, after a hearer, opens the
// statement with a colon or "that".
func (s *state) hearerEnd(k int) bool {
	if s.toks[k].isPunct(':') {
		return true
	}
	// Not a relative clause on the hearer: "asked agencies that dealt
	// with it to ...".
	return s.toks[k].lowerWord() && s.wordIs(k, "that") && k+1 < len(s.toks) && s.toks[k+1].class&cAux == 0 && !s.verbLike(k+1)
}

// degreeWord reports whether "most", "more" or "least" at j grades the
// word after it, "the most recent survey", as no determiner does.
func (s *state) degreeWord(j, hi int) bool {
	return j > 0 && j+1 < hi && s.toks[j-1].kind == tWord && s.toks[j-1].class&cDet != 0 && s.wordIs(j, "most", "more", "least") && s.toks[j+1].lowerWord() && !s.wordIs(j+1, "of", "than")
}

// npEnd returns the end of a short noun phrase that starts at i: a
// determiner, modifiers and a head, ended by a word that starts a clause.
func (s *state) npEnd(i, hi int) int {
	j := i
	if j < hi && s.toks[j].kind == tWord && s.toks[j].class&(cDet|cPossPron) != 0 {
		j++
	}
	for j < hi && j < i+6 {
		t := &s.toks[j]
		if t.kind == tClitic || t.kind == tMark && t.flags&fPossessiveMark != 0 {
			// "told the union's chief", "told the workers' union"
			j++
			continue
		}
		if t.kind != tWord || t.class&(cDet|cSubjPron|cPrep|cSubord|cAux|cConj|cPossPron|cNeg) != 0 && t.class&cTime == 0 && !s.degreeWord(j, hi) {
			break
		}
		if j > i && t.flags&fCap != 0 && !s.toks[j-1].capWord() && s.toks[j-1].kind != tClitic && s.toks[j-1].flags&fPossessiveMark == 0 && s.toks[j-1].class&(cDet|cPossPron) == 0 {
			// a capital after a lower-case word starts the statement,
			// but not after a determiner: "told the Wirex meeting"
			if e := s.bodyAfterModifier(i, j, hi); e > j {
				return e
			}
			break
		}
		if j > i && strings.EqualFold(s.word(j), "there") {
			break
		}
		if j > i && s.followingPrep(j, hi) {
			break // "in the days following the vote"
		}
		if j > i && s.wordIs(j, "this", "these", "those") && j+1 < hi && s.toks[j+1].class&cAux != 0 {
			// "told reporters this was ...": the statement's subject,
			// not "this week".
			break
		}
		j++
		if s.toks[j-1].class&cTime != 0 && j < hi && s.word(j) != "of" {
			// "on Monday", "last week": a time word ends the phrase,
			// unless it modifies a noun after a determiner: "in a
			// recent interview".
			if n := &s.toks[j]; j-2 >= i && s.toks[j-2].kind == tWord && s.toks[j-2].class&(cDet|cPossPron) != 0 && n.lowerWord() && n.class&(cTime|cDet|cSubjPron|cPrep|cSubord|cAux|cConj|cPossPron|cNeg) == 0 && s.nounish(j) {
				continue
			}
			if n := &s.toks[j]; j-2 >= i && (s.toks[j-2].kind == tWord && s.toks[j-2].class&(cDet|cPossPron) != 0 || s.possessive(j-2)) && s.toks[j-1].capWord() && isWeekday(s.word(j-1)) && n.capWord() && n.class&cTime == 0 {
				// A name that opens with a weekday after a determiner
				// or possessor: "the Sunday Ledger".
				continue
			}
			if n := &s.toks[j]; j-1 == i && i > 0 && s.possessive(i-1) && s.toks[i].capWord() && n.capWord() && n.class&cTime == 0 {
				// Or with any time word after a possessor's clitic:
				// "Dover Radio's Morning Show".
				continue
			}
			break
		}
	}
	return j
}

// bodyAfterModifier returns the end of a body's description whose name,
// at token j, follows a determiner and a modifier at i and i+1 and goes on
// to a body noun: "the state-run Dover news agency", "the official Ledger
// newspaper". Else it returns j; a name after a plain noun opens the
// statement, "told the crowd Lee would win".
func (s *state) bodyAfterModifier(i, j, hi int) int {
	if j != i+2 || s.toks[i].class&(cDet|cPossPron) == 0 || !s.toks[j-1].lowerWord() {
		return j
	}
	r := s.runAt(j)
	if r < 0 {
		return j
	}
	for e := s.runs[r].last; e < hi && e < s.runs[r].last+2 && s.toks[e].lowerWord(); e++ {
		if s.toks[e].class&cBody != 0 {
			return e + 1
		}
	}
	return j
}

// ppEnd returns the end of the object of a preposition that starts at i.
func (s *state) ppEnd(i, hi int) int {
	if i >= hi {
		return i
	}
	if e := s.titleInPP(i, hi); e > i {
		return e // `said on "Ask the Mayor" that`
	}
	t := &s.toks[i]
	if r := s.runAt(i); r >= 0 && s.runs[r].first == i {
		if t.class&cTime != 0 && s.runs[r].last > i+1 && s.toks[i+1].class&cTime == 0 {
			// "said in March Kestia was ...": the month
			// ends the phrase, and the name after it opens the
			// statement.
			return i + 1
		}
		if e := s.runs[r].last; e > i+1 && e < hi && s.toks[e].kind == tClitic && t.class&cSpeechNoun != 0 {
			// "said on Twitter Lee's remarks were": the medium, and
			// the owner that opens the statement.
			return i + 1
		}
		if e := s.runs[r].last; e+1 < hi && s.toks[e].kind == tClitic {
			if tt := s.titleInPP(e+1, hi); tt > e+1 {
				return tt // `said on Wirex's "Night Desk" that`
			}
		}
		if e := s.runs[r].last; e+1 < hi && s.possessive(e) && s.toks[e+1].kind == tWord && s.toks[e+1].phantoms == 0 && s.toks[e+1].class&cSpeechNoun == 0 {
			// "responded to Reyes' question by saying": the phrase
			// goes on to the noun the name owns; not to a title whose
			// marks were stripped, "on Wirex s  Night Desk  that", nor
			// to a speech noun, whose "that" is no one's statement
			// here ("protested at Lee's announcement that").
			return s.npEnd(e+1, hi)
		}
		return s.dayEnd(s.runs[r].last, hi)
	}
	if t.kind == tWord && t.class&cObjPron != 0 && !s.possessiveUse(i, hi) {
		return i + 1
	}
	if t.lowerWord() && t.class&(cDet|cPrep|cConj|cSubord|cAux|cTime) == 0 && strings.HasSuffix(s.word(i), "ing") && i+1 < hi {
		// A gerund and its object: "said in making her case".
		return s.skipObject(i+1, hi)
	}
	if t.kind == tWord && (t.class&(cDet|cPossPron|cTime) != 0 || t.lowerWord()) || t.flags&fDigit != 0 {
		e := s.npEnd(i, hi)
		if e < hi && s.toks[e].kind == tWord && (s.word(e) == "of" || s.word(e) == "with") {
			return s.npEnd(e+1, hi)
		}
		if t := s.titleInPP(e, hi); t > e {
			return t // `said on the radio show "Morning Call" that`
		}
		return s.dayEnd(e, hi)
	}
	return i
}

// dayEnd returns the end of a date whose month ends a phrase at e: the
// day's number, and a year after a comma, go with it, "said on May [3]
// that", "told the board on Nov. [9, 2016] that", so that the statement
// does not open with them.
func (s *state) dayEnd(e, hi int) int {
	if e < 2 || e >= hi || !s.toks[e-1].capWord() || s.toks[e-1].class&cTime == 0 || isWeekday(s.word(e-1)) || !s.wordIs(e-2, "on", "by", "until", "since") && !s.toks[e-2].isPunct(',') {
		// "said in May 12 people were hurt": a count.
		return e
	}
	if d := &s.toks[e]; d.kind != tWord || d.flags&fDigit == 0 || len(s.word(e)) > 2 {
		return e
	}
	e++
	if e+1 < hi && s.toks[e].isPunct(',') && s.toks[e+1].flags&fDigit != 0 && len(s.word(e+1)) == 4 {
		e += 2
	}
	return e
}

// titleInPP returns the end of a short quoted title that opens at i and
// is followed by "that" or a comma, the name of a show or paper inside a
// cue's phrase: `on "Ask the Mayor" that`. It returns i if none.
func (s *state) titleInPP(i, hi int) int {
	if i >= hi || s.toks[i].kind != tMark || s.pairOf[i] < 0 {
		return i
	}
	p := s.pairs[s.pairOf[i]]
	if p.open != i || p.close-p.open > 8 || p.close+1 >= hi || !s.toks[p.open+1].capWord() {
		return i
	}
	if n := p.close + 1; s.toks[n].isPunct(',') || s.toks[n].kind == tWord && strings.EqualFold(s.word(n), "that") {
		return n
	}
	if n := p.close + 1; n+2 < hi && s.toks[n].lowerWord() && s.wordIs(n, "on", "in", "at", "last", "this") && s.toks[n+1].kind == tWord && s.toks[n+1].class&cTime != 0 && s.toks[n+1].flags&fSentStart == 0 {
		// `said on "Ask the Mayor" on Friday that`: a time after
		// the title, which skipCueTail passes over in turn.
		return n
	}
	return i
}

// countLead reports whether the words at i lead up to a count, as a
// statement's subject may open: "at least six", "up to 300", "between 5 and 10", "nearly
// 100", "just over 30".
func (s *state) countLead(i, hi int) bool {
	j := i
	for j < hi && j < i+3 && s.toks[j].lowerWord() {
		switch {
		case s.wordIs(j, "at") && s.wordIs(j+1, "least", "most"), s.wordIs(j, "up") && s.wordIs(j+1, "to"), s.wordIs(j, "more", "fewer", "less") && s.wordIs(j+1, "than"):
			j += 2
		case s.wordIs(j, "over", "under", "nearly", "almost", "roughly", "approximately", "about", "around", "only", "just", "some", "between"):
			j++
		default:
			return j > i && j < hi && s.countOrSum(j)
		}
	}
	return j > i && j < hi && s.countOrSum(j)
}

// countOrSum reports whether token k opens a count or a sum of money:
// "300", "six", "$5".
func (s *state) countOrSum(k int) bool {
	return s.count(k) || s.toks[k].kind != tWord && s.text[s.toks[k].start] == '$'
}

// clauseInitial reports whether a statement can start at token i.
func (s *state) clauseInitial(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tMark:
		return true
	case tWord:
		if t.flags&(fCap|fDigit) != 0 {
			return true
		}
		w := s.word(i)
		if w == "to" {
			return false
		}
		if t.class&(cDet|cSubjPron|cPossPron|cSubord|cNeg) != 0 {
			return true
		}
		if t.class&(cPrep|cConj|cAux) != 0 {
			if (w == "about" || w == "around") && i+1 < len(s.toks) && (s.toks[i+1].flags&fDigit != 0 || s.wordIs(i+1, "half")) {
				return true // "about 40 people", a count
			}
			if s.countLead(i, len(s.toks)) {
				return true // "at least six boats", "up to 300 people"
			}
			// A gerund may be the subject: "said having a plan is ...",
			// "says going through it has helped".
			if w == "going" && !s.wordIs(i+1, "to") {
				return true
			}
			return w == "there" || w == "in" || w == "if" || w == "after" || w == "before" || w == "despite" || w == "with" || w == "having" || w == "being"
		}
		return true
	case tSymbol:
		return true
	}
	return false
}

// namedActAfterWith reports whether "with" at w opens a clause whose
// subject is a name and whose verb is in -ing, "with Senator Ann Lee now
// pressing her case": another party's act, told beside the statement.
func (s *state) namedActAfterWith(w, hi int) bool {
	if w+2 >= hi || !s.toks[w].lowerWord() || !s.wordIs(w, "with") || !s.toks[w+1].capWord() {
		return false
	}
	k := w + 1
	for k < hi && k <= w+4 && s.toks[k].capWord() {
		k++
	}
	if k < hi && s.toks[k].lowerWord() && s.toks[k].class&cAdverb != 0 {
		k++
	}
	return k < hi && s.toks[k].lowerWord() && strings.HasSuffix(s.lower(k), "ing") && s.toks[k].class&(cPrep|cTime) == 0
}

// concessionAt reports whether a clause that concedes opens at k:
// "though", "although", "even though", "even as". Not "while", which in
// a finding may set out its other half, "support rose – while 10 percent
// were unsure".
func (s *state) concessionAt(k int) bool {
	if !s.toks[k].lowerWord() {
		return false
	}
	if s.wordIs(k, "even") && k+1 < len(s.toks) && s.wordIs(k+1, "though", "as") {
		k++
	} else if !s.wordIs(k, "though", "although") {
		return false
	}
	// A clause, "though the owners ...", "although at first she
	// laughed"; not a word or two of the speaker's own hedge, "fair –
	// though not perfect", "– though slowly".
	if k+1 < len(s.toks) && (s.wordIs(k+1, "not") || s.toks[k+1].class&cAdverb != 0 || strings.HasSuffix(s.lower(k+1), "ly")) {
		return false
	}
	for e := k + 1; e <= k+3; e++ {
		if e >= len(s.toks) || s.toks[e].kind != tWord && s.toks[e].kind != tClitic {
			return false
		}
	}
	return true
}

// nextActAt reports whether the verb at k, after a comma and a
// conjunction that follow a clause with a subject of its own, starts the
// speaker's next act rather than a second predicate of that subject: a
// speech verb, negated or not, or a refusal to speak ("declined to ...").
func (s *state) nextActAt(k int) bool {
	for j := k; j < len(s.toks) && j <= k+2; j++ {
		// "and did not say", "but would not elaborate": a speech verb
		// after an auxiliary or a negation is still one.
		if _, ok := s.cueAt(j); ok {
			return true
		}
		if t := &s.toks[j]; !t.lowerWord() || t.class&(cAux|cNeg) == 0 {
			break
		}
	}
	return s.wordIs(k, "declined", "declines", "refused", "refuses")
}

// adverbYet reports whether the "yet" at j is an adverb after a negation
// or an auxiliary, "had not yet called for", "has yet to say", not the
// conjunction that opens a new clause.
func (s *state) adverbYet(j int) bool {
	return j > 0 && s.wordIs(j, "yet") && s.toks[j-1].class&(cNeg|cAux) != 0
}

// deniedSaying reports whether a negation and a plain verb of saying or
// telling follow at k, after an auxiliary with no passive ("not say",
// "not comment", "not identify"; not "is not informed", "never called the
// mayor").
func (s *state) deniedSaying(k, hi int) bool {
	if k < 1 || k+1 >= hi || s.toks[k].class&cNeg == 0 || s.wordIs(k-1, "is", "are", "was", "were", "be", "been", "being") {
		return false
	}
	e := k + 1
	for e < hi && e <= k+3 && s.toks[e].lowerWord() && s.toks[e].class&(cAdverb|cNeg) != 0 {
		e++
	}
	if e >= hi {
		return false
	}
	if s.tellingVerb(e) {
		return true
	}
	if s.toks[e].class&cSpeech == 0 {
		return false
	}
	c, ok := s.cueAt(e)
	return ok && c.kind == cueVerb && !c.participle
}

// untoldAt reports whether a negated verb of telling that no cue list
// holds opens at k: "did not discuss its terms", "would not directly
// address it".
func (s *state) untoldAt(k, hi int) bool {
	neg := false
	for j := k; j < hi && j <= k+4; j++ {
		t := &s.toks[j]
		if !t.lowerWord() {
			return false
		}
		if t.class&cNeg != 0 {
			neg = true
			continue
		}
		if t.class&(cAux|cAdverb) != 0 || strings.HasSuffix(s.word(j), "ly") {
			continue
		}
		return neg && s.tellingVerb(j)
	}
	return false
}

// tellingVerb reports whether token k is a verb of telling that no cue
// list holds, which a negation makes the reporter's note on what was not
// said: "did not discuss", "would not name".
func (s *state) tellingVerb(k int) bool {
	return s.wordIs(k, "address", "detail", "discuss", "identify", "name", "specify")
}

// declinedTelling reports whether the verb at k after "declined to" is
// one of telling, so that what was declined is the speaker's saying:
// "declined to comment", "declined to give details", "declined to be
// named"; not a deed: "declined to pay".
func (s *state) declinedTelling(k int) bool {
	return s.toks[k].class&cSpeech != 0 || s.tellingVerb(k) || s.wordIs(k, "be", "describe", "disclose", "elaborate", "give", "provide", "reveal")
}

// orderAfterRelative reports whether "to" and a verb follow the verb of
// a relative clause that starts at k, within a fixed reach: "(who they)
// had met to leave"; not after a copula, "(who they) think is to blame".
func (s *state) orderAfterRelative(k, hi int) bool {
	for j := k + 1; j+1 < hi && j < k+6; j++ {
		if s.toks[j].kind != tWord {
			return false
		}
		if s.wordIs(j, "to") && s.toks[j-1].lowerWord() && s.toks[j-1].class&cAux == 0 && s.verbLike(j-1) && s.toks[j+1].lowerWord() {
			// Not a verb whose own infinitive it is: "(who they)
			// wanted to lead", "expected to win".
			return !hasStem(s.lower(j-1), "chose", "choose", "expect", "hope", "intend", "like", "need", "plan", "prefer", "want")
		}
	}
	return false
}

// openedBefore reports whether a parenthesis that no closing one follows
// opens shortly before token cs, in its sentence.
func (s *state) openedBefore(cs int) bool {
	lo := s.sents[s.sentOf[cs]].first
	for k := cs - 1; k >= lo && k >= cs-40; k-- {
		if s.toks[k].isPunct(')') {
			return false
		}
		if s.toks[k].isPunct('(') {
			return true
		}
	}
	return false
}

// ofWhich reports whether a relative phrase "the ... of which" opens at
// token a: "(the cost of which ...)".
func (s *state) ofWhich(a int) bool {
	if !s.wordIs(a, "the", "all", "some", "most", "many", "none", "one", "both", "each") {
		return false
	}
	for k := a + 1; k < len(s.toks) && k <= a+4; k++ {
		if !s.toks[k].lowerWord() {
			return false
		}
		if s.wordIs(k, "of") {
			return s.wordIs(k+1, "which", "whom")
		}
	}
	return false
}

// colonAttribution reports whether the clause [a, b) after a colon opens
// with a subject and its own cue, "a Dover poll found ...", not with a
// name that a relative clause goes on with, "two men: Tom Reyes, who was
// charged ...", which lists what was said.
func (s *state) colonAttribution(a, b int) bool {
	for k := a + 1; k < b && k < a+12; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "who", "which", "whom") {
			return false
		}
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		m, ok := s.subjectBefore(k, a)
		return ok && s.mentionStart(m) == a
	}
	return false
}

// contentEnd returns where a statement that starts at cs ends: at the end
// of the sentence, or before a parenthetical attribution, "according to",
// a participle that starts a new statement, or a semicolon.
func (s *state) contentEnd(cs, hi int) int {
	if !s.endMemoOn {
		return s.findContentEnd(cs, hi)
	}
	// The same words are asked about more than once, with nothing they
	// depend on changed in between: readCue asks through contentAfter
	// and again through actContent ("urged voters to stay home"), and a
	// cue read for a trailing attribution is read again by the loop over
	// its sentence. A slot per start token keeps the latest answers.
	m := &s.endMemos[cs&(len(s.endMemos)-1)]
	if m.cs == int32(cs)+1 && m.hi == int32(hi) {
		return int(m.end)
	}
	e := s.findContentEnd(cs, hi)
	*m = endMemo{cs: int32(cs) + 1, hi: int32(hi), end: int32(e)}
	return e
}

// An endMemo is contentEnd's answer for a start token (cs+1, so that a
// zero slot holds none) and a limit.
type endMemo struct{ cs, hi, end int32 }

// findContentEnd computes contentEnd(cs, hi).
func (s *state) findContentEnd(cs, hi int) int {
	for j := cs; j < hi; j++ {
		t := &s.toks[j]
		if j > cs && s.dashGaps && s.dashGap(j) && !s.dashGapNear(j, cs, hi) && s.attributionAt(j, hi) {
			// `said she was upset   the mayor also said that ...`: a
			// stripped dash before another attribution, as below;
			// not one of a pair around an aside, `half   55 percent
			// of voters said`.
			return j
		}
		if j > cs && t.phantoms == 2 && s.dashGaps && s.dashGap(j) && s.dashIngCue(j) && !s.dashOpensAside(j, cs, hi) {
			// `denied the claim   saying the port had paid`: a
			// stripped dash before a cue in -ing, or a name and one,
			// `hope for peace   Lee saying she was glad`, starts the
			// next statement, as the dash did, "– saying"; not one
			// that opens an aside, `the plan   warning of delays
			// would cost more`.
			return j
		}
		if t.kind == tWord && (t.flags&fCap != 0 || t.class&cConj == 0 && !endWordAt(s.text, t)) {
			// Most words end nothing: only a conjunction in lower case
			// or a word endWordAt lets through may below ("while",
			// "after", "in", "through"; a new ending word must be added
			// there). The test costs little where a sentence runs on,
			// `Lee said that Reyes said that ...`.
			continue
		}
		if t.isPunct(';') {
			if k := s.seriesSemicolon(j, hi); k > j && !(s.pastForm(j+1) && (!s.clauseLike(cs) || j-cs <= 2 && !s.hasClause(cs, j))) {
				// "said the plan cut rents; raised wages; and built
				// homes": semicolons that part the items of one list,
				// the last after "and", end nothing; but after an
				// object of a word or two, or no clause, a verb in the
				// past goes on from the cue, "suggested a boycott;
				// clashed with the board; and ...".
				j = k
				continue
			}
			return j
		}
		if j > cs && t.isPunct(')') && s.openedBefore(cs) {
			// "The campaign (like Reyes, who called Lee “a menace” on
			// Sunday) has stressed ...": the parenthesis the statement
			// began in ends it.
			return j
		}
		if j > cs+1 && j+2 < hi && t.isPunct(':') && s.pairOf[j] < 0 && s.colonAttribution(j+1, hi) {
			// "polls show voters turning on Lee: a Dover poll found
			// ...": a colon before a clause with an attribution of its
			// own ends the statement; the clause is the next one.
			return j
		}
		if j > cs+2 && j+2 < hi && t.isPunct('(') && s.toks[j+1].lowerWord() && (s.wordIs(j+1, "which", "who", "whom", "whose") || s.ofWhich(j+1) || s.wordIs(j+1, "though", "although") && s.wordIs(j+2, "I", "we")) && s.parenClosesSentence(j, hi) {
			// "questioned the ad (which the town had paid for).": the
			// reporter's aside on what was said, at its end, as is
			// one in the writer's first person, "said she had never
			// been to Dover (though I doubt it)"; but not the
			// speaker's own proviso, "said the ferry would close
			// (though not before May)".
			return j
		}
		if j > cs && j+1 < hi && t.isPunct(',') && s.sourceCited(j+1, hi) {
			// "said fares would rise, citing police sources": where
			// the report came from, the reporter's words.
			return j
		}
		if j > cs && j+1 < hi && s.dashGaps && t.lowerWord() && t.class&cConj != 0 && s.dashGap(j) && !s.wordIs(j+1, "that") {
			// `said the port will close   but she wants ...`: a dash
			// stripped to spaces before "and" or "but" ends the
			// statement as the dash did, "– but she wants"; unless a
			// second one closes an aside, `46 percent   and 31 percent
			// overall   remain undecided`.
			k := j + 2
			for k < hi && k < j+12 && !s.dashGap(k) && !s.toks[k].isPunct('.') {
				k++
			}
			if k < hi && k < j+12 && s.dashGap(k) {
				j = k - 1
				continue
			}
			return j
		}
		if j > cs+2 && s.dashGaps && t.lowerWord() && s.dashGap(j) && (s.wordIs(j, "according") || s.concessionAt(j) || (!s.toks[j-1].capWord() || s.actAside(j)) && s.closingAside(j, hi)) {
			// A dash stripped to spaces before the reporter's aside ends
			// the statement as the dash did, "said the port will close
			// – a move few expected", "– even though", "– according
			// to aides".
			return j
		}
		if j > cs && t.lowerWord() && s.wordIs(j, "in", "on", "at", "during") && s.occasionAt(j+1, hi) && (s.bareObject(cs, j) || s.phraseObject(cs, j) && s.occasionNext(j+1, hi)) {
			// "praised the plan in an interview", "claimed victory on
			// Twitter", "defended his record on jobs at a rally":
			// where it was said, the reporter's words.
			return j
		}
		if j > cs && t.lowerWord() && s.wordIs(j, "through", "via") && s.channelEnd(j+1, hi) > j+1 && s.bareObject(cs, j) {
			// "denied the claims through her lawyer": who relayed the
			// statement, the reporter's words, as "in a statement" is;
			// but in a clause the phrase may be the speaker's, "said
			// the money went through a lawyer".
			return j
		}
		if j > cs && j+3 < hi && t.lowerWord() && s.wordIs(j, "on") && s.anonymousTerms(j+1) && s.toks[j-1].class&cAux == 0 && (j-1 > cs && s.wordIs(j-1, "speaking") && s.toks[j-2].isPunct(',') || !s.speakingIn(cs, j)) {
			// "confirmed the sale on the condition of anonymity",
			// "said the gym would shut, speaking on condition of
			// anonymity": the terms of the speaking, the reporter's
			// words, as doc.go says a request for anonymity is no
			// statement. A speaking in the statement has them:
			// "said the witness testified on condition of anonymity",
			// and so does its verb, "said the deal was on condition
			// that ...".
			if j-1 > cs && s.wordIs(j-1, "speaking") {
				return j - 1
			}
			return j
		}
		if j > cs && j+1 < hi && t.isPunct(pDash) && s.wordIs(j+1, "according") {
			// "blamed the rain while – according to aides – knowing
			// ...": who relayed the rest, as after a comma.
			return j
		}
		if j > cs && j+2 < hi && t.isPunct(pDash) && !s.suspendedHyphen(j) && s.concessionAt(j+1) && s.dashAsideEnd(j, hi) == j {
			// "said the mill will stay open – though its owners have
			// not agreed": the reporter's own reservation, as after
			// "– but"; unless a second dash closes an aside in the
			// statement, "– even as rents rose – would stay".
			return j
		}
		if t.isPunct(',') && j+3 < hi && s.wordIs(j+1, "and", "but") && s.word(j+2) == "that" && s.thatClause(j+3) {
			// "said voters want jobs, and that many will back him": a
			// second clause of the statement.
			j += 2
			continue
		}
		if j > cs && t.kind == tWord && t.flags&fCap == 0 && (s.word(j) == "while" || s.word(j) == "whereas") && (s.attributionAt(j+1, hi) || s.contrastAt(j+1, hi)) {
			// "48 percent said Lee won while 39 percent said ...",
			// "45 percent backed Lee while 37 percent backed Reyes"
			return j
		}
		if j > cs && j+2 < hi && t.lowerWord() && s.wordIs(j, "after", "before", "while") && s.toks[j+1].lowerWord() && s.participleCueAt(j+1) && s.toks[j+2].lowerWord() && (s.wordIs(j+2, "that") || s.toks[j+2].class&cSubjPron != 0) {
			// "said the vote was fair before claiming that it was
			// rigged": the speaker's next statement, not more of this
			// one.
			return j
		}
		if j > cs && j+1 < hi && (t.kind == tWord && t.class&cConj != 0 && t.flags&fCap == 0 && !s.adverbYet(j) || t.isPunct(pDash) && !s.suspendedHyphen(j)) {
			// "said X and said Y", "X – and has now ...": a new clause of
			// the reporter's or a new statement.
			e := j + 1
			if t.kind == tWord {
				// "and on Friday said ...", "and later she said ...".
				e = s.frontedTimeEnd(e, hi)
			}
			for e < hi && s.toks[e].kind == tWord && s.toks[e].class&(cAdverb|cAux) != 0 {
				e++
			}
			if t.isPunct(pDash) && s.closesDashAside(cs, j, hi) {
				// "closed primaries -- those open to members -- deny
				// many voters ...": the dash closes an aside, and the
				// verb after it is the statement's own.
				continue
			}
			if e < hi {
				if c, ok := s.cueAt(e); ok && c.kind == cueVerb && !c.participle && !(t.kind == tWord && s.bareVerbGoesOn(cs, j, e)) && !s.goesOnToDeed(e, hi) {
					return j
				}
				if t.kind == tWord && (s.deniedSaying(e, hi) || s.wordIs(j, "but") && s.wordIs(e, "declined", "declines") && s.wordIs(e+1, "to") && e+2 < hi && s.declinedTelling(e+2)) {
					// "said the port will close but did not say when",
					// "... but declined to name the buyer": what the
					// speaker did not say is the reporter's, as after a
					// comma (nextActAt). A deed declined is the
					// statement's own: "said the council asked for help
					// but declined to pay".
					return j
				}
				if e == j+1 && t.kind == tWord && s.wordIs(j, "and") && strings.HasSuffix(s.word(e), "ing") && (s.participleCueAt(e) || s.bareObject(cs, j) && !strings.HasSuffix(s.word(cs), "ing") && s.toks[e].lowerWord() && s.toks[e].class&(cPrep|cConj|cSubord|cDet) == 0 && len(s.word(e)) > 5) && s.ingCueBefore(cs) {
					// "is noting that the banks are big and saying ...":
					// a second participle joined to the cue's own is the
					// speaker's next statement, as "noted ... and said" is;
					// after a bare object any participle is the speaker's
					// next act, "pledging more police and trying to ...".
					return j
				}
				if e == j+1 && t.isPunct(pDash) && strings.HasSuffix(s.word(e), "ing") && s.participleCueAt(e) {
					// "denounced what he called a "sad" vision – saying
					// it offered nothing": the speaker's next act, as
					// after a comma.
					return j
				}
				// "– and that ..." goes on with a second clause of the
				// statement.
				if t.isPunct(pDash) && s.toks[j+1].kind == tWord && s.toks[j+1].class&cConj != 0 && !s.wordIs(j+2, "that") {
					if k := s.dashAsideEnd(j, hi); k > j {
						// "46 percent – and 31 percent overall – remain
						// undecided": an aside inside the statement.
						j = k
						continue
					}
					return j
				}
				if t.isPunct(pDash) && s.attributionAt(j+1, hi) {
					// "said she was upset – the mayor also said that
					// ...": a statement of another attribution.
					return j
				}
				if t.kind == tWord && s.wordIs(j, "and", "but") && (s.toks[j-1].isPunct(',') || s.toks[j-1].kind == tMark || s.strippedClose(j, cs) || s.verbBefore(j, cs) && !s.subjectOpenBefore(j, cs)) && s.attributionAt(e, hi) {
					// `18 percent said "not soon" and 11 percent
					// said ...`: a statement of another speaker. Without
					// a comma, only after a clause: in "friends and
					// aides say" the "and" joins the subject, and so it
					// does after a subordinator, "because Lee and Reyes
					// agreed to ...", whose clause it is part of.
					return j
				}
				if t.kind == tWord && (s.toks[j-1].kind == tMark && s.pairOf[j-1] >= 0 && s.pairs[s.pairOf[j-1]].close == j-1 || s.strippedClose(j, cs) && !s.gerundAfterPrep(cs, j)) && s.participle(e) && strings.HasSuffix(s.word(e), "ing") {
					// `saying: "The fight goes on" and vowing to ...`:
					// the speaker's next act; so after a stripped
					// mark, `calling it  a disgrace  and accusing`.
					return j
				}
			}
		}
		if (j > cs+2 || j == cs+1 && s.wordIs(cs, "yes", "no") || j == cs+2 && s.wordIs(j+1, "was", "were")) && t.lowerWord() && s.wordIs(j, "and", "but") && s.pairOf[j] < 0 && !s.toks[j-1].isPunct(',') && s.speakerActAfter(j, cs, hi) {
			// "said she admires his resolve and praised their plan": a
			// verb in the past after a statement in the present goes
			// back to the speaker; so after a one-word answer, "said
			// yes and took the chance to ...".
			return j
		}
		if t.isPunct(',') && j > cs+2 && j+2 < hi && s.pairOf[j] < 0 && s.speechPresent(j+1) && (s.hasClause(cs, j) || s.presentVerb(cs, j)) {
			n := &s.toks[j+2]
			if n.kind == tWord && (n.class&(cDet|cPossPron|cObjPron) != 0 || n.capWord()) {
				// "says the tax will hurt the poor, denounces the plan
				// as a sham and ...": a speech verb in the present with
				// no subject of its own after a whole clause is the
				// speaker's next act, not more of the statement.
				return j
			}
		}
		if s.spaced && t.isPunct(',') && j > cs+2 && j+1 < hi && s.toks[j+1].flags&fWide != 0 && s.marksAt(j+1) == 1 {
			// `it was a  disaster  for the city and asking,  How`: a
			// stripped mark opens the quote of the speaker's next act.
			if c, ok := s.cueAt(j - 1); ok && c.participle && c.first == j-1 && c.last == j {
				if s.wordIs(j-2, "and", "but") {
					return j - 2
				}
				return j - 1
			}
		}
		if s.commaInMark(j, cs) && j+1 < hi {
			// `that the bridge "was never safe," adding, "..."`: the
			// comma stands inside the closing mark.
			if c, ok := s.cueAt(j + 1); ok && c.participle {
				return j + 1
			}
			if n := &s.toks[j+1]; n.lowerWord() && n.class&cSpeech != 0 && !strings.HasSuffix(s.word(j+1), "ing") && !s.wordIs(j+2, "with", "by") {
				// `Lee, who once said the plan was "a disaster," said
				// ...`: the main verb after the aside.
				return j + 1
			}
		}
		if t.isPunct(',') && j > cs+2 && j+1 < hi && s.toks[j-1].capWord() && s.wordIs(j+1, "who") && s.toks[j+1].flags&fCap == 0 && s.closingRelative(j+1, hi) && !s.subjectOfStatement(cs, j, hi) {
			// "said he backs Lee, who faces a primary in May": the
			// reporter's word on the person named.
			return j
		}
		if (t.isPunct(',') || t.isPunct(pDash)) && j > cs+2 && (!s.toks[j-1].capWord() || s.actAside(j+1)) && !(t.isPunct(',') && s.commaInStrippedMark(j, cs) && s.marksIn(j+2, min(j+4, hi)) > 0) && s.closingAside(j+1, hi) && !s.frontedSubordinate(cs, j) {
			// "said the vote was fair, a view few others share": the
			// reporter's comment on the statement, not part of it. After
			// a name it describes the person, and stays; unless it names
			// an act, which no person or place is: "said Kestia should
			// leave the pact, a move that could hurt trade".
			return j
		}
		if t.isPunct(',') && j > cs+2 && s.ordinalComment(j+1, hi) && (s.hasClause(cs, j) || !s.commaIn(j+1, hi)) && !s.cueVerbIn(j+3, min(hi, j+10)) {
			// "said a drone hit a plane, the first time one has hit an
			// airliner in Kestia", "..., the latest such verdict": the
			// reporter's count of the event, not the speaker's words.
			// A count of the speaker's own sayings stays with the
			// statement, whose cue it would otherwise give a false
			// one: "said the council must act, the first time she has
			// called for action".
			return j
		}
		if t.isPunct(',') && j > cs && s.objectApposition(j+1, hi) && !s.disclosedObject(cs) && (s.bareObject(cs, j) || s.phraseObject(cs, j) || s.wordIs(cs, "to") && s.toks[cs].lowerWord() && !s.hasClause(cs+1, j)) {
			// "reiterated his support for Lee, the party's nominee",
			// "vowed to repeal the act, a law that bars ferries": the
			// reporter's word on what the object names, not part of
			// what was said.
			return j
		}
		if t.isPunct(pDash) && j > cs+2 && j+1 < hi && !s.suspendedHyphen(j) && s.toks[j+1].lowerWord() && s.resultWord(j+1) && !s.gerundAfterPrepIn(cs, j) && !s.dashClosedAfter(j, hi) {
			// "urged the council to quit the talks - reversing a
			// decade of work": what came of it, as after a comma;
			// unless a second dash closes an aside, "would stop the
			// ferry - leaving the isle cut off - if fees rose".
			return j
		}
		if !t.isPunct(',') || j+1 >= hi {
			continue
		}
		nx := &s.toks[j+1]
		if nx.kind != tWord {
			continue
		}
		if nx.class&cConj != 0 && j+2 < hi && s.verbLike(j+2) && !(s.wordIs(j+1, "and") && s.wordIs(j+2, "would", "could", "might", "should")) && (s.nextActAt(j+2) || !s.mainClauseAt(cs, j) && !s.apposedClause(cs, j)) {
			// "said X, but declined to ...", "said X, and requested
			// ...": the speaker's next act, not the statement. After a
			// clause with a subject of its own, a verb that is no
			// speech act goes on with that subject, "said the fund was
			// safe, but needed an auditor"; so does a modal, "said he
			// was away, and would be back soon".
			return j
		}
		if s.wordIs(j+1, "and", "but") && nx.flags&fCap == 0 && j+3 < hi && !s.listBefore(j, cs) && s.reporterClause(j+2, hi) {
			// "said the vote was fair, but rivals were not
			// convinced": the reporter's next clause.
			return j
		}
		if s.wordIs(j+1, "and", "but") && nx.flags&fCap == 0 && s.wordIs(j+2, "when") && s.circumstanceAt(j+2, hi) && strings.HasSuffix(s.word(j+3), "ed") {
			// "said he had not seen the fight, and when asked whether
			// he backed it, ...": the question put to the speaker next,
			// the reporter's.
			return j
		}
		if s.wordIs(j+1, "though", "although") && nx.flags&fCap == 0 && j+4 < hi && s.toks[j+2].lowerWord() && s.toks[j+2].class&cSubjPron != 0 && (s.nextActAt(j+3) || s.untoldAt(j+3, hi)) {
			// "said all members sign the pledge, though she did not
			// discuss its terms": what the speaker did not say, the
			// reporter's; a reservation of the speaker's stays, "...,
			// though she is wary of it".
			return j
		}
		if s.namedActAfterWith(j+1, hi) {
			// "said the talks would go on, with Tom Reyes urging a
			// vote": what another named party did, the reporter's.
			return j
		}
		if s.wordIs(j+1, "according") && !s.ruleAt(j+3) || s.asByAt(j+1) {
			// ", according to the Planet", ", as reported by the
			// Planet": who relayed it; but "must, according to the
			// rules, pay" goes on.
			return j
		}
		if s.wordIs(j+1, "as") && nx.flags&fCap == 0 && j+2 < hi && (s.wordIs(j+2, "has", "have", "had", "did", "do", "does") || s.wordIs(j+2, "was", "were") && s.wordIs(j+3, "the") && s.wordIs(j+4, "case")) {
			// "said they will not back Lee, as has the mayor": the
			// reporter's comparison with another speaker, or with an
			// earlier event, "..., as was the case in May"; but "said
			// the port was closed, as was the ferry" goes on, the
			// speaker's claim too.
			return j
		}
		if nx.flags&fCap == 0 && s.resultWord(j+1) && !s.gerundAfterPrepIn(cs, j) {
			// "pledged to rebuild the army, reversing decades of
			// restraint", "vowed to block the bill, meaning that ...":
			// what came of it, the reporter's reading; but after a
			// gerund, "accused him of lying, breaking the law and
			// ...", it is one more thing he is accused of.
			return j
		}
		if !s.commaInStrippedMark(j, cs) && s.wordIs(j+1, "compared") && j+2 < hi && s.wordIs(j+2, "with", "to") {
			// "exports rose 5 percent, compared with 3 percent a year
			// earlier": the reporter's comparison.
			return j
		}
		w := s.word(j + 1)
		if nx.class&cSpeech != 0 && nx.flags&fCap == 0 && !strings.HasSuffix(w, "ing") && !s.wordIs(j+2, "with", "by") {
			// "Reyes, who says ..., said ...": the main verb; but not
			// a passive participle, "the man, charged with fraud,
			// could ...".
			return j
		}
		if c, ok := s.cueAt(j + 1); ok && c.participle || nx.class&cNaming != 0 && strings.HasSuffix(w, "ing") {
			return j
		}
		if w == "while" && nx.flags&fCap == 0 && j+2 < hi {
			if c, ok := s.cueAt(j + 2); ok && c.participle {
				// "said he backs the plan, while stressing it is no
				// pledge": the speaker's next act, as without "while".
				return j
			}
		}
		// ", he said," or ", Park added." closes the statement; ",
		// while Reyes said ..." starts another one.
		if s.attributionAfterComma(j, hi) && !s.frontedMainClause(cs, j, hi) {
			return j
		}
	}
	return hi
}

// cueEarlierIn reports whether a speech verb's cue stands in the sentence
// of token k before it, within a bounded window.
func (s *state) cueEarlierIn(k int) bool {
	for j := max(s.sents[s.sentOf[k]].first, k-60); j < k; j++ {
		if c, ok := s.cueAt(j); ok && c.kind == cueVerb && s.toks[j].lowerWord() {
			return true
		}
	}
	return false
}

// cueVerbIn reports whether a speech verb's cue starts in [a, b) after a
// pronoun or an auxiliary, a finite verb: "she has called", not the noun
// in "the first such promise".
func (s *state) cueVerbIn(a, b int) bool {
	for k := max(a, 1); k < b; k++ {
		if c, ok := s.cueAt(k); ok && c.kind == cueVerb && s.toks[k].lowerWord() && s.toks[k-1].lowerWord() && s.toks[k-1].class&(cSubjPron|cAux) != 0 {
			return true
		}
	}
	return false
}

// ordinalComment reports whether the reporter's count of an event opens
// at a, before hi: "the first time ...", "the latest such ...", "the
// second of its kind".
func (s *state) ordinalComment(a, hi int) bool {
	if a+2 >= hi || !s.toks[a].lowerWord() || !s.wordIs(a, "the") {
		return false
	}
	k := a + 1
	if s.wordIs(k, "most") && s.wordIs(k+1, "recent") {
		k++
	}
	if !s.toks[k].lowerWord() || !s.wordIs(k, "first", "second", "third", "latest", "recent", "last") {
		return false
	}
	return s.wordIs(k+1, "time", "such") || s.wordIs(k+1, "of") && s.wordIs(k+2, "its") && s.wordIs(k+3, "kind")
}

// speakingIn reports whether a verb of speaking stands among the last
// twelve tokens of [a, b), whose terms an anonymity after it may be:
// "she spoke to the officer", "the witness testified".
func (s *state) speakingIn(a, b int) bool {
	for k := max(a, b-12); k < b; k++ {
		if s.toks[k].lowerWord() && (s.toks[k].class&cSpeech != 0 || s.wordIs(k, "speak", "speaks", "spoke", "spoken", "talk", "talked", "talks", "testified", "testify", "testifies")) {
			return true
		}
	}
	return false
}

// anonymousTerms reports whether "(the) condition of anonymity" or
// "(the) condition that she not be named" opens at k, after "on".
func (s *state) anonymousTerms(k int) bool {
	if s.wordIs(k, "the") {
		k++
	}
	return s.wordIs(k, "condition") && (s.wordIs(k+1, "of") && s.anonymityAt(k+2) || s.wordIs(k+1, "that") && k+2 < len(s.toks) && s.toks[k+2].class&cSubjPron != 0 && s.wordIs(k+3, "not") && s.wordIs(k+4, "be") && s.wordIs(k+5, "named", "identified"))
}

// closingAttribution reports whether an attribution with no clause of
// its own opens at a: a subject and a speech verb, then the end of the
// sentence, a comma or a phrase of time or place, `Lee said in a
// speech, ...`, as closes a quote before it.
func (s *state) closingAttribution(a, hi int) bool {
	for k := a + 1; k < hi && k < a+12; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		if m, ok := s.subjectBefore(k, a); !ok || s.mentionStart(m) != a {
			return false
		}
		if c.last >= hi {
			return true
		}
		t := &s.toks[c.last]
		return t.isPunct(',') || t.isPunct('.') || t.lowerWord() && t.class&(cPrep|cTime) != 0 && !s.wordIs(c.last, "that")
	}
	return false
}

// disclosedObject reports whether the statement at cs is the object of a
// verb that makes something known, "announced the winner, a baker from
// Dover", "confirmed the cause, a fault in the engine": an apposition
// after it tells what was made known, and is part of the statement.
func (s *state) disclosedObject(cs int) bool {
	if cs == 0 || !s.toks[cs-1].lowerWord() {
		return false
	}
	return hasStem(s.lower(cs-1), "announc", "confirm", "disclos", "identif", "propos", "reveal", "unveil")
}

// objectApposition reports whether a noun phrase with an article opens
// at a and runs to the end of the sentence, hi, with no verb, list or
// quotation in it before a relative clause of its own: "the party's
// nominee", "a tax that funds the port".
func (s *state) objectApposition(a, hi int) bool {
	if a+1 >= hi || hi-a > 40 || !s.toks[a].lowerWord() || !s.wordIs(a, "a", "an", "the") {
		return false
	}
	rel := false
	for k := a + 1; k < hi; k++ {
		t := &s.toks[k]
		if t.kind == tMark || s.pairOf[k] >= 0 || t.kind == tPunct && !(k+1 == hi && t.punct == '.') {
			return false
		}
		if rel {
			continue
		}
		if t.lowerWord() && s.wordIs(k, "that", "who", "which", "whose") {
			rel = true
			continue
		}
		if t.kind == tWord && (t.class&(cAux|cConj|cSubjPron) != 0 || s.verbLike(k)) {
			return false
		}
	}
	return true
}

// parenClosesSentence reports whether the parenthesis that opens at j
// closes within a few words, and only the end of the sentence, hi,
// follows it.
func (s *state) parenClosesSentence(j, hi int) bool {
	for k := j + 1; k < hi && k <= j+30; k++ {
		if t := &s.toks[k]; t.isPunct(')') {
			return k+1 == hi || k+2 == hi && s.toks[k+1].kind == tPunct
		} else if t.isPunct('(') {
			return false
		}
	}
	return false
}

// possessorAt reports whether token k is the clitic or mark of a
// possessive, "'s" or a stripped "s", that makes the word before it a
// possessor: "the night's winner".
func (s *state) possessorAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind == tClitic && t.flags&fStrippedTail != 0 {
		return s.text[t.start:t.end] == "s" && !s.contractedVerb(k) // "the night s winner"
	}
	return t.kind == tClitic && (s.text[t.start:t.end] == "'s" || s.text[t.start:t.end] == "’s") || t.kind == tMark && t.flags&fPossessiveMark != 0
}

// seriesSemicolon returns the last semicolon of a list whose items
// semicolons part, when the one at j opens it: a later semicolon in the
// next 60 tokens, before hi and any full stop, is followed by "and" or
// "or", as in "cut rents; raised wages; and built homes". It returns -1
// otherwise, and when an item before that one is an attribution of its
// own or a note on the speaker, as ends a statement at any semicolon:
// "said the port would close; Reyes said it would not; and ...", "said
// fares would rise; she did not say by how much; and ...".
func (s *state) seriesSemicolon(j, hi int) int {
	last, own := -1, -1
	for k := j; k+1 < hi && k <= j+60; k++ {
		t := &s.toks[k]
		if t.isPunct('.') || t.isPunct('?') || t.isPunct('!') {
			break
		}
		if !t.isPunct(';') {
			continue
		}
		if s.toks[k+1].lowerWord() && s.wordIs(k+1, "and", "or") {
			if k > j {
				last = k
			}
			continue
		}
		if r := k + 1; own < 0 && (s.attributionAt(r, hi) || s.toks[r].class&cSubjPron != 0 && (s.nextActAt(r+1) || s.untoldAt(r+1, hi) || s.deniedSaying(r+2, hi))) {
			own = k
		}
	}
	if own >= 0 && own < last {
		return -1
	}
	return last
}

// dashOpensAside reports whether the stripped dash before token j opens an
// aside that another closes within twelve tokens, after which the clause
// goes on with its verb: `the plan   warning of delays   would cost
// more`; not a dash that closes an aside or follows one, `the port   the
// busiest   was safe   adding ...`, nor one whose partner opens another
// clause, `  saying it paid   and called it false`.
func (s *state) dashOpensAside(j, cs, hi int) bool {
	for k := max(cs+1, j-12); k < j; k++ {
		if s.dashGap(k) {
			return false
		}
	}
	for k := j + 1; k < hi && k <= j+12; k++ {
		if s.dashGap(k) {
			return s.toks[k].lowerWord() && s.toks[k].class&cConj == 0 && (s.verbLike(k) || s.presentVerb(k, k+1))
		}
	}
	return false
}

// dashIngCue reports whether a cue in -ing stands at token j, or after a
// name of one or two words that opens at j: "saying", "Lee saying".
func (s *state) dashIngCue(j int) bool {
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		t := &s.toks[k]
		if t.lowerWord() {
			return strings.HasSuffix(s.word(k), "ing") && s.participleCueAt(k)
		}
		if !t.capWord() {
			return false
		}
	}
	return false
}

// dashGapNear reports whether another stripped dash stands within a few
// tokens of the one before token j, from cs to hi: the two set off an
// aside.
func (s *state) dashGapNear(j, cs, hi int) bool {
	for k := max(cs+1, j-12); k < hi && k <= j+12; k++ {
		if k != j && s.dashGap(k) {
			return true
		}
	}
	return false
}

// gerundAfterPrepIn reports whether [cs, j) is a speech act's complement
// with no clause of its own and a gerund after a preposition: "the mayor
// of lying", "him for failing".
func (s *state) gerundAfterPrepIn(cs, j int) bool {
	if j-cs > 40 || s.hasClause(cs, j) {
		return false
	}
	for k := cs + 1; k < j; k++ {
		if t := &s.toks[k]; t.lowerWord() && strings.HasSuffix(s.lower(k), "ing") && s.toks[k-1].lowerWord() && s.toks[k-1].class&cPrep != 0 {
			return true
		}
	}
	return false
}

// resultWord reports whether token k is a participle that tells what
// came of an act, the reporter's word for its effect: "leading to",
// "meaning that", "reversing", "raising the question". Not one that
// names a further act of the speaker's, "urging", "leading the talks".
func (s *state) resultWord(k int) bool {
	if s.wordIs(k, "leading") {
		return s.wordIs(k+1, "to") // "leading the talks" is the speaker's act
	}
	if s.wordIs(k, "making") && (s.wordIs(k+1, "clear") || s.wordIs(k+1, "it") && s.wordIs(k+2, "clear")) || s.wordIs(k, "signaling", "signalling") && s.wordIs(k+1, "that") {
		// "making it clear that she would not resign", "signaling
		// that he would back it": the speaker saying more.
		return false
	}
	return s.wordIs(k, "breaking", "bringing", "casting", "dealing", "easing", "ending", "fueling", "fuelling", "highlighting", "leaving", "making", "marking", "meaning", "opening", "paving", "prompting", "putting", "raising", "reversing", "setting", "signaling", "signalling", "sparking", "throwing", "triggering", "underlining", "underscoring")
}

// endWordStart reports whether a word in lower case that starts with
// byte b may be one of the words other than conjunctions that end a
// statement in contentEnd: "and", "but", "after", "before", "while",
// "whereas", and the prepositions of an occasion or a channel, "in",
// "on", "at", "during", "through", "via", and what opens an aside after a
// stripped dash, "a", "according", "even", "though".
func endWordStart(b byte) bool {
	switch b {
	case 'a', 'b', 'd', 'e', 'i', 'o', 't', 'v', 'w':
		return true
	}
	return false
}

// endWordAt reports whether the word t in lower case may be one of the
// words endWordStart lists: by its first byte and, for a word all in
// ASCII, its length, which lets through "though" and "through" but not
// "that" or "the", the words a run-on sentence is full of. Unicode
// folding may match a word of other bytes to one of these, so any other
// word is judged by its first byte alone.
func endWordAt(text string, t *token) bool {
	b := text[t.start]
	if !endWordStart(b) {
		return false
	}
	n := t.end - t.start
	if t.flags&fASCII == 0 {
		return true
	}
	var lens uint16 // a bit for each length of a word with initial b
	switch b {
	case 'a':
		lens = 1<<1 | 1<<2 | 1<<3 | 1<<5 | 1<<8 | 1<<9 // a, an, at, and, after, although, according
	case 'b':
		lens = 1<<3 | 1<<6 // but, before
	case 'd':
		lens = 1 << 6 // during
	case 'e':
		lens = 1 << 4 // even
	case 'i', 'o':
		lens = 1 << 2 // in, on
	case 't':
		lens = 1<<6 | 1<<7 // though, through
	case 'v':
		lens = 1 << 3 // via
	case 'w':
		lens = 1<<5 | 1<<7 // while, whereas
	}
	return n < 16 && lens&(1<<n) != 0
}

// commaInStrippedMark reports whether the comma at token j stood inside
// a stripped closing mark, that of a quote opened inside the statement
// that starts at token cs: `that the toll is  peanuts,  compared to`, `is
// a  liar,  a  cheat`. As after a mark that was kept, the words after it
// may go on with the statement; but where the statement is the quote,
// `told them  We won,  a reference to`, they are the reporter's.
func (s *state) commaInStrippedMark(j, cs int) bool {
	return s.spaced && j+1 < len(s.toks) && s.toks[cs].flags&fWide == 0 && s.toks[j+1].flags&fWide != 0 && s.marksAt(j+1) == 1 && s.marksIn(cs+1, j+1)%2 == 1
}

// bareVerbGoesOn reports whether the verb at e, after the conjunction at
// j, is in its base form with no auxiliary of its own, and an infinitive
// or a modal stands in the few tokens before j, from cs on: the verb goes
// on with the statement, "urged the city to cut fares and call a vote",
// "he would meet the mayor and tell him".
func (s *state) bareVerbGoesOn(cs, j, e int) bool {
	if !s.baseForm(e) {
		return false
	}
	for k := j + 1; k < e; k++ {
		if s.toks[k].class&cAux != 0 {
			return false
		}
	}
	for k := j - 2; k >= cs && k >= j-20; k-- {
		// "she'd sit him down and tell him": a modal's clitic too.
		// "urged them to “stop the sale” and call a vote": a mark may
		// open the verb's words.
		n := k + 1
		if s.toks[n].kind == tMark && n+1 < j {
			n++
		}
		if (s.toks[k].lowerWord() || s.toks[k].kind == tClitic) && s.wordIs(k, "to", "would", "will", "could", "can", "should", "must", "might", "may", "'d", "'ll", "’d", "’ll") && s.toks[n].lowerWord() {
			return true
		}
	}
	return false
}

// frontedMainClause reports whether the comma at j closes an adverbial
// clause that opens the statement at cs, or after "that" a phrase of
// time or words with no verb yet, and the clause after it, with a verb
// that can be a cue, is the statement's main clause: "said that if the
// bridge fails, the city will explain why". An attribution there ends
// at its cue: "that if it fails, he said, ...".
func (s *state) frontedMainClause(cs, j, hi int) bool {
	k := cs
	if s.wordIs(k, "that") {
		k++
	}
	// contentAfter opens the statement after "that" and its commas.
	that := k > cs || cs > 0 && (s.wordIs(cs-1, "that") || s.toks[cs-1].isPunct(',') && cs > 1 && s.wordIs(cs-2, "that"))
	if k < j && s.wordIs(k, "even") {
		k++ // "that even after the vote, the council told her ..."
	}
	if k >= j || j-k > 25 {
		return false
	}
	if !s.wordIs(k, "if", "although", "though", "because", "when", "once", "unless", "whenever") &&
		!(that && (s.wordIs(k, "after", "before", "during", "since", "until") || !s.hasClause(k, j))) {
		// After "that" a phrase of time opens the clause too, "said
		// that after the storm, the council told her to leave"; with
		// no "that" it may date the saying. Nor does a clause end
		// before its verb: "said that voters in Dover, Kestia who
		// had no ballot complained".
		return false
	}
	for i := k + 1; i < j; i++ {
		if s.toks[i].kind == tPunct || s.toks[i].kind == tMark {
			return false
		}
	}
	for e := j + 2; e < hi && e < j+12; e++ {
		if c, ok := s.cueAt(e); ok && c.kind == cueVerb {
			return c.last < hi && s.toks[c.last].kind == tWord
		}
	}
	return false
}

// frontedSubordinate reports whether the comma at j closes a subordinate
// clause that opens the statement at cs, so that the main clause is yet
// to come: "said that even if the vote was fair, a review of it ...".
func (s *state) frontedSubordinate(cs, j int) bool {
	k := cs
	if s.wordIs(k, "that") {
		k++
	}
	if k < j && s.wordIs(k, "even") {
		k++
	}
	if k >= j || j-k > 25 || !s.wordIs(k, "if", "although", "though", "because", "when", "once", "unless", "whenever", "while", "since", "after", "before", "until") {
		return false
	}
	for i := k + 1; i < j; i++ {
		if s.toks[i].kind == tPunct || s.toks[i].kind == tMark {
			return false
		}
	}
	return true
}

// thatClause reports whether the word at k, after "and that", opens the
// clause's subject, so that "that" is a conjunction: "and that many
// will", "and that the city", "and that Lee's office"; but not "and that
// group was", where "that" is a determiner.
func (s *state) thatClause(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return false
	}
	return t.class&(cSubjPron|cDet|cPossPron) != 0 && !s.wordIs(k, "that", "this") || t.flags&(fCap|fDigit) != 0 || s.quantity(k)
}

// dashAsideEnd returns the dash that closes an aside opened by the dash
// at j, when the statement goes on after it with a word of its own
// clause, or j: "voters – and donors – are tired". The aside is short
// and holds no cue.
func (s *state) dashAsideEnd(j, hi int) int {
	for k := j + 1; k < hi && k <= j+15; k++ {
		t := &s.toks[k]
		if t.isPunct(pDash) && !s.suspendedHyphen(k) {
			if k+1 < hi && s.toks[k+1].lowerWord() && s.toks[k+1].class&(cConj|cSubord|cSubjPron|cPossPron|cDet) == 0 {
				return k
			}
			return j
		}
		if t.kind == tPunct && !t.isPunct(',') {
			return j
		}
		if _, ok := s.cueAt(k); ok {
			return j
		}
	}
	return j
}

// dashClosedAfter reports whether a second dash closes, within a few
// words of the same sentence, an aside that the dash at j opens.
func (s *state) dashClosedAfter(j, hi int) bool {
	for k := j + 2; k < hi && k <= j+12; k++ {
		t := &s.toks[k]
		if t.isPunct(pDash) && !s.suspendedHyphen(k) {
			return true
		}
		if t.kind == tPunct && !t.isPunct(',') {
			return false
		}
	}
	return false
}

// closesDashAside reports whether the dash at j closes an aside that a
// dash after cs opened, a few words before.
func (s *state) closesDashAside(cs, j, hi int) bool {
	for d := j - 2; d > cs && d >= j-15; d-- {
		if s.toks[d].isPunct(pDash) && !s.suspendedHyphen(d) {
			return s.dashAsideEnd(d, hi) == j
		}
	}
	return false
}

// verbBefore reports whether a verb stands in the few tokens before j,
// from cs on: the "and" at j follows a clause, not a noun.
func (s *state) verbBefore(j, cs int) bool {
	for k := j - 1; k >= cs && k >= j-30; k-- {
		if s.verbLike(k) {
			return true
		}
	}
	return false
}

// subjectOpenBefore reports whether a subordinator or "that" opens a
// clause whose verb has not come yet before the "and" at j: in "because
// Lee and Reyes agreed" the "and" joins two subjects.
func (s *state) subjectOpenBefore(j, cs int) bool {
	for k := j - 1; k >= cs && k >= j-8; k-- {
		t := &s.toks[k]
		if t.kind != tWord || s.verbLike(k) {
			return false
		}
		if t.lowerWord() && (t.class&cSubord != 0 || s.wordIs(k, "that")) {
			return true
		}
	}
	return false
}

// listBefore reports whether the comma at j closes an item of a list or
// a place: "in Port Dover, Norvia, and Kestia".
func (s *state) listBefore(j, lo int) bool {
	for k := j - 1; k > lo && k >= j-4; k-- {
		if s.toks[k].isPunct(',') {
			return true
		}
	}
	return false
}

// reporterClause reports whether a clause with a subject of its own and
// a verb in the past starts at a: "rivals were not convinced", "the
// group sued the city".
func (s *state) reporterClause(a, hi int) bool {
	// A time may open the clause before its subject: "but late
	// Friday she declared", "but on Monday the mayor said".
	a0 := a
	a = s.frontedTimeEnd(a, hi)
	if a > a0 && (a >= hi || s.toks[a].class&cSubjPron == 0 && !s.toks[a].capWord() && s.toks[a].class&(cDet|cPossPron) == 0) {
		return false
	}
	m, ok := s.subjectFrom(a, min(hi, a+12))
	if !ok || s.mentionStart(m) != a {
		return false
	}
	v := m.last
	for v < hi && s.toks[v].lowerWord() && s.toks[v].class&(cAdverb|cTime) != 0 {
		v++
	}
	// A past that is also a noun or an adjective is a verb before an
	// object: "but the council shut the schools".
	ambiguous := v+1 < hi && s.toks[v].lowerWord() && lowerIn(s.word(v), ambiguousPasts...) && s.toks[v+1].lowerWord() && s.toks[v+1].class&(cDet|cPossPron|cObjPron) != 0
	if v >= hi || !s.toks[v].lowerWord() || s.toks[v].class&(cAux|cPast) == 0 && !strings.HasSuffix(s.word(v), "ed") && !ambiguous {
		return false
	}
	// Not when an attribution closes it: "..., but they would not pay
	// for it, she said."
	for k := v + 1; k < hi && k < v+40; k++ {
		if s.toks[k].isPunct(',') && s.attributionAfterComma(k, hi) {
			return false
		}
	}
	return true
}

// frontedTimeEnd returns where a clause starts after the time that may
// open it at a, "on Friday", "late Monday,", "last week", or a if none
// does. It looks at most four words ahead.
func (s *state) frontedTimeEnd(a, hi int) int {
	a0 := a
	for a < hi && a < a0+4 {
		t := &s.toks[a]
		if t.kind == tWord && t.class&cTime != 0 && t.class&(cAux|cDet|cSubjPron) == 0 {
			a++
			continue
		}
		if t.lowerWord() && s.wordIs(a, "late", "early", "on", "last", "this", "next") && a+1 < hi && s.toks[a+1].kind == tWord && s.toks[a+1].class&cTime != 0 && s.toks[a+1].class&cAux == 0 {
			a++
			continue
		}
		break
	}
	if a > a0 && a < hi && s.toks[a].isPunct(',') {
		a++
	}
	return a
}

// attributionAfterComma reports whether an attribution of its own
// follows the comma at j: ", he said," or ", while Reyes said". Away from
// hi the answer depends on j alone, and is kept: a text dense with commas
// and cues would otherwise ask it again for every cue before it.
func (s *state) attributionAfterComma(j, hi int) bool {
	const reach = 12
	if j+1 >= hi {
		return false // a comma that ends the text: `0 said 0,and 0 will ,`
	}
	cacheable := j+reach+40 < hi // 40: parenEnd's reach
	if cacheable && s.commaAttr[j] != 0 {
		return s.commaAttr[j] == 1
	}
	found := false
	from := j + 1
	if nx := &s.toks[j+1]; nx.class&(cConj|cSubord) != 0 && nx.class&cDet == 0 {
		from = j + 2
	}
	limit, skipped := j+reach, false
	for e := from + 1; e < hi && e < limit; e++ {
		if !skipped && s.toks[e].isPunct('(') {
			if c := s.parenEnd(e, hi); c > e {
				// ", but Sen. Tom Reyes (a Dover Democrat elected in
				// May) says": an aside between the subject and its verb.
				skipped = true
				limit += c - e
				e = c
				continue
			}
		}
		if c, ok := s.cueAt(e); ok && c.kind == cueVerb {
			// Not a passive, ", he was asked again": one spoken to
			// does not speak.
			if m, ok := s.subjectBefore(e, from); ok && (s.mentionStart(m) == from || s.nameModifiers(from, m)) && !s.wordIs(e-1, "was", "were", "is", "are", "been", "being", "be") && !s.modalBefore(e, m.last) {
				found = true
			}
			break
		}
		if s.toks[e].kind != tWord && s.toks[e].kind != tClitic {
			break
		}
	}
	if cacheable {
		s.commaAttr[j] = 2
		if found {
			s.commaAttr[j] = 1
		}
	}
	return found
}

// nameModifiers reports whether the few words from a to name m describe
// the name and open its noun phrase: ", state news agency Wirex said",
// ", Kestia's state broadcaster KXR said", ", while Wirex's Lee said";
// but not ", something many rivals urged".
func (s *state) nameModifiers(a int, m mention) bool {
	if m.kind != mName || m.first <= a || m.first-a > 6 || s.toks[m.first-1].class&(cTitle|cOrg|cBody) == 0 && !s.possessive(m.first-1) && !s.toks[m.first-1].capWord() {
		return false
	}
	for k := a; k < m.first; k++ {
		t := &s.toks[k]
		if t.kind == tClitic && s.possessive(k) && k > a || k == a && s.wordIs(k, "the") && s.toks[k+1].capWord() {
			continue
		}
		if t.kind != tWord || t.class&(cConj|cPrep|cSubord|cAux|cAdverb|cSubjPron|cTime|cDet) != 0 || s.verbLike(k) {
			return false
		}
	}
	return true
}

// classify settles a statement's kind from the quotations inside it, and
// rejects it if it overlaps a quotation already attributed. A statement
// that is one quotation becomes direct; one that holds a quoted fragment
// becomes mixed.
func (s *state) classify(st *stmt) bool {
	inside, outside := false, false
	for k := st.first; k < st.last; k++ {
		p := s.pairOf[k]
		if p < 0 {
			t := &s.toks[k]
			if t.kind == tWord || t.kind == tSymbol {
				outside = true
			}
			if outside {
				// Only a quotation can change anything now.
				k = int(s.nextPaired[k]) - 1
			}
			continue
		}
		if s.pairStmt[p] >= 0 {
			if s.namedWithin(st, int(p), k) {
				s.stmts[s.pairStmt[p]].dropped = true
				s.pairStmt[p] = -1
				inside = true
				continue
			}
			if s.quoteGoesOn(st, int(p), k) {
				q := &s.stmts[s.pairStmt[p]]
				q.dropped = true
				if st.hasSpk {
					// The attribution after the quotation reports the
					// whole; an asked question keeps no speaker.
					st.spk, st.cueFirst, st.cueLast = q.spk, q.cueFirst, q.cueLast
				}
				s.pairStmt[p] = -1
				st.last = s.pairs[p].close + 1
				inside = true
				break
			}
			// Overlaps a quotation with its own attribution; when that
			// statement starts where st does, st was read already.
			if k == st.first || s.stmts[s.pairStmt[p]].first <= st.first {
				return false
			}
			st.last = k
			break
		}
		inside = true
	}
	if st.last <= st.first {
		return false
	}
	if outside {
		// `she would "close the port. We will do it."`: a quotation
		// that opens in the statement runs on to its close, past the
		// end of the sentence, within the paragraph.
		for k := int(s.nextPaired[st.first]); k < st.last; k = int(s.nextPaired[k+1]) {
			p := s.pairOf[k]
			if s.pairs[p].open != k {
				continue
			}
			if c := s.pairs[p].close; c >= st.last && s.pairStmt[p] < 0 && s.sents[s.sentOf[c]].para == s.sents[s.sentOf[k]].para {
				st.last = c + 1
				break
			}
		}
	}
	if t := &s.toks[st.first]; t.kind == tMark && s.pairOf[st.first] < 0 && t.mark.canOpen() {
		// An opening mark that was never closed: the speaker's words.
		st.kind, st.marked = Direct, true
		st.start, st.end = s.directContent(st.first, st.last)
		return true
	}
	switch {
	case inside && !outside:
		st.kind, st.marked = Direct, true
		// One quotation: its content, without the marks.
		p := s.pairs[s.pairOf[st.first+s.firstMark(st)]]
		st.start, st.end = s.pairInner(p)
		if st.cueLast > st.cueFirst && p.open-1 >= st.cueLast && s.toks[p.open-1].lowerWord() && s.wordIs(p.open-1, "that") {
			// "told them at a Dover cafe that “we will win”": the
			// whole clause after "that", reported and so mixed, as
			// reportedLead makes it when the quotation is read first.
			st.kind = Mixed
		}
	case inside:
		st.kind, st.marked = Mixed, true
	}
	for k := int(s.nextPaired[st.first]); k < st.last; k = int(s.nextPaired[k+1]) {
		if p := s.pairOf[k]; s.pairStmt[p] < 0 {
			s.pairStmt[p] = len(s.stmts)
		}
	}
	return true
}

// namedWithin reports whether the quotation p, which opens at token k
// inside statement st, got its attribution only from a cue right before
// it that lies within st: in "she says voters are tired of what she calls
// “empty promises”" the statement reports the naming, as news annotators
// mark it. A relative clause or a clause joined on ("which he called",
// "and Reyes calling it") names in a statement of its own. The quotation's
// own statement may start before it, at "to" ("agrees to “cut tolls”"),
// and does not count as a statement over st.
func (s *state) namedWithin(st *stmt, p, k int) bool {
	q := &s.stmts[s.pairStmt[p]]
	if !(k > st.first && k == s.pairs[p].open && s.toks[k-1].kind == tWord && q.pair == p && q.source == srcQuoteCueBefore && q.cueFirst >= st.first && q.cueLast <= k) || s.stmtOverExcept(st.first, k, q.cueFirst, q.cueLast) {
		return false
	}
	if q.hasSpk {
		if a := s.mentionStart(q.spk); a > st.first && s.wordIs(a-1, "which", "who", "whom", "and", "with", "while", "but") {
			return false
		}
	}
	return true
}

// quoteGoesOn reports whether the quotation p, which opens at token k
// inside statement st right after a word of it, carries on the
// statement's clause although an attribution after it claimed it: in
// `Lee said the plan was “a mess,” the Ledger reported` the Ledger reports
// the whole clause, quotation and all, as news annotators mark it. A
// statement already read over the tokens before the quotation stays.
func (s *state) quoteGoesOn(st *stmt, p, k int) bool {
	q := &s.stmts[s.pairStmt[p]]
	pr := s.pairs[p]
	return k > st.first && k == pr.open && pr.close < st.last && s.toks[k-1].kind == tWord && q.pair == p && q.first == k+1 && q.source == srcQuoteCueAfter && !s.stmtOver(st.first, k)
}

// firstMark returns the offset of the first quotation token in st.
func (s *state) firstMark(st *stmt) int {
	for k := st.first; k < st.last; k++ {
		if s.pairOf[k] >= 0 {
			return k - st.first
		}
	}
	return 0
}

// relativeOrCue reports whether token i starts a relative clause or a cue
// of its own, so that no statement starts there.
func (s *state) relativeOrCue(i int) bool {
	if s.wordIs(i, "who", "which", "whose", "whom", "according") {
		return true
	}
	c, ok := s.cueAt(i)
	return ok && !c.weak
}

// interrogative reports whether a reported question starts at token i:
// "asked whether ...", "asked workers if ...".
func (s *state) interrogative(i int) bool {
	return lowerIn(s.word(i), "whether", "if", "what", "why", "how", "when", "where", "who", "which")
}

// leadIn returns where the statement that ends with quotation p starts
// when the reporter's words lead into the quote within its clause, or
// p.open when the quote stands alone.
func (s *state) leadIn(p pair) int {
	sent := s.sentenceOf(p.open)
	start := sent.first
	for j := p.open - 1; j >= sent.first; j-- {
		t := &s.toks[j]
		if t.kind == tMark && s.pairOf[j] >= 0 {
			if q := &s.pairs[s.pairOf[j]]; q.close == j && (q.open > sent.first || q.open == sent.first && s.toks[j+1].lowerWord()) && q.depth == 0 && s.pairStmt[s.pairOf[j]] < 0 {
				// `Ferries are “too slow” and “cost too much,” Lee said`,
				// `“Fair fares” are “no gift,” Lee said`: an earlier
				// quotation in the clause that states nothing of its own
				// leads in with the words around it; one that opens the
				// sentence, only when a verb or the like goes on from it
				// in lower case, not `“Q1” Words “Q2,” he said`.
				j = q.open
				continue
			}
		}
		if t.kind == tMark || t.isPunct(':') || t.isPunct(';') || s.pairOf[j] >= 0 || s.usedCue[j] {
			start = j + 1
			break
		}
		if t.isPunct('(') {
			// `the deal angered members ("Q," wrote Lee)`: the
			// parenthesis holds the quote and its attribution.
			return p.open
		}
		if c, ok := s.cueAt(j); ok && !c.naming && !s.determined(j) {
			// A cue leads in, `Lee said "Q"`; but not a speech word
			// used as a noun, "the mayor's remarks were “Q”".
			return p.open
		}
	}
	for start < p.open && s.toks[start].kind == tWord && s.toks[start].class&cConj != 0 {
		start++
	}
	if n := s.wordsIn(start, p.open); n == 0 || n == 1 && s.toks[p.open-1].kind == tPunct {
		// One word leads in only when it runs into the quote, as a
		// subject does: `Voters “want change,” Lee said`, `Lee's
		// “plan is dead,”`; not "Yes, “...”".
		return p.open
	}
	// A phrase about the speaking is not part of the statement: "In a
	// statement, “...”". Other fronted phrases open the clause that the
	// quote completes: `In June, “the port was full,” Lee said`.
	opensPair := s.toks[start].kind == tMark && s.pairOf[start] >= 0 && s.pairs[s.pairOf[start]].open == start
	if t := &s.toks[start]; t.kind != tWord && !opensPair || t.class&(cPrep|cSubord|cAdverb|cTime) != 0 && t.class&cDet == 0 && s.introductory(start, p.open) {
		return p.open
	}
	return start
}

// verbLike reports whether token k looks like a finite verb with no
// subject before it: a past form, an auxiliary, or a form in -s after
// "and" or "but".
func (s *state) verbLike(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&(fCap|fDigit) != 0 || t.class&(cDet|cSubjPron|cPossPron|cPrep|cSubord) != 0 {
		return false
	}
	if t.class&(cAux|cSpeech|cCognition|cPast) != 0 {
		return true
	}
	return edPast(s.word(k))
}

// apposedClause reports whether a statement at cs opens with a subject,
// an apposition set off by commas and the subject's verb before j: "Ann
// Lee, the baker who ran the mill, kept two stalls" is a clause, as
// mainClauseAt finds one with no apposition.
func (s *state) apposedClause(cs, j int) bool {
	if t := &s.toks[cs]; t.kind != tWord || !t.capWord() && t.class&(cDet|cPossPron) == 0 {
		return false
	}
	open := -1
	for k := cs + 1; k < j-1 && k <= cs+30; k++ {
		t := &s.toks[k]
		if s.pairOf[k] >= 0 || t.kind == tPunct && !t.isPunct(',') {
			return false
		}
		if !t.isPunct(',') {
			continue
		}
		if open >= 0 && s.verbLike(k+1) {
			return true
		}
		if open < 0 {
			open = k
		}
	}
	return false
}

// goesOnToDeed reports whether the cue at e is "continue" before "to" and
// a verb that reports no speech: "said the guild would reopen the stall,
// and would continue to bake" goes on with the statement, where "and
// continued to insist ..." opens the speaker's next one.
func (s *state) goesOnToDeed(e, hi int) bool {
	if e+2 >= hi || !s.continueTo(e) {
		return false
	}
	_, ok := s.cueAt(e + 2)
	return !ok
}

// edPast reports whether w reads as a past in -ed: "stated", and the
// short ones, "sued", "died", but not "need", "seed", "shed" or "used",
// mostly a participle ("a widely used term", "used the visit to"), nor a
// compound whose last part is "ed", the noun "op-ed".
func edPast(w string) bool {
	return strings.HasSuffix(w, "ed") && (len(w) > 4 && !strings.HasSuffix(w, "-ed") || len(w) == 4 && w[1] != 'e' && w != "shed" && w != "sled" && w != "used")
}

// thatAfterAside returns the "that" after a short aside that starts at a
// and ends in a comma, or 0: "when asked about it, that".
func (s *state) thatAfterAside(a, hi int) int {
	for k := a + 1; k+1 < hi && k < a+12; k++ {
		t := &s.toks[k]
		if t.kind == tMark || t.isPunct('.') || t.isPunct(';') || t.isPunct(':') {
			return 0
		}
		if t.isPunct(',') {
			if s.wordIs(k+1, "that") && s.toks[k+1].flags&fCap == 0 {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// clauseAhead reports whether a clause with its own subject and verb
// starts within the comma-delimited stretch [a, hi) after an adverbial:
// "rain or shine, she's going".
func (s *state) clauseAhead(a, hi int) bool {
	words := 0
	for k := a; k < hi; k++ {
		t := &s.toks[k]
		if t.kind == tWord {
			words++
		}
		if t.isPunct(',') && k+2 < hi {
			n := &s.toks[k+1]
			if n.kind == tWord && (n.class&cSubjPron != 0 || n.capWord()) && s.verbLike(k+2) || n.kind == tWord && n.class&cSubjPron != 0 && s.toks[k+2].kind == tClitic {
				return words >= 2
			}
		}
	}
	return false
}

// subordinateEnd returns where the attribution's clause ends when it is a
// fronted subordinate clause: "When Lee pointed out that taxes rose, the
// room went quiet" ends at the comma before the main clause.
func (s *state) subordinateEnd(m mention, c cue, hi int) int {
	a := s.subordinatorBefore(min(s.mentionStart(m), c.first))
	if a < 0 {
		a = s.openingSubordinator(min(s.mentionStart(m), c.first))
	}
	if a < 0 && s.asideSubordinator(min(s.mentionStart(m), c.first)) >= 0 {
		// "The vote, even after Lee said it was rigged, went ahead":
		// the clause set off by commas ends where the main clause's
		// verb goes on, as a relative clause does (relativeEnd).
		for k := c.last; k+1 < hi; k++ {
			if s.pairOf[k] >= 0 {
				break
			}
			if s.toks[k].isPunct(',') {
				v := k + 1
				for v+1 < hi && s.toks[v].lowerWord() && (s.toks[v].class&cAdverb != 0 || strings.HasSuffix(s.word(v), "ly")) {
					v++
				}
				if s.finiteVerb(v) || s.verbWithObject(v) {
					return k
				}
				break
			}
		}
		return hi
	}
	if a < 0 || s.asClause(m, c) {
		// "As Lee said, ..." introduces the main clause as the
		// statement.
		return hi
	}
	switch s.lower(a) {
	case "that", "what", "which", "who", "whom", "whose", "how", "why", "whether", "so":
		// "What she said was ...": not an adverbial clause.
		return hi
	}
	for k := c.last; k+2 < hi; k++ {
		if s.toks[k].isPunct(',') && s.pairOf[k] < 0 && s.mainAfterSubordinate(k+1, hi) {
			return k
		}
		if p := s.pairOf[k]; p >= 0 && s.pairs[p].close == k && s.toks[k-1].isPunct(',') && s.mainAfterSubordinate(k+1, hi) {
			// `While Lee said the plan was "the best," Reyes ...`:
			// the comma stands inside the closing mark.
			return k + 1
		}
		if s.toks[k].isPunct(pDash) && !s.suspendedHyphen(k) && s.mainAfterSubordinate(s.dashAsideClose(k, hi)+1, hi) {
			// "While Lee says the fare is fair – a view few share –
			// others say ...": a dash, or an aside between dashes,
			// ends the clause as a comma does.
			return k
		}
	}
	return hi
}

// dashAsideClose returns the dash that closes an aside of a few words
// opened by the dash at j, or j.
func (s *state) dashAsideClose(j, hi int) int {
	for k := j + 1; k+1 < hi && k <= j+15; k++ {
		t := &s.toks[k]
		if t.isPunct(pDash) && !s.suspendedHyphen(k) {
			return k
		}
		if t.kind != tWord && !t.isPunct(',') {
			break
		}
	}
	return j
}

// timeClauseCues begin the cues whose clause of time may be what was
// said (see timeClauseOfAct): "asked when", "recalled when".
var timeClauseCues = []string{"ask", "complain", "describ", "detail", "disclos", "explain", "inquir", "know", "question", "recall", "recount", "remember", "reveal", "said", "say", "tell", "told", "wonder"}

// timeClauseOfAct reports whether a clause of time opens at token i right
// after cue c, "conceded when polls closed", "declared after he took
// office", with no comma and main clause after it ("said when she left,
// the port would close") and no colon, so that nothing was said (drop);
// a question ("asked when"), a memory ("recalled when"), a complaint
// ("complained when it failed") or an account ("explained when") may be
// one. When "that" and a clause follow it, that is the "that" (see
// contentAfter).
func (s *state) timeClauseOfAct(c cue, i, hi int) (drop bool, that int) {
	if i+1 >= hi || i != c.last || !s.toks[i].lowerWord() || !s.wordIs(i, "when", "after", "before", "once") {
		return false, -1
	}
	modal, open := false, true
	for j := i + 1; j < hi && j <= i+40; j++ {
		if s.toks[j].isPunct(':') {
			return false, -1
		}
		open = open && s.toks[j].kind == tWord
		if open && s.toks[j].lowerWord() && s.wordIs(j, "would", "will", "could", "can", "might", "should", "may") {
			// "announced when the port would reopen": a question,
			// what was said; a time has no modal.
			modal = true
		}
		if j+1 < hi && s.toks[j].lowerWord() && s.wordIs(j, "that") && s.strongClauseStart(j+1) {
			return false, j
		}
	}
	if modal {
		return false, -1
	}
	if hasStem(s.lower(c.first), timeClauseCues...) {
		return false, -1
	}
	return !s.clauseAfterComma(i, hi), -1
}

// circumstanceAt reports whether a clause of the saying's time or manner
// with a participle starts at token i before hi: "when asked about it",
// "while campaigning", which the reporter adds to an attribution.
func (s *state) circumstanceAt(i, hi int) bool {
	if i+1 >= hi || !s.toks[i].lowerWord() || !s.wordIs(i, "when", "while", "after", "before", "as", "once") {
		return false
	}
	n := &s.toks[i+1]
	w := s.word(i + 1)
	return n.lowerWord() && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && n.class&(cAux|cSubjPron|cDet) == 0
}

// relativeEnd returns where a relative clause set off by commas ends when
// the cue is in it, or hi: "Lee, who said the city was broke, was late",
// "The plan, which Lee said was costly, failed".
// The first comma after the cue closes the clause if a verb of the main
// clause follows it; without commas, see restrictiveEnd.
func (s *state) relativeEnd(m mention, c cue, hi int) int {
	r := m.relative - 1
	if a := s.mentionStart(m) - 1; r < 1 && a >= 1 && m.first < c.first && s.toks[a].lowerWord() && s.wordIs(a, "which", "who", "whom", "whose") {
		// "The fees, which the council said will start in May, do not
		// apply": the speaker's clause is the relative clause's own;
		// so is it after a possessor, "Lee, whose aide said ..., was".
		r = a
	}
	if r >= 1 && m.first < c.first && !s.toks[r-1].isPunct(',') && s.toks[r-1].kind == tWord && s.wordIs(r, "who", "that", "whose") {
		if s.indefiniteBefore(r) {
			hi = s.namingColon(c.last, hi)
		}
		e := s.restrictiveEnd(c, hi)
		if m.last < r && s.toks[m.last].isPunct(',') {
			// The relative clause is inside an apposition, which a
			// comma closes before the name's own verb: "Lee, a guard
			// who said the port was shut, left early".
			e = s.mainVerbComma(c.last, e)
		}
		return e
	}
	if r >= 2 && m.first < c.first && s.wordIs(r, "which", "whom") && s.toks[r-1].lowerWord() && s.toks[r-1].class&cPrep != 0 {
		// "The speech, in which Lee said the port would close, was
		// her last": a preposition may open the relative clause.
		r--
	}
	if r < 1 || !s.toks[r-1].isPunct(',') {
		return hi
	}
	return s.mainVerbComma(c.last, hi)
}

// mainVerbComma returns the first comma in [a, hi) when the main clause's
// verb follows it, which ends a relative clause set off by commas: "...,
// was late", "..., quickly left". Otherwise it returns hi.
func (s *state) mainVerbComma(a, hi int) int {
	for k := a; k+1 < hi; k++ {
		if s.pairOf[k] >= 0 {
			return hi
		}
		if !s.toks[k].isPunct(',') {
			continue
		}
		v := k + 1
		for v+1 < hi && s.toks[v].lowerWord() && (s.toks[v].class&cAdverb != 0 || strings.HasSuffix(s.word(v), "ly")) {
			v++
		}
		if s.finiteVerb(v) || s.verbWithObject(v) || s.toks[v].lowerWord() && lowerIn(s.word(v), ambiguousPasts...) {
			return k
		}
		if s.joinedSubjectVerb(v, hi) {
			return k
		}
		return hi
	}
	return hi
}

// joinedSubjectVerb reports whether "and" at v joins a name to the
// subject the relative clause before it is on, and the subject's verb
// follows, perhaps after a dash: "Lee, who has blasted Reyes, and Jo
// Park - are both running".
func (s *state) joinedSubjectVerb(v, hi int) bool {
	if v+2 >= hi || !s.toks[v].lowerWord() || !s.wordIs(v, "and") {
		return false
	}
	r := s.runAt(v + 1)
	if r < 0 || s.runs[r].first != v+1 {
		return false
	}
	e := s.runs[r].last
	if e < hi && s.toks[e].isPunct(pDash) {
		e++
	}
	return e < hi && s.finiteVerb(e)
}

// indefiniteBefore reports whether the antecedent of the relative
// pronoun at r is indefinite: "a man who", "someone who".
func (s *state) indefiniteBefore(r int) bool {
	if s.wordIs(r-1, "someone", "somebody") {
		return true
	}
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		if t := &s.toks[k]; t.kind != tWord {
			return false
		}
		if s.wordIs(k, "a", "an") {
			return true
		}
	}
	return false
}

// namingColon returns the colon in [a, hi) after which a name, with its
// role in lower case before it, tells who the antecedent of a relative
// clause is: "a woman who claims she can fix it: developer Ann Lee". It
// returns hi if there is none.
func (s *state) namingColon(a, hi int) int {
	for k := a; k+1 < hi && k < a+40; k++ {
		if !s.toks[k].isPunct(':') {
			continue
		}
		n := k + 1
		for n < hi && n < k+5 && s.toks[n].lowerWord() && s.nounish(n) && !s.verbLike(n) {
			n++
		}
		r := s.runAt(n)
		if n >= hi || r < 0 || s.runs[r].first != n || s.runKind(s.runs[r].nameFirst, s.runs[r].last) != Person || n == k+1 && s.runs[r].last-s.runs[r].nameFirst < 2 {
			// A full name, or a name after its role; not a word that
			// opens a quotation, "Uh".
			return hi
		}
		if e := s.runs[r].last; e == len(s.toks) || s.toks[e].isPunct(',') || s.toks[e].isPunct('.') {
			return k
		}
		return hi
	}
	return hi
}

// verbWithObject reports whether token v is a verb in the present in
// -s, or a past with the present's form ("cast", "put"), that an object,
// "to" or a question's clause follows, as the main clause's verb after a
// relative clause: "Lee, who announced a plan, plans to run", "Lee, who
// cited costs, cast herself as a reformer", "the vote, even after Lee
// criticized it, shows how split the town is". A plural noun in a list
// ("debts, loans and bonds") has no object after it.
func (s *state) verbWithObject(v int) bool {
	if v+1 >= len(s.toks) || !s.toks[v].lowerWord() || s.toks[v].class&(cSpeechNoun|cTitle|cOrg|cUnnamed|cBody|cDocument|cDet|cSubjPron|cObjPron|cPossPron|cPrep|cConj|cSubord|cAux|cNeg|cAdverb|cTime) != 0 {
		return false
	}
	if !presentForm(s.word(v)) && !s.wordIs(v, "cast", "cut", "hit", "let", "put", "quit", "set", "shut", "split", "spread") {
		return false
	}
	n := &s.toks[v+1]
	return n.lowerWord() && (n.class&(cDet|cPossPron|cObjPron) != 0 && !s.wordIs(v+1, "which", "what", "whatever", "whichever") || s.wordIs(v+1, "to", "how", "why", "whether"))
}

// restrictiveEnd returns where a restrictive relative clause whose cue
// is c ends, or hi: at the main clause's verb after the statement's own,
// "Renters who say the market is tight were split", "Those who said their
// taxes rose backed Lee". A comma, a conjunction, a subordinator or a
// relative, "that" or a quotation in between leaves the statement whole.
func (s *state) restrictiveEnd(c cue, hi int) int {
	// The statement's own verb was seen; an act's complement has none
	// of its own to wait for: "Activists who call for reform are
	// jailed".
	verb := c.act
	sub := false // in a clause of time or reason after the statement's verb
	for k := c.last; k < hi && k < c.last+40; k++ {
		t := &s.toks[k]
		if verb && !sub && t.lowerWord() && s.wordIs(k, "after", "because", "before", "since", "when", "while") && k+1 < hi && s.toks[k+1].class&(cSubjPron|cDet) != 0 {
			// "who revealed Lee sent a memo while she was mayor was
			// jailed": the clause's own verb, then the main clause's.
			sub = true
			continue
		}
		if s.pairOf[k] >= 0 || t.kind != tWord || t.class&(cConj|cSubord) != 0 || s.wordIs(k, "that", "who", "which", "whom", "whose") {
			if verb || k > c.last {
				return hi
			}
			continue
		}
		// "used" with an object is a past as well, too short for
		// edPast: "who revealed Lee used a private email was jailed".
		used := s.wordIs(k, "used") && k+1 < hi && s.toks[k+1].class&(cDet|cPossPron) != 0
		// Once the clause has its verb, a past of saying is the main
		// clause's, though no list of pasts holds it: "a woman who
		// accused the mayor of fraud said on Sunday ...".
		spoken := verb && s.wordIs(k, "said", "told", "wrote")
		if !s.finiteVerb(k) && !used && !spoken || strings.HasSuffix(s.word(k), "ing") || s.wordIs(k-1, "to") {
			// not "being" or "having": "who said they cared about a
			// mayor being fair"; nor an infinitive, "who said they
			// wanted to be heard"
			continue
		}
		p := &s.toks[k-1]
		if sub {
			sub = false
			continue
		}
		if verb && p.kind == tWord && (!s.finiteVerb(k-1) || s.passiveParticiple(k-1)) && p.class&(cSubjPron|cAux|cPrep|cDet|cPossPron) == 0 {
			return k
		}
		verb = true
	}
	return hi
}

// passiveParticiple reports whether the past form at k is a participle
// after an auxiliary, which ends its verb phrase rather than opening
// one: "the port should be closed were annoyed", "who said they were
// surprised backed Lee".
func (s *state) passiveParticiple(k int) bool {
	return k > 0 && s.pastForm(k) && s.toks[k-1].lowerWord() && s.toks[k-1].class&cAux != 0
}

// subordinatorBefore returns the subordinator that opens the fronted
// clause whose subject starts at m, or -1: "When Lee said", also after a
// short phrase in between, "Although in May Lee said", or one before it,
// "Weeks after Lee said".
func (s *state) subordinatorBefore(m int) int {
	for a := m - 1; a >= 0 && a >= m-4; a-- {
		t := &s.toks[a]
		if t.kind != tWord {
			return -1
		}
		if t.class&cSubord != 0 && t.class&cDet == 0 {
			if s.leadsSentence(a) {
				return a
			}
			// "Weeks after", "Shortly before", "Even though": a
			// short lead of words, without a verb, opens the sentence.
			for k := a - 1; k >= 0 && k >= a-3; k-- {
				if u := &s.toks[k]; u.kind != tWord || s.verbLike(k) || u.class&(cSubjPron|cSubord) != 0 {
					return -1
				}
				if s.toks[k].flags&fSentStart != 0 {
					if s.wordIs(a, "as") {
						return -1 // "Just as Lee said, ..."
					}
					return a
				}
			}
			return -1
		}
		if a < m-1 && (t.class&(cSubjPron|cConj) != 0 || s.verbLike(a)) {
			return -1
		}
		if t.flags&fSentStart != 0 {
			return -1
		}
	}
	return -1
}

// withClauseEnd returns where the statement of a participle whose
// subject "with" introduces ends, or hi: before "and" and a second such
// clause with a subject of its own, "with Lee calling for a ban and
// the mayor urging calm".
func (s *state) withClauseEnd(m mention, c cue, hi int) int {
	a := s.mentionStart(m) - 1
	if !c.participle || a < 0 || m.first > c.first || !s.toks[a].lowerWord() || !s.wordIs(a, "with") {
		return hi
	}
	for k := c.last; k+2 < hi; k++ {
		if s.toks[k].kind == tMark {
			return hi
		}
		if s.toks[k].lowerWord() && s.wordIs(k, "and") && s.absoluteAt(k+1, hi) {
			return k
		}
	}
	return hi
}

// absoluteAt reports whether a short noun phrase and a participle in
// -ing with an object open at i: "the mayor urging calm", "others
// backing a toll", "Senator Ann Lee pressing her case".
func (s *state) absoluteAt(i, hi int) bool {
	for j := i; j < hi && j <= i+4; j++ {
		t := &s.toks[j]
		if t.kind != tWord {
			return false
		}
		if j > i && t.lowerWord() && strings.HasSuffix(s.word(j), "ing") && t.class&(cPrep|cDet|cConj|cSubord) == 0 {
			if j+1 >= hi {
				return false
			}
			n := &s.toks[j+1]
			return n.kind == tWord && (n.class&(cDet|cPossPron|cObjPron) != 0 || n.capWord() || s.wordIs(j+1, "to", "that", "on", "for"))
		}
		if t.lowerWord() && (t.class&(cPrep|cConj|cSubord|cAux) != 0 || s.verbLike(j)) {
			return false
		}
	}
	return false
}

// openingSubordinator returns the subordinator that opens the sentence
// farther before the subject that starts at m, with no punctuation
// between, or -1: "Even after the mayor set out a plan on which Lee
// said ...". After a comma the clause has ended ("When asked, Lee
// said").
func (s *state) openingSubordinator(m int) int {
	for a := m - 1; a >= 0 && a >= m-25; a-- {
		t := &s.toks[a]
		if t.kind != tWord && t.kind != tClitic {
			return -1
		}
		if t.flags&fSentStart == 0 {
			continue
		}
		if t.class&cConj != 0 || s.intensifiesSubordinator(a) {
			a++ // "But when ...", "Even after ..."
		}
		if a < m && s.subordinatorWord(a) {
			return a
		}
		if a < m && s.toks[a].class&cPrep != 0 && s.relativeWordIn(a+1, m) {
			// "In the week that Lee announced X, the city ...", "For
			// a mayor who had backed X, the vote ...": a phrase with
			// a relative clause on its noun.
			return a
		}
		return -1
	}
	return -1
}

// relativeWordIn reports whether a relative word stands in tokens [a,
// b), "that", "which", "who", "whom" or "where" (relativeIn knows only
// "who" and "that").
func (s *state) relativeWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "that", "which", "who", "whom", "where") {
			return true
		}
	}
	return false
}

// replyCue reports whether cue c is a verb of replying: "responded",
// "replied", "reacted".
func (s *state) replyCue(c cue) bool {
	w := s.lower(c.first)
	return strings.HasPrefix(w, "respond") || strings.HasPrefix(w, "repl") || strings.HasPrefix(w, "react")
}

// subordinatorWord reports whether token a is a conjunction that opens a
// clause of time, cause or concession: "after", "because", "while".
func (s *state) subordinatorWord(a int) bool {
	return s.wordIs(a, "after", "although", "because", "before", "once", "since", "though", "unless", "until", "when", "whereas", "while")
}

// intensifiesSubordinator reports whether token a is a word that may
// stand before a subordinator: "even after", "long before", "just as".
func (s *state) intensifiesSubordinator(a int) bool {
	return s.wordIs(a, "even", "just", "long", "only", "shortly", "soon")
}

// asideSubordinator returns the subordinator that opens a clause set off
// by a comma inside the sentence, a few words before the subject that
// starts at m, or -1: "The vote, even after Lee said it was rigged,
// went ahead".
func (s *state) asideSubordinator(m int) int {
	for a := m - 1; a >= 1 && a >= m-4; a-- {
		t := &s.toks[a]
		if t.kind != tWord {
			return -1
		}
		if t.lowerWord() && s.subordinatorWord(a) {
			p := a - 1
			if p >= 1 && s.intensifiesSubordinator(p) {
				p--
			}
			if s.toks[p].isPunct(',') {
				return a
			}
			return -1
		}
	}
	return -1
}

// mainAfterSubordinate reports whether the main clause after a fronted
// subordinate clause opens at k: a clause with a subject ("the room went
// quiet", "he also said", "voters were not convinced"), or one after a
// short phrase ("at the hearing she said").
func (s *state) mainAfterSubordinate(k, hi int) bool {
	if s.mainClauseAt(k, hi) || s.namePresentVerb(k, hi) {
		return true
	}
	t := &s.toks[k]
	if r := s.runAt(k); r >= 0 && s.runs[r].first == k {
		// "After Lee said the port was safe, Tom Reyes quit": a name
		// and a lower-case word no list knows as a verb still open
		// the main clause; a name inside the statement would be set
		// off ("the mayor, Tom Reyes, ...") or joined ("and Reyes").
		if e := s.runs[r].last; e < hi && s.toks[e].lowerWord() && s.toks[e].class&(cPrep|cConj|cSubord|cDet|cPossPron|cSubjPron|cObjPron|cTime) == 0 && !s.wordIs(e, "who", "whom", "whose", "which", "that") {
			return true
		}
	}
	if t.kind != tWord || t.flags&fCap != 0 {
		return false
	}
	if t.class&cSubjPron != 0 {
		// "he also accuses", "he infamously referred"
		j := k + 1
		for j < hi && j <= k+3 && s.toks[j].lowerWord() && (s.toks[j].class&cAdverb != 0 || strings.HasSuffix(s.word(j), "ly")) {
			j++
		}
		return j > k+1 && j < hi && s.verbLike(j)
	}
	if t.class&cPrep != 0 {
		// "at the depot last week she said"
		for j := k + 1; j+1 < hi && j <= k+7; j++ {
			u := &s.toks[j]
			if u.kind != tWord {
				return false
			}
			if u.class&cSubjPron != 0 && u.flags&fCap == 0 {
				return s.verbLike(j + 1)
			}
		}
		return false
	}
	if s.wordIs(k, "even", "only", "still", "now") && k+1 < hi && s.toks[k+1].kind == tWord && s.toks[k+1].class&cAdverb == 0 {
		// "even his allies resigned": a focus adverb before the main
		// clause's subject.
		return s.mainAfterSubordinate(k+1, hi)
	}
	if s.wordIs(k, "there") && k+1 < hi && (s.toks[k+1].kind == tClitic || s.toks[k+1].class&cAux != 0) {
		// "there were doubts", "there's no plan"
		return true
	}
	if t.class&(cConj|cSubord|cAdverb|cAux) != 0 || s.verbLike(k) {
		return false
	}
	if s.wordIs(k+1, "of") && s.wordIs(k, "one", "some", "many", "most", "all", "both", "each", "few", "several", "none", "neither", "either") {
		// "one of the clerks may ...": a part of a group is the
		// subject.
		return true
	}
	if s.wordIs(k, "others", "some", "many", "most", "few", "several") {
		// "others were not sure", "many in the hall cheered": a
		// group is the subject, with a short phrase on it.
		j := k + 1
		if j < hi && s.toks[j].lowerWord() && s.toks[j].class&cPrep != 0 {
			for j++; j < hi && j <= k+5 && s.toks[j].kind == tWord && !s.verbLike(j); j++ {
			}
		}
		return j < hi && s.verbLike(j)
	}
	if t.class&(cDet|cPossPron) != 0 || t.flags&fDigit != 0 {
		// "the mood of the hall was", "her office waives it", "the
		// new mayor also warned", "80 clerks volunteered": a noun
		// phrase, perhaps with "of", then a verb past adverbs and
		// "not".
		j := k + 1
		for ; j < hi && j <= k+7; j++ {
			u := &s.toks[j]
			if s.verbLike(j) {
				return true
			}
			if j > k+1 && u.lowerWord() && lowerIn(s.word(j), ambiguousPasts...) {
				// "After Lee said it was shut, the owners left": a past
				// that is also a noun or an adjective is the verb after
				// a noun, where no statement needs one.
				return true
			}
			if u.kind != tWord || u.class&(cPrep|cConj|cSubord) != 0 && !s.wordIs(j, "of") {
				break
			}
		}
		return s.presentVerb(k+1, j)
	}
	if j := k + 1; j < hi && s.toks[j].lowerWord() && s.toks[j].class&cAdverb != 0 && s.toks[j].class&(cPrep|cDet|cConj) == 0 {
		// "bakers still doubt the rents", "critics also argue": a bare
		// noun, adverbs and a verb.
		for j < hi && j <= k+3 && s.toks[j].lowerWord() && s.toks[j].class&cAdverb != 0 && s.toks[j].class&(cPrep|cDet|cConj) == 0 {
			j++
		}
		if j+1 < hi && (s.verbLike(j) || s.toks[j].lowerWord() && s.toks[j].class == 0 && (s.toks[j+1].class&cSubjPron != 0 || s.wordIs(j+1, "that"))) {
			return true
		}
	}
	for j := k + 1; j+1 < hi && j <= k+3; j++ {
		// "port experts affirm that ...": a bare noun or two and a
		// speech verb, another attribution.
		u := &s.toks[j]
		if !u.lowerWord() || u.class&(cPrep|cConj|cSubord|cDet|cAux|cAdverb|cNeg) != 0 {
			break
		}
		if u.class&cSpeech != 0 && s.verbLike(j) {
			return true
		}
	}
	// "employee benefits are not": a plain noun phrase and an
	// auxiliary.
	for j := k + 1; j < hi && j <= k+3; j++ {
		u := &s.toks[j]
		if u.kind != tWord || u.class&(cPrep|cConj|cSubord) != 0 {
			return false
		}
		if u.class&cAux != 0 && u.flags&fCap == 0 {
			return true
		}
	}
	return false
}

// leadsSentence reports whether token a opens its sentence, or follows
// only a connective that does: "But while ...", "However, when ...",
// "..., and while ...".
func (s *state) leadsSentence(a int) bool {
	if s.toks[a].flags&fSentStart != 0 {
		return true
	}
	if a >= 2 && s.toks[a-1].isPunct(',') {
		if !s.wordIs(a, "as") && s.introPhraseBefore(a-1) {
			// "In June, after ...", but "Of course, as Lee said, ..."
			// introduces the statement.
			return true
		}
		a--
	}
	if a < 1 {
		return false
	}
	p := &s.toks[a-1]
	if p.kind == tWord && p.class&cConj != 0 && a >= 2 && (s.toks[a-2].isPunct(',') || s.toks[a-2].isPunct(';')) {
		return true // "..., and while ..."
	}
	if p.flags&fSentStart != 0 && p.kind == tWord && p.class&(cConj|cAdverb) != 0 {
		return true
	}
	// "In a June debate, while ...": after a fronted phrase that opens
	// the sentence; but "Of course, as Lee noted, ..." introduces the
	// main clause (asClause).
	if s.toks[a].isPunct(',') && !s.wordIs(a+1, "as") {
		lo := s.sentenceOf(a).first
		return a-lo < 25 && s.pastFronted(lo, a+2) == a+1
	}
	return false
}

// introPhraseBefore reports whether the comma at c closes a short
// phrase of time or place that opens the sentence, "In June 2001,", "Last
// week,": a preposition or a time word, then a few words and no verb.
func (s *state) introPhraseBefore(c int) bool {
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		t := &s.toks[k]
		if t.kind != tWord || s.verbLike(k) || t.class&(cSubjPron|cConj|cSubord) != 0 {
			return false
		}
		if t.flags&fSentStart != 0 {
			return t.class&(cPrep|cTime) != 0
		}
	}
	return false
}

// mainClauseAt reports whether a clause with a subject opens at k: a
// pronoun, a name or a short noun phrase, then a finite verb ("he said",
// "the room went quiet").
func (s *state) mainClauseAt(k, hi int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.class&cSubjPron != 0 {
		// After a subject pronoun any plain word is its verb or an
		// adverb before it: "she likes", "they often say".
		return k+1 < hi && (s.verbLike(k+1) || s.toks[k+1].kind == tClitic || s.toks[k+1].lowerWord() && s.toks[k+1].class&(cPrep|cConj|cSubord|cDet|cPossPron|cObjPron|cSubjPron) == 0)
	}
	if !t.capWord() && t.class&(cDet|cPossPron) == 0 {
		return false
	}
	for j := k + 1; j < hi && j <= k+4; j++ {
		if s.verbLike(j) {
			return true
		}
		if u := &s.toks[j]; u.kind != tWord || u.class&(cPrep|cConj|cSubord) != 0 {
			return false
		}
	}
	return false
}

// namePresentVerb reports whether a name of up to three words at k is
// followed, perhaps after adverbs, by a verb in -s and its object: "(Though
// Lee said it must stop,) Dover also sees the port ...", which verbLike
// cannot tell from a plural noun alone.
func (s *state) namePresentVerb(k, hi int) bool {
	j := k
	for j < hi && j < k+3 && s.toks[j].capWord() && s.toks[j].class&(cDet|cPrep|cConj|cSubord|cSubjPron) == 0 {
		j++
	}
	if j == k {
		return false
	}
	for j < hi && j < k+8 && s.toks[j].lowerWord() && s.toks[j].class&cAdverb != 0 {
		j++
	}
	if j+1 >= hi || !s.toks[j].lowerWord() || s.toks[j].class&(cPrep|cConj|cSubord|cDet|cTime) != 0 {
		return false
	}
	w := s.word(j)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	n := &s.toks[j+1]
	return n.kind == tWord && (n.class&(cDet|cPossPron|cObjPron) != 0 || n.capWord() || s.wordIs(j+1, "that"))
}

// contrastAt reports whether a count or share opens a clause at a, the
// other side of a poll's "while": "while 37 percent backed Reyes", "while
// nearly 3 in 10 would choose a newcomer". A plain count is no share:
// "two people died while 15 others were hurt".
func (s *state) contrastAt(a, hi int) bool {
	if a+2 < hi && s.toks[a].lowerWord() && s.wordIs(a, "about", "almost", "around", "nearly", "only", "roughly", "some") {
		a++
	}
	if a+2 >= hi || s.toks[a].flags&fDigit == 0 {
		return false
	}
	if s.wordIs(a+1, "percent", "%") || s.wordIs(a+1, "of") {
		return true
	}
	return s.wordIs(a+1, "in") && a+3 < hi && s.toks[a+2].flags&fDigit != 0 // "3 in 10"
}

// skippedPP reports whether [a, b) holds a preposition.
func (s *state) skippedPP(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&cPrep != 0 && t.flags&fCap == 0 && !((k+2 == b || k+2 < b && s.dayEnd(k+2, b) == b) && s.toks[k+1].class&cTime != 0 && s.toks[b].class&(cSubord|cPrep|cConj) == 0) {
			// Not a time alone: "said on Thursday practical steps
			// were needed", "said on May 3 workers would strike".
			return true
		}
	}
	return false
}

// relativeOnTail reports whether a relative clause starts at i on the
// common noun that ends the cue's phrase [a, i) of "of" or "with":
// "that" or "which" with no subject of its own, "(of a plan) that would
// cut costs"; or a clause with no "that" whose past verb ends it with at
// most a time after it, so lacking its object, "(with a suit) Reyes
// filed last week". It looks at most 24 words into the clause.
func (s *state) relativeOnTail(a, i, hi int) bool {
	n := &s.toks[i-1]
	if i+1 >= hi || !n.lowerWord() || n.class&(cPrep|cDet|cConj|cSubord|cAux|cTime|cAdverb|cSubjPron|cObjPron) != 0 {
		return false
	}
	p := i - 2
	for p > a && s.toks[p].kind == tWord && s.toks[p].class&cPrep == 0 {
		p--
	}
	if p < a || !s.toks[p].lowerWord() || !s.wordIs(p, "of", "with") {
		// After other phrases the clause may carry the charge of an
		// act, "blamed for the raids that killed ten".
		return false
	}
	if s.toks[i].lowerWord() && s.wordIs(i, "that", "which") {
		if !s.finiteVerb(i + 1) {
			// After "that" and a subject the verb may take no object:
			// "told them at the time of the visit that Lee had agreed".
			return false
		}
		// Unless a "that" after the relative clause opens the
		// statement, "told the Post of a story that ran on Sunday
		// that the ferry is unsafe", or a colon opens words to come,
		// "responded with a line that could be his own: ...", whose
		// speaker the statement before it carries.
		for k := i + 2; k+1 < hi && k <= i+24; k++ {
			if k <= i+12 && s.toks[k].lowerWord() && s.wordIs(k, "that") && s.strongClauseStart(k+1) || s.toks[k].isPunct(':') {
				return false
			}
		}
		return true
	}
	e := s.npEnd(i, hi)
	if r := s.runAt(i); r >= 0 && s.runs[r].first == i {
		e = s.runs[r].last
	}
	for k := i + 1; k < e; k++ {
		if s.pastForm(k) {
			e = k // "the firm filed": npEnd reads on through a past
			break
		}
	}
	if e <= i || e > i+4 {
		return false
	}
	for e < hi && s.toks[e].lowerWord() && s.toks[e].class&cAux != 0 && s.toks[e].class&cSubjPron == 0 {
		e++
	}
	if e >= hi || !s.pastForm(e) {
		return false
	}
	for e++; e < hi && s.toks[e].kind == tWord && s.toks[e].class&cTime != 0; e++ {
	}
	return e >= hi || s.toks[e].kind == tPunct && !s.toks[e].isPunct(':')
}

// strongClauseStart reports whether token i clearly starts a clause: a
// complementizer, a subject pronoun, a determiner, a name or a number, or
// punctuation that introduces a quote.
func (s *state) strongClauseStart(i int) bool {
	t := &s.toks[i]
	switch {
	case t.kind == tMark || t.isPunct(':') || t.isPunct(','):
		return true
	case t.kind != tWord:
		return false
	case t.flags&(fCap|fDigit) != 0:
		return true
	case t.class&(cSubjPron|cDet|cPossPron) != 0:
		return true
	}
	switch s.lower(i) {
	case "that", "there", "if", "whether", "what", "how", "why", "when":
		return true
	}
	return false
}

// introduced reports whether the statement at token cs is introduced as
// one: by "that", a colon, a comma or a quotation mark.
func (s *state) introduced(cs int) bool {
	if cs <= 0 {
		return false
	}
	p := &s.toks[cs-1]
	return p.isPunct(':') || p.isPunct(',') || p.kind == tMark || p.kind == tWord && strings.EqualFold(s.word(cs-1), "that") || s.toks[cs].kind == tMark
}

// clauseLike reports whether the stretch that starts at token k can be a
// statement rather than an introductory phrase: it does not start with a
// preposition, a subordinator, an adverb or a participle ("After the
// meeting, ...", "Speaking in Kestia, ...").
func (s *state) clauseLike(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return t.kind == tMark
	}
	if t.class&(cPrep|cSubord|cAdverb|cTime) != 0 && t.class&(cDet|cSubjPron) == 0 || s.compoundPrep(k) {
		return false
	}
	w := s.word(k)
	return !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || t.flags&fCap != 0 && s.runAt(k) >= 0 && !s.openingParticiple(k)
}

// openingParticiple reports whether a capitalised word in -ing or -ed
// that opens its sentence alone, before a lower-case word that is no
// verb, is a participle ("Speaking ahead of the vote,", "Asked about
// it,") rather than a name ("Redding said", "Browning of the Ledger").
func (s *state) openingParticiple(k int) bool {
	if s.toks[k].flags&fSentStart == 0 || k+1 >= len(s.toks) || s.runAt(k+1) >= 0 {
		return false
	}
	n := &s.toks[k+1]
	return n.kind == tWord && n.flags&fCap == 0 && n.class&(cAux|cSpeech|cPast) == 0 && !s.wordIs(k+1, "of")
}

// attributionLead returns the token before the attribution of cue c and
// speaker m, and before the "as" that may open it: ", as Lee said, ".
func (s *state) attributionLead(c cue, m mention) int {
	k := min(s.mentionStart(m), c.first) - 1
	if k > 0 && k+1 == s.mentionStart(m) && m.kind == mName && s.toks[k].lowerWord() && s.wordIs(k, "the", "those", "these") {
		// "Q, those Harbourites argued, REST": a name that leaves out
		// the determiner before it.
		k--
	}
	if k > 2 && k+1 == s.mentionStart(m) && m.kind == mDescription && s.toks[k].lowerWord() && s.wordIs(k, "and") && s.pluralHead(m.head) {
		// "FRONT, dock workers and managers say, REST": plain plurals
		// joined by "and" speak together.
		if o, ok := s.npEndingAt(k-1, max(0, k-6), false); ok && o.kind == mDescription && !o.coordinated && s.pluralHead(o.head) && s.splitMark(s.mentionStart(o)-1) {
			return s.mentionStart(o) - 1
		}
	}
	if k > 0 && s.toks[k].kind == tWord && s.word(k) == "as" && s.splitMark(k-1) && s.toks[m.first].class&cFirstSecond == 0 {
		// Not "as you said, ...", "as I said, ...": the speaker's own
		// aside inside a quotation.
		return k - 1
	}
	return k
}

// compactAttribution reports whether a cue and its speaker stand
// together, as an attribution set off inside a statement does: "he
// said", "said Lee", "Lee has often said", or a participle after a comma
// ("he said, adding, ..."). "This habit - clerks skipping lunch -
// was ..." and "I waited and waited, for ..." are no such attribution;
// nor is one whose subject holds a verb ("the clerk took a few
// calls").
func (s *state) compactAttribution(c cue, m mention) bool {
	for k := s.mentionStart(m); k < m.last; k++ {
		if s.verbLike(k) {
			return false
		}
	}
	switch {
	case c.participle:
		return s.toks[c.first-1].isPunct(',')
	case m.first >= c.last:
		return s.mentionStart(m) == c.last
	}
	end := max(m.last, m.titleLast)
	j := s.skipBack(c.first, end)
	if j >= end && s.toks[j].isPunct(',') {
		// "a spokeswoman, Ann Lee, said"
		j = s.skipBack(j, end)
	}
	return j == end-1
}

// splitTail reports whether [a, b), between a cue and the comma that
// closes a split attribution, is only the cue's tail: adverbs, time words
// and prepositional phrases ("he said on Friday in a statement,"). A
// complement ("accused Lee,", "vowed to ...,", "said that, ...") means
// the comma belongs to the cue's own clause.
func (s *state) splitTail(a, b int) bool {
	inPP := false
	for k := a; k < b; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tWord && t.class&cPrep != 0 && t.flags&fCap == 0 && !s.wordIs(k, "that", "to"):
			inPP = true
		case t.kind == tWord && t.class&(cTime|cAdverb) != 0 && t.class&(cDet|cSubjPron|cSubord) == 0:
		case t.kind == tWord && t.class&cDet != 0 && k+1 < b && s.toks[k+1].class&cTime != 0:
			// "this week", "last year"
		case t.kind == tWord && t.flags&fCap == 0 && strings.HasSuffix(s.word(k), "ly"):
		case inPP && (t.kind == tWord || t.kind == tClitic || t.kind == tPunct && t.punct == '.') && (t.class&(cSubjPron|cAux|cSubord|cSpeech|cConj) == 0 || t.class&cSpeechNoun != 0):
			// "in an interview with The Ledger", "on Nov. 24"
		default:
			return false
		}
	}
	return true
}

// subjectFront returns where the front of a split statement starts when
// the rest is no clause of its own, so that the front is the phrase the
// rest goes on from: after the last comma or dash in [a, b) and a
// conjunction, when what stands before it is an introductory phrase or a
// clause, as in "Linked together by ferries, the two towns, Lee said, now
// share ..." or "He had a rally - and the permit, his aides said, was hard
// to get".
func (s *state) subjectFront(a, b int) int {
	for k := b - 1; k > a; k-- {
		if s.pairOf[k] >= 0 {
			return a
		}
		if !s.splitMark(k) {
			continue
		}
		f := k + 1
		for f < b && (s.splitMark(f) || s.toks[f].kind == tWord && s.toks[f].class&cConj != 0) {
			f++
		}
		if f >= b || s.relativeOrCue(f) || s.wordIs(f, "that") || s.clauseLike(a) && !s.hasClause(a, k) {
			// "The plan, which passed, he said, will ...", "Voters in
			// Dover, in Kestia, he said, are ...": one noun phrase with
			// its relative clause, apposition or list.
			return a
		}
		return f
	}
	return a
}

// hasClause reports whether [a, b) holds a finite verb: a verb form
// verbLike knows, or a subject and its verb.
func (s *state) hasClause(a, b int) bool {
	for k := a; k < b; k++ {
		if s.verbLike(k) || s.mainClauseAt(k, b) {
			return true
		}
	}
	return false
}

// presentBeforeObject reports whether a verb in the present, a word in
// -s before an article, stands in tokens [a, b): `the killing violates
// the accord`, which hasClause, knowing past forms and auxiliaries,
// misses.
func (s *state) presentBeforeObject(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if s.toks[k].lowerWord() && s.toks[k].class == 0 && presentForm(s.word(k)) && s.toks[k+1].lowerWord() && s.wordIs(k+1, "a", "an", "the") {
			return true
		}
	}
	return false
}

// presentVerb reports whether a verb in the present, a lower-case word
// in -s that no list of nouns or function words holds, after a noun,
// stands in tokens [a, b): "the
// plan includes", "the Harbour Council wants", which hasClause, knowing past forms and auxiliaries,
// misses. After a word in -s the word is more likely a plural noun
// ("the island ports"), unless that word ends a name and "to" or an
// article follows: "the United Isles plans to", "the Lowlands wants a".
func (s *state) presentVerb(a, b int) bool {
	for k := max(a, 1); k < b; k++ {
		t, p := &s.toks[k], &s.toks[k-1]
		if t.lowerWord() && t.class&(cSpeechNoun|cTitle|cOrg|cUnnamed|cBody|cDocument|cDet|cSubjPron|cObjPron|cPossPron|cPrep|cConj|cSubord|cAux|cNeg|cAdverb|cTime) == 0 && presentForm(s.word(k)) &&
			p.kind == tWord && p.flags&fDigit == 0 && p.class&(cDet|cPrep|cPossPron|cAux|cConj|cSubord|cAdverb|cNeg) == 0 && (!strings.HasSuffix(s.word(k-1), "s") || p.capWord() && s.runAt(k-1) >= 0 && k+1 < len(s.toks) && s.toks[k+1].lowerWord() && s.wordIs(k+1, "to", "a", "an", "the")) {
			return true
		}
	}
	return false
}

// presentForm reports whether w may be a verb in the present's third
// person: four letters or more in -s, not -ss or -us ("boss", "bonus").
func presentForm(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// introductory reports whether [a, b) introduces an attribution rather
// than stating anything: a participle phrase ("Asked about it,",
// "Speaking in Kestia,") or a phrase about the speaking itself ("In an
// interview,", "In a statement on Friday,"). Other fronted phrases are
// the speaker's own words: "In Dover, he said, the city ...", and so is
// one that holds a clause with a subject and verb of its own ("If it
// passes,", "Asked whether it would pass,").
func (s *state) introductory(a, b int) bool {
	t := &s.toks[a]
	w := s.word(a)
	participle := t.kind == tWord && t.class&(cPrep|cSubord|cAdverb|cTime|cDet) == 0 && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
	if r := s.runAt(a); participle && r >= 0 && s.runs[r].last > a+1 {
		// "Tom Reyes, he said, ...": a name.
		participle = false
	}
	if s.clauseLike(a) && !participle {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.mainClauseAt(k, b) {
			return false
		}
	}
	if participle {
		return true
	}
	for k := a; k < b; k++ {
		if s.toks[k].class&cSpeechNoun != 0 {
			return true
		}
	}
	return false
}

// linkingFront reports whether the front [a, b) of a statement that its
// attribution splits is only a connective that ties the sentence to the
// reporter's one before ("Still, he said, the port will close", "In
// addition, she said, ..."): the reporter's link, not the speaker's words,
// and no statement of its own. Connectives that carry the speaker's
// reasoning ("Instead, he said, ...", "Otherwise, ...") stay.
func (s *state) linkingFront(a, b int) bool {
	switch b - a {
	case 1:
		return s.wordIs(a, "however", "meanwhile", "moreover", "nevertheless", "nonetheless", "so", "still")
	case 2:
		return s.wordIs(a, "in") && s.wordIs(a+1, "addition", "contrast") || s.wordIs(a, "by") && s.wordIs(a+1, "contrast") ||
			s.wordIs(a, "that") && s.wordIs(a+1, "said") || s.wordIs(a, "even") && s.wordIs(a+1, "so")
	case 4:
		return s.wordIs(a, "at") && s.wordIs(a+1, "the") && s.wordIs(a+2, "same") && s.wordIs(a+3, "time")
	}
	return false
}

// possessiveUse reports whether "her" at i is a possessive before a noun
// ("with her own enthymeme") rather than an object ("told her that").
func (s *state) possessiveUse(i, hi int) bool {
	if s.toks[i].class&cPossPron == 0 || i+1 >= hi {
		return false
	}
	n := &s.toks[i+1]
	return n.kind == tWord && n.class&(cPrep|cConj|cSubord|cAux|cDet|cSubjPron|cObjPron|cNeg) == 0
}

// placeAside returns the token after a capitalised place name set off by
// commas that starts at i ("Port Kestia,"), or 0 if there is none.
func (s *state) placeAside(i, hi int) int {
	r := s.runAt(i)
	if r < 0 || s.runs[r].first != i {
		return 0
	}
	e := s.runs[r].last
	if e >= hi || !s.toks[e].isPunct(',') || e-i > 4 {
		return 0
	}
	return e
}

// clauseOpening returns the first token of the clause that starts at lo,
// past a leading connective or adverb ("But", "However,", "Still,").
func (s *state) clauseOpening(lo int) int {
	if lo+2 < len(s.toks) && s.toks[lo].class&cPrep != 0 && s.toks[lo].class&(cSubord|cDet) == 0 {
		// A short fronted phrase, "For instance,", "In Kestia,".
		for k := lo + 2; k < lo+4 && k < len(s.toks); k++ {
			if s.toks[k].isPunct(',') {
				lo = k
				break
			}
			if s.toks[k].kind != tWord {
				break
			}
		}
	}
	for k := lo; k < lo+4 && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind == tWord && t.class&(cConj|cAdverb) != 0 && t.class&(cSubjPron|cDet) == 0 || t.isPunct(',') || k == lo && (s.wordIs(k, "as", "As") || t.isPunct(pDash)) {
			// "But", "Still,", and "As" of "As Lee, a professor, put it";
			// and the dash of an item in a list of reactions, "- The
			// press club in Dover said".
			continue
		}
		return k
	}
	return lo
}

// bareObject reports whether [a, b) is a short noun phrase with no verb
// in the past or auxiliary in it: "the charges", "victory", "Lee's plan",
// not "the money went".
func (s *state) bareObject(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind == tClitic && k > a && s.possessive(k) {
			continue // "Lee's plan"
		}
		if t.kind != tWord || t.class&(cAux|cPrep|cConj|cSubord|cSubjPron|cTime) != 0 || s.pastForm(k) || k > a && t.class&cDet != 0 {
			return false
		}
	}
	return true
}

// phraseObject reports whether [cs, j) is a noun phrase with phrases of
// its own and no verb, relative word or quotation in it, the object of
// its cue rather than a clause: "his record on jobs", "the rise of
// rents in Dover".
func (s *state) phraseObject(cs, j int) bool {
	if j-cs > 16 || s.toks[cs].kind != tWord || s.toks[cs].class&(cSubjPron|cPrep|cSubord|cConj) != 0 || s.wordIs(cs, "to", "that", "so") || s.verbLike(cs) {
		return false
	}
	for k := cs; k < j; k++ {
		t := &s.toks[k]
		if t.kind == tClitic && s.possessive(k) {
			continue
		}
		if t.kind != tWord || s.pairOf[k] >= 0 || t.class&(cAux|cSubjPron|cSubord|cConj) != 0 || s.verbLike(k) || s.wordIs(k, "that", "which", "who", "whom", "whose", "to") {
			return false
		}
		if k > cs && t.lowerWord() && len(s.word(k)) > 5 && strings.HasSuffix(s.word(k), "ing") {
			return false // "accused him of lying in interviews": the charge's own
		}
	}
	return true
}

// occasionNext reports whether the occasion that occasionAt finds at k
// is the object of the preposition before k, with no other between:
// "at a rally", not "in Dover at a rally".
func (s *state) occasionNext(k, hi int) bool {
	for h := k; h < hi && h <= k+3; h++ {
		if s.toks[h].class&cSpeechNoun != 0 {
			return true
		}
		if s.toks[h].class&cPrep != 0 {
			return false
		}
	}
	return false
}

// occasionAt reports whether a few words from k name an occasion of
// speaking, "an interview", "a news conference", "Twitter", and only
// phrases follow it to hi.
func (s *state) occasionAt(k, hi int) bool {
	for h := k; h < hi && h <= k+3; h++ {
		t := &s.toks[h]
		if t.kind != tWord {
			return false
		}
		if t.class&cSpeechNoun != 0 {
			// Nothing but phrases after it: "in an interview with the
			// Ledger last May", not "at the talks had been ...", nor
			// "urged Lee in a statement to act".
			if hi-h > 12 {
				return false
			}
			for e := h + 1; e < hi; e++ {
				if e == h+1 && s.pastForm(e) && s.toks[e].class&cSpeech == 0 {
					continue // "in an interview published on Friday"
				}
				if s.wordIs(e, "before", "after") && e+1 < hi && s.toks[e+1].lowerWord() && s.toks[e+1].class&(cDet|cPossPron) != 0 {
					continue // "on Twitter before the speech"
				}
				if u := &s.toks[e]; u.lowerWord() && (u.class&(cAux|cSubjPron|cConj|cSubord) != 0 || s.verbLike(e) || s.wordIs(e, "to")) || s.pairOf[e] >= 0 {
					return false
				}
			}
			return true
		}
		if t.class&(cAux|cSubjPron|cConj|cSubord) != 0 || s.verbLike(h) || strings.HasSuffix(s.word(h), "ing") {
			return false // "a ban on selling tickets"
		}
	}
	return false
}

// channelEnd returns the end of a speaker's channel that opens at k and
// closes the clause before hi: a determiner or possessive and a title
// or speech noun ("his lawyer", "a spokeswoman", "a statement"), or k.
func (s *state) channelEnd(k, hi int) int {
	if k >= hi || !s.toks[k].lowerWord() || s.toks[k].class&(cDet|cPossPron) == 0 {
		return k
	}
	for h := k + 1; h < hi && h <= k+2; h++ {
		t := &s.toks[h]
		if !t.lowerWord() {
			return k
		}
		if t.class&(cTitle|cSpeechNoun) != 0 {
			if e := h + 1; e == hi || s.toks[e].kind == tPunct {
				return e
			}
			return k
		}
	}
	return k
}

// closingAside reports whether [a, hi) is a noun phrase with an
// indefinite article that closes the sentence after a comma or dash, with
// nothing set off inside it: "a move critics called rash". Not a clause
// ("a boss invited her"), nor the last of a list ("a liar, a bully").
// After a dash, the phrase may hold commas, "– a large sum, but still
// below the record", but not a list that names what the statement named,
// "a person – a clerk, a guard or a driver", whose last item is no
// aside either.
func (s *state) closingAside(a, hi int) bool {
	if a+2 >= hi || !s.wordIs(a, "a", "an") || s.toks[a].flags&fCap != 0 || s.verbLike(a+2) {
		return false
	}
	for k := a + 1; k < hi && k <= a+6; k++ {
		// "that for her, a short deal was enough": an auxiliary right
		// after the noun makes it a clause's subject; but "a sign the
		// talks are stalling", "a move that could hurt trade" set a
		// clause of their own after the noun.
		t := &s.toks[k]
		if t.kind != tWord || !t.lowerWord() || t.class&(cDet|cSubjPron|cPossPron|cSubord) != 0 || s.wordIs(k, "that", "which", "who", "whom", "whose") {
			break
		}
		if t.class&cAux != 0 {
			return false
		}
		if s.verbLike(k) {
			break
		}
	}
	gap := s.dashGaps && s.dashGap(a)
	dash := s.toks[a-1].isPunct(pDash) || gap
	for k := a + 1; k < hi; k++ {
		if t := &s.toks[k]; t.kind == tMark || gap && t.flags&fWide != 0 || t.kind == tPunct && t.punct != '.' && t.punct != '%' && !(dash && t.punct == ',' && !s.wordIs(k+1, "a", "an", "and", "or")) {
			return false
		}
	}
	for k := a - 2; k > 0 && k > a-9; k-- {
		if s.wordIs(k, "a", "an") && (s.toks[k-1].isPunct(',') || s.toks[k-1].isPunct(pDash) || s.toks[k-1].kind == tMark) {
			return false
		}
	}
	return true
}

// actAside reports whether the noun phrase opening with "a" or "an" at a
// names, within its first three words, an act or a claim rather than a
// person or a place: "a move", "a plan", "a major setback", "an
// allegation".
func (s *state) actAside(a int) bool {
	for k := a + 1; k < len(s.toks) && k <= a+3; k++ {
		if !s.toks[k].lowerWord() {
			return false
		}
		if s.wordIs(k, "accusation", "allegation", "approach", "blow", "boost", "charge", "claim", "milestone", "move", "plan", "proposal", "rebuke", "setback", "shift", "step") {
			return true
		}
	}
	return false
}

// nameAfterModifier reports whether the capitalised word at i follows an
// article and a word in lower case, as a name inside a noun phrase does:
// "a packed Dover hall", "a popular Kestia cafe".
func (s *state) nameAfterModifier(i int) bool {
	return i >= 2 && s.toks[i].capWord() && s.toks[i-1].lowerWord() && s.toks[i-1].class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron|cTime) == 0 && s.wordIs(i-2, "a", "an", "the")
}

// thatAfterPhrase returns the "that" that ends a few more words of a
// phrase after a cue, [i, that), when a clause follows it, or i. A
// possessive may stand in the phrase, stripped or not: "during Monday's
// debate that", "during Monday s debate that".
func (s *state) thatAfterPhrase(i, hi int) int {
	place := false // a comma joined two names: "Dover, Kestia"
	for k := i; k < hi && k < i+16; k++ {
		t := &s.toks[k]
		if (t.isPunct(',') || s.wordIs(k, "and")) && k > 0 && k+1 < hi && s.toks[k+1].capWord() && s.toks[k-1].capWord() {
			place = place || t.isPunct(',')
			continue // "in Dover, North Kestia", "the Harbour and Ledger"
		}
		if place && t.isPunct(',') && s.toks[k-1].capWord() && k+1 < hi && s.toks[k+1].lowerWord() {
			place = false
			continue // "at a Dover, Kestia, cafe that"
		}
		if t.kind == tWord && s.word(k) == "that" {
			if k > i && k+1 < hi && (s.strongClauseStart(k+1) || s.bareSubjectAux(k+1, hi)) && !s.relativeOrCue(k+1) && !s.ownedSpeechNoun(i, k) {
				return k
			}
			return i
		}
		if t.kind == tClitic && !s.possessive(k) || t.kind != tWord && t.kind != tClitic || s.verbLike(k) && !s.afterSubordinator(k) || t.class&(cSubjPron|cConj) != 0 {
			return i
		}
	}
	return i
}

// ownedSpeechNoun reports whether [a, b) holds a speech noun owned by a
// name, whose "that" clause is that name's: "protested at Lee's
// announcement on Monday that ...", but not "during Monday's debate".
func (s *state) ownedSpeechNoun(a, b int) bool {
	for j := max(a, 1); j+1 < b; j++ {
		if !s.possessive(j) || !s.toks[j-1].capWord() || s.toks[j-1].class&cTime != 0 {
			continue
		}
		for n := j + 1; n < b && n <= j+3; n++ {
			if s.toks[n].lowerWord() && s.toks[n].class&cSpeechNoun != 0 {
				return true
			}
		}
	}
	return false
}

// thatAfterRelative returns the "that" that opens the statement when the
// "that" at k, after a phrase the cue skipped, opens a relative clause on
// that phrase's noun: "told the paper in a story that ran this week that
// he ...". It returns k if none does, and -1 if the clause at k is
// relative and no statement follows it.
func (s *state) thatAfterRelative(k, hi int) int {
	from := k + 2
	gap := false
	if v := s.namingGap(k, hi); v > k {
		// "said after talks that she described as useful that ...":
		// the naming verb's object is the noun before "that".
		from, gap = v+1, true
	} else if k+2 >= hi || !s.nounish(k-1) || !s.toks[k+1].lowerWord() || !s.verbLike(k+1) || s.toks[k+1].class&cAux != 0 {
		return k
	}
	for n := from; n+1 < hi && n < k+12; n++ {
		t := &s.toks[n]
		if t.kind != tWord && t.kind != tClitic || s.toks[n].class&cSpeech != 0 {
			return k
		}
		if s.wordIs(n, "that") && (s.strongClauseStart(n+1) || s.bareSubjectAux(n+1, hi)) && !s.relativeOrCue(n+1) {
			return n
		}
	}
	if gap {
		return -1
	}
	return k
}

// namingGap returns the naming verb of a relative clause that the
// "that" at k opens after a noun, its object left out before "as":
// "(talks) that she described as useful"; or -1. With an object after
// the verb ("that she called police", "that she described events as
// she saw them") the clause is what was said.
func (s *state) namingGap(k, hi int) int {
	if k < 1 || !s.nounish(k-1) || k+3 >= hi {
		return -1
	}
	v := k + 2
	if t := &s.toks[k+1]; t.kind != tWord || t.class&cSubjPron == 0 {
		r := s.runAt(k + 1)
		if r < 0 || s.runs[r].first != k+1 {
			return -1
		}
		v = s.runs[r].last
	}
	if v+1 >= hi || !s.toks[v].lowerWord() || s.toks[v].class&cNaming == 0 {
		return -1
	}
	if s.wordIs(v+1, "as") {
		return v
	}
	return -1
}

// bareSubjectAux reports whether a bare noun and an auxiliary open a
// clause at i, "taxes are", "waterboarding is": a subject with no
// determiner, which strongClauseStart does not take.
func (s *state) bareSubjectAux(i, hi int) bool {
	t := &s.toks[i]
	if !t.lowerWord() || t.class&(cPrep|cConj|cSubord|cAux|cAdverb|cObjPron) != 0 || s.verbLike(i) {
		return false
	}
	for j := i + 1; j < hi && j <= i+2; j++ {
		u := &s.toks[j]
		if u.kind == tWord && u.class&cAux != 0 {
			return true
		}
		if !u.lowerWord() || u.class&(cPrep|cConj|cSubord) != 0 {
			return false
		}
	}
	return false
}

// afterSubordinator reports whether token k is a participle right after
// "after", "before", "while" or "when": a time, "told reporters after
// visiting the site that ...".
func (s *state) afterSubordinator(k int) bool {
	return k > 0 && s.wordIs(k-1, "after", "before", "while", "when") && s.participle(k)
}

// suspendedHyphen reports whether token j is the hyphen of a compound
// whose head comes later, "above- and below-ground", not a dash.
func (s *state) suspendedHyphen(j int) bool {
	t := &s.toks[j]
	return t.flags&fSpace == 0 && s.text[t.start:t.end] == "-" && j+1 < len(s.toks) && s.toks[j+1].flags&fSpace != 0
}

// subjectNP reports whether the noun phrase that ends at token h opens
// its clause, and so is the subject of the verb after a relative clause
// on it: "Everything Lee says is true", not "a probe the agency said
// was ongoing".
func (s *state) subjectNP(h int) bool {
	if h < 0 || s.toks[h].kind != tWord {
		return true
	}
	p := h
	lo := s.sents[s.sentOf[h]].first
	for p > lo && p > h-4 && s.toks[p-1].kind == tWord && (s.nounish(p-1) || s.npStart(p-1)) && s.toks[p].class&cDet == 0 {
		p--
	}
	if p == lo {
		return true
	}
	q := &s.toks[p-1]
	if q.isPunct(',') {
		// After an opening phrase, "In May, the plan Lee said would
		// fail was dropped"; but after a whole clause the phrase is
		// in apposition to it: "The vote was put off, a move the
		// mayor said would cost millions".
		// A run-on sentence may hold many such phrases: its first
		// verb is found once, and the other signs of a clause are
		// looked for within 40 tokens of the comma.
		return !(s.toks[p].lowerWord() && s.toks[p].class&cDet != 0 && s.toks[lo].class&cSubord == 0 && (s.sentenceVerb(int(s.sentOf[h])) < p-1 || s.hasClause(max(lo, p-41), p-1)))
	}
	return q.kind == tWord && q.class&(cSubord|cNeg) != 0
}

// sentenceVerb returns the first verb-like token of sentence si, or
// len(s.toks) if it has none, looking once per sentence.
func (s *state) sentenceVerb(si int) int {
	switch v := s.firstVerb[si]; {
	case v > 0:
		return int(v) - 1
	case v < 0:
		return len(s.toks)
	}
	sent := s.sents[si]
	for k := sent.first; k < sent.last; k++ {
		if s.verbLike(k) {
			s.firstVerb[si] = int32(k + 1)
			return k
		}
	}
	s.firstVerb[si] = -1
	return len(s.toks)
}

// subjectOfStatement reports whether the name before the comma at j,
// with no verb between cs and it, is the subject of the statement, whose
// verb follows the relative clause after the comma: "said that Lee, who
// runs the port, has no plan".
func (s *state) subjectOfStatement(cs, j, hi int) bool {
	if s.hasClause(cs, j) {
		return false
	}
	for k := j + 2; k+1 < hi && k < j+25; k++ {
		if t := &s.toks[k]; t.kind == tPunct || t.kind == tMark {
			return t.isPunct(',') && s.finiteVerb(k+1)
		}
	}
	return false
}

// closingRelative reports whether a relative clause at a runs to the end
// of the sentence with no quotation in it.
func (s *state) closingRelative(a, hi int) bool {
	for k := a + 1; k < hi; k++ {
		if s.toks[k].kind == tMark {
			return false
		}
	}
	return true
}

// answer reports whether the content at token cs is a bare "yes" or "no"
// that ends its clause: "46 percent said yes, compared with ...".
func (s *state) answer(cs int) bool {
	if !s.wordIs(cs, "yes", "no") || s.toks[cs].flags&fCap != 0 {
		return false
	}
	return cs+1 >= len(s.toks) || s.toks[cs+1].kind == tPunct || s.wordIs(cs+1, "while", "but", "and")
}

// asClause reports whether the attribution of cue c opens with "as" and
// its clause: "As Lee noted, ...", "But as the paper reported, ...".
func (s *state) asClause(m mention, c cue) bool {
	a := s.mentionStart(m) - 1
	if m.first >= c.last || a < 0 || s.wordIs(c.last, "to") {
		return false
	}
	if a > 0 && s.toks[a].kind == tClitic {
		// "As the union's Lee said": the possessor before the name.
		j := a - 1
		for j > 0 && j > a-4 && s.toks[j].kind == tWord && !strings.EqualFold(s.word(j), "as") {
			j--
		}
		if strings.EqualFold(s.word(j), "as") {
			a = j
		}
	}
	if !strings.EqualFold(s.word(a), "as") {
		return false
	}
	// Nothing but a phrase of the cue's own (its hearer, a time)
	// stands before the comma; "As Lee lamented the cuts, ..." is a
	// time, not an attribution.
	hi := s.sentenceOf(c.first).last
	if e := s.skipCueTail(c.last, hi, c.object); e >= hi || !s.toks[e].isPunct(',') {
		return false
	}
	if s.companionAt(c.last, hi) {
		// "As he joked with his friend, Lee ate": talk with someone
		// is a time, not an attribution; "as he said with a smile" is.
		return false
	}
	if a == 0 || s.toks[a].flags&fSentStart != 0 {
		return true
	}
	// Not after a mere comma: "Either way, as you said, people ..."
	// is an aside in a statement of the reporter's.
	p := &s.toks[a-1]
	return p.isPunct(';') || p.isPunct(':') || p.kind == tWord && p.class&cConj != 0
}

// companionAt reports whether a "with" at k names whom one talked with:
// "with his friend", "with Lee", "with them"; not a manner, "with a
// smile".
func (s *state) companionAt(k, hi int) bool {
	if k+1 >= hi || !s.toks[k].lowerWord() || !s.wordIs(k, "with") {
		return false
	}
	n := k + 1
	if t := &s.toks[n]; t.lowerWord() && t.class&(cDet|cPossPron) != 0 && t.class&cObjPron == 0 && n+1 < hi {
		n++
	}
	t := &s.toks[n]
	return t.kind == tWord && (t.capWord() || t.class&(cUnnamed|cTitle|cBody|cOrg) != 0 || n == k+1 && t.class&cObjPron != 0 && t.flags&fCap == 0)
}

// pastForm reports whether token k is a verb in the past: "praised",
// "took".
func (s *state) pastForm(k int) bool {
	t := &s.toks[k]
	if !t.lowerWord() || t.class&(cDet|cPrep|cConj|cSubord|cSubjPron|cPossPron|cAux) != 0 {
		return false
	}
	return t.class&cPast != 0 || edPast(s.word(k))
}

// beforeActAfterObject returns where a speech act's content [cs, ce)
// ends when its object of a word or two is followed by the speaker's next
// act: "called for calm and left the stage", "denied the charges and
// accused her of lying". contentEnd, blind to the cue, cannot tell such
// an object from a short clause ("said that Lee erred and paid the
// price"), so it leaves them be.
func (s *state) beforeActAfterObject(cs, ce, hi int) int {
	for j := cs + 1; j < ce && j <= cs+2; j++ {
		if s.toks[j].lowerWord() && s.wordIs(j, "and", "but") && s.speakerActAfter(j, cs, hi) {
			return j
		}
	}
	return ce
}

// speakerActAfter reports whether the "and" or "but" at j is followed by a
// verb in the past with an object, "and praised their plan", or with none
// where it ends the sentence after a comma, ", and left.", while the
// statement [cs, j) has no verb in the past, perfect or passive of its
// own: the verb is the speaker's next act, not the statement's.
func (s *state) speakerActAfter(j, cs, hi int) bool {
	v := j + 1
	// "and has repeatedly praised": a perfect with no subject of its
	// own is a verb whatever follows it.
	perfect := s.wordIs(v, "has", "have")
	if perfect {
		v++
	}
	for v < hi && v < j+4 && s.toks[v].lowerWord() && strings.HasSuffix(s.word(v), "ly") {
		v++
	}
	// "complained of a headache and was sent home": after an object of
	// two words, a passive with no subject of its own is the speaker's
	// too.
	passive := !perfect && j == cs+2 && v == j+1 && v+1 < hi && s.wordIs(v, "was", "were") && s.pastForm(v+1)
	// "and left the stage", "and set a date": a past that could be an
	// adjective or a noun is a verb before an article or a pronoun.
	ambiguous := v+1 < hi && s.toks[v].lowerWord() && lowerIn(s.word(v), ambiguousPasts...) && s.toks[v+1].lowerWord() && s.toks[v+1].class&(cDet|cPossPron|cObjPron) != 0
	// "called for calm, and left.": after a comma, a past with no object
	// that ends the sentence is the speaker's next act too.
	final := !perfect && !passive && j > cs+1 && s.toks[j-1].isPunct(',') && v+1 < len(s.toks) && s.toks[v].lowerWord() && (s.toks[v+1].isPunct('.') || s.toks[v+1].isPunct(';')) &&
		(s.pastForm(v) || lowerIn(s.word(v), ambiguousPasts...))
	if !passive && !ambiguous && !final && (v+1 >= hi || !s.pastForm(v)) {
		return false
	}
	n := &s.toks[v+1]
	if !perfect && !passive && !final && (n.kind != tWord || !(n.class&(cDet|cPossPron|cObjPron|cPrep) != 0 || n.capWord() || s.wordIs(v+1, "that"))) {
		return false
	}
	if s.wordIs(cs, "to", "not") {
		return false // "vowed not to repeat it and ...": no clause of its own
	}
	for k := max(cs, j-40); k < j; k++ {
		// A copula may take an adjective in -ed after "and", "is slow
		// and biased".
		if s.pastForm(k) || s.wordIs(k, "was", "were", "had", "did", "would", "could", "has", "have", "been", "might", "should", "is", "are", "be", "being", "am") {
			return false
		}
	}
	return true
}

// speechPresent reports whether token k is a speech verb in the present's
// third person: "denounces", "accuses", "warns".
func (s *state) speechPresent(k int) bool {
	t := &s.toks[k]
	return t.lowerWord() && t.class&(cSpeech|cSpeechAct|cNaming) != 0 && t.class&(cDet|cPrep|cConj|cSubord|cAux|cTitle|cSpeechNoun) == 0 && presentForm(s.word(k))
}

// participleCueAt reports whether a cue in -ing starts at token e.
func (s *state) participleCueAt(e int) bool {
	c, ok := s.cueAt(e)
	return ok && c.participle
}

// ingCueBefore reports whether a speech verb in -ing, maybe with "that"
// after it, stands right before the statement that starts at cs: "is
// noting (that) ...", "saying ...".
func (s *state) ingCueBefore(cs int) bool {
	k := cs - 1
	if k > 0 && s.wordIs(k, "that") {
		k--
	}
	return k >= 0 && s.toks[k].lowerWord() && strings.HasSuffix(s.word(k), "ing") && s.participleCueAt(k)
}

// modalBefore reports whether a modal stands between a subject that ends
// at last and its verb at e: "Kestia and Norvia should show", "she would
// advise". The verb is no report of what was said but the statement's
// own, "said that nations such as Kestia, Norvia and Harbouria should show that
// ...".
func (s *state) modalBefore(e, last int) bool {
	for k := e - 1; k >= last && k >= e-3; k-- {
		// A clitic with a curly apostrophe too: "she’d warn".
		if s.wordIs(k, "would", "should", "could", "might", "may", "can", "must", "will", "shall", "'d", "'ll", "’d", "’ll") {
			return true
		}
	}
	return false
}

// pastClause reports whether a short clause in the past opens at k: a
// subject of up to three words, then a verb in the past, "voting
// started", "the talks were held".
func (s *state) pastClause(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+3; j++ {
		if s.pastForm(j) || s.toks[j].lowerWord() && s.wordIs(j, "was", "were", "had") {
			return true
		}
		if t := &s.toks[j]; t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux) != 0 {
			return false
		}
	}
	return false
}

// deniedNoun reports whether the one word at cs after a denial is the
// claim it denies, "denies involvement", "denied wrongdoing"; not a
// pronoun ("denied it") or an adverb, nor one of alternatives ("anyone
// who refused or denied involvement").
func (s *state) deniedNoun(c cue, cs int) bool {
	t := &s.toks[cs]
	return strings.HasPrefix(s.lower(c.first), "den") && c.last == cs && !s.wordIs(c.first-1, "or") && t.lowerWord() && t.class&(cObjPron|cSubjPron|cDet|cTime|cAdverb|cPrep|cConj) == 0 && !s.lyAdverb(cs)
}
