package quote

import (
	"slices"
	"strings"
	"sync"
)

// This file links statements to speakers. For each cue (a speech verb,
// "according to", a speech noun) it finds the subject the cue attaches to
// and the statement the cue introduces or closes; for each quotation it
// looks for a cue beside it; quotes left without a cue carry over the
// speaker of the statement before them.

// A stmt is a statement under construction.
type stmt struct {
	first, last int // content as a token range [first, last)
	start, end  int // content as bytes, trimmed
	kind        Kind
	marked      bool
	cueFirst    int // cue tokens [cueFirst, cueLast); equal when none
	cueLast     int
	spk         mention
	hasSpk      bool
	source      source // how it was found; confidence.go turns it into a confidence
	group       int    // statements of one attribution share a group
	carried     bool   // speaker carried over from an earlier statement
	pair        int    // index in s.pairs of the quotation it is, or -1
	dropped     bool   // superseded by a statement inside it
}

// cue kinds
type cueKind uint8

const (
	cueVerb      cueKind = iota // said, told, added
	cueAccording                // according to
	cueNoun                     // in a statement
)

type cue struct {
	first, last int // tokens
	kind        cueKind
	object      bool // takes a hearer object: told reporters ...
	weak        bool // only in a quote's own attribution
	participle  bool // saying, adding
}

// cueAt returns the cue that starts at token k, if any.
func (s *state) cueAt(k int) (c cue, ok bool) {
	t := &s.toks[k]
	if t.kind != tWord {
		return c, false
	}
	if t.class&cSpeech == 0 && t.class&cUser == 0 {
		if s.word(k) == "according" || s.word(k) == "According" {
			if k+1 < len(s.toks) && s.word(k+1) == "to" {
				return cue{first: k, last: k + 2, kind: cueAccording}, true
			}
		}
		return c, false
	}
	if t.flags&fCap != 0 && t.flags&fSentStart == 0 && t.class&cUser == 0 {
		// "Clinton Says Russians Hacked DNC" in a headline is a cue, but
		// "State" or "Post" in a name is not a verb.
		if s.runAt(k) >= 0 || t.class&cSpeechWeak != 0 {
			return c, false
		}
	}
	if k > 0 {
		// "the statement", "his claims", "a post": a noun, not a verb.
		p := &s.toks[k-1]
		if p.kind == tWord && (p.class&cPossPron != 0 && p.class&cObjPron == 0 || isArticle(s.word(k-1))) {
			return c, false
		}
		if p.kind == tClitic && p.flags&fStrippedTail != 0 || p.kind == tMark && p.flags&fPossessiveMark != 0 {
			return c, false
		}
	}
	c = cue{first: k, last: k + 1, kind: cueVerb}
	c.object = t.class&cSpeechObject != 0
	c.weak = t.class&cSpeechWeak != 0 && t.class&cUser == 0
	w := s.word(k)
	c.participle = strings.HasSuffix(w, "ing")
	// Phrasal cues: "pointed out", "went on to say".
	if k+1 < len(s.toks) && s.toks[k+1].kind == tWord {
		switch strings.ToLower(w) {
		case "point", "points", "pointed", "pointing":
			if s.word(k+1) != "out" {
				return c, false
			}
			c.last = k + 2
			c.weak = false
		}
	}
	return c, true
}

// negated reports whether the cue at k is negated or not asserted: "did
// not say", "declined to say", "to say".
func (s *state) negated(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		t := &s.toks[j]
		if t.class&cNeg != 0 {
			return true
		}
		w := s.word(j)
		if w == "to" {
			// "to say" is only a statement after "went on" or "continued".
			if j-1 >= lo {
				p := strings.ToLower(s.word(j - 1))
				if p == "on" || p == "continued" || p == "proceeded" {
					return false
				}
			}
			return true
		}
		if t.class&(cAux|cAdverb) == 0 {
			break
		}
	}
	return false
}

// passive reports whether the cue at k is a passive participle ("was told",
// "is said to"), whose subject is not the speaker.
func (s *state) passive(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		t := &s.toks[j]
		w := strings.ToLower(s.word(j))
		switch w {
		case "is", "was", "were", "are", "be", "been", "being", "'s", "s", "get", "got", "gets":
			return t.kind == tWord || t.kind == tClitic
		}
		if t.class&(cAdverb|cNeg) == 0 {
			break
		}
	}
	return false
}

// skipBack skips adverbs and auxiliaries before token k and returns the
// token before them.
func (s *state) skipBack(k, lo int) int {
	j := k - 1
	for j >= lo {
		t := &s.toks[j]
		if t.kind == tWord && t.class&cTime != 0 && t.class&(cDet|cSubjPron) == 0 && (t.flags&fCap == 0 || isWeekday(s.word(j))) {
			// "the Supreme Court last year said", "Smith on Monday said"
			j--
			if j >= lo && s.toks[j].kind == tWord && s.toks[j].class&(cPrep|cTime) != 0 && s.toks[j].flags&fCap == 0 {
				j--
			}
			continue
		}
		if t.kind == tWord && t.flags&fCap == 0 && (t.class&(cAux|cAdverb) != 0 || strings.HasSuffix(s.word(j), "ly")) && t.class&(cSubjPron|cDet) == 0 {
			j--
			continue
		}
		if t.kind == tClitic && t.flags&fStrippedTail == 0 {
			// "he's said": the clitic is an auxiliary here.
			if j-1 >= lo && s.toks[j-1].class&cSubjPron != 0 {
				j--
				continue
			}
		}
		break
	}
	return j
}

// personalPronoun returns the kind of a subject pronoun.
func pronounPerson(w string) byte {
	switch strings.ToLower(w) {
	case "he":
		return 'm'
	case "she":
		return 'f'
	case "they":
		return 'p'
	case "it":
		return 'n'
	case "i", "we", "you":
		return '1'
	case "who":
		return 'w'
	}
	return 0
}

// subjectBefore returns the speaker mention that ends right before token k
// (after skipping auxiliaries and adverbs), looking no further left than lo.
func (s *state) subjectBefore(k, lo int) (m mention, ok bool) {
	j := s.skipBack(k, lo)
	if j < lo {
		return m, false
	}
	m, ok = s.npEndingAt(j, lo, true)
	if ok && !s.insidePP(s.mentionStart(m)) {
		return s.coordinated(m, lo), true
	}
	// "a White House official who spoke anonymously ... said", "leaders
	// who'd rather work for Cruz or Ben Carson said": the subject is the
	// noun phrase before a relative pronoun.
	for i := j; i > lo && i > j-25; i-- {
		t := &s.toks[i]
		if t.kind != tWord && t.kind != tClitic || t.class&cSpeech != 0 && i != k {
			break
		}
		if w := s.word(i); w == "who" || w == "that" && s.toks[i-1].kind == tWord && s.toks[i-1].class&(cUnnamed|cTitle) != 0 {
			if m, ok := s.npEndingAt(i-1, lo, false); ok && m.kind != mPronoun {
				return m, true
			}
			break
		}
	}
	return m, ok
}

// npEndingAt returns the noun phrase that ends at token j: a pronoun, a
// name with its title, or a description. With appositive set it looks past
// an apposition or relative clause set off by commas.
func (s *state) npEndingAt(j, lo int, appositive bool) (m mention, ok bool) {
	if j < lo {
		return m, false
	}
	t := &s.toks[j]
	m.entity = -1
	switch {
	case t.kind == tWord && t.class&cSubjPron != 0 && t.flags&fCap == 0 || t.kind == tWord && t.class&cSubjPron != 0 && (t.flags&fSentStart != 0 || s.word(j) == "I"):
		if pronounPerson(s.word(j)) == 'w' {
			// "Sarah Sanders, who said ...": the antecedent.
			if j-1 > lo && (s.toks[j-1].isPunct(',') || s.toks[j-1].isPunct(pDash)) {
				if a, ok := s.npEndingAt(j-2, lo, false); ok {
					return a, true
				}
			}
			if j-1 >= lo {
				if a, ok := s.npEndingAt(j-1, lo, false); ok && a.kind == mDescription {
					return a, true
				}
			}
			return m, false
		}
		m.first, m.last, m.kind = j, j+1, mPronoun
		m.titleFirst, m.titleLast = j, j
		return m, true
	case t.isPunct(',') && appositive:
		return s.appositiveSubject(j, lo)
	case t.isPunct(')'):
		// "Joe Smith (R-Texas) said"
		for i := j - 1; i > lo && i > j-30; i-- {
			if s.toks[i].isPunct('(') {
				return s.npEndingAt(i-1, lo, false)
			}
		}
		return m, false
	}
	if r := s.runAt(j); r >= 0 && s.runs[r].last == j+1 && t.kind == tWord {
		run := s.runs[r]
		if run.nameFirst >= run.last {
			// Only a title, such as "the President": a description.
			return s.description(j, lo)
		}
		if p := run.first - 1; p-1 >= lo && s.word(p) == "of" {
			// "Joe Wilson of South Carolina": a person from a place.
			if pr := s.runAt(p - 1); pr >= 0 && s.runs[pr].last == p && s.runs[pr].nameFirst < p && s.runKind(s.runs[pr].nameFirst, p) == Person && s.runKind(run.nameFirst, run.last) == Person {
				return s.npEndingAt(p-1, lo, false)
			}
		}
		if p := run.first - 1; p-1 >= lo && s.toks[p].kind == tWord && s.toks[p].class&cPrep != 0 && s.toks[p].flags&fCap == 0 && s.toks[p-1].lowerWord() && s.ppHost(p-1) {
			// "a spokesman for China's Ministry of Commerce"
			if d, ok := s.description(j, lo); ok {
				return d, true
			}
		}
		m.first, m.last, m.kind = run.nameFirst, run.last, mName
		m.entity = run.entity
		tf := s.titleBefore(run.nameFirst, lo)
		if tf > run.first {
			tf = run.first
		}
		if run.first < run.nameFirst && tf > run.first {
			tf = run.first
		}
		m.titleFirst, m.titleLast = tf, run.nameFirst
		if tf == run.nameFirst {
			m.titleFirst, m.titleLast = run.nameFirst, run.nameFirst
		}
		// A possessor before the name: "Russia s Foreign Ministry".
		if run.nameFirst == run.first && m.kind == mName && s.runKind(run.nameFirst, run.last) == Organization {
			if p := run.first - 1; p > lo && s.toks[p].kind == tClitic {
				if pr := s.runAt(p - 1); pr >= 0 {
					m.first = s.runs[pr].first
				}
			}
			if p := m.first - 1; p >= lo && strings.EqualFold(s.word(p), "the") {
				m.first = p
			}
		}
		return m, true
	}
	if t.kind == tWord && (t.flags&fCap == 0 || t.flags&fSentStart != 0 || j == lo) && (t.flags&fDigit == 0 || appositive) {
		// A number is a speaker only right before the verb ("43
		// said"), not as an age in apposition ("Ann Wright, 70,").
		return s.description(j, lo)
	}
	return m, false
}

