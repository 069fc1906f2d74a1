package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"weak"
)

// This file links statements to speakers, and runs the pipeline (state,
// run). For each quotation it looks for a cue beside it (attributePairs);
// for each cue (a speech verb, "according to") it asks speaker.go for the
// subject and content.go for the statement (attributeCues); quotations
// left without a cue carry over the speaker of the statement before them
// or stand alone as utterances (attributeLeftovers).

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
	unnamedAnte int    // 1 + the statement whose speaker its "he" or "she" stands for (an unnamed person, or whom the same pronoun stood for before), or 0
	introAnte   int    // 1 + the statement whose indefinite description introduced the unnamed person its speaker is, or 0
}

// cue kinds
type cueKind uint8

const (
	cueVerb      cueKind = iota // said, told, added
	cueAccording                // according to
)

type cue struct {
	first, last int // tokens
	kind        cueKind
	object      bool // takes a hearer object: told reporters ...
	weak        bool // only in a quote's own attribution
	participle  bool // saying, adding
	act         bool // its complement is the statement: urged voters to stay home
	finding     bool // a document's or body's: the report found
	naming      bool // calls or describes: a statement only with a quotation in it
	reference   bool // "..., referring to X": what a statement before it meant
}

// cueClasses are the classes of the words that may begin a cue other
// than "according to".
const cueClasses = cSpeech | cSpeechAct | cFinding | cUser | cNaming | cPhrasal

// mayCue reports whether cueAt(k) may find a cue: a cheap test that the
// loops over every token make first, since most words begin none.
func (s *state) mayCue(k int) bool {
	t := &s.toks[k]
	return t.kind == tWord && (t.class&cueClasses != 0 || t.end-t.start == len("according"))
}

// A cueMemo is cueAt's answer for one token, and cueHeldBack's.
type cueMemo struct {
	c      cue
	ok     bool
	heldLo int32 // 1 + the sentence start cueHeldBack was asked for, or 0
	held   bool  // cueHeldBack's answer for heldLo
}

// cueAt returns the cue that starts at token k, if any. Once the stages
// that change tokens, runs and sentences are done (see run), the answer
// for a token never changes, and the many rules that ask again about the
// same word ("said" is asked for by lastCue, the loop over its sentence,
// and the scans for cues around statements) read it from cueMemos. Only
// the tokens asked about take room there; cueOf costs four bytes a token.
func (s *state) cueAt(k int) (c cue, ok bool) {
	if k >= len(s.cueOf) {
		return s.findCue(k)
	}
	if i := s.cueOf[k]; i > 0 {
		m := &s.cueMemos[i-1]
		return m.c, m.ok
	}
	c, ok = s.findCue(k)
	s.cueMemos = append(s.cueMemos, cueMemo{c: c, ok: ok})
	s.cueOf[k] = int32(len(s.cueMemos))
	return c, ok
}

// concludesTask reports whether "concluded" at k, not inverted after a
// quotation, takes a noun phrase with no clause after it: "concluded a
// visit to Dover", "..., concluding its talks on Monday", "concluded a
// tour that ..."; not "concluded the ship was lost", nor "..., concluded
// a new study".
func (s *state) concludesTask(k int) bool {
	n := k + 1
	if k == 0 || n+1 >= len(s.toks) || s.toks[k-1].kind != tWord && !s.wordIs(k, "concluding") || !s.toks[n].lowerWord() || s.toks[n].class&(cDet|cPossPron) == 0 || s.wordIs(n, "that", "this", "these", "those") {
		return false
	}
	// The noun is a task done, which a clause does not follow: "the
	// law violates ..." is a finding, whatever its verb's form.
	h := n + 1
	for h < len(s.toks) && h < n+4 && s.toks[h].kind == tWord && s.toks[h].flags&fCap == 0 && !s.wordIs(h, concludedTasks...) {
		h++ // "a 11-day mission", "the disclosure process"
	}
	if h >= len(s.toks) || h >= n+4 || !s.toks[h].lowerWord() {
		return false
	}
	e := h + 1
	for e < len(s.toks) && e < n+8 && s.toks[e].kind == tWord && s.toks[e].class&cSubord == 0 {
		e++
	}
	return !s.hasClause(h+1, e)
}

// findCue computes cueAt(k).
func (s *state) findCue(k int) (c cue, ok bool) {
	t := &s.toks[k]
	if t.kind != tWord {
		return c, false
	}
	if k > 0 && k+1 < len(s.toks) && t.lowerWord() && s.toks[k+1].lowerWord() && s.wordIs(k+1, "are", "were") && presentForm(s.word(k)) && !s.wordIs(k, "says", "tells") && s.pluralSubject(k) {
		// "ten sites test papers are kept in": a plural noun, the subject
		// of the verb after it, not a verb in -s; "says" is never a
		// noun, "figures the ministry says are false".
		return c, false
	}
	if k > 1 && t.lowerWord() && presentForm(s.word(k)) && s.compoundNoun(k) {
		// "might spark angry farmer protests that spread": the
		// last noun of a verb's object, with no article to open a
		// subject, is no verb in -s.
		return c, false
	}
	if k > 0 && s.toks[k-1].isPunct(',') && s.sourceCited(k, len(s.toks)) {
		// "..., the agency reported, citing police sources": where
		// the report came from, not a judgement ("citing high rents").
		return c, false
	}
	if t.lowerWord() && s.wordIs(k, "cited", "cites", "citing", "cite") && (s.citedAsSaying(k) || !s.wordIs(k, "citing") && s.unnamedSourceCited(k)) {
		// "the agency cited Ann Lee as saying ...": the one cited is
		// the speaker (quotedObject), as after "quoted"; "the paper
		// cited unnamed sources": where the report came from. One
		// test of the word, as findCue runs on every word.
		return c, false
	}
	if k > 1 && t.lowerWord() && s.toks[k-1].lowerWord() && strings.HasSuffix(s.word(k-1), "ly") && s.possessive(k-2) && s.attributive(k) {
		// "the mayor's widely praised plan": a participle that
		// qualifies the noun after it, not a verb with a subject.
		return c, false
	}
	if k > 1 && t.lowerWord() && s.toks[k-1].capWord() && s.wordIs(k-2, "a", "an") && t.class&(cClaimNoun|cPast) == 0 && !edPast(s.word(k)) && !s.wordIs(k, "said", "says", "told", "tells", "wrote") && (s.toks[k-2].lowerWord() || s.toks[k-2].flags&fSentStart != 0) && (k == 2 || s.toks[k-3].end < s.toks[k-2].start && !s.toks[k-3].capWord()) && adjectiveInCaps(s.lower(k-1)) {
		// "in a Reyesian post on Twitter", "a Kestian report": after
		// an article and an adjective in capitals the word is a
		// noun, not a verb whose subject is the adjective. A claim
		// noun stays, as its maker's: "a Kestian pledge to act", and
		// so does a verb in the past, whose subject the word in
		// capitals is: "A Kestian said".
		return c, false
	}
	if k > 1 && t.lowerWord() && t.class&cClaimNoun != 0 && s.dateModifier(k-1) && (s.toks[k-2].lowerWord() && s.toks[k-2].class&(cDet|cPossPron) != 0 || s.possessive(k-2)) {
		// "her March pledge that ...", "the mayor's 2012 claim":
		// a claim noun dated by the word before it (claimStatement),
		// not a verb whose subject is the month or the year.
		return c, false
	}
	if k > 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "without") && strings.HasSuffix(s.word(k), "ing") {
		// "..., the agency reported, without elaborating": a saying
		// not done, as "did not say" is.
		return c, false
	}
	if k > 0 && s.toks[k-1].isPunct(',') && t.lowerWord() && strings.HasSuffix(s.word(k), "ing") && s.replyCue(cue{first: k}) && s.asideBeforeVerb(k) {
		// "the leaders, responding to pressure from the union, who
		// insisted", "Lee, reacting to the vote, left": a reply set off
		// between a subject and its verb says why it acted, nothing
		// more.
		return c, false
	}
	if t.lowerWord() && t.class&cSpeech != 0 && s.wordIs(k, "conclude", "concluded", "concludes", "concluding") && s.concludesTask(k) {
		// "told reporters after concluding a mission to Dover": what
		// was brought to an end, not a finding.
		return c, false
	}
	if t.lowerWord() && s.continueTo(k) && k+2 < len(s.toks) {
		// "continued to insist": the infinitive is the cue (goesOnTo);
		// "continues to patrol the port" says nothing. "continue to
		// believe that" holds a view still: the cue is "continue".
		if _, ok := s.cueAt(k + 2); ok || s.toks[k+2].class&cCognition == 0 {
			return c, false
		}
	}
	if t.class&(cSpeech|cSpeechAct|cFinding|cUser) == 0 {
		if s.word(k) == "according" || s.word(k) == "According" {
			if k+1 < len(s.toks) && s.word(k+1) == "to" && !(k > 0 && (s.toks[k-1].class&cDet != 0 || s.wordIs(k-1, "one"))) && !s.ruleAt(k+2) {
				return cue{first: k, last: k + 2, kind: cueAccording}, true
			}
		}
		if t.class&cNaming != 0 && (t.flags&fCap == 0 || s.headlineVerb(k)) && k+1 < len(s.toks) && s.wordIs(k+1, "for", "on") && strings.HasPrefix(s.lower(k), "call") && !s.nounAfterArticle(k) && !s.nounOrAdjective(k) && !s.requestedConjunct(k) {
			// "called for an inquiry", "calls on the Council to act", and
			// in a headline "Lee Calls For Inquiry"
			return cue{first: k, last: k + 2, kind: cueVerb, act: true, participle: strings.HasSuffix(s.word(k), "ing")}, true
		}
		if t.class&cPhrasal != 0 {
			if last := s.phrasalCue(k); last > k && !s.nounOrAdjective(k) {
				// "made clear that", "voiced concern that", "held that";
				// "joined Lee in signaling that", "by making the case
				// that": a gerund, whose speaker is the clause's subject.
				return cue{first: k, last: last, kind: cueVerb, participle: s.gerundOfSubject(k)}, true
			}
			if j := s.feelingVoiced(k); j > k && j+2 < len(s.toks) && t.flags&fCap == 0 && (s.wordIs(j+1, "about", "at", "for", "over", "with") || s.wordIs(j+1, "in") && s.wordIs(j, "confidence")) && s.toks[j+1].lowerWord() && !s.nounAfterArticle(k) {
				// "voiced concern about the vote", "expressed dismay at
				// the ruling": a feeling said in public, and what it is
				// about, as what "criticized" judges (actContent).
				return cue{first: k, last: j + 2, kind: cueVerb, act: true, weak: true, participle: strings.HasSuffix(s.word(k), "ing")}, true
			}
			if t.flags&fCap == 0 && (s.wordIs(k, "appealed", "appealing") || s.wordIs(k, "appeal") && s.wordIs(k-1, "to")) && !s.nounAfterArticle(k) && !s.nounOrAdjective(k) {
				if a := s.prepAfter(k, "for"); a > 0 && (a == k+1 || s.timeOnly(k+1, a)) {
					// "appealed on Friday for calm", "appealed for
					// boat owners to keep off the quay", "rose to
					// appeal for calm": a request, as "called for" is
					// (actContent); but "an appealing plan for", "one
					// appeal for the party" are no verbs.
					return cue{first: k, last: a + 1, kind: cueVerb, act: true, weak: true, participle: strings.HasSuffix(s.word(k), "ing")}, true
				}
			}
			if t.flags&fCap == 0 && !s.nounAfterArticle(k) && (s.wordIs(k, "railed", "railing", "rails") && s.wordIs(k+1, "against") || s.wordIs(k, "lashed", "lashing", "lashes") && s.wordIs(k+1, "out") && s.wordIs(k+2, "at")) {
				// "railed against the banks", "lashed out at Lee": the
				// target of a public attack in words, as after
				// "criticized" (actContent).
				last := k + 2
				if s.wordIs(k+1, "out") {
					last = k + 3
				}
				return cue{first: k, last: last, kind: cueVerb, act: true, weak: true, participle: strings.HasSuffix(s.word(k), "ing")}, true
			}
			if t.flags&fCap == 0 && s.wordIs(k, "offered") && s.infinitiveAt(k+1, len(s.toks)) && !s.wordIs(k+2, "other", "such") && !s.nounAfterArticle(k) && !s.wordIs(k-1, "was", "were", "been", "being", "be", "is", "are") {
				// "offered to pay": an offer, said as a promise is;
				// its infinitive is the statement (actContent). Not "was
				// offered to buyers", "the help offered to them", "has
				// offered to other towns".
				return cue{first: k, last: k + 1, kind: cueVerb, act: true, weak: true}, true
			}
			if t.flags&fCap == 0 && k+1 < len(s.toks) && s.wordIs(k, "referred", "refers", "refer") && s.word(k+1) == "to" {
				// "referred to the mayor as “a fraud”": naming, like
				// "called" and "described as" (actContent).
				return cue{first: k, last: k + 2, kind: cueVerb, act: true, weak: true, naming: true}, true
			}
			if k > 0 && (s.toks[k-1].isPunct(',') || s.commaInMark(k-1, 0)) && s.referringTo(k) {
				// `"Q," Lee said, referring (or alluding) to Reyes`: whom or what the
				// statement before meant, in the speaker's name; so
				// after a comma inside a closing mark, `Lee said things
				// “will be fine,” referring to the vote`.
				return cue{first: k, last: k + 2, kind: cueVerb, act: true, participle: true, reference: true}, true
			}
			if t.flags&fCap == 0 && strings.HasPrefix(s.lower(k), "reject") && s.claimThat(k+1) {
				// "rejected the notion that ...": a denial, whose
				// content is the claim, as after "denied".
				return cue{first: k, last: k + 1, kind: cueVerb}, true
			}
			if t.flags&fCap == 0 && strings.HasPrefix(s.lower(k), "reject") && s.claimNoun(k+1) >= 0 && !s.wordIs(k-1, "was", "were", "been", "being", "be", "is", "are") {
				// "rejected the allegation", "rejected government
				// accusations of bias as baseless": a denial whose
				// object is the claim, as after "denied the charges".
				return cue{first: k, last: k + 1, kind: cueVerb, act: true, weak: true}, true
			}
			if t.flags&fCap == 0 && k+2 < len(s.toks) && !strings.HasPrefix(s.lower(k), "reject") && s.wordIs(k+1, "aside", "off", "away") && !s.wordIs(k-1, "was", "were", "been", "being", "be", "is", "are") {
				// "brushed aside any suggestion that ...", "shrugged
				// off the charges": a denial, as "rejected" is.
				if s.claimThat(k + 2) {
					return cue{first: k, last: k + 2, kind: cueVerb}, true
				}
				if s.claimNoun(k+2) >= 0 {
					return cue{first: k, last: k + 2, kind: cueVerb, act: true, weak: true}, true
				}
			}
			if t.flags&fCap == 0 && k+1 < len(s.toks) && s.word(k+1) == "back" && !s.wordIs(k-1, "was", "were", "been", "being", "be") {
				// `Lee shot back, "Q"`, `"Q," Lee fired back`: a reply,
				// as sure as a quote's own attribution only.
				return cue{first: k, last: k + 2, kind: cueVerb, weak: true}, true
			}
		}
		if t.class&cNaming != 0 && t.flags&fCap == 0 && !s.nounAfterArticle(k) && !(k > 0 && s.wordIs(k, "term", "terms") && s.toks[k-1].kind == tWord && lowerIn(s.word(k-1), "long", "medium", "near", "short")) && !s.namedInAside(k) {
			// "called the plan “a disaster”": a statement only with the
			// speaker's words in it (actContent); but "long term
			// tenants" is a noun.
			return cue{first: k, last: k + 1, kind: cueVerb, act: true, weak: true, naming: true, participle: strings.HasSuffix(s.word(k), "ing")}, true
		}
		return c, false
	}
	if t.flags&fCap != 0 && t.flags&fSentStart == 0 && t.class&cUser == 0 {
		// "Lee Says Rivals Hacked Wirex" in a headline is a cue, but
		// "State" or "Post" in a name is not a verb.
		if r := s.runAt(k); (r >= 0 || t.class&cSpeechWeak != 0 && !s.headlineVerb(k)) && !s.loneCapVerb(k, r) {
			return c, false
		}
	}
	if s.nounAfterArticle(k) || s.nounOrAdjective(k) {
		// "the statement", "his claims", "a post": a noun, not a verb.
		return c, false
	}
	if s.stripped && s.wordIs(k, "show") && k > 0 && k+1 < len(s.toks) && s.toks[k-1].capWord() && s.toks[k-1].flags&fSentStart == 0 && s.toks[k+1].flags&fWide != 0 {
		// "the TV show  Harbour Tales": a show and its title in stripped
		// marks, not a finding.
		return c, false
	}
	if lowerIn(s.word(k), "show", "shows") && k > 0 && lowerIn(s.word(k-1), showKinds...) {
		// "the TV show Harbour Nights", "their favourite TV shows
		// sound right": a programme, not a finding.
		return c, false
	}
	// The word in lower case, which the tests below and the phrasal
	// cues after them ask about: lowered once, not for each.
	lw := s.lower(k)
	if strings.HasPrefix(lw, "boast") && (s.wordIs(k+1, "a", "an", "another", "few", "just", "many", "more", "no", "only", "several", "some", "the") || k+1 < len(s.toks) && s.toks[k+1].flags&fDigit != 0) {
		// "the port boasts a new quay", "Lee boasts a ten-point lead":
		// having something, not boasting of it; but "boasts the town
		// has never been safer" is a clause.
		if !s.auxWithin(k+2, k+8) {
			return c, false
		}
	}
	if s.requestedConjunct(k) {
		// "asked voters to raise their hands and pledge loyalty":
		// part of what was asked, not a statement.
		return c, false
	}
	if strings.HasPrefix(lw, "claim") && s.wordIs(k+1, "responsibility", "credit") {
		// "No group claimed responsibility for the attack": owning a
		// deed, not a statement.
		return c, false
	}
	if strings.HasPrefix(lw, "den") && s.deniedGrant(k+1) {
		// "The court denied permission for a review", "denied him
		// bail": refusing a grant is a deed, not denying a claim.
		return c, false
	}
	if k > 0 {
		p := &s.toks[k-1]
		if p.kind == tClitic && p.flags&fStrippedTail != 0 && !s.contractedVerb(k-1) || p.kind == tMark && p.flags&fPossessiveMark != 0 {
			// "the city s budget": a noun after a possessive; but a
			// name in -s before "said" speaks, "Acme s said", and so
			// does a pronoun's "is" or "has", "she s predicting".
			if !s.nameSaid(k - 1) {
				return c, false
			}
		}
	}
	if a := s.asReportedBy(k); a >= 0 {
		// "As reported by the Planet, Q": the source after "by"
		// speaks, as after "according to".
		return cue{first: a, last: k + 2, kind: cueAccording}, true
	}
	c = cue{first: k, last: k + 1, kind: cueVerb}
	c.object = t.class&cSpeechObject != 0
	// A speech act that is no plain speech verb ("criticized") takes a
	// clause only after "that" or a colon; otherwise its complement is
	// the statement (actContent).
	c.weak = (t.class&cSpeechWeak != 0 || t.class&cSpeechAct != 0 && t.class&cSpeech == 0) && t.class&cUser == 0
	c.act = t.class&cSpeechAct != 0
	c.finding = t.class&(cFinding|cSpeech|cUser) == cFinding
	w := s.word(k)
	c.participle = strings.HasSuffix(w, "ing")
	// Phrasal cues: "pointed out", "went on to say", "as Lee put it".
	switch lw {
	case "say":
		// "I will say that ...", "I must say ...": the speaker's own
		// words going on inside a statement, not a report of a
		// statement of someone called "I".
		if k > 1 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "will", "would", "must", "can", "'ll", "'d") && s.word(k-2) == "I" {
			return c, false
		}
	case "point", "points", "pointed", "pointing":
		if k+1 < len(s.toks) && s.word(k+1) == "to" && !(k > 0 && (s.toks[k-1].class&cDet != 0 || s.wordIs(k-1, "one") || s.toks[k-1].flags&fDigit != 0 || s.wordIs(k-1, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"))) {
			// "pointed to the polls": what the speaker offered as
			// evidence, a speech act like "cited"; but "at one point
			// to" and "fell 2 points to 40" are nouns.
			c.last = k + 2
			c.act = true
			return c, true
		}
		if k+1 >= len(s.toks) || s.word(k+1) != "out" {
			return c, false
		}
		c.last = k + 2
		c.weak = false
	case "advise", "advised", "advises", "advising", "caution", "cautioned", "cautioning", "cautions", "warn", "warned", "warning", "warns":
		if a := s.prepAfter(k, "against"); a > 0 && !s.speechVerbAfter(a+1) && !(a > k+1 && s.finiteAfter(a+1)) {
			// "warned the board against raising rates", "cautioned
			// against a hasty vote": what the warning is against is
			// the statement (actContent), as with "urged"; but in
			// "Parents warned against it said ..." the participle
			// describes the subject of "said".
			c.last = a + 1
			c.act, c.weak, c.object = true, true, false
			return c, true
		}
		j := k + 1
		for j < len(s.toks) && j < k+4 && s.toks[j].lowerWord() && s.lyAdverb(j) {
			j++
		}
		if j+1 < len(s.toks) && s.toks[j].lowerWord() && s.wordIs(j, "of") && (s.toks[j+1].kind == tMark || s.toks[j+1].kind == tWord && s.toks[j+1].class&(cPrep|cSubord|cConj) == 0) && !strings.HasSuffix(s.word(k), "ing") && !s.colonAhead(j+1) {
			// "warned of a return to war", "cautioned of the risks":
			// what the warning is of is the statement (actContent),
			// as with "complained of"; a clause after that object is
			// no statement of its own ("warned of the harm a strike
			// would do"). Not the participle ("a sign warning of
			// floods"), nor before a colon, where the quotation after
			// it is what was said ("warned of a hard fight: “...”").
			c.last = j + 1
			c.act, c.weak, c.object = true, true, false
			return c, true
		}
		if s.orderAfter(k) {
			c.act, c.weak, c.object = true, true, false // see "told"
		}
	case "telling":
		if s.orderAfter(k) {
			c.act, c.weak, c.object = true, true, false // see "told"
		}
	case "boast", "boasted", "boasting", "boasts", "brag", "bragged", "bragging", "brags", "complain", "complained", "complaining", "complains":
		j := k + 1
		for j < len(s.toks) && j < k+4 && s.toks[j].lowerWord() && s.lyAdverb(j) {
			j++
		}
		if j+1 < len(s.toks) && s.toks[j].lowerWord() && s.wordIs(j, "about", "of") && (s.toks[j+1].kind == tMark || s.toks[j+1].kind == tWord && (s.toks[j+1].class&(cPrep|cSubord|cConj) == 0 || s.wordIs(j+1, "how"))) {
			// "complained bitterly about the rules", "complain of
			// harassment", "boasted of his skills": the grievance or
			// the boast is the statement (actContent); not "little to
			// complain about in the end".
			c.last = j + 1
			c.act, c.weak = true, true
			return c, true
		}
	case "admit", "admits", "admitted", "admitting", "confess", "confessed", "confesses", "confessing":
		a := s.prepAfter(k, "to")
		if a > 0 && s.wordIs(k, "admitted") && s.speechVerbAfter(a+1) {
			// "Children admitted to hospital said ...": a participle
			// on the subject of "said", not an admission.
			return c, false
		}
		if a > 0 && s.gerundAt(a+1) && !s.speechVerbAfter(a+1) {
			// "admitted on television to taking the money": the deed
			// owned up to is the statement, as in "admitted that he
			// took it"; "was admitted to hospital" takes none.
			c.last = a + 1
			c.act, c.weak = true, true
			return c, true
		}
	case "estimate", "estimated", "estimates", "estimating":
		// "police estimated the crowd at 10,000": a figure given, as
		// with "put" (actContent).
		if s.putFigure(k) > 0 {
			c.act = true
		}
	case "contend", "contended", "contending", "contends":
		if s.wordIs(k+1, "with") {
			return c, false // "must contend with a rival": coping, not claiming
		}
	case "dismiss", "dismissed", "dismisses", "dismissing":
		if s.dismissedOffice(k) {
			return c, false
		}
	case "confirm", "confirmed", "confirming", "confirms":
		if s.confirmedOffice(k) {
			return c, false
		}
	case "threaten", "threatened":
		// "the storm could threaten the port": a danger, not a threat
		// made, as "Lee threatened to quit" is.
		if k > 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "can", "could", "may", "might", "must", "should", "will", "would") {
			return c, false
		}
	case "demand", "demanded", "demanding", "demands":
		// "demanded an apology", "demand a referendum": what is
		// demanded is the statement (actContent), as after "called
		// for"; but "demand for oil" is a noun, and "demanded that"
		// takes a clause.
		if n := k + 1; n < len(s.toks) && s.toks[n].lowerWord() && s.toks[n].class&(cDet|cPossPron) != 0 && s.toks[n].class&cSubord == 0 && !s.wordIs(n, "that", "this", "these", "those", "what", "which", "no") {
			c.act, c.weak = true, true
		}
	case "pledge", "pledged", "pledges", "pledging":
		// "pledged to cut taxes": a promise, whose complement is the
		// statement (actContent); so after its time, "pledged on
		// Monday to cut taxes".
		if n := s.timeBeforeInfinitive(k+1, len(s.toks)); n < len(s.toks) && s.word(n) == "to" {
			c.act, c.weak = true, true
		}
	case "put", "puts", "putting":
		// Only "put it" reports speech: "she would put new rules in
		// place" does not; but a figure given is said: "police put the
		// toll at 12" (actContent).
		if s.putFigure(k) > 0 {
			c.act = true
			return c, true
		}
		if k+1 >= len(s.toks) || !s.wordIs(k+1, "it") {
			return c, false
		}
	case "claim", "claimed", "claiming", "claims":
		// "The storm claimed at least 40 lives": a toll, not a claim.
		for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
			if s.toks[j].lowerWord() && s.wordIs(j, "lives", "life") {
				return c, false
			}
			if !s.count(j) && !(s.toks[j].lowerWord() && s.wordIs(j, "at", "least", "about", "more", "than", "nearly", "almost", "over", "some", "up", "to", "of", "many", "several", "the", "another")) {
				break
			}
		}
		if s.claimedThing(k + 1) {
			return c, false
		}
	case "ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting":
		if s.anonymityAt(k + 1) {
			// "who asked not to be named": a condition of the
			// interview, not something said.
			return c, false
		}
		if n := k + 1; s.wordIs(k, "requested", "requesting") && n < len(s.toks) && s.toks[n].lowerWord() && s.toks[n].class&(cDet|cPossPron) != 0 && s.toks[n].class&cSubord == 0 && !s.wordIs(n, "that", "this", "these", "those", "what", "which", "no") {
			// "requested another month", "requested a recount": what
			// is asked for is the statement (actContent), as after
			// "demanded".
			c.act, c.weak = true, true
		}
	case "told":
		if k > 0 && s.wordIs(k-1, "all") && k+1 < len(s.toks) && s.toks[k+1].isPunct(',') {
			return c, false // "All told, 300 people came": in all
		}
		if s.orderAfter(k) {
			// "told him to buy the boats", "warned Reyes to stay away":
			// an order, whose hearer and infinitive are the statement
			// (actContent), as after "urged".
			c.act, c.weak, c.object = true, true, false
			return c, true
		}
		if k+2 < len(s.toks) && s.toks[k+1].lowerWord() && s.wordIs(k+1, "of") && (s.toks[k+2].kind == tWord || s.toks[k+2].kind == tMark) {
			if k > 0 && s.toks[k-1].isPunct(',') || s.speechVerbAfter(k+2) {
				// "Lee, told of the plan, wept", "Workers told of
				// the cuts said ...": told by others.
				return c, false
			}
			// "bakers told of empty shelves": what happened, told as a
			// story is (toldStory).
			c.last = k + 2
			c.act, c.weak, c.object = true, true, false
			return c, true
		}
		if s.toldStory(k) > 0 {
			c.act, c.object = true, false
		}
	case "tell", "tells":
		// Telling takes a hearer or a clause: "time will tell." is
		// no attribution.
		if k+1 >= len(s.toks) || s.toks[k+1].isPunct('.') || s.toks[k+1].isPunct(',') {
			return c, false
		}
		if s.orderAfter(k) {
			c.act, c.weak, c.object = true, true, false // see "told"
			return c, true
		}
		if lw == "tells" && s.toldStory(k) > 0 {
			c.act, c.object = true, false
		}
	}
	return c, true
}

// asideBeforeVerb reports whether the phrase from token k runs to a comma
// within a dozen tokens, after which a verb or "who" or "which" goes on
// with the clause the phrase interrupts.
func (s *state) asideBeforeVerb(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+12; j++ {
		t := &s.toks[j]
		if t.isPunct(',') {
			return j > k+1 && (s.wordIs(j+1, "who", "which") && s.toks[j+1].lowerWord() || s.verbAfterAside(j))
		}
		if t.kind != tWord && t.kind != tClitic {
			return false
		}
	}
	return false
}

// dismissedOffice reports whether "dismissed" at k removes people from
// office, "dismissed the government", "hire and dismiss all captains":
// its object is a body, the holder of a title or all holders of one, and
// no "as" follows to make it a judgement, "dismissed the mayor as a
// fraud".
func (s *state) dismissedOffice(k int) bool {
	j := k + 1
	all := false
	for j < len(s.toks) && j <= k+3 && s.toks[j].lowerWord() && (s.toks[j].class&(cDet|cPossPron) != 0 || s.wordIs(j, "all")) {
		all = all || s.wordIs(j, "all")
		j++
	}
	if j >= len(s.toks) || !s.toks[j].lowerWord() {
		return false
	}
	if j+1 < len(s.toks) && s.possessive(j+1) {
		// "dismissed the mayor's claims": the body or title holder
		// owns what was dismissed.
		return false
	}
	w := s.lower(j)
	if _, ok := slices.BinarySearch(titleNouns, strings.TrimSuffix(w, "s")); ok && strings.HasSuffix(w, "s") {
		// "dismiss all judges"; but "dismissed critics who ..." judges
		// people who speak.
		if !all {
			return false
		}
	} else if s.toks[j].class&(cTitle|cBody) == 0 {
		return false
	}
	end := s.sents[s.sentOf[k]].last
	for i := j + 1; i < end && i <= j+12; i++ {
		if s.toks[i].lowerWord() && s.wordIs(i, "as") {
			return false
		}
	}
	return true
}

// confirmedOffice reports whether "confirmed" at k puts people in office,
// "the senate confirmed two judges", "confirmed 40 federal nominees by
// May", "confirmed Ann Lee as judge": its object, after a number or an article and an adjective, is
// the holder of a title, with nothing after it but a phrase or the end
// of the clause; "confirmed the minister was dead" and "confirmed the
// judge's ruling" report what was said.
func (s *state) confirmedOffice(k int) bool {
	j := k + 1
	if r := s.runAt(j); r >= 0 && s.runs[r].first == j && s.runs[r].last+1 < len(s.toks) && s.wordIs(s.runs[r].last, "as") {
		// "confirmed Ann Lee as judge", "as the new judge".
		j = s.runs[r].last + 1
		if s.toks[j].lowerWord() && s.toks[j].class&cDet != 0 {
			j++
		}
		return j < len(s.toks) && (s.toks[j].class&cTitle != 0 || j+1 < len(s.toks) && s.toks[j].lowerWord() && s.toks[j+1].class&cTitle != 0)
	}
	for j < len(s.toks) && j <= k+2 && (s.toks[j].lowerWord() && (s.toks[j].class&(cDet|cPossPron) != 0 || s.wordIs(j, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens")) || s.toks[j].flags&fDigit != 0) {
		j++
	}
	if j+1 < len(s.toks) && s.toks[j].lowerWord() && adjectiveLike(s.lower(j)) && s.toks[j+1].lowerWord() {
		j++
	}
	if j+1 >= len(s.toks) || !s.toks[j].lowerWord() {
		return false
	}
	if _, ok := slices.BinarySearch(titleNouns, strings.TrimSuffix(s.lower(j), "s")); !ok {
		return false
	}
	n := &s.toks[j+1]
	if n.isPunct('.') || n.isPunct(',') || n.isPunct(';') {
		return true
	}
	if !n.lowerWord() || n.class&cPrep == 0 || s.wordIs(j+1, "of", "that") {
		return false
	}
	// A phrase, and no verb after it: "confirmed the mayor at the
	// scene was unharmed" says he was.
	e := s.ppEnd(j+2, len(s.toks))
	return e >= len(s.toks) || !s.finiteVerb(e)
}

// colonAhead reports whether a colon comes in the sentence within a few
// words after token k.
func (s *state) colonAhead(k int) bool {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		if t := &s.toks[j]; t.isPunct(':') {
			return true
		} else if t.isPunct('.') || t.isPunct(';') || t.kind == tMark {
			return false
		}
	}
	return false
}

// grievanceCue reports whether cue c ends in the preposition that opens
// what was complained of or warned against: "complained about", "warned
// the board against". What follows it is the statement, never the
// hearer or place that may follow a plain "told".
func (s *state) grievanceCue(c cue) bool {
	return c.act && c.last-c.first > 1 && s.wordIs(c.last-1, "about", "against", "of")
}

// demandedSubjunctive reports whether a demand at cue c takes a clause in
// the subjunctive at cs without "that": "demanded they stop", "demands he
// be sent back". A pronoun and a verb in its base form are a clause no
// other sense of the verb has.
func (s *state) demandedSubjunctive(c cue, cs, ce int) bool {
	if !strings.HasPrefix(s.lower(c.first), "demand") || cs+1 >= ce || !s.wordIs(cs, "he", "she", "it", "they", "we") {
		return false
	}
	v := &s.toks[cs+1]
	w := s.lower(cs + 1)
	return v.lowerWord() && v.class&(cPrep|cConj|cSubord|cDet|cAdverb|cTime|cObjPron|cPossPron) == 0 && (w == "be" || v.class&cAux == 0 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed"))
}

// prepAfter returns the preposition prep that follows the verb at k, after
// at most four words of a hearer or setting ("warned Lee and Reyes
// against", "admitted on television to"), or -1.
func (s *state) prepAfter(k int, prep string) int {
	for j := k + 1; j+1 < len(s.toks) && j <= k+5; j++ {
		t := &s.toks[j]
		if t.kind != tWord {
			return -1
		}
		if t.lowerWord() && s.wordIs(j, prep) {
			return j
		}
		if t.flags&fCap == 0 && t.class&(cSubord|cSpeech|cSpeechAct|cAux) != 0 || s.wordIs(j, "that", "to", "against") {
			return -1
		}
	}
	return -1
}

// gerundAt reports whether a gerund opens at k: "(admitted to) taking
// the money", not "(admitted to) hospital", "morning" or "nothing".
func (s *state) gerundAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := s.word(k)
	return s.toks[k].lowerWord() && s.toks[k].class&(cTime|cPrep|cDet) == 0 && len(w) > 4 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
}

// putFigure returns the "at" before a figure that a form of "put" or
// "estimate" at k gives for its object, a few words on, or -1: "put the
// toll at 12", "puts his worth at $4 billion", "estimated turnout at
// nearly 40 percent"; not "put lives at risk".
func (s *state) putFigure(k int) int {
	for j := k + 2; j+1 < len(s.toks) && j <= k+9; j++ {
		t := &s.toks[j]
		if t.kind != tWord && !s.possessive(j) {
			return -1
		}
		if t.lowerWord() && s.wordIs(j, "at") {
			n := &s.toks[j+1]
			if n.flags&fDigit != 0 || n.kind != tWord && s.text[n.start] == '$' || s.reportedCount(j+1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// toldStory returns the story noun that heads the object of "told" or
// "tells" at k, a few words after it, or -1: "told a joke", "tells the
// story of how", "told a slightly different tale"; not a hearer first
// ("told me that story") nor another noun ("told the story's author"),
// nor after a work.
func (s *state) toldStory(k int) int {
	if k > 0 && lowerIn(s.word(k-1), workNouns...) {
		return -1 // "the play tells the story of ...": a plot, not a statement
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		t := &s.toks[j]
		if !t.lowerWord() {
			return -1
		}
		if slices.Contains(storyNouns, s.lower(j)) {
			if j+1 < len(s.toks) && s.toks[j+1].kind == tClitic {
				return -1
			}
			return j
		}
		if t.class&(cPrep|cConj|cSubord|cAux|cObjPron|cSubjPron|cNeg) != 0 && t.class&cDet == 0 || s.verbLike(j) {
			return -1
		}
	}
	return -1
}

// claimedThing reports whether a claim verb's object at k is a thing
// taken, a noun phrase with no verb after it ("claimed the seat in May",
// "claims more land from the rebels", "claiming 38 percent of the
// shares"), rather than the subject of the clause claimed ("claimed the
// plan had failed").
func (s *state) claimedThing(k int) bool {
	n := len(s.toks)
	if k >= n || !s.toks[k].lowerWord() && s.toks[k].flags&fDigit == 0 || s.toks[k].class&(cSubjPron|cObjPron|cPrep|cSubord|cAux|cConj|cNeg) != 0 || s.wordIs(k, "that", "to") {
		return false
	}
	e := s.npEnd(k, n)
	if e <= k {
		return false
	}
	for j := k; j < e; j++ {
		if s.wordIs(j, "victory", "win") {
			// "claimed victory in the vote": declaring a win is said.
			return false
		}
	}
	if e >= n {
		return true
	}
	// Not before "to": "claims the plan's refusal to act is a mistake".
	t := &s.toks[e]
	if e+2 < n && t.lowerWord() && s.wordIs(e, "as") && s.toks[e+1].class&cPossPron != 0 && s.wordIs(e+2, "own") {
		// "claimed the port as its own": a thing taken.
		return true
	}
	return t.kind == tPunct && !t.isPunct(':') || t.lowerWord() && t.class&cPrep != 0 && t.class&cSubord == 0 && !s.wordIs(e, "that", "to")
}

// nameSaid reports whether the clitic at j ends a name's run right before
// a plain "said", "says" or "told": a firm's own "'s" or a "has", "Acme's
// said", "Acme s said", not a possessor before a noun.
func (s *state) nameSaid(j int) bool {
	return j+1 < len(s.toks) && s.wordIs(j+1, "said", "says", "told") && s.nameClitic(j)
}

// nameClitic reports whether token j is a clitic that ends a name, "Acme's".
func (s *state) nameClitic(j int) bool {
	if j < 1 || s.toks[j].kind != tClitic || !s.toks[j-1].capWord() {
		return false
	}
	r := s.runAt(j - 1)
	return r >= 0 && s.runs[r].last == j
}

// asReportedBy returns the "as" that opens a clause before the speech
// verb in the past participle at k and its "by": "as reported by",
// "as first noted by". It returns -1 if there is none.
func (s *state) asReportedBy(k int) int {
	a := s.asBy(k)
	if a <= 0 || s.toks[a].flags&fSentStart != 0 {
		return a
	}
	// Not after an attribution of the statement's own, `Q, Lee said,
	// as reported by the Planet`: the source only relays it.
	for j := a - 2; j >= 0 && j >= a-14 && s.toks[j].flags&fSentStart == 0; j-- {
		if t := &s.toks[j]; t.lowerWord() && t.class&cSpeech != 0 && !strings.HasSuffix(s.word(j), "ing") {
			return -1
		}
	}
	return a
}

// asBy returns the "as" of "as reported by" around the participle at k,
// when it opens a clause, or -1.
func (s *state) asBy(k int) int {
	t := &s.toks[k]
	if k+2 >= len(s.toks) || !t.lowerWord() || !s.wordIs(k+1, "by") || !(strings.HasSuffix(s.word(k), "ed") || s.wordIs(k, "said", "told", "written")) {
		return -1
	}
	if t.class&cSpeechAct != 0 || s.wordIs(k, "demanded", "implored", "recommended", "requested") {
		// An act asked for is no report of the clause before it: "the
		// ferry will stop, as demanded by the board".
		return -1
	}
	a := k - 1
	if a >= 0 && s.toks[a].kind == tWord && s.toks[a].class&cAdverb != 0 {
		a--
	}
	if a < 0 || !s.wordIs(a, "as", "As") {
		return -1
	}
	if a == 0 || s.toks[a].flags&fSentStart != 0 {
		return a
	}
	// Not "the same plan as reported by": the "as" opens a clause of
	// its own, after a comma or a connective.
	p := &s.toks[a-1]
	if !(p.isPunct(',') || p.isPunct(pDash) || p.isPunct(';') || p.isPunct(':') || p.isPunct('(') || p.kind == tWord && p.class&cConj != 0) {
		return -1
	}
	return a
}

// asByAt reports whether "as reported by" opens at token a.
func (s *state) asByAt(a int) bool {
	for k := a + 1; k < a+3 && k < len(s.toks); k++ {
		if s.asBy(k) == a {
			return true
		}
	}
	return false
}

// auxWithin reports whether an auxiliary stands in tokens [a, b) before
// a punctuation mark or a relative word: the verb of a clause, "the
// town has", not "a quay that is".
func (s *state) auxWithin(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tWord || s.wordIs(k, "that", "which", "who", "where") {
			return false
		}
		if t.lowerWord() && t.class&cAux != 0 && t.class&cSubjPron == 0 {
			return true
		}
	}
	return false
}

// phrasalCue returns the end of a speech phrase built on a verb that is
// no speech verb alone, followed by "that": "made (it) clear that", "made
// the case that", "voiced concern that", "expressed hope that", "signaled
// that", and a court's "held that". It returns k if there is none.
func (s *state) phrasalCue(k int) int {
	n := len(s.toks)
	that := func(j int) int {
		if j < n && s.toks[j].kind == tWord && s.word(j) == "that" {
			return j
		}
		return k
	}
	switch s.lower(k) {
	case "made", "makes", "make", "making":
		if k+1 < n && s.word(k+1) == "clear" {
			return k + 2
		}
		if k+2 < n && s.word(k+1) == "it" && s.word(k+2) == "clear" {
			return k + 3
		}
		// "made the case that", "makes his point to voters that": an
		// argument put in words, its clause after "that".
		j := k + 1
		if j < n && s.toks[j].lowerWord() && (isArticle(s.word(j)) || s.toks[j].class&cPossPron != 0) {
			j++
		}
		if j < n && s.toks[j].lowerWord() && s.wordIs(j, "argument", "case", "observation", "point") {
			if t := that(j + 1); t > k {
				return t
			}
			if j+1 < n && s.wordIs(j+1, "to") {
				if t := s.thatAfterPhrase(j+1, n); t > j+1 && s.wordsIn(j+1, t) <= 6 {
					return t
				}
			}
		}
	case "expressed", "expresses", "voiced", "voices", "voicing", "expressing":
		j := s.feelingVoiced(k)
		if j < 0 {
			return k
		}
		if t := that(j + 1); t > k {
			return t
		}
		if t := s.thatAfterPhrase(j+1, n); t > j+1 && s.wordsIn(j+1, t) <= 6 && s.timeIn(j+1, t) {
			// "voiced anger in a talk this year that",
			// but not "concern about the things that Lee said".
			return t
		}
	case "signaled", "signalled", "signals", "signaling", "signalling", "held", "holds", "ruled", "rules":
		if s.lower(k) == "ruled" && that(k+1) == k && s.commaNear(k, s.sentenceOf(k).first, 20) {
			// A ruling that closes its sentence, perhaps with its
			// time, attributes the clause before it: "Q, the Kestia
			// tribunal ruled on Friday."
			e := k + 1
			for e < n && e < k+5 && s.toks[e].kind == tWord {
				e++
			}
			if e < n && s.toks[e].isPunct('.') && (e == k+1 || s.timeOnly(k+1, e)) {
				return k + 1
			}
		}
		if t := that(k + 1); t > k || !s.wordIs(k, "signaled", "signalled", "signaling", "signalling") && !(s.wordIs(k, "signals") && s.signalsSubject(k-1)) {
			// "signals" with no "that" only after a name or a pronoun,
			// "Tom Lee signals she will run": elsewhere mostly the
			// noun, "Mixed signals Kestia will cut taxes have ...".
			return t
		}
		return s.signaledClause(k)
	}
	return k
}

// gerundOfSubject reports whether the phrasal cue at k is a gerund after
// a preposition whose subject is the clause's: "Kestia followed Norvia in
// signaling that", "Lee ended the talk by making clear that", "Lee was
// alone in voicing concern that", but not set off by a comma. After a name or a pronoun, "in" makes
// the gerund that object's ("cheered Lee in signaling"), except after a
// companion's verb, "joined" or "followed"; and the gerund is none of the
// subject's after a passive's "by" ("surprised by Lee in making clear"),
// inside another gerund's phrase ("accused Lee of undermining the talks
// by signaling"), or after a speech verb's "of" ("accused the council of
// bad faith by signaling").
func (s *state) gerundOfSubject(k int) bool {
	if k < 2 || !strings.HasSuffix(s.word(k), "ing") || !s.toks[k-1].lowerWord() || !s.wordIs(k-1, "in", "by", "while", "after", "before", "when") {
		return false
	}
	if s.toks[k-2].isPunct(',') && s.wordIs(k-1, "in", "by") {
		// Set off, "Lee, in voicing concern that Q, closed it", the
		// statement would run on past the comma into the clause;
		// after "while" or "after" it ends there.
		return false
	}
	if p := &s.toks[k-2]; s.wordIs(k-1, "in") && (p.capWord() || p.lowerWord() && p.class&cObjPron != 0) {
		for j := k - 3; j >= 0 && j >= k-6 && s.toks[j].kind == tWord; j-- {
			if s.toks[j].lowerWord() && s.wordIs(j, "joined", "joins", "join", "joining", "followed", "follows", "follow", "following") {
				return true
			}
		}
		return false
	}
	of := false
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		t := &s.toks[j]
		if t.kind == tPunct || t.kind == tMark {
			break
		}
		if t.lowerWord() && (s.wordIs(j, "by") || s.wordIs(j, "of") && strings.HasSuffix(s.lower(j+1), "ing")) {
			return false
		}
		of = of || t.lowerWord() && s.wordIs(j, "of")
		if of && t.lowerWord() && t.class&(cSpeech|cSpeechAct) != 0 {
			// "accused the council of bad faith by signaling that":
			// the gerund is the accused's.
			return false
		}
		if t.flags&fSentStart != 0 {
			break
		}
	}
	return true
}

// signalsSubject reports whether token j, before "signals", is a subject
// pronoun or ends a name: of two words or more, or one not opening its
// sentence, where any word is capitalised ("Mixed signals ...").
func (s *state) signalsSubject(j int) bool {
	if j < 0 {
		return false
	}
	if s.toks[j].class&cSubjPron != 0 {
		return true
	}
	r := s.runAt(j)
	return r >= 0 && s.runs[r].last == j+1 && (s.runs[r].last-s.runs[r].first >= 2 || s.toks[s.runs[r].first].flags&fSentStart == 0)
}

// signaledClause returns k+1 when a clause with no "that" follows the
// signal verb at k, perhaps after its day: "signaled (on Monday) she
// would run", "signaled both his aides would quit"; or k when none does:
// "signaled a desire to talk".
func (s *state) signaledClause(k int) int {
	n := len(s.toks)
	if k > 1 && s.toks[k-1].isPunct(',') && s.toks[k-2].kind == tWord && s.toks[k-2].class&cSpeech != 0 {
		// "This, he said, signaled the mayor would stay": the verb of
		// a statement split by its attribution.
		return k
	}
	j := k + 1
	if j+1 < n && s.wordIs(j, "on") && s.weekday(j+1) {
		j += 2
	}
	if j+1 >= n || !s.toks[j].lowerWord() && !s.toks[j].capWord() {
		return k
	}
	if j > k+1 && s.word(j) == "that" {
		return k + 1 // "signaled on Monday that"
	}
	if s.toks[j].class&cSubjPron != 0 {
		// "signaled it was willing", "they wanted"
		if s.toks[j].lowerWord() && !s.wordIs(j, "who", "which", "that") && (s.toks[j+1].lowerWord() && s.toks[j+1].class&cAux != 0 || s.pastForm(j+1)) {
			return k + 1
		}
		return k
	}
	// A short subject, then an auxiliary: "both his aides would",
	// "this may", "Kestia will".
	for e := j; e < n && e < j+7; e++ {
		t := &s.toks[e]
		if t.kind != tWord && t.kind != tClitic {
			return k
		}
		if e > j && t.lowerWord() && t.class&cAux != 0 && t.class&(cPrep|cConj) == 0 {
			return k + 1
		}
		if t.class&(cPrep|cConj|cSubord|cSubjPron) != 0 || s.verbLike(e) {
			return k
		}
	}
	return k
}

// feelingVoiced returns the index of the feeling that a verb of voicing at
// k names, "expressed the hope", "voiced his concern", "expressed
// cautious optimism", or -1.
func (s *state) feelingVoiced(k int) int {
	n := len(s.toks)
	if !s.wordIs(k, "expressed", "expresses", "expressing", "voiced", "voices", "voicing") {
		return -1 // "holds little hope for": no voicing
	}
	feeling := func(j int) bool {
		return j < n && s.toks[j].lowerWord() && s.wordIs(j, "admiration", "alarm", "anger", "annoyance", "astonishment", "concern", "concerns", "condolences", "confidence", "disappointment", "disbelief", "dismay", "displeasure", "dissatisfaction", "doubt", "doubts", "exasperation", "fear", "fears", "frustration", "gratitude", "hope", "hopes", "indignation", "irritation", "misgivings", "optimism", "outrage", "pessimism", "regret", "relief", "reservations", "sadness", "satisfaction", "shock", "skepticism", "sorrow", "surprise", "sympathy", "unease", "worry", "worries")
	}
	j := k + 1
	if j < n && s.toks[j].lowerWord() && (isArticle(s.word(j)) || s.toks[j].class&cPossPron != 0) {
		j++ // "expressed the hope that", "voiced his concern that"
	}
	if !feeling(j) && feeling(j+1) && s.toks[j].lowerWord() && s.toks[j].class&(cDet|cPrep|cConj|cSubord|cAux|cNeg) == 0 && !s.verbLike(j) {
		j++ // "expressed cautious optimism that", "similar doubts"
	}
	if !feeling(j) {
		return -1
	}
	return j
}

// claimThat reports whether a claim and its "that" clause start at k,
// the object of a denial: "the notion that", "an allegation that",
// "claims that", "the absurd idea that".
func (s *state) claimThat(k int) bool {
	j := s.claimNoun(k)
	return j >= 0 && j+1 < len(s.toks) && s.wordIs(j+1, "that") && s.toks[j+1].flags&fCap == 0
}

// claimNoun returns the index of the claim noun that starts at k after
// at most a determiner and one modifier, "the absurd idea", "government
// accusations", or -1.
func (s *state) claimNoun(k int) int {
	n := len(s.toks)
	if k < n && s.toks[k].lowerWord() && (s.toks[k].class&(cDet|cPossPron) != 0 && s.toks[k].class&cSubord == 0) {
		k++
	}
	for j := k; j < n && j <= k+1; j++ {
		t := &s.toks[j]
		if !t.lowerWord() {
			return -1
		}
		if s.wordIs(j, "idea", "notion", "suggestion", "suggestions", "claim", "claims", "allegation", "allegations", "assertion", "assertions", "accusation", "accusations", "charge", "charges", "contention", "premise", "argument", "view", "speculation", "rumors", "rumours", "reports", "report") {
			return j
		}
		if t.class&(cDet|cPrep|cConj|cSubord|cAux|cNeg) != 0 || s.verbLike(j) {
			return -1
		}
	}
	return -1
}

// timeIn reports whether [a, b) holds a word of time: "this year", "over
// the weekend".
func (s *state) timeIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&cTime != 0 && t.class&cAux == 0 {
			return true
		}
	}
	return false
}

// nounAfterArticle reports whether the word at k follows an article or
// a possessive, as a noun does: "the statement", "his call", also with a
// modifier between ("a new report").
func (s *state) nounAfterArticle(k int) bool {
	if k == 0 {
		return false
	}
	p := &s.toks[k-1]
	if p.kind == tWord && strings.HasSuffix(s.word(k), "ing") && s.wordIs(k-1, "one", "no", "any", "some", "each") {
		// "had one warning", "gave no warning": a gerund, where "One
		// said" is a subject and its verb.
		return true
	}
	if p.kind == tWord && s.wordIs(k-1, "another") && !s.baseForm(k) {
		// "another says", "another said": "another" stands for a noun
		// left out, before a verb no singular noun could be.
		return false
	}
	if k >= 2 && p.lowerWord() && lowerIn(s.word(k-1), nounModifiers...) {
		// "a new report", "her latest statement": a modifier that
		// only a noun takes, after the article.
		p = &s.toks[k-2]
		k--
	}
	return p.kind == tWord && (p.class&cPossPron != 0 && p.class&cObjPron == 0 || isArticle(s.word(k-1)))
}

// anonymityAt reports whether a request for anonymity starts at token
// k: "(not) to be named", "not to be identified", "anonymity".
func (s *state) anonymityAt(k int) bool {
	if k < len(s.toks) && s.wordIs(k, "anonymity") {
		return true
	}
	if k < len(s.toks) && s.wordIs(k, "not") {
		k++
	}
	return k+2 < len(s.toks) && s.wordIs(k, "to") && s.wordIs(k+1, "be") && s.wordIs(k+2, "named", "identified", "quoted", "cited")
}

// cueHeldBack reports whether the verb cue at k, in a sentence from lo,
// asserts nothing of its own: negated, or passive but for "was quoted as
// saying". lastCue asks it of a sentence's last cue, and the loop over
// the sentence again: the answer, which reads only tokens and runs, is
// kept with the cue's memo.
func (s *state) cueHeldBack(k, lo int) bool {
	if k >= len(s.cueOf) || s.cueOf[k] == 0 {
		return s.negated(k, lo) || s.passive(k, lo) && !s.quotedAs(k)
	}
	m := &s.cueMemos[s.cueOf[k]-1]
	if m.heldLo != int32(lo)+1 {
		m.heldLo, m.held = int32(lo)+1, s.negated(k, lo) || s.passive(k, lo) && !s.quotedAs(k)
	}
	return m.held
}

// negated reports whether the cue at k is negated or not asserted: "did
// not say", "declined to say", "to say".
func (s *state) negated(k, lo int) bool {
	if k-1 >= lo && s.wordIs(k-1, "or", "nor") {
		// "has not opened an inquiry or announced any measures": the
		// negation carries over "or" to the second verb.
		for j := k - 2; j >= lo && j >= k-10; j-- {
			t := &s.toks[j]
			if t.class&cNeg != 0 {
				return true
			}
			if t.kind != tWord || t.class&(cConj|cSubord|cSubjPron) != 0 {
				break
			}
		}
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		t := &s.toks[j]
		if t.class&cNeg != 0 {
			return true
		}
		w := s.word(j)
		if w == "to" {
			// "to say" is only a statement after "went on" or "continued",
			// or as the purpose of an act done ("took to Twitter to say").
			// A form in -ing after "to" is a gerund, no infinitive:
			// "pivoted to arguing", "in addition to stating".
			// "is alleged to have said" reports a saying (reputedBe).
			return s.goesOnTo(j+1, lo) == j+1 && s.purposeVerb(j+1, lo) < 0 && !strings.HasSuffix(s.lower(k), "ing") && s.reputedBe(k, lo) < 0
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
	ing := strings.HasSuffix(s.lower(k), "ing")
	if t := &s.toks[k]; !ing && t.lowerWord() && t.class&cSpeechAct != 0 && t.class&(cSpeech|cSpeechObject) == 0 && strings.HasSuffix(s.lower(k), "ed") && s.wordIs(k+1, "of", "by") && s.toks[k+1].flags&fCap == 0 {
		// "Kestia freed Lee, a contractor accused of spying": an act
		// that takes an object, with a preposition right after it, is
		// a participle of a passive ("blamed by critics").
		return true
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		t := &s.toks[j]
		if s.wordIs(j, "is", "was", "were", "are", "be", "been", "being", "'s", "s", "get", "got", "gets") {
			if ing {
				// "is insisting", "have been urging": the progressive,
				// whose subject speaks; but "was saying" mostly sets
				// the scene for what came next, or is itself quoted
				// ("officials were saying that ...").
				return s.wordIs(j, "was", "were")
			}
			if t.kind == tClitic && j > lo && (s.wordIs(j-1, "he", "she", "who") || s.wordIs(k, "said", "says", "told") && s.nameClitic(j)) && !s.wordIs(k+1, "to", "by") {
				// "he's said the plan will fail", "she's long argued",
				// "who's argued": "has", not "is" as in "he's said to be
				// ill"; after a name also a firm's own "'s", "Acme's
				// said", "Acme's firmly said".
				return false
			}
			return t.kind == tWord || t.kind == tClitic
		}
		// Any adverb in -ly may stand there: "it was widely reported".
		if t.class&(cAdverb|cNeg) == 0 && !(t.lowerWord() && s.lyAdverb(j)) {
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
		if t.kind == tWord && t.flags&fCap == 0 && s.wordIs(j, "ago", "later", "earlier") && j-2 >= lo && s.toks[j-1].class&cTime != 0 {
			// "the council less than three days ago said": the span and
			// its count.
			j -= 2
			for n := 0; n < 4 && j >= lo && s.toks[j].lowerWord() && s.timeCount(j); n++ {
				j--
			}
			continue
		}
		if t.kind == tWord && j-1 >= lo && s.year(j) && s.wordIs(j-1, "in", "since", "during") && !strings.HasSuffix(s.lower(k), "ing") {
			// "the guild in 2019 called on"; but a participle
			// after a year is no finite verb with a subject: "took
			// up the post in 2019 vowing".
			j -= 2
			continue
		}
		if t.kind == tWord && t.class&cTime != 0 && t.class&(cDet|cSubjPron) == 0 && (t.flags&fCap == 0 || isWeekday(s.word(j)) || s.dateAt(j)) {
			// "the Harbour Council last year said", "Smith on Monday said",
			// "the board in March accused"
			j--
			v := j + 2 // what follows the time word
			if j-1 >= lo && s.toks[j].lowerWord() && s.wordIs(j, "recent") && s.toks[j-1].lowerWord() && s.wordIs(j-1, "in", "over") {
				// "Lee has in recent months criticized", "Lee in
				// recent weeks said"
				j -= 2
				continue
			}
			if j-1 >= lo && s.toks[j].lowerWord() && s.wordIs(j, "past") && s.wordIs(j-1, "this", "the") {
				j-- // "Lee this past week said"
			}
			if j-1 >= lo && (v >= len(s.toks) || !s.toks[v].lowerWord() || s.verbLike(v) || s.toks[v].class&cAdverb != 0) && s.toks[j].lowerWord() && s.wordIs(j, "the", "this", "that") && (s.wordIs(j, "this", "that") || s.toks[j-1].lowerWord() && s.toks[j-1].class&cPrep != 0) {
				// "the tribunal at the weekend said", "Lee this week
				// said"
				j--
			}
			if j >= lo && s.toks[j].kind == tWord && s.toks[j].class&(cPrep|cTime) != 0 && s.toks[j].flags&fCap == 0 {
				j--
			}
			continue
		}
		if t.kind == tWord && t.flags&fCap == 0 && (t.class&(cAux|cAdverb) != 0 || s.lyAdverb(j) && t.class&(cUnnamed|cTitle|cOrg|cBody) == 0) && t.class&(cSubjPron|cDet) == 0 {
			j--
			if j >= lo && s.wordIs(j+1, "recently", "lately") && s.toks[j].lowerWord() && s.wordIs(j, "most", "more") {
				j-- // "and most recently defended": no "most" who spoke
			}
			continue
		}
		if t.kind == tWord && s.word(j) == "long" && j+1 < len(s.toks) && s.verbLike(j+1) {
			// "The firm long had", "Lee has long argued": an adverb.
			j--
			continue
		}
		if t.kind == tWord && t.flags&fCap == 0 && j-1 >= lo && s.wordIs(j, "both", "all", "each") {
			// "Lee and Reyes have both argued", "they all vowed": a
			// quantifier floated off its subject.
			if p := &s.toks[j-1]; (p.kind == tWord || p.kind == tClitic) && (p.class&cAux != 0 || p.class&(cDet|cPrep|cConj|cSubord|cAdverb|cNeg) == 0) || p.isPunct(')') || p.isPunct(pDash) {
				// Also after a parenthesis or an aside in dashes: "Lee
				// and Reyes (Ward 4) both said", "The leaders -- whose
				// party ... -- all said".
				j--
				continue
			}
		}
		if p := s.settingBefore(j, lo); p < j {
			// "Lee during the debate said", "Lee in an interview said"
			j = p
			continue
		}
		if p := s.placeAfterTime(j, lo); p < j {
			// "Lee this month in Dover called on": the place goes with
			// the time before it, not with the subject.
			j = p
			continue
		}
		if t.isPunct(',') && j-2 >= lo && s.toks[j-1].lowerWord() && s.wordIs(j-1, "however", "though") && (s.toks[j-2].kind == tWord || s.toks[j-2].kind == tClitic) {
			// "Kestia however, has said": the adverb glued to the
			// subject, its first comma left out.
			j -= 2
			continue
		}
		if t.kind == tClitic {
			// "he's said", and stripped "he s said": the clitic is an
			// auxiliary here.
			if j-1 >= lo && s.toks[j-1].class&cSubjPron != 0 {
				j--
				continue
			}
		}
		break
	}
	return j
}

// timeCount reports whether token j may count a span of time: "(less
// than) two", "(a) few", "several".
func (s *state) timeCount(j int) bool {
	return s.toks[j].flags&fDigit != 0 || s.wordIs(j, "a", "an", "few", "several", "many", "than", "less", "more", "about", "nearly", "just", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
}

// settingBefore returns the token before a short phrase of setting that
// ends at token j, "during the debate", "in an interview", "in his
// speech", or j.
func (s *state) settingBefore(j, lo int) int {
	if t := &s.toks[j]; t.kind != tWord || t.flags&fCap != 0 || t.class&(cAux|cAdverb|cPrep|cDet|cSubjPron|cObjPron|cConj|cSpeech) != 0 {
		return j
	}
	for p := j - 1; p > lo && p >= j-3; p-- {
		if !s.toks[p].lowerWord() {
			return j
		}
		if s.toks[p].class&(cDet|cPossPron) != 0 && s.wordIs(p-1, "during", "at", "in", "after", "before") && p-2 >= lo && (s.runAt(p-2) >= 0 || s.toks[p-2].isPunct(',') && isArticle(s.word(p)) && s.wordIs(p-1, "at", "during")) {
			// After a name only: "officials in both cities said"
			// keeps its phrase; or after the comma that closes an
			// apposition, "Lee, the spokeswoman, at a briefing said",
			// but ", after the army said" opens a clause.
			return p - 2
		}
	}
	return j
}

// placeAfterTime returns the time word before "in" or "at" and the name
// that ends at token j, "this month in Dover", "on Monday at Wirex", or
// j. A place right after a time is an adjunct of the verb, as the time
// is; after a noun it may be the subject's, "officials in Dover said".
func (s *state) placeAfterTime(j, lo int) int {
	r := s.runAt(j)
	if r < 0 || s.runs[r].last != j+1 {
		return j
	}
	f := s.runs[r].first
	if f-2 < lo || !s.toks[f-1].lowerWord() || !s.wordIs(f-1, "in", "at") {
		return j
	}
	if t := &s.toks[f-2]; t.kind != tWord || t.class&cTime == 0 || t.class&(cDet|cSubjPron) != 0 || t.flags&fCap != 0 && !isWeekday(s.word(f-2)) && !s.dateAt(f-2) {
		return j
	}
	// The subject must stand before the time: a time that opens the
	// clause, "Last week in Dover Ann Lee said", leaves the name after
	// it (glued to the place in one run) the subject.
	ts := f - 2
	for ts-1 >= lo && ts > f-5 && s.toks[ts-1].lowerWord() && (s.toks[ts-1].class&(cTime|cDet|cPrep) != 0 || s.wordIs(ts-1, "last", "next", "early", "late")) {
		ts--
	}
	if ts <= lo || s.toks[ts].flags&fSentStart != 0 || s.toks[ts-1].isPunct(',') || s.runs[r].last-f > 2 {
		return j
	}
	return f - 2
}

// state is the per-call working memory of [Finder.Find]. The Finder holds
// only configuration, so one Finder serves many goroutines.
type state struct {
	*Finder
	text        string
	user        *userLexicon
	lex         *lexicon // lexiconTable(), fetched once per call: finishWord looks up every word
	toks        []token
	sents       []sentence
	sentOf      []int32 // token -> sentence
	pairOf      []int32 // token -> top-level pair that contains it, or -1
	nextPaired  []int32 // token -> the first token at or after it that a pair contains, or len(toks)
	pairs       []pair
	runs        []run
	entities    []entity
	stmts       []stmt
	usedCue     []bool           // token is a cue already used
	cueStmt     []int32          // per token: 1 + the statement whose cue starts there, or 0
	stmtEnds    []bool           // a statement not in quotation marks ends before this token
	sentFlags   []uint8          // per sentence: sentHasStmt, sentHasCue
	firstVerb   []int32          // per sentence: 1 + its first verb-like token, -1 none, 0 not yet looked for (sentenceVerb)
	blockStmt   []int32          // per block of tokens: its latest stmtLink, or -1
	markSum     []int32          // stripped marks in tokens before each token (countMarks)
	wideSum     []int32          // stripped marks' spaces before each token (countMarks)
	lastWideAt  []int32          // the last token before each token with a mark's space, or -1 (countMarks)
	commaSum    []int32          // commas after a word and a space before each token (countMarks)
	openSum     []int32          // extendOpenMark's count of marks before each token (countOpenMarks)
	stmtLinks   []stmtLink       // lists of the statements in each sentence
	pairStmt    []int            // pair -> statement, or -1
	scratch     []int32          // per-entity counts for weighPlaces
	cueOf       []int32          // per token: 0, or 1 + the index of cueAt's answer in cueMemos; empty until the tokens are final
	cueMemos    []cueMemo        // cueAt's answers, in the order asked
	noCueMemo   bool             // cueAt remembers nothing: set by TestCueMemo on a state of its own
	noTailReuse bool             // attributeCues reads every cue afresh: set by TestCueReading
	noCover     bool             // inReported and inDirect always walk the statements: set by TestStmtCover
	noAloneMemo bool             // bodyAloneBeforeName looks afresh every time: set by TestAloneMemo
	noRunTable  bool             // runAt searches the runs every time: set by TestRunTable
	noHashChain bool             // addRun steps over every entity: set by TestHashChain
	hashLast    map[uint64]int32 // per name hash: the latest entity with it (lastWithHash)
	runOf       []int32          // per token: 1 + the run that holds it, or 0; empty until the runs are final
	covered     bool             // cover holds inReported and inDirect for every token (coverStmts)
	cover       []uint8          // per token: coverReported | coverDirect, while covered
	coverSum    []int32          // coverStmts' buffer
	labels      int              // paragraphs that open with a transcript's label, "LEE:"
	clauseBreak []int32          // per token: the latest ';' or unquoted ':' at or before it, or -1
	commaAttr   []int8           // per comma: attributionAfterComma's answer, 0 until asked
	regions     []region         // quotes the stripped marks show, paired in order
	lined       bool             // the text has line breaks
	regionOf    []int32          // per token: the region it is in, or -1
	byFirst     [][2]int32       // first token and index of the statements before recoverStripped, by first token
	sortIdx     []int32          // sortStmts' buffers
	sortInv     []int32
	sortTmp     []stmt
	stmtHead    []int32 // closedQuotes' lists of statements by sentence: the first in each
	stmtNext    []int32 // ... and the next in the same sentence
	cells       *[]cell // when set, output records each statement's calibration cell
	looseNP     bool    // any noun phrase may be a subject: subjectBefore a finite speech verb
	coordDepth  int     // participles followed back by coordinatedParticiple
	stripped    bool    // quotation marks were stripped from the text
	spaced      bool    // ... and the spaces they left are still there
	dashGaps    bool    // ... and three spaces between words are a stripped dash, not a mark
	halved      bool    // ... and each mark left two spaces, counted as one
	groups      int
	alone       aloneMemo // bodyAloneBeforeName's last look
	noEndMemo   bool      // contentEnd and subjectBefore look afresh every time: set by TestEndMemo
	endMemoOn   bool      // contentEnd and subjectBefore may use their memos: tokens, runs and sentences are final
	endMemos    [32]endMemo
	subjMemos   [32]subjMemo
}

// newState returns a fresh state for a call on text, outside statePool.
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
		Finder:      f,
		text:        text,
		lex:         lexiconTable(),
		toks:        s.toks[:0],
		sents:       s.sents[:0],
		sentOf:      s.sentOf[:0],
		pairOf:      s.pairOf[:0],
		nextPaired:  s.nextPaired[:0],
		pairs:       s.pairs[:0],
		runs:        s.runs[:0],
		entities:    s.entities[:0],
		stmts:       s.stmts[:0],
		usedCue:     s.usedCue[:0],
		cueStmt:     s.cueStmt[:0],
		pairStmt:    s.pairStmt[:0],
		sentFlags:   s.sentFlags[:0],
		firstVerb:   s.firstVerb[:0],
		blockStmt:   s.blockStmt[:0],
		markSum:     s.markSum[:0],
		openSum:     s.openSum[:0],
		wideSum:     s.wideSum[:0],
		lastWideAt:  s.lastWideAt[:0],
		commaSum:    s.commaSum[:0],
		stmtLinks:   s.stmtLinks[:0],
		scratch:     s.scratch[:0],
		cueOf:       s.cueOf[:0],
		runOf:       s.runOf[:0],
		hashLast:    s.hashLast,
		cueMemos:    s.cueMemos[:0],
		clauseBreak: s.clauseBreak[:0],
		commaAttr:   s.commaAttr[:0],
		stmtEnds:    s.stmtEnds[:0],
		regions:     s.regions[:0],
		regionOf:    s.regionOf[:0],
		byFirst:     s.byFirst[:0],
		sortIdx:     s.sortIdx[:0],
		sortInv:     s.sortInv[:0],
		sortTmp:     s.sortTmp[:0],
		stmtHead:    s.stmtHead[:0],
		stmtNext:    s.stmtNext[:0],
		cover:       s.cover[:0],
		coverSum:    s.coverSum[:0],
	}
	clear(s.hashLast)
	if len(f.Verbs) > 0 || len(f.Titles) > 0 {
		s.user = newUserLexicon(f.Verbs, f.Titles)
	}
}

// bigTokens is the number of tokens past which a state's buffers are too
// large for statePool, which may keep one a processor: a few megabytes of
// text.
const bigTokens = 1 << 20

// bigState holds, weakly, the one state that last served a huge text, so
// that a run of huge texts reuses its buffers rather than growing new ones
// on every call (an 8 MB text of "he said:" lines allocated 1.7 GB a call),
// while at most one such state outlives a call, and only until the next
// garbage collection.
var bigState struct {
	sync.Mutex
	p weak.Pointer[state]
}

// getState returns a state for a call on a text of n bytes: the big
// state, while it is there, for a text of more than bigTokens bytes (a
// text that long may need that many tokens), else one from statePool.
func getState(n int) *state {
	if n > bigTokens {
		bigState.Lock()
		s := bigState.p.Value()
		bigState.p = weak.Pointer[state]{}
		bigState.Unlock()
		if s != nil {
			return s
		}
	}
	return statePool.Get().(*state)
}

// release drops what s refers to and returns it to statePool or, if its
// buffers grew very large on a huge text, makes it the big state.
func (s *state) release() {
	// Nothing in the buffers refers to the text or the Finder; only
	// these fields do.
	s.Finder, s.text, s.user, s.cells = nil, "", nil, nil
	if cap(s.toks) > bigTokens {
		bigState.Lock()
		bigState.p = weak.Make(s)
		bigState.Unlock()
		return
	}
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

// run is the pipeline, one stage per file: tokens and sentences
// (token.go), quotation marks (marks.go), names and entities (speaker.go),
// cues and their statements (attribution.go, with the statements' spans in
// content.go), quotes whose marks were stripped (stripped.go); quote.go
// assembles the result, with speakers resolved (speaker.go) and confidence
// (confidence.go).
func (s *state) run() []Quote {
	s.tokenize()
	if len(s.toks) == 0 {
		return nil
	}
	s.pairMarks()
	s.splitSentences()
	s.index()
	s.findEntities()
	// From here on the runs stay as they are, so runAt may read them
	// from a table (TestRunTable checks that it may).
	if !s.noRunTable {
		s.indexRuns()
	}
	s.weighPlaces()
	s.detectStripped()
	// From here on tokens, runs and sentences stay as they are, so cueAt
	// may remember its answers (TestCueMemo checks that it may).
	if !s.noCueMemo {
		s.cueOf = resize(s.cueOf, len(s.toks))
	}
	// contentEnd and subjectBefore read only these, and no statement
	// (TestEndMemo).
	s.endMemoOn = !s.noEndMemo
	s.attributePairs()
	s.attributeCues()
	if s.stripped {
		s.recoverStripped()
	}
	s.attributeClaims()
	s.attributeLeftovers()
	if s.stripped {
		s.strippedClaimKinds()
	}
	// output changes what entities say of themselves (votePronouns).
	s.endMemoOn = false
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
	// nextPaired lets a scan over a statement step from quotation to
	// quotation: one that runs on for a hundred words, `Lee said that
	// Reyes said that ...`, costs classify no more than a short one.
	s.nextPaired = resize(s.nextPaired, n+1)
	next := int32(n)
	s.nextPaired[n] = next
	for k := n - 1; k >= 0; k-- {
		if s.pairOf[k] >= 0 {
			next = int32(k)
		}
		s.nextPaired[k] = next
	}
	// clauseBreak[k]: the latest semicolon, or colon outside quotation
	// marks, at or before token k, so that clauseStart need not scan.
	s.clauseBreak = resize(s.clauseBreak, n)
	last := int32(-1)
	for k := range s.toks {
		if t := &s.toks[k]; t.isPunct(';') || t.isPunct(':') && s.pairOf[k] < 0 {
			last = int32(k)
		}
		s.clauseBreak[k] = last
	}
	s.usedCue = resize(s.usedCue, n)
	s.cueStmt = resize(s.cueStmt, n)
	s.commaAttr = resize(s.commaAttr, n)
	s.stmtEnds = resize(s.stmtEnds, n+1)
	s.sentFlags = resize(s.sentFlags, len(s.sents))
	s.firstVerb = resize(s.firstVerb, len(s.sents))
	for i, st := range s.sents {
		// Title case: three or more capitalised words and no other
		// lower-case word than an article, preposition or conjunction.
		caps, lower := 0, false
		for k := st.first; k < st.last && !lower; k++ {
			if t := &s.toks[k]; t.kind == tWord && t.flags&fDigit == 0 {
				if t.flags&fCap != 0 {
					caps++
				} else {
					lower = t.class&(cDet|cPrep|cConj) == 0
				}
			}
		}
		if caps >= 3 && !lower {
			s.sentFlags[i] |= sentTitleCase
		}
	}
	s.blockStmt = resize(s.blockStmt, n>>blockShift+1)
	for i := range s.blockStmt {
		s.blockStmt[i] = -1
	}
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
		// classify gave st's quotations to the statement it expected
		// to come next: `"",0 sAid,",0 sAid` (found by FuzzFind) left
		// them pointing at whichever statement took that place.
		for k := int(s.nextPaired[st.first]); k < st.last; k = int(s.nextPaired[k+1]) {
			if p := s.pairOf[k]; s.pairStmt[p] == len(s.stmts) {
				s.pairStmt[p] = -1
			}
		}
		return -1
	}
	s.stmts = append(s.stmts, st)
	s.markStmt(len(s.stmts)-1, st.first, st.last)
	if st.cueLast > st.cueFirst {
		s.cueStmt[st.cueFirst] = int32(len(s.stmts))
	}
	if st.pair < 0 && st.last < len(s.stmtEnds) {
		s.stmtEnds[st.last] = true
	}
	return len(s.stmts) - 1
}

// markStmt records that tokens [first, last) hold statement i, in the
// flags of their sentences and the statement lists of their blocks of
// tokens; i < 0 marks only the flags.
func (s *state) markStmt(i, first, last int) {
	if first >= last {
		return
	}
	for j := s.sentOf[first]; j <= s.sentOf[last-1]; j++ {
		s.sentFlags[j] |= sentHasStmt
	}
	if i < 0 {
		return
	}
	for j := first >> blockShift; j <= (last-1)>>blockShift; j++ {
		if h := s.blockStmt[j]; h >= 0 && s.stmtLinks[h].stmt == int32(i) {
			continue
		}
		s.stmtLinks = append(s.stmtLinks, stmtLink{stmt: int32(i), next: s.blockStmt[j]})
		s.blockStmt[j] = int32(len(s.stmtLinks) - 1)
	}
}

// blockShift sets the size of the blocks of tokens that stmtsIn looks
// up statements by: 64 tokens, a few sentences of news, and few enough
// statements however a text is written.
const blockShift = 6

// A stmtLink is an entry in the list of statements that lie in a block
// of tokens, so that asking which statements lie over some tokens looks
// only at their blocks, not at every statement of a long document.
type stmtLink struct {
	stmt, next int32
}

// stmtsIn calls f for each statement that lies, or once lay, in the
// blocks of tokens [a, b), until f returns false. A statement may come
// more than once, and callers check its current range.
func (s *state) stmtsIn(a, b int, f func(i int) bool) {
	if a >= b {
		return
	}
	for j := a >> blockShift; j <= (b-1)>>blockShift; j++ {
		for h := s.blockStmt[j]; h >= 0; h = s.stmtLinks[h].next {
			if !f(int(s.stmtLinks[h].stmt)) {
				return
			}
		}
	}
}

// Sentence flags.
const (
	sentHasStmt     = 1 << iota // a statement lies in it
	sentHasCue                  // it holds a speech verb
	sentCueKnown                // sentHasCue has been computed
	sentTitleCase               // it is in title case, as a headline is
	sentQuotedKnown             // sentQuoted has been computed (reporterSentence)
	sentQuoted                  // it lies inside a direct statement, as the reporter's sentences do not
)

// hasStmt reports whether a statement lies in the sentence.
func (s *state) hasStmt(sent sentence) bool {
	return s.sentFlags[s.sentOf[sent.first]]&sentHasStmt != 0
}

// attributePairs attributes each top-level quotation to a cue beside it:
// `"Q," S said`, `"Q," said S`, `S said: "Q"`, `S said "Q"`.
func (s *state) attributePairs() {
	for i, p := range s.pairs {
		if p.depth != 0 || s.pairStmt[i] >= 0 {
			continue
		}
		start, end := s.pairInner(p)
		if start >= end || s.nameInPhrase(p) || s.titleLike(p, 2) || s.byline(p) {
			// `told “Kestia and Friends,” reminding`: a show's name.
			// `"Bridge to reopen," by Ann Lee`: a headline.
			continue
		}
		if c, m, ok := s.cueAfterPair(p); ok && !s.namedByWhat(p) && !s.concessiveQuote(p) {
			st := stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcQuoteCueAfter, pair: i, group: s.newGroup()}
			if ls := s.leadIn(p); ls < p.open {
				// `Parties across Norvia "will confuse traders with
				// thieves," he said`: the reporter's words lead into
				// the quote, and the statement is mixed.
				st.first, st.kind = ls, Mixed
				st.start, st.end = s.toks[ls].start, s.toks[p.close].end
			}
			if s.openingPhraseQuote(p, c, m) {
				// "Citing “duties at home,” her aide told the Planet
				// that ...": the quote in the phrase that opens the
				// sentence is the speaker's, and the cue goes on to a
				// statement of its own.
				st.cueFirst, st.cueLast = 0, 0
			} else {
				s.useCue(c)
			}
			s.pairStmt[i] = s.addStmt(st)
			if e := max(c.last, m.last); st.cueLast > st.cueFirst && p.close < c.first && e+2 < len(s.toks) && s.toks[e].isPunct(',') && (s.toks[e+1].lowerWord() && s.wordIs(e+1, "that") && s.strongClauseStart(e+2) && s.toks[e+2].class&cAux == 0 || c.kind == cueVerb && s.predicateRest(p, m, e+1)) {
				// `"Q," he said, that both men had ties to it`: the
				// speaker's sentence goes on past the attribution.
				rest := stmt{first: e + 1, last: s.contentEnd(e+1, s.sentEnd(e)), kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAfterCue, pair: -1, group: st.group}
				if s.wordsIn(rest.first, rest.last) >= 4 && s.classify(&rest) {
					s.addStmt(rest)
				}
			}
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
			st := stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcQuoteCueBefore, pair: i, group: s.newGroup()}
			if s.splitFront(c, m, p.open, st.group) {
				// The front took the cue; the quote is the rest.
				st.cueFirst, st.cueLast = 0, 0
			} else if lw := s.reportedLead(c, p); lw >= 0 {
				// `Lee said that “the port will close,”`, `vowed to “cut
				// taxes”`: the quotation is the reported clause after
				// the cue, reported speech and so mixed. As in "vowed to
				// cut taxes", the statement takes the "to" but not the
				// "that".
				st.kind = Mixed
				if s.wordIs(lw, "to") {
					st.first = lw
					st.start, st.end = s.trimContent(lw, p.close+1)
				}
			}
			j := s.coordinatedPair(p)
			if j >= 0 {
				// `vowed to "cut taxes," and to "fix the roads"`: one
				// statement over both quotations.
				st.first, st.last, st.kind, st.pair = min(st.first, p.open), s.pairs[j].close+1, Mixed, -1
				st.start, st.end = s.trimContent(st.first, st.last)
			}
			s.pairStmt[i] = s.addStmt(st)
			if j >= 0 {
				s.pairStmt[j] = s.pairStmt[i]
			}
			s.useCue(c)
			continue
		}
		if k, m, ok := s.claimBeforePair(p); ok {
			s.pairStmt[i] = s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				cueFirst: k, cueLast: k + 1, spk: m, hasSpk: true, source: srcQuoteCueBefore, pair: i, group: s.newGroup()})
			s.usedCue[k] = true
			continue
		}
		if m, ok := s.colonSubject(p.open); ok && s.quoteEndsClause(p) {
			s.pairStmt[i] = s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				spk: m, hasSpk: true, source: srcColon, pair: i, group: s.newGroup()})
		} else if m, ok := s.statementObjectSubject(p.open); ok && s.quoteEndsClause(p) {
			s.pairStmt[i] = s.addStmt(stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true,
				spk: m, hasSpk: true, source: srcColon, pair: i, group: s.newGroup()})
		}
	}
}

// concessiveQuote reports whether quotation p closes a clause of
// concession that opens its sentence with its own cue before it, so that
// the cue after it begins the main clause: `Although Lee says, “The port
// is safe,” she also accuses the council of ...`.
func (s *state) concessiveQuote(p pair) bool {
	lo := s.sentenceOf(p.open).first
	if !s.wordIs(lo, "although", "though", "while", "whereas") && !(s.wordIs(lo, "even") && s.wordIs(lo+1, "though")) {
		return false
	}
	if !s.toks[p.close-1].isPunct(',') && !(p.close+1 < len(s.toks) && s.toks[p.close+1].isPunct(',')) {
		return false
	}
	_, _, ok := s.cueBeforePair(p)
	return ok
}

// claimBeforePair returns the claim noun whose content quotation p is,
// set off by "that" and a comma, and the claim's possessor: `her claim
// that, “the port is safe”`, as claimStatement reads it without the
// marks.
func (s *state) claimBeforePair(p pair) (k int, m mention, ok bool) {
	k = p.open - 3
	lo := s.sentenceOf(p.open).first
	if k <= lo || !s.toks[p.open-1].isPunct(',') || !s.toks[p.open-2].lowerWord() || !s.wordIs(p.open-2, "that") || !s.quoteEndsClause(p) {
		return k, m, false
	}
	if t := &s.toks[k]; !t.lowerWord() || t.class&cClaimNoun == 0 || s.pairOf[k] >= 0 || s.usedCue[k] {
		return k, m, false
	}
	m, ok = s.claimPossessor(k, lo)
	return k, m, ok
}

// predicateRest reports whether the words at r, after the attribution
// of quotation p by speaker m, are a predicate that goes on from the
// quotation's subject, so that the speaker's sentence runs on past the
// attribution. A modal goes on only from a quotation with no verb of its
// own, the subject alone: `“Only the mayor,” she said, would close the
// port`; after a whole clause the predicate is the reporter's about the
// quotation (`“We will win,” he said, was the message`). After "and", a
// plural auxiliary cannot go with a lone speaker, so it goes with the
// quotation's subject: `“Voters want more,” he said, and are tired of
// waiting`; "and was cheered", "and has since resigned" are the
// reporter's account of the speaker, which doc.go counts no statement.
func (s *state) predicateRest(p pair, m mention, r int) bool {
	if r+2 >= len(s.toks) || p.close < 1 || !s.toks[p.close-1].isPunct(',') && !(p.close+1 < len(s.toks) && s.toks[p.close+1].isPunct(',')) {
		return false
	}
	if s.wordIs(r, "and") && s.toks[r].lowerWord() {
		lone := m.kind == mName && !m.coordinated || m.kind == mPronoun && s.wordIs(m.first, "he", "she")
		return lone && s.toks[r+1].lowerWord() && s.wordIs(r+1, "are", "were", "have", "do")
	}
	if !s.toks[r].lowerWord() || !s.modal(r) && !s.wordIs(r, "would", "could", "should") || p.close-p.open > 12 {
		return false
	}
	if s.toks[p.open+1].class&cSubjPron != 0 && !s.wordIs(p.open+1, "you") {
		// `“I agree,” she said, were her words`
		return false
	}
	for k := p.open + 1; k < p.close; k++ {
		if s.finiteVerb(k) {
			return false
		}
	}
	return true
}

// reportedLead returns the "that" or "to" between cue c and the
// quotation p that opens the reported clause, `said that “...”`,
// `promised to “...”`, `said that, “...”`, or -1.
func (s *state) reportedLead(c cue, p pair) int {
	j := p.open - 1
	if j > 0 && s.toks[j].isPunct(',') {
		j--
	}
	if j < c.last || !s.toks[j].lowerWord() || !s.wordIs(j, "that", "to") {
		return -1
	}
	return j
}

// coordinatedPair returns the quotation joined to quotation p by "and"
// or "or" in its sentence, `"cut taxes," and to "fix the roads"`,
// `"Fix it," and, "Do it now"`, or -1.
func (s *state) coordinatedPair(p pair) int {
	k := p.close + 1
	if k < len(s.toks) && s.toks[k].isPunct(',') {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].lowerWord() || !s.wordIs(k, "and", "or") {
		return -1
	}
	k++
	for k < len(s.toks) && k < p.close+5 && (s.toks[k].isPunct(',') || s.toks[k].lowerWord() && s.wordIs(k, "to", "that")) {
		k++
	}
	if k >= len(s.toks) || s.sentOf[k] != s.sentOf[p.close] {
		return -1
	}
	j := s.pairOf[k]
	if j < 0 || s.pairs[j].open != k || s.pairs[j].depth != 0 || s.pairStmt[j] >= 0 {
		return -1
	}
	return int(j)
}

// openingPhraseQuote reports whether quotation p stands in a phrase that
// opens its sentence before the attribution with cue c and speaker m
// ("Citing “duties at home,” ", "Walking in to chants of “Lee!,” "), and
// the cue has a statement of its own after it.
func (s *state) openingPhraseQuote(p pair, c cue, m mention) bool {
	first := s.sentenceOf(p.open).first
	if first >= p.open || c.first < p.close || !s.introductory(first, p.open) {
		return false
	}
	_, _, _, _, right := s.contentAfter(c, m, s.sentEnd(c.first))
	return right
}

// namedByWhat reports whether quotation p is what a naming verb right
// before it names, after "what" and its subject: `under what Lee called
// "the old model," the club charged more`. The quote is the namer's,
// not the clause's after it.
func (s *state) namedByWhat(p pair) bool {
	v := p.open - 1
	if v < 2 || !s.toks[v].lowerWord() || s.toks[v].class&cNaming == 0 {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-5; k-- {
		if s.toks[k].kind != tWord {
			return false
		}
		if s.toks[k].lowerWord() && s.wordIs(k, "what") {
			return true
		}
	}
	return false
}

// nameInPhrase reports whether a quotation is a title in the reporter's
// phrase, not a quote: a few capitalised words after a preposition, an
// article or a possessive, `On Wirex's "Late Desk," Lee said`.
func (s *state) nameInPhrase(p pair) bool {
	if p.open == 0 || p.close-p.open > 7 || p.close-p.open < 2 {
		return false
	}
	b := &s.toks[p.open-1]
	if !(b.kind == tClitic || b.kind == tMark && b.flags&fPossessiveMark != 0 || b.kind == tWord && b.lowerWord() && b.class&(cPrep|cDet) != 0 && b.class&cSubord == 0) {
		return false
	}
	for k := p.open + 1; k < p.close; k++ {
		t := &s.toks[k]
		if (t.isPunct(',') || t.isPunct('.')) && k == p.close-1 {
			continue // `"Late Desk,"`, `on Wirex's "Late Desk."`
		}
		if t.kind != tWord || !t.capWord() && t.class&(cPrep|cDet|cConj) == 0 {
			return false
		}
	}
	return true
}

// newGroup returns a new group number, for the statements of one
// attribution.
func (s *state) newGroup() int { s.groups++; return s.groups }

// useCue marks the tokens of cue c as taken by an attribution, so that
// no later rule reads a second statement from them.
func (s *state) useCue(c cue) {
	for k := c.first; k < c.last; k++ {
		s.usedCue[k] = true
	}
}

// splitFront adds the front of a statement whose attribution, before
// the quotation at open, splits it: `FRONT, he said, "REST"`. It reports
// whether it did.
func (s *state) splitFront(c cue, m mention, open, group int) bool {
	lead := s.attributionLead(c, m)
	end := open - 1 // the comma that closes the attribution
	if end > 0 && s.toks[end].lowerWord() && s.word(end) == "that" {
		// `It is a warning, he said, that "..."`
		end--
	}
	if !s.splitMark(lead) || !s.splitMark(end) || !s.compactAttribution(c, m) {
		return false
	}
	for k := m.last; k < c.first; k++ {
		if cc, ok := s.cueAt(k); ok && !cc.weak && !cc.participle {
			// `FRONT, Lee said, adding, "REST"`: the front is the
			// statement of the first cue, found with it.
			return false
		}
	}
	tail := c.last
	if m.first >= c.last {
		tail = m.last
	}
	if !s.splitTail(tail, end) {
		return false
	}
	sent := s.sentenceOf(lead)
	ls := s.leftClauseStart(lead, sent.first)
	if lead <= ls || s.pairOf[lead-1] >= 0 {
		return false
	}
	for k := ls; k < lead; k++ {
		if c, ok := s.cueAt(k); ok && c.kind == cueVerb && !c.participle {
			// "Lee admitted X, which is a loss, he said, ...":
			// the front has an attribution of its own.
			return false
		}
	}
	if s.settingFront(ls, lead, open+1, end == open-1) {
		return false
	}
	st := stmt{first: ls, last: lead, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcBeforeCue, pair: -1, group: group}
	if !s.classify(&st) {
		return false
	}
	return s.addStmt(st) >= 0
}

// settingFront reports whether the front [ls, lead) of a statement that
// an attribution splits before a quotation opening at token r is the
// reporter's setting of the quotation rather than the speaker's words;
// bare tells that no "that" stands between the attribution and r.
func (s *state) settingFront(ls, lead, r int, bare bool) bool {
	t := &s.toks[ls]
	switch {
	case r < len(s.toks) && s.verbLike(r):
		// `Raising taxes, he said, "would hurt"`: the front is the
		// subject.
	case t.class&cSubord != 0 && t.class&cPrep == 0 && !s.wordIs(ls, "when", "while", "as", "once"):
		// `If it passes, he said, "..."`: a condition, cause or
		// concession is the speaker's; a time is the reporter's
		// setting.
	case bare && r < len(s.toks) && s.toks[r].lowerWord() && !s.introductory(ls, lead) && !s.timePhrase(ls, lead):
		// `When the fee goes up, Lee added, "it will hurt"`: a
		// quotation that opens in lower case, with no "that", goes on
		// with the sentence the front began, so the front is the
		// speaker's too, a time clause as much as a condition.
	case bare && r < len(s.toks) && s.toks[r].capWord():
		// `Minutes later, Lee wrote, "We will ..."`: a quotation that
		// opens with a capital, and no "that", is a sentence of its
		// own; the front is the reporter's setting of it.
		return true
	case s.wordIs(ls, "when", "as", "once", "after", "before", "until") && s.toks[ls].class&cSubord != 0:
		// `When the vote failed, Lee said, "..."`: the time is the
		// reporter's setting.
		return true
	case s.introductory(ls, lead) || !s.clauseLike(ls) && !s.hasClause(ls, lead):
		// `On Tuesday, he said, "..."`: before a quotation, a fronted
		// phrase is the reporter's setting more often than the
		// speaker's words.
		return true
	}
	return false
}

// timePhrase reports whether [a, b), eight tokens at most with no
// clause, reads as a phrase of time: it opens with after, as, before,
// during, since or until, ends in "now", or holds a time word: "In May,",
// "Later that day,", "After the vote,", "For now,"; "as" also opens an
// "as Lee put it" whose verb comes later. A condition with a time word
// in it passes too ("Without a deal by Friday,"): the test is by words,
// not by meaning.
func (s *state) timePhrase(a, b int) bool {
	if b-a > 8 || s.hasClause(a, b) {
		return false
	}
	if s.wordIs(a, "after", "as", "before", "during", "since", "until") || s.wordIs(b-1, "now") {
		return true
	}
	for k := a; k < b; k++ {
		if s.toks[k].class&cTime != 0 {
			return true
		}
	}
	return false
}

// cueAfterPair looks for the attribution right after a closing mark:
// `"Q," Reyes said`, `"Q," said Reyes`, `"Q" -- said Mr. X`.
func (s *state) cueAfterPair(p pair) (c cue, m mention, ok bool) {
	n := len(s.toks)
	i := p.close + 1
	for i < n && (s.toks[i].isPunct(',') || s.toks[i].isPunct(pDash) || i > p.close+1 && s.toks[i].kind == tMark && s.pairOf[i] < 0 && s.toks[i].mark&dirClose != 0 && s.toks[i-1].isPunct(',')) {
		// A stray closing mark after the comma, where a mark inside
		// closed the quote early: `he is 6’2”,” Lee said`.
		i++
	}
	across := false
	if i >= n || s.toks[i].flags&fBlankLine != 0 || s.pairOf[i] >= 0 || s.sentOf[i] != s.sentOf[p.close] {
		// `"Q." Reyes said ...` starts a new sentence: not this
		// quote's attribution. But a question or exclamation ends
		// inside its marks, and the attribution after it may look like
		// a sentence of its own: `"Are you ready?" Lee asked.`
		if stop := s.stopBeforeClose(p); i >= n || s.toks[i].flags&fBlankLine != 0 || s.pairOf[i] >= 0 || !s.toks[stop].isPunct('?') && !s.toks[stop].isPunct('!') {
			return c, m, false
		}
		across = true
	}
	// An attribution ends its sentence; look a few tokens ahead, past
	// a subject's apposition: "..., the director of the agency, said".
	hi := min(i+40, n)
	for j := i; j < hi; j++ {
		t := &s.toks[j]
		if sp := s.shortPair(j); sp >= 0 && j > i && s.pairs[sp].open == j && s.toks[j-1].lowerWord() && s.inAside(i, j) {
			// A short quotation inside the subject's aside: `"Q,"
			// Lee, wearing a hat and "Vote Reyes" pins, said`.
			j = s.pairs[sp].close
			continue
		}
		if t.kind == tMark && t.flags&fPossessiveMark == 0 || t.isPunct('.') && j > i && (j+1 >= n || s.sentOf[j+1] != s.sentOf[j]) || t.isPunct(';') || t.flags&fBlankLine != 0 {
			break
		}
		cc, isCue := s.cueAt(j)
		if !isCue && j > i && s.wentOn(j) {
			// `"Q," Lee went on.`: went on speaking, in a quote's own
			// attribution only.
			cc, isCue = cue{first: j, last: j + 2, kind: cueVerb, weak: true}, true
		}
		if !isCue && j > i && s.statesAt(j) {
			// `"Q," the report states.`: a verb here, though "states"
			// is mostly a noun.
			cc, isCue = cue{first: j, last: j + 1, kind: cueVerb, weak: true}, true
		}
		if !isCue {
			continue
		}
		if cc.kind == cueAccording {
			if cc.first == i {
				// `"Q," according to the group.`
				if sm, ok := s.accordingSource(cc, s.sentEnd(j)); ok {
					return cc, sm, true
				}
			}
			continue
		}
		if j > i && !cc.participle && j+1 < hi && (s.toks[j+1].class&cSpeech != 0 || s.statesAt(j+1)) {
			if nc, ok := s.cueAt(j + 1); s.statesAt(j+1) || ok && nc.kind == cueVerb && !nc.participle {
				// `"Q," the police report said`: a noun that heads
				// the subject of the verb after it.
				continue
			}
		}
		if s.negated(j, i) {
			return c, m, false
		}
		end := s.sentEnd(j)
		if across && !s.bareCue(cc, end) {
			return c, m, false
		}
		if j == i {
			// Inverted: "said Reyes", but not after a participle,
			// whose subject is that of the clause before: `a
			// defense of "city values," saying the city ...`.
			if cc.participle {
				continue
			}
			if s.asideQuote(p, j) {
				return c, m, false
			}
			if sm, ok := s.subjectAfter(cc.last, end); ok {
				if cc.naming && s.wordIs(sm.last, "as") {
					// `who called it "a farce," described the mayor
					// as ...`: the naming verb's object, not an
					// inverted speaker.
					return c, m, false
				}
				return cc, sm, true
			}
			continue
		}
		if sm, ok := s.quotedObject(cc, i); ok {
			// `"Q," the paper quoted Lee as saying.`
			return cc, sm, true
		}
		// `"Q," Lee continued to insist`, `went on to say`: the
		// subject stands before the verb that leads to the cue.
		at := s.goesOnTo(j, i)
		if s.quotedAs(j) {
			at = s.quotedAsStart(j, i)
		}
		if sm, ok := s.subjectBefore(at, i); ok && (s.nameLead(i, s.mentionStart(sm)) || sm.kind == mName && s.descriptionLead(i, s.mentionStart(sm))) {
			if b := s.mentionStart(sm); sm.kind == mName && sm.titleFirst == sm.titleLast && s.descriptionLead(i, b) {
				// `"Q," the Dover baker, Tim Roe, said`: the
				// description is the name's title.
				sm.titleFirst, sm.titleLast = i+1, b-1
			}
			if sm.relative > 0 {
				// `"Q," Reyes, who has proposed a ban, said`: the verb
				// of a relative clause on the speaker, not the
				// attribution.
				continue
			}
			if q := s.toks[p.close-1]; q.isPunct('?') || q.isPunct('!') {
				if _, _, intro := s.cueTail(cc, end); intro {
					// `"Why now?" Lee writes back, "Q2."`: a question
					// that ends its own sentence, and a cue that
					// introduces the next quotation, the answer.
					return c, m, false
				}
			}
			if i == p.close+1 && !s.punctAtClose(p) && !cc.object {
				// `“Harbour Nights” host Ann Lee said the show will
				// end`: with no comma to set it off, a quotation before
				// a cue that has a clause of its own names something
				// in the subject. Not before "told", whose hearer may
				// seem to have a clause (`“Go home” Lee told the crowd
				// that had gathered`).
				if _, _, _, _, right := s.contentAfter(cc, sm, end); right {
					return c, m, false
				}
			}
			if p.open > 0 && (s.wordIs(p.open-1, "that") && s.toks[p.open-1].flags&fCap == 0 || s.toks[p.open-1].lowerWord() && s.cueLeadsTo(p.open)) {
				// "as Lee claimed that “Q,” a critic said the cases
				// differ", "Lee admitted he had “been there,” but he
				// claimed ...": a quote inside a clause of another
				// cue; the next clause's verb has a statement of its
				// own.
				if _, _, _, _, right := s.contentAfter(cc, sm, end); right {
					return c, m, false
				}
			}
			return cc, sm, true
		}
		if t.class&cSpeech != 0 && !cc.participle {
			// The first verb after the quote is not the attribution.
			break
		}
	}
	return c, m, false
}

// punctAtClose reports whether quotation p ends in punctuation, inside
// any inner marks that close with it: `“... darn it,’”`.
func (s *state) punctAtClose(p pair) bool {
	for k := int(p.close) - 1; k > int(p.open); k-- {
		if t := &s.toks[k]; t.kind != tMark {
			return t.kind == tPunct
		}
	}
	return false
}

// cueLeadsTo reports whether a speech verb before the quotation that opens
// at k, in its sentence, leads to it: "Lee admitted he had “been there,”".
func (s *state) cueLeadsTo(k int) bool {
	sent := s.sentenceOf(k)
	for j := k - 1; j >= sent.first && j >= k-25; j-- {
		if s.pairOf[j] >= 0 {
			return false
		}
		if c, ok := s.cueAt(j); ok && c.kind == cueVerb && !c.participle && !c.weak {
			return true
		}
	}
	return false
}

// asideQuote reports whether quotation p is a short one inside an aside
// between the subject that opens its clause and the speech verb at k:
// in "Lee, who calls Reyes a “fraud,” said he ..." the verb is Lee's, not
// an inverted attribution of the quote.
func (s *state) asideQuote(p pair, k int) bool {
	if s.shortPair(p.close) < 0 {
		return false
	}
	lo := s.sentenceOf(k).first
	m, ok := s.subjectBefore(k, lo)
	return ok && m.last < p.open && s.mentionStart(m) == s.clauseOpening(lo)
}

// wentOn reports whether "went on" or "goes on" at token k ends its
// clause: `"Q," Lee went on.`, not "went on to win" or "went on air".
func (s *state) wentOn(k int) bool {
	return k+2 < len(s.toks) && s.toks[k].flags&fCap == 0 && s.wordIs(k, "went", "goes") && s.word(k+1) == "on" && (s.toks[k+2].isPunct(',') || s.toks[k+2].isPunct('.'))
}

// statesAt reports whether "state" or "states" at token k ends its
// clause, or only a phrase follows it, as the verb of an attribution
// does: `"Q," the report states in its summary.`
func (s *state) statesAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].flags&fCap != 0 || !s.wordIs(k, "state", "states") || s.nounAfterArticle(k) {
		return false
	}
	n := &s.toks[k+1]
	return n.isPunct('.') || n.isPunct(',') || n.kind == tWord && n.class&cPrep != 0 && !s.wordIs(k+1, "of")
}

// quotedObject returns the speaker of a participle after "as" whose
// words a paper or an agency quoted or cited: "the paper quoted the youth
// wing as saying", "it cited a party official as saying".
func (s *state) quotedObject(c cue, lo int) (m mention, ok bool) {
	k := c.first
	if !c.participle || k-3 < lo || !s.wordIs(k-1, "as") {
		return m, false
	}
	quoted := func(v int) bool { return v >= lo && s.quotingVerb(v) }
	m, ok = s.npEndingAt(k-2, lo, true)
	if ok && !(m.kind == mPronoun && pronounPerson(s.word(m.first)) == 'w') && quoted(s.mentionStart(m)-1) {
		return m, true
	}
	if p := k - 2; quoted(p-1) && s.toks[p].lowerWord() && s.wordIs(p, "him", "her", "them") {
		// "quoted him as saying": the pronoun is resolved like "he".
		return mention{first: p, last: p + 1, head: p, kind: mPronoun, entity: -1, titleFirst: p, titleLast: p}, true
	}
	// Any noun phrase with an article will do: "quoted the youth wing
	// as saying".
	for v := k - 3; v >= lo && v >= k-9; v-- {
		if !s.toks[v].lowerWord() && s.toks[v].kind != tClitic {
			return m, false
		}
		if quoted(v) {
			if !s.toks[v+1].lowerWord() || s.toks[v+1].class&(cDet|cPossPron) == 0 {
				return m, false
			}
			return mention{first: v + 1, last: k - 1, head: k - 2, kind: mDescription, entity: -1, titleFirst: v + 1, titleLast: v + 1}, true
		}
	}
	return m, false
}

// unnamedSourceCited reports whether a form of "cite" at k has people
// or a body for its whole object, with no "as" after it: "the paper
// cited unnamed sources"; but "cited Lee as a model", "cited voters as
// a priority" and "cited high rents" say what was offered as evidence.
func (s *state) unnamedSourceCited(k int) bool {
	if !s.sourceCited(k, len(s.toks)) {
		return false
	}
	e := s.npEnd(k+1, len(s.toks))
	h := &s.toks[e-1]
	if h.class&(cUnnamed|cOrg|cBody) == 0 || h.class&cDocument != 0 {
		return false // a name may be cited as an example
	}
	for j := e; j < len(s.toks) && j < e+20 && !s.endsSentence(j); j++ {
		if s.toks[j].lowerWord() && s.wordIs(j, "as") {
			return false
		}
	}
	return true
}

// quotingVerb reports whether token v is a form of "quote" or "cite",
// the verbs that name whose words a paper or an agency gives.
func (s *state) quotingVerb(v int) bool {
	return s.toks[v].lowerWord() && s.wordIs(v, "quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite")
}

// stopBeforeClose returns the token before the closing mark of pair p,
// or before a closing mark inside it: the stop of `"He said, 'Go.'"`.
func (s *state) stopBeforeClose(p pair) int {
	k := p.close - 1
	if k > p.open+1 && s.toks[k].kind == tMark {
		k--
	}
	return k
}

// attributionSentence returns the attribution of a quotation that ends
// its sentence with a full stop inside the marks, when the next sentence
// is that attribution and nothing more: `"Q." Lee said.`. Only plain
// speech verbs count ("Lee laughed." may follow anything), and only for
// a quotation that found no attribution of its own.
func (s *state) attributionSentence(p pair) (c cue, m mention, ok bool) {
	i := p.close + 1
	if !s.toks[s.stopBeforeClose(p)].isPunct('.') || i >= len(s.toks) || s.toks[i].flags&fBlankLine != 0 || s.pairOf[i] >= 0 || s.sentOf[i] == s.sentOf[p.close] {
		return c, m, false
	}
	sent := s.sentenceOf(i)
	if sent.first != i {
		return c, m, false
	}
	for j := i + 1; j < sent.last && j < i+12; j++ {
		cc, isCue := s.cueAt(j)
		if !isCue {
			continue
		}
		if cc.kind != cueVerb || cc.weak || cc.participle || s.usedCue[j] || s.negated(j, i) {
			return c, m, false
		}
		sm, ok := s.subjectBefore(j, i)
		if !ok || s.mentionStart(sm) != i || !s.bareCue(cc, sent.last) {
			return c, m, false
		}
		return cc, sm, true
	}
	return c, m, false
}

// cueEndsAt reports whether a speech verb's participle after a comma,
// and at most three words of its hearer, end right before token k: `...,
// telling reporters,  Q`, where the mark after the comma opens the
// participle's quote rather than closing one before it.
func (s *state) cueEndsAt(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		t := &s.toks[j]
		if t.kind != tWord {
			return false
		}
		if s.mayCue(j) && t.class&cSpeech != 0 && j > lo && s.toks[j-1].isPunct(',') {
			if c, ok := s.cueAt(j); ok && c.participle && c.last <= k {
				return true
			}
		}
	}
	return false
}

// strippedQuoteSpeaker returns, for a participle at k after a comma and
// a stripped mark, the speaker of the statement that ends at that comma:
// `Lee said:  Q,  adding that ...`, where the clause before the comma is
// the quote's, not the reporter's.
func (s *state) strippedQuoteSpeaker(k, lo int) (m mention, ok bool) {
	if !s.spaced || s.toks[k].flags&fWide == 0 {
		return m, false
	}
	s.stmtsIn(max(lo, k-2), k, func(i int) bool {
		if st := &s.stmts[i]; !st.dropped && st.hasSpk && st.last >= k-1 && st.last <= k && st.first >= lo {
			m, ok = st.spk, true
		}
		return true
	})
	return m, ok
}

// prepObject reports whether mention m is the object of a preposition
// that opens its clause, "With voters split, ...", rather than a subject.
func (s *state) prepObject(m mention, lo int) bool {
	p := s.mentionStart(m) - 1
	return p >= lo && s.toks[p].kind == tWord && s.toks[p].class&cPrep != 0 && s.toks[p].class&cSubord == 0 && s.clauseOpening(lo) >= p
}

// subjectAfterFront reports whether a phrase fronted in [a, b) is
// followed, after a comma, by a clause of three words or more with a
// subject and a verb: "With voters split, his base goes a long way", but
// not an apposition, "On Friday, the third day of his tour, Lee told a
// joke".
func (s *state) subjectAfterFront(a, b int) bool {
	for j := a + 1; j+4 <= b && j < a+12; j++ {
		if s.toks[j].isPunct(',') {
			n := &s.toks[j+1]
			return n.kind == tWord && n.class&(cSubjPron|cDet|cPossPron) != 0 && n.class&cSubord == 0 && s.wordsIn(j+1, b) >= 4 &&
				(s.hasClause(j+1, b) || s.presentVerb(j+2, b))
		}
	}
	return false
}

// headlineComplement reports whether a cue in a title-case headline is
// followed at cs by a capitalised preposition or adverb, which a
// headline capitalises like any word: "Lee Responds To Question About
// Fares", "Lee's Ferry Claim Even Worse" state nothing. A speech act
// still takes its infinitive: "Lee Vows To Cut Fares".
func (s *state) headlineComplement(c cue, cs int) bool {
	h := &s.toks[c.first]
	t := &s.toks[cs]
	if h.flags&fCap == 0 || h.flags&fSentStart != 0 || !t.capWord() || t.flags&fSentStart != 0 {
		return false
	}
	return t.class&cPrep != 0 && t.class&cSubord == 0 && !c.act || t.class&cAdverb != 0 && t.class&(cDet|cSubjPron|cTime|cPrep) == 0
}

// cueGoesOn reports whether verb cue c, its subject before it, takes an
// object or complement right after it, past adverbs in -ly ("warned the
// council against it", "boasted of his skills"), or after its hearer
// ("reminded Reyes of the vote"); not a time, a place or a hearer alone
// ("said on Monday.", "told reporters.", "wrote in a letter,").
func (s *state) cueGoesOn(c cue, hi int) bool {
	i := c.last
	for i < hi && s.toks[i].lowerWord() && strings.HasSuffix(s.word(i), "ly") {
		i++
	}
	if i < hi && s.toks[c.first].class&cSpeechObject != 0 {
		if e := s.skipHearer(i, hi); e > i {
			i = e
		}
	}
	if i >= hi || s.toks[i].kind != tWord {
		return false
	}
	if s.toks[i].class&(cPrep|cTime|cAdverb) != 0 {
		return s.toks[i].lowerWord() && s.wordIs(i, "of", "about", "against", "for", "with")
	}
	return true
}

// requestedConjunct reports whether the verb at k, a bare form after
// "and", goes on the infinitive that a request in another form asked
// for a few words before: "asking voters to raise their hands and
// pledge", "calling on Lee to quit and call on Reyes to stay". After a
// request in the bare form ("They urge voters to act and say ...") the
// verb may be the subject's own.
func (s *state) requestedConjunct(k int) bool {
	w := s.lower(k)
	if k < 4 || !s.toks[k].lowerWord() || !s.wordIs(k-1, "and") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || s.pastForm(k) {
		return false
	}
	if lookupWord(w+"s")&(cSpeech|cSpeechAct|cNaming) == 0 {
		return false // "said", "told": no bare form
	}
	comma := false
	for j := k - 2; j > 0 && j > k-25; j-- {
		t := &s.toks[j]
		if t.kind == tPunct && !t.isPunct(',') || t.flags&fSentStart != 0 {
			return false
		}
		if t.lowerWord() && (t.class&cSubjPron != 0 || t.class&cAux != 0 && s.wordIs(j, "can", "could", "did", "does", "may", "might", "must", "shall", "should", "will", "would")) {
			// "When asked to comment, they would only smile and
			// say ...": the bare verb goes on a subject or modal of
			// its own.
			return false
		}
		comma = comma || t.isPunct(',')
		// `to “stop lying”`: a quoted infinitive too.
		if !s.infinitiveAt(j, k) && !(s.wordIs(j, "to") && s.toks[j+1].kind == tMark && s.toks[j+2].lowerWord()) {
			continue
		}
		for r := j - 1; r >= 0 && r >= j-8; r-- {
			if s.toks[r].lowerWord() && (s.wordIs(r, "asked", "asking", "asks", "urged", "urges", "urging") || s.wordIs(r, "called", "calling", "calls") && s.wordIs(r+1, "on")) {
				// "Asked to comment, Lee smiled and say": the comma
				// closes an opening request; the verb is the main
				// clause's.
				return !comma || !(r == 0 || s.toks[r].flags&fSentStart != 0 || s.wordIs(r-1, "after", "if", "once", "when", "while"))
			}
		}
		return false
	}
	return false
}

// cueComplement reports whether the cue goes on, after adverbs and a
// time ("in May"), with an infinitive: "agreed in May to pay"; not with
// a hearer after "to", "said to reporters", nor after a verb that takes
// no infinitive, whose "to" tells why: "..., Lee said to calm the crowd".
func (s *state) cueComplement(c cue, hi int) bool {
	if !s.infinitiveAct(c.last-1) && !lowerIn(s.word(c.last-1), infinitiveCues...) {
		return false
	}
	i := c.last
	for i < hi && s.toks[i].lowerWord() && strings.HasSuffix(s.word(i), "ly") {
		i++
	}
	if i+2 < hi && s.wordIs(i, "in", "on") && s.toks[i+1].kind == tWord && (s.toks[i+1].flags&fDigit != 0 || s.toks[i+1].class&cTime != 0) {
		i += 2
	}
	if i+1 >= hi || !s.toks[i].lowerWord() {
		return false
	}
	w := s.word(i + 1)
	return s.infinitiveAt(i, hi) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}

// endsClause reports whether only a tail of the cue's own ("before",
// "on Monday") stands between token k and the end of the sentence at
// hi, or a colon: "..., as Lee noted on Monday." but not "..., as you
// said, people ...".
func (s *state) endsClause(k, hi int) bool {
	e := k
	for e < hi && s.toks[e].kind != tPunct && s.toks[e].kind != tMark {
		e++
	}
	if e < hi && !s.toks[e].isPunct('.') && !s.toks[e].isPunct(':') {
		return false
	}
	return s.onlyTail(k, e)
}

// bareCue reports whether a cue says nothing of its own before
// the end of its sentence at end: only its subject, places and times, or
// an adverbial clause follow it ("Lee asked as the vote began."). A "that"
// clause ("Lee noted that ...") is a statement of its own, and "it" or
// "this" ("Critics cited it as proof") takes the quotation as the cue's
// object: neither cue is the quotation's attribution.
func (s *state) bareCue(c cue, end int) bool {
	k, e, intro := s.cueTail(c, end)
	if k < 0 || intro {
		// `"Q1?" Lee answered, "Q2."`: the cue introduces the
		// quotation after it.
		return false
	}
	return s.onlyTail(k, e)
}

// cueTail returns where the words after cue c (and a subject after it)
// begin, k, and end, e, at a comma, colon, full stop or subordinator
// before end, and whether a quotation opens right after that comma or
// colon, which the cue then introduces. k is -1 where a clause or object
// follows the cue.
func (s *state) cueTail(c cue, end int) (k, e int, intro bool) {
	k = c.last
	if m, ok := s.subjectAfter(k, end); ok && !s.clauseObject(k) {
		k = m.last
	}
	if s.clauseObject(k) {
		return -1, -1, false
	}
	e = k
	for ; e < end; e++ {
		t := &s.toks[e]
		if t.kind == tWord && t.class&cSubord != 0 || t.isPunct('.') || t.isPunct(',') || t.isPunct(':') {
			break
		}
	}
	intro = e+1 < end && (s.toks[e].isPunct(',') || s.toks[e].isPunct(':')) && s.pairOf[e+1] >= 0 && s.pairs[s.pairOf[e+1]].open == e+1
	return k, e, intro
}

// clauseObject reports whether token k, right after a cue, opens its
// clause or object: "that", "it", "this".
func (s *state) clauseObject(k int) bool {
	return k < len(s.toks) && s.toks[k].lowerWord() && s.wordIs(k, "that", "it", "this")
}

// nameLead reports whether [a, b) holds only words that may open the
// noun phrase of a mention that starts at b: "the" and "Wardens’ " in
// "the Wardens’ Ann Lee", a lower-case title, "the state senator and"
// before a second title.
func (s *state) nameLead(a, b int) bool {
	if b-a > 8 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tClitic || t.kind == tMark && t.flags&fPossessiveMark != 0:
		case t.kind != tWord || s.wordIs(k, "that", "which", "who", "whom", "whose"):
			// `"stale bread" that he says ...`: a relative clause.
			return false
		case s.wordIs(k, "and") && k > a:
		case t.capWord() && t.class&(cSpeech|cCognition) != 0 && s.runAt(k) >= 0:
			// A name's word: "the Post's" before "Ed Lee".
		case t.class&(cAux|cPrep|cSubord|cConj|cSpeech|cCognition|cSubjPron|cObjPron|cNeg|cAdverb) != 0 && t.class&(cDet|cTitle|cTitleMod) == 0,
			t.lowerWord() && (s.verbLike(k) && !(k > a && s.toks[k-1].lowerWord() && s.toks[k-1].class&cDet != 0 && t.class&(cAux|cSpeech|cCognition) == 0 && edPast(s.word(k))) || k == a && strings.HasSuffix(s.word(k), "ing") && !(k+1 < len(s.toks) && s.toks[k+1].class&cTitle != 0)):
			// "echoing the critics who have said": a clause; but
			// "housing minister" names an office, and a participle
			// after an article is an adjective, "the closed harbour's".
			return false
		}
	}
	return true
}

// leadStart returns where the words before the speaker of a trailing
// attribution, whose mention starts at a, open right after a comma: an
// article, a possessor, a title or description in lower case and one
// capitalised modifier before it, "Q, the KFA said", "Q, the union's Ann
// Lee said", "Q, the KFA s chief negotiator Ann Lee said", "Q, state news
// agency KNS said", "Q, the Norvian news agency Nordo said". It returns a
// when there are none, when they begin a relative clause on a phrase of
// their own ("Q, an allegation the Council denied", "Q, something Lee
// vowed never to do", "what Lee said"), and when the words before the
// comma state nothing: "His niece, state senator Ann Lee, said" or a list
// ("Dover, Kestia, the United Isles and Norvia have sent", "Q, Wirex and
// the KFA said").
func (s *state) leadStart(a, lo int) int {
	for k := a - 1; k > lo && k >= a-6; k-- {
		t := &s.toks[k]
		opens := s.toks[k-1].isPunct(',')
		switch {
		case s.possessive(k):
		case t.capWord() && (t.class&cDet == 0 || opens) && k+1 < a && (s.toks[k+1].kind == tClitic || s.toks[k+1].kind == tMark || s.toks[k+1].capWord()):
			// A possessor's name: "the KFA s", "The Kestia Times'".
		case k < a-1 && s.capModifier(k) && (!s.conjBetween(k+1, a) || s.titlesJoined(k+1, a)):
			// "Norvian ferry operator Wirex", "the Norvian news agency",
			// "professor and former judge Ann Lee".
			if !opens && k-2 > lo && (s.toks[k-1].lowerWord() && s.wordIs(k-1, "the") || s.toks[k-1].capWord() && s.toks[k-1].class&(cDet|cPrep|cConj) == 0) && s.toks[k-2].isPunct(',') {
				// "the Norvian news agency", "Dover University professor".
				k--
				opens = true
			}
			if !opens {
				return a
			}
		case t.lowerWord() && !s.interrogative(k) && !strings.HasSuffix(s.lower(k), "thing") && !(t.class&cDet != 0 && (!opens || s.wordIs(k, "a", "an"))):
		default:
			return a
		}
		if opens {
			if s.nameLead(k, a) && s.hasClause(s.leftClauseStart(k-1, lo), k-1) {
				return k
			}
			return a
		}
	}
	return a
}

// loneCapVerb reports whether the capitalised speech verb at k, alone in
// its run r, closes an apposition and goes on in lower case: "Ann Lee, the
// head of the council, Tweeted on Friday" in a headline-styled line.
func (s *state) loneCapVerb(k, r int) bool {
	if r >= 0 && (s.runs[r].first != k || s.runs[r].last != k+1) {
		return false
	}
	return k > 0 && k+1 < len(s.toks) && s.toks[k-1].isPunct(',') && strings.HasSuffix(s.lower(k), "ed") && s.toks[k+1].lowerWord()
}

// capModifier reports whether the word at k is a capitalised modifier
// that can open a lead before lower-case words: "Norvian" in "...,
// Norvian state company Gazco said", but not a word that has a role in
// the clause.
func (s *state) capModifier(k int) bool {
	t := &s.toks[k]
	return t.capWord() && t.class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron|cSpeech|cCognition|cNeg|cAdverb) == 0 && s.toks[k+1].lowerWord()
}

// titlesJoined reports whether every conjunction in [a, b) joins a title
// in lower case before it to another role: "professor and former judge",
// not the list "Wirex and the KFA".
func (s *state) titlesJoined(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&cConj != 0 && (!s.toks[k-1].lowerWord() || s.toks[k-1].class&cTitle == 0 || !s.toks[k+1].lowerWord()) {
			return false
		}
	}
	return s.toks[a].kind != tWord || s.toks[a].class&cConj == 0
}

// conjBetween reports whether a conjunction stands in [a, b).
func (s *state) conjBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].kind == tWord && s.toks[k].class&cConj != 0 {
			return true
		}
	}
	return false
}

// descriptionLead reports whether [a, b) is a short description set off
// by a comma before a name that starts at b, as nameLead allows it with
// no title word: "the attacker, " in `"Q," the attacker, Tim Roe, said`.
// A capitalised word may modify the head: "the Dover baker, ".
func (s *state) descriptionLead(a, b int) bool {
	if b-a < 3 || b-a > 6 || !s.toks[b-1].isPunct(',') || !s.toks[a].lowerWord() || !isArticle(s.word(a)) || !s.toks[b-2].lowerWord() {
		return false
	}
	for k := a + 1; k < b-1; k++ {
		if !s.toks[k].lowerWord() && !s.toks[k].capWord() {
			return false
		}
	}
	return s.nameLead(a, b-1)
}

// continuedPair returns the statement whose attribution stands right
// before quotation p, set off by a comma: `"Q1," she said, "Q2."`, or -1.
func (s *state) continuedPair(p pair) int {
	k := p.open - 1
	if k < 1 {
		return -1
	}
	if k > 1 && s.toks[k].lowerWord() && s.wordIs(k, "and") && s.toks[k-1].isPunct(',') && s.quoteEndsSentence(p) {
		// `"Q1," she said, and "Q2."`: the same attribution goes on.
		k--
	}
	// `"Q1," she said "Q2."`: with no comma, the attribution must end
	// right at the mark and the quote open a sentence.
	bare := !s.toks[k].isPunct(',') && !s.toks[k].isPunct(':')
	if bare {
		if s.toks[k].kind != tWord || p.open+1 >= len(s.toks) || !s.toks[p.open+1].capWord() {
			return -1
		}
		k = p.open
	}
	for i := len(s.stmts) - 1; i >= 0; i-- {
		st := &s.stmts[i]
		if k-st.last > maxReach {
			// Before the statements that are skipped: quotes with no
			// cue, `Lee issued a statement, "Q"`, may run on for the
			// whole text.
			return -1
		}
		if st.pair < 0 || st.cueLast == st.cueFirst {
			continue
		}
		// The attribution must lie between that quote and this one.
		prevClose := s.pairs[st.pair].close
		if prevClose >= p.open || st.cueFirst < prevClose || st.cueLast > k {
			return -1
		}
		end := max(st.cueLast, st.spk.last)
		if bare && end != p.open {
			return -1
		}
		for j := end; j < k; j++ {
			if s.toks[j].kind == tMark || s.toks[j].isPunct('.') || s.toks[j].isPunct(';') || s.pairOf[j] >= 0 {
				return -1
			}
			if _, ok := s.cueAt(j); ok {
				// "..., adding:" is an attribution of its own.
				return -1
			}
		}
		if k-end > 20 && !(k-end <= 40 && s.toks[end].isPunct(',') && s.toks[end+1].lowerWord() && isArticle(s.word(end+1))) {
			// A description may run on between the attribution and the
			// rest, `"Q1," said Lee, an economist who runs the city's
			// forecast office, "Q2"`, but not for a sentence's length,
			// unless a comma and an article open it as an apposition
			// on the speaker (up to 40 tokens).
			return -1
		}
		return i
	}
	return -1
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
	cut := false
	if p.open > 0 && s.sentOf[p.open-1] != s.sentOf[p.open] {
		// The quote opens its sentence; look at the sentence before,
		// which may end in a colon.
		switch {
		case s.toks[p.open-1].isPunct(':'):
			lo = s.sentenceOf(p.open - 1).first
		case s.toks[p.open-1].isPunct('.') && s.toks[p.open].flags&fBlankLine == 0 && p.open > 1 && s.toks[p.open-2].kind == tWord:
			// `Lee said in a statement. "Q"`: an attribution with
			// nothing to say of its own, cut off by a period. Its
			// subject must open it, or it closes a statement before
			// it: `Prices rose, Lee said. "Q"`.
			lo = s.sentenceOf(p.open - 1).first
			cut = true
		default:
			return c, m, false
		}
	}
	j := p.open - 1
	for j >= lo && (s.toks[j].isPunct(':') || s.toks[j].isPunct(',') || s.toks[j].isPunct(pDash) || j == p.open-1 && s.toks[j].isPunct('.')) {
		j--
	}
	if j >= lo && strings.EqualFold(s.word(j), "that") {
		j--
	}
	aside := false
	if c := s.asideBefore(j, lo); c >= 0 {
		// `Lee said, when the story broke, "Q"`: look for the cue
		// before the aside.
		j, aside = c-1, true
	}
	// The cue stands a few words before the mark; when a comma or a
	// colon sets the quotation off, its hearer or tail may run on: `Lee
	// told Acme Radio Daily Morning host Jo Park, "Q"`, `Lee said about
	// the draft of the platform: "Q"`.
	reach := 6
	if j+1 < p.open && (s.toks[j+1].isPunct(',') || s.toks[j+1].isPunct(':')) && !aside {
		reach = 12
	}
	for k := j; k >= lo && k >= j-reach; k-- {
		if s.pairOf[k] >= 0 {
			break
		}
		cc, isCue := s.cueAt(k)
		if !isCue || s.usedCue[k] {
			continue
		}
		if k < j-6 && s.clauseAfterObject(cc.last, j+1) {
			// `said in a talk that in her town, "Q"`: a clause
			// of the reporter's leads in.
			break
		}
		if cc.last <= j && (!cc.object && !s.onlyTail(cc.last, j+1) || (cc.object || aside) && s.clauseAfterObject(cc.last, j+1)) {
			// `said the bridge "was never safe"`, `told reporters that
			// the bridge "was never safe"`: the reporter's words lead
			// in, and the cue's own statement is mixed.
			break
		}
		if s.negated(k, lo) || s.passive(k, lo) && !s.quotedAs(k) {
			return c, m, false
		}
		if cc.act && cc.kind == cueVerb && !cc.naming && cc.last <= j && j+1 == p.open && (s.complementInto(cc.last, p.open) || s.objectInto(cc.last, p)) {
			// `accused Lee of a “U-turn on fares.”`, `praised Lee for
			// keeping “the ferry afloat.”`, `cited her “record on the
			// dock”`: the object and its complement run into the
			// speaker's words, one mixed statement (actContent).
			break
		}
		if cc.naming && (s.quoteEndsSentence(p) || s.verbAfterAside(p.close+1)) && s.relativeNaming(cc, lo) {
			// `Lee said the storm, which she called “a blow.”`: the
			// speaker's name for a thing in her own statement is part
			// of it, as "what she calls “...”" is, also where the
			// statement's verb follows (`the storm, which she called
			// “a blow,” hit the port`); not when her sentence goes on
			// past it, `..., which she called “a blow,” and left`.
			break
		}
		if cc.naming && cc.last <= j && s.namedObjectAt(cc.last, p.open) {
			// `called it a “costly blunder,”`, `called Lee “a
			// fraud”`: the thing named and the speaker's words for it
			// are one mixed statement (actContent), as with "the plan".
			break
		}
		if !cc.object && s.nameBeforeMark(cc.last, p.open) {
			// `Reyes said Lee “lied to us.”`: a name that runs into the
			// quotation is the subject of the reported clause, and the
			// cue's statement is mixed; `said Lee, “...”` is inverted.
			break
		}
		if sm, ok := s.speakerOfCue(cc, lo); ok && (!cut || !cc.weak && (s.mentionStart(sm) <= s.clauseOpening(lo) || s.namedPossessor(s.clauseOpening(lo), s.mentionStart(sm)))) {
			return cc, sm, true
		}
		return c, m, false
	}
	return c, m, false
}

// relativeNaming reports whether naming cue c opens a relative clause
// with "which", its subject a pronoun, after a comma in the clause of a
// finite speech verb before it in the sentence from lo: "said the storm
// was over, which he called".
func (s *state) relativeNaming(c cue, lo int) bool {
	k := c.first - 1
	if k-2 < lo || !s.toks[k].lowerWord() || s.toks[k].class&cSubjPron == 0 || !s.wordIs(k-1, "which") || !s.toks[k-2].isPunct(',') {
		return false
	}
	for v := k - 3; v >= lo && v >= k-40; v-- {
		if s.pairOf[v] >= 0 && s.pairs[s.pairOf[v]].close == v {
			continue
		}
		if cc, ok := s.cueAt(v); ok && cc.kind == cueVerb && !cc.naming && !cc.participle && cc.first == v {
			m, ok := s.speakerOfCue(cc, lo)
			return ok && !s.negated(v, lo) && s.pronounFits(k, m)
		}
	}
	return false
}

// verbAfterAside reports whether the verb of a clause follows at k,
// after a comma: the relative clause before it was an aside on the
// clause's subject.
func (s *state) verbAfterAside(k int) bool {
	if k < len(s.toks) && s.toks[k].isPunct(',') {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].lowerWord() || s.toks[k].class&(cConj|cSubord|cPrep|cDet|cSubjPron) != 0 {
		return false
	}
	return s.toks[k].class&cAux != 0 || s.pastForm(k) || s.verbLike(k)
}

// pronounFits reports whether the subject pronoun at k may stand for
// speaker m: "she" for a lone name or person, "it" for a name or a body,
// not "she" for "the council", whose naming is someone else's (`The council said the tax
// would rise, which she called “a betrayal”`).
func (s *state) pronounFits(k int, m mention) bool {
	if m.kind == mPronoun {
		return strings.EqualFold(s.word(m.first), s.word(k))
	}
	if m.coordinated || s.plural(m) {
		return s.wordIs(k, "they")
	}
	body := m.kind == mDescription && s.toks[m.head].class&(cBody|cOrg) != 0
	if m.kind == mDescription && s.pluralHead(m.head) {
		return false
	}
	return m.kind == mName || s.wordIs(k, "it") == body && (body || s.wordIs(k, "he", "she"))
}

// complementInto reports whether the words from the cue's object at a to
// the mark at b hold, after the object's first word, a preposition or
// "to" that opens the cue's complement: "Lee of a", "the crew to stay",
// "him as a".
func (s *state) complementInto(a, b int) bool {
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic {
			return false
		}
		if t.lowerWord() && s.wordIs(k, "of", "for", "as", "to", "over", "about", "against") {
			return true
		}
	}
	return false
}

// objectInto reports whether the cue's object opens at a with an article
// or a possessive and goes on inside quotation p, its words in lower case:
// "her “long experience”", "the “worst deal ever”".
func (s *state) objectInto(a int, p pair) bool {
	t := &s.toks[a]
	return a < p.open && t.lowerWord() && t.class&(cDet|cPossPron) != 0 && s.toks[p.open+1].lowerWord()
}

// namedObjectAt reports whether a naming cue's object opens at a and runs
// to the mark at o: a word that is no preposition, and no colon that
// would make the quotation a statement of its own ("called the panel out:
// “...”", "which he described as “...”" names nothing after the cue).
func (s *state) namedObjectAt(a, o int) bool {
	if t := &s.toks[a]; t.kind != tWord || t.class&cPrep != 0 || s.wordIs(a, "as") {
		return false
	}
	prep, named := false, false
	for k := a; k < o; k++ {
		if s.toks[k].isPunct(':') || s.pairOf[k] >= 0 {
			return false
		}
		prep = prep || s.toks[k].kind == tWord && s.toks[k].class&cPrep != 0
		named = named || s.toks[k].kind == tWord && !isArticle(s.word(k))
	}
	// "what the mayor called a “disgrace”" names nothing but an article
	// after the cue; "called them in a speech, “...”": a comma after the
	// cue's tail sets the quotation off as a statement of its own.
	return named && !(prep && s.toks[o-1].isPunct(','))
}

// nameBeforeMark reports whether [a, o) is a short capitalised name
// with no time word ("Friday") in it, right before the mark at o. The
// statement's "that", after a short tail of the cue, and an article may
// come first: `said Friday that Reyes “...”`, `said the Harbour Board
// “...”`.
func (s *state) nameBeforeMark(a, o int) bool {
	for k := a; k < o && k < a+4; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "that") {
			if s.onlyTail(a, k) {
				a = k + 1
			}
			break
		}
	}
	if a < o && s.toks[a].lowerWord() && s.wordIs(a, "the") {
		a++
	}
	if o-a < 1 || o-a > 4 {
		return false
	}
	for k := a; k < o; k++ {
		if t := &s.toks[k]; !t.capWord() || t.class&cTime != 0 {
			return false
		}
	}
	return true
}

// namedPossessor reports whether [a, f) is a short capitalised name in -'s
// before a mention at f, which then still opens its clause: "Acme
// University's Ann Lee agreed."
func (s *state) namedPossessor(a, f int) bool {
	if f-a < 2 || f-a > 5 || !s.possessive(f-1) {
		return false
	}
	for k := a; k < f-1; k++ {
		if !s.toks[k].capWord() {
			return false
		}
	}
	return true
}

// asideBefore returns the comma that opens a short aside ending at token
// j, "when the story broke" or "after the vote" set off by commas before
// a quotation, or -1.
func (s *state) asideBefore(j, lo int) int {
	if j+1 >= len(s.toks) || !s.toks[j+1].isPunct(',') && !s.toks[j+1].isPunct(':') {
		return -1
	}
	if k := j - 2; k > lo && s.wordIs(j, "quote") && s.wordIs(j-1, "I") {
		// `Lee said, and I quote, "Q"` (or a colon): the reporter's
		// aside vouches for the words; it quotes nobody of its own.
		if s.wordIs(k, "and") {
			k--
		}
		if s.toks[k].isPunct(',') {
			return k
		}
	}
	if !s.toks[j+1].isPunct(',') {
		return -1
	}
	for k := j; k > lo && k >= j-10; k-- {
		t := &s.toks[k]
		if t.isPunct(',') {
			a := &s.toks[k+1]
			if k+1 < j && a.kind == tWord && a.flags&fCap == 0 && a.class&(cSubord|cPrep) != 0 {
				return k
			}
			return -1
		}
		if t.kind != tWord && t.kind != tClitic {
			return -1
		}
		if s.mayCue(k) {
			if _, ok := s.cueAt(k); ok {
				return -1 // `, as Lee put it in a memo, "Q"`: the aside attributes
			}
		}
	}
	return -1
}

// clauseAfterObject reports whether [a, b) holds "that" or a subject and
// its verb: after the hearer object of "told", the start of the clause
// that the reporter's words lead into.
func (s *state) clauseAfterObject(a, b int) bool {
	if b < len(s.toks) && s.hearerRelative(s.skipHearer(a, b), b+1) == b {
		// "told the farmers who met in the hall, “...”": the
		// hearer's relative clause, then the quotation.
		return false
	}
	for k := a; k < b; k++ {
		if s.wordIs(k, "that") || k > a && s.mainClauseAt(k, b) {
			// "told reporters that", "told reporters he thought"
			return true
		}
	}
	return false
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
		if k == a && t.lowerWord() && strings.HasSuffix(s.word(k), "ly") {
			// "said softly into the microphone": the manner of saying.
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
	// Content inside the marks that ends a sentence, `"Q." Then ...`, or
	// a clause, `"Q," when asked ...`, as American commas go inside.
	return s.toks[p.close-1].isPunct(',') || s.endsSentence(p.close-1)
}

// citedAsSaying reports whether "as" and a participle of speech follow
// the object of the verb at k: "cited the court's spokeswoman as saying".
// The search stops at punctuation, within a fixed window.
func (s *state) citedAsSaying(k int) bool {
	for j := k + 1; j+1 < len(s.toks) && j < k+12; j++ {
		t := &s.toks[j]
		if t.kind == tPunct || t.kind == tMark && t.flags&fPossessiveMark == 0 {
			return false
		}
		if t.lowerWord() && s.wordIs(j, "as") {
			n := &s.toks[j+1]
			return n.lowerWord() && n.class&cSpeech != 0 && strings.HasSuffix(s.word(j+1), "ing")
		}
	}
	return false
}

// quotedAs reports "was quoted as saying" or "is heard saying": a
// passive whose subject is the speaker of the participle after it.
func (s *state) quotedAs(k int) bool {
	if s.quotedVerb(k) >= 0 {
		return true
	}
	if k < 1 || !strings.HasSuffix(s.word(k), "ing") {
		return false
	}
	switch s.lower(k - 1) {
	case "caught", "filmed", "heard", "overheard", "quoted", "recorded", "seen", "shown", "taped", "videotaped":
		return true
	}
	return false
}

// quotedVerb returns the verb of "quoted as" or "cited as" before the
// participle at k, maybe with the one who quoted between ("was quoted by
// the Wirex agency as saying"), or -1.
func (s *state) quotedVerb(k int) int {
	if k < 2 || !strings.EqualFold(s.word(k-1), "as") {
		return -1
	}
	quoted := func(v int) bool {
		return s.toks[v].kind == tWord && (strings.HasPrefix(s.lower(v), "quot") || s.wordIs(v, "cited"))
	}
	if quoted(k - 2) {
		return k - 2
	}
	for v := k - 3; v >= 1 && v >= k-10; v-- {
		if t := &s.toks[v]; t.kind != tWord && !t.isPunct('.') || t.class&cSpeech != 0 {
			return -1
		}
		if s.toks[v].lowerWord() && s.wordIs(v, "by") && s.toks[v-1].lowerWord() && quoted(v-1) {
			return v - 1
		}
	}
	return -1
}

// quotedAsStart returns where the passive before a quotedAs cue at k
// begins: "was quoted as" in "X was quoted as saying", so that the
// subject ends before it.
func (s *state) quotedAsStart(k, lo int) int {
	j := k - 1
	if v := s.quotedVerb(k); v >= 0 {
		j = v
	}
	for j > lo && s.toks[j-1].kind == tWord && s.toks[j-1].class&(cAux|cAdverb) != 0 {
		j--
	}
	return j
}

// speakerOfCue finds the speaker of a cue: its subject, the subject of the
// clause a participle hangs on, or an inverted subject after it.
func (s *state) speakerOfCue(c cue, lo int) (m mention, ok bool) {
	k := c.first
	if s.quotedAs(k) {
		return s.subjectBefore(s.quotedAsStart(k, lo), lo)
	}
	if m, ok := s.quotedObject(c, lo); ok {
		return m, true
	}
	if v := s.purposeVerb(k, lo); v >= 0 {
		// "Lee took to Twitter to say": the subject of the verb; "the
		// vote led Lee to say": its object.
		if s.causative(v) && v < k-2 {
			if m, ok := s.npEndingAt(k-2, v+1, true); ok && s.mentionStart(m) == v+1 {
				return m, true
			}
			return m, false
		}
		if m, ok := s.subjectBefore(v, lo); ok {
			return m, true
		}
		return s.clauseSubject(v+1, lo)
	}
	if m, ok := s.asPutIt(k, lo); ok {
		return m, true
	}
	if k > lo && s.toks[k-1].isPunct(',') && !c.participle && !c.object {
		// `..., said an American official.`: an inverted attribution
		// closes the sentence, unless what comes before the comma is
		// the subject and its apposition: "Councillor Tom Reyes,
		// another Kestia delegate, said Park ...".
		if m, ok := s.subjectBefore(k, lo); ok && (s.mentionStart(m) <= s.clauseOpening(lo) || s.namedAfterRole(m, lo)) && !s.prepObject(m, lo) {
			return m, true
		}
		if m, ok := s.invertedSubject(c, k); ok {
			return m, true
		}
	}
	pk := k
	if c.participle {
		// "..., later adding", "... - only saying": an adverb or two
		// before the participle.
		pk = s.adverbsBefore(k, lo)
	}
	if c.participle && pk > lo && (s.toks[pk-1].isPunct(',') || s.toks[pk-1].isPunct(pDash) || s.commaInMark(pk-1, lo) || s.strippedDash(pk)) {
		// "..., saying ...": the subject of the clause it hangs on; after
		// an adverb, unless a subject stands before it ("Lee, 61,
		// now saying").
		if pk < k {
			if m, ok := s.subjectBefore(k, lo); ok {
				return m, true
			}
		}
		if m, ok := s.strippedQuoteSpeaker(pk, lo); ok {
			return m, true
		}
		if c.naming && pk-2 >= lo && s.toks[pk-1].isPunct(',') {
			// "Ann Lee, calling the plan “a sham,” said ...": naming
			// in an aside right after the subject that opens the
			// clause. Other participles there set the scene ("Lee,
			// citing a new report, said").
			if m, ok := s.npEndingAt(pk-2, lo, false); ok && m.kind != mPronoun && s.mentionStart(m) == s.clauseOpening(lo) {
				return m, true
			}
		}
		if m, ok := s.clauseSubject(pk, lo); ok {
			return m, true
		}
	}
	if m, ok := s.subjectBefore(k, lo); ok {
		if c.participle && s.dateMention(m) {
			// "Lee, who quit the vote set for Oct. 26 saying ...": a
			// date or a count says nothing; the participle hangs on
			// the clause before it.
			j := s.mentionStart(m)
			for j-1 > lo && j > m.first-4 && (s.toks[j-1].kind == tWord && s.toks[j-1].class&cTime != 0 || s.toks[j-1].isPunct('.')) {
				j-- // "Oct." before "26"
			}
			if rm, ok := s.relativeSubject(j, lo); ok {
				return rm, true
			}
			if cm, ok := s.clauseSubject(k, lo); ok && cm.last <= s.mentionStart(m) {
				return cm, true
			}
			return m, false
		}
		if c.participle && s.verbPhrase(m, lo) {
			// "Farmers can reasonably campaign saying ...": the
			// words before the participle are a verb phrase; the
			// clause's subject speaks.
			if cm, ok := s.clauseSubject(k, lo); ok && cm.last <= s.mentionStart(m) {
				return cm, true
			}
			return m, false
		}
		if c.participle {
			if v := s.verbInside(m); v >= 0 {
				// "Some waved banners mocking ...": the words
				// before the participle hold a verb and its object;
				// the verb's subject speaks, not the whole run.
				if sm, ok := s.subjectBefore(v, lo); ok && sm.last <= v {
					return sm, true
				}
				if v == s.mentionStart(m) {
					// "..., and placed ads calling ...": the subject of
					// the clause the verb joins.
					at := v
					if s.wordIs(v-1, "and") {
						at = v - 1
					}
					if cm, ok := s.clauseSubject(at, lo); ok && cm.last <= v {
						return cm, true
					}
					return m, false
				}
			}
		}
		if c.participle && (s.documentObject(m, lo) || s.objectBefore(m, lo)) {
			if rm, ok := s.relativeSubject(s.mentionStart(m), lo); ok {
				// "the KFA, which released a statement
				// questioning ...": the relative clause's subject.
				return rm, true
			}
			// "Lee released a statement saying ...": the participle
			// hangs on the object, but the one who speaks is the
			// clause's subject.
			if cm, ok := s.clauseSubject(k, lo); ok && cm.last <= s.mentionStart(m) {
				return cm, true
			}
		}
		return m, true
	}
	if a := s.goesOnTo(k, lo); a < k {
		// "The letter went on to say", "Lee continued to insist", "Lee
		// joked about it but went on to say"
		if m, ok := s.subjectBefore(a, lo); ok {
			return m, true
		}
		if j := s.skipBack(a, lo); j > lo && s.toks[j].kind == tWord && s.toks[j].class&cConj != 0 {
			return s.firstSubject(lo, j)
		}
	}
	if c.participle && pk-2 >= lo && (s.wordIs(pk-1, "by", "upon", "after", "before", "when", "while", "in", "besides") || s.wordIs(pk-1, "to") && s.verbLike(pk-2) || s.wordIs(pk-1, "from") && s.wordIs(pk-2, "aside", "apart")) {
		// "continued by saying", "drew boos upon saying", "..., while
		// also saying", "erred in saying", "pivoted to arguing", "aside
		// from stating": the subject of the clause, not an object
		// before the preposition ("distanced himself from the movement
		// by saying").
		if m, ok := s.relativeSubject(pk-1, lo); ok {
			// "Reyes, who had surprised Lee by declaring ...": the
			// relative clause's subject.
			return m, true
		}
		if m, ok := s.clauseSubject(pk, lo); ok {
			return m, true
		}
		if m, ok := s.subjectBefore(pk-2, lo); ok {
			return m, true
		}
	}
	if j := s.skipBack(k, lo); j > lo && (s.toks[j].kind == tWord && s.toks[j].class&cConj != 0 || s.toks[j].isPunct(',') && s.toks[j+1].kind == tWord && s.word(j+1) == "then") {
		// "Park declined to give details, but said ...", "Reyes
		// offered the man a job, then says ...": the subject of the
		// first verb, after a clause it was set against ("Lee signed
		// it, while Reyes proposed ... and said"), after a comma or a
		// dash ("... - although she laughed and admitted").
		if c.participle && s.wordIs(j, "and") {
			if m, ok := s.coordinatedParticiple(j, lo); ok {
				return m, true
			}
		}
		if m, ok := s.relativeSubject(j, lo); ok && s.toks[j].lowerWord() {
			// "Ann Lee, who answered the door and said ...": the
			// verb joins the relative clause.
			return m, true
		}
		from := lo
		for i := j - 1; i > lo; i-- {
			if (s.toks[i-1].isPunct(',') || s.toks[i-1].isPunct(pDash)) && s.wordIs(i, "while", "whereas", "although", "though") {
				from = i + 1
				break
			}
			if s.word(i) == "when" && s.toks[i-1].kind == tWord && !s.commaNear(j, i, 12) {
				// "The crowd cheered when Lee saw the sign and asked
				// ...", "Lee opened the debate when she raised the
				// cost and later said ...": the verb joins the clause
				// nearest it, whose subject opens it; after a verb
				// that may be any subject in it.
				if m, ok := s.firstSubject(i+1, j); ok && (s.verbLike(i-1) || s.mentionStart(m) == i+1) {
					return m, true
				}
				break
			}
			if s.toks[i-1].lowerWord() && s.wordIs(i, "and", "but") && s.toks[i+1].lowerWord() && s.toks[i+1].class&cSubjPron != 0 && !s.wordIs(i+1, "who", "which", "that") && (s.toks[lo].class&cSubjPron != 0 || s.wordIs(i+1, "he", "she")) {
				// "He thanked the crowd and he, once again, pledged
				// ... and said ...": a clause joined by "and" with a
				// pronoun of its own is the one the verb joins. After
				// a subject with a name or a noun the pronoun stands
				// for it, which it names better: "The council met and
				// they voted and said ...".
				if m, ok := s.npEndingAt(i+1, i+1, false); ok && m.kind == mPronoun && s.verbBetween(i+2, j) && !s.subjectIn(i+2, j) {
					return m, true
				}
				break
			}
			if s.toks[i-1].isPunct(',') && s.wordIs(i, "and", "but") && s.toks[i].flags&fCap == 0 {
				// "Lee called for a boycott, and the league denounced
				// it and said ...": the subject of the last clause.
				if m, ok := s.firstSubject(i+1, j); ok {
					if c, cok := s.examplesAnd(m, i+1, lo); cok && s.mentionStart(m) == i+1 {
						// unless the comma closes a list of examples
						// in the subject before it: "Several nations,
						// including Vell, and the League rejected it
						// and said".
						return c, true
					}
					return m, true
				}
				break
			}
			if s.toks[i-1].isPunct(pDash) && s.asideEnd(i-1, j) == i-1 && !s.dashBefore(i-1, lo) {
				// "For that Lee drew fire - Reyes called her weak and
				// said ...": a clause after a lone dash, which opens
				// or closes no aside, has its own subject.
				if m, ok := s.firstSubject(i, j); ok && s.mentionStart(m) == i {
					return m, true
				}
			}
		}
		m, ok := s.firstSubject(from, j)
		if ok && s.wordIs(j, "and") {
			if sp, sok := s.asideSpeakerBefore(m, j, lo); sok {
				// "The letter, from Dover members of the council, said
				// Q and called for R": the name is inside the aside
				// between the speaker of Q and its cue.
				return sp, true
			}
		}
		if ok && m.kind != mPronoun && m.relative == 0 && (m.titleLast == m.titleFirst || s.personEndsAt(s.mentionStart(m)-1)) {
			// "Police and the government deny it and say ...": the
			// whole of a subject joined by "and"; but not roles joined
			// before a name, "Dover News and former anchor Ann Lee",
			// unless a person comes first, "Ann Lee and Mayor Tom Reyes".
			if c := s.coordinated(m, from); s.mentionStart(c) >= from {
				m = c
			}
		}
		return m, ok
	}
	if c.participle && k == s.clauseOpening(s.sents[s.sentOf[k]].first) && k+1 < len(s.toks) && (s.toks[k+1].isPunct(',') || s.toks[k+1].isPunct(':')) {
		// `Lee called the report "not good." Adding, "Q"`: the
		// speaker of the sentence before.
		if m, ok := s.previousSpeaker(k); ok {
			return m, true
		}
	}
	if !c.participle && s.toks[k].class&cSpeechWeak == 0 && s.finiteSpeech(k, lo) && !s.nounForm(k) && !s.attributive(k) {
		// "people with direct knowledge of the talks said", after the
		// rules for a verb joined to a clause before, and only with a
		// form that is no noun ("claims", "tweet").
		j := s.skipBack(k, lo)
		if m, ok := s.longSubject(j, lo); ok {
			return m, true
		}
		for p := j - 2; p > lo && p >= j-18; p-- {
			// "Q, two fishermen protesting against the rules said":
			// the subject of an attribution that ends the sentence
			// opens after the statement's comma.
			if s.toks[p].isPunct(',') {
				if m, ok := s.longSubject(j, p+1); ok && (s.endsClause(c.last, s.sentEnd(k)) || c.object && s.endsClause(s.skipObject(c.last, s.sentEnd(k)), s.sentEnd(k))) && s.hasClause(s.leftClauseStart(p, lo), p) {
					return m, true
				}
				break
			}
		}
	}
	if k == lo || k > lo && (s.toks[k-1].isPunct(',') || s.toks[k-1].kind == tMark) {
		return s.invertedSubject(c, k)
	}
	return m, false
}

// dateMention reports whether m is a date, figures after a month or a
// year: "Oct. 26", "2016", no speaker; but "ABC 7" names a station.
func (s *state) dateMention(m mention) bool {
	date := false
	for j := m.first; j < m.last; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tWord && t.flags&fDigit != 0:
			p := j - 1
			if p > 0 && s.toks[p].isPunct('.') {
				p--
			}
			date = date || t.end-t.start == 4 || p >= 0 && s.toks[p].kind == tWord && s.toks[p].class&cTime != 0 && s.toks[p].flags&fCap != 0
		case t.kind == tWord && t.class&cTime != 0, t.kind == tPunct:
		default:
			return false
		}
	}
	return date
}

// subjectIn reports whether a personal pronoun or a name stands in [a,
// b): the subject of another clause than the one that opens before a.
func (s *state) subjectIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && (t.class&cSubjPron != 0 || s.runAt(k) >= 0) {
			return true
		}
	}
	return false
}

// dashBefore reports whether a dash stands in the sentence before token
// d, after lo and within a fixed reach.
func (s *state) dashBefore(d, lo int) bool {
	for i := d - 1; i >= lo && i >= d-40; i-- {
		if s.toks[i].isPunct(pDash) {
			return true
		}
	}
	return false
}

// verbPhrase reports whether a description m reads as a verb phrase: it
// opens with an adverb in -ly ("reasonably campaign"), but not one that
// counts ("nearly 140 members"), or follows a modal ("can campaign").
func (s *state) verbPhrase(m mention, lo int) bool {
	if m.kind != mDescription {
		return false
	}
	f := s.mentionStart(m)
	return s.toks[f].lowerWord() && s.lyAdverb(f) && f+1 < m.last && !s.quantity(f+1) || f > lo && s.toks[f-1].lowerWord() && s.modal(f-1)
}

// attributive reports whether a form in -ed at k reads as an adjective
// before a noun: "alleged fraud", not "alleged that" or "argued the".
func (s *state) attributive(k int) bool {
	if !strings.HasSuffix(s.lower(k), "ed") || k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	return n.lowerWord() && n.class&(cDet|cSubjPron|cPossPron|cSubord|cPrep) == 0
}

// asPutIt returns the speaker of "put it" at k in "as Lee, a professor
// at Dover and author of “The Long Road,” put it", where no subject
// stands right before the verb: the name right after "as", however long
// the aside between it and the verb.
func (s *state) asPutIt(k, lo int) (m mention, ok bool) {
	if k+1 >= len(s.toks) || !s.wordIs(k, "put", "puts") || !s.wordIs(k+1, "it") {
		return m, false
	}
	if _, ok := s.subjectBefore(k, lo); ok {
		return m, false
	}
	for j := k - 1; j >= lo && j >= k-40; j-- {
		if !s.wordIs(j, "as", "As") {
			continue
		}
		for i := j + 1; i < k && i <= j+6; i++ {
			if r := s.runAt(i); r >= 0 && s.runs[r].last < k {
				if m, ok := s.npEndingAt(s.runs[r].last-1, j+1, true); ok && s.mentionStart(m) == j+1 && m.kind == mName {
					return m, true
				}
				return m, false
			}
		}
		return m, false
	}
	return m, false
}

// previousSpeaker returns the speaker of the last statement in the
// sentence before token k, in the same paragraph.
func (s *state) previousSpeaker(k int) (m mention, ok bool) {
	si := int(s.sentOf[k])
	if si == 0 || s.sents[si-1].para != s.sents[si].para {
		return m, false
	}
	best := -1
	prev := s.sents[si-1]
	s.stmtsIn(prev.first, prev.last, func(i int) bool {
		st := &s.stmts[i]
		if st.hasSpk && !st.dropped && st.last <= k && int(s.sentOf[st.last-1]) == si-1 && (best < 0 || st.last > s.stmts[best].last) {
			best = i
		}
		return true
	})
	if best < 0 {
		return m, false
	}
	return s.stmts[best].spk, true
}

// namedInAside reports whether the naming verb at k is a participle that
// opens an aside after a dash, "the plan - dubbed “Project Ark” - was
// dropped": how the thing is known, no one's statement.
func (s *state) namedInAside(k int) bool {
	if k == 0 || !strings.HasSuffix(s.word(k), "ed") {
		return false
	}
	if s.dashGap(k) {
		return true
	}
	p := &s.toks[k-1]
	if p.kind != tPunct {
		return false
	}
	d := s.text[p.start:p.end]
	return d == "-" || d == "--" || d == "—" || d == "–"
}

// strippedDash reports whether the spaces before token k are those a
// dash stripped with the quotation marks left: "changed his mind on the
// spot   saying", where a mark alone leaves one space more.
func (s *state) strippedDash(k int) bool {
	return s.spaced && k > 0 && s.toks[k].phantoms >= 2 && s.toks[k].flags&fNewline == 0 && s.toks[k-1].kind == tWord
}

// commaInMark reports whether token j is a closing quotation mark with a
// comma inside it: `"was never safe," adding`, where American style puts
// the comma that ends the clause within the marks.
func (s *state) commaInMark(j, lo int) bool {
	return j > lo && s.toks[j].kind == tMark && s.pairOf[j] >= 0 && s.toks[j-1].isPunct(',')
}

// documentObject reports whether a mention is a document that a verb
// takes as its object: "a statement" in "Lee released a statement".
func (s *state) documentObject(m mention, lo int) bool {
	j := s.mentionStart(m) - 1
	if m.kind != mDescription || m.coordinated || j < lo || s.toks[m.head].class&(cDocument|cSpeechNoun) == 0 {
		return false
	}
	if j-1 >= lo && s.toks[j].lowerWord() && s.wordIs(j, "out") {
		// "sent out a press release", "put out a statement"
		j--
	}
	if s.toks[j].flags&fCap != 0 {
		return false
	}
	// A verb in its base form after "to" or "help" is no verb by its
	// shape: "helped draft a report", "to issue a statement".
	return s.verbLike(j) || j-1 >= lo && s.toks[j].lowerWord() && s.toks[j].class&(cDet|cPrep|cConj|cSubord|cAdverb) == 0 && s.wordIs(j-1, "to", "help", "helped", "helps", "helping")
}

// objectBefore reports whether a mention before a participle is no
// subject but the object of a verb or a preposition, or a year: in
// "Lee pitched to voters saying", "Lee emailed supporters saying" and
// "Lee sued in 2013 alleging" the participle hangs on Lee's clause.
func (s *state) objectBefore(m mention, lo int) bool {
	a := s.mentionStart(m)
	if m.kind == mPronoun || a <= lo {
		return false
	}
	if w := s.word(a); len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && m.last == a+1 {
		// A year, not "50 percent saying"
		return true
	}
	if a-2 >= lo && s.wordIs(a-1, "to", "in", "on", "at") && !s.quantity(a-2) {
		// Not "with Lee saying" or "after Lee saying", where the
		// noun phrase is the participle's own subject, nor "three in
		// 10 saying".
		return true
	}
	j := a - 1
	if m.kind == mName && j-1 >= lo && s.toks[j].lowerWord() && s.toks[j].class&cDet != 0 {
		// "opened a Dover rally blasting ...": the name modifies
		// the object of a verb.
		j--
	}
	return s.toks[j].kind == tWord && s.toks[j].flags&fCap == 0 && s.toks[j].class&cAux == 0 && s.verbLike(j)
}

// goesOnTo returns where "went on to" or "continued to" starts before a
// cue at k, or k if none stands there.
func (s *state) goesOnTo(k, lo int) int {
	if k-2 < lo || s.word(k-1) != "to" {
		return k
	}
	if s.wordIs(k-2, "continued", "continues", "continue", "continuing", "proceeded", "proceeds") {
		return k - 2
	}
	if k-3 >= lo && s.word(k-2) == "on" && s.wordIs(k-3, "went", "goes", "go", "going", "gone") {
		return k - 3
	}
	return k
}

// purposeVerb returns the finite verb that an infinitive cue at k ("to
// say") serves as a purpose, with an object or a phrase between them,
// or -1: "Lee took to Twitter to say", "Lee called friends to say",
// "Lee went out of her way to say", "Lee was quick to add". Such a
// speech act was done, unlike one willed, planned or negated ("wanted to
// say", "declined to say", "would visit Kestia to say"). The object of
// "led" or "prompted" is the speaker ("the vote led Lee to say");
// directives ("urged Lee to say") and verbs that only allow it or give
// the task ("let Lee say", "assigned Lee to defend") state nothing.
func (s *state) purposeVerb(k, lo int) int {
	if b := s.reputedBe(k, lo); b >= 0 {
		return b
	}
	if k-2 < lo || s.word(k-1) != "to" || s.goesOnTo(k, lo) < k {
		return -1
	}
	j := k - 2
	if j-1 >= lo && s.wordIs(j, "quick", "careful", "right", "correct", "wrong") && s.wordIs(j-1, "was", "were", "is", "are", "been") {
		// "Lee was quick to add", "Lee is right to note", but not the
		// reporter's "it is right to say".
		if s.wordIs(j-2, "it", "this", "that", "there") {
			return -1
		}
		return j - 1
	}
	if j-1 >= lo && s.causative(j) && s.wordIs(j-1, "was", "were", "is", "are", "been") {
		// "Lee was prompted to say": the subject speaks.
		return j
	}
	if strings.HasSuffix(s.lower(j), "ing") && !(j-1 >= lo && s.toks[j-1].class&(cDet|cPossPron) != 0) || s.toks[j].class&cAdverb != 0 && !s.wordIs(j, "here", "there") || s.lyAdverb(j) || s.wordIs(j, "hard") {
		// "trying to say", "fought hard to say": an attempt; but "used
		// the meeting to say" has a noun there, and "stood at a rally
		// here to say" a place.
		return -1
	}
	v := -1
	for i := j; i >= lo && i > j-10; i-- {
		t := &s.toks[i]
		if t.kind == tClitic && i > lo && s.toks[i-1].kind == tWord {
			continue // "Reyes's"
		}
		if t.kind != tWord || s.pairOf[i] >= 0 || s.wordIs(i, "that", "who", "whom", "whose", "which", "what") {
			// Nor the verb of a relative clause: "the points that
			// farmers like to cite".
			return -1
		}
		if s.wordIs(i, "attempt", "attempts", "bid", "call", "calls", "chance", "commitment", "decision", "decisions", "effort", "efforts", "failure", "move", "need", "obligation", "opportunity", "plan", "plans", "pledge", "promise", "reason", "reasons", "refusal", "request", "right", "time", "vow") {
			// "a decision to say", "the right to say", "a request in
			// court to say": a noun whose complement the infinitive
			// is.
			return -1
		}
		if i < j && s.word(i) == "to" && s.toks[i+1].lowerWord() && s.toks[i+1].class&(cDet|cPossPron) == 0 {
			// Another infinitive: "made a promise to hold talks to
			// explain", but "took to the airwaves to say".
			return -1
		}
		if t.flags&fCap != 0 && t.flags&fSentStart == 0 || t.flags&fDigit != 0 || t.class&(cDet|cPossPron|cPrep) != 0 && t.class&(cAux|cSubjPron) == 0 {
			continue
		}
		if t.class&(cAux|cNeg|cConj|cSubord|cSubjPron|cObjPron) != 0 && t.class&cPrep == 0 || t.flags&fSentStart != 0 {
			if i < j && s.wordIs(i, "them", "him", "her", "us", "me") {
				continue // "called them on the phone to say"
			}
			return -1
		}
		w := s.lower(i)
		if s.verbLike(i) || t.class&cPhrasal != 0 || strings.HasSuffix(w, "ing") && i-1 >= lo && s.wordIs(i-1, "is", "are", "was", "were", "been") || s.wordIs(i, "used", "uses") && i+1 < j && s.toks[i+1].class&(cDet|cPossPron) != 0 {
			// "used" is too short for verbLike's "-ed": "Lee used a
			// visit to Dover to warn that ..."; but not "a widely
			// used phrase to".
			v = i
			break
		}
	}
	if v < 0 || v == j {
		return -1
	}
	t := &s.toks[v]
	if t.class&(cAux|cSpeech|cSpeechAct|cSpeechWeak|cCognition) != 0 || s.wordIs(v, "allowed", "appointed", "asked", "assigned", "authorized", "chose", "convinced", "elected", "enabled", "encouraged", "helped", "hired", "invited", "let", "named", "needed", "paid", "persuaded", "selected", "tasked") {
		return -1
	}
	if s.wordIs(v+1, "to") && v+2 < k && s.toks[v+2].lowerWord() && s.toks[v+2].class&(cDet|cPossPron) == 0 {
		// "decided to visit Kestia to say": a verb whose complement is
		// an infinitive, no preposition ("took to Twitter").
		return -1
	}
	for i := v - 1; i >= lo && i >= v-3; i-- {
		if s.toks[i].class&cNeg != 0 || s.wordIs(i, "would", "will", "could", "should", "might", "may", "can", "must", "to", "'d", "'ll") {
			// "would travel to Kestia to say", "to visit Kestia to say"
			return -1
		}
		if s.toks[i].class&(cAux|cAdverb) == 0 {
			break
		}
	}
	return v
}

// reputedBe returns the "is" or "was" of a saying that others report or
// allege, "Lee is alleged to have said", "Lee was known to have told
// friends", whose subject is the speaker; or -1.
func (s *state) reputedBe(k, lo int) int {
	if k-4 < lo || !s.wordIs(k, "said", "told") || !s.wordIs(k-1, "have") || !s.wordIs(k-2, "to") || !s.toks[k-3].lowerWord() || !s.wordIs(k-3, "alleged", "believed", "claimed", "known", "reported", "rumored", "rumoured", "said", "thought", "understood") {
		return -1
	}
	b := k - 4
	for b > lo && b >= k-6 && s.toks[b].lowerWord() && (s.toks[b].class&cAdverb != 0 || s.lyAdverb(b)) && s.toks[b].class&cNeg == 0 {
		b-- // "is also alleged"
	}
	if !s.toks[b].lowerWord() || !s.wordIs(b, "is", "are", "was", "were") || b-1 >= lo && s.wordIs(b-1, "it", "It", "there", "There") {
		return -1
	}
	return b
}

// clauseContent reports whether the statement [cs, ce) is a clause
// beyond doubt: after "that", a question word, or a subject pronoun or a
// name and its verb.
func (s *state) clauseContent(cs, ce int) bool {
	if cs >= ce {
		return false
	}
	if cs > 0 && s.word(cs-1) == "that" || s.interrogative(cs) {
		return true
	}
	return s.mainClauseAt(cs, ce) && (s.toks[cs].class&cSubjPron != 0 || s.toks[cs].capWord())
}

// adverbsBefore returns where an adverb or two before token k start, or
// k: "initially" in "after initially saying".
func (s *state) adverbsBefore(k, lo int) int {
	for n := 0; n < 2 && k-1 > lo && s.toks[k-1].lowerWord() && (s.toks[k-1].class&cAdverb != 0 && s.toks[k-1].class&(cPrep|cDet|cSubord|cConj) == 0 || s.lyAdverb(k-1)); n++ {
		k--
	}
	return k
}

// asideParticipleEnd returns where the statement [cs, ce) of a
// participle set off between a subject and its verb ends: at the comma
// before that verb, "Lee, after first saying she would not run, entered
// the race". Otherwise it returns ce.
func (s *state) asideParticipleEnd(c cue, lo, cs, ce int) int {
	pk := s.adverbsBefore(c.first, lo)
	if pk-2 <= lo || !s.toks[pk-2].isPunct(',') || !s.wordIs(pk-1, "after", "while", "before", "when", "since") || s.hasClause(lo, pk-2) {
		// Not after a clause: `"Q," Lee said, before adding that he,
		// Reyes, was ...`.
		return ce
	}
	return s.commaBeforeVerb(cs, ce)
}

// commaBeforeVerb returns the first comma in the statement [cs, ce) that a
// finite verb follows, where the aside the statement lies in ends and the
// main clause goes on ("Lee, calling him a liar, left the hall"), or ce.
func (s *state) commaBeforeVerb(cs, ce int) int {
	for k := cs + 2; k+1 < ce && k < cs+40; k++ {
		if s.toks[k].isPunct(',') && s.pairOf[k] < 0 {
			n := &s.toks[k+1]
			if n.lowerWord() && n.class&(cSubjPron|cSubord|cConj|cPrep) == 0 && !strings.HasSuffix(s.word(k+1), "ing") && (n.class&(cAux|cPast|cPhrasal) != 0 || s.verbLike(k+1) || lowerIn(s.word(k+1), ambiguousPasts...)) {
				return k
			}
		}
	}
	return ce
}

// causative reports whether token v is a verb whose object is made to
// act: "led", "prompted".
func (s *state) causative(v int) bool {
	return s.wordIs(v, "led", "leads", "prompted", "prompts", "forced", "forces", "caused", "causes", "drove", "drives")
}

// attributeCues finds the statements that cues introduce or close and that
// are not quotations beside the cue: indirect speech, mixed quotes, and
// in stripped text the direct quotes whose marks are gone.
func (s *state) attributeCues() {
	// Mentions of each entity, for nameLine.
	s.scratch = resize(s.scratch, len(s.entities))
	for _, r := range s.runs {
		if r.entity >= 0 {
			s.scratch[r.entity]++
		}
	}
	// Paragraphs that open with a speaker's label, for nameLine.
	s.labels = 0
	for _, sent := range s.sents {
		if s.toks[sent.first].flags&fParaStart != 0 && s.capsLabel(sent.first) > 0 {
			s.labels++
		}
	}
	lead := -1 // the end of the line a name before a colon speaks
	for si := range s.sents {
		sent := s.sents[si]
		if sent.first < lead {
			continue
		}
		if e := s.nameLine(si); e > 0 {
			lead = s.sents[s.sentOf[e-1]].last
			for e < sent.last && s.toks[e].kind == tPunct && s.toks[e].flags&fNewline == 0 {
				e++
			}
			if e >= sent.last || s.toks[e].flags&fNewline == 0 {
				continue
			}
			// "Lee: Q; ⏎ a subtitle, an aide said.": the line after
			// the name's, in the same sentence, goes on as one of its
			// own.
			sent.first = e
		}
		// A sentence that ends in its attribution, `Q, S said.`, is one
		// statement even where Q holds a verb of its own ("... since he
		// declared ..."): the tail goes first, and the cues inside Q
		// stay part of it.
		from, to := -1, -1
		for k := sent.first; k < sent.last && k < sent.first+2; k++ {
			// `Asked whether Q1, Lee said Q2.`: the question goes
			// first, so that the tail below does not take it for Lee's.
			if e := s.askedQuestion(k, sent); e > k {
				break
			}
		}
		c, ok := s.lastCue(sent)
		if ok {
			c = s.tailBeforeParticiple(c, sent)
		}
		// A tail that comes to nothing leaves its reading for the loop
		// below, which reads the same cue in the same window again when
		// it gets there with nothing added in between: tail is the cue,
		// read with tr, and fresh says nothing was.
		var tail cue
		var tr cueReading
		fresh := false
		if ok && c.kind == cueAccording {
			// `Q, according to S.`: likewise, before the cues in Q
			// ("called for attacks, according to ...") take it apart.
			from, to = s.according(c, s.window(sent, c.first), true)
		} else if ok && s.commaNear(c.first, sent.first, 20) {
			if c.reference {
				from, to = s.cueStatement(c, s.window(sent, c.first), true)
			} else {
				tail, tr = c, s.readCue(c, s.window(sent, c.first))
				from, to = s.cueStatementFrom(c, s.window(sent, c.first), &tr, true)
				fresh = from < 0 && !s.noTailReuse
			}
		}
		for k := sent.first; k < sent.last; k++ {
			if k >= from && k < to {
				k = to
			}
			if s.toks[k].kind != tWord || !s.mayAsk(k) && !s.mayPoll(k) && !s.mayCue(k) || s.usedCue[k] || s.pairOf[k] >= 0 {
				// Most words begin nothing, which the tests on the
				// token itself tell first.
				continue
			}
			if s.mayAsk(k) {
				// askedQuestion adds nothing when it finds no question.
				if e := s.askedQuestion(k, sent); e > k {
					k = e - 1
					fresh = false
					continue
				}
			}
			if s.mayPoll(k) {
				if c, ok := s.pollFront(k, sent); ok {
					s.according(c, s.window(sent, k), false)
					k = c.last - 1
					fresh = false
					continue
				}
			}
			if !s.mayCue(k) {
				continue
			}
			c, ok := s.cueAt(k)
			if !ok {
				continue
			}
			if c.kind == cueAccording {
				s.according(c, s.window(sent, k), false)
				k = c.last - 1
				fresh = false
				continue
			}
			if s.cueHeldBack(k, sent.first) {
				if e := s.impersonalReport(k, s.window(sent, k)); e > k {
					k = e - 1
					fresh = false
				} else if e := s.toldBy(k, s.window(sent, k)); e > k {
					k = e - 1
					fresh = false
				}
				continue
			}
			// frontedStatement adds nothing when it returns -1.
			if e := s.frontedStatement(c, s.window(sent, k)); e > k {
				k = e
				fresh = false
				continue
			}
			if fresh && c == tail && k == tail.first {
				s.cueStatementFrom(c, s.window(sent, k), &tr, false)
			} else {
				s.cueStatement(c, s.window(sent, k), false)
			}
			fresh = false
		}
	}
}

// frontedStatement builds the statement of a participle that opens its
// sentence, whose speaker is the subject of the main clause after it:
// "Noting that the levy failed, Lee said ...", "After saying he was
// tired, the man left", "In addition to stating that ..., Lee has
// vowed", "Having announced that he would run, Lee ...". It returns the
// comma that ends the statement, or -1.
func (s *state) frontedStatement(c cue, sent sentence) int {
	if c.kind != cueVerb || c.reference || c.naming || c.last >= sent.last {
		return -1
	}
	a := s.clauseOpening(sent.first)
	p := s.adverbsBefore(c.first, a) // "After initially saying"
	if !c.participle {
		// "Having announced that he would run, Lee ...": the perfect
		// participle, as "Announcing that ..." is.
		if p-1 < a || !s.wordIs(p-1, "having") || !s.pastForm(c.first) {
			return -1
		}
		p--
	}
	switch {
	case p == a:
	case p-1 == a && s.wordIs(a, "after", "while", "before", "when", "since", "upon", "in", "by"):
	case p-1 > a && s.wordIs(p-1, "after", "before", "since") && s.timeClauseFront(a, p):
		// "A month after announcing that he would run, Lee quit".
	case p-2 == a && s.wordIs(a, "aside", "apart") && s.wordIs(a+1, "from"):
	case p-3 == a && s.wordIs(a, "in") && s.wordIs(a+1, "addition") && s.wordIs(a+2, "to"):
	default:
		return -1
	}
	// The comma that ends the participle's clause, before the main
	// clause's subject and verb.
	e := -1
	var m mention
	for k := c.last + 1; k+2 < sent.last && k < c.last+50; k++ {
		if j := int(s.pairOf[k]); j > k {
			k = j
			continue
		}
		if !s.toks[k].isPunct(',') {
			continue
		}
		if sm, ok := s.subjectFrom(k+1, min(sent.last, k+16)); ok && s.mentionStart(sm) == k+1 {
			e, m = k, sm
			break
		}
	}
	if e < 0 {
		return -1
	}
	cs := c.last
	if c.object {
		cs = s.skipObject(cs, e)
	}
	for i := cs; i < e && i < cs+4; i++ {
		// "After suggesting on Monday that": a time, but not "Responding
		// to reports that", whose clause is the noun's.
		t := &s.toks[i]
		if s.word(i) == "that" && i > cs {
			cs = i
			break
		}
		if t.kind != tWord || t.class&(cPrep|cTime|cDet) == 0 && t.flags&(fCap|fDigit) == 0 {
			break
		}
	}
	that := cs < e && s.word(cs) == "that"
	if that {
		cs++
	}
	if e-cs < 2 || !s.clauseContent(cs, e) {
		// "Speaking to reporters, Lee said", "Noting the vote, Lee
		// said": no clause.
		return -1
	}
	st := stmt{first: cs, last: e, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAfterCue, pair: -1, group: s.newGroup()}
	if !s.classify(&st) {
		return -1
	}
	s.addStmt(st)
	s.useCue(c)
	return e
}

// namedAgain reports whether entity e is named in [a, b) with no word of
// the first person before it: a name line that names its person again is
// a section under that name ("Lee: Fares Last year, Ann Lee proposed"),
// but one who speaks of herself by name is still speaking ("Lee: My name
// is Ann Lee and I run the bakery").
func (s *state) namedAgain(e, a, b int) bool {
	for j := a; j < b; j++ {
		if t := &s.toks[j]; t.kind == tWord && t.class&cFirstSecond != 0 && s.wordIs(j, "I", "we", "my", "our", "me", "us") && (t.lowerWord() || j+1 < b && s.toks[j+1].lowerWord()) {
			// In a sentence's case, not a heading's: "Ann Lee: Why I
			// Quit Ann Lee left ..." is a heading still.
			return false
		}
		if r := s.runAt(j); r >= 0 && s.runs[r].first == j && s.runs[r].entity == e {
			return true
		}
	}
	return false
}

// nameLine reports whether sentence si opens a paragraph with a name and
// a colon, as a headline or a transcript does ("Ann Lee: City Will Pay",
// "LEE: We will pay."), and if so makes the rest of the paragraph, up to
// the end of its line, that name's statement, and returns where the
// line ends; otherwise it returns 0. A quotation after the colon is
// colonSubject's.
func (s *state) nameLine(si int) int {
	sent := s.sents[si]
	if s.toks[sent.first].flags&fParaStart == 0 {
		return 0
	}
	c := -1
	for k := sent.first + 1; k < sent.last-1 && k < sent.first+8; k++ {
		if t := &s.toks[k]; t.kind != tWord && t.kind != tClitic && !t.isPunct('.') {
			if t.isPunct(':') {
				c = k
			}
			break
		}
	}
	if c < 0 || s.toks[c+1].kind != tWord && !s.quoteOpensLine(c+1, sent.last) {
		return 0
	}
	m, ok := s.nameBeforeColon(c)
	if (!ok || s.mentionStart(m) != sent.first) && si == 0 {
		// "Lee To Dock Workers: Port Will Stay": a headline's speaker
		// before "to" and the people addressed.
		for k := sent.first + 1; k+1 < c; k++ {
			if s.wordIs(k, "to") {
				if tm, tok := s.nameBeforeColon(k); tok {
					m, ok = tm, tok
				}
				break
			}
		}
	}
	if !ok || s.mentionStart(m) != sent.first || m.entity < 0 || s.placeLike(m.entity) || s.scratch[m.entity] < 2 {
		// The name must be one the text speaks of elsewhere: not a
		// label ("Correction:", "Breaking:") or a place ("Kestia:");
		// but in a transcript the speaker's label opens each of its
		// lines, "PARK: Do you think ...", and the label may be all
		// the text says of the speaker.
		switch {
		case s.labels >= 2 && s.capsLabel(sent.first) == c:
			if !ok || s.mentionStart(m) != sent.first {
				m = mention{first: sent.first, last: c, kind: mName, entity: -1}
			}
		case si == 0 && c == sent.first+1 && s.toks[sent.first].capWord() && slices.Contains(findingNouns, s.lower(sent.first)):
			// "Poll: Lee Leads in Norvia": a headline gives what a
			// document found.
			m = mention{first: sent.first, last: c, head: sent.first, kind: mDescription, entity: -1}
		case si == 0 && c <= sent.first+2 && s.toks[c-1].capWord() && s.toks[c-1].class&(cUnnamed|cBody) != 0 && s.toks[c-1].class&cTime == 0:
			// "Insiders: Lee Will Win", "Reyes Camp: ...": a
			// headline gives what the people or the body it names
			// said.
			m = mention{first: sent.first, last: c, head: c - 1, kind: mDescription, entity: -1}
		default:
			return 0
		}
	}
	e := sent.last
	for j := si + 1; j < len(s.sents) && s.sents[j].para == sent.para; j++ {
		e = s.sents[j].last
	}
	for k := c + 1; k < e; k++ {
		if s.toks[k].flags&fNewline != 0 {
			e = k // the line ends it: "Lee: Q; ⏎ a subtitle"
		}
	}
	for e > c+1 && s.toks[e-1].kind == tPunct {
		e--
	}
	if n := s.wordsIn(c+1, e); n < 2 || n < 6 && sent.para > 0 {
		// Past the headline, a few words after a name are a heading
		// ("Lee: A long shot"), not a line of a transcript.
		return 0
	}
	if sent.para > 0 && m.entity >= 0 && s.capsLabel(sent.first) != c && s.namedAgain(m.entity, c+1, min(e, c+41)) {
		// "Tom Reyes: Port fees Last year, Councillor Tom Reyes
		// proposed ...": a line that names the person again is a
		// section about them, under their name as its heading; a
		// speaker does not name himself so.
		return 0
	}
	if p := s.pairOf[c+1]; p >= 0 && s.quoteOpensLine(c+1, e) {
		if i := s.pairStmt[p]; i >= 0 && !s.stmts[i].hasSpk {
			// "Lee: ‘No Idea’ If the Ferry Runs": a quotation that
			// opens the line is part of its statement, not one of its
			// own with no speaker.
			s.stmts[i].dropped = true
			s.pairStmt[p] = -1
		}
	}
	st := stmt{first: c + 1, last: e, kind: Indirect, spk: m, hasSpk: true, source: srcColon, pair: -1, group: s.newGroup()}
	if !s.classify(&st) || s.addStmt(st) < 0 {
		return 0
	}
	return e
}

// quoteOpensLine reports whether a quotation opens at k and words of the
// reporter's follow its close before hi: "‘No Idea’ If the Ferry Runs".
func (s *state) quoteOpensLine(k, hi int) bool {
	p := s.pairOf[k]
	if p < 0 || s.pairs[p].open != k {
		return false
	}
	for j := s.pairs[p].close + 1; j < hi; j++ {
		if s.toks[j].kind == tWord {
			return true
		}
	}
	return false
}

// capsLabel returns the colon after a transcript's label that starts at
// token a, one to three words in capitals ("JANE DOE:", "LEE:"), or -1.
func (s *state) capsLabel(a int) int {
	for k := a; k < len(s.toks) && k < a+4; k++ {
		if s.toks[k].isPunct(':') && k > a {
			return k
		}
		if s.toks[k].kind != tWord || s.toks[k].flags&fUpper == 0 {
			return -1
		}
	}
	return -1
}

// commaNear reports whether a comma or dash stands in the reach tokens
// before k, where a trailing attribution's subject would follow it: a
// cheap test before the tail is tried. A subject may be long: "Q, a news
// desk run by the navy's partner Harbour Front reported".
func (s *state) commaNear(k, lo, reach int) bool {
	for j := k - 1; j >= lo && j >= k-reach; j-- {
		if t := &s.toks[j]; t.isPunct(',') || t.isPunct(pDash) || t.isPunct('?') || t.isPunct('!') {
			return true
		}
	}
	return false
}

// tailBeforeParticiple returns the finite speech verb that a participle
// after a comma hangs on, `Q, Lee said in a letter, calling on X`: it
// is Q's attribution, and the participle has a statement of its own
// after it. Otherwise it returns c.
func (s *state) tailBeforeParticiple(c cue, sent sentence) cue {
	if c.kind != cueVerb || !c.participle || c.first-1 <= sent.first || !s.toks[c.first-1].isPunct(',') {
		return c
	}
	for k := c.first - 2; k > sent.first && k >= c.first-12; k-- {
		if s.usedCue[k] || s.pairOf[k] >= 0 || !s.mayCue(k) {
			continue
		}
		if f, ok := s.cueAt(k); ok && f.kind == cueVerb && !f.participle && !f.reference && f.last < c.first && !s.negated(k, sent.first) && !s.passive(k, sent.first) {
			// Not where a speech verb before Q opens it, `Lee said,  Q,
			// Ann recalled, adding`: there Q is Lee's.
			for j := sent.first; j < k; j++ {
				if e, ok := s.cueAt(j); ok && e.kind == cueVerb && !e.participle && s.opensQuoteAfter(e.last) {
					return c
				}
			}
			return f
		}
	}
	return c
}

// opensQuoteAfter reports whether token k, right after a cue, opens what
// the cue says as a quote: a comma, a colon or a quotation mark, not
// "that" or a clause.
func (s *state) opensQuoteAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.isPunct(',') || t.isPunct(':') || t.kind == tMark || t.flags&fWide != 0
}

// lastCue returns the sentence's last verb cue outside quotation marks
// that asserts a statement.
func (s *state) lastCue(sent sentence) (c cue, ok bool) {
	// "Q, the Post reported -- a move that raises questions.": the
	// reporter's comment after the attribution holds no cue of it.
	end := sent.last
	for k := sent.first + 1; k+1 < sent.last; k++ {
		if (s.toks[k].isPunct(',') || s.toks[k].isPunct(pDash)) && (s.sentenceApposition(k+1, sent.last) || s.timeAfter(k+1, sent.last)) {
			end = k
		}
	}
	if end < sent.last {
		if c, ok := s.lastCueBefore(sent, end); ok {
			return c, ok
		}
	}
	return s.lastCueBefore(sent, sent.last)
}

// timeAfter reports whether a phrase that dates by another event opens
// at r before hi: "two days after the mayor promised to pay", "hours
// before the vote". After an attribution it tells when it was said, and
// a cue in it is not the sentence's attribution.
func (s *state) timeAfter(r, hi int) bool {
	// lastCue asks after every comma, and "after" or "before" one or two
	// words on, which every such phrase needs, is the rarest of the tests
	// below and the cheapest: it goes first.
	if !s.wordIs(r+1, "after", "before") && !s.wordIs(r+2, "after", "before") {
		return false
	}
	k := r
	if k < hi && s.toks[k].lowerWord() && (s.wordIs(k, "a", "an", "one", "two", "three", "several", "just", "only") || s.toks[k].flags&fDigit != 0) {
		k++
	}
	return k+1 < hi && s.toks[k].lowerWord() && s.wordIs(k, "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years") && s.wordIs(k+1, "after", "before")
}

// relativeCue reports whether cue c opens a relative clause, after "who"
// or "which" and an auxiliary or adverb or two: `the mayor, who has
// questioned the plan`. Its subject is the noun before, and no quote
// before it is that speaker's.
func (s *state) relativeCue(c cue) bool {
	for k := c.first - 1; k > 0 && k >= c.first-3; k-- {
		t := &s.toks[k]
		if t.lowerWord() && s.wordIs(k, "who", "which") {
			return true
		}
		if !t.lowerWord() || t.class&(cAux|cAdverb) == 0 {
			return false
		}
	}
	return false
}

// timeClauseFront reports whether, within the first four words of tokens
// [a, b), a time word or an adverb stands right before a subordinator of
// time, a clause that dates the attribution after it: `A week after Lee
// spoke, Reyes said ...`, `Shortly before the vote, ...`, `Months later,
// when the port closed, ...`.
func (s *state) timeClauseFront(a, b int) bool {
	for k := a; k+1 < b && k < a+4; k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.class&cTime == 0 && !(t.class&cAdverb != 0 || strings.HasSuffix(s.lower(k), "ly")) {
			continue
		}
		j := k + 1
		if s.toks[j].isPunct(',') && j+1 < b {
			j++
		}
		if s.toks[j].lowerWord() && s.wordIs(j, "after", "before", "since", "until", "when") {
			return true
		}
	}
	return false
}

// lastCueBefore is lastCue for the cues before token end.
func (s *state) lastCueBefore(sent sentence, end int) (c cue, ok bool) {
	for k := end - 1; k >= sent.first; k-- {
		if !s.mayCue(k) || s.usedCue[k] || s.pairOf[k] >= 0 {
			continue
		}
		c, ok := s.cueAt(k)
		if !ok || c.reference {
			continue
		}
		if c.kind == cueVerb && k > sent.first && s.wordIs(k+1, "by") && lowerHasSuffix(s.word(k), "ed") && s.toks[k-1].lowerWord() && s.toks[k-1].class&(cAux|cSubjPron|cConj|cSubord|cAdverb|cNeg) == 0 {
			// "Q, according to early counts reported by the Ledger.": a
			// participle after its noun names the source's maker; the
			// attribution is the one before it.
			continue
		}
		if c.kind == cueAccording {
			return c, c.first > sent.first && (s.toks[c.first-1].isPunct(',') || s.toks[c.first-1].isPunct(pDash))
		}
		if c.kind != cueVerb || s.cueHeldBack(k, sent.first) {
			return c, false
		}
		return c, true
	}
	return c, false
}

// cueStatement builds the statements of one verb cue. With tailOnly it
// builds only a statement before a trailing attribution, `Q, S said.`,
// and nothing if the cue has a statement after it; it returns the token
// where that statement ends, or -1.
func (s *state) cueStatement(c cue, sent sentence, tailOnly bool) (from, to int) {
	if c.reference {
		if !tailOnly {
			s.referenceStatement(c, sent)
		}
		return -1, -1
	}
	r := s.readCue(c, sent)
	return s.cueStatementFrom(c, sent, &r, tailOnly)
}

// A cueReading is what cueStatement reads around a verb cue before it
// adds anything: the speaker, and where the statements after and before
// the cue would lie. Reading changes nothing (a memo aside), so a reading
// taken for a trailing attribution that came to nothing serves the same
// cue again when the loop over its sentence reaches it, as long as
// nothing was added in between (attributeCues, TestCueReading).
type cueReading struct {
	ok       bool    // the cue may have a statement: it has a speaker, and no rule rules one out
	question bool    // the statement is a question whose closing mark was stripped: [ls, leftEnd)
	m        mention // the speaker
	cs, ce   int     // the statement after the cue
	ls       int     // where a statement before the cue would start ...
	leftEnd  int     // ... and the token after it, often a comma
	left     bool    // [ls, leftEnd-1) may be a statement, so far
	right    bool    // [cs, ce) may be one
	colon    bool    // [cs, ce) follows a colon
	split    bool    // the attribution splits a statement: `FRONT, he said, REST`
	block    bool    // [cs, ce) is the first line of a block after a colon
	act      bool    // [cs, ce) is a speech act's complement (actContent)
	purpose  bool    // the cue is an infinitive of purpose: "took to Twitter to say"
	inverted bool    // the speaker follows the cue
	gerund   string  // the preposition before a gerund cue, "in" or "to", or ""
}

// threatener reports whether m can make a threat: a name or pronoun, or
// people or a body, not the object of a preposition ("a strike by dock
// workers").
func (s *state) threatener(m mention) bool {
	if f := s.mentionStart(m); m.relative == 0 && s.insidePP(f) {
		// but "talked to Lee, who has threatened to quit"
		return false
	}
	if m.kind != mDescription {
		return true
	}
	return s.toks[m.head].class&(cUnnamed|cTitle|cOrg|cBody) != 0
}

// speechVerbAfter reports whether "said", "says", "told" or the like
// follows within a few words from k, before any punctuation or a word
// that could be its own subject: in "Children admitted to boarding
// schools said ..." the participle before it describes the subject of
// "said"; not in "admitted to taking money that she said ...".
func (s *state) speechVerbAfter(k int) bool {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		t := &s.toks[j]
		if t.kind != tWord || t.class&(cSubjPron|cConj|cSubord) != 0 || s.wordIs(j, "that", "which", "who", "whom") {
			return false
		}
		if j > k && t.lowerWord() && s.wordIs(j, "said", "say", "says", "told", "tell", "tells") && s.toks[j-1].class&cDet == 0 {
			return true
		}
	}
	return false
}

// finiteAfter reports whether an auxiliary follows the noun phrase at k
// right after its end: in "warned the vote against him was rigged" the
// warning's clause holds "against", so the object before it is no
// hearer. A noun phrase after it opens a relative clause on it instead:
// "warned voters against promises the council has made".
func (s *state) finiteAfter(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || s.toks[k].class&(cConj|cSubord|cPrep) != 0 {
		return false
	}
	e := s.npEnd(k, len(s.toks))
	return e > k && e < len(s.toks) && e <= k+4 && s.toks[e].lowerWord() && s.toks[e].class&cAux != 0
}

// deedNotSaying reports whether a judgement or threat cue c, with
// speaker m, reports a deed or a likeness here rather than something
// said. The cue's word is lowered once for all the tests.
func (s *state) deedNotSaying(c cue, m mention, sent sentence) bool {
	v := s.lower(c.first)
	switch {
	case strings.HasPrefix(v, "attack"):
		// "Lee attacked the plan" is a judgement made in public, but
		// "militants attacked a base", "Acme attacked the town" and, as
		// often, "he attacked a guard with a knife" are deeds.
		return !(m.kind == mName && m.entity >= 0 && s.entityKind(m.entity) == Person) || !s.attackInWords(c.last, sent.last)
	case strings.HasPrefix(v, "applau"):
		// "applauded the decision", but "The audience applauded Ann
		// Lee as she walked on": clapping a person says nothing.
		return c.last < len(s.toks) && s.personObject(c.last)
	case strings.HasPrefix(v, "hail"):
		if c.last+1 < len(s.toks) && s.toks[c.last+1].lowerWord() && lowerIn(s.word(c.last+1), "cab", "cabs", "car", "ride", "taxi", "taxis") {
			return true // "hailed a taxi"
		}
		// "hailed Lee as a hero", but "The crowd hailed Ann Lee as she
		// arrived": a greeting.
		return c.last < len(s.toks) && s.personObject(c.last) && !s.namedAs(c.last, sent.last)
	case strings.HasPrefix(v, "echo"):
		// "Lee echoed the mayor's call", but "The case echoed an
		// earlier scandal": a likeness, not something said.
		return m.kind == mDescription && !m.coordinated && s.toks[m.head].lowerWord() && s.toks[m.head].class&(cUnnamed|cTitle|cOrg|cBody) == 0 || m.kind == mPronoun && s.wordIs(m.first, "it")
	case strings.HasPrefix(v, "mention"):
		// "mentioned the fares" says something of them, but
		// "mentioned Lee" or "mentioned the former mayor" only names
		// someone.
		return c.last < len(s.toks) && s.personNamed(c.last)
	case strings.HasPrefix(v, "swear") || v == "swore" || v == "sworn":
		// "swore themselves in", "swore in before the council": an oath
		// of office taken, not words; "swore in court that ..." says.
		return s.swornIn(c.last)
	case strings.HasPrefix(v, "declar"):
		// "declared independence", "declared a state of emergency":
		// an act done by declaring it; "declared the vote a sham" or
		// "declared victory" says something.
		return s.declaredState(c.last, sent.last)
	case strings.HasPrefix(v, "threaten"):
		// "The fire threatened dozens of homes", "A rift between the
		// leaders threatened to split the party": a danger, not a
		// threat made.
		return !s.threatener(m)
	}
	return false
}

// swornIn reports whether the "in" of an oath of office follows the verb
// at k-1: after a pronoun ("swore them in"), or before no noun phrase of
// its own ("swore in before the council", "sworn in.").
func (s *state) swornIn(k int) bool {
	if k < len(s.toks) && s.toks[k].lowerWord() && (s.toks[k].class&cObjPron != 0 || s.reflexive(k)) {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].lowerWord() || !s.wordIs(k, "in") {
		return false
	}
	n := k + 1
	return n >= len(s.toks) || s.toks[n].kind == tPunct || s.toks[n].lowerWord() && (s.toks[n].class&(cPrep|cTime) != 0 || s.wordIs(n, "as"))
}

// declaredState reports whether the object that opens at k, before hi,
// names a state declared by an act (declaredStates), within its first
// five words: "war", "a state of emergency", "his candidacy".
func (s *state) declaredState(k, hi int) bool {
	for j := k; j < hi && j < k+5; j++ {
		t := &s.toks[j]
		if !t.lowerWord() && !(t.kind == tWord && t.flags&fCap != 0 && j > k) {
			return false
		}
		if t.lowerWord() && lowerIn(s.word(j), declaredStates...) {
			// As the object's head only: "declared the war a failure"
			// and "declared the independence vote a sham" judge.
			if j+1 >= hi || s.wordIs(j, "martial") && s.wordIs(j+1, "law") {
				return true
			}
			n := &s.toks[j+1]
			// "declared the war over" judges it over: an adjective.
			return n.kind == tPunct || n.kind == tWord && n.class&(cPrep|cTime|cConj|cSubord) != 0 && n.class&cDet == 0 && !s.wordIs(j+1, "over")
		}
		if t.lowerWord() && (t.class&(cPrep|cSubord|cConj|cSubjPron) != 0 && !s.wordIs(j, "of") || s.verbLike(j)) {
			return false
		}
	}
	return false
}

// personObject reports whether a person opens the object at k and is the
// object itself, not the possessor of it: "(hailed) Ann Lee", but not
// "(hailed) Lee's plan" or "the mayor's speech".
func (s *state) personObject(k int) bool {
	if !s.personNamed(k) {
		return false
	}
	for j := k; j < len(s.toks) && j <= k+6; j++ {
		if s.possessive(j) {
			return false
		}
		if s.toks[j].kind != tWord {
			break
		}
	}
	return true
}

// namedAs reports whether "as" and a noun phrase, not a clause, follow
// within a few words from k: "(hailed Lee) as a hero".
func (s *state) namedAs(k, hi int) bool {
	for j := k; j+1 < hi && j < k+6; j++ {
		if s.toks[j].lowerWord() && s.wordIs(j, "as") {
			return s.toks[j+1].kind == tMark || s.toks[j+1].kind == tWord && s.toks[j+1].class&cSubjPron == 0
		}
	}
	return false
}

// attackInWords reports whether the object of "attacked" that opens at k,
// before hi, is attacked in words: a reason or a name given follows it
// ("attacked Lee for the delay", "over the tax", "as a fraud"), or it is
// neither a plain person nor a place nor struck with something, which
// deeds are ("attacked a guard with a knife", "attacked the village").
func (s *state) attackInWords(k, hi int) bool {
	for j := k; j < hi && j < k+8; j++ {
		t := &s.toks[j]
		if t.kind != tWord && !s.possessive(j) {
			break
		}
		if t.lowerWord() && s.wordIs(j, "for", "over", "as") {
			return true
		}
		if t.lowerWord() && (s.wordIs(j, "with") || lowerIn(s.word(j), targetNouns...)) {
			return false
		}
		if t.lowerWord() && (t.class&cPrep != 0 || s.wordIs(j, "that", "who", "which", "whose")) {
			break
		}
	}
	return true
}

// orderAfter reports whether the verb at k takes a hearer and an
// infinitive: "told him to buy", "told Tom Reyes to stay", "told the crew
// to wait"; not "told reporters in Dover", nor "said to reporters".
func (s *state) orderAfter(k int) bool {
	j := k + 1
	if j >= len(s.toks) {
		return false
	}
	switch t := &s.toks[j]; {
	case t.lowerWord() && t.class&cObjPron != 0:
		j++
	case s.runAt(j) >= 0 && s.runs[s.runAt(j)].first == j:
		j = s.runs[s.runAt(j)].last
		if tf, tl := s.appositiveAfter(j, min(len(s.toks), j+12)); tl > tf && tl < len(s.toks) && s.toks[tl].isPunct(',') {
			// "told Tom Reyes, the guild's head, to buy"
			j = tl + 1
		}
	case t.lowerWord() && t.class&cDet != 0:
		j = s.npEnd(j, min(len(s.toks), j+6))
	case s.pluralNounEnd(j) > j:
		j = s.pluralNounEnd(j) // "warned citizens to stay indoors", "told boat owners to"
	default:
		return false
	}
	if j+2 < len(s.toks) && s.toks[j].lowerWord() && s.wordIs(j, "on") && s.toks[j+1].class&cTime != 0 {
		j += 2 // "warned citizens on Sunday to ..."
	}
	return j+1 < len(s.toks) && s.wordIs(j, "to") && s.toks[j+1].lowerWord() && s.toks[j+1].class&(cDet|cPossPron|cObjPron|cSubjPron|cPrep|cTime) == 0 && s.baseForm(j+1)
}

// pluralNounEnd returns the end of a plural noun with no article that opens
// at j, after a noun or two that modify it ("citizens", "boat owners"),
// or j.
func (s *state) pluralNounEnd(j int) int {
	for k := j; k < len(s.toks) && k < j+3; k++ {
		t := &s.toks[k]
		if !t.lowerWord() || t.class&(cPrep|cConj|cSubord|cTime|cAux|cDet|cPossPron|cObjPron|cSubjPron) != 0 || !s.nounish(k) {
			return j
		}
		if s.pluralHead(k) {
			return k + 1
		}
	}
	return j
}

// readCue reads the cue c in sentence sent for cueStatement.
func (s *state) readCue(c cue, sent sentence) (r cueReading) {
	lo := s.clauseStart(c.first, sent.first)
	m, hasSpk := s.speakerOfCue(c, lo)
	if hasSpk && c.participle && lo > sent.first && s.documentObject(m, sent.first) {
		// "Lee, who said ..., issued a statement saying ...": the
		// clause from the comma holds only the document; its issuer
		// stands before the aside.
		if pm, ok := s.speakerOfCue(c, sent.first); ok {
			m = pm
		}
	}
	if !hasSpk && lo > sent.first {
		m, hasSpk = s.speakerOfCue(c, sent.first)
	} else if hasSpk && c.participle && m.first >= c.last && lo > sent.first && lo >= c.first-4 && s.toks[c.first-1].isPunct(',') {
		// "Lee defended the vote (on Monday), calling it fair": a
		// statement ends just before the participle, which hangs on
		// its clause; the object after it is no inverted subject.
		if pm, ok := s.speakerOfCue(c, sent.first); ok && pm.first < c.first {
			m = pm
		}
	}
	research := c.finding && hasSpk && s.researchFinding(c, m)
	if c.finding && (!hasSpk || !s.findingSource(m)) && !research {
		m, hasSpk = s.findingSubject(c, lo)
	}
	if !hasSpk || c.finding && !s.findingSource(m) && !research || s.quotesOwnVoice(m, sent) {
		return r
	}
	if s.deedNotSaying(c, m, sent) {
		return r
	}
	// An infinitive of purpose, "Lee took to Twitter to say ...", has
	// its statement after it.
	purpose := s.purposeVerb(c.first, sent.first) >= 0
	// So has a gerund after a preposition, "pivoted to arguing", and
	// after "in" only with a clause: "erred in saying that ...", but
	// not "was gracious in declaring the fair a success".
	gerund := ""
	if c.participle {
		if pk := s.adverbsBefore(c.first, sent.first); pk-1 >= sent.first && s.wordIs(pk-1, "in", "to") {
			gerund = s.lower(pk - 1)
		}
	}
	if purpose && !c.act && c.last < sent.last && s.wordIs(c.last, "on", "about", "of", "for") {
		// "voted to insist on a review", "took the stage to talk
		// about it": no clause.
		return r
	}
	spkStart := s.mentionStart(m)
	inverted := m.first >= c.last
	// The statement after the cue.
	cs, ce, colon, split, right := s.contentAfter(c, m, sent.last)
	if right && !colon && cs == c.last && s.headlineComplement(c, cs) {
		right = false
	}
	if right && !colon && !split {
		if a := s.aboutAfterAmount(cs, ce); a > cs {
			// "said little about the plan": what the speaking was
			// about is the statement, not how much of it there was.
			cs = a
		}
	}
	if right && !colon && !split && cs > 0 && !s.wordIs(cs-1, "that") {
		// "announced the plan on Tuesday": when, not what.
		ce = s.settingEnd(c, cs, ce)
	}
	block := false // the statement is the first line of a block after a colon
	if !right && !inverted {
		if a, b := s.paragraphAfterColon(c, m, sent); b > a {
			cs, ce, colon, right, block = a, b, true, true, true
		}
	}
	if right && !colon && !split && (m.kind != mDescription || s.toks[m.head].class&(cUnnamed|cTitle|cBody|cOrg) != 0) && s.timeOnly(cs, ce) {
		// `Q, officials said earlier this week.`: a time after the cue
		// is when it was said, not what, and leaves the statement
		// before the cue to it; but "Q, a plan announced this year"
		// names no speaker.
		right = false
	}
	if c.weak && right && !colon && !split && s.reportedObject(c, m, cs) {
		// "the firm reported a loss of $2 a share, well below ...": the
		// figure, without the reporter's comment on it.
		for k := cs + 1; k+1 < ce; k++ {
			if (s.toks[k].isPunct(',') || s.toks[k].isPunct(pDash)) && s.toks[k+1].flags&fCap == 0 {
				// but a list of names goes on: "in firms like Acme,
				// Bell and Cox"
				ce = k
				break
			}
			if t := &s.toks[k]; t.lowerWord() && t.class&cTime != 0 && t.class&cDet == 0 && s.toks[k+1].class&cTime != 0 && s.toks[k-1].lowerWord() && s.toks[k-1].class&(cPrep|cDet|cAdverb) == 0 && !s.quantityWord(k-1) {
				// "reported no injuries late Sunday": when, not what.
				ce = k
				break
			}
		}
	} else if c.weak && !colon && !split && !(right && (s.word(cs-1) == "that" || s.toks[cs-1].isPunct(',') && s.word(cs-2) == "that" || s.interrogative(cs) && s.asksAt(c, cs) || s.toks[cs-1].isPunct(',') && s.asClause(m, c) || s.weakClause(c, m, cs, ce) || s.openedAfterComma(cs) || s.demandedSubjunctive(c, cs, ce) || s.clauseAfterHearer(c, m, cs, ce))) {
		// A weak cue set off inside the statement, `FRONT, he
		// noted, REST`, is as sure an attribution as a quote's own;
		// "that" opens a clause, also with a comma after it ("reported
		// that, in May, the port will close"); and so is a comma and a
		// stripped mark, `He continued,  We will win.`
		right = false
	}
	if right && !colon && !split && c.participle {
		ce = s.asideParticipleEnd(c, sent.first, cs, ce)
	}
	if gerund == "in" && !(right && s.clauseContent(cs, ce)) {
		return r
	}
	act := false
	// "asked what Lee thought of it" is a question, whatever verb it
	// holds; "pointed to what Lee said was ..." is Lee's statement.
	asks := strings.HasPrefix(s.lower(c.first), "ask")
	if right && c.act && !asks && s.wordIs(cs, "what") && s.gappedCueAfter(cs, ce) {
		return r
	}
	if right && s.callOnDate(c, sent.last) > 0 {
		right = false // "called on May 3 for a vote": not a clause at "3"
	}
	if !right && c.act {
		cs, ce, right = s.actContent(c, m, sent.last)
		act = right
		if right && c.naming && c.participle && m.last < c.first && s.toks[c.first-1].isPunct(',') && s.mentionStart(m) == s.clauseOpening(lo) {
			ce = s.commaBeforeVerb(cs, ce) // see speakerOfCue
		}
		if right && !asks && s.wordIs(cs, "what") && s.gappedCueAfter(cs, ce) {
			return r
		}
	} else if right && c.act && !colon && !split {
		ce = s.beforeActAfterObject(cs, ce, sent.last)
	}
	if right && c.act && c.participle && !colon && !split && m.last == c.first && m.first < c.first && s.mentionStart(m) == s.clauseOpening(sent.first) {
		// "A petition calling on Lee to resign has drawn 5,000 names":
		// the participle qualifies the subject, and the sentence's own
		// verb ends what it calls for. But not where that verb is a
		// cue whose subject would then be the participle's object:
		// "Officials citing a report said ..." is the officials'.
		if e := s.claimSubjectEnd(cs, ce, false); !s.objectSpeaks(e, c.last, sent.first) {
			ce = e
		}
	}
	// The statement before the attribution: `Q, S said.` or `Q, said S.`
	leftEnd := spkStart
	switch {
	case split:
		leftEnd = s.attributionLead(c, m) + 1
	case inverted:
		leftEnd = c.first
	case !right && c.participle && spkStart-1 > sent.first && c.first > 0 && s.wordIs(c.first-1, "as") && s.quotingVerb(spkStart-1):
		// "Q, the paper quoted Lee as saying": Q ends before the
		// paper, whose verb names the speaker.
		if qm, ok := s.subjectBefore(spkStart-1, sent.first); ok {
			leftEnd = s.mentionStart(qm)
		}
	case m.kind == mName || m.coordinated && m.first == leftEnd && s.runAt(m.first) >= 0:
		// Also names joined by "and", whose role stays outside the
		// mention: "Q, nuclear experts Ann Lee and Tom Reyes wrote".
		if leftEnd == m.first {
			// "Q, Defence Minister Tom Reyes, head of X, a partner in
			// Y, said": the title before the name is no part of Q
			// either when an apposition gave the mention its title.
			leftEnd = s.titleBefore(leftEnd, sent.first)
		}
		leftEnd = s.leadStart(leftEnd, sent.first)
		if tf, tl := s.appositiveBefore(leftEnd, sent.first); tl > tf && tf-1 > sent.first && s.toks[tf-1].isPunct(',') {
			// "Q, a deputy minister for trade, Ann Lee told": the
			// speaker's title in apposition is no part of Q.
			leftEnd = tf
		}
		for d := leftEnd - 3; m.kind == mName && leftEnd == s.mentionStart(m) && m.last < sent.last && s.toks[m.last].isPunct(',') && s.toks[leftEnd].phantoms == 0 && d > sent.first+1 && d >= leftEnd-6; d-- {
			if s.toks[d-1].isPunct(',') && s.descriptionLead(d, leftEnd) {
				// "Q, the Dover baker, Tim Roe, said": nor is a
				// description with no title word before a name set
				// off by commas on both sides.
				leftEnd = d
				break
			}
		}
	}
	if !right && !inverted && !split && leftEnd-2 > sent.first && s.toks[leftEnd-1].lowerWord() && s.wordIs(leftEnd-1, "as") && s.toks[leftEnd-2].isPunct(',') && slices.Contains(remarkVerbs, s.lower(c.first)) && s.endsClause(c.last, sent.last) {
		// "The vote was close, as Lee noted.": the clause before is
		// what the speaker said.
		leftEnd--
	}
	left := false
	ls := sent.first
	if !right && s.strippedQuestion(leftEnd, sent) {
		// `Who wants that?  she said.`: a question or exclamation
		// whose closing mark was stripped is a quote before its
		// attribution, and keeps its punctuation.
		ls = s.leftClauseStart(leftEnd-1, sent.first)
		if !inverted {
			ls = s.openAfterFrontCue(ls, leftEnd-1)
		}
		if leftEnd-1-ls >= 2 {
			return cueReading{ok: true, question: true, m: m, ls: ls, leftEnd: leftEnd}
		}
		return r
	}
	if leftEnd-1 > sent.first && (s.toks[leftEnd-1].isPunct(',') || s.toks[leftEnd-1].isPunct(pDash) || s.titleCommaBefore(leftEnd-1, sent.first)) {
		ls = s.leftClauseStart(leftEnd-1, sent.first)
		// A front of two words is a clause only with its verb, "Prices
		// rose, Lee said"; not "Well, yes, Lee said".
		left = leftEnd-1-ls >= 3 || leftEnd-1-ls == 2 && s.toks[ls].kind == tWord && s.toks[ls].class&(cConj|cSubord|cPrep|cAdverb|cDet|cPossPron) == 0 && s.verbLike(ls+1)
		if right && split {
			// `FRONT, he said, REST`: the front may be a word or two
			// ("The goal, he said, is ..."), but not a phrase that
			// introduces the attribution ("In an interview, she said,
			// ..."), unless it is the subject of the rest ("Raising
			// taxes, he said, would ...").
			left = leftEnd-1 > ls && (s.verbLike(cs) || !s.introductory(ls, leftEnd-1))
			if left && !(s.spaced && s.toks[cs].phantoms > 0) && s.linkingFront(ls, leftEnd-1) {
				// "Still, he said, the port will close": the front is
				// the reporter's link to the sentence before. Where a
				// stripped mark opens the rest, the front still stands
				// between it and a quote carried on from before.
				left = false
			}
			if left && s.spaced && s.toks[cs].phantoms > 0 && s.toks[leftEnd].phantoms == 0 && s.toks[cs].capWord() && (!s.hasClause(ls, leftEnd-1) || !s.clauseLike(ls) && !s.wordIs(ls, "Asked", "asked") && s.settingFront(ls, leftEnd-1, cs, true)) {
				// `Last month, he said,  We ...`: a stripped mark opens
				// the rest as a quote of its own, and a front with no
				// clause that no mark closes sets the scene; so does
				// one that opens with a preposition, subordinator or
				// participle where settingFront finds it the reporter's
				// before a quotation, `When the vote failed, he said,
				// We ...`. A question put to the speaker, `Asked
				// whether ..., he said,  No`, is reported too.
				left = false
			}
			if !s.mainClauseAt(cs, ce) && !s.bareSubjectClause(cs, ce) && s.toks[cs].class&(cSubord|cConj) == 0 && !(s.toks[cs].lowerWord() && s.toks[cs].class&(cSpeech|cSpeechAct|cNaming) != 0 && strings.HasSuffix(s.word(cs), "ing")) {
				// A speech verb's participle after the attribution,
				// "..., Lee said, describing it as ...", says what the
				// whole front meant; it takes no subject from it.
				ls = s.subjectFront(ls, leftEnd-1)
			}
			if w := leftEnd - 2; left && w-1 > ls && s.toks[w].lowerWord() && s.wordIs(w, "which") && s.toks[w-1].isPunct(',') && s.verbLike(cs) {
				// "The port lost money, which, Lee said, would cost
				// jobs": the speaker says only the relative clause;
				// the clause it hangs on is the reporter's.
				ls = w
			}
		}
		if left && !split && s.spaced {
			// `Q,  in Dover, he said.`: a stripped mark closed the
			// quote before the comma, and the phrase after it, with no
			// verb, is the reporter's setting of the saying.
			for k := leftEnd - 2; k > ls+1 && k >= leftEnd-8; k-- {
				t := &s.toks[k]
				if t.kind != tWord {
					break
				}
				if t.phantoms > 0 && s.toks[k-1].isPunct(',') && s.toks[k-1].phantoms == 0 && t.lowerWord() && slices.Contains(scenePrepositions, s.lower(k)) && !s.hasClause(k, leftEnd-1) {
					leftEnd = k
					break
				}
			}
		}
		if left && !split && !inverted && s.cueEndsFront(leftEnd-2, ls) {
			// "Lee added a caption, which reads,  Reyes told me the
			// port is closed": the front ends in the speech verb that
			// introduces what follows; it is no statement of the cue
			// after it.
			left = false
		}
		if left && !split && !inverted {
			ls = s.openAfterFrontCue(ls, leftEnd-1)
		}
		if left && !split && s.roleBefore(ls, leftEnd-1) {
			// "The board's senior member, Councillor Jo
			// Park, said ...": a description in apposition, not a
			// statement. When the attribution splits a statement, the
			// role is the subject of its rest: "His sister, he says,
			// plans to move".
			left = false
		}
		if left && right && !split && s.stripped && !((s.spaced || s.describedAntecedent(m)) && !c.naming && s.relativeCue(c)) && !s.grievanceCue(c) && !s.introduced(cs) && s.clauseLike(ls) && (s.hasClause(ls, leftEnd-1) || s.presentBeforeObject(ls, leftEnd-1)) && !s.introductory(ls, leftEnd-1) && !s.timeClauseFront(ls, leftEnd-1) && !s.unclosedFront(leftEnd, cs, ce) && !s.cueEndsAt(leftEnd-1, ls) && !(s.spaced && cs == c.last && s.marksAt(cs) == 1) {
			// `Q,  Reyes told the Wirex meeting in Dover.`: in
			// stripped text Q was most likely a quote, and what follows
			// the verb its own (a hearer, a place), not a statement;
			// but not `Speaking in Kestia, Lee said ...`, nor where a
			// stripped mark right after the verb opens its quote, `...
			// and said it was over, a man yelled  Stay!`, nor in a
			// relative clause, `..., an anchor who questioned his
			// record`, which closes no quote.
			right = false
		}
		// `Q, Reyes told a weekly briefing.`: what follows a trailing
		// attribution is no statement, unless it splits one.
		left = left && (!right || split)
		if left && !split && (s.toks[ls].class&(cPrep|cTime) != 0 || s.compoundPrep(ls)) && !s.clauseLike(ls) && !s.hasClause(ls, leftEnd-1) && !s.subjectAfterFront(ls, leftEnd-1) && !s.quotedAfterComma(ls, leftEnd-1) {
			// `In a talk last April, he said: ...`: a fronted phrase
			// with no clause of its own sets the scene for the
			// attribution; it states nothing.
			left = false
		}
		if left && !split && !right && s.reducedFront(ls, leftEnd-1) {
			// "When asked about the fire, Lee agreed", "Before leaving
			// office, she complained": a clause with no subject of its
			// own says when the speaker spoke, not what was said.
			left = false
		}
		if left && !split && !inverted && s.toks[ls].class&(cPrep|cSubord|cTime) != 0 && !s.clauseLike(ls) && s.cueGoesOn(c, sent.last) {
			// "In her post, Lee reminded Reyes of the vote": the verb
			// has an object of its own, so the fronted phrase sets the
			// scene for the sentence; it is not what was said, as in
			// "In all, prices rose, she said".
			left = false
		}
		if left && !split && leftEnd-1-ls <= 4 && s.wordIs(leftEnd-2, "later", "earlier", "ago") && !s.hasClause(ls, leftEnd-1) {
			// "A year later, Lee wrote an article": a time, not what
			// was said.
			left = false
		}
		if left && !split && !inverted && c.first > 0 && s.wordIs(c.first-1, "would", "could", "might", "should", "will", "may", "can") && s.cueGoesOn(c, sent.last) {
			// "told voters that if the port were a stock, she would
			// advise buying it": a modal verb with an object of its
			// own goes on with the clause before it, which is no
			// statement of the cue.
			left = false
		}
		if r := s.runAt(ls); left && inverted && !split && r >= 0 && s.runs[r].first == ls && s.runs[r].last < leftEnd-1 && s.toks[s.runs[r].last].isPunct(',') && !s.hasClause(ls, leftEnd-1) && s.marksIn(ls, leftEnd) == 0 {
			// "Tom Reyes, aka Big Tom, wrote a letter": a name and
			// an aside on it are the subject of the verb, not a
			// statement with the speaker inverted after it.
			left = false
		}
		if left && !split && !inverted && !right && m.last <= c.first && s.modalBefore(c.first, m.last) && s.gerundAt(c.last) {
			// "If the mill were for sale, she would advise renting it":
			// a verb after a modal with a gerund says what follows it,
			// not the clause before.
			left = false
		}
		if left && !split && !inverted && s.cueComplement(c, sent.last) {
			// "As ever, the union agreed in May to pay the bill": the
			// verb takes an infinitive of its own, so what stands
			// before it is the reporter's, not what was said.
			left = false
		}
	}
	return cueReading{ok: true, m: m, cs: cs, ce: ce, ls: ls, leftEnd: leftEnd, left: left, right: right, colon: colon, split: split, block: block, act: act, purpose: purpose, inverted: inverted, gerund: gerund}
}

// pluralSubject reports whether the word in -s at k, before "are" or
// "were", follows a lower-case modifier or article with no relative word
// just before, so it is a plural noun: "test papers are kept"; but
// "what it says are lies", "a trend that the board says are growing".
func (s *state) pluralSubject(k int) bool {
	p := &s.toks[k-1]
	if !p.lowerWord() || p.class&(cSubjPron|cObjPron|cAux|cNeg|cSubord|cConj|cPrep|cAdverb) != 0 {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if s.toks[j].kind != tWord || s.wordIs(j, "that", "which", "who", "whom", "what", "where") {
			return false
		}
	}
	return true
}

// compoundNoun reports whether the word in -s at k ends a phrase of up to
// four plain lower-case words after an auxiliary or a verb in -ed or
// -ing, with no article or possessor to open a subject: "might spark
// angry farmer protests", "adopted strict new rules"; but "the new law
// says", "the union's chief says".
func (s *state) compoundNoun(k int) bool {
	j := k - 1
	for ; j >= 0 && j >= k-4; j-- {
		u := &s.toks[j]
		if !u.lowerWord() || u.class&(cDet|cPossPron|cSubjPron|cObjPron|cAux|cNeg|cSubord|cConj|cPrep) != 0 || u.flags&fDigit != 0 || s.verbLike(j) || strings.HasSuffix(s.word(j), "ing") {
			break
		}
	}
	if j == k-1 || j < 0 || j < k-4 {
		return false
	}
	for i := j + 1; i < k; i++ {
		if s.toks[i].class&(cTime|cAdverb) != 0 || adverbLy(s.lower(i)) || s.wordIs(i, "online", "abroad", "jointly", "here", "there") {
			// An adverb or a time after a participle: "a report
			// published yesterday says", "a survey conducted online
			// shows"; the form in -s is the main verb.
			return false
		}
	}
	u := &s.toks[j]
	if !u.lowerWord() || u.class&(cDet|cPossPron|cPrep|cSubord|cConj) != 0 {
		// After a preposition the phrase may end a subject: "an
		// average of polls shows".
		return false
	}
	if u.class&cAux != 0 {
		// Not after "have", which may own the noun and the words
		// after its colon: "have two questions: how ...".
		return !s.wordIs(j, "have", "has", "had", "having")
	}
	if strings.HasSuffix(s.word(j), "ing") {
		// A participle's object after a comma, ", showing fresh
		// farm reports"; not "a rolling poll shows", "the leading
		// firm says", where the form in -ing qualifies a noun.
		return j > 0 && s.toks[j-1].isPunct(',')
	}
	// A verb's object: "the board issued new rules"; not "the
	// protest leader says", a noun that can be a verb.
	return s.verbLike(j) && u.class&cSpeech == 0 && strings.HasSuffix(s.word(j), "ed") && j > 0 && s.toks[j-1].class&(cDet|cPossPron) == 0 && !s.possessive(j-1)
}

// deedBetween reports whether a verb that is no cue stands in tokens
// [a, b), at most 20 of them, with no auxiliary: "Lee on Monday sacked
// the clerk, adding"; but "Lee had been cited as saying" is passive.
func (s *state) deedBetween(a, b int) bool {
	deed := false
	for k := a; k < b && k < a+20; k++ {
		if s.toks[k].kind == tWord && s.toks[k].class&cAux != 0 {
			return false
		}
		if _, ok := s.cueAt(k); !ok && s.verbLike(k) && s.toks[k].class&cSpeech == 0 {
			deed = true
		}
	}
	return deed
}

// describedAntecedent reports whether m is the antecedent of a relative
// clause and a description in apposition, after a comma and with an
// article: "heard from Tom Reyes, a former officer who said ...", which
// closes no quote before it even where no wide gaps show stripped marks.
func (s *state) describedAntecedent(m mention) bool {
	f := s.mentionStart(m)
	return m.relative > 0 && m.kind == mDescription && f > 0 && s.toks[f-1].isPunct(',') && s.toks[f].lowerWord() && s.toks[f].class&cDet != 0
}

// reducedFront reports whether tokens [a, b) are a subordinate clause
// reduced to a participle, with no subject: "When asked about it",
// "While campaigning in Dover", "Pressed on the point".
func (s *state) reducedFront(a, b int) bool {
	k := a
	if s.toks[k].kind == tWord && s.toks[k].class&cSubord != 0 && s.wordIs(k, "when", "while", "after", "before", "once", "since", "until", "if", "unless", "though", "although") {
		k++
		if k >= b || !s.toks[k].lowerWord() {
			return false
		}
	}
	if k+1 >= b || s.toks[k].kind != tWord || s.toks[k].flags&(fDigit|fUpper) != 0 || s.toks[k+1].kind != tWord {
		// Text in capitals is left alone: its words hide their kind.
		return false
	}
	for j := k + 1; j < b; j++ {
		if s.toks[j].isPunct(',') {
			// "Founded in 1990, the firm employs 300 people, Lee
			// said": the main clause follows the participle's.
			return false
		}
	}
	// Without a subordinator a form in -ing is a gerund subject,
	// "Raising taxes is wrong, Lee said".
	w := s.lower(k)
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || k > a && strings.HasSuffix(w, "ing")) && !s.hasClause(k+1, b)
}

// openAfterFrontCue returns where a stripped mark opens a quote in
// [a, b) right after an attribution of its own and a comma, for a cue
// after b that another stripped mark sets off: `Lee said,  Q?  she
// said.`; or a.
func (s *state) openAfterFrontCue(a, b int) int {
	if !s.stripped || b+1 >= len(s.toks) || s.toks[b+1].phantoms == 0 || !s.opensWith(a, b) {
		return a
	}
	for k := a + 2; k < b-1 && k < a+12; k++ {
		if s.toks[k].phantoms > 0 && s.toks[k-1].isPunct(',') && s.toks[k-1].phantoms == 0 {
			for j := k - 2; j >= a && j >= k-4; j-- {
				// The cue, or the cue and its hearer: "told them,".
				if _, ok := s.cueAt(j); ok {
					return k
				}
			}
			return a
		}
	}
	return a
}

// referringTo reports whether "referring to" or "alluding to" opens at
// k, the participle that says what a statement before it meant.
func (s *state) referringTo(k int) bool {
	return k+1 < len(s.toks) && s.wordIs(k, "referring", "alluding") && s.word(k+1) == "to"
}

// compoundPrep reports whether a preposition of two words opens at k:
// "ahead of", "prior to", "thanks to".
func (s *state) compoundPrep(k int) bool {
	return k+1 < len(s.toks) && s.wordIs(k, "ahead", "because", "due", "instead", "owing", "prior", "regardless", "thanks") && s.wordIs(k+1, "of", "to")
}

// cueStatementFrom builds the statements of cue c that reading r finds,
// as cueStatement does.
func (s *state) cueStatementFrom(c cue, sent sentence, r *cueReading, tailOnly bool) (from, to int) {
	if !r.ok {
		return -1, -1
	}
	m, ls, leftEnd := r.m, r.ls, r.leftEnd
	if r.question {
		st := stmt{first: ls, last: leftEnd, kind: Direct, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcBeforeCue, pair: -1, group: s.newGroup()}
		if s.classify(&st) {
			st.kind = Direct
			s.addStmt(st)
			s.useCue(c)
			return ls, leftEnd
		}
		return -1, -1
	}
	cs, ce, left, right, colon, split, block, act := r.cs, r.ce, r.left, r.right, r.colon, r.split, r.block, r.act
	purpose, inverted, gerund := r.purpose, r.inverted, r.gerund
	if (c.weak && !(tailOnly && s.closesSentence(c, m, sent) && s.hasClause(ls, leftEnd-1) && s.toks[ls].class&cSubord == 0 && !s.introductory(ls, leftEnd-1) && !s.opensWith(ls, leftEnd-1)) || act) && !(right && split) {
		left = false
	}
	left = left && !purpose && gerund == ""
	if left && !split && !inverted && c.participle && m.last == c.first && strings.HasSuffix(s.word(c.first), "ing") {
		// `Q, said Lee, half joking.`, `Q, his aides joking.`: a
		// subject and a participle with no finite verb are no clause
		// to attribute what comes before.
		left = false
	}
	if left && !split && !inverted && c.participle && s.deedBetween(m.last, c.first) && !s.hasClause(ls, leftEnd-1) {
		// "The chief counsel, acting Attorney General, Ann Lee, on Monday
		// sacked the clerk, adding ...": the participle goes on with
		// the deed, and what stands before the name is its title.
		left = false
	}
	if left && !split && m.relative > 0 && s.verbStart(c.first, sent.first) == m.relative {
		// "He named critics, including some who warned ...": the cue
		// is the relative clause's own verb, and what stands before
		// its antecedent is the reporter's.
		left = false
	}
	if !left && !right || tailOnly && (right || s.opensAttribution(ls, leftEnd-1) || s.asTail(m) && s.opensWith(ls, leftEnd-1)) {
		return -1, -1
	}
	group := s.newGroup()
	used := false
	from, to = -1, -1
	if left {
		st := stmt{first: ls, last: leftEnd - 1, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcBeforeCue, pair: -1, group: group}
		if s.classify(&st) {
			s.addStmt(st)
			used = true
			from, to = ls, leftEnd
			if !right && !split {
				s.semicolonRest(c, m, sent, group, ls, leftEnd-1)
			}
		}
	}
	if right && !colon && !split && s.wordIs(c.first, "advise", "advised", "advises", "advising") && !s.wordIs(cs-1, "that", "against") && !s.quotedIn(cs, ce) {
		// "a pollster who advises the party", "advising the firm as it
		// works on a merger": advice is reported with "that" or in the
		// adviser's words; otherwise the verb means working for a client.
		right = false
	}
	if right && !colon && s.timeOnly(cs, ce) {
		// "a scheme unveiled earlier this month", "told the paper last
		// week": a time after the cue is when it was said, not what.
		right = false
	}
	if right && used && s.toks[cs].lowerWord() && s.wordIs(cs, "although", "and", "because", "but", "though", "whereas", "while") && s.subjectCue(cs+1, ce, 6) {
		// `Q, Lee said, though she said she hopes to.`, `Q, records
		// show, and experts say it is worth less`: a clause after the
		// attribution that holds a speech verb and its own subject is
		// that verb's to report, not the rest of Q.
		right = false
	}
	if right {
		st := stmt{first: cs, last: ce, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAfterCue, pair: -1, group: group}
		if colon {
			st.source = srcAfterColon
		}
		if act {
			st.source = srcSpeechAct
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
			if block {
				s.blockLines(st)
			}
		}
	}
	if used {
		s.useCue(c)
	}
	return from, to
}

// semicolonRest adds the clause after a semicolon that closes the
// attribution of the statement before it as more of that statement:
// "These were no errors, Lee noted; the council slanted the figures." It
// must open with a subject and its verb, and hold no attribution of its
// own; a fronted phrase ("; in 2012, ...") is the reporter's, and so is
// a note on the speaker ("; she did not elaborate") or an event in the
// past after a statement [a, b) that has none ("The port will close, Lee
// said; the council voted against it").
func (s *state) semicolonRest(c cue, m mention, sent sentence, group, a, b int) {
	k := max(c.last, m.last)
	k = s.skipCueTail(k, sent.last, false)
	if k+3 >= sent.last || !s.toks[k].isPunct(';') || s.pairOf[k] >= 0 {
		return
	}
	r := k + 1
	if !s.toks[r].lowerWord() || s.toks[r].class&(cDet|cPossPron|cSubjPron) == 0 || !s.mainClauseAt(r, sent.last) || s.subjectCue(r, sent.last, 12) {
		return
	}
	if s.toks[r].class&cSubjPron != 0 && (s.nextActAt(r+1) || s.untoldAt(r+1, sent.last) || s.deniedSaying(r+2, sent.last)) {
		return
	}
	if s.pastAt(r+1, sent.last) && !s.pastIn(a, b) {
		return
	}
	st := stmt{first: r, last: s.contentEnd(r, sent.last), kind: Indirect, spk: m, hasSpk: true, source: srcAfterCue, pair: -1, group: group}
	if s.classify(&st) {
		s.addStmt(st)
	}
}

// pastAt reports whether the first verb in the few tokens from k is in
// the simple past: "voted", "did not give", "was".
func (s *state) pastAt(k, hi int) bool {
	for j := k; j < hi && j <= k+4; j++ {
		if t := &s.toks[j]; t.kind != tWord || t.class&(cPrep|cConj|cSubord) != 0 {
			return false
		}
		if s.toks[j].class&cAux != 0 {
			return s.wordIs(j, "did", "didn't", "was", "wasn't", "were", "weren't")
		}
		if s.pastForm(j) {
			return true
		}
	}
	return false
}

// pastIn reports whether [a, b) holds a verb in the past or a
// conditional, as a reported statement in the past does: "were", "had
// slanted", "would close".
func (s *state) pastIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.pastForm(k) || s.wordIs(k, "could", "did", "didn't", "had", "hadn't", "might", "was", "wasn't", "were", "weren't", "would", "wouldn't") {
			return true
		}
	}
	return false
}

// cueEndsFront reports whether token k, the last of a front that ends
// before a comma, is a speech verb in a relative clause with nothing
// after it, as the verb that introduces a quotation is: "a caption,
// which reads,", "a sign that said,".
func (s *state) cueEndsFront(k, lo int) bool {
	if k-1 <= lo || !s.toks[k].lowerWord() || !s.mayCue(k) || s.toks[k].class&cSpeech == 0 || !s.toks[k-1].lowerWord() || !s.wordIs(k-1, "which", "that") {
		return false
	}
	c, ok := s.cueAt(k)
	return ok && c.kind == cueVerb && !c.participle && c.last == k+1
}

// bareSubjectClause reports whether a clause with a subject of its own
// opens at a, a noun phrase with no article before its verb: "older
// voters would turn out", "black and white voters agree". A verb, an
// adverb or a preposition there goes on from a subject before it.
func (s *state) bareSubjectClause(a, hi int) bool {
	t := &s.toks[a]
	if !t.lowerWord() || t.class&(cAux|cAdverb|cPrep|cConj|cSubord|cNeg|cSpeech|cPast|cDet|cSubjPron|cObjPron) != 0 || s.verbLike(a) || strings.HasSuffix(s.word(a), "ly") {
		return false
	}
	for j := a + 1; j < hi && j <= a+5; j++ {
		u := &s.toks[j]
		if u.kind != tWord || u.flags&fCap == 0 && u.class&(cPrep|cSubord) != 0 {
			return false
		}
		if u.class&cAux != 0 {
			return j > a+1 || presentForm(s.word(a)) // "voters would", not "raising would"
		}
	}
	return false
}

// blockLines adds the lines of a block after "Lee said:" that follow its
// first line st, in the same paragraph, each a statement of the same
// speaker, as news annotators mark them; at most a dozen lines.
func (s *state) blockLines(st stmt) {
	si := int(s.sentOf[st.last-1]) + 1
	para := s.sents[si-1].para
	for n := 0; n < 12 && si < len(s.sents) && s.sents[si].para == para && s.toks[s.sents[si].first].flags&fNewline != 0; n++ {
		a, b := s.sents[si].first, s.sents[si].last
		for si++; si < len(s.sents) && s.sents[si].para == para && s.toks[s.sents[si].first].flags&fNewline == 0 && b-a < maxReach; si++ {
			b = s.sents[si].last
		}
		line := stmt{first: a, last: b, kind: st.kind, spk: st.spk, hasSpk: true, carried: true, source: srcAfterColon, pair: -1, group: st.group}
		if s.pairOf[a] >= 0 || !s.classify(&line) {
			return
		}
		s.addStmt(line)
	}
}

// verbStart returns where the verb group of the cue at k starts: before
// the adverbs and auxiliaries in front of it ("has long said").
func (s *state) verbStart(k, lo int) int {
	for k-1 >= lo && s.toks[k-1].lowerWord() && (s.toks[k-1].class&(cAdverb|cAux|cNeg) != 0 || strings.HasSuffix(s.word(k-1), "ly")) {
		k--
	}
	return k
}

// titleCommaBefore reports whether token j closes the quoted title of a
// work whose comma stands inside the marks, at the end of a statement
// before its attribution: `The Norvians love “Port Life,” Lee said`. The
// title is no quotation of the speaker's, so the clause is the statement.
func (s *state) titleCommaBefore(j, lo int) bool {
	if !s.commaInMark(j, lo) {
		return false
	}
	p := s.pairs[s.pairOf[j]]
	return p.close == j && s.pairStmt[s.pairOf[j]] < 0 && s.titleLike(p, 2)
}

// quotedAfterComma reports whether, in spaced stripped text, a mark
// after a comma in tokens [a, b) opens a quote that the mark after b's
// comma closes: `With the port shut,  we lost it all,  Lee said.` The
// phrase before it sets the scene, but the speaker's words follow.
func (s *state) quotedAfterComma(a, b int) bool {
	if !s.spaced || b+1 >= len(s.toks) || s.toks[b+1].flags&fWide == 0 || s.marksIn(a, b)%2 == 0 {
		return false
	}
	o := s.lastWide(a+1, b)
	return o > 0 && s.marksAt(o) == 1 && s.toks[o-1].isPunct(',') && s.marksIn(o+1, b) == 0
}

// openedAfterComma reports whether, in spaced stripped text, a single
// mark on the line opens the statement at cs after a comma, where a
// quote's opening mark stood: `He continued,  We will win.`
func (s *state) openedAfterComma(cs int) bool {
	return s.spaced && cs > 0 && s.toks[cs-1].isPunct(',') && s.toks[cs].flags&fNewline == 0 && s.marksAt(cs) == 1
}

// paragraphAfterColon returns the paragraph that a cue and a colon at
// the end of the paragraph before it introduce, when it opens with no
// quotation mark: "In a speech, he said:" and then the speech as a block
// of its own, up to the end of its first line. It returns 0, 0 if there
// is none.
func (s *state) paragraphAfterColon(c cue, m mention, sent sentence) (a, b int) {
	end := sent.last - 1
	if end < c.last || !s.toks[end].isPunct(':') || s.sents[s.sentOf[end]].last != sent.last || s.skipCueTail(c.last, end, c.object && m.first < c.last) != end {
		// The colon must end the sentence itself, not its window
		// (sentenceOf) in a long one.
		return 0, 0
	}
	si := int(s.sentOf[end]) + 1
	if si >= len(s.sents) || s.sents[si].para == s.sents[si-1].para || s.toks[s.sents[si].first].kind != tWord {
		return 0, 0
	}
	para := s.sents[si].para
	a, b = s.sents[si].first, s.sents[si].last
	// To the end of the paragraph or its line: news annotators take
	// each line of a block as a statement of its own.
	for si++; si < len(s.sents) && s.sents[si].para == para && s.toks[s.sents[si].first].flags&fNewline == 0 && b-a < maxReach; si++ {
		b = s.sents[si].last
	}
	return a, b
}

// referenceStatement adds what a statement before a "referring to" in
// its sentence meant, `"He lost," Lee said, referring to Reyes`, as a
// statement of that speaker: the noun phrase up to the next comma.
// Only a statement with a cue of its own lends its speaker.
func (s *state) referenceStatement(c cue, sent sentence) {
	spk := -1
	for j := c.first - 1; j >= sent.first && j >= c.first-maxReach; j-- {
		if i := s.cueStmt[j] - 1; i >= 0 && int(i) < len(s.stmts) && s.stmts[i].cueFirst == j && s.stmts[i].hasSpk && !s.stmts[i].dropped {
			if s.inStatement(j, func(*stmt) bool { return true }) {
				// A cue inside a statement, `said she must reach
				// voters in what he called a   mood,   alluding to
				// X`, is not the one the reference goes with.
				continue
			}
			spk = int(i)
			break
		}
	}
	if spk < 0 {
		return
	}
	e := c.last
	for e < sent.last && e < c.last+maxReach {
		t := &s.toks[e]
		if s.pairOf[e] < 0 && (t.isPunct(',') && !s.phraseGoesOn(c.last, e, sent.last) || t.isPunct(';') || t.isPunct(':') || t.isPunct(pDash) || t.isPunct('(') || t.isPunct('.')) {
			break
		}
		e++
	}
	if s.wordsIn(c.last, e) == 0 {
		return
	}
	st := stmt{first: c.last, last: e, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: s.stmts[spk].spk, hasSpk: true, source: srcSpeechAct, pair: -1, group: s.newGroup()}
	if s.classify(&st) && s.addStmt(st) >= 0 {
		s.useCue(c)
	}
}

// phraseGoesOn reports whether the comma at j, in a noun phrase that
// opens at a, goes on with it: between two adjectives, "the big, old
// firms", or in a list of names that ends the sentence by hi, "Lee, Tom
// Reyes and Jo Park."
func (s *state) phraseGoesOn(a, j, hi int) bool {
	if j+2 >= hi || s.pairOf[j+1] >= 0 {
		return false
	}
	n := &s.toks[j+1]
	if j-2 >= a && s.toks[j-2].lowerWord() && s.toks[j-2].class&cDet != 0 && s.toks[j-1].lowerWord() && s.toks[j-1].class&(cPrep|cConj|cSubord|cDet) == 0 && !s.verbLike(j-1) &&
		n.lowerWord() && n.class&(cPrep|cConj|cSubord|cDet|cSubjPron|cAux) == 0 && (!s.verbLike(j+1) || strings.ContainsRune(s.word(j+1), '-')) && !s.relativeOrCue(j+1) {
		return true // "the big, state-owned firms"
	}
	and := false
	for k := j + 1; k < hi && k <= j+20; k++ {
		t := &s.toks[k]
		switch {
		case t.isPunct(','):
		case t.lowerWord() && s.wordIs(k, "and", "or"):
			and = true
		case t.capWord() && t.kind == tWord:
		default:
			return false
		}
		if k+1 < hi && s.toks[k+1].isPunct('.') || k+1 == hi {
			return and && t.capWord()
		}
	}
	return false
}

// asksAt reports whether a weak cue takes the question word at cs as a
// reported question: "asked when", "recalled where", but a time after a
// sound or a manner of speaking ("roared when", "bristled when") is no
// statement.
func (s *state) asksAt(c cue, cs int) bool {
	if !s.wordIs(cs, "when", "where") {
		return true
	}
	return hasStem(s.lower(c.first), "ask", "inquir", "question", "quer", "recall", "recount", "remember", "wonder")
}

// clauseAfterHearer reports whether the statement at cs follows a hearer
// that a cue like "promised" takes before it, and opens with a subject
// pronoun and its verb: "promised voters he would cut fares" states what
// the hearers were told, unlike "promised voters a new port". After
// "ask" the noun is the question, and the clause a relative one on it:
// "when I ask a question he does not like".
func (s *state) clauseAfterHearer(c cue, m mention, cs, ce int) bool {
	if !c.object || strings.HasPrefix(s.lower(c.first), "ask") || m.first >= c.last || cs <= c.last || cs+1 >= ce || s.skipHearer(c.last, ce) != cs {
		return false
	}
	t, v := &s.toks[cs], &s.toks[cs+1]
	return t.lowerWord() && t.class&cSubjPron != 0 && t.class&cObjPron == 0 && v.lowerWord() && v.class&(cAux|cPast) != 0 && v.class&(cPrep|cConj) == 0
}

// weakClause reports whether a weak cue takes the statement at cs as a
// clause of its own, a subject and a finite verb, right after it: "the
// paper reported the mayor will resign". An object ("reported earnings",
// "repeated his promise to ...") is no statement.
func (s *state) weakClause(c cue, m mention, cs, ce int) bool {
	if c.act || c.participle || m.first >= c.last || cs > c.last+3 || s.wordIs(m.first, "who", "which", "that") {
		return false
	}
	for k := c.last; k < cs; k++ {
		// Only a time may come between: "reported on Friday".
		if u := &s.toks[k]; u.kind != tWord || u.class&(cTime|cAdverb) == 0 && !(u.class&cPrep != 0 && s.toks[k+1].class&cTime != 0) {
			return false
		}
	}
	if s.wordIs(cs, "at") && s.wordIs(cs+1, "least") && cs+2 < ce && s.count(cs+2) {
		cs += 2 // "reported at least six boats had sunk"
	}
	t := &s.toks[cs]
	if t.kind != tWord {
		return false
	}
	if t.class&cObjPron != 0 && t.class&cSubjPron != 0 {
		// "posted it", "read you"; but "reported it sold $3 billion"
		// has a subject and its verb.
		// "who posted it was condemned" ends a relative clause.
		return cs+1 < ce && s.toks[cs+1].lowerWord() && s.toks[cs+1].class&(cAux|cPast) != 0 && s.toks[cs+1].class&(cPrep|cConj) == 0 && !s.wordIs(c.first-1, "who", "which", "that")
	}
	j := cs + 1
	if t.class&cSubjPron == 0 {
		if !t.capWord() && t.class&(cDet|cPossPron) == 0 && !s.count(cs) {
			// A count opens a subject too: "reported six boats sank".
			return false
		}
		noun := func(j int) bool {
			return j < ce && s.toks[j].kind == tWord && s.toks[j].class&(cAux|cPast|cPrep|cConj|cSubord|cSubjPron|cObjPron|cSpeech) == 0 && !strings.HasSuffix(s.word(j), "ed")
		}
		for j <= cs+4 && noun(j) {
			j++
		}
		if j < ce && s.toks[j].kind == tClitic {
			j++ // "the mayor's been"
			if (s.toks[cs].capWord() || t.class&cDet != 0) && noun(j) {
				// "reports Lee's last press conference was": a
				// possessor before the subject's noun.
				for k := j + 4; j < k && noun(j); j++ {
				}
			}
		}
		if j == cs+1 && t.class&(cDet|cPossPron) != 0 {
			return false // "a paid post": an adjective
		}
	}
	if j >= ce || s.toks[j].kind != tWord || s.toks[j].flags&fCap != 0 {
		return false
	}
	v := &s.toks[j]
	if v.class&(cAux|cPast) != 0 {
		return true
	}
	// A past form in -ed followed by its object, not by a noun it
	// modifies ("a large pledged delegate lead").
	return strings.HasSuffix(s.word(j), "ed") && j+1 < ce && s.toks[j+1].kind == tWord && s.toks[j+1].class&(cDet|cPossPron|cPrep|cSubjPron|cObjPron) != 0
}

// count reports whether token k counts a group: "six", "300".
func (s *state) count(k int) bool {
	return s.toks[k].flags&fDigit != 0 || s.toks[k].lowerWord() && s.wordIs(k, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands")
}

// reportedObject reports whether "reported" takes the object right after
// it at cs as what was reported: a gerund ("the group reported spending
// $1 million"), or a noun phrase with an article, a possessor, a number or
// "no" ("the firm reported a loss", "police reported no arrests"); but
// not a place or a hearer ("reported from the capital", "reported it to
// the police"), a time ("reported a day later"), nor the noun "reports".
func (s *state) reportedObject(c cue, m mention, cs int) bool {
	if s.lower(c.first) != "reported" || c.act || c.participle || m.first >= c.last || cs != c.last || s.wordIs(m.first, "who", "which", "that") {
		return false
	}
	t := &s.toks[cs]
	if s.reportedFigure(cs) || s.reportedCount(cs) {
		return true
	}
	if t.kind != tWord || t.flags&fCap != 0 || t.class&(cPrep|cSubord|cConj|cTime|cObjPron) != 0 || s.wordIs(cs, "this", "that", "these", "those") {
		return false
	}
	if w := s.word(cs); len(w) > 4 && strings.HasSuffix(w, "ing") && t.class&cSpeech == 0 {
		// "reported receiving." is no statement
		return cs+1 < len(s.toks) && !s.toks[cs+1].isPunct('.') && !s.toks[cs+1].isPunct(',') && !s.toks[cs+1].isPunct(';')
	}
	if t.flags&fDigit == 0 && t.class&(cDet|cPossPron) == 0 {
		return false
	}
	for k := cs + 1; k < len(s.toks) && k <= cs+3; k++ {
		if s.toks[k].kind != tWord {
			return k > cs+1
		}
		if s.toks[k].class&cTime != 0 {
			// "as the paper reported a few days later"; but a noun
			// before the time is what was reported: "police reported
			// no injuries late Sunday".
			return k == cs+2 && !s.quantityWord(k-1)
		}
	}
	return true
}

// quantityWord reports whether token k can count or qualify a time
// noun after it: "a few (days)", "two (weeks)", "several (hours)".
func (s *state) quantityWord(k int) bool {
	t := &s.toks[k]
	return t.flags&fDigit != 0 || t.class&cDet != 0 || s.count(k) || s.wordIs(k, "few", "couple", "of", "one")
}

// reportedFigure reports whether a bare noun and "of" before an amount
// open the object of "reported" at cs: "reported earnings of $8 a
// share".
func (s *state) reportedFigure(cs int) bool {
	if cs+2 >= len(s.toks) || !s.toks[cs].lowerWord() || s.toks[cs].class&(cPrep|cSubord|cConj|cTime|cObjPron|cDet|cAux|cAdverb) != 0 || !s.wordIs(cs+1, "of") {
		return false
	}
	t := &s.toks[cs+2]
	return t.flags&fDigit != 0 || t.kind != tWord && s.text[t.start] == '$'
}

// reportedCount reports whether a count opens the object of "reported"
// at cs: "reported at least 20 victims", "reported more than $5 in
// income".
func (s *state) reportedCount(cs int) bool {
	if !s.toks[cs].lowerWord() {
		return false
	}
	for k := cs; k < len(s.toks) && k <= cs+3; k++ {
		t := &s.toks[k]
		if t.flags&fDigit != 0 || t.kind != tWord && s.text[t.start] == '$' {
			return k > cs
		}
		if !t.lowerWord() || !s.wordIs(k, "at", "least", "most", "about", "nearly", "almost", "between", "more", "fewer", "less", "than", "over", "up", "to", "some", "roughly", "around") {
			return false
		}
	}
	return false
}

// findingSubject returns the document or body that opens the clause of a
// finding cue and is followed by a phrase of its own: "a poll released
// Saturday found", "the report by the institute showed", "surveys of
// voters taken at the polls showed".
func (s *state) findingSubject(c cue, lo int) (m mention, ok bool) {
	for i := c.first - 2; i >= lo && i > c.first-16; i-- {
		t := &s.toks[i]
		if t.kind != tWord && t.kind != tClitic || t.class&(cSpeech|cAux|cSubjPron) != 0 && t.class&cDocument == 0 || s.pairOf[i] >= 0 {
			return m, false
		}
		n := &s.toks[i+1]
		if t.class&(cDocument|cBody) == 0 || t.flags&(fCap|fSentStart) == fCap || n.kind != tWord || n.class&(cPrep|cTime|cPast) == 0 && !strings.HasSuffix(s.word(i+1), "ed") {
			continue
		}
		m, ok = s.npEndingAt(i, lo, false)
		if f := s.mentionStart(m); ok && s.findingSource(m) && (s.onlyConnectives(lo, f) || s.findingFront(lo, f) || f > lo && s.toks[f-1].isPunct(',') && s.endsClause(c.last, s.sentEnd(c.first))) {
			// Also after the comma of what it found, at the
			// sentence's end: "Q, records filed on Monday show."
			return m, true
		}
		return m, false
	}
	return m, false
}

// findingFront reports whether [a, b) holds connectives and one
// subordinator of reason, contrast or time that opens the clause at b:
// "And while (a poll released Monday showed ...)", "Because".
func (s *state) findingFront(a, b int) bool {
	if b <= a || !s.onlyConnectives(a, b-1) {
		return false
	}
	return s.wordIs(b-1, "while", "While", "although", "Although", "though", "Though", "because", "Because", "since", "Since", "whereas", "Whereas")
}

// quotesOwnVoice reports whether, in stripped text, a cue's subject in
// the first or second person stands after a stripped opening mark in its
// sentence: `Lee told reporters,  I ve said all along ...` is Lee's
// quote, not a statement of "I".
func (s *state) quotesOwnVoice(m mention, sent sentence) bool {
	if !s.spaced || m.kind != mPronoun || s.toks[m.first].class&cFirstSecond == 0 {
		return false
	}
	for k := sent.first; k <= m.first; k++ {
		if s.toks[k].flags&fWide != 0 && (k > 0 || s.opensQuote(k)) {
			return true
		}
	}
	return false
}

// findingSource reports whether a mention can report a finding: a
// document or body ("the audit", "a poll by the university", "the
// committee") or an organisation's name.
func (s *state) findingSource(m mention) bool {
	switch m.kind {
	case mDescription:
		// "A University of Dover poll found", "a batch of emails
		// showed": the head the parse gives is the first noun, but the
		// document at the end speaks.
		return !m.coordinated && (s.toks[m.head].class&(cDocument|cBody) != 0 || s.documentTail(m))
	case mName:
		// A poll's own name speaks too: "a Harbour College Poll found".
		return m.entity >= 0 && s.entityKind(m.entity) == Organization || m.last > m.first && slices.Contains(findingNouns, s.lower(m.last-1))
	}
	return false
}

// personNamed reports whether a person, by name or by role, opens at k:
// "Ann Lee", "President Ann Lee", "the former mayor".
func (s *state) personNamed(k int) bool {
	for j := k; j < len(s.toks) && j <= k+4; j++ {
		t := &s.toks[j]
		if r := s.runAt(j); r >= 0 && s.runs[r].entity >= 0 {
			return s.entities[s.runs[r].entity].kind == Person
		}
		if t.kind != tWord {
			return false
		}
		if t.class&(cTitle|cUnnamed) != 0 && (j+1 >= len(s.toks) || s.toks[j+1].kind != tWord || s.toks[j+1].class&(cTitle|cUnnamed) == 0 && !s.toks[j+1].capWord()) {
			return true // "the former mayor", "the secretary of state"
		}
		if t.class&(cDet|cTitleMod) == 0 && !t.capWord() && t.class&(cTitle|cUnnamed) == 0 {
			return false
		}
	}
	return false
}

// researchFinding reports whether researchers report what they found in
// a clause after "that": "the authors found that rents rose", "two
// analysts found in 2014 that ...". What they found with no clause is a
// thing come upon ("the researchers found the wreck").
func (s *state) researchFinding(c cue, m mention) bool {
	if m.kind != mDescription || m.coordinated || m.last > c.first || !s.toks[m.head].lowerWord() || !slices.Contains(researchNouns, s.lower(m.head)) {
		return false
	}
	for k := c.last; k < len(s.toks) && k <= c.last+4; k++ {
		if s.wordIs(k, "that") {
			return true
		}
		if t := &s.toks[k]; t.kind != tWord || t.class&(cPrep|cTime|cAdverb) == 0 && t.flags&fDigit == 0 {
			return false
		}
	}
	return false
}

// documentTail reports whether a description ends in a document noun
// that its head leads to through "of" only: "a University of Dover
// poll", "a batch of emails"; not "Lee after leaked emails".
func (s *state) documentTail(m mention) bool {
	l := m.last - 1
	if l <= m.head || l > m.head+8 || !s.toks[l].lowerWord() || s.toks[l].class&cDocument == 0 {
		return false
	}
	for k := m.head + 1; k < l; k++ {
		if t := &s.toks[k]; t.kind != tWord || t.class&(cPrep|cSubord|cConj) != 0 && !s.wordIs(k, "of") {
			return false
		}
	}
	return true
}

// attributionAt reports whether [a, b) opens with an attribution of its
// own: a subject and a cue ("Park's friends say ...", "Smith said ...").
func (s *state) attributionAt(a, b int) bool { return s.subjectCue(a, b, 12) }

// subjectCue reports whether the first speech verb in tokens (a, b), not
// a participle and less than reach tokens after a, has a subject that
// starts at a: `Lee said`, `Lee, a lawyer for the city, said`.
func (s *state) subjectCue(a, b, reach int) bool { return s.subjectCueAt(a, b, reach) >= 0 }

// subjectCueAt is subjectCue, and returns the speech verb, or -1.
func (s *state) subjectCueAt(a, b, reach int) int {
	for k := a + 1; k < b && k < a+reach; k++ {
		c, ok := s.cueAt(k)
		if !ok || c.kind != cueVerb || c.participle {
			continue
		}
		if m, ok := s.subjectBefore(k, a); ok && s.mentionStart(m) == a {
			return k
		}
		return -1
	}
	return -1
}

// opensAttribution reports whether [a, b) opens with an attribution of
// its own, perhaps after a fronted phrase: "Asked about it, Lee said ...".
// A tail attribution after it, `..., he said.`, then ends a second
// statement, not one that takes in the first. In stripped text, where
// `Everybody agrees ...,  Lee said.` may be all quote, it never does.
func (s *state) opensAttribution(a, b int) bool {
	if s.stripped {
		return false
	}
	return s.opensWith(a, b)
}

// asTail reports whether the speaker m of a trailing cue follows ", as":
// "..., as Kestia has claimed", which agrees with a claim the clause
// before holds. Before it, a clause that opens with an attribution of its
// own ("Lee said the port had closed, as Kestia has claimed") stays that
// attribution's, in stripped text too, where the tail closes no quote.
func (s *state) asTail(m mention) bool {
	f := s.mentionStart(m)
	return f >= 2 && s.toks[f-1].lowerWord() && s.wordIs(f-1, "as") && s.toks[f-2].isPunct(',')
}

// opensWith is opensAttribution in any text.
func (s *state) opensWith(a, b int) bool {
	at := func(a int) bool {
		// "I have seen ..., Lee said": a first or second person is the
		// quote's own voice, not another attribution. Nor is a promise
		// or a deal with its infinitive, "The council has agreed to cut
		// fares, officials said": the deed the tail reports.
		k := s.subjectCueAt(a, b, 12)
		if k < 0 || s.wordIs(a, "I", "we", "you") || (lowerIn(s.word(k), infinitiveCues...) || s.infinitiveAct(k)) && s.infinitiveAt(k+1, b) {
			return false
		}
		// "Reyes, a lawyer who has argued many cases, will do well,
		// Lee maintains": a cue in a relative clause is not the
		// clause's own attribution.
		m, _ := s.subjectBefore(k, a)
		return m.relative == 0
	}
	if at(a) {
		return true
	}
	for k := a; k < b; k++ {
		if s.toks[k].isPunct(',') {
			return at(k + 1)
		}
	}
	return false
}

// strippedQuestion reports whether the attribution at a, in stripped
// text, follows a question or exclamation mark and the wide gap its
// stripped closing mark left: `at 29?  she said`.
func (s *state) strippedQuestion(a int, sent sentence) bool {
	if !s.stripped || a-1 <= sent.first || a >= sent.last {
		return false
	}
	p := &s.toks[a-1]
	return (p.isPunct('?') || p.isPunct('!')) && s.toks[a].flags&fWide != 0
}

// accordingSource returns the source after "according to".
func (s *state) accordingSource(c cue, hi int) (m mention, ok bool) {
	if s.wordIs(c.first, "In", "in") {
		// pollFront's "In a Harbour poll released Monday,": the poll
		// speaks, named as written up to its noun.
		for p := c.last; p < hi && !s.toks[p].isPunct(','); p++ {
			if s.toks[p].lowerWord() && s.wordIs(p, "poll", "polls", "survey", "surveys") {
				return mention{first: c.last, last: p + 1, head: p, kind: mDescription, entity: -1, titleFirst: c.last, titleLast: c.last}, true
			}
		}
		return m, false
	}
	if e := s.npEnd(c.last, hi); e-1 > c.last+1 && e < hi && (s.wordIs(e-1, "seen", "obtained", "reviewed", "viewed", "received", "examined", "read") && s.wordIs(e, "by") || s.wordIs(e, "to") && s.toks[e-2].lowerWord() && s.toks[e-2].class&cDocument != 0 && (s.pastForm(e-1) || s.wordIs(e-1, "given", "shown")) && e+1 < hi && s.toks[e+1].capWord() && (e+2 >= hi || s.toks[e+2].kind == tPunct)) {
		// "according to a draft seen by the Ledger": whoever saw the
		// document did not write it; the document speaks. So too for
		// the name it went to, "a memo given to Wirex".
		return mention{first: c.last, last: e - 1, head: e - 2, kind: mDescription, entity: -1, titleFirst: c.last, titleLast: c.last}, true
	}
	if m, ok := s.subjectAfter(c.last, hi); ok && !s.degreeHead(m, hi) && !s.possessorOfBody(m, hi) {
		if m.kind == mName && m.last+1 < hi && s.toks[m.last].lowerWord() && s.wordIs(m.last, "and") && s.toks[m.last+1].capWord() {
			// "according to Kestian and Norvian officials": the names
			// modify one head that ends the clause, and all speak.
			if e := s.npEnd(m.last+1, hi); e-1 > m.last+1 && (e >= hi || s.toks[e].kind == tPunct) && s.toks[e-1].lowerWord() && s.toks[e-1].class&(cUnnamed|cBody) != 0 {
				f := s.mentionStart(m)
				return mention{first: f, last: e, head: e - 1, kind: mDescription, entity: -1, titleFirst: f, titleLast: f, coordinated: true}, true
			}
		}
		if e := m.last; m.kind == mName && e < hi && s.toks[e].lowerWord() && s.toks[e].class&cDocument != 0 || e+2 < hi && s.toks[e].isPunct('/') && s.toks[e].flags&fSpace == 0 && s.toks[e+1].capWord() {
			// "according to Wirex/Kell polling", "according to a
			// Wirex/Kell poll": the phrase goes on, past a slash, to
			// the document, whose authors both names are.
			if !s.toks[e].lowerWord() {
				e += 2
			}
			for e < hi && e < m.last+5 && s.toks[e].lowerWord() && s.toks[e].class&cDocument == 0 && !s.verbLike(e) {
				e++
			}
			if e < hi && s.toks[e].lowerWord() && s.toks[e].class&cDocument != 0 {
				for e+1 < hi && s.toks[e+1].lowerWord() && s.toks[e+1].class&cDocument != 0 {
					e++ // "opinion poll"
				}
				f := s.mentionStart(m)
				return mention{first: f, last: e + 1, head: e, kind: mDescription, entity: -1, titleFirst: f, titleLast: f}, true
			}
		}
		if m.kind == mDescription && s.toks[m.head].class&(cUnnamed|cTitle) == 0 {
			// "according to figures gathered by the institute", whose
			// description takes in its agent: the agent wrote them.
			for j := m.head + 1; j < m.last && j <= m.head+2; j++ {
				if a, ok := s.authorAfter(j, hi); ok {
					return a, true
				}
			}
			if a, ok := s.authorAfter(m.last, hi); ok {
				return a, true
			}
		}
		return s.peopleWhere(s.modifiedName(m, hi), hi), true
	}
	// Any noun phrase will do: "according to data compiled by ...".
	e := s.npEnd(c.last, hi)
	if e <= c.last {
		return m, false
	}
	if e == c.last+1 && e < hi && s.toks[c.last].lowerWord() && s.toks[c.last].class&cTime != 0 && s.toks[e].lowerWord() && s.nounish(e) && !s.verbLike(e) {
		// "according to early returns": the time word modifies the
		// noun that speaks.
		e++
	}
	if a, ok := s.authorAfter(e, hi); ok {
		return a, true
	}
	return s.modifiedName(mention{first: c.last, last: e, head: e - 1, kind: mDescription, entity: -1, titleFirst: c.last, titleLast: c.last}, hi), true
}

// peopleWhere extends a description of unnamed people over the phrase
// after it that says where they are or what they know, up to the end of
// the clause: "according to people inside the camp", "according to two
// sources familiar with the talks". A time ("officials in May") or a
// clause ("people who ...") ends it, and so does a verb.
func (s *state) peopleWhere(m mention, hi int) mention {
	if m.kind != mDescription || m.coordinated || m.relative != 0 || m.last != m.head+1 || m.last >= hi || !s.toks[m.head].lowerWord() || s.toks[m.head].class&cUnnamed == 0 {
		return m
	}
	if !s.toks[m.last].lowerWord() || !s.wordIs(m.last, "with", "in", "inside", "at", "from", "near", "familiar", "close") {
		return m
	}
	e := m.last
	for e < hi && e < m.last+8 {
		t := &s.toks[e]
		if t.kind == tPunct || t.kind == tMark || t.flags&fDigit != 0 || t.class&(cTime|cSubord|cSpeech) != 0 || t.lowerWord() && s.verbLike(e) {
			break
		}
		e++
	}
	if e < hi && !s.toks[e].isPunct(',') && !s.toks[e].isPunct('.') || e < m.last+2 {
		// The clause goes on, or the phrase is a preposition alone.
		return m
	}
	m.last = e
	return m
}

// modifiedName extends a description of adjectives in lower case to the
// name and the noun they modify: "according to new Harbour Institute
// research" is the research's, not "new".
func (s *state) modifiedName(m mention, hi int) mention {
	if m.kind != mDescription || m.relative != 0 || m.last >= hi || !s.toks[m.last].capWord() || m.last-s.mentionStart(m) > 2 {
		return m
	}
	for k := s.mentionStart(m); k < m.last; k++ {
		if t := &s.toks[k]; !t.lowerWord() || t.class&(cDet|cPossPron|cTitle|cUnnamed|cBody|cOrg|cDocument) != 0 || s.verbLike(k) {
			return m
		}
	}
	e := m.last
	for e < hi && e < m.last+6 && s.toks[e].capWord() {
		e++
	}
	if e == m.last || e >= hi || !s.toks[e].lowerWord() || !s.nounish(e) || s.verbLike(e) {
		// "new Harbour Institute research", not "new Dover, which".
		return m
	}
	m.last, m.head = e+1, e
	return m
}

// possessorOfBody reports whether name m owns the body that speaks after
// it: "according to Norvia's top election board" is the board's word, not
// Norvia's; but a document speaks for its author, "according to Lee's
// memoir".
func (s *state) possessorOfBody(m mention, hi int) bool {
	if m.kind != mName || m.last+1 >= hi || s.toks[m.last].kind != tClitic || !s.toks[m.last+1].lowerWord() {
		return false
	}
	e := s.npEnd(m.last+1, hi)
	return e > m.last+1 && s.toks[e-1].class&(cOrg|cBody) != 0 && s.toks[e-1].class&cDocument == 0
}

// possessedPlural reports whether the form in -s at k ends a phrase that
// a possessive opens at the start of the clause, past modifiers that are
// no nouns for people: "Her seemingly odd comments on the plan speak to
// ..." has no "comments" for a verb. "His aide claims" keeps its verb.
func (s *state) possessedPlural(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := &s.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.class&cPossPron != 0 && t.class&cSubord == 0 {
			return j < k-1 && (j == 0 || t.flags&fSentStart != 0 || s.toks[j-1].isPunct(','))
		}
		if !t.lowerWord() || t.class&(cDet|cSubjPron|cObjPron|cAux|cPrep|cConj|cSubord|cNeg|cSpeech|cUnnamed|cTitle|cBody|cOrg|cDocument) != 0 || s.verbLike(j) {
			return false
		}
	}
	return false
}

// adverbLy reports whether the lower-case word w in -ly reads as an
// adverb, "widely", "roundly", not as one of the nouns in -ly, which end
// in -ally, -ily, -bly, -lly, -oly or -ply: "ally", "family",
// "assembly", "rally", "monopoly", "supply".
func adverbLy(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w[len(w)-3] {
	case 'a', 'b', 'i', 'l', 'o', 'p':
		return false
	}
	return true
}

// nounOrAdjective reports whether a speech word at k is used as a noun
// or an adjective rather than a verb, from the words around it.
func (s *state) nounOrAdjective(k int) bool {
	w := s.lower(k)
	if len(w) > 4 && w[len(w)-1] == 's' && w != "says" {
		if k > 0 && s.toks[k-1].lowerWord() && strings.HasSuffix(s.word(k-1), "ed") && s.toks[k-1].class&(cSpeech|cAux) == 0 {
			// "rejected claims that ...", "denied reports": after a
			// verb in the past, a form in -s is its object.
			return true
		}
		if s.possessedPlural(k) {
			return true
		}
		if k > 1 && s.toks[k-1].lowerWord() && len(s.word(k-1)) > 5 && strings.HasSuffix(s.word(k-1), "ing") && s.toks[k-1].class&(cSpeech|cSpeechAct|cAux) == 0 &&
			s.toks[k-2].kind == tWord && s.toks[k-2].class&(cPrep|cAux) != 0 {
			// "fined for violating rules that ...", "was making claims":
			// a gerund or a progressive after a preposition or an
			// auxiliary takes the form in -s as its object. "Polling
			// shows" opens a sentence, and its verb stays.
			return true
		}
		if k > 1 && s.toks[k-1].kind == tWord && s.toks[k-1].class&(cDet|cPossPron|cSubjPron|cObjPron|cTime|cAux|cAdverb|cPrep|cConj|cSubord|cUnnamed|cNeg) == 0 &&
			s.toks[k-2].kind == tWord && s.toks[k-2].class&cPrep != 0 && s.toks[k-2].class&(cSubord|cConj) == 0 && (s.toks[k-2].flags&fSentStart != 0 || k > 2 && s.toks[k-3].isPunct(',')) {
			// "Despite union calls for a strike, ...": a bare noun
			// after a preposition that opens the clause is its object,
			// and the form in -s after it heads that object. After a
			// subject the phrase modifies it: "evidence from trade
			// suggests".
			return true
		}
		if k > 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "said", "says") {
			// "Lee said claims would rise": right after the cue, a form
			// in -s opens the reported clause as its subject.
			return true
		}
		if k > 0 && s.toks[k-1].lowerWord() && strings.HasPrefix(s.lower(k-1), "reject") {
			// "rejects claims that ...": the object of the denial.
			return true
		}
		if s.wordIs(k+1, "by", "from") && s.toks[k+1].flags&fCap == 0 {
			// "claims by the union", "reports from the front": a
			// plural before its author.
			return true
		}
	}
	if len(w) > 4 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && k > 0 && s.toks[k-1].kind == tWord && s.wordIs(k-1, "these", "those", "many", "several", "few", "various") && !s.wordIs(k+1, "that", "for", "on", "to") {
		// "those promises add up", "many questions remain": after a
		// plural determiner, a form in -s is a plural noun; no verb
		// agrees with it. With a complement the noun still reports
		// ("few calls for Lee to quit").
		return true
	}
	if len(w) > 4 && w[len(w)-1] == 's' && w != "says" && k == 1+s.sents[s.sentOf[k]].first && s.toks[k].lowerWord() && s.toks[k-1].kind == tWord && s.toks[k-1].class&(cSubjPron|cObjPron) == 0 && s.wordIs(k+1, "are", "were") {
		// "Budget questions are likely to linger": a form in -s before
		// "are" is a plural noun, the subject's head, when only one
		// word opens the sentence before it; "what the city says are
		// lies" has a subject before its verb.
		return true
	}
	if len(w) > 4 && w[len(w)-1] == 's' && w != "says" && k > 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "have", "has", "had", "having") {
		// "have claims in the area": after "have", a form in -s is
		// its object, never a verb.
		return true
	}
	if k > 1 && s.toks[k-1].kind == tWord && (s.year(k-1) || s.wordIs(k-1, "first", "latest", "final", "initial")) &&
		s.toks[k-2].kind == tWord && (isArticle(s.word(k-2)) || s.toks[k-2].class&cPossPron != 0 && s.toks[k-2].class&cObjPron == 0) {
		// "a 1990 claim", "his first report": a noun after an article
		// and a year or an ordinal ("a third said" is a subject).
		return true
	}
	if k > 1 && s.toks[k-1].kind == tWord && s.toks[k-1].flags&fDigit != 0 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		(s.word(k-2) == "$" || s.toks[k-2].kind == tWord && (isArticle(s.word(k-2)) || s.toks[k-2].class&cPossPron != 0 && s.toks[k-2].class&cObjPron == 0)) {
		// "the $64,000 question", "a 2016 report": a bare form after an
		// amount or a number with an article is a noun, where "60
		// say" is a count of people and its verb.
		return true
	}
	if k > 0 && strings.HasSuffix(w, "ing") && s.wordIs(k-1, "most", "more", "less", "least", "very", "too") {
		// "the most telling promise", "a very revealing remark": an
		// adjective after a degree word.
		return true
	}
	if s.afterSingularNP(k) {
		return true
	}
	if k > 1 && s.wordIs(k, "alleged", "purported", "reported", "suspected") && s.toks[k-1].lowerWord() && len(s.word(k-1)) > 5 && strings.HasSuffix(s.lower(k-1), "ing") && s.toks[k-1].class&(cSpeech|cSpeechAct|cSpeechNoun|cDocument|cAux) == 0 &&
		s.toks[k-2].kind == tWord && s.toks[k-2].class&(cDet|cPossPron) == 0 && k+2 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].class&(cDet|cSubjPron|cPossPron|cSubord|cPrep) == 0 &&
		(s.toks[k+2].kind == tWord && s.toks[k+2].class&(cSpeech|cSpeechAct) != 0 || s.toks[k+2].kind == tWord && s.toks[k+2].class&cAux != 0 && k+3 < len(s.toks) && s.toks[k+3].class&(cSpeech|cSpeechAct) != 0 || !(s.toks[k+2].kind == tWord && s.toks[k+2].class&cAux != 0) && !s.verbLike(k+2)) {
		// "police probing alleged fraud", "alleged Kestian spies":
		// after a participle that takes an object, one of the forms
		// that stand as adjectives before a noun is one, also before
		// the main clause's speech verb ("lawyers representing alleged
		// victims said"); "the filing alleged fraud" has a subject and
		// its verb, and so has "analysts tracking shipping reported
		// prices would rise".
		return true
	}
	if k > 2 && strings.HasSuffix(w, "ed") && s.toks[k-1].lowerWord() && (adverbLy(s.lower(k-1)) || s.wordIs(k-1, "much")) &&
		s.toks[k-2].kind == tWord && (isArticle(s.word(k-2)) || s.toks[k-2].class&cPossPron != 0 && s.toks[k-2].class&cObjPron == 0) &&
		s.toks[k-3].lowerWord() && s.toks[k-3].class&cPrep != 0 &&
		k+1 < len(s.toks) && (s.toks[k+1].capWord() || s.toks[k+1].lowerWord() && s.toks[k+1].class&(cDet|cPossPron|cSubjPron|cObjPron|cPrep|cSubord|cConj|cAux|cAdverb|cNeg) == 0 && !s.verbLike(k+1)) {
		// "after a widely criticized vote", "for his much praised
		// plan": after a preposition, an article and an adverb, a form
		// in -ed before a noun is an adjective. Not without the
		// preposition, where a noun in -ly may be the subject: "Led by
		// Lee, the rally denounced Reyes"; nor after a noun in -ly,
		// "after the rally denounced it".
		return true
	}
	if k > 1 && strings.HasSuffix(w, "ed") && s.toks[k-1].lowerWord() && s.wordIs(k-1, "all", "any", "each", "every", "other", "several", "such") &&
		s.toks[k-2].lowerWord() && s.toks[k-2].class&cPrep != 0 && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].class&(cDet|cSubjPron|cPossPron|cSubord|cPrep|cConj) == 0 {
		// "an inquiry into all alleged war crimes": after a preposition
		// and a quantifier, a form in -ed before a noun is an
		// adjective; without the preposition the quantifier may be the
		// subject, "many alleged fraud".
		return true
	}
	if k > 0 && len(w) > 4 && w[len(w)-1] == 's' && w != "says" && s.toks[k-1].kind == tWord && len(s.word(k-1)) > 4 && (hasSuffixFold(s.word(k-1), "ic") || hasSuffixFold(s.word(k-1), "ical")) &&
		!(k > 1 && s.toks[k-2].kind == tWord && (isArticle(s.word(k-2)) || s.toks[k-2].class&cPossPron != 0)) {
		// "despite civic calls for her to quit", "growing public
		// claims": a plural after an adjective in -ic. "The public
		// calls for ..." has a subject and its verb.
		return true
	}
	if k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	if k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].flags&fDigit != 0 && strings.HasSuffix(w, "ed") &&
		n.lowerWord() && n.class&(cDet|cPossPron|cSubjPron|cObjPron|cPrep|cSubord|cConj|cAux|cAdverb) == 0 && !s.wordIs(k+1, "that") {
		// "270 pledged delegates": after a number, a participle before
		// a noun is an adjective.
		return true
	}
	if k > 0 && s.toks[k-1].lowerWord() && s.toks[k-1].class&cDet != 0 && s.toks[k-1].class&cSubord == 0 && !s.wordIs(k-1, "that", "which", "what", "whatever") && strings.HasSuffix(w, "ed") &&
		n.lowerWord() && len(s.word(k+1)) > 3 && strings.HasSuffix(s.word(k+1), "s") && !strings.HasSuffix(s.word(k+1), "ss") && n.class&(cDet|cPossPron|cSubjPron|cObjPron|cPrep|cSubord|cConj|cAux|cAdverb) == 0 {
		// "those pledged delegates": after a determiner, a participle
		// before a plural noun is an adjective; a verb there has a
		// subject before it ("the group that warned voters").
		return true
	}
	if w == "stated" && n.lowerWord() && n.class&(cDet|cPossPron|cSubjPron|cObjPron|cPrep|cSubord|cConj|cAux|cAdverb|cTime|cNeg) == 0 && !s.wordIs(k+1, "that") && !s.verbLike(k+1) {
		// "voting record and stated intention", "with stated aims":
		// before a bare noun, "stated" is an adjective; the verb takes
		// "that", an article or a clause.
		return true
	}
	return false
}

// quotedIn reports whether tokens [a, b) hold a quotation mark or the
// space a stripped one left.
func (s *state) quotedIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].kind == tMark {
			return true
		}
	}
	return s.stripped && s.marksIn(a, b) > 0
}

// timeOnly reports whether tokens [a, b) are only a time: "this week",
// "in 2015", "on Tuesday".
func (s *state) timeOnly(a, b int) bool {
	when := false
	for k := a; k < b; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tPunct:
		case t.kind != tWord:
			return false
		case t.class&cTime != 0 || s.year(k):
			when = true
		case t.flags&fCap == 0 && s.wordIs(k, "in", "on", "at", "during", "since", "the"):
		default:
			return false
		}
	}
	return when
}

// year reports whether token k is a year in figures: "1990".
func (s *state) year(k int) bool {
	w := s.word(k)
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// afterSingularNP reports whether the base form at k ends a noun phrase
// whose other words are singular nouns after an article or a
// possessive, before a quotation or punctuation: "the TV show “Main
// Street”", "on Wirex's late night show,". A verb in the base form needs a
// plural subject; a singular noun that names people or a body ("the
// committee say") may take one.
func (s *state) afterSingularNP(k int) bool {
	w := s.lower(k)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || s.toks[k].class&cSpeechNoun != 0 || lookupWord(w+"s")&s.toks[k].class == 0 {
		// Only a base form ("show", not "said"); and a speech noun
		// ("her March comment that ...") still reports speech.
		return false
	}
	if k+1 < len(s.toks) && s.toks[k+1].kind == tWord {
		// Before a word it may still be the verb of a subject further
		// back: "those who backed the nomination acknowledge that".
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &s.toks[j]
		if t.kind == tClitic && j < k-1 {
			return true // "Wirex's TV show"
		}
		if t.kind != tWord {
			return false
		}
		if j < k-1 && t.flags&fCap == 0 && t.class&(cDet|cPossPron) != 0 && t.class&(cSubord|cSubjPron) == 0 {
			return true
		}
		v := s.word(j) // not lowered: a name would be copied
		if t.flags&fDigit != 0 || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "S") || t.class&(cDet|cPossPron|cSubjPron|cObjPron|cPrep|cConj|cSubord|cAux|cAdverb|cUnnamed|cBody|cTitle|cDocument|cSpeech) != 0 || s.verbLike(j) {
			return false
		}
	}
	return false
}

// degreeHead reports whether a description ends in "most", "more" or
// "least" that only grades the words after it: "the most recent survey"
// is no "most" who spoke.
func (s *state) degreeHead(m mention, hi int) bool {
	return m.kind == mDescription && m.head == m.last-1 && s.degreeWord(m.head, hi)
}

// authorAfter returns the author named after a document at token i:
// "(a study) by the Harbour Research Group", "(data) compiled by the
// city", "(a report) from the agency". The author, not the document,
// is the source.
func (s *state) authorAfter(i, hi int) (m mention, ok bool) {
	if i < hi && s.toks[i].lowerWord() && strings.HasSuffix(s.word(i), "ed") {
		i++ // "compiled by", "released by"
	}
	if i+1 >= hi || !s.wordIs(i, "by", "from") || s.toks[i].flags&fCap != 0 {
		return m, false
	}
	e := s.ppEnd(i+1, hi)
	if e <= i+1 {
		return m, false
	}
	if m, ok = s.npEndingAt(e-1, i+1, false); !ok || s.mentionStart(m) != i+1 && m.titleFirst != i+1 || m.kind == mPronoun {
		return m, false
	}
	if r := s.runAt(e); m.kind == mDescription && m.last == e && e < hi && s.toks[m.head].lowerWord() && s.toks[m.head].class&(cBody|cOrg) != 0 && r >= 0 && s.runs[r].first == e && s.runs[r].entity >= 0 && (s.runs[r].last >= hi || s.toks[s.runs[r].last].kind != tWord || s.toks[s.runs[r].last].lowerWord() && s.toks[s.runs[r].last].class&cPrep != 0) {
		// "compiled by the consulting firm Harbour Finance": the
		// body's name after its noun is the author.
		return s.runMention(r), true
	}
	return m, true
}

// listCommaAt reports whether the comma at j parts the items of a short
// list, "friends, aides and allies,": a word or two, "and" or "or", a
// word or two, and a comma.
func (s *state) listCommaAt(j, hi int) bool {
	for k := j + 2; k < hi && k <= j+3; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "and", "or") {
			for e := k + 2; e < hi && e <= k+3; e++ {
				if s.toks[e].isPunct(',') {
					return true
				}
			}
			return false
		}
	}
	return false
}

// mayPoll reports whether pollFront(k, ...) may find a cue, a word of two
// letters that begins with i: a cheap test for the loop over every word,
// which otherwise pays a call per word for the rare "In a poll ...".
func (s *state) mayPoll(k int) bool {
	t := &s.toks[k]
	return t.end-t.start == 2 && s.text[t.start]|0x20 == 'i'
}

// pollFront returns the cue of a sentence that opens, perhaps after a
// connective, with "In" and a poll or a survey, a phrase with no verb but
// a participle: "In a Harbour College poll released Monday, 60 percent
// backed Lee". The poll reports the clause after the comma, as it would
// after "according to". A report or a study in that place is mostly
// followed by its author's own verb ("In a report, the agency found").
func (s *state) pollFront(k int, sent sentence) (c cue, ok bool) {
	if t := &s.toks[k]; t.end-t.start != 2 || !s.wordIs(k, "In", "in") || (t.flags&fCap == 0) == (k == sent.first) || !s.onlyConnectives(sent.first, k) {
		return c, false
	}
	poll := false
	for j := k + 1; j < sent.last && j <= k+16; j++ {
		t := &s.toks[j]
		switch {
		case t.isPunct(','):
			if !poll || j <= k+2 {
				return c, false
			}
			// A name that speaks on its own after it reports its own
			// finding: "In an online poll, conducted in May, Acme
			// found that ...", where "60 percent said" is the poll's.
			cs := j + 1
			if q := s.participleAside(cs, sent.last); q > cs {
				cs = q
			}
			if cs < sent.last && s.toks[cs].capWord() && s.attributionAt(cs, sent.last) {
				return c, false
			}
			return cue{first: k, last: k + 1, kind: cueAccording}, true
		case t.kind == tClitic && s.possessive(j):
		case t.kind == tPunct && (t.isPunct('/') || t.isPunct(pDash) || t.isPunct('.')) && j+1 < sent.last && s.toks[j+1].kind == tWord:
			// "a KTV/Times poll", "a Post-KTV poll", "the U.S. poll"
		case t.kind != tWord || s.pairOf[j] >= 0:
			return c, false
		case t.lowerWord() && (t.class&(cSubord|cAux|cSubjPron|cNeg) != 0 || t.class&cConj != 0 && !s.wordIs(j, "and") || s.verbLike(j) && !strings.HasSuffix(s.word(j), "ed")):
			// "In states where exit polls were taken, ...": the
			// poll is not what the phrase names.
			return c, false
		case !poll && t.lowerWord() && s.wordIs(j, "poll", "polls", "survey", "surveys"):
			poll = true
		}
	}
	return c, false
}

// according handles "according to S, Q" and "Q, according to S". With
// tail set it is tried before the other cues of its sentence, and returns
// the statement before it as [from, to), or -1, -1.
func (s *state) according(c cue, sent sentence, tail bool) (from, to int) {
	from, to = -1, -1
	m, ok := s.accordingSource(c, sent.last)
	if !ok {
		return
	}
	// The source may run on: "according to a statement from the ministry".
	end := m.last
	for end < sent.last && !s.toks[end].isPunct(',') && !s.toks[end].isPunct('.') && end < m.last+8 {
		end++
	}
	group := s.newGroup()
	lo := sent.first
	if j := int(s.clauseBreak[max(c.first-1, 0)]); j >= lo {
		lo = j + 1 // "...: According to S, Q"
	}
	if s.onlyConnectives(lo, c.first) {
		// According to S, Q. "But, according to S, Q."
		cs := end
		if cs < sent.last && !s.toks[cs].isPunct(',') {
			// A long source ends at the comma: "According to a 2016
			// study by the Harbour Institute based on data from 2014,
			// Q".
			for j := cs; j < sent.last && j < m.last+30 && s.pairOf[j] < 0 && !s.toks[j].isPunct(';') && !s.toks[j].isPunct(':'); j++ {
				if s.toks[j].isPunct(',') && !s.listCommaAt(j, sent.last) {
					cs = j
					break
				}
			}
		}
		if cs < sent.last && s.toks[cs].isPunct(',') {
			cs++
		}
		ce := s.contentEnd(cs, sent.last)
		if q := s.sourceApposition(cs, sent.last); q > cs {
			// "According to Ann Lee, a friend of the mayor, the plan
			// failed": the apposition is the source's, not what it
			// reports.
			cs, ce = q, s.contentEnd(q, sent.last)
		} else if q := s.participleAside(cs, sent.last); q > cs {
			// "According to the poll, conducted in May, Lee led":
			// likewise the participle that tells of the source.
			cs, ce = q, s.contentEnd(q, sent.last)
		}
		if s.quotedNear(cs, min(ce+2, sent.last)) && s.attributionAt(cs, ce) {
			// "According to the Times, Lee said “...”": the
			// quotation goes with its own attribution. Otherwise
			// the source reports the clause, attribution and all
			// ("According to the Times, Lee said the port will
			// close"), the outer statement.
			return
		}
		if ce-cs >= 3 {
			st := stmt{first: cs, last: ce, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
			}
		}
		return from, to
	}
	if f := s.connectiveFront(c.first, sent.first); f >= 0 {
		// `FRONT because, according to S, REST`: the front stops at
		// the connective that opens the reported clause, so S reports
		// only the rest; the front is the reporter's, or a cue's that
		// goes first ("the Planet reported that, according to ...").
		e := m.last
		for e < sent.last && e < m.last+8 && !s.splitMark(e) && !s.toks[e].isPunct('.') && !s.toks[e].isPunct(';') && s.pairOf[e] < 0 {
			e++ // the comma or dash that closes the source
		}
		if tail && s.wordIs(f, "that") || e+1 >= sent.last || !s.splitMark(e) || s.inStatement(c.first, func(*stmt) bool { return true }) {
			// A verb's "that" waits for the verb, whose statement
			// holds the source's ("said that, according to ...").
			return from, to
		}
		rs := e + 1
		st := stmt{first: rs, last: s.contentEnd(rs, sent.last), kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
		if s.wordsIn(st.first, st.last) >= 3 && s.classify(&st) {
			s.addStmt(st)
			s.useCue(c)
		}
		return from, to
	}
	if c.first-1 > sent.first && s.splitMark(c.first-1) {
		ls := s.leftClauseStart(c.first-1, sent.first)
		// `FRONT, according to S, REST`: the source splits the
		// statement, and the front may be a word or two.
		rs := -1
		if end+1 < sent.last && s.splitMark(end) && s.toks[end+1].kind == tWord && !s.relativeOrCue(end+1) && !s.attributionAt(end+1, sent.last) {
			rs = end + 1
			// After a whole clause, `Q, according to S, ...` goes on
			// with the source's apposition ("a group that ...") or a
			// phrase of the reporter's ("taking ..."); only a verb or
			// a connective carries on the statement.
			if !s.verbLike(rs) && (s.toks[rs].class&(cConj|cSubord) == 0 || s.wordIs(rs, "but", "where")) && s.hasClause(ls, c.first-1) && !s.subordinateFront(ls, rs, sent.last) {
				// Nor does a new clause of the reporter's: "..., but
				// the lead is narrowing", "..., where ...".
				rs = -1
			}
			if rs >= 0 && s.adjunctAt(rs) && s.toks[ls].class&cSubord == 0 && s.hasClause(ls, c.first-1) && !s.clauseAfterComma(rs, sent.last) && !s.speechIn(rs, sent.last) {
				// Nor a phrase of time or circumstance, as after a
				// split "said" (see splitRest): "Ten ships sank,
				// according to S, as the storm grew".
				rs = -1
			}
		}
		left := c.first-1-ls >= 3 && (s.toks[c.first-1].isPunct(',') || s.toks[c.first-1].isPunct(pDash))
		if tail && (rs >= 0 || s.opensAttribution(ls, c.first-1) && !s.reportsWhole(ls, c.first-1) || s.quoteBeforeAttribution(ls, c.first-1)) {
			// Taken first only when it closes a sentence that has no
			// attribution of its own at its start, nor a stripped
			// quote with its own at its end.
			return from, to
		}
		if rs >= 0 {
			left = c.first-1 > ls && (s.verbLike(rs) || !s.introductory(ls, c.first-1))
		}
		if a := ls + 1; left && s.stmtEnds[ls] && s.toks[ls].isPunct(',') && a < c.first && s.toks[a].flags&fWide != 0 {
			// `  Q,  Lee said, according to the Ledger.`: what is left
			// is the attribution of the quote before it, no statement.
			left = !s.attributionAt(a, c.first-1)
		}
		if left && s.saidBeforeAccording(c, sent.first, -1) {
			// `Q, Lee said, according to a transcript`: likewise with
			// no marks. The front is Lee's statement, and the source
			// only carries its attribution.
			left = false
		}
		if left && rs >= 0 && s.wordIs(rs, "that") && s.saidBeforeAccording(c, sent.first, ls) {
			// "Lee said, according to the Herald, that Q": the front is
			// the attribution of the verb, whose "that" clause after
			// the source is Lee's statement; the source reports none.
			return from, to
		}
		if left {
			st := stmt{first: ls, last: c.first - 1, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
				from, to = ls, c.first
			}
		}
		if rs >= 0 && (left || c.first-1-ls >= 1) {
			st := stmt{first: rs, last: s.contentEnd(rs, sent.last), kind: Indirect, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if !left {
				st.cueFirst, st.cueLast = c.first, c.last
			}
			if st.last > st.first && s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
			}
		}
	} else if c.first-1 > sent.first && s.toks[c.first-1].kind == tWord && s.speakingSource(m) && s.closesClause(m.last, end, sent.last) {
		// `Q according to S.`, with no comma: a source that speaks
		// closes the clause it reports ("Lee leads by 20 votes
		// according to a recount by the Ledger"), but not "behaved
		// according to their rank".
		ls := s.leftClauseStart(c.first, sent.first)
		for k := ls; k < c.first; k++ {
			if cc, ok := s.cueAt(k); ok && !cc.weak {
				// "Lee said on Friday according to a transcript":
				// an attribution of its own.
				return from, to
			}
		}
		if s.wordsIn(ls, c.first) >= 4 && (s.hasClause(ls, c.first) || s.presentVerb(ls, c.first)) && !s.introductory(ls, c.first) {
			// Also in the present: "Lee leads by 20 votes according to
			// the Ledger".
			st := stmt{first: ls, last: c.first, kind: Indirect, cueFirst: c.first, cueLast: c.last, spk: m, hasSpk: true, source: srcAccording, pair: -1, group: group}
			if s.classify(&st) {
				s.addStmt(st)
				s.useCue(c)
				from, to = ls, c.first
			}
		}
	}
	return from, to
}

// saidBeforeAccording reports whether a compact attribution, a subject
// and a verb cue set off by commas, stands right before the comma of
// "according to" c: `Q, Lee said, according to a transcript`, `Q, said
// Lee, according to the Herald`. The look back is a few tokens. When
// front >= 0 the attribution may instead open the clause at front: "Lee
// said, according to the Herald, that ...".
func (s *state) saidBeforeAccording(c cue, lo, front int) bool {
	e := c.first - 1
	if e-2 < lo || !s.toks[e].isPunct(',') {
		return false
	}
	for k := e - 1; k > lo && k >= e-6; k-- {
		if !s.mayCue(k) || s.pairOf[k] >= 0 {
			continue
		}
		v, ok := s.cueAt(k)
		if !ok || v.kind != cueVerb || v.participle || v.last > e {
			continue
		}
		t := v.last
		if s.toks[v.first].class&cSpeechObject != 0 {
			// "Lee told reporters, according to ...": the hearer.
			t = max(t, s.skipHearer(t, e))
		}
		if m, ok := s.subjectBefore(k, lo); ok && m.last <= k && s.compactAttribution(v, m) && (s.splitMark(s.attributionLead(v, m)) || front >= 0 && s.attributionLead(v, m) == front-1) && s.onlyTail(t, e) {
			return true
		}
		if m, ok := s.subjectAfter(v.last, e); ok && s.mentionStart(m) == v.last && max(m.last, m.titleLast) == e && s.splitMark(v.first-1) {
			return true
		}
		return false
	}
	return false
}

// sourceApposition returns where the statement starts after an
// apposition on the source of "according to" that opens at cs, a noun
// phrase with no verb, maybe with a relative clause ("a friend of the
// mayor who died in 2000,"), closed by a comma before a main clause; or
// -1.
func (s *state) sourceApposition(cs, ce int) int {
	if cs >= ce {
		return -1
	}
	if f := &s.toks[cs]; f.kind != tWord || f.class&(cDet|cPossPron|cTitle|cTitleMod) == 0 && !f.capWord() || f.class&(cSubjPron|cTime) != 0 {
		return -1
	}
	relative := false
	for k := cs + 1; k+1 < ce && k <= cs+24; k++ {
		t := &s.toks[k]
		switch {
		case t.isPunct(','):
			if (s.mainClauseAt(k+1, ce) || s.bareSubjectVerb(k+1, ce)) && s.wordsIn(k+1, ce) >= 3 && !s.wordIs(k+1, "which", "who", "whom", "whose", "that", "what", "where") {
				return k + 1
			}
			return -1
		case t.kind == tClitic && s.possessive(k):
		case s.pairOf[k] >= 0 || t.kind != tWord || t.class&(cSpeech|cSpeechAct|cSpeechWeak) != 0:
			return -1
		case t.lowerWord() && s.wordIs(k, "who", "whose", "which", "that"):
			relative = true
		case !relative && (s.verbLike(k) || t.class&(cAux|cSubjPron|cSubord|cTime) != 0):
			// Not a verb, nor a time: "According to Lee, this year,
			// the city ..." fronts the statement's own phrase.
			return -1
		}
	}
	return -1
}

// bareSubjectVerb reports whether a bare noun phrase in lower case, a
// word or three with no determiner, and a verb open a clause at i: "city
// officials ordered", which mainClauseAt, wanting a capital or a
// determiner, does not take.
func (s *state) bareSubjectVerb(i, hi int) bool {
	for j := i; j < hi && j <= i+3; j++ {
		u := &s.toks[j]
		if j > i && s.verbLike(j) {
			return true
		}
		if !u.lowerWord() || u.class&(cPrep|cConj|cSubord|cAux|cAdverb|cDet|cPossPron|cSubjPron|cObjPron|cNeg|cTime) != 0 || s.verbLike(j) {
			return false
		}
	}
	return false
}

// participleAside returns where the statement starts after a phrase
// that opens at cs with a participle in -ed and closes with a comma before
// a main clause, with no other verb in it ("conducted in May,",
// "released by the city on Monday,"); or -1.
func (s *state) participleAside(cs, ce int) int {
	if cs >= ce || !s.toks[cs].lowerWord() || s.toks[cs].class&(cAux|cSpeech) != 0 || !strings.HasSuffix(s.word(cs), "ed") {
		return -1
	}
	for k := cs + 1; k+1 < ce && k <= cs+10; k++ {
		t := &s.toks[k]
		switch {
		case t.isPunct(','):
			// A subject follows: a name, a number, a pronoun or a
			// determiner.
			if n := &s.toks[k+1]; n.kind == tWord && (n.flags&(fCap|fDigit) != 0 || n.class&(cDet|cPossPron|cSubjPron) != 0) && n.class&cSubord == 0 && s.wordsIn(k+1, ce) >= 3 {
				return k + 1
			}
			return -1
		case t.kind == tPunct && (t.isPunct('/') || t.isPunct(pDash) || t.isPunct('.')):
		case t.kind != tWord || s.pairOf[k] >= 0 || t.lowerWord() && (t.class&(cSubord|cSubjPron|cAux|cSpeech) != 0 || s.verbLike(k)):
			return -1
		}
	}
	return -1
}

// closesClause reports whether the source of "according to", which ends
// at a and runs on to e, ends its clause: only a phrase or a participle
// runs on after it ("a poll released Monday", not "Kestia officials remains
// in a deadlock"), and e is the end of the sentence, or a comma before "but"
// or "and" and a clause of the reporter's.
func (s *state) closesClause(a, e, hi int) bool {
	if a < e && s.toks[a].lowerWord() && s.toks[a].class&(cDocument|cUnnamed|cBody) != 0 {
		a++ // "a KTV poll": the noun a name modifies
	}
	if a < e {
		// Only a phrase or a participle goes on from the source.
		if t := &s.toks[a]; !(t.lowerWord() && (t.class&(cPrep|cTime) != 0 || strings.HasSuffix(s.lower(a), "ed"))) {
			return false
		}
	}
	for k := a; k < e; k++ {
		if s.verbLike(k) && !strings.HasSuffix(s.lower(k), "ed") {
			return false
		}
	}
	if e >= hi || s.toks[e].isPunct('.') {
		return true
	}
	// After a comma, a clause joined by "but" or "and", or a phrase of
	// the reporter's that opens with a preposition: "Lee leads by 20
	// votes according to pollsters, despite the storm".
	return e+1 < hi && s.toks[e].isPunct(',') && s.toks[e+1].lowerWord() && (s.wordIs(e+1, "but", "and") || s.toks[e+1].class&cPrep != 0 && s.toks[e+1].class&(cConj|cSubord) == 0)
}

// aboutAfterAmount returns where the topic starts when [cs, ce) opens
// with an amount of speech and "about" ("little about the plan", "much
// over the months about the vote", "nothing about it"), or cs.
func (s *state) aboutAfterAmount(cs, ce int) int {
	if cs >= ce || !s.toks[cs].lowerWord() || !s.wordIs(cs, "little", "much", "nothing", "more", "less") {
		return cs
	}
	for k := cs + 1; k+1 < ce && k <= cs+6; k++ {
		t := &s.toks[k]
		if t.lowerWord() && s.wordIs(k, "about") {
			return k + 1
		}
		if t.kind != tWord || t.class&(cAux|cSubjPron|cConj|cSubord) != 0 || s.wordIs(k, "of", "than") || s.verbLike(k) {
			return cs
		}
	}
	return cs
}

// connectiveFront returns the connective that ends the words before
// "according to" at k, maybe with a comma between ("after, according to
// him,", "because according to the audit,"), or -1. Only connectives that
// open a clause count: "which" or "who" would be its subject, and "that"
// only after a verb ("reported that, according to ...").
func (s *state) connectiveFront(k, lo int) int {
	f := k - 1
	if f > lo && s.splitMark(f) {
		f-- // "where - according to KFA estimates - Q"
	}
	relative := func(j int) bool {
		return j-1 > lo && s.toks[j].lowerWord() && s.wordIs(j, "who", "which") && s.toks[j-1].isPunct(',')
	}
	if f > lo && relative(f) {
		// "The mayor, who, according to aides, has lost interest,
		// said ...": a relative clause opens the reported words, and
		// its antecedent is the reporter's.
		return f
	}
	if f-1 > lo && s.toks[f].lowerWord() && s.toks[f].class&cAux != 0 && relative(f-1) {
		return f - 1 // "The mayor, who has, according to aides, lost ..."
	}
	if f <= lo || !s.toks[f].lowerWord() || !s.wordIs(f, "after", "although", "as", "because", "before", "if", "once", "since", "so", "that", "though", "unless", "until", "when", "where", "whereas", "while") {
		return -1
	}
	if s.wordIs(f, "that") && s.toks[f-1].class&cueClasses == 0 {
		// "likely to try that, according to aides": a demonstrative,
		// unless a verb's "that" opens its clause.
		return -1
	}
	return f
}

// speakingSource reports whether a source after "according to" can speak:
// a name, or a description headed by a person, body or document ("the
// poll", "a count"), not "their rank" or "the rules".
func (s *state) speakingSource(m mention) bool {
	return m.kind == mName || m.kind == mDescription && (s.toks[m.head].class&(cUnnamed|cTitle|cBody|cDocument|cOrg) != 0 || s.namedMaker(m.last))
}

// namedMaker reports whether "by" and a name follow at k, the maker of a
// count or study that then speaks for it: "a recount by the Ledger", "an
// analysis by Harbour Data".
func (s *state) namedMaker(k int) bool {
	if k+1 >= len(s.toks) || !s.toks[k].lowerWord() || !s.wordIs(k, "by") {
		return false
	}
	if s.wordIs(k+1, "the", "The") {
		k++
	}
	r := s.runAt(k + 1)
	return r >= 0 && s.runs[r].first == k+1
}

// subordinateFront reports whether the front at ls of a statement split
// by "according to" is a subordinate clause and the rest at rs its main
// clause: "While most files were public, according to an aide, two were
// secret".
func (s *state) subordinateFront(ls, rs, hi int) bool {
	t := &s.toks[ls]
	return t.kind == tWord && t.class&cSubord != 0 && t.class&cPrep == 0 && (s.mainClauseAt(rs, hi) || s.toks[rs].flags&fDigit != 0 || s.wordIs(rs, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
}

// reportsWhole reports whether a closing "according to" after [a, b),
// a clause with an attribution of its own, reports all of it: "Lee said
// the plant will close, according to the Planet" is the Planet's
// statement, with Lee's attribution in it. Not after a relative or a
// coordinated clause, a phrase after "with" or a parenthesis, which the
// source may report alone: "Lee said the gap may close, which stood at
// 26, according to ...".
func (s *state) reportsWhole(a, b int) bool {
	for k := max(a, b-maxReach); k < b; k++ {
		if s.toks[k].isPunct('(') || k+1 < b && s.toks[k].isPunct(',') && s.toks[k+1].lowerWord() && s.wordIs(k+1, "which", "who", "whose", "where", "and", "while", "with") {
			return false
		}
	}
	return true
}

// quotedNear reports whether tokens [a, b) reach into a quotation that
// has a statement of its own already, from its own attribution.
func (s *state) quotedNear(a, b int) bool {
	for k := a; k < b && k < a+maxReach; k++ {
		if p := s.pairOf[k]; p >= 0 && s.pairStmt[p] >= 0 {
			return true
		}
	}
	return false
}

// onlyConnectives reports whether [a, b) holds nothing but connectives,
// adverbs and commas: "But," or "And so," before "according to".
func (s *state) onlyConnectives(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if !(t.isPunct(',') || t.isPunct('(') || t.kind == tWord && t.class&(cConj|cAdverb) != 0) {
			return false
		}
	}
	return true
}

// attributeLeftovers deals with the quotations no cue claimed. One that
// follows a statement of a known speaker, in the same paragraph or at the
// start of the next, continues it (the news convention `"A," she said.
// "B."`); one that reads as an utterance of its own is reported without a
// speaker; the rest (scare quotes, titles of works, nicknames) are not
// statements.
func (s *state) attributeLeftovers() {
	s.sortStmts()
	n := len(s.stmts)
	prev := -1 // latest statement before the current pair
	si := 0
	for i, p := range s.pairs {
		if p.depth != 0 || s.pairStmt[i] >= 0 {
			continue
		}
		start, end := s.pairInner(p)
		if start >= end || s.headingPair(p) {
			continue
		}
		for si < n && s.stmts[si].end <= start {
			if prev < 0 || s.stmts[si].end > s.stmts[prev].end {
				// A statement that ends where the one before ends lies
				// inside it, reported in its content: "Lee said that
				// critics had predicted a withdrawal." A quotation
				// after them carries on the outer one.
				prev = si
			}
			si++
		}
		if last := len(s.stmts) - 1; last >= n && (prev < 0 || s.stmts[last].end >= s.stmts[prev].end) {
			prev = last
		}
		like := s.statementLike(p)
		st := stmt{first: p.open + 1, last: p.close, start: start, end: end, kind: Direct, marked: true, source: srcQuoteAlone, pair: i, group: s.newGroup()}
		if m, ok := s.signature(p); ok {
			// `"Q" ¶ - Lee.`: the line under the quotation names its
			// speaker.
			st.spk, st.hasSpk = m, true
		} else if c, m, ok := s.attributionSentence(p); ok {
			// `"Q." Lee said.`: a full stop inside the marks set the
			// attribution apart.
			st.spk, st.hasSpk, st.cueFirst, st.cueLast = m, true, c.first, c.last
			st.source = srcQuoteCueAfter
			s.useCue(c)
		} else if s.titleLike(p, 1) || s.byline(p) || s.nicknamePair(p) {
			// `told “Kestia and Friends,” reminding`, `roles in “Harbour
			// 9,” “Tide”`: the name of a show or a work; `Ann Lee
			// (“Little Ann”)`: a nickname.
			continue
		} else if ci, lead := s.carriedBy(prev, p, like); ci >= 0 {
			ps := s.stmts[ci]
			if ni := s.namedNext(i, ps); ni >= 0 {
				// `The coach said ... ¶ "A." "B," Lee said.`: a
				// quotation right before one that a name speaks is that
				// name's, not that of a description before it.
				ps, lead = s.stmts[ni], false
			}
			if lead {
				// `Q, Lee said. Roads can still win, but only when “the
				// money is there.”`: the sentence after the attribution
				// goes on in the reporter's words into the speaker's,
				// and is the speaker's mixed statement.
				ls := s.leadIn(p)
				st.first, st.kind = ls, Mixed
				st.start, st.end = s.toks[ls].start, s.toks[p.close].end
			}
			st.spk, st.hasSpk, st.carried, st.group = ps.spk, ps.hasSpk, true, ps.group
			st.source = srcQuoteCarried
		} else if !like {
			continue
		} else if m, ok := s.sceneSubject(p); ok && (prev < 0 || s.sents[s.sentOf[s.stmts[prev].first]].para < s.sents[s.sentOf[p.open]].para-1 || s.sceneOpensParagraph(p) && s.sents[s.sentOf[s.stmts[prev].last-1]].para < s.sents[s.sentOf[p.open]].para) {
			// Not after another speaker's statement nearby, whose
			// quotation this may be: then no one is named.
			st.spk, st.hasSpk = m, true
		}
		s.pairStmt[i] = s.addStmt(st)
	}
}

// namedNext returns the statement of the quotation right after quotation
// i where namedAfter gives it i's speaker in place of ps's, or -1.
func (s *state) namedNext(i int, ps stmt) int {
	if ps.spk.kind != mDescription {
		return -1
	}
	p, j := s.pairs[i], i+1
	for j < len(s.pairs) && j < i+8 && s.pairs[j].open < p.close {
		j++ // a quotation inside p
	}
	if j >= len(s.pairs) || s.pairs[j].depth != 0 || s.pairs[j].open != p.close+1 || s.pairStmt[j] < 0 {
		return -1
	}
	if ni := s.pairStmt[j]; s.namedAfter(ps, p.open, p.close, &s.stmts[ni]) {
		return ni
	}
	return -1
}

// namedAfter reports whether statement ns, which a quotation [a, e)
// that ends its sentence is right before in the same paragraph, lends
// its speaker to it, in place of ps's, which it would carry on: ns's own
// attribution after it names a person, and ps is spoken by a
// description, given in an earlier paragraph, that stands for no one
// named there. In `The coach said ... ¶ "A." "B," Lee said.` A is
// Lee's. A question is left to whom it asks: `"Why?" "Because we can,"
// Lee said.`.
func (s *state) namedAfter(ps stmt, a, e int, ns *stmt) bool {
	if ps.spk.kind != mDescription || !ns.hasSpk || ns.carried || ns.cueFirst < ns.last || ns.spk.kind != mName || ns.spk.entity < 0 || ns.spk.entity == ps.spk.entity || s.entities[ns.spk.entity].kind != Person {
		return false
	}
	if k := e - 1; k <= a || !s.toks[k].isPunct('.') && !s.toks[k].isPunct('!') {
		return false
	}
	para, k := s.sents[s.sentOf[a]].para, ps.first
	if ps.cueFirst < ps.cueLast {
		k = ps.cueFirst
	}
	if s.sents[s.sentOf[k]].para >= para {
		// `"Shut," the master said. "A." "B," said Lee.`: a speaker
		// whose attribution stands in the quotations' own paragraph
		// carries on; only one from an earlier paragraph yields.
		return false
	}
	return s.sents[s.sentOf[ns.first]].para == para
}

// nicknamePair reports whether quotation p is a nickname in parentheses,
// a few words with no full stop after "(" and before a name, or between
// a name and ")": `Ann Lee (“Little Ann”)`, `(“Low energy” Tom Long,
// ...)`. After a word in lower case the words in parentheses are quoted:
// `the crowd chanted (“Save the port”) as she spoke`.
func (s *state) nicknamePair(p pair) bool {
	if p.open == 0 || !s.toks[p.open-1].isPunct('(') || p.close+1 >= len(s.toks) || s.wordsIn(p.open+1, p.close) > 4 {
		return false
	}
	for k := p.open + 1; k < p.close; k++ {
		if t := &s.toks[k]; t.isPunct('.') || t.isPunct('?') || t.isPunct('!') {
			return false
		}
	}
	n := &s.toks[p.close+1]
	if n.isPunct(')') && p.open >= 2 && (s.nameToken(p.open-2) || s.toks[p.open-2].lowerWord() && s.toks[p.open-2].class&(cTitle|cUnnamed) != 0) {
		// After a name or a person's noun: `the mayor (“Big Tom”)`.
		return true
	}
	return n.kind == tWord && n.capWord()
}

// headingPair reports whether a quotation in single marks makes up a
// short paragraph of its own: a subheading in headline style ('Not a
// Done Deal.'), also set between dashes (– 'Not a Deal' –), not a quote.
func (s *state) headingPair(p pair) bool {
	o := &s.toks[p.open]
	if o.mark.family() != famSingle || o.flags&fParaStart == 0 && !(p.open > 0 && s.toks[p.open-1].isPunct(pDash) && s.toks[p.open-1].flags&fParaStart != 0) {
		return false
	}
	k := p.close + 1
	for n := 0; n < 3 && k < len(s.toks) && s.toks[k].kind == tPunct && s.toks[k].flags&fNewline == 0; n++ {
		k++
	}
	if k < len(s.toks) && s.toks[k].flags&fNewline == 0 {
		return false
	}
	words := 0
	for j := p.open + 1; j < p.close && words <= 12; j++ {
		if s.toks[j].kind == tMark {
			return false // a quote within: `'"Hi," he said.'`
		}
		if s.toks[j].kind == tWord {
			words++
		}
	}
	return words <= 12
}

// sceneSubject returns the person whom the reporter's sentence right
// before an unattributed quotation is about, who is then its speaker:
// `Lee turned to the crowd. "We will not stop."` The sentence must open
// with the person, as subject, and hold no statement of its own.
func (s *state) sceneSubject(p pair) (m mention, ok bool) {
	if !s.opensSentence(p) {
		return m, false
	}
	return s.sceneSubjectAt(p.open)
}

// sceneSubjectAt is sceneSubject for a quotation that opens its sentence
// at token open, marked or stripped.
func (s *state) sceneSubjectAt(open int) (m mention, ok bool) {
	si := int(s.sentOf[open])
	if si == 0 {
		return m, false
	}
	prev := s.sents[si-1]
	if d := s.sents[si].para - prev.para; d > 1 || d == 1 && s.toks[open].flags&fParaStart == 0 || s.hasStmt(prev) {
		return m, false
	}
	for k := prev.first; k < prev.last; k++ {
		if s.pairOf[k] >= 0 || s.stripped && len(s.regionOf) > k && s.regionOf[k] >= 0 {
			return m, false
		}
	}
	m, ok = s.firstSubject(prev.first, prev.last)
	if !ok || s.mentionStart(m) > prev.first+2 {
		return m, false
	}
	switch m.kind {
	case mName:
		return m, m.entity >= 0 && s.entityKind(m.entity) == Person
	case mPronoun:
		w := pronounPerson(s.word(m.first))
		return m, w == 'm' || w == 'f'
	}
	return m, false
}

// sceneOpensParagraph reports whether the quotation follows, in its own
// paragraph, the reporter's sentence that opens that paragraph: `¶ Lee
// turned to the crowd. "We will not stop."`.
func (s *state) sceneOpensParagraph(p pair) bool { return s.sceneOpensParagraphAt(p.open) }

// sceneOpensParagraphAt is sceneOpensParagraph for a quote that opens at
// token open, marked or stripped.
func (s *state) sceneOpensParagraphAt(open int) bool {
	si := int(s.sentOf[open])
	if si == 0 || s.toks[open].flags&fParaStart != 0 {
		return false
	}
	prev := s.sents[si-1]
	return prev.para == s.sents[si].para && s.toks[prev.first].flags&fParaStart != 0
}

// signature returns the name on a line of its own under a quotation
// that is a paragraph of its own: `"Q" ¶ - Lee.` or `¶ — Ann Lee`.
func (s *state) signature(p pair) (m mention, ok bool) {
	if m, ok := s.signatureAfter(p.open, p.close+1); ok {
		return m, true
	}
	// `"Q" — Ann Lee`, a line of its own: the name may end the
	// quotation's own line, as readers' letters and tweets are signed,
	// and such lines may follow each other with no blank line between.
	k := p.close + 1
	if k >= len(s.toks) || s.toks[p.open].flags&(fParaStart|fNewline) == 0 || !s.toks[k].isPunct(pDash) || s.toks[k].flags&fNewline != 0 {
		return m, false
	}
	return s.signatureName(k, fNewline)
}

// signatureAfter is signature for a quote that opens a paragraph at
// token open and ends before token k, marked or stripped.
func (s *state) signatureAfter(open, k int) (m mention, ok bool) {
	if s.toks[open].flags&fParaStart == 0 {
		return m, false
	}
	for k < len(s.toks) && s.toks[k].kind == tPunct && s.toks[k].flags&fParaStart == 0 && !s.toks[k].isPunct(pDash) {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k].flags&fParaStart == 0 || !s.toks[k].isPunct(pDash) {
		return m, false
	}
	return s.signatureName(k, fParaStart)
}

// signatureName returns the name after the dash at token k that runs to
// the end of its line, `— Ann Lee`, `- Lee, Dover.`, where a token
// with flag end (a new line or a new paragraph), or the text's end,
// follows.
func (s *state) signatureName(k int, end tokenFlag) (m mention, ok bool) {
	if k+1 >= len(s.toks) {
		return m, false
	}
	r := s.runAt(k + 1)
	if r < 0 || s.runs[r].first != k+1 || s.runs[r].nameFirst >= s.runs[r].last {
		return m, false
	}
	e := s.runs[r].last
	if e < len(s.toks) && s.toks[e].isPunct(',') {
		// `- Lee, Dover.`, `- Lee, a teacher`: where the speaker
		// lives or what she does, to the end of the line.
		e = s.signatureTail(e+1, end)
	}
	if e < len(s.toks) && s.toks[e].isPunct('.') {
		e++
	}
	if e < len(s.toks) && s.toks[e].flags&end == 0 {
		return m, false
	}
	return s.npEndingAt(s.runs[r].last-1, k+1, false)
}

// signatureTail returns the end of a short description from k to the end
// of its line, before a token with flag end, or k if there is none: no
// quotation mark and no cue.
func (s *state) signatureTail(k int, end tokenFlag) int {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		t := &s.toks[j]
		if t.flags&end != 0 {
			return j
		}
		if t.kind == tMark || s.mayCue(j) && !(t.lowerWord() && strings.HasSuffix(s.word(j), "ing")) {
			// A participle tells how the name spoke, `- Lee,
			// tweeting after the vote.`; a finite verb makes a clause.
			return k
		}
		if t.isPunct('.') && (j+1 == len(s.toks) || s.toks[j+1].flags&end != 0) {
			return j
		}
	}
	if k+12 >= len(s.toks) {
		return len(s.toks)
	}
	return k
}

// quoteEndsSentence reports whether quotation p ends its sentence, at its
// closing mark or at the punctuation right after it: `"Q."`, `"Q".`.
func (s *state) quoteEndsSentence(p pair) bool {
	return s.endsSentence(p.close) || p.close+1 < len(s.toks) && s.sentOf[p.close+1] == s.sentOf[p.close] && s.endsSentence(p.close+1)
}

// carriedBy returns the statement whose speaker quotation p carries on
// (carrierOf), or -1, and whether it does so through the reporter's words
// that lead into it (carriesLeadIn) rather than as a quotation of its own
// (carries).
func (s *state) carriedBy(prev int, p pair, like bool) (ci int, lead bool) {
	ci = s.carrierOf(prev, p)
	switch {
	case ci < 0:
		return -1, false
	case s.carries(s.stmts[ci], s.stmts[prev], p, like):
		return ci, false
	case s.carriesLeadIn(s.stmts[ci], s.stmts[prev], p):
		return ci, true
	}
	return -1, false
}

// carrierOf returns carrier(prev), or -1 where nothing may carry over
// to quotation p: no statement before, or carry-over turned off and p is
// not the second half of a quote split by prev's attribution.
func (s *state) carrierOf(prev int, p pair) int {
	if prev < 0 || s.NoCarryOver && !s.splitAfter(prev, p) {
		return -1
	}
	return s.carrier(prev)
}

// splitAfter reports whether quotation p goes on right after the
// attribution of the marked statement i in the same paragraph, as the
// second half of one quote split by it: `"A," Lee said. "B."`. The
// attribution may name a hearer, a place or a time, `"A," Lee told
// reporters in Dover on Monday. "B."`, but no clause of its own.
func (s *state) splitAfter(i int, p pair) bool {
	ps := &s.stmts[i]
	if !ps.marked || !ps.hasSpk || ps.cueLast == ps.cueFirst || ps.last > ps.cueFirst {
		return false
	}
	e := max(ps.cueLast, ps.spk.last)
	if e >= p.open || p.open-e > 10 || s.sents[s.sentOf[p.open]].para != s.sents[s.sentOf[ps.first]].para {
		return false
	}
	if !s.toks[p.open-1].isPunct('.') && !s.toks[p.open-1].isPunct(',') {
		return false
	}
	for k := e; k < p.open-1; k++ {
		t := &s.toks[k]
		if r := s.runAt(k); k == e && r >= 0 && s.runs[r].first == k && s.runs[r].last-k >= 2 {
			// `"A," Lee told Tom Reyes. "B."`: B may be the hearer's
			// reply; not after a time or an outlet, "said Friday",
			// "told Reuters".
			return false
		}
		if t.isPunct(',') || t.kind == tWord && t.class&(cSubord|cConj|cSubjPron|cSpeech) == 0 && !s.verbLike(k) {
			continue
		}
		return false
	}
	return true
}

// carrier returns the statement that a quotation after statement i
// carries on: i, or, when i is reported in a clause hung on an earlier
// quotation's attribution, that quotation: in `"A," Lee said, after
// Reyes stated an interest. "B."` B is Lee's.
func (s *state) carrier(i int) int {
	ps := &s.stmts[i]
	// A statement nobody speaks hung on the attribution is the question
	// put to the speaker: `"A," Lee said when asked whether she would
	// run. "B."` B is Lee's too.
	asked := !ps.marked && !ps.hasSpk
	if ps.marked || ps.cueLast == ps.cueFirst && !asked {
		return i
	}
	bound := ps.cueFirst
	if asked {
		bound = ps.first
	}
	// Statements are sorted by start; those of one sentence are few.
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		q := &s.stmts[j]
		if s.sentOf[q.last-1] != s.sentOf[ps.first] {
			// The quotation may open sentences earlier: `"A. B," Lee
			// said when asked whether she would run. "C."`
			break
		}
		if !q.marked || !q.hasSpk || q.dropped || q.cueLast == q.cueFirst || q.cueLast > bound || q.last > q.cueFirst {
			continue
		}
		for k := q.cueLast; k+1 < bound; k++ {
			if (asked || s.toks[k].isPunct(',')) && s.toks[k+1].lowerWord() && s.toks[k+1].class&cSubord != 0 {
				return j
			}
			if s.toks[k].isPunct(',') && s.measuredSubord(k+1, bound) {
				// `"A," Lee said, two hours after the networks
				// declared him the winner. "B."`
				return j
			}
		}
	}
	return i
}

// asideSpeakerBefore returns the speaker of a statement whose content ends
// right before token j, "said Q and", when the mention m lies in an aside
// set off by commas between that speaker and its cue, looking back no
// further than maxReach tokens.
func (s *state) asideSpeakerBefore(m mention, j, lo int) (sp mention, ok bool) {
	f := s.mentionStart(m)
	for t := j - 1; t >= lo && t >= j-maxReach; t-- {
		if i := s.cueStmt[t] - 1; i >= 0 && int(i) < len(s.stmts) {
			st := &s.stmts[i]
			if st.cueFirst != t || !st.hasSpk || st.dropped || st.last != j || st.first <= t {
				continue
			}
			if e := st.spk.last; e < f && m.last <= t && s.toks[e].isPunct(',') && s.toks[t-1].isPunct(',') && s.subjectEdge(s.mentionStart(st.spk), lo) {
				return st.spk, true
			}
			return sp, false
		}
	}
	return sp, false
}

// coordinatedParticiple returns the speaker of a speech participle
// shortly before the "and" at j that joins a second one to it: in "with
// Reyes tweeting that it was a mess and asking, ..." Reyes asks. The
// first participle must not be joined to another in turn.
func (s *state) coordinatedParticiple(j, lo int) (m mention, ok bool) {
	for i := j - 1; i > lo && i >= j-25; i-- {
		t := &s.toks[i]
		if t.isPunct(';') || t.isPunct('.') || t.kind == tWord && t.class&cConj != 0 && t.flags&fCap == 0 {
			return m, false
		}
		if !strings.HasSuffix(s.lower(i), "ing") {
			continue
		}
		if m, ok := s.withSubject(i, lo); ok {
			// "with officials underlining its strength and vowing
			// ...": the phrase after "with" holds the subject of
			// both participles, whatever the first one says.
			return m, true
		}
		if !s.mayCue(i) {
			continue
		}
		c, ok := s.cueAt(i)
		if !ok || c.kind != cueVerb || !c.participle || c.naming {
			continue
		}
		if o, ok := s.outerParticiple(i, j); ok {
			// "noting the trouble Reyes had answering questions and
			// saying ...": a participle inside what an earlier one
			// said is not the one "and" joins, that earlier one is.
			c = o
		}
		if s.coordDepth >= 3 {
			// A chain of participles joined by "and" is followed
			// back a few links only, so each cue costs a bounded look.
			return m, false
		}
		s.coordDepth++
		m, ok = s.speakerOfCue(c, lo)
		s.coordDepth--
		return m, ok
	}
	return m, false
}

// outerParticiple returns the cue of a statement, said by a participle,
// whose content holds token i and ends right before the "and" at j.
func (s *state) outerParticiple(i, j int) (c cue, ok bool) {
	s.stmtsIn(i, i+1, func(x int) bool {
		st := &s.stmts[x]
		if st.dropped || st.first > i || i >= st.last || st.last > j || j-st.last > 1 || st.cueFirst == st.cueLast || st.cueLast > st.first {
			return true
		}
		c, ok = s.cueAt(st.cueFirst)
		ok = ok && c.kind == cueVerb && c.participle && !c.naming
		return !ok
	})
	return c, ok
}

// withSubject returns the noun phrase right after "with" that the
// participle at i follows: "with top officials underlining ...".
func (s *state) withSubject(i, lo int) (m mention, ok bool) {
	if !s.toks[i].lowerWord() || i-1 <= lo {
		return m, false
	}
	m, ok = s.npEndingAt(i-1, lo, false)
	if f := s.mentionStart(m); !ok || m.kind == mPronoun || f-1 < lo || !s.toks[f-1].lowerWord() || !s.wordIs(f-1, "with") {
		return m, false
	}
	return m, true
}

// relativeSubject returns the antecedent of "who" when the relative
// clause it opens runs, with no punctuation, to token i: in "Reyes, who
// had surprised Lee by declaring", "who" is the subject of the verbs
// before "by".
func (s *state) relativeSubject(i, lo int) (m mention, ok bool) {
	for k := i - 1; k > lo && k > i-15; k-- {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic {
			return m, false
		}
		if t.lowerWord() && s.wordIs(k, "who", "which") {
			if !s.verbBetween(k+1, i) {
				return m, false
			}
			return s.npEndingAt(k, lo, true)
		}
		if t.lowerWord() && s.wordIs(k, "that") {
			// "a panel that met on Monday and said ...": "that" right
			// before a verb opens a relative clause on a body or a
			// document before it, as "which" does; not "told aides
			// that the port ...", whose "that" has a subject after it.
			if k-1 <= lo || !s.verbOpens(k+1, i) || !s.verbBetween(k+1, i) {
				return m, false
			}
			if a, ok := s.npEndingAt(k-1, lo, false); ok && a.kind != mPronoun && s.whichSource(a) {
				a.relative = k + 1
				return a, true
			}
			return m, false
		}
		if s.wordIs(k, "is", "was", "are", "were", "been", "be") {
			// "Acme, which is tied up in suits claiming ...": a
			// state, not an act of the relative's.
			return m, false
		}
	}
	return m, false
}

// inAside reports whether token j lies after a comma that follows a
// name at or after token i: inside an aside set off after the subject.
func (s *state) inAside(i, j int) bool {
	for k := j - 1; k > i; k-- {
		if s.toks[k].isPunct(',') {
			return s.toks[k-1].capWord()
		}
	}
	return false
}

// measuredSubord reports whether a measure of time, a few words with
// no verb, opens a subordinate clause at k before token b: "two hours
// after", "minutes before", "shortly after".
func (s *state) measuredSubord(k, b int) bool {
	for m := k; m < b && m < k+4; m++ {
		t := &s.toks[m]
		if m > k && t.lowerWord() && t.class&cSubord != 0 {
			return true
		}
		if t.kind != tWord || t.flags&fCap != 0 || t.class&(cPrep|cDet|cConj|cSubord|cSubjPron|cPossPron|cAux) != 0 || s.verbLike(m) {
			return false
		}
	}
	return false
}

// carries reports whether a quotation with no cue continues statement ps.
// The cue of statement aside, which carrier passed over, does not
// interrupt.
func (s *state) carries(ps, aside stmt, p pair, like bool) bool {
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
	// A quote that opens its sentence, perhaps after a connective ("But
	// “Q”", "Then, “Q”"), or follows a colon; not a phrase inside the
	// reporter's own sentence.
	first := s.sents[s.sentOf[p.open]].first
	connective := !s.opensSentence(p) && first < p.open && s.onlyConnectives(first, p.open)
	if !s.opensSentence(p) && !connective {
		return false
	}
	// Nothing attributed to someone else in between.
	if p.open-ps.last > maxReach {
		return false
	}
	for k := ps.last; k < p.open; k++ {
		if s.usedCue[k] && (k < ps.cueFirst || k >= ps.cueLast) && (k < aside.cueFirst || k >= aside.cueLast) {
			return false
		}
	}
	if s.newSubject(ps, p.open) {
		return false
	}
	// After a connective the quotation goes on in lower case, as the
	// rest of a sentence: `"A," Lee said. Still, "we will be back."`
	return like || s.capitalFirst(p) && !s.quotedSubject(p) || connective && s.wordsIn(p.open+1, p.close) >= 3 && s.quoteEndsSentence(p)
}

// carriesLeadIn reports whether quotation p closes, with a clause of four
// words or more, the sentence right after the one that ps's attribution
// ends, led into by the reporter's words with no cue of their own: `Q, Lee
// said. Roads can still win, but only when “the money is there.”`. A
// phrase in marks inside that sentence (a term, a title) does not close
// it so.
func (s *state) carriesLeadIn(ps, aside stmt, p pair) bool {
	if !ps.hasSpk || ps.cueLast <= ps.cueFirst || ps.last > ps.cueFirst || s.opensSentence(p) || s.wordsIn(p.open+1, p.close) < 4 {
		return false
	}
	cs := s.sentOf[ps.cueFirst]
	if s.sentOf[p.open] != cs+1 || s.sents[cs].para != s.sents[cs+1].para || s.sents[cs].last-ps.cueLast > 8 {
		return false
	}
	if !s.quoteEndsSentence(p) {
		return false
	}
	if ls := s.leadIn(p); ls >= p.open || ls > s.sents[cs+1].first+1 {
		// Not after another quotation in the sentence: `He ended with
		// “Q1,” Latin for “Q2.”`
		return false
	}
	for k := ps.last; k < p.open; k++ {
		if s.usedCue[k] && (k < ps.cueFirst || k >= ps.cueLast) && (k < aside.cueFirst || k >= aside.cueLast) {
			return false
		}
	}
	return !s.newSubject(ps, p.open)
}

// quotedSubject reports whether a short quotation with no punctuation of
// its own at the end is the subject of the reporter's sentence, whose verb
// follows it: `"Grade one" is the top rank`, a term or a title
// named, not a statement.
func (s *state) quotedSubject(p pair) bool {
	last := p.close - 1
	for last > p.open && s.toks[last].kind == tMark {
		last--
	}
	k := p.close + 1
	if s.toks[last].kind != tWord || k >= len(s.toks) || s.sentOf[k] != s.sentOf[p.close] || s.wordsIn(p.open+1, p.close) > 3 {
		return false
	}
	t := &s.toks[k]
	// An adverb in -ly goes on with the verb too: "“Dover Tales”
	// gleefully mocks the rich".
	return t.lowerWord() && t.class&(cSubjPron|cSpeech) == 0 && (t.class&(cAux|cAdverb|cPast) != 0 || s.verbLike(k) || s.lyAdverb(k))
}

// newSubject reports whether a person other than the speaker of ps is the
// subject of a reporter's sentence between ps and token b: after "Jones
// boasted about the deal.", a quotation is no longer Smith's.
func (s *state) newSubject(ps stmt, b int) bool {
	e := ps.spk.entity
	if ps.spk.kind == mPronoun {
		e = s.resolvePronoun(ps.spk.first)
	}
	a := max(ps.last, ps.cueLast, ps.spk.last)
	i := sort.Search(len(s.runs), func(i int) bool { return s.runs[i].first >= a })
	for ; i < len(s.runs); i++ {
		r := s.runs[i]
		if r.first >= b {
			break
		}
		if r.first < a || r.entity < 0 || r.entity == e || s.pairOf[r.first] >= 0 || s.sentOf[r.first] == s.sentOf[a-1] {
			// Names in the attribution's own sentence ("said Ann
			// Lee, a lawyer from Dover, Kestia") are not new subjects.
			continue
		}
		en := &s.entities[r.entity]
		if en.kind == Person && en.personal && r.nameFirst < r.last && s.subjectPosition(r) {
			return true
		}
	}
	return false
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

// titleLike reports whether a quotation inside the reporter's sentence
// is capitalized as a title is: min to six words, each with a capital or
// in figures but for small words inside ("Kestia and Friends", "Harbour
// 9"), and no question or exclamation. One that opens a sentence may be
// a slogan someone said: `"Make Dover Proud Again," he said`.
func (s *state) titleLike(p pair, min int) bool {
	o := &s.toks[p.open]
	if o.flags&fSentStart != 0 || p.open == 0 {
		return false
	}
	if pr := &s.toks[p.open-1]; pr.isPunct(':') || pr.isPunct(pDash) || pr.isPunct('(') || o.flags&fParaStart != 0 {
		return false
	}
	return s.titleCased(p, min)
}

// titleCased reports whether the words of a quotation are capitalized as
// a title's are: min to six words, each with a capital or in figures but
// for small words inside, and no question or exclamation.
func (s *state) titleCased(p pair, min int) bool {
	words := 0
	for k := p.open + 1; k < p.close; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tWord:
			words++
			if t.flags&(fCap|fDigit) == 0 && (words == 1 || t.class&(cDet|cPrep|cConj) == 0) {
				return false
			}
		case (t.isPunct(',') || t.isPunct('.')) && k == p.close-1, t.kind == tClitic:
		default:
			return false
		}
	}
	return words >= min && words <= 6
}

// byline reports whether a quotation is followed by its author's byline,
// `"Bridge to reopen in spring," by Ann Lee:`, and so is the headline of
// an article, not a statement.
func (s *state) byline(p pair) bool {
	if o := &s.toks[p.open]; o.flags&fSentStart == 0 && (p.open == 0 || !s.toks[p.open-1].isPunct(pDash) && !s.toks[p.open-1].isPunct(':')) {
		// A headline stands first, or after a rubric: `NEW—"Q," by`.
		return false
	}
	k := p.close + 1
	if k < len(s.toks) && s.toks[k].isPunct(',') {
		k++
	}
	if k+1 >= len(s.toks) || !s.toks[k].lowerWord() || s.word(k) != "by" {
		return false
	}
	k++
	if k+1 < len(s.toks) && s.toks[k].lowerWord() && s.word(k) == "the" {
		k++ // "by the Gazette's Ann Lee"
	}
	return k < len(s.toks) && s.toks[k].capWord()
}

// statementLike reports whether a quotation with no cue reads as an
// utterance: a sentence, or a question or exclamation, standing on its own.
// Scare quotes, titles of works and nicknames are phrases inside the
// reporter's sentence.
func (s *state) statementLike(p pair) bool {
	words := s.wordsIn(p.open+1, p.close)
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
	if terminal && words == 1 && opens && s.capitalFirst(p) && (p.close+1 >= len(s.toks) || s.sentOf[p.close+1] != s.sentOf[p.close] || s.toks[p.close+1].capWord()) &&
		!(p.open > 1 && (s.toks[p.open-1].isPunct('?') || s.toks[p.open-1].isPunct(':') && s.toks[p.open-2].class&cSpeechNoun == 0)) {
		// `The port shut. "Sure."`: a word that is a sentence of its
		// own is a reply; one the sentence goes on after is a name,
		// `"Hope." was painted on the bow`, and so may be one after a
		// question, `What is the ship called? "Hope."`, or after a
		// colon, `Best film: "Dawn."`, unless a speech noun comes
		// before it, `Her reply: "Never."`.
		return true
	}
	if s.capitalFirst(p) && p.open > 0 && s.toks[p.open-1].class&cSpeech != 0 {
		// After a speech verb that attributes nothing: "to say 'Drink me'".
		return true
	}
	if opens && s.capitalFirst(p) && lt.isPunct(',') {
		// `"I said that ...," but then he rebutted`: cut off by the
		// reporter's clause. A title goes on as the subject of the
		// reporter's sentence: `"Harbour Tales," which airs Tuesday,
		// is ...`, `"Dock Court," on KTV, is ...`.
		k := p.close + 1
		return !(s.titleCased(p, 1) && k < len(s.toks) && s.toks[k].lowerWord() && s.sentOf[k] == s.sentOf[p.close])
	}
	if opens && s.capitalFirst(p) && words >= 2 {
		// "'Tis nobler' Words ...": an utterance, unless the sentence
		// goes on with a verb, as after a title: "Sky Gates" opened.
		k := p.close + 1
		return k >= len(s.toks) || !s.toks[k].lowerWord() || s.sentOf[k] != s.sentOf[p.close]
	}
	return false
}

// sortStmts sorts the statements by start, then end.
func (s *state) sortStmts() {
	st := s.stmts
	if slices.IsSortedFunc(st, compareStmts) {
		return
	}
	// Sort indexes, not the structs, and break ties by the order found,
	// so that the result does not depend on the sort algorithm.
	idx := resize(s.sortIdx, len(st))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if c := compareStmts(st[a], st[b]); c != 0 {
			return c
		}
		return int(a - b)
	})
	sorted := resize(s.sortTmp, len(st))
	for i, j := range idx {
		sorted[i] = st[j]
	}
	copy(st, sorted)
	// The indexes into the statements follow them to their new places,
	// so that stmtsIn and the cue and pair tables stay true for the
	// rules that run after the sort (speakers, reporters).
	inv := resize(s.sortInv, len(st))
	for i, j := range idx {
		inv[j] = int32(i)
	}
	for h := range s.stmtLinks {
		s.stmtLinks[h].stmt = inv[s.stmtLinks[h].stmt]
	}
	for k, v := range s.cueStmt {
		if v > 0 && int(v) <= len(inv) {
			s.cueStmt[k] = inv[v-1] + 1
		}
	}
	for p, v := range s.pairStmt {
		if v >= 0 && v < len(inv) {
			s.pairStmt[p] = int(inv[v])
		}
	}
	s.sortIdx, s.sortTmp, s.sortInv = idx, sorted, inv
}

// compareStmts orders statements by where their content starts, then
// ends, in bytes.
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

// isArticle reports whether w is an article or a determiner that, like
// one, opens a noun phrase: "the", "a", "this", "every".
func isArticle(w string) bool {
	for _, a := range [...]string{"the", "a", "an", "this", "these", "every", "another"} {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
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

// mayAsk reports whether token k may be "asked": a cheap test that the
// loop over every token makes first. Only a word that begins with "a" or
// "A" folds to "asked".
func (s *state) mayAsk(k int) bool {
	t := &s.toks[k]
	return t.kind == tWord && s.text[t.start]|0x20 == 'a'
}

// askedQuestion records the question or request of a bare "asked",
// `Asked whether the plan would pass, Lee said ...`, `Lee laughed when
// asked why ...`, `When asked to confirm it, Lee said ...`:
// the asker is the one named after "by", or goes unnamed, and the
// statement then has no speaker. It returns the token after the
// question, or k if there is none.
func (s *state) askedQuestion(k int, sent sentence) int {
	if !s.mayAsk(k) || !s.wordIs(k, "asked") {
		return k
	}
	passive := false
	if pk := s.adverbsBefore(k, sent.first); pk > sent.first {
		// Only the participle, maybe after an adverb ("was first
		// asked whether"): not "Lee asked whether".
		p := &s.toks[pk-1]
		passive = p.kind == tWord && s.wordIs(pk-1, "was", "were", "been", "being")
		if !(passive || p.isPunct(',') || p.kind == tMark || p.kind == tWord && s.wordIs(pk-1, "when", "after", "once", "if")) {
			return k
		}
	}
	var m mention
	hasSpk := false
	i := k + 1
	if i+1 < sent.last && s.wordIs(i, "by") {
		e := 0
		if m, e, hasSpk = s.askerAfter(i, sent.last, true); !hasSpk {
			return k
		}
		i = e
	}
	// A request put to the speaker is one too: "When asked to confirm
	// the vote, Lee said ...", "Lee was asked to name a rival"; but not
	// a poll's choice, "When asked to choose among the plans, 45 percent
	// ...", which the answer after it reports.
	request := i+1 < sent.last && s.toks[i].lowerWord() && s.wordIs(i, "to") && s.toks[i+1].lowerWord() && s.toks[i+1].class&(cDet|cPossPron|cPrep|cTime|cAux|cNeg) == 0 && !s.wordIs(i+1, "choose", "pick", "rank", "rate", "select")
	if !request {
		// "Lee was asked whether ...": Lee is no asker, and the
		// question has no speaker.
		i = s.skipCueTail(i, sent.last, false)
	}
	if i >= sent.last || s.toks[i].flags&fCap != 0 || !s.interrogative(i) && !s.wordIs(i, "whom", "whose") && !request {
		return k
	}
	e := i + 1
	inner := false
	for e < sent.last {
		t := &s.toks[e]
		if s.pairOf[e] < 0 && (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct(pDash) || t.isPunct('?')) {
			if a := s.questionAsideEnd(e, sent.last); a > e {
				e = a
				continue
			}
			break
		}
		inner = inner || t.lowerWord() && (t.class&cSubord != 0 || s.pastForm(e))
		if request && !hasSpk && !inner && e > i+1 && s.wordIs(e, "by") {
			// "Lee was asked to resign by the board": the asker
			// comes after the request; only a name or a body there,
			// not "asked to stand by the decision", nor the agent of
			// a clause inside it, "to name a law that was shaped by
			// donors".
			if a, _, ok := s.askerAfter(e, sent.last, false); ok {
				m, hasSpk = a, true
				break
			}
		}
		e++
		if s.commaInMark(e-1, i) && s.pairs[s.pairOf[e-1]].close == e-1 {
			break // `on "Morning Call," Lee said`
		}
	}
	if e-i < 3 {
		return k
	}
	st := stmt{first: i, last: e, kind: Indirect, pair: -1, source: srcSpeechAct, group: s.newGroup(), spk: m, hasSpk: hasSpk}
	if hasSpk {
		st.cueFirst, st.cueLast = k, k+1
	}
	if !s.classify(&st) || s.addStmt(st) < 0 {
		return k
	}
	if hasSpk {
		s.usedCue[k] = true
	}
	return e
}

// attributeClaims adds the statements that claim nouns name
// (claimStatement). It runs after the quotations stripped of their marks
// are found, so that a claim inside one ("..., said Lee.  Their pledge to
// act proves empty. ") stays part of it; and after the cues, so that the
// possessor of a claim is never taken for the subject a participle hangs
// on ("Lee rejected Reyes' call for talks, saying ...").
func (s *state) attributeClaims() {
	for si := range s.sents {
		sent := s.sents[si]
		for k := sent.first; k < sent.last; k++ {
			t := &s.toks[k]
			if t.class&cClaimNoun == 0 || t.kind != tWord || t.flags&fCap != 0 && t.flags&fSentStart == 0 || s.pairOf[k] >= 0 || s.inDirect(k) {
				continue
			}
			// claimStatement adds nothing when it returns k.
			k = max(k, s.claimStatement(k, s.window(sent, k))-1)
		}
	}
}

// claimStatement records the statement that a claim noun at k names by
// its content: "Lee's claim that the port is safe", "his call for an
// inquiry", "her promise to cut fares", "criticism of the plan", with the
// possessor as its speaker, or the one named after "by" or "from" ("claims
// by the union that ..."). A claim noun with neither, or with no content
// after it ("his claim", "an insurance claim"), names no statement here.
// It returns the token after the statement, or k if there is none.
func (s *state) claimStatement(k int, sent sentence) int {
	m, ok := s.claimPossessor(k, sent.first)
	i := k + 1
	if !ok && i+1 < sent.last && s.wordIs(i, "by", "from") && (k == 0 || s.toks[k-1].class&cPossPron == 0) {
		var e int
		if m, e, ok = s.askerAfter(i, sent.last, true); !ok {
			return k
		}
		i = e
	}
	w := s.lower(k)
	bare := false
	if !ok && s.toks[k].class&(cSpeech|cSpeechAct|cNaming|cPhrasal) == 0 && !s.wordIs(k, "admission", "argument", "arguments", "assurance", "assurances", "charge", "charges", "denial", "denials", "prediction", "predictions") && (k == 0 || !s.wordIs(k-1, "no", "any", "without") && s.toks[k-1].class&(cPossPron|cNeg) == 0) && i+1 < sent.last && s.wordIs(i, "that") {
		// "allegations that the vote was rigged", "despite criticism
		// that the port is unsafe": said by no one named. Without a
		// clause the noun names a topic more often than a statement:
		// "accusations of bias", "criticism of the king is banned"; so
		// does an argument, a charge or a prediction that is no one's,
		// "the argument that fares are too high".
		ok, bare = true, true
	}
	if !ok || i+1 >= sent.last || s.toks[i].kind != tWord || s.toks[i].flags&fCap != 0 {
		return k
	}
	cs := -1
	switch {
	case s.wordIs(i, "that"):
		// "his claim that the port is safe"; but in "a claim that
		// went nowhere" the clause is a relative one.
		if n := &s.toks[i+1]; n.kind == tWord && !s.verbLike(i+1) && n.class&(cAdverb|cNeg) == 0 {
			cs = i + 1
		}
	case s.wordIs(i, "to"):
		// "her promise to cut fares", "his call to end the strike".
		if lowerIn(w, "call", "calls", "claim", "claims", "demand", "demands", "pledge", "pledges", "promise", "promises", "vow", "vows") && s.infinitiveAt(i, sent.last) && s.baseForm(i+1) {
			cs = i
		}
	case s.wordIs(i, "for"):
		// "his call for an inquiry", "criticism from rivals for closing
		// the port".
		if lowerIn(w, "call", "calls", "demand", "demands", "criticism", "criticisms") {
			cs = i + 1
		}
	case s.wordIs(i, "about", "over") && m.first > k && !bare:
		// "criticism from rights groups over the trials", "warnings
		// from doctors about the virus"; after a possessor the phrase
		// more often names a topic, "her complaints about the ferry
		// company are well known".
		if lowerIn(w, "complaint", "complaints", "criticism", "criticisms", "warning", "warnings") {
			cs = i + 1
		}
	case s.wordIs(i, "of"):
		// "her criticism of the plan", "allegations of fraud".
		if lowerIn(w, "accusation", "accusations", "allegation", "allegations", "complaints", "criticism", "criticisms", "warning", "warnings") {
			cs = i + 1
		}
	}
	if cs < 0 || cs >= sent.last {
		return k
	}
	for x := cs; x < sent.last && x < cs+4; x++ {
		if s.wordIs(x, "comment") {
			// "did not return calls from Reuters to seek comment": a
			// reporter's request, not a statement of the caller's.
			return k
		}
	}
	e := s.contentEnd(cs, sent.last)
	e = s.beforeNewClause(cs, e)
	for x := cs + 1; x+1 < e; x++ {
		if s.pairOf[x] < 0 && s.wordIs(x, "and", "but") && s.toks[x].flags&fCap == 0 && s.subjectCue(x+1, e, 6) {
			// "until he drops his call for talks and Lee said ...": a
			// statement of its own.
			e = x
			break
		}
	}
	for x := cs + 1; x+1 < e; x++ {
		if s.toks[x].isPunct(',') && s.pairOf[x] < 0 && s.toks[x+1].lowerWord() && s.toks[x+1].class&cAux != 0 {
			// "Lee's remarks, including her call to close the port,
			// have angered the union": the comma that closes the
			// phrase the claim stands in, before the sentence's verb.
			e = x
			break
		}
	}
	f := k // "Claims by the union that ...", "the claims by ..."
	if !bare && m.first < k {
		f = s.mentionStart(m)
	} else if f > sent.first && s.toks[f-1].lowerWord() && s.toks[f-1].class&cDet != 0 {
		f--
	}
	same := false
	s.stmtsIn(f, cs+1, func(j int) bool {
		st := &s.stmts[j]
		same = !st.dropped && st.first >= f && st.first <= cs
		return !same
	})
	if same {
		// "Lee's allies bristle at the suggestion that ...": the
		// statement a cue found already.
		return k
	}
	if f > 0 && (s.usedCue[f-1] || bare && s.toks[f-1].class&(cSpeech|cSpeechAct|cPhrasal) != 0) {
		// "Lee dismissed Reyes' claim that ...", "Lee repeated
		// accusations that ...", "Lee rejects criticism that ...": the
		// claim is the object of Lee's speaking, and its clause is
		// Lee's to report or to deny.
		return k
	}
	if f == sent.first || s.toks[f-1].isPunct(',') || s.wordIs(f-1, "and", "but") {
		e = s.claimSubjectEnd(cs, e, s.wordIs(i, "that"))
	} else if a := s.toks[sent.first]; a.kind == tWord && a.class&(cPrep|cSubord) != 0 && f-sent.first <= 40 && !s.commaIn(sent.first, f) {
		// "Despite Lee's claim that the port is safe, the union ...":
		// the phrase that opens the sentence ends at its comma.
		for x := cs + 1; x < e; x++ {
			if s.toks[x].isPunct(',') && s.pairOf[x] < 0 {
				e = x
				break
			}
		}
	}
	if e-cs < 2 && !s.wordIs(i, "for", "of", "about", "over") || e <= cs {
		return k
	}
	if !bare && m.kind == mPronoun {
		if sm, ok := s.possessorSubject(m, sent.first); ok {
			// "the mayor repeated his promise to ...": the subject that
			// the possessor stands for names the speaker best.
			m = sm
		}
	}
	st := stmt{first: cs, last: e, kind: Indirect, cueFirst: k, cueLast: k + 1, pair: -1, source: srcClaimNoun, group: s.newGroup(), spk: m, hasSpk: !bare}
	if !s.classify(&st) || s.addStmt(st) < 0 {
		return k
	}
	s.usedCue[k] = true
	return e
}

// objectSpeaks reports whether the cue at token e, or after one
// auxiliary, would take for its subject words that start at or after
// token a, the object of a participle before it: "Officials citing a
// report said" would make the report speak.
func (s *state) objectSpeaks(e, a, lo int) bool {
	for k := e; k <= e+1 && k < len(s.toks); k++ {
		if c, ok := s.cueAt(k); ok && c.kind == cueVerb && !c.participle {
			m, ok := s.subjectBefore(k, lo)
			return ok && s.mentionStart(m) >= a
		}
		if s.toks[k].class&cAux == 0 {
			break
		}
	}
	return false
}

// possessorSubject returns the subject of the verb right before the
// possessive pronoun m, when m stands for it: "the mayor repeated his
// promise", "she expanded on her call", but not "they backed his call".
// Only a verb that says the claim again makes it the subject's own, and
// only a person's: "the union welcomed her pledge" is someone else's.
func (s *state) possessorSubject(m mention, lo int) (sm mention, ok bool) {
	j := m.first - 1
	if j <= lo {
		return sm, false
	}
	if j-1 > lo && s.toks[j].lowerWord() && s.wordIs(j, "on", "upon", "by") && s.verbLike(j-1) {
		j-- // "expanded upon his calls", "stood by her claim"
		if !s.wordIs(j, "expanded", "expands", "elaborated", "elaborates", "stood", "stands") {
			return sm, false
		}
	} else if !s.wordIs(j, "reaffirmed", "reaffirms", "reiterated", "reiterates", "renewed", "renews", "repeated", "repeats", "restated", "restates", "revisited", "revisits") {
		return sm, false
	}
	if !s.toks[j].lowerWord() || !s.verbLike(j) {
		return sm, false
	}
	sm, ok = s.subjectBefore(j, lo)
	if !ok || sm.relative != 0 || sm.coordinated {
		return sm, false
	}
	if h := s.toks[sm.last-1]; sm.kind == mDescription && s.toks[sm.head].class&(cBody|cOrg) != 0 || sm.kind == mName && h.class&(cBody|cOrg) != 0 {
		return sm, false // "Harbour Bank repeated his pledge": no one's own
	}
	if sm.kind == mPronoun {
		return sm, s.wordIs(m.first, "his") && s.wordIs(sm.first, "he") || s.wordIs(m.first, "her") && s.wordIs(sm.first, "she") || s.wordIs(m.first, "their") && s.wordIs(sm.first, "they")
	}
	return sm, s.wordIs(m.first, "his", "her") && !s.pluralHead(sm.head)
}

// claimSubjectEnd returns where the content [cs, e) of a claim that is
// the subject of its sentence ends: before the sentence's own verb, "Lee's
// claim that [the port is safe] angered the union", "her promise [to cut
// fares] was popular". A clause after "that" has a verb of its own first.
func (s *state) claimSubjectEnd(cs, e int, clause bool) int {
	own := !clause // the clause's own verb is passed
	for x := cs + 1; x < e; x++ {
		if s.pairOf[x] >= 0 || !s.verbLike(x) {
			continue
		}
		if x+1 < e && s.toks[x].class&(cAux|cPast) == 0 && s.toks[x+1].lowerWord() && s.toks[x+1].class&(cDet|cPossPron|cObjPron|cPrep) == 0 {
			// "to deport undocumented immigrants", "would be a failed
			// candidate": an adjective in -ed, not a verb with its
			// object, "angered the union".
			continue
		}
		p := &s.toks[x-1]
		if !own {
			own = true
			for x+1 < e && s.verbLike(x+1) && s.toks[x].class&cAux != 0 {
				x++ // "could have been rigged"
			}
			continue
		}
		if p.kind == tWord && (p.class&(cConj|cSubord|cSubjPron|cAux|cAdverb|cNeg) != 0 || s.wordIs(x-1, "who", "which", "that", "to")) || p.isPunct(',') {
			continue
		}
		return x
	}
	return e
}

// commaIn reports whether [a, b) holds a comma.
func (s *state) commaIn(a, b int) bool {
	for x := a; x < b; x++ {
		if s.toks[x].isPunct(',') {
			return true
		}
	}
	return false
}

// claimPossessor returns the possessor of the claim noun at k, after at
// most two modifiers: "his", "Lee's", "the union's recent", "Reyes'
// repeated".
func (s *state) claimPossessor(k, lo int) (m mention, ok bool) {
	j := k - 1
	for j >= lo && j >= k-3 && (s.toks[j].lowerWord() && s.toks[j].class&(cDet|cPossPron|cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron) == 0 || s.dateModifier(j)) {
		j--
	}
	if j < lo {
		return m, false
	}
	for x := j + 2; x < k; x++ {
		if s.verbLike(x) {
			// "Lee's aide repeated claims": only the word right after
			// the possessor may be a participle, "his repeated claims".
			return m, false
		}
	}
	t := &s.toks[j]
	if t.kind == tWord && t.class&cPossPron != 0 && t.class&cSubord == 0 {
		return mention{first: j, last: j + 1, head: j, kind: mPronoun, entity: -1, titleFirst: j, titleLast: j}, true
	}
	if j-1 < lo || !s.possessive(j) {
		return m, false
	}
	s.looseNP = true // "the union's claim"
	m, ok = s.npEndingAt(j-1, lo, false)
	s.looseNP = false
	if !ok || m.kind == mPronoun {
		return m, false
	}
	return m, true
}

// adjectiveInCaps reports whether w, a word in capitals, ends as an
// adjective made from a name or a place does: "Reyesian", "Kestian",
// "European", "Dovanese", "Kestish", "Reyesesque".
func adjectiveInCaps(w string) bool {
	for _, suf := range capsAdjectiveSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// dateModifier reports whether token j is a month, a weekday or a year
// that dates the noun after it: "her March comment", "his 2012 claim" are
// hers and his, not the month's or the year's.
func (s *state) dateModifier(j int) bool {
	t := &s.toks[j]
	if t.kind != tWord {
		return false
	}
	if t.flags&fDigit != 0 {
		w := s.word(j)
		return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
	}
	return t.capWord() && t.class&cTime != 0
}

// askerAfter returns the asker named after the "by" at i, "asked by host
// Ann Lee", "by the moderator" if loose, and the token after it; ok is
// false if none is named there.
func (s *state) askerAfter(i, hi int, loose bool) (m mention, e int, ok bool) {
	e = s.ppEnd(i+1, hi)
	if e <= i+1 {
		return m, e, false
	}
	if e < hi && s.toks[e-1].lowerWord() && s.toks[e-1].class&cTitle != 0 {
		// "asked by host Ann Lee": the role, then the name.
		if r := s.runAt(e); r >= 0 && s.runs[r].first == e {
			e = s.runs[r].last
		}
	}
	m, ok = s.npEndingAt(e-1, i+1, false)
	if !ok && loose {
		// After "asked by" any noun phrase is the asker: "a caller",
		// "the moderator".
		s.looseNP = true
		m, ok = s.npEndingAt(e-1, i+1, false)
		s.looseNP = false
	}
	if !ok || m.kind == mPronoun {
		return m, e, false
	}
	for j := i + 1; j < s.mentionStart(m); j++ {
		if t := &s.toks[j]; !t.lowerWord() || t.class&cTitle == 0 {
			// Only a role may stand before the asker's name: "asked
			// by host Ann Lee".
			return m, e, false
		}
	}
	return m, e, true
}

// impersonalReport records the statement of a speech verb in the passive
// after "it", "it was widely reported that the firm paid", "it is said
// that": something was said, by no one named, so the statement has no
// speaker. It returns the token after the statement, or k if there is
// none.
func (s *state) impersonalReport(k int, sent sentence) int {
	t := &s.toks[k]
	if !t.lowerWord() || t.class&cSpeech == 0 || !(s.wordIs(k, "said") || strings.HasSuffix(s.word(k), "ed")) {
		return k
	}
	j := s.adverbsBefore(k, sent.first) - 1 // "was widely reported"
	if j > sent.first && s.wordIs(j, "been") && s.wordIs(j-1, "has", "had") {
		j-- // "it has been said"
	} else if !s.wordIs(j, "is", "was") {
		return k
	}
	if j-1 < sent.first || !s.wordIs(j-1, "it") {
		return k
	}
	i := s.skipCueTail(k+1, sent.last, false)
	if i+3 >= sent.last || !s.wordIs(i, "that") {
		return k
	}
	e := s.contentEnd(i+1, sent.last)
	if e-(i+1) < 3 {
		return k
	}
	st := stmt{first: i + 1, last: e, kind: Indirect, cueFirst: k, cueLast: k + 1, pair: -1, source: srcSpeechAct, group: s.newGroup()}
	if !s.classify(&st) || s.addStmt(st) < 0 {
		return k
	}
	return e
}

// toldBy builds the statement of a passive "told" whose teller follows
// "by" and whose clause follows "that": "Lee was told by the council that
// the port would close" is the council's. It returns the end of the
// statement, or k.
func (s *state) toldBy(k int, sent sentence) int {
	if !s.toks[k].lowerWord() || !s.wordIs(k, "told") || !s.wordIs(k+1, "by") || s.negated(k, sent.first) {
		return k
	}
	if b := s.adverbsBefore(k, sent.first) - 2; b >= sent.first && s.toks[b].class&cFirstSecond != 0 {
		// "we were told by officials that ...": the speaker's own
		// words, most likely a quotation whose marks were stripped.
		return k
	}
	that := -1
	for j := k + 3; j < sent.last && j <= k+10; j++ {
		if t := &s.toks[j]; t.kind != tWord && t.kind != tClitic {
			return k
		}
		if s.toks[j].lowerWord() && s.wordIs(j, "that") {
			if j+1 < sent.last && s.toks[j+1].class&cTime != 0 || j+2 < sent.last && s.wordIs(j+1, "same", "very") && s.toks[j+2].class&cTime != 0 {
				// "told by police that night to leave", "that day
				// that ...", "that same day": a time, not the
				// clause's "that".
				continue
			}
			that = j
			break
		}
	}
	if that < 0 {
		return k
	}
	last := that - 1
	p := -1
	if n := s.npEnd(k+2, that); n > k+2 && n < that && s.timeOnly(n, that) {
		p = n // "told by officials on Monday that"
	} else {
		for q := k + 3; q < that; q++ {
			if s.timeOnly(q, that) {
				// "told by the mayor yesterday that", which the noun
				// phrase runs on into.
				p = q
				break
			}
		}
	}
	if p > 0 {
		for p-1 > k+2 && (s.toks[p-1].flags&fDigit != 0 || s.toks[p-1].lowerWord() && s.wordIs(p-1, "last", "next", "this", "that", "same", "early", "late", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an")) {
			p-- // "last week", "that same day", "one night"
		}
		if p-1 > k+2 && s.toks[p-1].lowerWord() && s.wordIs(p-1, "of", "for") {
			p-- // "her boss of ten years": the time was the noun's
		}
		last = p - 1
	}
	m, ok := s.npEndingAt(last, k+2, false)
	if !ok || s.mentionStart(m) != k+2 && !(s.mentionStart(m) == k+3 && s.toks[k+2].class&cDet != 0) {
		return k
	}
	e := s.contentEnd(that+1, sent.last)
	if e-(that+1) < 3 {
		return k
	}
	st := stmt{first: that + 1, last: e, kind: Indirect, cueFirst: k, cueLast: k + 1, spk: m, hasSpk: true, pair: -1, source: srcSpeechAct, group: s.newGroup()}
	if !s.classify(&st) || s.addStmt(st) < 0 {
		return k
	}
	return e
}

// closesSentence reports whether nothing but the speaker, a time or a
// phrase follows cue c to the end of the sentence: `Q, the station
// reported on Friday.`, where even a weak cue attributes Q.
func (s *state) closesSentence(c cue, m mention, sent sentence) bool {
	i := c.last
	if m.first >= c.last {
		i = m.last
	} else if c.first-m.last > 1 && !s.timeOnly(m.last, c.first) {
		// "Lee laughed and laughed": the subject of another verb; but
		// a time may stand between, "Q, filings made on Sunday
		// revealed".
		return false
	}
	i = s.skipCueTail(i, sent.last, false)
	if i+1 < sent.last && s.toks[i].isPunct(',') && s.toks[i+1].lowerWord() && s.wordIs(i+1, "citing", "quoting") {
		// "Q, Kestia's Wirex reported, citing sources.": the source
		// of a report closes its attribution too; "saying" would open
		// what was said.
		return true
	}
	if i+1 < sent.last && s.toks[i].isPunct(',') && s.adjunctAt(i+1) {
		// "Q, the Post reported on Tuesday, without giving a source.":
		// so does the scene of the news (see splitRest).
		return true
	}
	if i+1 < sent.last && (s.toks[i].isPunct(',') || s.toks[i].isPunct(pDash)) && s.sentenceApposition(i+1, sent.last) {
		// "Q, the Post reported on Tuesday -- a move that stunned the
		// town.": the reporter's comment on the news closes it too.
		return true
	}
	return i >= sent.last || i == sent.last-1 && s.toks[i].kind == tPunct
}

// unclosedFront reports whether, in text whose stripped marks left their
// spaces, no mark closes the front before the attribution at token a
// (one space after its comma or dash, and none before a comma) while a
// clause follows the cue, [cs, ce): `A keen golfer, Lee said the course
// was closed.` sets the scene, where `The course was closed,  Lee said`
// would be the quote.
func (s *state) unclosedFront(a, cs, ce int) bool {
	p := &s.toks[a-1]
	return s.spaced && s.toks[a].phantoms == 0 && p.phantoms == 0 && !(p.isPunct(',') && p.flags&fSpace != 0) && s.mainClauseAt(cs, ce)
}

// statementObjectSubject returns the speaker of a quotation set off by a
// comma after a clause whose object names a statement, `Lee issued a
// statement, "Q"`: the clause's subject. The quotation must open a
// sentence of its own.
func (s *state) statementObjectSubject(open int) (m mention, ok bool) {
	c := open - 1
	if c < 2 || !s.toks[c].isPunct(',') || open+1 >= len(s.toks) || !s.toks[open+1].capWord() {
		return m, false
	}
	lo := s.sents[s.sentOf[c]].first
	// The subject is that of the clause, not of a clause before it in the
	// sentence: "Reyes said the vote failed, and Lee issued ...".
	for j := c - 2; j > lo+1 && j >= c-maxReach; j-- {
		if s.toks[j-1].isPunct(',') && s.wordIs(j, "and", "but") && s.toks[j].flags&fCap == 0 {
			lo = j + 1
			break
		}
	}
	// The noun, before a short phrase: "a message on Twitter,".
	for h := c - 1; h > lo && h >= c-5; h-- {
		t := &s.toks[h]
		if t.kind != tWord {
			return m, false
		}
		if t.flags&fCap != 0 || t.class&(cSpeechNoun|cDocument) == 0 || !s.onlyTail(h+1, c) {
			continue
		}
		// Its determiner and the verb that takes it: "issued a".
		d := h - 1
		if d > lo && s.toks[d].lowerWord() && s.toks[d].class&cDet == 0 && s.toks[d].class&cPossPron == 0 {
			d-- // "a short statement"
		}
		if d <= lo || s.toks[d].class&(cDet|cPossPron) == 0 || !s.verbLike(d-1) {
			return m, false
		}
		m, ok = s.firstSubject(lo, d)
		if !ok || m.kind == mDescription {
			return m, false
		}
		// The subject opens the sentence, or follows a short fronted
		// phrase: "Right after the vote, Lee issued a statement,".
		a := s.mentionStart(m)
		return m, a <= lo+4 || a <= lo+10 && s.toks[a-1].isPunct(',') && !s.hasClause(lo, a-1)
	}
	return m, false
}

// questionAsideEnd returns the token after the aside on a name that the
// comma at j opens inside a question, when the question's verb follows
// it, or j: `Asked whether Tom Reyes, the party's nominee, who has
// called the tax a fraud, could win, Lee shrugged`. The aside is an
// apposition, maybe with a relative clause after it, each closed by a
// comma.
func (s *state) questionAsideEnd(j, hi int) int {
	if !s.toks[j].isPunct(',') || !s.toks[j-1].capWord() {
		return j
	}
	k := s.appositionEnd(j+1, hi)
	if k < 0 || !s.toks[k].isPunct(',') {
		return j
	}
	if k+1 < hi && s.wordIs(k+1, "who", "which") && s.toks[k+1].flags&fCap == 0 {
		r := k + 2
		for r < hi && r <= k+20 && (s.toks[r].kind == tWord || s.toks[r].kind == tClitic || s.toks[r].kind == tPunct && !s.toks[r].isPunct(',') && !s.toks[r].isPunct('.') && !s.toks[r].isPunct(';') && !s.toks[r].isPunct(':') && !s.toks[r].isPunct('?')) {
			r++
		}
		if r >= hi || !s.toks[r].isPunct(',') {
			return j
		}
		k = r
	}
	if k+1 < hi && s.toks[k+1].lowerWord() && s.verbLike(k+1) {
		return k + 1
	}
	return j
}

// deniedGrant reports whether the words from i name something granted
// or refused, "permission", "the request", "him bail", so that "denied"
// before them is a refusal;
func (s *state) deniedGrant(i int) bool {
	if s.wordIs(i, "a", "an", "the", "his", "her", "its", "their", "him", "them", "us", "me") {
		i++
	}
	// but "denied the request was made" denies a clause.
	return s.wordIs(i, "access", "bail", "entry", "permission", "request", "requests", "visa", "visas") &&
		!s.wordIs(i+1, "had", "has", "is", "was", "were", "would")
}

// ruleAt reports whether the words from i name a law or rule, "KFA
// rules", "the constitution", "state law": what a thing is "according
// to" them is the reporter's account, not a source's statement. But "law
// enforcement officials" speak.
func (s *state) ruleAt(i int) bool {
	if i < len(s.toks) && s.toks[i].class&cDet != 0 {
		i++
	}
	if i+1 < len(s.toks) && s.toks[i].kind == tWord && !s.wordIs(i, "law", "rules") && s.wordIs(i+1, "law", "laws", "rules", "regulations") {
		i++
	}
	return s.wordIs(i, "constitution", "law", "laws", "regulations", "rules", "statute", "treaty") && !s.wordIs(i+1, "enforcement", "firm", "firms", "office", "professor", "school")
}

// verbInside returns a finite verb in lower case inside the description
// m after its first word, "Some (carried) placards", or -1.
func (s *state) verbInside(m mention) int {
	if m.kind != mDescription {
		return -1
	}
	a := s.mentionStart(m)
	if s.wordIs(a, "a", "an", "the") {
		a++ // "a married couple": an adjective in -ed
	}
	if a > 0 && a+1 < m.last && s.toks[a].lowerWord() && strings.HasSuffix(s.word(a), "ed") && s.verbLike(a) {
		// A past right after its subject, an auxiliary, "and" or a
		// relative pronoun opens a verb phrase, not a noun phrase:
		// "they issued statements denouncing ...", "and placed ads
		// calling ..."; not "after exiled leaders called". People as
		// the object may speak themselves: "which included aides
		// suggesting ...".
		if p := &s.toks[a-1]; p.lowerWord() && (p.class&(cSubjPron|cAux) != 0 || s.wordIs(a-1, "and", "which", "who")) && s.toks[m.head].class&(cUnnamed|cTitle) == 0 {
			return a
		}
	}
	for i := a + 1; i < m.last-1; i++ {
		if t := &s.toks[i]; t.lowerWord() && t.class&(cAux|cTitle|cUnnamed|cBody) == 0 && s.verbLike(i) && s.toks[i+1].kind == tWord && s.toks[i+1].class&(cPrep|cConj|cSubord) == 0 {
			// A verb with its object, not a participle before its
			// phrase: "a group backed by Acme".
			return i
		}
	}
	return -1
}