// appositiveSubject handles a subject followed by material set off by
// commas that ends at the comma at j: an apposition ("Oleg Burmistrov,
// Russia s ambassador-at-large, said"), an age ("Gavin Hamilton, 23, a
// student, says"), a relative clause ("Smith, who ..., said"), a
// participle ("Durbin, noting ..., said") or an aside ("North Korea, for
// its part, says"). It tries each comma to the left in turn.
func (s *state) appositiveSubject(j, lo int) (m mention, ok bool) {
	end := j
	for tries := 0; tries < 4; tries++ {
		c := -1
		for i := end - 1; i > lo && i > j-40; i-- {
			t := &s.toks[i]
			if t.isPunct(',') {
				c = i
				break
			}
			if t.kind == tMark || t.isPunct('.') && t.flags&fSpace != 0 || t.isPunct(';') || t.isPunct(':') {
				return m, false
			}
			if t.kind == tWord && t.class&cSpeech != 0 && t.flags&fCap == 0 && !strings.HasSuffix(s.word(i), "ing") && !s.relativeBefore(i, lo) {
				return m, false
			}
		}
		if c < 0 {
			return m, false
		}
		if !s.setOff(c+1, end) {
			return m, false
		}
		if r := s.runAt(c + 1); r >= 0 && s.runs[r].first == c+1 && s.namesUntil(c+1, end) {
			// "two members of Congress, Ann Lee and Tom Reyes, said":
			// the names in apposition are the speaker.
			run := s.runs[r]
			nm := mention{first: run.nameFirst, last: run.last, kind: mName, entity: run.entity, titleFirst: run.nameFirst, titleLast: run.nameFirst}
			if end-run.first > run.last-run.first {
				nm.last = end
			}
			if run.first < run.nameFirst {
				nm.titleFirst = run.first
			}
			if d, ok := s.npEndingAt(c-1, lo, false); ok && d.kind != mPronoun {
				// "Google's chief executive, Jane Doe, said": the
				// description before is her title.
				nm.titleFirst, nm.titleLast = s.mentionStart(d), c
			}
			return nm, true
		}
		head, ok := s.npEndingAt(c-1, lo, false)
		if w := s.word(c + 1); w == "which" || w == "whose" && head.kind == mName && s.runKind(head.first, head.last) == Organization {
			// "founder of Black Man's Army, which often protests ...,":
			// the relative clause belongs to the organization.
			ok = false
		}
		if ok && head.kind != mPronoun && !s.insidePP(s.mentionStart(head)) {
			if head.kind == mName && head.titleLast == head.titleFirst {
				if tf, tl := s.appositiveAfter(c, j+1); tl > tf {
					head.titleFirst, head.titleLast = tf, tl
				}
			}
			return head, true
		}
		end = c
	}
	return m, false
}

// setOff reports whether tokens [a, b) read as material set off by commas
// after a subject, rather than as a clause of their own.
func (s *state) setOff(a, b int) bool {
	if a >= b || b-a > 35 {
		return false
	}
	t := &s.toks[a]
	if t.kind != tWord {
		return t.isPunct('(')
	}
	w := strings.ToLower(s.word(a))
	switch {
	case t.flags&fDigit != 0:
		return true // an age
	case t.class&(cDet|cPossPron|cTitle|cTitleMod|cPrep|cAdverb|cTime) != 0 && t.class&cSubjPron == 0:
		return true
	case w == "who" || w == "which" || w == "whose":
		return true
	case t.flags&fCap != 0:
		return true // a place or a title: "Fresno, Calif.", "R-Texas"
	case strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && t.class&cSpeech == 0:
		return true // a participle, not a finite speech verb
	}
	// "one of the few co-authors still in office": a role.
	for k := a; k < b && k < a+6; k++ {
		if s.toks[k].class&(cTitle|cUnnamed) != 0 {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a relative pronoun set off by a comma
// comes before token i in its clause: "Podesta, who said ..., said".
func (s *state) relativeBefore(i, lo int) bool {
	for k := i - 1; k > lo && k > i-25; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && t.punct != ',' {
			return false
		}
		if t.kind == tWord && (s.word(k) == "who" || s.word(k) == "which") && (s.toks[k-1].isPunct(',') || s.word(k-1) == "and") {
			return true
		}
	}
	return false
}

// description returns a descriptive noun phrase that ends at j: "the
// spokeswoman", "a senior official", "sources familiar with the matter",
// "a spokesman for the ministry".
func (s *state) description(j, lo int) (m mention, ok bool) {
	t := &s.toks[j]
	if t.class&(cPrep|cConj|cSubord|cAux|cNeg|cAdverb|cTime|cSpeech|cCognition|cObjPron|cDet) != 0 && t.class&(cUnnamed|cTitle|cBody|cDocument|cOrg) == 0 {
		return m, false
	}
	if t.flags&fDigit != 0 && t.flags&fCap == 0 {
		// "43 said", "at least 21,000 said": a count of people.
		m = mention{first: j, last: j + 1, head: j, kind: mDescription, entity: -1, titleFirst: j, titleLast: j}
		return m, true
	}
	m.entity = -1
	m.kind = mDescription
	m.last = j + 1
	m.head = j
	i := j
	for i-1 >= lo {
		p := &s.toks[i-1]
		switch {
		case p.kind == tWord && p.class&(cDet|cPossPron) != 0 && p.class&cSubord == 0 || p.kind == tWord && s.word(i-1) == "that" && p.flags&fCap == 0:
			i--
			if i-2 >= lo && s.toks[i-1].kind == tWord && s.toks[i-1].class&cPrep != 0 && s.toks[i-1].flags&fCap == 0 && s.ppHost(i-2) {
				// "a spokesman for the ministry": take in the PP.
				i--
				m.head = i - 1
				continue
			}
			goto done
		case p.kind == tWord && p.class&(cPrep|cConj|cSubord|cAux|cNeg|cSpeech|cSubjPron|cObjPron) == 0,
			p.kind == tWord && p.class&cSpeech != 0 && s.nounForm(i-1):
			i--
		case p.kind == tClitic || p.kind == tMark && p.flags&fPossessiveMark != 0:
			i--
			if i-1 >= lo && s.toks[i-1].capWord() {
				// "May s spokeswoman": a name that owns the description,
				// whatever else the word may be.
				i--
				for i-1 >= lo && s.toks[i-1].capWord() {
					i--
				}
			}
		case p.kind == tWord && p.class&cPrep != 0 && i-2 >= lo && s.ppHost(i-2):
			// "a spokesman for the ministry": take in the PP.
			i--
			m.head = i - 1
		default:
			goto done
		}
	}
done:
	m.first = i
	m.titleFirst, m.titleLast = i, i
	if m.first == m.last {
		return m, false
	}
	head := s.toks[m.head]
	// The head noun decides: a speaker is a person, body or document.
	if head.class&(cUnnamed|cTitle|cBody|cDocument|cOrg) == 0 && !s.descriptionHead(m.first, m.last) {
		return m, false
	}
	return m, true
}

// ppHost reports whether token k can take a prepositional phrase inside a
// speaker description: "spokesman (for)", "familiar (with)", "close (to)".
func (s *state) ppHost(k int) bool {
	t := &s.toks[k]
	if t.class&(cUnnamed|cTitle|cBody|cDocument) != 0 {
		return true
	}
	switch strings.ToLower(s.word(k)) {
	case "familiar", "close", "briefed", "knowledgeable", "involved", "aware", "speaking", "people":
		return true
	}
	return t.capWord()
}

// descriptionHead reports whether [a, b) has a speaker noun anywhere.
func (s *state) descriptionHead(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].class&(cUnnamed|cTitle|cBody|cDocument) != 0 {
			return true
		}
	}
	return false
}

// subjectAfter returns the speaker mention that starts at token k, for an
// inverted attribution: `"...," said Nauert`.
func (s *state) subjectAfter(k, hi int) (m mention, ok bool) {
	if k >= hi {
		return m, false
	}
	t := &s.toks[k]
	m.entity = -1
	if t.kind == tWord && t.class&cSubjPron != 0 && pronounPerson(s.word(k)) != 'w' {
		m.first, m.last, m.kind = k, k+1, mPronoun
		m.titleFirst, m.titleLast = k, k
		return m, true
	}
	// A title and a name: "said Senate Democratic leader Harry Reid". The
	// name is the last run of the noun phrase, the title all before it.
	e := k
	for e < hi && e < k+14 {
		t := &s.toks[e]
		if t.kind == tClitic || t.capWord() || t.kind == tWord && (t.class&(cTitle|cTitleMod|cHonorific|cOrg) != 0 || e == k && t.class&cDet != 0 || s.titleModifier(e)) {
			e++
			continue
		}
		break
	}
	for ; e > k; e-- {
		r := s.runAt(e - 1)
		if r < 0 || s.runs[r].last != e || s.runs[r].nameFirst >= e || s.runKind(s.runs[r].nameFirst, e) != Person {
			continue
		}
		run := s.runs[r]
		if tf := s.titleBefore(run.first, k); run.first > k && tf > k && !(tf == k+1 && s.toks[k].class&cDet != 0) {
			continue
		}
		m.first, m.last, m.kind, m.entity = run.nameFirst, run.last, mName, run.entity
		m.titleFirst, m.titleLast = k, run.nameFirst
		if s.toks[k].class&cDet != 0 && s.toks[k].kind == tWord && isArticle(s.word(k)) {
			m.titleFirst = k + 1
		}
		if m.titleFirst >= m.titleLast {
			m.titleFirst, m.titleLast = m.first, m.first
			if tf, tl := s.appositiveAfter(run.last, hi); tl > tf {
				m.titleFirst, m.titleLast = tf, tl
			}
		}
		return m, true
	}
	// Skip a title before the name: "said U.S. spokeswoman Heather Nauert".
	for j := k; j < hi && j < k+12; j++ {
		if r := s.runAt(j); r >= 0 && s.runs[r].nameFirst < s.runs[r].last && s.runs[r].nameFirst >= j {
			run := s.runs[r]
			tf := s.titleBefore(run.first, k)
			if run.first > k && tf > k && !(tf == k+1 && s.toks[k].class&cDet != 0) {
				break
			}
			m.first, m.last, m.kind, m.entity = run.nameFirst, run.last, mName, run.entity
			m.titleFirst, m.titleLast = min(tf, run.first), run.nameFirst
			if m.titleFirst == m.titleLast {
				m.titleFirst, m.titleLast = m.first, m.first
			}
			if tf, tl := s.appositiveAfter(run.last, hi); tl > tf && m.titleFirst == m.titleLast {
				m.titleFirst, m.titleLast = tf, tl
			}
			return m, true
		}
		if s.toks[j].kind != tWord {
			break
		}
	}
	// A description: "said a senior official", "said the ministry".
	j := k
	for j < hi && j < k+8 {
		t := &s.toks[j]
		if t.kind != tWord && t.kind != tClitic || t.class&(cPrep|cConj|cSubord|cAux) != 0 && t.class&cDet == 0 {
			break
		}
		j++
	}
	for e := j; e > k; e-- {
		if d, ok := s.description(e-1, k); ok && d.first == k {
			return d, true
		}
	}
	// After the verb of an attribution, a determiner and a noun phrase
	// that ends the clause name the speaker whatever the noun: "said the
	// 46-year-old.", "said the investor,".
	if t := &s.toks[k]; t.kind == tWord && (t.class&(cDet|cPossPron) != 0 && t.class&cSubord == 0) && j > k+1 && j-k <= 5 {
		if j >= hi || s.toks[j].kind == tPunct || s.toks[j].kind == tMark || s.word(j) == "who" {
			return mention{first: k, last: j, head: j - 1, kind: mDescription, entity: -1, titleFirst: k, titleLast: k}, true
		}
	}
	return m, false
}

// state is the per-call working memory of [Finder.Find]. The Finder holds
// only configuration, so one Finder serves many goroutines.
type state struct {
	*Finder
	text      string
	user      *userLexicon
	toks      []token
	sents     []sentence
	sentOf    []int32 // token -> sentence
	pairOf    []int32 // token -> top-level pair that contains it, or -1
	pairs     []pair
	runs      []run
	entities  []entity
	stmts     []stmt
	usedCue   []bool  // token is a cue already used
	sentFlags []uint8 // per sentence: sentHasStmt, sentHasCue
	pairStmt  []int   // pair -> statement, or -1
	scratch   []int32 // per-entity counts for weighPlaces
	cells     *[]cell // when set, output records each statement's calibration cell
	stripped  bool    // quotation marks were stripped from the text
	spaced    bool    // ... and the spaces they left are still there
	groups    int
}

func newState(f *Finder, text string) *state {
	s := new(state)
	s.reset(f, text)
	return s
}

// statePool recycles the working memory of Find, whose token and index
// slices are the bulk of what a call allocates. It holds no state between
// calls: reset clears everything but capacity.
var statePool = sync.Pool{New: func() any { return new(state) }}

// reset prepares s for a call on text, keeping the capacity of its slices.
func (s *state) reset(f *Finder, text string) {
	*s = state{
		Finder:    f,
		text:      text,
		toks:      s.toks[:0],
		sents:     s.sents[:0],
		sentOf:    s.sentOf[:0],
		pairOf:    s.pairOf[:0],
		pairs:     s.pairs[:0],
		runs:      s.runs[:0],
		entities:  s.entities[:0],
		stmts:     s.stmts[:0],
		usedCue:   s.usedCue[:0],
		pairStmt:  s.pairStmt[:0],
		sentFlags: s.sentFlags[:0],
		scratch:   s.scratch[:0],
	}
	if len(f.Verbs) > 0 || len(f.Titles) > 0 {
		s.user = newUserLexicon(f.Verbs, f.Titles)
	}
}

// release drops what s refers to and, unless its buffers grew very large
// on a huge text, returns it to the pool.
func (s *state) release() {
	if cap(s.toks) > 1<<20 {
		return
	}
	// Nothing in the buffers refers to the text or the Finder; only
	// these fields do.
	s.Finder, s.text, s.user, s.cells = nil, "", nil, nil
	statePool.Put(s)
}

// resize returns buf with length n, reusing its capacity, zeroed.
func resize[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n, n+n/4)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// run is the pipeline, one stage per file: token.go, marks.go, speaker.go,
// attribution.go, stripped.go; quote.go assembles the result.
func (s *state) run() []Quote {
	s.tokenize()
	if len(s.toks) == 0 {
		return nil
	}
	s.pairMarks()
	s.splitSentences()
	s.index()
	s.findEntities()
	s.weighPlaces()
	s.detectStripped()
	s.attributePairs()
	s.attributeCues()
	if s.stripped {
		s.recoverStripped()
	}
	s.attributeLeftovers()
	return s.output()
}

// index fills the token-to-sentence and token-to-pair tables.
func (s *state) index() {
	n := len(s.toks)
	s.sentOf = resize(s.sentOf, n)
	for i, st := range s.sents {
		for k := st.first; k < st.last; k++ {
			s.sentOf[k] = int32(i)
		}
	}
	s.pairOf = resize(s.pairOf, n)
	for k := range s.pairOf {
		s.pairOf[k] = -1
	}
	for i, p := range s.pairs {
		if p.depth != 0 {
			continue
		}
		for k := p.open; k <= p.close; k++ {
			s.pairOf[k] = int32(i)
		}
	}
	s.usedCue = resize(s.usedCue, n)
	s.sentFlags = resize(s.sentFlags, len(s.sents))
	s.pairStmt = resize(s.pairStmt, len(s.pairs))
	for i := range s.pairStmt {
		s.pairStmt[i] = -1
	}
}

// sentenceOf returns the sentence that holds token k, narrowed to
// maxReach tokens around it.
func (s *state) sentenceOf(k int) sentence { return s.window(s.sents[s.sentOf[k]], k) }

// addStmt records a statement and returns its index.
func (s *state) addStmt(st stmt) int {
	if st.start == 0 && st.end == 0 {
		st.start, st.end = s.trimContent(st.first, st.last)
	}
	if st.end <= st.start {
		return -1
	}
	s.stmts = append(s.stmts, st)
	s.markStmt(st.first, st.last)
	return len(s.stmts) - 1
}

// trimContent returns the bytes of tokens [a, b) without a leading
// complementizer and without trailing punctuation or edge marks.
func (s *state) trimContent(a, b int) (start, end int) {
	for a < b {
		t := &s.toks[a]
		if t.kind == tMark || t.kind == tPunct && (t.punct == ',' || t.punct == ':' || t.punct == pDash || t.punct == ';') {
			a++
			continue
		}
		break
	}
	for b > a {
		t := &s.toks[b-1]
		if t.kind == tMark || t.kind == tPunct && t.punct != ')' && t.punct != '!' && t.punct != '?' && t.punct != pEllipsis && t.punct != ']' && t.punct != '%' && t.punct != '$' {
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

// attributePairs attributes each top-level quotation to a cue beside it:
// `"Q," S said`, `"Q," said S`, `S said: "Q"`, `S said "Q"`.
func (s *state) attributePairs() {
	for i, p := range s.pairs {
		if p.depth != 0 {
			continue
		}
		start, end := s.pairInner(p)
		if start >= end {
			continue
		}
		if c, m, ok := s.cueAfterPair(p); ok {
			st := stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcQuoteCueAfter, pair: i, group: s.newGroup()}
			if ls := s.leadIn(p); ls < p.open {
				// `Parties across Europe "will conflate refugees with
				// terrorism," he said`: the reporter's words lead into
				// the quote, and the statement is mixed.
				st.first, st.kind = ls, Mixed
				st.start, st.end = s.toks[ls].start, end
			}
			idx := s.addStmt(st)
			s.useCue(c)
			s.pairStmt[i] = idx
			continue
		}
		if prev := s.continuedPair(p); prev >= 0 {
			// `"Q1," she said, "Q2."`: the same attribution.
			ps := s.stmts[prev]
			s.pairStmt[i] = s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				spk: ps.spk, hasSpk: true, source: srcQuoteSplit, pair: i, group: ps.group, carried: true})
			continue
		}
		if c, m, ok := s.cueBeforePair(p); ok {
			idx := s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcQuoteCueBefore, pair: i, group: s.newGroup()})
			s.useCue(c)
			s.pairStmt[i] = idx
			continue
		}
		if m, ok := s.colonSubject(p.open); ok && s.quoteEndsClause(p) {
			s.pairStmt[i] = s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				spk: m, hasSpk: true, source: srcColon, pair: i, group: s.newGroup()})
		}
	}
}

// colonSubject returns the speaker of a quote that follows a colon with
// no speech verb before it: `Trump fired back: "I watched him ..."`, the
// subject of the clause before the colon, if that is a name or a pronoun.
func (s *state) colonSubject(open int) (m mention, ok bool) {
	c := open - 1
	if c < 1 || !s.toks[c].isPunct(':') {
		return m, false
	}
	lo := max(s.sents[s.sentOf[c]].first, c-12)
	m, ok = s.firstSubject(lo, c)
	if !ok || m.kind == mDescription || s.mentionStart(m) > lo+4 {
		return m, false
	}
	return m, true
}

func (s *state) newGroup() int { s.groups++; return s.groups }

func (s *state) useCue(c cue) {
	for k := c.first; k < c.last; k++ {
		s.usedCue[k] = true
	}
}

// cueAfterPair looks for the attribution right after a closing mark:
// `"Q," Nauert said`, `"Q," said Nauert`, `"Q" -- said Mr. X`.
func (s *state) cueAfterPair(p pair) (c cue, m mention, ok bool) {
	n := len(s.toks)
	i := p.close + 1
	for i < n && (s.toks[i].isPunct(',') || s.toks[i].isPunct(pDash)) {
		i++
	}
	if i >= n || s.toks[i].flags&fBlankLine != 0 || s.pairOf[i] >= 0 || s.sentOf[i] != s.sentOf[p.close] {
		// `"Q." Trump said ...` starts a new sentence: not this
		// quote's attribution.
		return c, m, false
	}
	// An attribution ends its sentence; look a few tokens ahead.
	hi := i + 14
	if hi > n {
		hi = n
	}
	for j := i; j < hi; j++ {
		t := &s.toks[j]
		if t.kind == tMark || t.isPunct('.') && j > i || t.isPunct(';') || t.flags&fBlankLine != 0 {
			break
		}
		cc, isCue := s.cueAt(j)
		if !isCue || cc.kind == cueAccording {
			continue
		}
		if s.negated(j, i) {
			return c, m, false
		}
		end := s.sentEnd(j)
		if j == i {
			// Inverted: "said Nauert".
			if sm, ok := s.subjectAfter(cc.last, end); ok {
				return cc, sm, true
			}
			continue
		}
		if sm, ok := s.subjectBefore(j, i); ok && s.mentionStart(sm) == i {
			return cc, sm, true
		}
		if t.class&cSpeech != 0 && !cc.participle {
			// The first verb after the quote is not the attribution.
			break
		}
	}
	return c, m, false
}

// continuedPair returns the statement whose attribution stands right
// before quotation p, set off by a comma: `"Q1," she said, "Q2."`, or -1.
func (s *state) continuedPair(p pair) int {
	k := p.open - 1
	if k < 1 || !s.toks[k].isPunct(',') && !s.toks[k].isPunct(':') {
		return -1
	}
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if st.pair < 0 || st.cueLast == st.cueFirst {
			continue
		}
		if k-st.last > maxReach {
			return -1
		}
		// The attribution must lie between that quote and this one.
		prevClose := s.pairs[st.pair].close
		if prevClose >= p.open || st.cueFirst < prevClose || st.cueLast > k {
			return -1
		}
		end := max(st.cueLast, st.spk.last)
		for j := end; j < k; j++ {
			if s.toks[j].kind == tMark || s.toks[j].isPunct('.') || s.toks[j].isPunct(';') || s.pairOf[j] >= 0 {
				return -1
			}
			if _, ok := s.cueAt(j); ok {
				// "..., adding:" is an attribution of its own.
				return -1
			}
		}
		if k-end > 6 {
			return -1
		}
		return i
	}
	return -1
}

// mentionStart returns the first token of a mention with its title.
func (s *state) mentionStart(m mention) int {
	if m.titleLast > m.titleFirst && m.titleFirst < m.first {
		return m.titleFirst
	}
	return m.first
}

// sentEnd returns the end of the sentence that holds token k.
func (s *state) sentEnd(k int) int { return s.sentenceOf(k).last }

// cueBeforePair looks for the attribution right before an opening mark:
// `S said: "Q"`, `S told reporters, "Q"`, `S said "Q"`, when the quote
// runs to the end of its sentence.
func (s *state) cueBeforePair(p pair) (c cue, m mention, ok bool) {
	if !s.quoteEndsClause(p) {
		return c, m, false
	}
	lo := s.sentenceOf(p.open).first
	if p.open > 0 && s.sentOf[p.open-1] != s.sentOf[p.open] {
		// The quote opens its sentence; look at the sentence before,
		// which may end in a colon.
		if s.toks[p.open-1].isPunct(':') {
			lo = s.sentenceOf(p.open - 1).first
		} else {
			return c, m, false
		}
	}
	j := p.open - 1
	for j >= lo && (s.toks[j].isPunct(':') || s.toks[j].isPunct(',') || s.toks[j].isPunct(pDash)) {
		j--
	}
	if j >= lo && strings.EqualFold(s.word(j), "that") {
		j--
	}
	for k := j; k >= lo && k >= j-6; k-- {
		if s.pairOf[k] >= 0 {
			break
		}
		cc, isCue := s.cueAt(k)
		if !isCue || s.usedCue[k] {
			continue
		}
		if cc.last <= j && !cc.object && !s.onlyTail(cc.last, j+1) {
			break
		}
		if s.negated(k, lo) || s.passive(k, lo) && !s.quotedAs(k) {
			return c, m, false
		}
		if sm, ok := s.speakerOfCue(cc, lo); ok {
			return cc, sm, true
		}
		return c, m, false
	}
	return c, m, false
}

// onlyTail reports whether [a, b) is a cue's tail with no statement in it:
// time words, adverbs and short prepositional phrases.
func (s *state) onlyTail(a, b int) bool {
	inPP := false
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind == tWord && t.class&cPrep != 0 {
			inPP = true
		}
		if t.kind == tWord && (t.class&(cTime|cAdverb|cPrep|cDet|cSpeechNoun|cObjPron|cPossPron) != 0 || t.flags&fCap != 0 || t.flags&fDigit != 0) {
			continue
		}
		if inPP && (t.kind == tWord && t.class&(cSubjPron|cAux|cSubord|cSpeech) == 0 || t.kind == tClitic) {
			// "said about the movement,"
			continue
		}
		if t.isPunct(',') {
			continue
		}
		return false
	}
	return true
}

// quoteEndsClause reports whether nothing but punctuation, or another
// attribution, follows a quotation in its sentence.
func (s *state) quoteEndsClause(p pair) bool {
	n := len(s.toks)
	k := p.close + 1
	if k >= n || s.sentOf[k] != s.sentOf[p.close] {
		return true
	}
	t := &s.toks[k]
	if t.kind == tPunct && (t.punct == '.' || t.punct == ',' || t.punct == ';' || t.punct == '!' || t.punct == '?' || t.punct == ')' || t.punct == pDash || t.punct == ':' || t.punct == pEllipsis) {
		return true
	}
	// Content inside the marks that ends a sentence: `"Q." Then ...`.
	return s.endsSentence(p.close - 1)
}

// quotedAs reports "was quoted as saying", whose subject is the speaker.
func (s *state) quotedAs(k int) bool {
	return k >= 2 && strings.EqualFold(s.word(k-1), "as") && strings.HasPrefix(strings.ToLower(s.word(k-2)), "quot")
}

// speakerOfCue finds the speaker of a cue: its subject, the subject of the
// clause a participle hangs on, or an inverted subject after it.
func (s *state) speakerOfCue(c cue, lo int) (m mention, ok bool) {
	k := c.first
	if s.quotedAs(k) {
		// "X was quoted as saying": the subject is before "was quoted".
		j := k - 2
		for j > lo && s.toks[j-1].kind == tWord && s.toks[j-1].class&(cAux|cAdverb) != 0 {
			j--
		}
		return s.subjectBefore(j, lo)
	}
	if k > lo && s.toks[k-1].isPunct(',') && !c.participle && !c.object {
		// `..., said an American official.`: an inverted attribution
		// closes the sentence, unless what comes before the comma is
		// the subject and its apposition: "Representative Jeff Duncan,
		// another South Carolina Republican, said Diyab ...".
		if m, ok := s.subjectBefore(k, lo); ok && s.mentionStart(m) <= s.clauseOpening(lo) {
			return m, true
		}
		if m, ok := s.invertedSubject(c, k); ok {
			return m, true
		}
	}
	if c.participle && k > lo && s.toks[k-1].isPunct(',') {
		// "..., saying ...": the subject of the clause it hangs on.
		if m, ok := s.clauseSubject(k, lo); ok {
			return m, true
		}
	}
	if m, ok := s.subjectBefore(k, lo); ok {
		return m, true
	}
	if c.participle && k-2 >= lo && s.word(k-1) == "by" {
		// "continued by saying", "responded by saying"
		if m, ok := s.subjectBefore(k-2, lo); ok {
			return m, true
		}
	}
	if j := s.skipBack(k, lo); j > lo && (s.toks[j].kind == tWord && s.toks[j].class&cConj != 0 || s.toks[j].isPunct(',') && s.toks[j+1].kind == tWord && s.word(j+1) == "then") {
		// "Zakharova declined to give details, but said ...", "Kasich
		// offered the man a job, then says ...": the subject of the
		// first verb.
		return s.firstSubject(lo, j)
	}
	if k == lo || k > lo && (s.toks[k-1].isPunct(',') || s.toks[k-1].kind == tMark) {
		return s.invertedSubject(c, k)
	}
	return m, false
}

// invertedSubject returns the subject after a cue at k: "..., said Smith."
func (s *state) invertedSubject(c cue, k int) (m mention, ok bool) {
	end := s.sentEnd(k)
	m, ok = s.subjectAfter(c.last, end)
	if !ok {
		return m, false
	}
	// An inverted subject ends the clause: "..., said Smith." but not
	// "says it needs ...". A relative clause may follow it.
	e := m.last
	if tf, tl := s.appositiveAfter(e, end); tl > tf {
		e = tl
	}
	if e < end {
		t := &s.toks[e]
		ok := t.kind == tPunct || t.kind == tMark || t.kind == tWord && (t.class&(cPrep|cTime|cAdverb) != 0 || s.word(e) == "who")
		if !ok {
			// "said Trump's comments ...", "says it needs ...": the
			// subject of the statement, not of the cue.
			return m, false
		}
	}
	return m, true
}

// firstSubject returns the subject of the first verb in [lo, hi).
func (s *state) firstSubject(lo, hi int) (m mention, ok bool) {
	for j := lo; j < hi-1 && j < lo+45; j++ {
		nx := &s.toks[j+1]
		if !nx.lowerWord() {
			continue
		}
		w := s.word(j + 1)
		if nx.class&(cAux|cSpeech|cCognition|cAdverb) == 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
			continue
		}
		if m, ok := s.npEndingAt(j, lo, true); ok {
			return m, true
		}
	}
	return m, false
}

// clauseSubject returns the subject of the clause a participial cue at k
// hangs on: "Smith said ..., adding ..." gives Smith.
func (s *state) clauseSubject(k, lo int) (m mention, ok bool) {
	// The speaker of an earlier statement in the same sentence.
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if st.cueFirst < lo {
			break
		}
		if st.hasSpk && st.cueFirst < k {
			return st.spk, true
		}
	}
	// Otherwise the subject of the clause the participle hangs on: the
	// first subject after the last "but", "and" or semicolon.
	start := lo
	for j := k - 2; j > lo; j-- {
		t := &s.toks[j]
		if t.isPunct(';') || t.kind == tWord && t.class&cConj != 0 && s.toks[j-1].isPunct(',') {
			start = j + 1
			break
		}
	}
	if m, ok := s.firstSubject(start, k); ok {
		return m, true
	}
	if start > lo {
		return s.firstSubject(lo, k)
	}
	return m, false
}

// attributeCues finds the statements that cues introduce or close and that
// are not quotations beside the cue: indirect speech, mixed quotes, and
// in stripped text the direct quotes whose marks are gone.
func (s *state) attributeCues() {
	for si := range s.sents {
		sent := s.sents[si]
		for k := sent.first; k < sent.last; k++ {
			if s.usedCue[k] || s.pairOf[k] >= 0 {
				continue
			}
			c, ok := s.cueAt(k)
			if !ok {
				continue
			}
			if c.kind == cueAccording {
				s.according(c, s.window(sent, k))
				k = c.last - 1
				continue
			}
			if s.negated(k, sent.first) || s.passive(k, sent.first) && !s.quotedAs(k) {
				continue
			}
			s.cueStatement(c, s.window(sent, k))
		}
	}
}

// cueStatement builds the statements of one verb cue.
func (s *state) cueStatement(c cue, sent sentence) {
	lo := s.clauseStart(c.first, sent.first)
	m, hasSpk := s.speakerOfCue(c, lo)
	if !hasSpk && lo > sent.first {
		m, hasSpk = s.speakerOfCue(c, sent.first)
	}
	if !hasSpk {
		return
	}
	spkStart := s.mentionStart(m)
	inverted := m.first >= c.last
	// The statement after the cue.
	cs, ce, colon, right := s.contentAfter(c, m, sent.last)
	if c.weak && !colon && !(right && (s.word(cs-1) == "that" || s.interrogative(cs))) {
		right = false
	}
	// The statement before the attribution: `Q, S said.` or `Q, said S.`
	leftEnd := spkStart
	if inverted {
		leftEnd = c.first
	}
	left := false
	ls := sent.first
	if leftEnd-1 > sent.first && (s.toks[leftEnd-1].isPunct(',') || s.toks[leftEnd-1].isPunct(pDash)) {
		ls = s.leftClauseStart(leftEnd-1, sent.first)
		left = leftEnd-1-ls >= 3
		if left && s.roleBefore(ls, leftEnd-1) {
			// "The committee's ranking Democrat, Representative Eliot
			// Engel, said ...": a description in apposition, not a
			// statement.
			left = false
		}
		if left && right && s.stripped && !s.introduced(cs) && s.clauseLike(ls) {
			// `Q,  Clinton told the AIPAC meeting in Washington.`: in
			// stripped text Q was most likely a quote, and what follows
			// the verb its own (a hearer, a place), not a statement.
			right = false
		}
		left = left && s.tailOnly(c, m, sent.last, cs, right)
	}
	if c.weak {
		left = false
	}
	if !left && !right {
		return
	}
	group := s.newGroup()
	used := false
	if left {
		st := stmt{first: ls, last: leftEnd - 1, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcBeforeCue, pair: -1, group: group}
		if s.classify(&st) {
			s.addStmt(st)
			used = true
		}
	}
	if right {
		st := stmt{first: cs, last: ce, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAfterCue, pair: -1, group: group}
		if colon {
			st.source = srcAfterColon
		}
		if left {
			st.cueFirst, st.cueLast = 0, 0
		}
		if s.classify(&st) {
			if colon && s.stripped && st.kind == Indirect {
				st.kind = Direct
			}
			s.addStmt(st)
			used = true
		}
	}
	if used {
		s.useCue(c)
	}
}

// clauseStart returns where the clause of a cue at k starts: after the
// last semicolon, or after a statement already found in the sentence.
func (s *state) clauseStart(k, lo int) int {
	for j := k - 1; j > lo; j-- {
		t := &s.toks[j]
		if t.isPunct(';') || t.isPunct(':') && s.pairOf[j] < 0 {
			return j + 1
		}
	}
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if st.last <= lo {
			break
		}
		if st.last <= k && st.last > lo && st.pair < 0 {
			return st.last
		}
	}
	return lo
}

// leftClauseStart returns the start of the statement that ends at the
// comma c: the start of the sentence, or the token after an earlier colon
// or a statement already found.
func (s *state) leftClauseStart(c, lo int) int {
	start := lo
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if st.last <= c && st.last > start {
			start = st.last
			break
		}
		if st.last <= lo {
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

// tailOnly reports whether what follows a trailing attribution is no
// statement: `Q, Nauert told a regular briefing.`
func (s *state) tailOnly(c cue, m mention, hi, cs int, right bool) bool {
	if !right {
		return true
	}
	// `Q1, he said, Q2`: a split statement has both sides.
	return cs > c.last && s.toks[cs-1].isPunct(',')
}

// contentAfter returns the statement a cue introduces: tokens [cs, ce).
// colon reports a colon between them, which in news copy introduces a
// direct quote.
func (s *state) contentAfter(c cue, m mention, hi int) (cs, ce int, colon, ok bool) {
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
	i = s.skipCueTail(i, hi, c.object && m.first < c.last)
	if i >= hi {
		return 0, 0, false, false
	}
	if i > afterCue && s.skippedPP(afterCue, i) && !s.strongClauseStart(i) {
		// "cautioned against interpreting recent events as ...": after
		// a prepositional phrase only a clear clause start will do.
		return 0, 0, false, false
	}
	t := &s.toks[i]
	switch {
	case t.isPunct(':'):
		colon = true
		i++
	case t.kind == tWord && strings.EqualFold(s.word(i), "that") && t.flags&fCap == 0:
		if i+1 < hi && s.toks[i+1].kind == tWord && s.toks[i+1].class&cAux != 0 && s.toks[i+1].class&cSubjPron == 0 {
			// "said that was in part because ...": a demonstrative.
			break
		}
		i++
		for i < hi && s.toks[i].isPunct(',') {
			// "said that, if elected, ..."
			i++
		}
		if i < hi && s.toks[i].kind == tWord && !s.relativeOrCue(i) {
			// After "that" the statement may open with anything: "said
			// that on a trip to Kosovo, he would ...".
			cs, ce = i, s.contentEnd(i, hi)
			return cs, ce, false, ce-cs >= 2
		}
	case t.isPunct(','):
		lead := min(s.mentionStart(m), c.first) - 1
		switch {
		case i+1 < hi && s.toks[i+1].kind == tMark:
			i++
		case i+1 < hi && lead > 0 && s.toks[lead].isPunct(','):
			// `Q1, he said, Q2`: the attribution splits the statement,
			// and what follows need not look like a clause.
			i++
			if i < hi && s.toks[i].kind != tPunct && !s.relativeOrCue(i) {
				cs, ce = i, s.contentEnd(i, hi)
				return cs, ce, false, ce > cs
			}
			return 0, 0, false, false
		case i+1 < hi && s.stripped && s.toks[i+1].phantoms > 0 && !s.relativeOrCue(i+1):
			// `Perdue added,  He is a citizen ...`: a stripped mark
			// opens a quote after the comma.
			i++
			colon = true
		case i+1 < hi && !s.relativeOrCue(i+1) && s.clauseAhead(i+1, hi):
			// "says, win or lose in Tuesday's primary, he's staying"
			i++
		default:
			return 0, 0, false, false
		}
	}
	if i < hi && s.gapped(m) && s.toks[i].kind == tWord && s.toks[i].flags&fCap == 0 {
		// "which officials said will go into effect": the statement is
		// the relative clause, its subject the relative pronoun.
		cs, ce = i, s.contentEnd(i, hi)
		return cs, ce, false, ce > cs
	}
	if i >= hi || !s.clauseInitial(i) {
		return 0, 0, false, false
	}
	if s.relativeOrCue(i) {
		// "said Dana Whitfield, who voted ...": a relative clause.
		return 0, 0, false, false
	}
	cs = i
	ce = s.contentEnd(cs, hi)
	words := 0
	for k := cs; k < ce; k++ {
		if s.toks[k].kind == tWord {
			words++
		}
	}
	if words < 2 && !(colon && words == 1) {
		return 0, 0, false, false
	}
	return cs, ce, colon, true
}

// skipCueTail skips what may stand between a cue and its statement: the
// hearer ("told reporters"), adverbs, time expressions and prepositional
// phrases ("in a statement on Friday").
func (s *state) skipCueTail(i, hi int, object bool) int {
	if object && i < hi {
		i = s.skipObject(i, hi)
	}
	pp := false // a prepositional phrase was skipped
	for i < hi {
		t := &s.toks[i]
		switch {
		case pp && t.isPunct(',') && s.placeAside(i+1, hi) > 0:
			// "said in Buffalo, New York, that ...": a place set off by
			// commas inside the phrase.
			i = s.placeAside(i+1, hi)
		case pp && t.isPunct(',') && !(i+1 < hi && strings.EqualFold(s.word(i+1), "that")):
			// "respond by the millions to your message, then ...": after
			// a phrase of the verb's own, a comma ends the attribution.
			return i
		case t.kind == tWord && t.class&(cAdverb|cTime) != 0 && t.class&(cDet|cSubjPron|cSubord) == 0 && t.flags&fCap == 0:
			if w := s.word(i); (w == "there" || w == "here") && i+1 < hi && s.toks[i+1].class&cAux != 0 {
				// "said there was ...": the statement's subject.
				return i
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
			if t.class&cSubord != 0 && e < hi && !strings.EqualFold(s.word(e), "that") && !s.toks[e].isPunct(',') {
				// "said after federal prosecutor Ryan Dickey read ...": an
				// adverbial clause, not a phrase before the statement.
				return hi
			}
			pp = true
			i = e
		case t.isPunct(',') && i+1 < hi && s.toks[i+1].kind == tWord && s.toks[i+1].class&(cAdverb|cTime|cPrep) != 0 && s.toks[i+1].class&cSubord == 0:
			// "said, however, that"
			i++
		case t.isPunct(',') && i+1 < hi && strings.EqualFold(s.word(i+1), "that"):
			i++
		default:
			return i
		}
	}
	return i
}

// skipObject skips the hearer after a verb like "told": a pronoun, a
// name, or a short noun phrase ("reporters", "a regular briefing").
func (s *state) skipObject(i, hi int) int {
	t := &s.toks[i]
	switch {
	case t.kind == tWord && t.class&cObjPron != 0 && t.flags&fCap == 0:
		return i + 1
	case t.kind == tWord && t.class&cSubjPron != 0:
		return i
	}
	if r := s.runAt(i); r >= 0 && s.runs[r].first == i {
		e := s.runs[r].last
		if e < hi && s.toks[e].kind == tClitic {
			// "told Trump s aides"
			return s.npEnd(e+1, hi)
		}
		return e
	}
	if t.kind == tWord && t.class&(cDet|cPossPron) != 0 || t.lowerWord() {
		return s.npEnd(i, hi)
	}
	return i
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
		if t.kind == tClitic {
			j++
			continue
		}
		if t.kind != tWord || t.class&(cDet|cSubjPron|cPrep|cSubord|cAux|cConj|cPossPron|cNeg) != 0 && t.class&cTime == 0 {
			break
		}
		if j > i && t.flags&fCap != 0 && !s.toks[j-1].capWord() && s.toks[j-1].kind != tClitic && s.toks[j-1].class&(cDet|cPossPron) == 0 {
			// a capital after a lower-case word starts the statement,
			// but not after a determiner: "told the AIPAC meeting"
			break
		}
		if j > i && strings.EqualFold(s.word(j), "there") {
			break
		}
		j++
		if s.toks[j-1].class&cTime != 0 && j < hi && s.word(j) != "of" {
			// "on Monday", "last week": a time word ends the phrase.
			break
		}
	}
	return j
}

// ppEnd returns the end of the object of a preposition that starts at i.
func (s *state) ppEnd(i, hi int) int {
	if i >= hi {
		return i
	}
	t := &s.toks[i]
	if r := s.runAt(i); r >= 0 && s.runs[r].first == i {
		return s.runs[r].last
	}
	if t.kind == tWord && t.class&cObjPron != 0 && !s.possessiveUse(i, hi) {
		return i + 1
	}
	if t.kind == tWord && (t.class&(cDet|cPossPron|cTime) != 0 || t.lowerWord()) || t.flags&fDigit != 0 {
		e := s.npEnd(i, hi)
		if e < hi && s.toks[e].kind == tWord && (s.word(e) == "of" || s.word(e) == "with") {
			return s.npEnd(e+1, hi)
		}
		return e
	}
	return i
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
			return w == "there" || w == "in" || w == "if" || w == "after" || w == "before" || w == "despite" || w == "with"
		}
		return true
	case tSymbol:
		return true
	}
	return false
}

// contentEnd returns where a statement that starts at cs ends: at the end
// of the sentence, or before a parenthetical attribution, "according to",
// a participle that starts a new statement, or a semicolon.
func (s *state) contentEnd(cs, hi int) int {
	for j := cs; j < hi; j++ {
		t := &s.toks[j]
		if t.isPunct(';') {
			return j
		}
		if j > cs && t.kind == tWord && t.flags&fCap == 0 && (s.word(j) == "while" || s.word(j) == "whereas") && s.attributionAt(j+1, hi) {
			// "53 percent said Clinton won while 32 percent said ..."
			return j
		}
		if j > cs && j+1 < hi && (t.kind == tWord && t.class&cConj != 0 && t.flags&fCap == 0 || t.isPunct(pDash)) {
			// "said X and said Y", "X – and has now ...": a new clause of
			// the reporter's or a new statement.
			e := j + 1
			for e < hi && s.toks[e].kind == tWord && s.toks[e].class&(cAdverb|cAux) != 0 {
				e++
			}
			if e < hi {
				if c, ok := s.cueAt(e); ok && c.kind == cueVerb && !c.participle {
					return j
				}
				if t.isPunct(pDash) && s.toks[j+1].kind == tWord && s.toks[j+1].class&cConj != 0 {
					return j
				}
			}
		}
		if !t.isPunct(',') || j+1 >= hi {
			continue
		}
		nx := &s.toks[j+1]
		if nx.kind != tWord {
			continue
		}
		if nx.class&cConj != 0 && j+2 < hi && s.verbLike(j+2) {
			// "said X, but declined to ...", "said X, and requested
			// ...": the speaker's next act, not the statement.
			return j
		}
		w := strings.ToLower(s.word(j + 1))
		if w == "according" {
			return j
		}
		if nx.class&cSpeech != 0 && nx.flags&fCap == 0 && !strings.HasSuffix(w, "ing") {
			// "Cruz, who says ..., said ...": the main verb.
			return j
		}
		if c, ok := s.cueAt(j + 1); ok && c.participle || nx.class&cNaming != 0 && strings.HasSuffix(w, "ing") {
			return j
		}
		// ", he said," or ", Smith added." closes the statement; ",
		// while Cruz said ..." starts another one.
		from := j + 1
		if nx.class&(cConj|cSubord) != 0 && nx.class&cDet == 0 {
			from = j + 2
		}
		for e := from + 1; e < hi && e < j+12; e++ {
			if c, ok := s.cueAt(e); ok && c.kind == cueVerb {
				if m, ok := s.subjectBefore(e, from); ok && s.mentionStart(m) == from {
					return j
				}
				break
			}
			if s.toks[e].kind != tWord && s.toks[e].kind != tClitic {
				break
			}
		}
	}
	return hi
}

// according handles "according to S, Q" and "Q, according to S".
func (s *state) according(c cue, sent sentence) {
	m, ok := s.subjectAfter(c.last, sent.last)
	if !ok {
		// Any noun phrase will do: "according to data compiled by ...".
		e := s.npEnd(c.last, sent.last)
		if e <= c.last {
			return
		}
		m = mention{first: c.last, last: e, head: e - 1, kind: mDescription, entity: -1, titleFirst: c.last, titleLast: c.last}
	}
	// The source may run on: "according to a statement from the ministry".
	end := m.last
	for end < sent.last && !s.toks[end].isPunct(',') && !s.toks[end].isPunct('.') && end < m.last+8 {
		end++
	}
	group := s.newGroup()
	if c.first == sent.first || c.first > sent.first && s.toks[c.first-1].kind == tWord && s.toks[c.first-1].class&cConj != 0 {
		// According to S, Q.
		cs := end
		if cs < sent.last && s.toks[cs].isPunct(',') {
			cs++
		}
		ce := s.contentEnd(cs, sent.last)
		if s.attributionAt(cs, ce) {
			// "According to the Times, Diyab's friends say ...": the
			// statement is theirs.
			return
		}
		if ce-cs >= 3 {
			st := stmt{first: cs, last: ce, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
			}
		}
		return
	}
	if c.first-1 > sent.first && s.toks[c.first-1].isPunct(',') {
		ls := s.leftClauseStart(c.first-1, sent.first)
		if c.first-1-ls >= 3 {
			st := stmt{first: ls, last: c.first - 1, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
			}
		}
	}
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
			continue
		}
		if s.pairStmt[p] >= 0 {
			// Overlaps a quotation with its own attribution.
			if k == st.first {
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
	case inside:
		st.kind, st.marked = Mixed, true
	}
	for k := st.first; k < st.last; k++ {
		if p := s.pairOf[k]; p >= 0 && s.pairStmt[p] < 0 {
			s.pairStmt[p] = len(s.stmts)
		}
	}
	return true
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

// attributeLeftovers deals with the quotations no cue claimed. One that
// follows a statement of a known speaker, in the same paragraph or at the
// start of the next, continues it (the news convention `"A," she said.
// "B."`); one that reads as an utterance of its own is reported without a
// speaker; the rest (scare quotes, titles of works, nicknames) are not
// statements.
func (s *state) attributeLeftovers() {
	sortStmts(s.stmts)
	n := len(s.stmts)
	prev := -1 // latest statement before the current pair
	si := 0
	for i, p := range s.pairs {
		if p.depth != 0 || s.pairStmt[i] >= 0 {
			continue
		}
		start, end := s.pairInner(p)
		if start >= end {
			continue
		}
		for si < n && s.stmts[si].end <= start {
			if prev < 0 || s.stmts[si].end >= s.stmts[prev].end {
				prev = si
			}
			si++
		}
		if last := len(s.stmts) - 1; last >= n && (prev < 0 || s.stmts[last].end >= s.stmts[prev].end) {
			prev = last
		}
		like := s.statementLike(p)
		st := stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true, source: srcQuoteAlone, pair: i, group: s.newGroup()}
		if prev >= 0 && !s.NoCarryOver && s.carries(s.stmts[prev], p, like) {
			ps := s.stmts[prev]
			st.spk, st.hasSpk, st.carried, st.group = ps.spk, ps.hasSpk, true, ps.group
			st.source = srcQuoteCarried
		} else if !like {
			continue
		}
		s.pairStmt[i] = s.addStmt(st)
	}
}

// carries reports whether a quotation with no cue continues statement ps.
func (s *state) carries(ps stmt, p pair, like bool) bool {
	if !ps.hasSpk || ps.kind == Indirect && !like {
		return false
	}
	pp := s.sents[s.sentOf[ps.last-1]].para
	qp := s.sents[s.sentOf[p.open]].para
	switch {
	case qp == pp:
	case qp == pp+1 && s.toks[p.open].flags&fParaStart != 0:
	default:
		return false
	}
	// A quote that opens its sentence, or follows a colon; not a phrase
	// inside the reporter's own sentence.
	if !s.opensSentence(p) {
		return false
	}
	// Nothing attributed to someone else in between.
	if p.open-ps.last > maxReach {
		return false
	}
	for k := ps.last; k < p.open; k++ {
		if s.usedCue[k] && (k < ps.cueFirst || k >= ps.cueLast) {
			return false
		}
	}
	return like || s.capitalFirst(p)
}

// opensSentence reports whether a quotation starts its sentence.
func (s *state) opensSentence(p pair) bool {
	t := &s.toks[p.open]
	if t.flags&fSentStart != 0 {
		return true
	}
	if p.open == 0 {
		return true
	}
	pr := &s.toks[p.open-1]
	return pr.isPunct(':') || pr.isPunct(pDash) || pr.isPunct('(') || s.pairOf[p.open-1] >= 0 && pr.kind == tMark
}

// capitalFirst reports whether a quotation starts with a capital letter,
// a digit or punctuation: the start of a sentence, not a phrase.
func (s *state) capitalFirst(p pair) bool {
	for k := p.open + 1; k < p.close; k++ {
		t := &s.toks[k]
		switch t.kind {
		case tMark:
			continue
		case tWord:
			return t.flags&(fCap|fDigit) != 0 || s.word(k) == "I"
		}
		return true
	}
	return false
}

// statementLike reports whether a quotation with no cue reads as an
// utterance: a sentence, or a question or exclamation, standing on its own.
// Scare quotes, titles of works and nicknames are phrases inside the
// reporter's sentence.
func (s *state) statementLike(p pair) bool {
	words := 0
	for k := p.open + 1; k < p.close; k++ {
		if s.toks[k].kind == tWord {
			words++
		}
	}
	if words == 0 {
		return false
	}
	lastTok := p.close - 1
	for lastTok > p.open && s.toks[lastTok].kind == tMark {
		lastTok--
	}
	lt := &s.toks[lastTok]
	exclaim := lt.isPunct('?') || lt.isPunct('!')
	terminal := exclaim || lt.isPunct('.') || lt.isPunct(pEllipsis) || lt.kind == tWord && lt.flags&fAbbrev != 0
	opens := s.opensSentence(p)
	if terminal && s.capitalFirst(p) && (words >= 2 || exclaim) && (opens || s.manySentences(p)) {
		return true
	}
	if s.capitalFirst(p) && p.open > 0 && s.toks[p.open-1].class&cSpeech != 0 {
		// After a speech verb that attributes nothing: "to say 'Drink me'".
		return true
	}
	if opens && s.capitalFirst(p) && lt.isPunct(',') {
		// `"I said that ...," but then he rebutted`: cut off by the
		// reporter's clause.
		return true
	}
	if opens && s.capitalFirst(p) && words >= 2 {
		// "'Tis nobler' Words ...": an utterance, unless the sentence
		// goes on with a verb, as after a title: "Star Wars" opened.
		k := p.close + 1
		return k >= len(s.toks) || !s.toks[k].lowerWord() || s.sentOf[k] != s.sentOf[p.close]
	}
	return false
}

// sortStmts sorts statements by start, then end.
func sortStmts(st []stmt) {
	if slices.IsSortedFunc(st, compareStmts) {
		return
	}
	// Sort indexes, not the structs, and break ties by the order found,
	// so that the result does not depend on the sort algorithm.
	idx := make([]int32, len(st))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if c := compareStmts(st[a], st[b]); c != 0 {
			return c
		}
		return int(a - b)
	})
	sorted := make([]stmt, len(st))
	for i, j := range idx {
		sorted[i] = st[j]
	}
	copy(st, sorted)
}

func compareStmts(a, b stmt) int {
	if a.start != b.start {
		return a.start - b.start
	}
	return a.end - b.end
}

// manySentences reports whether a quotation holds more than one sentence
// or line: a passage of speech, not a phrase.
func (s *state) manySentences(p pair) bool {
	for k := p.open + 1; k < p.close-1; k++ {
		t := &s.toks[k]
		if t.flags&fNewline != 0 || t.flags&fSentStart != 0 {
			return true
		}
	}
	return false
}

// relativeOrCue reports whether token i starts a relative clause or a cue
// of its own, so that no statement starts there.
func (s *state) relativeOrCue(i int) bool {
	switch strings.ToLower(s.word(i)) {
	case "who", "which", "whose", "whom", "according":
		return true
	}
	c, ok := s.cueAt(i)
	return ok && !c.weak
}

// interrogative reports whether a reported question starts at token i:
// "asked whether ...", "asked workers if ...".
func (s *state) interrogative(i int) bool {
	switch strings.ToLower(s.word(i)) {
	case "whether", "if", "what", "why", "how", "when", "where", "who", "which":
		return true
	}
	return false
}

// gapped reports whether a subject follows a relative pronoun, so that
// the statement after its cue has no subject of its own: "which officials
// said will ...", "a finish that he said defied expectations".
func (s *state) gapped(m mention) bool {
	k := s.mentionStart(m) - 1
	if k < 0 || s.toks[k].kind != tWord {
		return false
	}
	switch s.word(k) {
	case "which", "that", "who", "whom":
		return true
	}
	return false
}

// namesUntil reports whether [a, b) holds only names joined by "and".
func (s *state) namesUntil(a, b int) bool {
	for k := a; k < b; {
		r := s.runAt(k)
		if r < 0 || s.runs[r].first != k {
			return false
		}
		k = s.runs[r].last
		if k < b && s.toks[k].kind == tWord && s.word(k) == "and" {
			k++
		}
	}
	return true
}

// insidePP reports whether a noun phrase that starts at k is the object of
// a preposition: "in Columbus, Ohio," is an aside, not a subject.
func (s *state) insidePP(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := &s.toks[j]
		if t.kind == tWord && t.class&cPrep != 0 && t.flags&fCap == 0 {
			return true
		}
		if t.kind != tWord || t.class&cDet == 0 {
			return false
		}
	}
	return false
}

// leadIn returns where the statement that ends with quotation p starts
// when the reporter's words lead into the quote within its clause, or
// p.open when the quote stands alone.
func (s *state) leadIn(p pair) int {
	sent := s.sentenceOf(p.open)
	start := sent.first
	for j := p.open - 1; j >= sent.first; j-- {
		t := &s.toks[j]
		if t.kind == tMark || t.isPunct(':') || t.isPunct(';') || s.pairOf[j] >= 0 || s.usedCue[j] {
			start = j + 1
			break
		}
		if _, ok := s.cueAt(j); ok {
			return p.open
		}
	}
	for start < p.open && s.toks[start].kind == tWord && s.toks[start].class&cConj != 0 {
		start++
	}
	words := 0
	for k := start; k < p.open; k++ {
		if s.toks[k].kind == tWord {
			words++
		}
	}
	if words < 2 {
		return p.open
	}
	// An introductory phrase is not part of the statement: "In a
	// statement, “...”", "However, “...”".
	if t := &s.toks[start]; t.kind != tWord || t.class&(cPrep|cSubord|cAdverb|cTime) != 0 && t.class&cDet == 0 {
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
	if t.class&(cAux|cSpeech|cCognition) != 0 {
		return true
	}
	w := s.word(k)
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

func isArticle(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "these", "every", "another":
		return true
	}
	return false
}

// clauseAhead reports whether a clause with its own subject and verb
// starts within the comma-delimited stretch [a, hi) after an adverbial:
// "win or lose, he's staying".
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

// nounForm reports whether a speech word can be a noun modifier in a
// description ("protest leaders", "campaign report authors"): a base form,
// not a past or a participle.
func (s *state) nounForm(k int) bool {
	t := &s.toks[k]
	if t.flags&fCap != 0 || t.class&(cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron) != 0 {
		return false
	}
	w := strings.ToLower(s.word(k))
	switch w {
	case "said", "says", "told", "tells", "wrote", "writes", "say", "tell", "write":
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// attributionAt reports whether [a, b) opens with an attribution of its
// own: a subject and a cue ("Diyab's friends say ...", "Smith said ...").
func (s *state) attributionAt(a, b int) bool {
	for k := a + 1; k < b && k < a+12; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		if m, ok := s.subjectBefore(k, a); ok && s.mentionStart(m) == a {
			return true
		}
		return false
	}
	return false
}

// skippedPP reports whether [a, b) holds a preposition.
func (s *state) skippedPP(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&cPrep != 0 && t.flags&fCap == 0 {
			return true
		}
	}
	return false
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
	switch strings.ToLower(s.word(i)) {
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
// meeting, ...", "Speaking in Ohio, ...").
func (s *state) clauseLike(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return t.kind == tMark
	}
	if t.class&(cPrep|cSubord|cAdverb|cTime) != 0 && t.class&(cDet|cSubjPron) == 0 {
		return false
	}
	w := s.word(k)
	return !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || t.flags&fCap != 0 && s.runAt(k) >= 0
}

// roleBefore reports whether [a, b) is a description of a role that
// stands in apposition before a name: "The committee's ranking Democrat",
// "Trump's budget director". It starts with a determiner or a possessive,
// ends with a title or a speaker noun, and holds no verb.
func (s *state) roleBefore(a, b int) bool {
	first, last := &s.toks[a], &s.toks[b-1]
	if first.kind != tWord || first.class&(cDet|cPossPron) == 0 && !(first.capWord() && s.hasClitic(a, b)) {
		return false
	}
	if last.kind != tWord || last.class&(cTitle|cUnnamed) == 0 && !(last.capWord() && s.hasClitic(a, b)) {
		return false
	}
	for k := a; k < b; k++ {
		if s.verbLike(k) || s.toks[k].kind == tPunct {
			return false
		}
	}
	return b-a <= 8
}

// maxReach bounds how far, in tokens, a rule looks from a cue or a
// quotation within its sentence. A statement, its attribution and its
// speaker lie well within it in real text, and the bound keeps a document
// that is one endless sentence linear in time.
const maxReach = 160

// window returns sentence sent narrowed to maxReach tokens around token k.
func (s *state) window(sent sentence, k int) sentence {
	sent.first = max(sent.first, k-maxReach)
	sent.last = min(sent.last, k+maxReach)
	return sent
}

// coordinated extends a subject to the names or pronouns joined to it by
// "and": "Schumer and Pelosi said" has one speaker, as written.
func (s *state) coordinated(m mention, lo int) mention {
	a := s.mentionStart(m)
	if a-2 < lo || s.toks[a-1].kind != tWord || s.word(a-1) != "and" {
		return m
	}
	other, ok := s.npEndingAt(a-2, lo, false)
	if !ok || other.kind == mDescription || m.kind == mDescription {
		return m
	}
	return mention{first: s.mentionStart(other), last: m.last, head: m.last - 1, kind: mDescription, entity: -1,
		titleFirst: s.mentionStart(other), titleLast: s.mentionStart(other), coordinated: true}
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
// commas that starts at i ("New York,"), or 0 if there is none.
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
	for k := lo; k < lo+4 && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind == tWord && t.class&(cConj|cAdverb) != 0 && t.class&(cSubjPron|cDet) == 0 || t.isPunct(',') {
			continue
		}
		return k
	}
	return lo
}
