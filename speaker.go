package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file finds who spoke. It collects the names in the text
// (capitalised runs, with initials and particles), the titles before or
// beside them, and the entities that group a name's mentions ("Jo
// Park", "Park"). attribution.go asks it for the subject of a cue: the
// noun phrase before the verb (subjectBefore), after it (subjectAfter), or
// of the clause a participle hangs on (clauseSubject). At the end, speaker
// resolves each mention — a name, a pronoun, a description — to the
// fullest name, title and kind of its entity.

// A mention is a reference to a speaker: a name, a pronoun or a
// description, as a half-open token range.
type mention struct {
	first, last int  // the words of the mention, without a title before it
	head        int  // the head word of a description
	coordinated bool // names or pronouns joined by "and": one speaker, as written
	kind        mentionKind
	entity      int // index in s.entities, or -1
	// title is the token range of a title given at this mention, or
	// first == last when there is none.
	titleFirst, titleLast int
	// relative is 1 + the relative pronoun that is the cue's subject and
	// stands for the mention ("Lee, who said"), or 0: the words the
	// attribution itself names.
	relative int
}

type mentionKind uint8

const (
	mName        mentionKind = iota // a proper name: "Jo Park", "Park", "Wirex"
	mPronoun                        // "he", "she", "they", "it", "we"
	mDescription                    // "the spokeswoman", "a senior official", "officials"
)

// An entity groups the mentions of one speaker.
type entity struct {
	nameFirst, nameLast   int    // the fullest name, as tokens
	titleFirst, titleLast int    // its title, or equal when none
	titleDist             int    // token distance from that title's mention to the fullest name
	keyFirst              int    // an organization's name as first seen: [keyFirst, nameLast)
	hash                  uint64 // nameHash of the last word of the name
	kind                  SpeakerKind
	gender                byte // 'm', 'f' or 0 when unknown
	personal              bool
	addressed             bool   // named with "Mr." or "Mrs.": a person
	itVotes, heVotes      int    // pronouns that follow its mentions
	heSpeaks              int    // statements whose "he" or "she" stands for it (votePronouns)
	place                 bool   // its name is used as a place (weighPlaces)
	surnamed              bool   // its last word alone names it too (weighPlaces)
	headline              bool   // the fullest name comes from a title-case line
	people                bool   // a plural after "the": "the Norvians"
	folk                  bool   // a single plural word after "the" or a quantifier: "The Norvians", "many Kestians"
	inner                 bool   // a mention not at a sentence's start
	origin                bool   // a single word after "from", "to" or "against" (weighPlaces)
	bodyUse               bool   // a single word used as a body's name: "a Wirex report" (weighPlaces)
	acronym               uint64 // nameHash of the acronym given for the name: "Harbour Rescue Group (HRG)"
	sameHash              int32  // the entity before it with its hash, or -1 (beforeWithHash)
}

// nameParticles are lower-case words inside names: "Tom de Vell",
// "Ed van Reyes", "Sami al-Kestani" (hyphenated, so one token).
var nameParticles = []string{
	"al", "bin", "da", "das", "de", "del", "dela", "della", "der", "di", "do",
	"dos", "du", "el", "ibn", "la", "le", "van", "von", "y",
}

// arabicArticle reports whether w is a surname with its article in lower
// case, "al-Dovari" or "el-Vell", which goes on a name before it.
func arabicArticle(w string) bool {
	return len(w) > 4 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) && w[3] >= 'A' && w[3] <= 'Z'
}

// particleInitials are the first letters of the nameParticles
// (TestLexiconTable checks them).
const particleInitials = "abdeilvy"

// byteIn reports whether c is one of the bytes of set. For the few
// letters of particleInitials and demonymLastLetters, which rules test
// many words against, a loop the compiler inlines costs less than a
// call to strings.IndexByte.
func byteIn(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// isParticle reports whether w is one of the nameParticles.
func isParticle(w string) bool {
	if w == "" || !byteIn(w[0], particleInitials) {
		// Most words asked about are capitalised names, or words
		// like "said" and "the".
		return false
	}
	for _, p := range nameParticles {
		if w == p {
			return true
		}
	}
	return false
}

// channelCode reports whether w is a short code of capitals then digits,
// as stations and groups are named: "TV station K6 said", "the G7 said".
// A hyphen or a lower-case letter makes it no name: "Covid-19", "F-16".
func channelCode(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 || i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// nameToken reports whether token k can be part of a name: a capitalised
// word that is not a function word at the start of a sentence, or an
// initial.
func (s *state) nameToken(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fCap == 0 || t.flags&fDateline != 0 {
		return false
	}
	w := s.text[t.start:t.end]
	if t.flags&fDigit != 0 && !channelCode(w) {
		return false
	}
	if w == "I" {
		return false
	}
	if t.flags&fSentStart != 0 && t.class&cSpeech != 0 && k+1 < len(s.toks) && s.toks[k+1].capWord() {
		// "Said Reyes, “...”": an inverted cue that opens the
		// sentence, not a first name.
		return false
	}
	if t.flags&fUpper != 0 && t.end-t.start > 5 && t.class&cOrg == 0 && !s.capsName(k) && !s.loneAcronym(k) && !s.initialsBeforeName(k) {
		// A shouted word, not an acronym: "BREAKING"; but initials
		// before a surname are a name's, "R.T.P. Vell".
		return false
	}
	if t.class&(cDet|cSubjPron|cObjPron|cPossPron|cConj|cSubord|cAux|cNeg|cPrep) != 0 &&
		(t.flags&fSentStart != 0 || !s.capitalisedMidSentence(k)) && !s.functionWordName(k) && !s.middleInitial(k) {
		return false
	}
	if t.class&cConj != 0 && k+1 < len(s.toks) && s.headlineVerb(k+1) {
		// A title-case headline's second verb: "Lee Backs Reyes And
		// Denounces Park" names no "Reyes And".
		return false
	}
	if t.flags&fSentStart != 0 && t.class&(cAdverb|cTime) != 0 && t.class&cTitle == 0 && !s.functionWordName(k) && !(s.speaksAfterRun(k+1) && s.knownSurname(k)) {
		// Not "Today said" nor "Later, ...", but a surname named in
		// full before speaks: "Ann Day runs it. Day said ...".
		return false
	}
	if w := s.word(k); t.flags&fSentStart != 0 && len(w) >= 9 && strings.HasSuffix(w, "ly") && k+1 < len(s.toks) && s.toks[k+1].capWord() {
		// A long adverb in -ly that opens a sentence before a name
		// is none of it: "Predominantly Norvian Kestia does not ...".
		return false
	}
	if w := s.word(k); participleCompound(w) && !s.ownedModifier(k) {
		// "Dover-based Kestia analyst", "Norvia-backed Acme": the
		// compound describes the name after it. One that says who
		// owns or runs a body stays with its name, as a trailing
		// attribution needs it: "..., Kestia-owned Wirex TV reported".
		return false
	}
	if t.flags&fSentStart != 0 && k+1 < len(s.toks) && strings.HasSuffix(s.word(k), "ing") && s.toks[k+1].lowerWord() && s.toks[k+1].class&(cAux|cSpeech|cSpeechAct|cNaming|cPhrasal|cFinding|cCognition|cPast|cNeg|cAdverb) == 0 && !s.verbLike(k+1) {
		// A participle that opens the sentence, "Rallying hundreds of
		// workers, Lee ...", not a name before its verb ("Reyes
		// said").
		return false
	}
	if t.class&cSpeech != 0 && t.class&(cSpeechWeak|cTitle|cOrg|cHonorific) == 0 && k > 0 && s.toks[k-1].capWord() {
		// A headline verb: "Reyes Says Norvians Hacked HRG".
		return false
	}
	if t.class&(cSpeechWeak|cSpeechAct|cFinding|cNaming) != 0 && t.class&(cTitle|cOrg|cHonorific) == 0 && s.headlineVerb(k) {
		// Also a verb of manner, a speech act or a finding in a
		// title-case headline: "Mayor's Aide Laughs, Dodges Question",
		// "Lee Praises Port Plan", "Poll Shows Lee Ahead".
		return false
	}
	if t.class&cTime != 0 && isWeekday(s.word(k)) {
		return false
	}
	if s.dateAt(k) {
		return false
	}
	if t.flags&fSentStart != 0 && t.class&(cUnnamed|cBody|cDocument|cSpeech|cCognition|cSpeechNoun|cTitleMod|cNaming) != 0 &&
		(k+1 >= len(s.toks) || !s.toks[k+1].capWord() || s.toks[k+1].flags&fSpace == 0) && !s.officeAt(k) && !s.mediumSpeaks(k) {
		// "Officials said", "Sources say": common nouns that open a
		// sentence, not names.
		return false
	}
	return true
}

// headlineVerb reports whether the capitalised word at k, after another
// capitalised word in a title-case headline, reads as the headline's verb
// in the present: it ends in -s ("Lee Urges Calm"), as no surname in a
// verb list does.
func (s *state) headlineVerb(k int) bool {
	w := s.word(k)
	return k > 0 && s.toks[k-1].capWord() && s.sentFlags[s.sentOf[k]]&sentTitleCase != 0 && hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss")
}

// initialsBeforeName reports whether token k is initials with periods
// before a capitalised word on the same line: "R.T.P. Vell", not "the
// K.B.T. records".
func (s *state) initialsBeforeName(k int) bool {
	return strings.IndexByte(s.word(k), '.') >= 0 && k+1 < len(s.toks) && s.toks[k+1].capWord() && s.toks[k+1].flags&fNewline == 0
}

// participleCompound reports whether w is a hyphenated compound whose
// last part is a participle in lower case: "Dover-based", "state-owned".
func participleCompound(w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false // the cheap test first: nameToken asks of every name
	}
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+3 >= len(w) {
		return false
	}
	tail := w[i+1:]
	for j := 0; j < len(tail); j++ {
		if tail[j] < 'a' || tail[j] > 'z' {
			return false
		}
	}
	return strings.HasSuffix(tail, "ed")
}

// capsName reports whether the word in capitals at k belongs to a name
// set in capitals as a list's entries set their speakers, two to four
// words that open a sentence before a comma: "TOMASZ REYES, the party's
// leader, said: ...".
func (s *state) capsName(k int) bool {
	a := k
	for a > 0 && k-a < 3 && s.toks[a].flags&fSentStart == 0 && s.toks[a-1].kind == tWord && s.toks[a-1].flags&fUpper != 0 {
		a--
	}
	b := k + 1
	for b < len(s.toks) && b-a < 5 && s.toks[b].kind == tWord && s.toks[b].flags&fUpper != 0 {
		b++
	}
	if s.toks[a].flags&fSentStart == 0 {
		// After a heading in capitals, the two words before the
		// comma: "... reactions: HARBOUR BLOC JOANNA TREMAINE, party
		// leader, said" (see headedCapsName).
		return b-k <= 2 && s.headedCapsName(b-2, b)
	}
	if b-a < 2 || b-a > 4 || b >= len(s.toks) || !s.toks[b].isPunct(',') {
		return false
	}
	for i := a; i < b; i++ {
		if s.toks[i].class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron) != 0 {
			return false
		}
	}
	return true
}

// headedCapsName reports whether [a, b) is a name in capitals of two
// words after a heading in capitals, in a list of reactions, before a
// comma and a title in lower case: "CENTRE-RIGHT HARBOUR BLOC JOANNA
// TREMAINE, HKP party leader, told ...". The heading's words are no part
// of the name.
func (s *state) headedCapsName(a, b int) bool {
	if a < 1 || b+2 >= len(s.toks) || !s.toks[b].isPunct(',') || s.toks[a].flags&fSentStart != 0 {
		return false
	}
	for i := a; i < b; i++ {
		if t := &s.toks[i]; t.kind != tWord || t.flags&fUpper == 0 || t.class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron|cOrg|cTitle) != 0 {
			return false
		}
	}
	if !s.toks[b+1].lowerWord() && !s.toks[b+2].lowerWord() {
		return false
	}
	if p := &s.toks[a-1]; p.kind != tWord && !p.isPunct(')') || p.kind == tWord && p.flags&fUpper == 0 {
		return false
	}
	for i := a - 1; i >= a-2 && i >= 0 && s.toks[i].kind == tWord; i-- {
		if s.toks[i].flags&fSentStart != 0 {
			// A longer name that opens its sentence: "THOMAS DE
			// LEE, the party's deputy, said".
			return false
		}
	}
	return true
}

// loneAcronym reports whether the word in capitals at k, with no stops,
// stands alone among words in lower case, as a body's long acronym does
// ("KESTCO said on Monday"), where shouted text runs on in capitals
// ("BREAKING NEWS").
func (s *state) loneAcronym(k int) bool {
	if k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].flags&fUpper != 0 || k+1 >= len(s.toks) || strings.Contains(s.word(k), ".") {
		// Initials with stops are read as such: "K.B.T.".
		return false
	}
	n := &s.toks[k+1]
	return n.lowerWord() || n.kind == tClitic || n.isPunct(',')
}

// officeAt reports whether the title word at k names an office with "of"
// and a body, "Secretary of State", which opens a name's run even at the
// start of a sentence: "Secretary of State Ann Lee said".
func (s *state) officeAt(k int) bool {
	return s.toks[k].class&cTitle != 0 && k+2 < len(s.toks) && s.wordIs(k+1, "of") && s.toks[k+2].capWord() && s.toks[k+2].class&cOrg != 0 || s.officeName(k+1) || s.officeAnd(k+1)
}

// mediumSpeaks reports whether the speech noun at k, opening its
// sentence in the singular with no determiner, is a firm's name before
// its plain speech verb: "Wirex said", "Acme acknowledged"; a
// common noun there needs an article ("The statement said"), and a plural
// one ("Reports say") names no one.
func (s *state) mediumSpeaks(k int) bool {
	t := &s.toks[k]
	if t.class&cSpeechNoun == 0 || t.class&(cUnnamed|cBody|cDocument|cSpeech|cCognition|cTitleMod|cNaming) != 0 || strings.HasSuffix(s.lower(k), "s") || k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	return n.lowerWord() && n.class&cSpeech != 0 && n.class&(cSpeechWeak|cSpeechNoun|cFinding) == 0
}

// middleInitial reports whether the initial at k, which may spell a
// function word ("A."), stands between two capitalised words of a name:
// "Jock A. Lee".
func (s *state) middleInitial(k int) bool {
	return s.toks[k].flags&fInitial != 0 && k > 0 && k+1 < len(s.toks) && s.toks[k-1].capWord() && s.toks[k+1].capWord() &&
		s.toks[k-1].class&(cDet|cPrep|cConj|cSubord) == 0 && s.toks[k].flags&fSentStart == 0
}

// capitalisedMidSentence reports whether a function word at k is
// capitalised as part of a name or title ("The New Dover Ledger", "Of")
// rather than by its place.
func (s *state) capitalisedMidSentence(k int) bool {
	t := &s.toks[k]
	if t.class&(cDet|cPrep|cConj) == 0 {
		return false
	}
	// "The" inside a run: the next word is capitalised too.
	return k+1 < len(s.toks) && s.toks[k+1].capWord() && k > 0 && s.toks[k-1].capWord() && s.toks[k].flags&fSpace != 0
}

// functionWordName reports whether a capitalised function word at k,
// not at the start of a sentence, is a name all the same: one that a
// finite speech verb follows, `, From said`, or a modal or preposition between a
// speech verb and a capitalised word, `said Will Lang`.
func (s *state) functionWordName(k int) bool {
	t := &s.toks[k]
	if t.flags&fUpper != 0 || t.class&(cAux|cPrep) == 0 || t.class&(cDet|cSubjPron|cObjPron|cPossPron|cConj|cSubord|cNeg) != 0 {
		return false
	}
	if k+1 < len(s.toks) && s.toks[k+1].lowerWord() && s.toks[k+1].class&cSpeech != 0 && s.toks[k+1].flags&fSpace != 0 &&
		!s.baseForm(k+1) && !strings.HasSuffix(s.word(k+1), "ing") && (t.flags&fSentStart == 0 || s.modal(k)) {
		// Not "Without question"; a modal takes no past or third
		// person after it, so also where the sentence starts: "May
		// said", but not "Having said".
		return true
	}
	if t.flags&fSentStart != 0 {
		// A modal takes no "has" or "had" after it either: "May has
		// repeatedly said", though not the month's "May has been wet".
		return s.modal(k) && s.perfectSpeech(k+1)
	}
	if p := k - 1; p >= 0 && s.toks[p].capWord() && s.toks[p].flags&(fUpper|fDigit) == 0 && s.toks[p].class&(cDet|cSubjPron|cObjPron|cPossPron|cConj|cSubord|cNeg|cAux|cPrep|cTime) == 0 && s.toks[k].flags&fSpace != 0 &&
		s.modal(k) && (k+1 >= len(s.toks) || !s.toks[k+1].capWord() && (s.toks[k+1].kind != tClitic || s.possessive(k+1))) {
		// A modal after a first name, in running text: "Jo May
		// said", "Jo May, the prime minister,", "Jo May's
		// deputy", but not in a headline's "Lee May Visit".
		return true
	}
	return k > 0 && s.toks[k-1].lowerWord() && s.toks[k-1].class&cSpeech != 0 &&
		k+1 < len(s.toks) && s.toks[k+1].capWord() && s.toks[k+1].class&(cDet|cSubjPron|cObjPron|cPossPron|cConj|cSubord|cAux|cNeg|cPrep) == 0 && s.toks[k+1].flags&fSpace != 0
}

// perfectSpeech reports whether "has" or "had" at k, and at most two
// adverbs, come before a past speech verb: "has said", "had repeatedly
// told".
func (s *state) perfectSpeech(k int) bool {
	if !s.wordIs(k, "has", "had") {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		t := &s.toks[j]
		if !t.lowerWord() {
			return false
		}
		if t.class&cSpeech != 0 {
			return strings.HasSuffix(s.word(j), "ed") || s.wordIs(j, "said", "told", "written", "spoken")
		}
		if !strings.HasSuffix(s.word(j), "ly") {
			return false
		}
	}
	return false
}

// modal reports whether the word at k is a modal verb, which may also be
// a name: "May", "Will".
func (s *state) modal(k int) bool {
	return s.wordIs(k, "may", "will", "can", "might", "must", "shall")
}

// nameRunAt returns the end of the capitalised run that starts at k, or k
// if none starts there. A run takes in initials, particles between
// capitalised words, and "of" inside organisation names ("Bank of
// Kestia").
func (s *state) nameRunAt(k int) int {
	n := len(s.toks)
	if !s.nameToken(k) && !s.articleNameAt(k) {
		return k
	}
	j := k + 1
	for j < n {
		t := &s.toks[j]
		if t.flags&(fNewline) != 0 {
			break
		}
		if s.nameToken(j) || t.kind == tWord && arabicArticle(s.text[t.start:t.end]) {
			// "Sami al-Dovari", "Ed el-Vell"
			j++
			continue
		}
		if s.strippedLetters(j) {
			// "Tom Fa si", "Ann Le o": the letters of a name whose
			// accented letter was stripped to a space.
			j++
			continue
		}
		if t.lowerWord() && j > k+1 && s.toks[j-1].capWord() && s.wordIs(j, "jr.", "sr.") {
			// A generational suffix in lower case ends the name:
			// "Tom Reyes jr.".
			j++
			break
		}
		if s.bodyOfBody(j) {
			// A body of, for or to another body, "Standing Office
			// to the Harbour Council", "Office of the High Commission".
			j += 3
			continue
		}
		if t.kind == tWord && j+2 < n && isParticle(s.word(j)) && isParticle(s.word(j+1)) && s.nameToken(j+2) && s.toks[j+2].flags&fNewline == 0 {
			// Two particles: "Anna von der Lee".
			j += 3
			continue
		}
		if t.kind == tWord && j+1 < n && s.nameToken(j+1) && s.toks[j+1].flags&fNewline == 0 {
			w := s.text[t.start:t.end]
			if isParticle(w) {
				j += 2
				continue
			}
			if (w == "of" || w == "for" || w == "on" || w == "against") && s.runHasOrg(k, j) && !s.titledPerson(k, j) {
				// A body's name goes on past a preposition in lower
				// case: "Harbour Council for Dover", "Committee
				// against Noise".
				j += 2
				continue
			}
			if (w == "the" || w == "to" || w == "without" || w == "for" || w == "of") && s.bodyNamed(k) && s.toks[j+1].class&(cTime|cTitle|cHonorific) == 0 {
				// A body's name with a function word in lower case,
				// named so by a body noun before it: "the charity
				// Save the Sailors said", "rights group Sailors
				// without Borders".
				j += 2
				continue
			}
			if w == "and" && j == k+1 && s.pairedBody(j) {
				j += 2
				continue
			}
			if w == "and" {
				if e := s.bodyAnd(k, j); e > j {
					j = e
					continue
				}
			}
			if w == "to" && s.toks[j-1].class&cOrg != 0 && s.toks[j+1].class&(cDet|cPrep|cConj|cSubord|cAux|cOrg|cTitle) == 0 {
				// A body named for its aim, "Committee to Protect
				// Sailors": "to" and a capitalised verb after an
				// organisation word.
				j += 2
				continue
			}
			if w == "of" && s.toks[j-1].class&cTitle != 0 && s.toks[j+1].class&cOrg != 0 && j+2 < n && (s.nameToken(j+2) && s.toks[j+2].flags&fNewline == 0 || s.officeName(j+2) || s.officeAnd(j+2)) {
				// A title of an office, "Secretary of State Ann Lee",
				// and one with a field, "Minister of State for Trade
				// Ann Lee".
				j += 2
				continue
			}
			if w == "of" && j > k+1 && s.toks[j+1].class&cOrg != 0 && (j+2 >= n || !s.nameToken(j+2)) && s.pluralTitle(j-1) {
				// A board of titled people named for the body they
				// serve: "Joint Chiefs of Staff".
				j += 2
				continue
			}
			if s.officeName(j) {
				// "Minister of Sports Ann Lee", "Minister for Asia
				// Tom Reyes": a title, its field and a name.
				j += 2
				continue
			}
			if s.officeAnd(j) {
				j += 4
				continue
			}
		}
		if t.isPunct('/') && t.flags&fSpace == 0 && j+1 < n && s.toks[j+1].flags&(fSpace|fNewline) == 0 && s.nameToken(j+1) && (s.runHasOrg(k, j) || s.toks[j+1].class&cOrg != 0 || j+2 < n && s.toks[j+2].lowerWord() && s.toks[j+2].class&cDocument != 0) {
			// A slash between two names of one body, with no space:
			// "Radio Free Kestia/Radio Dover", and two that did a
			// poll together, "a Wirex/Kell poll".
			j += 2
			continue
		}
		if t.kind == tWord && t.flags&fDigit != 0 && j-k <= 2 && t.end-t.start <= 3 && s.bodyNamed(k) && s.numberEnds(j) {
			// A body named with a number, "rights group Article
			// 19 said".
			j++
		}
		break
	}
	return j
}

// pairedBody reports whether "and" at j joins two capitalised words after
// "the" and before a body noun in lower case, which name one body: "the
// Peace and Justice movement".
func (s *state) pairedBody(j int) bool {
	return j >= 2 && j+2 < len(s.toks) && s.toks[j].lowerWord() && s.wordIs(j, "and") && s.toks[j-2].lowerWord() && s.wordIs(j-2, "the") &&
		s.nameToken(j-1) && s.nameToken(j+1) && s.toks[j+2].lowerWord() && s.toks[j+2].class&(cBody|cOrg) != 0
}

// bodyNamed reports whether a lower-case body noun stands right before
// the run that starts at k, so that the run names a body: "the charity
// Acme", "rights group Acme".
func (s *state) bodyNamed(k int) bool {
	return k > 0 && s.toks[k-1].lowerWord() && s.toks[k-1].class&cBody != 0 && s.toks[k].flags&fSentStart == 0
}

// numberEnds reports whether the number at j is all digits and ends a
// noun phrase, punctuation or a verb after it: "Article 19 said", not
// "Acme 20 percent".
func (s *state) numberEnds(j int) bool {
	for _, c := range s.word(j) {
		if c < '0' || c > '9' {
			return false
		}
	}
	if j+1 >= len(s.toks) {
		return true
	}
	n := &s.toks[j+1]
	return n.kind == tPunct && n.punct != '%' || n.lowerWord() && (n.class&(cSpeech|cAux) != 0 || s.verbLike(j+1))
}

// bodyAnd returns where a body's name that goes on after "and" at j
// ends, "Institute for Science and Art", or j: shortly before it in the
// run [k, j), "of", "for" or "on" follows an organisation word, and the
// words after "and" are no title, second body or person ("University of
// Dover and Professor Lee", "Office of Dover and Harbour Council",
// "University of Dover and Ann Lee ... Lee said"). The scans are bounded.
func (s *state) bodyAnd(k, j int) int {
	field := false
	for i := j - 1; i > k && i >= j-8 && !field; i-- {
		field = s.toks[i].lowerWord() && s.wordIs(i, "of", "for", "on") && s.runHasOrg(max(k, i-3), i)
	}
	if !field || s.titledPerson(k, j) {
		return j
	}
	e := j + 1
	for e < len(s.toks) && e < j+4 && s.nameToken(e) && s.toks[e].flags&fNewline == 0 {
		if s.toks[e].class&(cTitle|cHonorific) != 0 {
			return j
		}
		e++
	}
	if e == j+1 || e < len(s.toks) && s.nameToken(e) || s.toks[e-1].class&cOrg != 0 {
		return j
	}
	if s.surnameAfterAnd(j+1, e) {
		if e-j > 3 {
			// A person's name after a one-word field, "Science and
			// Art Ann Lee ... Lee said": the run goes on, and
			// bodyBeforeName splits the name off.
			return e - 2
		}
		return j
	}
	return e
}

// surnameAfterAnd is surnameAlone for the words [a, b) after "and" in a
// body's name: the last word standing alone elsewhere makes them a
// person's name, but not where it ends the same body's name again, after
// "and" ("the Institute for Science and Art ... the Institute for Science
// and Art said").
func (s *state) surnameAfterAnd(a, b int) bool {
	lo, hi := max(a-600, 1), min(a+600, len(s.toks)-1)
	for j := lo; j < hi; j++ {
		if (j < a || j >= b) && s.toks[j].capWord() && !s.toks[j-1].capWord() && !s.toks[j+1].capWord() && !s.wordIs(j-1, "and") && sameName(s.word(j), s.word(b-1)) {
			return true
		}
	}
	return false
}

// titledPerson reports whether the run [a, b) is a title and then a
// person's name, which a phrase after it does not join: "Secretary of
// State Ann Lee for Dover-based ...", unlike "Harbour Council for Dover".
func (s *state) titledPerson(a, b int) bool {
	if b-a > 12 {
		// No title and name run so long; nameRunAt asks at every
		// preposition of a growing run, so the scan is bounded.
		return false
	}
	nf := s.splitTitle(a, b)
	return nf > a && nf < b && !s.runHasOrg(nf, b) && s.personLike(nf, b)
}

// officeName reports whether "of" or "for" at j joins a capitalised
// title before it to its field and a person's name after it, three or
// more capitalised words with no title among them: "Minister of Sports
// Ann Lee". The name is the last two of them (splitTitle).
func (s *state) officeName(j int) bool {
	if j < 1 || j+3 >= len(s.toks) || !s.officeOpens(j) {
		return false
	}
	for k := j + 1; k <= j+3; k++ {
		if !s.nameToken(k) || s.toks[k].flags&fNewline != 0 || s.toks[k].class&(cTitle|cHonorific) != 0 {
			return false
		}
	}
	return s.personLike(j+2, j+4) || s.personLike(j+3, j+5) && j+4 < len(s.toks) && s.nameToken(j+4)
}

// officeOpens reports whether "of" or "for" at j follows a capitalised
// title, "Minister of", or an office that is one, "Minister of State
// for".
func (s *state) officeOpens(j int) bool {
	if !s.wordIs(j, "of", "for") || !s.toks[j-1].capWord() {
		return false
	}
	if s.toks[j-1].class&cTitle != 0 {
		return true
	}
	return j >= 3 && s.wordIs(j, "for") && s.toks[j-1].class&cOrg != 0 && s.wordIs(j-2, "of") && s.toks[j-2].lowerWord() && s.toks[j-3].capWord() && s.toks[j-3].class&cTitle != 0
}

// pluralTitle reports whether token k is a capitalised plural of a title
// noun: "Chiefs", "Commanders".
func (s *state) pluralTitle(k int) bool {
	w := s.word(k)
	return s.toks[k].capWord() && len(w) > 3 && w[len(w)-1] == 's' && lookupWord(w[:len(w)-1])&cTitle != 0
}

// officeAnd reports whether "of" or "for" at j joins a capitalised title
// to a field of two words joined by "and" and a person's name of two
// words after it: "Minister for Asia and Pacific Tom Reyes".
func (s *state) officeAnd(j int) bool {
	if j < 1 || j+6 >= len(s.toks) || !s.officeOpens(j) || !s.wordIs(j+2, "and") || !s.toks[j+2].lowerWord() {
		return false
	}
	for k := j + 1; k <= j+5; k++ {
		if k != j+2 && (!s.nameToken(k) || s.toks[k].flags&fNewline != 0 || s.toks[k].class&(cTitle|cHonorific) != 0) {
			return false
		}
	}
	return !s.nameToken(j+6) && s.personLike(j+4, j+6)
}

// strippedLetters reports whether token j is the rest of a name's word
// after an accented letter stripped to a space, "Fa si" for "Faïsi",
// "Le o" for "Leão": one or two lower-case letters that are no English
// word nor contraction, right after a name's word, before another, a
// comma or a speech verb.
func (s *state) strippedLetters(j int) bool {
	t := &s.toks[j]
	if j == 0 || j+1 >= len(s.toks) || !t.lowerWord() || t.end-t.start > 2 || t.class&^cDocument != 0 || !s.toks[j-1].capWord() || t.flags&fSpace == 0 {
		return false
	}
	n := &s.toks[j+1]
	arabic := n.kind == tWord && arabicArticle(s.text[n.start:n.end]) && n.flags&fNewline == 0
	if t.class != 0 {
		// A noun ("ad") only before the rest of the name, `Sami Sa ad
		// al-Dovari`: `the Lee ad said` is a thing.
		return arabic || s.nameToken(j+1) && n.flags&fNewline == 0
	}
	switch s.word(j) {
	case "re", "ll", "ve", "d", "t", "m", "s", "v", "vs", "km", "pm", "am", "ok", "oh", "ex":
		// Contractions, "v" of a lawsuit's name, units.
		return false
	}
	return arabic || s.nameToken(j+1) && n.flags&fNewline == 0 || n.isPunct(',') || n.lowerWord() && n.class&cSpeech != 0
}

// bodyOfBody reports whether "of the", "for the" or "to the" at token j
// joins an organisation word before it to a name with one after it.
func (s *state) bodyOfBody(j int) bool {
	n := len(s.toks)
	if j == 0 || j+2 >= n || !s.toks[j].lowerWord() || !s.wordIs(j, "of", "for", "to") || !s.toks[j+1].lowerWord() || !s.wordIs(j+1, "the") || s.toks[j-1].class&cOrg == 0 {
		return false
	}
	for e := j + 2; e < n && e < j+8 && s.nameToken(e) && s.toks[e].flags&fNewline == 0; e++ {
		if s.toks[e].class&cOrg != 0 {
			return true
		}
	}
	// "the Northern Committee of the Dover Guild": a capitalised
	// body word before "of the" takes any name after it that is no
	// title ("the Office of the President" has one of its own).
	return s.toks[j-1].capWord() && s.wordIs(j, "of") && s.nameToken(j+2) && s.toks[j+2].class&(cTitle|cHonorific) == 0
}

// articleNameAt reports whether a surname with its article in lower case
// starts a name at token k, where a clause starts or after a speech
// verb: "Later, al-Dovari said", "but al-Dovari said", "said al-Dovari",
// not "the channel al-Vellan", whose description holds the name.
func (s *state) articleNameAt(k int) bool {
	t := &s.toks[k]
	// The hyphen after two letters first: findEntities asks about every
	// word, and next to no word has one there.
	if t.kind != tWord || t.end-t.start <= 4 || s.text[t.start+2] != '-' || !arabicArticle(s.word(k)) {
		return false
	}
	return k == 0 || s.toks[k-1].kind != tWord || s.toks[k-1].class&(cConj|cSubord|cSpeech) != 0
}

// runHasOrg reports whether tokens [a, b) hold an organisation word.
func (s *state) runHasOrg(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].class&cOrg != 0 {
			return true
		}
	}
	return false
}

// splitTitle splits a capitalised run [a, b) into a title part and a name
// part: "Kestian Foreign Minister Ed Vellan" -> "Kestian Foreign
// Minister" + "Ed Vellan". It returns the first token of the name.
func (s *state) splitTitle(a, b int) int {
	if b-a < 2 {
		return a
	}
	split := a
	for k := a; k < b-1; k++ {
		t := &s.toks[k]
		if t.class&(cTitle|cHonorific) != 0 || t.flags&fAbbrev != 0 && t.class&cTitleAbbrev != 0 {
			split = k + 1
		}
		if k > a && k+2 < b && s.word(k) == "of" && s.toks[k-1].class&cTitle != 0 && s.toks[k+1].class&cOrg != 0 {
			// "Secretary of State" + "Ann Lee".
			split = k + 2
			k++
		}
		if k > a && k+3 < b+1 && (b-k >= 4 && s.officeName(k) || b-k >= 6 && s.officeAnd(k)) {
			// "Minister of Sports" + "Ann Lee": the field runs to
			// the name's last two words, one of them maybe split by a
			// stripped apostrophe, "Sa ad al-Dovari".
			split = b - 2
			if split-1 > k && s.toks[split].lowerWord() && s.strippedLetters(split) {
				split--
			}
			break
		}
	}
	if split == b-1 && s.toks[split].class&cTitle != 0 && s.wordIs(split, "General") {
		// "Attorney General", "Inspector General": the title comes
		// after its noun, and there is no name.
		return b
	}
	if split > a && split < b && s.toks[split].lowerWord() && s.toks[split].class&cPrep != 0 && !isParticle(s.word(split)) {
		// "High Commissioner for Human Rights": the title's own
		// phrase, no name.
		return a
	}
	if split > a && s.runHasOrg(split, b) && (!s.personLike(split, b) || b-split == 1) {
		// "President Reyes" splits, but not "Secretary of State" or
		// "Supreme Court", nor a body named for a field that is an
		// honorific too, "Justice Ministry".
		return a
	}
	return split
}

// personLike reports whether [a, b) looks like a person's name: two or
// more capitalised words with no organisation word, or one after an
// honorific.
func (s *state) personLike(a, b int) bool {
	if b-a >= 2 && !s.runHasOrg(a, b) {
		return true
	}
	return a > 0 && s.toks[a-1].class&cHonorific != 0
}

// runKind guesses what a capitalised run names.
func (s *state) runKind(a, b int) SpeakerKind {
	if s.runHasOrg(a, b) || s.apposedToBusiness(a, b) {
		return Organization
	}
	for k := a + 1; k < b-1; k++ {
		if s.toks[k].isPunct('/') {
			return Organization // two bodies' poll: "the Wirex/Kell poll"
		}
		if t := &s.toks[k]; (t.capWord() || t.lowerWord() && s.wordIs(k, "the", "to", "without", "for", "of")) && t.class&cPrep != 0 && !isParticle(s.word(k)) && !s.middleInitial(k) {
			// A capitalised preposition inside a name, "Sailors
			// Without Borders", names a group, never a person.
			return Organization
		}
	}
	return Person
}

// apposedToBusiness reports whether the run [a, b) is set off by commas
// after a business of someone's, which it names: "threw his shop, Dover
// Goods, out of the unit"; but "Early in his campaign, Lee said" is
// a phrase before the subject.
func (s *state) apposedToBusiness(a, b int) bool {
	if a < 4 || b >= len(s.toks) || !s.toks[b].isPunct(',') || !s.toks[a-1].isPunct(',') || !s.toks[a-2].lowerWord() || s.toks[a-3].kind != tWord || s.toks[a-3].class&cPossPron == 0 || s.toks[a-4].kind == tWord && s.toks[a-4].class&cPrep != 0 {
		return false
	}
	if s.personAfter(b + 1) {
		// A person's apposition or verb follows: "will sell his
		// company, Ann Lee, a spokeswoman for Acme, said"; not a
		// business's, "his company, Reyes Marine, the biggest yard".
		return false
	}
	return s.toks[a-2].class&cBody != 0 || s.wordIs(a-2, "business", "shop", "store", "restaurant", "startup")
}

// personAfter reports whether token n, after a name and its comma, goes
// on as a person's: a speech verb, "who", or a role, bare or within the
// three words after an article: "said", "a spokeswoman for Acme".
func (s *state) personAfter(n int) bool {
	if n >= len(s.toks) || s.toks[n].kind != tWord {
		return false
	}
	if s.toks[n].class&(cTitle|cSpeech) != 0 || s.wordIs(n, "who") {
		return true
	}
	if s.toks[n].class&cDet == 0 {
		return false
	}
	for k := n + 1; k < len(s.toks) && k <= n+3 && s.toks[k].kind == tWord; k++ {
		if s.toks[k].lowerWord() && s.toks[k].class&cTitle != 0 {
			return true
		}
	}
	// Or a speech verb after the apposition's closing comma: "her
	// company, Ann Lee, a mother of three, said".
	for k := n + 1; k+1 < len(s.toks) && k <= n+10; k++ {
		if s.toks[k].kind != tWord && s.toks[k].kind != tClitic {
			return s.toks[k].isPunct(',') && s.toks[k+1].kind == tWord && s.toks[k+1].class&cSpeech != 0 && s.verbLike(k+1)
		}
	}
	return false
}

// nameHash hashes a name word as sameName compares it: without case, a
// possessive or accents.
func nameHash(w string) uint64 {
	w = trimPossessive(w)
	// hashFold's hash, taken in the same pass that tells whether w is
	// ASCII: addRun hashes every name, and most are.
	h := uint64(14695981039346656037)
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
		h ^= uint64(foldByte(w[i]))
		h *= 1099511628211
	}
	if ascii {
		return h
	}
	h = uint64(14695981039346656037)
	var buf [utf8.UTFMax]byte
	for _, r := range w {
		n := utf8.EncodeRune(buf[:], foldNameRune(r))
		for _, c := range buf[:n] {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	return h
}

// sameName reports whether two name words are the same name, ignoring
// case, a possessive and accents: "Núñez" is "Nunez".
func sameName(a, b string) bool {
	a, b = trimPossessive(a), trimPossessive(b)
	if a != "" && b != "" && asciiInitialsDiffer(a[0], b[0]) {
		// Most names asked about differ from the first letter: no
		// need to fold them, nor to look for accents.
		return false
	}
	if strings.EqualFold(a, b) {
		return true
	}
	if isASCII(a) && isASCII(b) {
		return false
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if foldNameRune(ra) != foldNameRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// asciiInitialsDiffer reports whether a and b, the first bytes of two
// words, are ASCII characters that differ even ignoring case, so that
// the words cannot be sameName: a cheap test before it. Folding with
// 0x20 may take two different punctuation marks for one, never two
// letters of one for different.
func asciiInitialsDiffer(a, b byte) bool {
	return a < utf8.RuneSelf && b < utf8.RuneSelf && a|0x20 != b|0x20
}

// trimPossessive returns w without a possessive "'s" or "’s".
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// foldNameRune folds a letter of a name to its lower-case base letter,
// using the canonical decomposition golang.org/x/text's norm package
// knows: "ñ" is "n" and a combining tilde, so it folds to "n".
func foldNameRune(r rune) rune {
	if r >= utf8.RuneSelf {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
			r, _ = utf8.DecodeRune(d)
		}
	}
	return unicode.ToLower(r)
}

// isASCII reports whether s holds only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// sameTokens reports whether token ranges [a, b) and [c, d) spell the
// same words, ignoring case. The first range ends where the entity's name
// ends, so a longer name found later still matches its first form.
func (s *state) sameTokens(a, b, c, d int) bool {
	if b-a != d-c {
		return false
	}
	for i := 0; i < b-a; i++ {
		if !sameName(s.word(a+i), s.word(c+i)) {
			return false
		}
	}
	return true
}

// surname returns the token of the surname in the name [a, b): its last
// word, or the one before a generational suffix ("Tom R. Reyes Jr.").
func (s *state) surname(a, b int) int {
	if b-2 >= a {
		switch s.word(b - 1) {
		case "Jr.", "Jr", "jr.", "Sr.", "Sr", "sr.", "II", "III", "IV":
			return b - 2
		}
	}
	return b - 1
}

// middleName reports whether w is a word of the entity's name between
// its first word and a particle before its surname: "Tico" in "Rui
// Dovar Tico da Kest". A word before the surname itself may be part
// of a longer name's ("the Ann Lee Show").
func (s *state) middleName(en *entity, w string) bool {
	last := s.surname(en.nameFirst, en.nameLast)
	for k := en.nameFirst + 1; k < last; k++ {
		if t := &s.toks[k]; t.capWord() && t.flags&fAbbrev == 0 && isParticle(s.word(k+1)) && sameName(s.word(k), w) {
			return true
		}
	}
	return false
}

// patronymic reports whether the surname of the name [a, b) follows
// "bin" or "ibn", which make it the father's name: "Omar bin Tariq".
func (s *state) patronymic(a, b int) bool {
	l := s.surname(a, b)
	return l-1 > a && s.wordIs(l-1, "bin", "ibn", "Bin", "Ibn")
}

// surnameWord returns the word at k without the article of an Arabic
// surname, which the text may drop: "Sami al-Dovari ... Dovari said",
// or capitalise: "Al-Dovari said".
func (s *state) surnameWord(k int) string {
	w := s.word(k)
	if len(w) > 4 && w[2] == '-' && (strings.EqualFold(w[:2], "al") || strings.EqualFold(w[:2], "el")) && w[3] >= 'A' && w[3] <= 'Z' {
		return w[3:]
	}
	return w
}

// otherFirstName reports whether the name in tokens [nf, b) and entity en
// both give a first name, and not the same one: "Tom Lee" is not "Ann
// Lee", nor "South Kestia" "North Kestia", though "Lee" may be either.
func (s *state) otherFirstName(en *entity, nf, b int) bool {
	a, c := en.nameFirst, en.nameLast
	if b-nf < 2 || c-a < 2 {
		return false
	}
	if b-nf > c-a {
		a, c, nf, b = nf, b, a, c
	}
	// The shorter name's first word may be part of the longer one's
	// surname: "Del Vell" in "Ana del Vell", "Soto Reyes" in
	// "Ed Soto Reyes".
	if !s.firstNameLike(nf) || !s.firstNameLike(a) {
		return false
	}
	for k := a; k < c-1; k++ {
		if sameName(s.word(k), s.word(nf)) {
			return false
		}
	}
	return true
}

// firstNameLike reports whether the word at k may be the given name of
// a full name, as givenNameLike, or a document noun that is a given name
// too: "Bill Lee" is not "Ann Lee".
func (s *state) firstNameLike(k int) bool {
	if t := &s.toks[k]; t.kind == tWord && t.class == cDocument && t.flags&(fAbbrev|fUpper|fDigit) == 0 {
		return true
	}
	return s.givenNameLike(k)
}

// givenNameLike reports whether the word at k may be a given name: no
// word of the lexicons ("Former", "Republicans"), no participle
// ("Debating"), no initials or abbreviation ("U.S.").
func (s *state) givenNameLike(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.class != 0 || t.flags&(fAbbrev|fUpper|fDigit) != 0 {
		return false
	}
	w := s.word(k) // capitalised, not in capitals: its suffix is in lower case
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// findEntities scans the whole text for capitalised runs and groups the
// person names by surname, so that "Park" finds "Jo Park" however
// far away it is. It fills s.runs and s.entities.
func (s *state) findEntities() {
	n := len(s.toks)
	for k := 0; k < n; {
		if t := &s.toks[k]; !t.capWord() && !(t.flags&fHyphen != 0 && s.articleNameAt(k)) {
			// Most tokens are no capitalised word, so no name starts
			// there: a cheap test before nameRunAt. A surname with its
			// article in lower case may, "al-Dovari said", which
			// articleNameAt is asked only of a word with a hyphen, to
			// save a call for every other word. The flag is read with
			// capWord's; a test of the token's length and text here
			// went wrong in the processor's guesses for about every
			// other word.
			k++
			continue
		}
		e := s.nameRunAt(k)
		if e == k {
			k++
			continue
		}
		if !s.runHasOrg(k, e) && !s.speaksAfterRun(e) && !s.bodyNamed(k) {
			// "Move Against Ann Reyes Lee" in a headline: a
			// capitalised preposition or article joins names only in a
			// body's name, so without one the name starts after it.
			for f := e - 2; f > k; f-- {
				if s.toks[f].class&(cDet|cPrep|cConj) != 0 && !isParticle(s.word(f)) && !s.middleInitial(f) && !s.officeName(f) && !(f >= 2 && s.wordIs(f, "and") && s.officeAnd(f-2)) && !(f == k+1 && s.pairedBody(f)) {
					k = f + 1
					break
				}
			}
		}
		if e-k > 2 && s.headedCapsName(e-2, e) {
			k = e - 2 // the heading before a name in capitals
		}
		if e-k >= 2 && s.toks[k].flags&fSentStart != 0 && s.toks[k].class&cTitleMod != 0 && s.toks[k].class&(cTitle|cOrg|cHonorific) == 0 && e < n && s.toks[e].lowerWord() && s.toks[e].class&(cTitle|cUnnamed) != 0 {
			// "Top Lee adviser ...", "Former Acme chief ...": a
			// modifier that opens the sentence belongs to the role the
			// name comes before, not to the name.
			k++
		}
		if e-k >= 2 && s.toks[k].flags&fSentStart != 0 && len(s.word(k)) > 5 && strings.HasSuffix(s.word(k), "ing") && e < n && s.toks[e].lowerWord() &&
			s.toks[e].class&(cSpeech|cAux|cCognition|cPast) == 0 && !s.verbLike(e) {
			// A participle that opens a sentence takes the name as
			// its object when no verb follows the name: "Inviting
			// Norvian ships would be a mistake", "Accepting Lee as a
			// leader is ...".
			k++
		}
		if e-k >= 2 && e-k <= 3 && lowerIn(s.word(k), faithWords...) && !s.runHasOrg(k, e) && s.toks[k+1].class&(cTitle|cTitleMod|cHonorific) == 0 && !strings.HasSuffix(s.word(e-1), "s") {
			// "mostly Buddhist Kestia", "the Muslim Vellan minority":
			// a faith describes the place or people named after it,
			// so they stay one entity with their bare name; but
			// "Christian Democrats" and "Catholic Church" are names.
			k++
		}
		// A run may hold a body or office and a person's name after
		// it: bodyBeforeName splits a body with the article after a
		// title's preposition, "Ambassador to the Harbour Council Ann
		// Lee", where the name needs no other mention; nameAfterOffice
		// an office or body with or without it, "Minister of Justice Ann
		// Lee", where the surname stands alone elsewhere. Neither does
		// the other's work: switched off, each loses raw news names.
		// bodyAloneBeforeName splits a body with no title at all, "Blue
		// Harbour Ann Lee", where the body stands alone elsewhere.
		if f := s.bodyBeforeName(k, e); f > k {
			s.addRun(k, f)
			k = f
		}
		if f := s.placeBeforeName(k, e); f > k {
			s.addRun(k, f)
			k = f
		} else if f := s.bodyAloneBeforeName(k, e); f > k {
			s.addRun(k, f)
			k = f
		} else if f := s.nameAfterOffice(k, e); f > k {
			s.addRun(k, f)
			k = f
		}
		if f := s.subjectAfterHearer(k, e); f > k {
			s.addRun(k, f)
			k = f
		}
		s.addRun(k, e)
		k = e
	}
}

// subjectAfterHearer returns where the subject of a statement starts in
// the run [a, b) that follows "told" and runs into an auxiliary: in
// "told President Ann Lee Kestia has stopped trade" the hearer is Ann
// Lee and Kestia the subject of what was told, as a hearer takes no verb
// of its own. The subject is taken to be the last word, after two or
// more before it. Otherwise it returns a.
func (s *state) subjectAfterHearer(a, b int) int {
	if b-a < 3 || a < 1 || b >= len(s.toks) || !s.toks[a-1].lowerWord() || !s.wordIs(a-1, "told", "tell", "tells", "telling") {
		return a
	}
	if v := &s.toks[b]; !v.lowerWord() || v.class&cAux == 0 {
		return a
	}
	if l := &s.toks[b-1]; !l.capWord() || l.class&(cTitle|cHonorific|cDet|cPrep|cConj) != 0 || s.middleInitial(b-1) || !s.toks[b-2].capWord() {
		return a
	}
	return b - 1
}

// placeBeforeName returns where a person's name starts inside the run
// [a, b) when a place written after a title's preposition runs into it,
// "envoy for Norvia Ann Lee": a word that stands alone elsewhere in the
// text ("in Norvia") before two or more words of a name. Otherwise it
// returns a.
func (s *state) placeBeforeName(a, b int) int {
	if b-a < 3 || a < 2 || !s.toks[a-1].lowerWord() || !s.wordIs(a-1, "for", "of", "on", "to", "in") || !s.toks[a-2].lowerWord() || s.toks[a-2].class&cTitle == 0 {
		return a
	}
	if t := &s.toks[a]; t.class&(cOrg|cTitle|cHonorific|cTitleMod) != 0 || !s.nameToken(a) || !s.personLike(a+1, b) {
		return a
	}
	lo, hi := max(a-600, 1), min(a+600, len(s.toks)-1) // bounded: linear time
	for j := lo; j < hi; j++ {
		if j != a && s.toks[j].capWord() && !s.toks[j-1].capWord() && !s.toks[j+1].capWord() && sameName(s.word(j), s.word(a)) {
			return a + 1
		}
	}
	return a
}

// bodyAloneBeforeName returns where a person's name starts inside the
// run [a, b) of four words or more when a body's name runs into it with
// no title between, "Kestia s Blue Harbour Tom Reyes told": at its last
// two words, when they look like a given name and a surname and the words
// before them stand alone as a name elsewhere in the text ("the Blue
// Harbour said"). Otherwise it returns a.
func (s *state) bodyAloneBeforeName(a, b int) int {
	f := b - 2
	if b-a < 4 || !s.givenNameLike(f) || !s.givenNameLike(b-1) {
		return a
	}
	for k := a; k < b; k++ {
		if s.toks[k].class&(cTitle|cHonorific|cTitleMod) != 0 {
			return a
		}
	}
	n := f - a
	lo, hi := max(a-600, 1), min(a+600, len(s.toks)-n) // bounded: linear time
	m := &s.alone
	j := -1
	switch {
	case s.noAloneMemo || m.n != n || !s.sameWords(m.a, a, n):
		j = s.bodyAloneIn(a, n, lo, hi)
	case m.match >= 0:
		// The same words found alone before: found again if that
		// place is still in the window.
		if m.match >= lo && m.match < hi && m.match != a {
			return f
		}
		j = s.bodyAloneIn(a, n, lo, hi)
	default:
		// The same words, not alone anywhere in the window before
		// but at its own place: only that place and the tokens
		// the window gained need a look. Words that repeat along
		// a run of names ("Blue Harbour Tom Reyes" in a list of
		// them) made each run scan the whole window again.
		if m.a >= lo && m.a < hi && m.a != a && s.bodyAloneIn(a, n, m.a, m.a+1) >= 0 {
			j = m.a
		} else if j = s.bodyAloneIn(a, n, lo, min(hi, m.lo)); j < 0 {
			j = s.bodyAloneIn(a, n, max(lo, m.hi), hi)
		}
	}
	*m = aloneMemo{a: a, n: n, lo: lo, hi: hi, match: j}
	if j >= 0 {
		return f
	}
	return a
}

// aloneMemo is bodyAloneBeforeName's last look for a body's words alone:
// words [a, a+n) were alone at token match, or, if match is -1, nowhere
// in tokens [lo, hi) but at a.
type aloneMemo struct {
	a, n, lo, hi, match int
}

// bodyAloneIn returns the first token j in [lo, hi) where the n words
// from token a stand alone as a capitalised run, or -1.
func (s *state) bodyAloneIn(a, n, lo, hi int) int {
	for j := lo; j < hi; j++ {
		if j == a || s.toks[j-1].capWord() || s.toks[j+n].capWord() || !sameName(s.word(j), s.word(a)) {
			continue
		}
		same := true
		for i := 1; i < n && same; i++ {
			same = s.toks[j+i].capWord() && sameName(s.word(j+i), s.word(a+i))
		}
		if same {
			return j
		}
	}
	return -1
}

// sameWords reports whether the n tokens from a and from b are the same
// bytes.
func (s *state) sameWords(a, b, n int) bool {
	for i := range n {
		if s.word(a+i) != s.word(b+i) {
			return false
		}
	}
	return true
}

// bodyBeforeName returns where a person's name starts inside the run
// [a, b) when the run follows "the" in a title's phrase and a body or
// place with the article runs into the name: "Ambassador to the Harbour
// Council Ann Lee", "envoy for Asia and the Pacific Ann Lee". A person's
// name takes no article, so the body ends at its last organisation word,
// or else after its first word. Otherwise it returns a.
func (s *state) bodyBeforeName(a, b int) int {
	if b-a < 3 || a < 3 || !s.toks[a-1].lowerWord() || !s.wordIs(a-1, "the") {
		return a
	}
	titled := false
	for p := a - 2; p > 0 && p >= a-7; p-- {
		t := &s.toks[p]
		if t.lowerWord() && s.wordIs(p, "for", "of", "to") {
			titled = s.toks[p-1].kind == tWord && s.toks[p-1].class&cTitle != 0
			break
		}
		if !(t.capWord() || t.lowerWord() && s.wordIs(p, "and", "the")) {
			break
		}
	}
	if !titled {
		return a
	}
	f := a + 1
	for k := a; k < b-2; k++ {
		if s.toks[k].class&cOrg != 0 {
			f = k + 1
		}
	}
	if f < b-2 && s.toks[f].lowerWord() && s.wordIs(f, "of", "for", "on") && s.givenNameLike(b-2) && s.surnameAlone(a, b) {
		// A body's field before the name, "the Institute for Science
		// Ann Lee": the last two words, where the surname stands
		// alone elsewhere ("Lee said"), as a field's words do not.
		f = b - 2
	}
	if b-f < 2 || !s.givenNameLike(f) || !s.personLike(f, b) {
		return a
	}
	for k := f; k < b; k++ {
		if s.toks[k].class&(cTitle|cHonorific) != 0 {
			return a
		}
	}
	if s.speaksAfterRun(b) || b < len(s.toks) && (s.toks[b].isPunct(',') || s.toks[b].isPunct('.') || s.finiteAfterRun(b)) {
		return f
	}
	// Or the surname stands alone elsewhere, "... Lee added"; not a
	// name that is part of the body's, "the State University Ann Lee
	// in Dover".
	if s.surnameAlone(a, b) {
		return f
	}
	return a
}

// finiteAfterRun reports whether a finite verb in lower case follows a
// run that ends at e, its subject: "... Ann Lee called on Kestia",
// "... Ann Lee has asked"; a body's name goes on into its field ("the
// State University Dover campus") or ends before a noun.
func (s *state) finiteAfterRun(e int) bool {
	t := &s.toks[e]
	if !t.lowerWord() || t.flags&(fNewline|fSpace) != fSpace || strings.HasSuffix(s.word(e), "ing") {
		return false
	}
	return s.pastForm(e) && s.verbLike(e) || s.wordIs(e, "has", "had", "is", "was", "will", "would")
}

// nameAfterOffice returns where a person's name starts inside the run
// [a, b) when the office or body that a title's preposition names runs
// into it, "Minister of Justice Ann Lee", "Ambassador to the United
// Nations Ann Lee": at its last two words, when they look like a given
// name and a surname and the surname stands alone elsewhere in the text
// ("Lee said"). Otherwise it returns a.
func (s *state) nameAfterOffice(a, b int) int {
	p := a - 1
	if p > 0 && s.toks[p].lowerWord() && s.wordIs(p, "the") {
		p--
	}
	if b-a < 3 || p < 1 || !s.toks[p].lowerWord() || !s.wordIs(p, "of", "to", "for") || s.toks[p-1].kind != tWord || s.toks[p-1].class&cTitle == 0 {
		return a
	}
	f := b - 2
	if !s.givenNameLike(f) || !s.givenNameLike(b-1) {
		return a
	}
	if b-a == 3 && p == a-1 && s.wordIs(p, "of") && s.toks[p-1].capWord() {
		// A one-word office after a capitalised title: "Minister of
		// Justice Ann Lee". (officeName splits such runs as they are
		// built, when the office is no title word itself, as
		// "Justice" is.)
		return f
	}
	if s.splitTitle(a, b) > a {
		// A title that opens the run goes with the name: "ally of
		// President Ann Lee".
		return a
	}
	if s.surnameAlone(a, b) {
		return f
	}
	return a
}

// surnameAlone reports whether the last word of the run [a, b) stands
// alone as a name elsewhere near it, "... Lee said", as a person's
// surname does. The search is bounded to keep Find linear.
func (s *state) surnameAlone(a, b int) bool {
	lo, hi := max(a-600, 1), min(a+600, len(s.toks)-1)
	for j := lo; j < hi; j++ {
		if (j < a || j >= b) && s.toks[j].capWord() && !s.toks[j-1].capWord() && !s.toks[j+1].capWord() && sameName(s.word(j), s.word(b-1)) {
			return true
		}
	}
	return false
}

// speaksAfterRun reports whether a capitalised run that ends at e is the
// subject of a speech verb in running text, a past or present form in
// lower case on the same line: a capitalised preposition inside it then
// belongs to a group's name, "Sailors Without Borders said", as a
// headline would capitalise the verb too.
func (s *state) speaksAfterRun(e int) bool {
	if e >= len(s.toks) {
		return false
	}
	t := &s.toks[e]
	return t.lowerWord() && t.flags&(fNewline|fSpace) == fSpace && t.class&cSpeech != 0 && t.class&cSpeechNoun == 0 &&
		!s.baseForm(e) && !strings.HasSuffix(s.word(e), "ing")
}

// A run is a capitalised run of tokens, split into title and name.
type run struct {
	first, nameFirst, last int
	entity                 int
}

// addRun records the capitalised run [a, b), split into title and name,
// and groups its name with the entity of an earlier mention of the same
// speaker, or starts a new entity.
func (s *state) addRun(a, b int) {
	nf := s.splitTitle(a, b)
	r := run{first: a, nameFirst: nf, last: b, entity: -1}
	// Skip runs that are only a title or only a time word.
	if nf >= b {
		return
	}
	if b-nf >= 2 && s.toks[b-1].class&cTime != 0 && a > 0 && s.toks[a-1].lowerWord() && s.wordIs(a-1, "on", "until", "till", "since", "before", "after", "to", "through") {
		// A named day after a preposition of time is a date, no
		// speaker: "before Election Day", "on Harvest Day".
		s.runs = append(s.runs, r)
		return
	}
	if b-nf == 1 && s.toks[nf].class&(cTime|cTitle|cOrg) != 0 && s.toks[nf].class&cOrg == 0 && !(s.modal(nf) && s.functionWordName(nf)) && !(s.knownSurname(nf) && (s.speaksAfterRun(b) || a > 0 && s.toks[a-1].lowerWord() && s.toks[a-1].class&cSpeech != 0)) {
		// but not a modal that names the speaker before the verb,
		// "May said", though it is a month too
		s.runs = append(s.runs, r)
		return
	}
	kind := s.runKind(nf, b)
	// Group with the entity of the same surname (a person) or the same
	// name (an organization): the latest such.
	best := -1
	back, backTwo := -1, false // a body named by its last word alone (bodyWordBack)
	// The gender "Mrs." gives a surname alone, and the first person of
	// that name known to be of it.
	g, fit := s.courtesyGender(a, nf, b), -1
	hash := nameHash(s.surnameWord(s.surname(nf, b)))
	headline := s.sentFlags[s.sentOf[a]]&sentTitleCase != 0
	abbrev := -1
	if b-nf == 1 && s.toks[nf].flags&fUpper != 0 {
		abbrev = s.acronymOf(a, b, hash)
	}
	for i := s.lastWithHash(hash); abbrev < 0 && i >= 0 && i >= len(s.entities)-64; i = s.beforeWithHash(i) {
		en := &s.entities[i]
		if en.kind != kind || en.hash != hash {
			continue
		}
		if kind == Person && b-nf == 1 && s.shortAcronym(nf) && s.toks[en.nameLast-1].flags&fUpper == 0 {
			// Two capitals are an acronym, not the name they spell:
			// "the KN" is not Bo Jin Kn.
			continue
		}
		if kind == Person && (b-nf == 1 && s.patronymic(en.nameFirst, en.nameLast) || en.nameLast-en.nameFirst == 1 && s.patronymic(nf, b)) {
			// The word after "bin" names the father, not the son:
			// "King Tariq" is not "Omar bin Tariq".
			continue
		}
		if kind != Person && !s.sameTokens(en.keyFirst, en.nameLast, nf, b) && !s.placedBody(en, nf, b) && s.bodyWordBack(en, a, nf, b) {
			// "the Commission" after "the Harbour Commission", but not
			// after two commissions: the one meant is not known.
			if back >= 0 {
				o := &s.entities[back]
				backTwo = backTwo || !s.sameTokens(o.nameFirst, o.nameLast, en.nameFirst, en.nameLast)
			}
			back = i
			continue
		}
		if kind == Person && sameName(s.surnameWord(s.surname(en.nameFirst, en.nameLast)), s.surnameWord(s.surname(nf, b))) && (headline || en.headline || !s.otherFirstName(en, nf, b)) || kind != Person && (s.sameTokens(en.keyFirst, en.nameLast, nf, b) || s.placedBody(en, nf, b)) {
			if kind == Person && b-nf == 1 {
				// A surname alone names the first person of that name,
				// as news style gives the others their full or first
				// names: "Reyes" is the Tom Reyes of the story, not
				// "his wife, Ann Reyes".
				if g != 0 && en.gender == g {
					fit = i
				}
				best = i
				continue
			}
			best = i
			break
		}
	}
	if fit >= 0 && s.entities[best].gender != g {
		// "Mrs. Reyes" is the Ann Reyes of the story, though Tom
		// Reyes was named first.
		best = fit
	}
	if best < 0 && back >= 0 && !backTwo {
		best = back
	}
	if best < 0 && kind == Person && b-nf == 1 {
		// A single name that is the first word of a longer one: a
		// surname written first ("Pei" after "Pei Yunlan", "Ko"
		// after "Ko Min-suk").
		w := s.word(nf)
		for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
			en := &s.entities[i]
			if en.kind == Person && en.nameLast-en.nameFirst >= 2 && !asciiInitialsDiffer(s.text[s.toks[en.nameFirst].start], w[0]) && sameName(s.word(en.nameFirst), w) && s.toks[en.nameFirst].class&cHonorific == 0 {
				if lowerIn(w, compassWords...) {
					// "the North" is the North Kestia the story named
					// first, not the "North Vell Province" or the
					// "North Kestian" leader named since.
					if en.nameLast-en.nameFirst == 2 {
						best = i
					}
					continue
				}
				best = i
				break
			}
			if en.kind == Person && en.nameLast-en.nameFirst >= 3 && s.middleName(en, w) {
				// A name known by a middle word, as a nickname in it
				// is: "Tico" after "Rui Dovar Tico da Kest".
				best = i
				break
			}
		}
	}
	if best < 0 && kind == Person && b-nf == 1 && nf == a {
		// A single word that starts a body's name given before is
		// that body called short: "Wirex News said ... Wirex added", and so
		// of three words, "Wirex Media Inc".
		w := s.word(nf)
		for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
			en := &s.entities[i]
			if en.kind == Organization && en.nameLast-en.nameFirst >= 2 && en.nameLast-en.nameFirst <= 3 && s.toks[en.nameLast-1].class&cOrg != 0 && sameName(s.word(en.nameFirst), w) {
				best = i
				break
			}
		}
	}
	if abbrev >= 0 {
		best = abbrev
	}
	// In a title-case headline a name's run takes in the words around
	// it ("Ten Things Ann Lee Said"), so a shorter name from the body
	// replaces it, and it never replaces one from the body.
	if best < 0 {
		s.entities = append(s.entities, entity{nameFirst: nf, nameLast: b, keyFirst: nf, hash: hash, kind: kind, headline: headline, sameHash: -1})
		best = len(s.entities) - 1
		if !s.noHashChain {
			if s.hashLast == nil {
				s.hashLast = make(map[uint64]int32)
			}
			if h, ok := s.hashLast[hash]; ok {
				s.entities[best].sameHash = h
			}
			s.hashLast[hash] = int32(best)
		}
	} else {
		en := &s.entities[best]
		if b-nf > en.nameLast-en.nameFirst && (!headline || en.headline) || en.headline && !headline && b-nf >= 2 && b-nf < en.nameLast-en.nameFirst {
			en.nameFirst, en.nameLast = nf, b
			en.headline = headline
		} else if en.headline && !headline && s.sameTokens(en.nameFirst, en.nameLast, nf, b) {
			// The body names it as the headline did: the name is
			// whole, and a shorter one later ("Ann Le Roy ... Le
			// Roy said") is its surname.
			en.headline = false
		}
	}
	en := &s.entities[best]
	if nf > a || b-nf >= 2 || a > 0 && s.toks[a-1].class&cHonorific != 0 {
		en.personal = true
	}
	if s.toks[a].flags&fSentStart == 0 {
		en.inner = true
	}
	r.entity = best
	s.runs = append(s.runs, r)
	sent := s.sentenceOf(a)
	tf := a
	if kind == Person {
		tf = s.titleBefore(a, sent.first)
	}
	if nf > a {
		// The title inside the run, and any before it: "former
		// President", "Air Force 1st Lt.".
		f := tf
		if f > sent.first && s.toks[f-1].lowerWord() && s.toks[f-1].class&cTitleMod != 0 && !strings.HasSuffix(s.word(f-1), "ed") && !s.courtesyOnly(f, nf) && !s.verbBeforeModifier(f-1, sent.first) {
			// A modifier in lower case before it is the title's too,
			// "acting Harbour Attorney Ann Lee", though it does not
			// make the name a clause's subject (subjectAfterTitle);
			// but not a verb's past, "voters elected President Lee",
			// nor a courtesy title's, "the campaign Mr. Lee ran",
			// nor a verb's, "is leading President Lee".
			f--
		}
		s.noteTitle(best, f, nf, nf)
	}
	s.noteGender(best, a, nf)
	if kind == Person && nf == a && a > 0 && s.toks[a-1].lowerWord() && (s.toks[a-1].class&cBody != 0 || s.ownedModifier(a-1)) && !(b-a >= 2 && s.roleOfBodyBefore(a)) {
		// A name with no title named by a body noun before it is
		// that body: "state news agency Wirex", "the steel firm Acme",
		// "news magazine Der Wirex"; so is one that is owned, run or
		// listed: "state-owned Wirex". A full name after a role of
		// the body is the role's holder: "the spokeswoman of the
		// ruling party Ann Lee".
		s.entities[best].itVotes++
	}
	if kind == Person && b-a == 1 && a > 0 && s.toks[a-1].kind == tWord && s.wordIs(a-1, "the", "many", "most", "some", "few", "several", "other", "all") && s.standsAlone(b) {
		// A plural after an article or a quantifier names a people,
		// at the start of a sentence too: "The Norvians say", "many
		// Kestians said".
		// Not the first of two names before a plural noun: "The Lee
		// and Reyes campaigns".
		if w := s.word(a); hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") && !s.wordIs(b, "and", "or") {
			s.entities[best].folk = true
		}
	}
	if kind == Person && nf == a && a > 0 && s.toks[a-1].kind == tWord && (s.toks[a-1].flags&fSentStart == 0 || b-a == 1 && b < len(s.toks) && (s.finiteVerb(b) || s.toks[b].lowerWord() && s.toks[b].class&cSpeech != 0 && (!s.nounForm(b) || strings.HasSuffix(s.word(b), "s")))) && s.wordIs(a-1, "the") && s.standsAlone(b) && (b-a == 1 || s.toks[b-1].class&cTitle == 0) {
		// A person's name takes no article: "the Wirex said", "with
		// the Red Wirex on Monday" name a body, "the Norvians" a
		// people; not "the Lee campaign", where the name modifies a
		// noun.
		// "the Dover Republican" is a person called by a role; "the
		// Dover Times" a body, "the Dover Democrats" people.
		if w := s.word(b - 1); hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") && (b-a == 1 || s.toks[b-1].class&cUnnamed != 0) {
			s.entities[best].people = true
		} else {
			s.entities[best].itVotes++
		}
	}
	if kind == Person && nf == a && b < len(s.toks) && s.toks[b].lowerWord() && s.wordIs(b, "are", "were", "have") && s.toks[b-1].class&cTitle == 0 &&
		!(a > 0 && (s.toks[a-1].isPunct(',') || s.toks[a-1].isPunct('&') || s.wordIs(a-1, "and"))) {
		// A plural verb after the name, not the last of a list:
		// "Norvian Muslims have fled" names people, no person, but
		// "Ann Lee and Tom Reyes have" two persons.
		if w := s.word(b - 1); hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") {
			s.entities[best].people = true
		}
	}
	if kind == Person && nf == a && a >= 2 && s.wordIs(a-1, "of") && s.wordIs(a-2, "thousands", "hundreds", "millions", "dozens", "tens") && hasSuffixFold(s.word(b-1), "s") && !hasSuffixFold(s.word(b-1), "ss") {
		// A plural counted in numbers names a people: "thousands
		// of Kestian Muslims".
		s.entities[best].people = true
	}
	if kind == Person && b-nf == 1 && s.ownsBody(b) {
		s.entities[best].itVotes++
	}
	if w := b; kind == Person && nf == a && (a == 0 || s.toks[a].flags&fSentStart != 0 || s.toks[a-1].kind != tWord || s.toks[a-1].class&cPrep == 0) {
		// "Wirex, which cut 300 jobs, said", "Wirex’s - which ...":
		// "which" stands for a thing; not after a preposition, where
		// it may be the phrase's, "talks with Lee, which ended".
		if w < len(s.toks) && s.nameClitic(w) {
			w++
		}
		if w+1 < len(s.toks) && (s.toks[w].isPunct(',') || s.toks[w].isPunct(pDash)) && s.wordIs(w+1, "which") {
			s.entities[best].itVotes++
		}
	}
	if kind == Person {
		if tf < a {
			if nf == a {
				s.noteTitle(best, tf, nf, a)
			}
			s.noteGender(best, tf, a)
		} else if tf, tl := s.appositiveAfter(b, sent.last); tl > tf {
			s.noteTitle(best, tf, tl, a)
		} else if tf, tl := s.appositiveBefore(a, sent.first); tl > tf {
			s.noteTitle(best, tf, tl, a)
		}
		if g := s.kinGender(a, b); g != 0 && s.entities[best].gender == 0 {
			s.entities[best].gender = g
		}
		if s.subjectAfterTitle(r, tf) {
			// Only a subject is what the next pronoun likely refers to.
			s.votePronoun(best, b, sent.last)
		}
		if b+2 < len(s.toks) && s.toks[b].isPunct(',') && (s.wordIs(b+1, "who") || s.toks[b+1].flags&fDigit != 0 && s.toks[b+2].isPunct(',')) {
			// "Lee, who served ...", "Lee, 41, said": "who" and an
			// age are a person's.
			s.entities[best].heVotes++
		}
	}
}

// placedBody reports whether the body's name [a, b) of two words or more
// is the name of entity en without the place that opens it: "the Harbour
// Department" after "the Kestia Harbour Department" or "the U.K. Harbour
// Department". The place is one word that stands alone as a name
// elsewhere in the text, or capitals with dots; a word that only
// describes, "the Free Harbour Department", makes another body.
func (s *state) placedBody(en *entity, a, b int) bool {
	p := en.nameLast - (b - a) - 1
	if b-a < 2 || p != en.nameFirst || !s.sameTokens(p+1, en.nameLast, a, b) || s.toks[p].class&(cOrg|cTitle|cTitleMod) != 0 {
		return false
	}
	if w := s.word(p); len(w) >= 3 && strings.Count(w, ".") >= 2 && strings.ToUpper(w) == w {
		return true
	}
	lo, hi := max(p-600, 1), min(p+600, len(s.toks)-1) // bounded: linear time
	for j := lo; j < hi; j++ {
		if j != p && s.toks[j].capWord() && !s.toks[j-1].capWord() && !s.toks[j+1].capWord() && sameName(s.word(j), s.word(p)) {
			return true
		}
	}
	return false
}

// bodyWordBack reports whether the run [a, b), one organisation word
// after "the", names entity en, a body of two or more words that ends in
// it: "the Commission" after "the Harbour Commission", "the Ledger" after
// "the Dover Ledger"; so does the word before a title in lower case,
// "Commission head Ann Lee"; not capitals, which may be a part's: "the
// KVP" after "the Young KVP".
func (s *state) bodyWordBack(en *entity, a, nf, b int) bool {
	return b-nf == 1 && nf == a && a > 0 && s.toks[nf].class&cOrg != 0 && s.toks[nf].flags&fUpper == 0 && (s.wordIs(a-1, "the") || b < len(s.toks) && s.toks[b].lowerWord() && s.toks[b].class&cTitle != 0) && en.nameLast-en.nameFirst >= 2 && sameName(s.word(en.nameLast-1), s.word(nf))
}

// lastWithHash returns the latest entity whose hash is hash, or -1, and
// beforeWithHash the one before entity i with its hash. Each entity links
// to that one, so that addRun, which looks for the latest entity of a name
// for every run, steps over no other: news names hundreds of people and
// bodies. Without the links (noHashChain) they step over every entity.
func (s *state) lastWithHash(hash uint64) int {
	if s.noHashChain {
		return len(s.entities) - 1
	}
	if h, ok := s.hashLast[hash]; ok {
		return int(h)
	}
	return -1
}

func (s *state) beforeWithHash(i int) int {
	if s.noHashChain {
		return i - 1
	}
	return int(s.entities[i].sameHash)
}

// acronymOf returns the entity whose name the capitals of run [a, b)
// abbreviate, or -1: the name right before them when they stand in
// parentheses and spell its initials, "Harbour Rescue Group (HRG)", and
// so the name of every later "HRG". The fullest name, not the acronym,
// names the speaker.
func (s *state) acronymOf(a, b int, hash uint64) int {
	for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
		if s.entities[i].acronym == hash {
			return i
		}
	}
	if a == 0 || !s.toks[a-1].isPunct('(') || b >= len(s.toks) || !s.toks[b].isPunct(')') || len(s.runs) == 0 {
		return -1
	}
	p := s.runs[len(s.runs)-1]
	if p.last != a-1 || p.entity < 0 {
		return -1
	}
	if !s.spellsInitials(a, p.nameFirst, p.last) && !(s.entities[p.entity].kind == Organization && s.initialsIn(a, p.nameFirst, p.last)) {
		// A name joined by "and" or "&" is two runs whose initials
		// spell the acronym together, "Dock and Harbour Service (DHS)",
		// "Kestia Power & Light (KPL)": the whole is the body's name,
		// even when its first word, a place, is left out, "Kestia
		// Dock and Harbour Service (DHS)".
		if len(s.runs) < 2 {
			return -1
		}
		q := s.runs[len(s.runs)-2]
		en := &s.entities[p.entity]
		if q.last+1 != p.first || p.first != p.nameFirst || !s.wordIs(q.last, "and") && !s.toks[q.last].isPunct('&') || en.nameFirst != p.nameFirst || en.nameLast != p.last {
			return -1
		}
		if !s.spellsInitials(a, q.nameFirst, p.last) && !(q.last-q.nameFirst >= 2 && s.spellsInitials(a, q.nameFirst+1, p.last)) {
			return -1
		}
		en.nameFirst, en.keyFirst = q.nameFirst, q.nameFirst
	}
	s.entities[p.entity].acronym = hash
	return p.entity
}

// spellsInitials reports whether the word at k is the initials of the
// capitalised words in [first, last), in order: "HRG" for "Harbour
// Rescue Group", "KBT" for "Kestia Board of Trade".
func (s *state) spellsInitials(k, first, last int) bool {
	w := s.word(k)
	n := 0
	for j := first; j < last; j++ {
		t := &s.toks[j]
		if t.kind != tWord || !t.capWord() {
			continue
		}
		if n >= len(w) || s.text[t.start] != w[n] {
			return false
		}
		n++
	}
	return n == len(w) && n >= 2
}

// initialsIn reports whether every letter of the capitals at k is the
// initial of a capitalised word in [first, last), in any order, as a
// body's acronym may come from its name in another tongue: "HK" for
// "Kestia Harbour", "WXR" for "Wirex Radio"; but not "PT" for "Harbour
// Council".
func (s *state) initialsIn(k, first, last int) bool {
	w := s.word(k)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		found := false
		for j := first; j < last && !found; j++ {
			t := &s.toks[j]
			found = t.kind == tWord && t.capWord() && s.text[t.start] == w[i]
		}
		if !found {
			return false
		}
	}
	return true
}

// standsAlone reports whether the name that ends before token b is a
// noun phrase of its own, no modifier of a noun after it: punctuation, a
// preposition or a verb follows it.
func (s *state) standsAlone(b int) bool {
	if b >= len(s.toks) {
		return true
	}
	t := &s.toks[b]
	return t.kind != tWord || t.lowerWord() && (t.class&(cPrep|cAux|cConj|cSubord) != 0 || s.verbLike(b))
}

// knownSurname reports whether the word at k, alone, is the surname of a
// person named in full before: "Ann King ... King said", though "king"
// is a title too. addRun asks it only of a word that speaks, as a
// role's word may stand alone otherwise ("Lee, Republican of Dover").
func (s *state) knownSurname(k int) bool {
	h := nameHash(s.word(k))
	for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
		en := &s.entities[i]
		if en.kind == Person && en.hash == h && en.nameLast-en.nameFirst >= 2 && sameName(s.surnameWord(s.surname(en.nameFirst, en.nameLast)), s.word(k)) {
			return true
		}
	}
	return false
}

// ownedModifier reports whether token k is a compound in "-owned",
// "-run", "-listed", "-controlled" or "-funded": what it describes is a
// body, never a person ("state-owned", "Dover-listed").
func (s *state) ownedModifier(k int) bool {
	w := s.word(k)
	if strings.IndexByte(w, '-') < 0 {
		return false // no compound: lowering never makes a hyphen
	}
	for _, suf := range []string{"-owned", "-run", "-listed", "-controlled", "-funded"} {
		if lowerHasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bodyOwned are nouns a single name may go before, or own, only when it
// names a place or body, never a person: "the Wirex news agency", "Norvia's
// foreign ministry", "Norvia's prime minister". A person has a
// government, a campaign, a spokesman or lawyers too, so those are not in.
var bodyOwned = []string{
	"agency", "airspace", "army", "bank", "border", "borders", "broadcaster",
	"capital", "central", "channel", "citizens", "coast", "coastline",
	"company", "defence", "defense", "economy", "embassy", "firm", "foreign",
	"interior", "lender", "magazine", "military", "ministry", "navy",
	"newspaper", "parliament", "police", "poll", "polls", "prime", "shares",
	"soil", "supreme", "tabloid", "territory", "user", "users", "waters",
}

// bodyOwnedSet and bodyStaffSet hold bodyOwned and bodyStaff for the
// rules that ask about the words after every single name (ownsBody,
// usedAsBody): a lookup costs less than a binary search of forty words.
var (
	bodyOwnedSet = wordSet(bodyOwned)
	bodyStaffSet = wordSet(bodyStaff)
)

// wordSet returns a function that returns the set of words, built on
// first use and never changed after.
func wordSet(words []string) func() map[string]struct{} {
	return sync.OnceValue(func() map[string]struct{} {
		m := make(map[string]struct{}, len(words))
		for _, w := range words {
			m[w] = struct{}{}
		}
		return m
	})
}

// bodyStaff are nouns for what a news body or pollster publishes and for
// who works for a body, which a single name before them (after a
// possessive or not) modifies: "a Wirex report", "Wirex's correspondent".
var bodyStaff = []string{
	"article", "correspondent", "correspondents", "editor", "editors",
	"journalist", "journalists", "official", "officials", "poll", "polls",
	"report", "reporter", "reporters", "reporting", "spokesman",
	"spokesperson", "spokeswoman", "survey", "surveys", "tally",
}

// usedAsBody reports whether the words around the single name [a, b) use
// it as a body's name, a news body's above all: it modifies a
// bodyStaff noun, is paired with a body by a slash ("Wirex/Acme poll"), is
// told things ("Lee told Wirex"), reports ("Wirex reported"), cites or
// quotes, or sees documents ("a letter seen by Wirex"). A person
// seldom is: "Lee told Reyes to go" gives an order, and "Lee reported from
// Dover" is a byline.
func (s *state) usedAsBody(a, b int) bool {
	n := len(s.toks)
	k := b
	if k < n && s.possessive(k) {
		k++
	}
	if k < n && s.toks[k].lowerWord() && !(a > 0 && s.wordIs(a-1, "the")) {
		// After "the" the noun heads a description a pronoun may
		// stand for: "The Wirex report came out. Jobs will go, it
		// said."
		if _, found := bodyStaffSet()[s.word(k)]; found {
			return true
		}
	}
	if b+1 < n && s.toks[b].isPunct('/') && s.toks[b+1].capWord() || a >= 2 && s.toks[a-1].isPunct('/') && s.toks[a-2].capWord() {
		return true
	}
	if a > 0 && s.toks[a-1].lowerWord() && s.wordIs(a-1, "told") && !(b < n && s.wordIs(b, "to")) {
		return true
	}
	if b < n && s.toks[b].lowerWord() && (s.wordIs(b, "reported", "reports") && !(b+1 < n && s.wordIs(b+1, "from")) || s.wordIs(b, "cited", "quoted")) {
		return true
	}
	return a >= 2 && s.wordIs(a-1, "by") && s.toks[a-2].lowerWord() && s.wordIs(a-2, "seen", "obtained", "reviewed", "published")
}

// ownsBody reports whether the single name that ends at token b names a
// place or body by what follows it: one of the bodyOwned nouns, after a
// possessive or not, with up to two lower-case words between ("Wirex news
// agency said", "Norvia's central bank").
func (s *state) ownsBody(b int) bool {
	k := b
	if k < len(s.toks) && s.possessive(k) {
		k++
	}
	for end := k + 3; k < end && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.flags&fNewline != 0 || !t.lowerWord() && (k == b || !s.possessive(b)) {
			// Capitalised, the words count only after a possessive:
			// "Norvia's Foreign Ministry".
			return false
		}
		if t.lowerWord() {
			if _, found := bodyOwnedSet()[s.word(k)]; found {
				return true
			}
		} else if lowerIn(s.word(k), bodyOwned...) {
			// Capitalised after a possessive, rarely: compared without
			// a lowered copy.
			return true
		}
	}
	return false
}

// stateOfThings reports whether the "it" at k is the "it" of a state of
// things, which a person speaks of as often as a body: "Lee said it was a
// good day", "it is over", "it was not clear whether ..."; but "Acme said
// it was cutting jobs", "Kestia said it was alarmed", "it was likely to
// cut jobs".
func (s *state) stateOfThings(k, hi int) bool {
	// "it would rain", "it may not matter", "it seems": a verb that
	// only an empty "it" takes ("depend" and "happen" are not: "it
	// would depend on loans", "it will not happen again").
	v := k + 1
	if v < hi && s.wordIs(v, "will", "would", "may", "might", "could", "can", "should", "must", "did", "does") {
		v++
		if v < hi && s.wordIs(v, "not") {
			v++
		}
	}
	if v < hi && s.toks[v].lowerWord() && hasStem(s.lower(v), "rain", "snow", "seem", "matter") {
		return true
	}
	j := k + 2
	if j >= hi || !s.wordIs(k+1, "'s", "is", "s", "was") {
		return false
	}
	if s.wordIs(j, "also", "not", "so", "still", "very") && j+1 < hi {
		j++
	}
	return s.wordIs(j, "a", "an", "over", "the", "time", "too") ||
		// adjectives of "it is X to/that/whether ..." that no body
		// is itself
		s.wordIs(j, "clear", "crucial", "essential", "important", "impossible", "necessary", "true", "unclear", "vital") ||
		// and of the weather
		s.wordIs(j, "cold", "dark", "hot", "raining", "snowing", "sunny", "windy")
}

// votePronoun looks at the first pronoun after a mention of an entity: a
// name followed by "its" or "it" names a body or place ("Kestia has
// said its ..."), one followed by "he" or "her" a person.
func (s *state) votePronoun(e, b, hi int) {
	other, thing := false, false
	for k := b; k < hi && k < b+12; k++ {
		t := &s.toks[k]
		if s.pairOf[k] >= 0 && s.pairOf[b-1] < 0 || t.isPunct(':') {
			// A quotation after the mention speaks in the speaker's
			// voice: its "it" is never the speaker ("Lee said, “It
			// is a concern.”"), nor is that of words after a colon,
			// which are quoted where marks were stripped ("Lee
			// added: It is about trust").
			return
		}
		if t.capWord() && t.flags&fSentStart == 0 && t.class&(cSubjPron|cPossPron|cObjPron|cTime) == 0 {
			// Another name first: "it" may be its ("Lee said that
			// Acme refers to it").
			other = true
		}
		if t.lowerWord() && t.class&(cBody|cOrg) != 0 && k > b && s.toks[k-1].lowerWord() && s.toks[k-1].class&cDet != 0 {
			// or a body: "Lee rebuked the council for its delay".
			other = true
		}
		if t.lowerWord() && k > b+1 && s.toks[k-1].lowerWord() && s.toks[k-1].class&cDet != 0 && t.class&(cDet|cTime) == 0 && !s.verbLike(k) && (s.toks[k-2].class&cSpeech != 0 || s.wordIs(k-2, "that")) {
			// or a thing that opens what was said, whose own "its"
			// may come before any verb: "Lee said the ferry, the
			// first of its kind, would sail"; not one of the
			// attribution, "Acme said in a statement on its website".
			thing = true
		} else if thing && t.kind == tWord && s.verbLike(k) {
			thing = false
		}
		if t.kind != tWord || t.class&(cSubjPron|cPossPron|cObjPron) == 0 {
			continue
		}
		switch s.lower(k) {
		case "it", "its", "itself":
			if other || thing && s.lower(k) == "its" || k+1 < hi && s.toks[k+1].class&cSpeech != 0 && s.toks[k-1].isPunct(',') {
				// "Food is short, it said": the attribution of what
				// the name stands in, not a pronoun for it.
				return
			}
			if s.lower(k) == "it" && k > 0 && s.toks[k-1].kind == tWord && (s.toks[k-1].class&(cPrep|cNaming) != 0 || s.verbLike(k-1) && s.toks[k-1].class&(cSpeech|cCognition) == 0 || s.toks[k-1].class&cSpeech != 0 && k+1 < hi && s.toks[k+1].kind == tWord && s.toks[k+1].class&cDet != 0) {
				// "laughed about it", "called it a disgrace", "put it
				// this way": an object may stand for anything; but
				// after "said" or "thinks" it is the subject of what
				// was said.
				continue
			}
			if s.lower(k) == "it" && s.stateOfThings(k, hi) {
				continue
			}
			s.entities[e].itVotes++
		case "he", "his", "him", "himself":
			if k == b+1 && s.lower(k) == "him" && s.verbLike(b) {
				// The object of the name's own verb is someone
				// else: "Wirex quoted him as saying".
				continue
			}
			if other && !s.entities[e].personal {
				// "Wirex said Tom Reyes was freed ... him": the
				// pronoun may be the other name's, unless this one
				// is known as a person's already.
				return
			}
			s.entities[e].heVotes++
			s.entities[e].gender = 'm'
		case "she", "her", "herself":
			if other && !s.entities[e].personal {
				return
			}
			s.entities[e].heVotes++
			s.entities[e].gender = 'f'
		default:
			continue
		}
		return
	}
}

// noteTitle records a title for an entity, keeping the one nearest to its
// fullest name.
func (s *state) noteTitle(e, first, last, at int) {
	if s.courtesyOnly(first, last) {
		s.entities[e].addressed = true
		return
	}
	if s.pluralHonorific(last - 1) {
		// "Senators Ann Lee, a Republican, and Tom Reyes": a rank
		// shared with others names them, but is no title of hers.
		return
	}
	if last-first >= 2 && s.wordIs(last-1, "dame", "lady", "lord", "prince", "princess", "sheikh", "sir") && s.toks[last-2].kind == tWord && s.toks[last-2].class&cTitle != 0 && !s.wordIs(last-2, "crown") {
		// A style of rank after a role is how the person is called,
		// not the role: "former navy chief Sir Tom Reyes" is a former
		// navy chief; but a "Crown Prince" is a role.
		last--
	}
	en := &s.entities[e]
	d := at - en.nameFirst
	if d < 0 {
		d = -d
	}
	if en.titleFirst == en.titleLast || d < en.titleDist {
		en.titleFirst, en.titleLast, en.titleDist = first, last, d
	}
}

// courtesyOnly reports whether [first, last) is only a courtesy title,
// "Mr." or "Mrs.", which is a form of address and no title: counting who
// is quoted by title should not split "Mr. Reyes" from "Reyes".
func (s *state) courtesyOnly(first, last int) bool {
	if last-first != 1 {
		return false
	}
	// lowerWord, not strings.ToLower: every title before a name is
	// asked, and lowering "President", a lexicon word, would allocate.
	switch lowerWord(strings.TrimSuffix(s.word(first), ".")) {
	case "mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle":
		return true
	}
	return false
}

// pluralHonorific reports whether token k is a rank in the plural before
// names: "Senators", "Sens.", "Gens.".
func (s *state) pluralHonorific(k int) bool {
	if s.toks[k].class&(cHonorific|cTitleAbbrev) == 0 {
		return false
	}
	return s.wordIs(k, "senators", "sens", "sens.", "reps", "reps.", "gens", "gens.", "govs", "govs.")
}

// courtesyGender returns the gender that a courtesy title before a
// surname alone gives it, "Mrs. Reyes", or 0: the run [a, b) holds the
// title before its name at nf.
func (s *state) courtesyGender(a, nf, b int) byte {
	if b-nf != 1 || nf-a != 1 || !s.courtesyOnly(a, nf) {
		return 0
	}
	return genderOf(strings.TrimSuffix(s.word(a), "."))
}

// noteGender takes a gender from a title or honorific before a name.
func (s *state) noteGender(e, a, nf int) {
	for k := a; k < nf || k == a && k > 0; k++ {
		i := k
		if k == a && nf == a {
			i = a - 1
		}
		if s.toks[i].class&(cTitle|cHonorific|cUnnamed) == 0 {
			// "Kestian Chancellor": only a title tells a gender.
		} else if g := genderOf(strings.TrimSuffix(s.word(i), ".")); g != 0 {
			s.entities[e].gender = g
		}
		if nf == a {
			break
		}
	}
}

// kinGender returns the gender that a noun of kinship right before the
// name [a, b), or before it in apposition, gives it: 'm' for "her son Tom
// Lee" and "her son, Tom,", 'f' for "his daughter Ann Lee", or 0.
func (s *state) kinGender(a, b int) byte {
	p := a - 1
	if p >= 1 && s.toks[p].isPunct(',') && b < len(s.toks) && s.toks[b].isPunct(',') {
		p--
	}
	if p < 0 || !s.toks[p].lowerWord() {
		return 0
	}
	switch lowerWord(s.word(p)) {
	case "boyfriend", "brother", "father", "grandfather", "grandson", "husband", "nephew", "son", "stepson", "uncle", "widower":
		return 'm'
	case "aunt", "daughter", "girlfriend", "granddaughter", "grandmother", "mother", "niece", "sister", "stepdaughter", "widow", "wife":
		return 'f'
	}
	return 0
}

// runAt returns the run that contains token k, or -1. Once findEntities
// is done the runs never change, and runOf holds the answer for every
// token (see run): rules ask it of some tokens many times over.
func (s *state) runAt(k int) int {
	if uint(k) < uint(len(s.runOf)) {
		return int(s.runOf[k]) - 1
	}
	lo, hi := 0, len(s.runs)
	for lo < hi {
		m := (lo + hi) / 2
		if s.runs[m].last <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.runs) && s.runs[lo].first <= k {
		return lo
	}
	return -1
}

// runsBefore returns how many runs start before token k: the runs are in
// the order of their tokens.
func (s *state) runsBefore(k int) int {
	return sort.Search(len(s.runs), func(i int) bool { return s.runs[i].first >= k })
}

// indexRuns fills runOf from the runs, which findEntities made in order
// of their tokens, none inside another.
func (s *state) indexRuns() {
	s.runOf = resize(s.runOf, len(s.toks))
	for i, r := range s.runs {
		for k := r.first; k < r.last; k++ {
			s.runOf[k] = int32(i + 1)
		}
	}
}

// titleBefore returns the title that stands right before a name starting
// at token a: lower-case title words and capitalised modifiers ("Kestian
// Harbour Department spokeswoman"), possibly with a possessive ("Reyes's
// campaign manager"). It returns first == a when there is none.
func (s *state) titleBefore(a, limit int) (first int) {
	k := a - 1
	if k < limit {
		return a
	}
	if k-2 >= limit && s.toks[k].lowerWord() && s.toks[k].class&cOrg != 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "of") && s.toks[k-2].kind == tWord && s.toks[k-2].class&cTitle != 0 {
		// An office in lower case: "secretary of state Ann Lee".
		k -= 2
	}
	if r := s.runAt(k); r >= 0 && k-2 >= limit && s.runs[r].first == k && s.runs[r].last == k+1 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "for", "of", "on", "to", "in") && s.toks[k-2].kind == tWord && s.toks[k-2].class&cTitle != 0 {
		// A place after a title's preposition (placeBeforeName):
		// "envoy for Norvia Ann Lee".
		k -= 2
	} else if r >= 0 && s.runs[r].last == k+1 && s.runs[r].nameFirst == s.runs[r].first && s.runHasOrg(s.runs[r].first, k+1) {
		// A body after a title's preposition (nameAfterOffice):
		// "Ambassador to the Harbour Council Ann Lee".
		f := s.runs[r].first
		if f-1 >= limit && s.toks[f-1].lowerWord() && s.wordIs(f-1, "the") {
			f--
		}
		if f-2 >= limit && s.toks[f-1].lowerWord() && s.wordIs(f-1, "for", "of", "to") && s.toks[f-2].kind == tWord && s.toks[f-2].class&cTitle != 0 {
			k = f - 2
		}
	}
	if f := s.fieldBeforeName(k, limit); f < k {
		// A title's field in lower case: "Executive Director for
		// expansion Ann Lee".
		k = f
	}
	joined := -1
	if k-1 > limit && s.wordIs(k, "and") && s.toks[k].lowerWord() && s.toks[a].class&cTitle != 0 && s.toks[k-1].kind == tWord && s.toks[k-1].class&cTitle != 0 {
		// The run opens with the second of two roles: "Harbour Council
		// President and Editor-in-Chief Ann Lee".
		joined, k = a, k-1
	}
	t := &s.toks[k]
	// A named possessor before a title that opens the name's run is the
	// title's, as it is before one in lower case: "Harbour Watch s
	// Executive Director Ann Lee", "Kestia s Foreign Minister Ann Lee",
	// as "Harbour Watch s director Ann Lee"; but not in a title-case
	// headline, whose verb is capitalised too: "Lee Praises Kestia s
	// Foreign Minister Tom Reyes".
	owned := k == a-1 && k-1 >= limit && t.kind == tClitic && (s.toks[k-1].capWord() && s.sentFlags[s.sentOf[a]]&sentTitleCase == 0 || s.articleOwner(k-1, limit)) && s.capTitleAt(a)
	if k == a-1 && k-2 >= limit && t.lowerWord() && t.class&cTitleMod != 0 && s.ownerClitic(k-1) && s.toks[k-2].capWord() && s.sentFlags[s.sentOf[a]]&sentTitleCase == 0 && s.capTitleNamed(a) {
		// So with a modifier in lower case between: "Kestia s
		// outgoing Trade Minister Ann Lee", when a name follows;
		// not "the council s top Democrat, Ann Lee".
		owned = true
	}
	if !owned && (t.class&(cTitle|cHonorific) == 0 || t.kind != tWord) && !(s.ordinal(k) && s.toks[a].class&(cTitle|cHonorific|cTitleAbbrev) != 0) {
		// A title word must come last, or an ordinal before one that
		// opens the name's run: "Air Force 1st Lt. Ed Long".
		return a
	}
	if !owned && s.pluralHonorific(k) {
		// A rank in the plural is no one's title, nor are the words
		// before it: "These include Senators Ann Lee and Tom Reyes".
		return a
	}
	first = k
loop:
	for k--; k >= limit; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == tClitic:
			// A possessive: "Reyes s campaign manager".
		case t.kind == tWord && t.flags&fCap != 0 && t.class&(cDet|cPrep|cConj|cSubjPron|cAux|cSubord) == 0:
		case t.kind == tWord && (s.word(k) == "and" || s.word(k) == "of" || s.word(k) == "for") && k > limit && s.toks[k-1].capWord() && s.toks[k+1].capWord() && !(s.word(k) == "and" && (s.personEndsAt(k) || s.titledPersonEndsAt(k))):
			// "Ways and Means Committee chairman", "Department of
			// Justice spokesman"; but not a person's name before "and",
			// "Ann Lee and Mayor Tom Reyes".
		case joined < 0 && k == first-1 && k > limit && t.lowerWord() && s.word(k) == "and" && s.toks[k-1].kind == tWord &&
			(s.toks[k-1].class&cTitle != 0 || s.toks[k-1].lowerWord() && s.titleModifier(k-1) && s.titleModifier(k+1)):
			// Two roles joined: "Dover University professor and former
			// judge Ann Lee", "energy and climate minister Ann Lee";
			// kept only if they open the clause (roleOpens).
			joined = first
		case t.kind == tWord && t.class&(cTitle|cTitleMod|cOrg) != 0 && t.class&(cDet|cPrep|cConj|cAux) == 0:
		case !owned && t.kind == tWord && (a-k <= 4 || joined >= 0 && joined-k <= 4) && s.titleModifier(k) && !(k > limit && (s.word(k-1) == "to" || s.toks[k-1].class&cAux != 0 && !s.ownerClitic(k-1))):
			// "city finance director": lower-case nouns before a title,
			// but not a verb ("to endorse presumptive nominee X"), nor
			// before a named possessor ("met Kestia s President X").
			// A possessive's "s" is no "is": "Lee s humanitarian
			// adviser".
		case t.lowerWord() && k > limit && edPast(s.word(k)) && s.ownerClitic(k-1) && a-k <= 5:
			// A participle after a possessive is an adjective, not a
			// verb: "Kestia s exiled opposition leader Ann Lee".
		case first == k+1 && s.toks[first].kind == tClitic && s.articleOwner(k, limit):
			// A possessor in lower case after an article, however long
			// the title: "the port s Executive Director for expansion
			// Ann Lee".
		case t.kind == tWord && t.flags&fDigit != 0 && k+1 < a && s.toks[k+1].kind == tWord:
			// "45th President"
		case t.isPunct(')') && k-2 > limit && s.toks[k-1].kind == tWord && s.toks[k-1].flags&fCap != 0 && s.toks[k-2].isPunct('(') && s.toks[k-3].capWord():
			// A body's initials after its name: "Harbour Enforcement
			// (HBE) spokeswoman".
			k -= 2
			t = &s.toks[k]
		default:
			break loop
		}
		if t.flags&fSentStart != 0 && t.class&(cTitle|cTitleMod|cOrg) == 0 && !s.nameToken(k) {
			break loop
		}
		first = k
	}
	if s.toks[first].kind == tClitic {
		// The possessor ended the title: "met Dover police s
		// Executive Director for expansion Ann Lee".
		first++
	}
	if joined >= 0 && !s.roleOpens(first, limit) {
		// Roles joined by "and" that do not open the clause may be
		// two people's: keep the second.
		return joined
	}
	return first
}

// verbBeforeModifier reports whether the lower-case word at k, before a
// capitalised title, is a verb or an adverb rather than the title's
// modifier: a verb after an auxiliary or "to" ("is leading President Lee",
// "could lead President Lee", "to trade Governor Lee"), or "then" after a
// comma ("If it passes, then President Lee ...").
func (s *state) verbBeforeModifier(k, lo int) bool {
	p := k - 1
	if p < lo {
		return false
	}
	if s.toks[p].lowerWord() && (s.toks[p].class&cAux != 0 || s.wordIs(p, "to")) {
		// Only the modifiers that are verbs too: "was former Sen. Lee"
		// keeps its title.
		return s.wordIs(k, "campaign", "house", "lead", "leading", "managing", "press", "trade")
	}
	return s.toks[p].isPunct(',') && s.wordIs(k, "then")
}

// ownerClitic reports whether the clitic "s" at j is a possessive after a
// name or a noun, "Lee s", not "is" after a pronoun, "it s".
func (s *state) ownerClitic(j int) bool {
	return j > 0 && s.possessive(j) && s.toks[j-1].kind == tWord && s.toks[j-1].class&(cSubjPron|cObjPron|cDet|cSubord) == 0 && !s.wordIs(j-1, "there", "here", "There", "Here")
}

// articleOwner reports whether token k is a possessor in lower case after
// an article: "the port" in "the port s Executive Director".
func (s *state) articleOwner(k, limit int) bool {
	return k > limit && s.toks[k-1].lowerWord() && s.toks[k-1].class&cDet != 0 && s.titleModifier(k)
}

// capTitleNamed reports whether a capitalised title that starts at token
// a, of up to four words, has a name right after it: "Trade Minister Ann
// Lee", "President Ann Lee".
func (s *state) capTitleNamed(a int) bool {
	for k := a; k+1 < len(s.toks) && k < a+4 && s.toks[k].capWord(); k++ {
		if s.toks[k].class&cTitle != 0 {
			return s.toks[k+1].capWord()
		}
	}
	return false
}

// capTitleAt reports whether a capitalised title starts at token a: a
// title word, or up to three capitalised modifiers before one and a name,
// "Foreign Minister Ann Lee", "Higher Education Minister Ann Lee"; but
// not a body's office with no name, "Kestia s Public Prosecutor said".
func (s *state) capTitleAt(a int) bool {
	return s.toks[a].kind == tWord && s.toks[a].class&cTitle != 0 || s.capTitleNamed(a)
}

// roleOpens reports whether a title starting at token a opens its clause,
// so that roles joined by "and" in it belong to one person: "Dover
// professor and former judge Ann Lee said", but not "talks between the
// minister and party leader Ann Lee".
func (s *state) roleOpens(a, limit int) bool {
	if a <= limit || s.toks[a].flags&fSentStart != 0 {
		return true
	}
	p := &s.toks[a-1]
	return p.kind == tMark || p.kind == tPunct && (p.punct == ',' || p.punct == ';' || p.punct == ':' || p.punct == pDash) ||
		p.kind == tWord && p.class&(cSpeech|cPossPron) != 0 && p.class&(cDet|cPrep) == 0
}

// titleModifier reports whether a lower-case word can modify a title
// noun: not a function word, a verb of speech or thought, or a past form.
func (s *state) titleModifier(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fCap != 0 {
		return false
	}
	if t.class&(cDet|cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron|cPossPron|cAdverb|cSpeech|cCognition|cNaming|cTime) != 0 {
		return false
	}
	w := s.word(k)
	if strings.HasSuffix(w, "ing") {
		// Only right before the title noun: "housing minister".
		return k+1 < len(s.toks) && s.toks[k+1].class&cTitle != 0
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// appositiveAfter returns the title in apposition after a name that ends
// at token b: "Ed Vellan, Kestia s ambassador-at-large, ...". It
// returns first == last when there is none.
func (s *state) appositiveAfter(b, limit int) (first, last int) {
	if b >= limit || !s.toks[b].isPunct(',') {
		return b, b
	}
	first = b + 1
	if first+2 < limit && s.toks[first].flags&fDigit != 0 && s.toks[first+1].isPunct(',') {
		// An age first: "Ann Lee, 70, a member of ...".
		first += 2
	}
	k := first
	sawTitle, relThat := false, false
	for k < limit {
		t := &s.toks[k]
		if t.isPunct('(') && s.acronymInRole(k, limit) {
			// A body's acronym inside the role, which goes on after
			// it: "a Harbour Guard (HG) spokesman", "director of the
			// Dover Institute (DI) of Trade".
			k += 3
			continue
		}
		if t.kind == tPunct && (t.punct == ',' || t.punct == '.' || t.punct == ';' || t.punct == ':' || t.punct == '(' || t.punct == pDash || t.punct == ')') {
			break
		}
		if t.kind == tMark && t.flags&fPossessiveMark == 0 {
			if p := s.shortPair(k); p >= 0 && s.pairs[p].open == k && k > first && s.toks[k-1].lowerWord() && s.toks[k-1].class&cPrep != 0 {
				// "the author of “Going Home,”": the title of a work
				// ends the role.
				k = int(s.pairs[p].close) + 1
			}
			break
		}
		if k > first && t.phantoms > 0 && t.lowerWord() && t.class&(cPrep|cDet|cConj|cSubord) != 0 && !hasSuffixFold(s.word(k-1), "s") {
			// A stripped mark ends the role: "chants of  Lee,
			// President  from the crowd". After a word in -s the gap
			// is as likely a stripped possessive apostrophe, which
			// leaves the role going on.
			break
		}
		relThat = relThat || t.lowerWord() && s.wordIs(k, "that")
		if t.kind == tWord && t.class&(cSubord|cAux) != 0 && t.class&cDet == 0 && s.word(k) != "of" {
			// "who ...", "said ...": not a title
			if k == first || t.class&cSubord != 0 && !s.asRole(k, limit) {
				if k-1 > first && t.class&cSubord != 0 && s.toks[k-1].lowerWord() && s.toks[k-1].class&cTitle == 0 && strings.HasSuffix(s.lower(k-1), "ing") {
					// "a farmer working as the votes were counted": the
					// participle goes with the clause, not the role.
					k--
				}
				break
			}
			if t.lowerWord() && t.class&cAux != 0 && (t.class&(cPrep|cConj) == 0 && !relThat || s.toks[k-1].capWord()) {
				// "according to Ann Lee, the paper was closed", and a
				// list, "Kestia, Dover and Elm were left on the list by
				// the president": a clause of its own with its verb, not
				// a title; but "a teacher at the school that was hosting
				// it" is one.
				return b, b
			}
		}
		if t.class&cSpeech != 0 && t.class&cTitle == 0 && k > first && !(s.toks[k-1].lowerWord() && s.toks[k-1].class&cPrep != 0 && !s.wordIs(k-1, "to")) {
			// but a noun after a preposition: "in charge of"
			break
		}
		if sawTitle && s.participleAfterNoun(k, limit) {
			// A participle's phrase is no role, as a relative clause
			// is none: "a deputy chief of the guard patrolling the
			// coast" ends before "patrolling".
			break
		}
		if t.class&(cTitle|cTitleMod|cOrg) != 0 && t.class&cTitleMod == 0 || t.class&cTitle != 0 {
			sawTitle = true
		}
		k++
	}
	for k > first && s.toks[k-1].kind == tWord && s.toks[k-1].class&cConj != 0 {
		// "dean of the school and who ...": no dangling "and".
		k--
	}
	role := s.roleAt(first, k)
	if !sawTitle && !role || k == first || k-first > 20 || s.namesListed(first, k) || s.titledName(first, k) {
		return b, b
	}
	w := s.toks[first]
	// A noun before a title noun makes a role: "information adviser
	// to the mayor".
	compound := first+1 < k && s.toks[first+1].kind == tWord && s.toks[first+1].class&cTitle != 0 && s.titleModifier(first)
	if w.kind != tWord || (w.class&(cDet|cTitle|cTitleMod|cPossPron) == 0 && w.flags&fCap == 0 && w.flags&fDigit == 0 && !role && !compound) {
		return b, b
	}
	if w.lowerWord() && s.wordIs(first, "our", "my", "your") {
		// "Lee, our president": the first or second person speaks
		// in a quotation or a chant; the reporter gives no title so.
		return b, b
	}
	if w.lowerWord() && s.wordIs(first, "which", "who", "whom", "whose", "where", "that") {
		// "Harbouria, which includes the Fleet group": a relative
		// clause, not a role.
		return b, b
	}
	// The appositive ends at a comma, a period or the end of the clause;
	// a verb straight after it means it was a subject, not a title:
	// "bound for Norvia, the spokeswoman said".
	if k < limit && s.toks[k].lowerWord() && (s.toks[k].class&(cSpeech|cAux|cPast) != 0 && s.toks[k].class&cSubord == 0 || s.verbLike(k)) {
		if j := s.relativeOnBody(first, k); j > 0 {
			// The clause was a relative one on the role's body: "head
			// of the Harbour Commission that drew up the report".
			return first, j
		}
		return b, b
	}
	return first, k
}

// acronymInRole reports whether the "(" at k opens a body's acronym
// inside a role that goes on after it: "(HG) spokesman", "(DI) of
// Trade"; not one that ends the role, "(HG), said" or "(HG) said".
func (s *state) acronymInRole(k, limit int) bool {
	if k == 0 || k+3 >= limit || !s.toks[k-1].capWord() || s.toks[k+1].flags&fUpper == 0 || s.toks[k+1].kind != tWord || !s.toks[k+2].isPunct(')') {
		return false
	}
	n := &s.toks[k+3]
	return n.lowerWord() && n.class&(cSpeech|cAux|cSubord|cPast|cConj) == 0 && !s.verbLike(k+3)
}

// participleAfterNoun reports whether token k is a participle in -ing
// after a noun, with its object or phrase after it: "patrolling the
// coast", "working at the port"; not a noun's modifier, "operating
// officer", nor a field after a preposition, "head of marketing".
func (s *state) participleAfterNoun(k, limit int) bool {
	t := &s.toks[k]
	if !t.lowerWord() || len(s.word(k)) < 6 || !strings.HasSuffix(s.lower(k), "ing") || t.class&(cPrep|cDet|cTitle|cTitleMod) != 0 || k+1 >= limit {
		return false
	}
	p, n := &s.toks[k-1], &s.toks[k+1]
	if p.kind != tWord || p.class&(cPrep|cDet|cPossPron|cConj|cAdverb|cAux|cSubord) != 0 || strings.HasSuffix(s.lower(k-1), "ly") || n.kind != tWord || n.class&cTitle != 0 {
		return false
	}
	if p.flags&fCap != 0 {
		// After a name only an object makes it a participle: "the
		// guard patrolling the coast", but "the Dover bombing in May".
		return n.class&(cDet|cPossPron) != 0
	}
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if s.toks[j].lowerWord() && s.wordIs(j, "of", "in", "for", "at", "on") {
			// Inside the title's phrase a noun in -ing names a field:
			// "head of equity trading at Wirex"; only an object after
			// it makes it a participle, "a worker in Dover cleaning
			// the docks".
			return n.class&(cDet|cPossPron) != 0
		}
	}
	// "running as the candidate of ..." names a role after "as".
	return n.class&(cDet|cPrep|cPossPron) != 0 && !s.wordIs(k+1, "as")
}

// titledName reports whether a person's name with its own title opens
// at token a: the next in a list of people, "Lee, Vice President Tom
// Reyes and two others", not Lee's title. The list goes on after the
// name, so a role with its body and nothing after is the title: "Lee,
// Chief Executive Dover Mills." In capitals "OF" and "THE" are no name's
// words: "REYES, HEAD OF THE UNION".
func (s *state) titledName(a, limit int) bool {
	k := a
	for k < limit && s.toks[k].capWord() && s.toks[k].class&cTitle != 0 {
		k++
	}
	n := k
	for n < limit && s.toks[n].capWord() && s.toks[n].class&(cTitle|cOrg|cPrep|cDet|cConj) == 0 {
		n++
	}
	// limit is the appositive's end, often the comma that goes on with
	// the list: "Lee, Vice President Tom Reyes, Mayor Jo Moss and ...",
	// "..., and Mayor Jo Moss"; a name after that comma with no title is
	// a role's body or place, "Lee, Head Asia Pacific, Dover Bank".
	if n == len(s.toks) || !s.wordIs(n, "and", "or") && !(s.toks[n].isPunct(',') && n+1 < len(s.toks) && (s.toks[n+1].capWord() && s.toks[n+1].class&cTitle != 0 || s.wordIs(n+1, "and", "or"))) {
		return false
	}
	// But a role that names the person it serves goes on past the
	// name: "Lee, Vice President Tom Reyes's deputy".
	return k > a && n-k >= 2 && n-k <= 3 && !(n < limit && (s.possessive(n) || s.nameClitic(n)))
}

// namesListed reports whether tokens [a, b) open with a capitalised word
// and join names with "and" or "or" with no title word: the rest of a
// list, "Dover, Elm or the Kestian Isles", not a role.
func (s *state) namesListed(a, b int) bool {
	if !s.toks[a].capWord() {
		return false
	}
	joined := false
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if t.kind == tWord && t.class&cTitle != 0 {
			return false
		}
		joined = joined || t.lowerWord() && s.wordIs(k, "and", "or") && k+1 < b && s.toks[k+1].kind == tWord && (s.toks[k+1].capWord() || s.wordIs(k+1, "the") && k+2 < b && s.toks[k+2].capWord())
	}
	return joined
}

// relativeOnBody returns the "that" or "which" in tokens (a, k) that
// follows a capitalised word, the end of a body's name, or 0.
func (s *state) relativeOnBody(a, k int) int {
	for j := a + 2; j < k; j++ {
		if s.toks[j].lowerWord() && s.wordIs(j, "that", "which") && s.toks[j-1].capWord() {
			return j
		}
	}
	return 0
}

// asRole reports whether the "as" at k, after a participle, names a
// role the title goes on with: "a farmer standing as the nominee of the
// Harbour Party", not a clause, "working as the vote was counted".
func (s *state) asRole(k, limit int) bool {
	if !s.toks[k].lowerWord() || !s.wordIs(k, "as") || !s.toks[k-1].lowerWord() || !strings.HasSuffix(s.lower(k-1), "ing") || k+1 >= limit || s.toks[k+1].class&(cDet|cPossPron) == 0 {
		return false
	}
	for j := k + 2; j < limit && j < k+12; j++ {
		t := &s.toks[j]
		if t.kind == tPunct {
			return true
		}
		if t.kind != tWord || t.class&(cAux|cSubord|cSpeech) != 0 || s.verbLike(j) {
			return false
		}
	}
	return false
}

// roleAt reports whether tokens [a, b) open with a bare role, a few
// lower-case words whose last is a role noun and a preposition after it:
// "wage expert at the institute", "senior fellow with the fund".
func (s *state) roleAt(a, b int) bool {
	for h := a; h < b-1 && h < a+3; h++ {
		t := &s.toks[h]
		if !t.lowerWord() || t.class&(cDet|cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron|cPossPron|cSpeech) != 0 || s.verbLike(h) {
			return false
		}
		if t.class&(cUnnamed|cTitle) != 0 && !s.pluralWord(h) {
			n := &s.toks[h+1]
			return n.lowerWord() && s.wordIs(h+1, "at", "of", "with", "for")
		}
	}
	return false
}

// appositiveBefore returns the title in apposition before a name that
// starts at token a: "the Kestian special envoy for Norvia, Jo Park".
func (s *state) appositiveBefore(a, limit int) (first, last int) {
	if a-1 <= limit || !s.toks[a-1].isPunct(',') || s.toks[a].flags&fWide != 0 {
		// A stripped mark after the comma closes a quote: `We are a
		// good friend,  Ann Lee said` gives her no title.
		return a, a
	}
	last = a - 1
	k := last - 1
	sawTitle := false
	for k >= limit {
		t := &s.toks[k]
		if t.kind == tPunct && t.punct != '-' || t.kind == tMark {
			break
		}
		if t.class&cTitle != 0 {
			sawTitle = true
		}
		if t.class&(cDet|cPossPron) != 0 && t.class&cSubord == 0 || t.class&cDet != 0 && s.word(k) == "the" {
			if !sawTitle && k-2 >= limit && s.toks[k-1].lowerWord() && s.wordIs(k-1, "of", "for", "to", "at", "in") && s.toks[k-2].kind == tWord && s.toks[k-2].class&cTitle != 0 {
				// The article of the role's body or place: "the head
				// of the port authority, Jo Park"; not a phrase that
				// names a role inside it, "Meeting Mayor Lee at the
				// port, Jo Park".
				k -= 2
				continue
			}
			k--
			break
		}
		if t.kind == tWord && t.class&(cSpeech|cAux|cSubord) != 0 && t.class&(cTitle|cDet) == 0 {
			// A verb: a clause, not a description. The clitic in
			// "Lee's budget director" is a possessive, not "is".
			return a, a
		}
		if n := &s.toks[k+1]; t.lowerWord() && t.class&(cTitle|cTitleMod|cDet) == 0 && s.pastForm(k) && s.verbLike(k) && k+1 < last && (n.kind == tWord && n.class&(cPrep|cDet|cPossPron) != 0 || n.flags&fDigit != 0) && !(k > limit && s.toks[k-1].kind == tWord && s.toks[k-1].class&cTitle != 0) {
			// So is a verb in the past with its object or phrase: "The
			// survivor count rose to 40, Lee said"; not a participle
			// before a noun, "the newly appointed envoy", "the head of
			// the armed forces", nor one right after the role, "a
			// lawyer based in Dover".
			return a, a
		}
		k--
	}
	first = k + 1
	if !sawTitle && first < last && s.agentRole(first, last, limit) {
		sawTitle = true
	}
	if !sawTitle || first >= last || last-first > 20 {
		return a, a
	}
	if p := first - 1; p > limit && s.toks[p].lowerWord() && s.toks[p].class&cSpeech == 0 && (s.pastForm(p) && s.verbLike(p) || strings.HasSuffix(s.word(p), "ing")) && s.nameOpensClause(a) {
		// The object of a deed is no role of a name that opens the
		// next clause: "a man punched a guard, Jo Park said", "after
		// punching a guard, Jo Park said"; but
		// "hired a guard, Jo Park." and "said the port's guard, Jo
		// Park".
		return a, a
	}
	if p := first - 1; p > limit && s.toks[p].lowerWord() && s.toks[p].class&cPrep != 0 && !s.wordIs(p, "of") && s.nameOpensClause(a) {
		// Nor is the object of a preposition in the phrase or clause
		// before it: "As he joked with his friend, Jo Park said".
		return a, a
	}
	if p := first - 1; p > limit && s.toks[p].lowerWord() && s.wordIs(p, "is", "was", "are", "were", "be", "been", "became", "becomes", "remains", "remained") && !s.wordIs(p-1, "he", "she") && s.nameOpensClause(a) {
		// Nor a copula's complement: "Reyes was the winner, Jo Park
		// said"; but "Now that she is the nominee, Jo Park ..."
		// tells of the name after it.
		return a, a
	}
	if s.toks[first].class&(cDet|cPossPron) == 0 && !(s.toks[first].capWord() && s.hasClitic(first, last)) && !s.roleOpensClause(first, last, limit) {
		// "the Kestian special envoy, Jo Park", "Lee's budget
		// director, Ed Long"
		return a, a
	}
	return first, last
}

// agentRole reports whether [first, last) before a name's comma is an
// article, names and a noun of one who does something that no list
// knows, "the Dover baker", "the US attacker", standing where a title
// does: after a cue, a comma or the sentence's start. After a
// preposition it is a place or a thing, "at the Dover border, Lee said".
func (s *state) agentRole(first, last, limit int) bool {
	h := last - 1
	w := s.word(h)
	if h <= first || !s.toks[h].lowerWord() || s.toks[h].class != 0 || len(w) < 5 || !(strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")) {
		return false
	}
	if !s.wordIs(first, "the", "a", "an") {
		return false
	}
	for k := first + 1; k < h; k++ {
		if !s.toks[k].capWord() {
			return false
		}
	}
	p := first - 1
	return p < limit || s.toks[first].flags&fSentStart != 0 || s.toks[p].isPunct(',') || s.toks[p].lowerWord() && s.toks[p].class&cSpeech != 0
}

// nameOpensClause reports whether the name whose run starts at token a
// is the subject of a verb right after it, "Jo Park said".
func (s *state) nameOpensClause(a int) bool {
	r := s.runAt(a)
	if r < 0 {
		return false
	}
	e := s.runs[r].last
	return e < len(s.toks) && s.toks[e].lowerWord() && s.toks[e].class&(cSpeech|cAux) != 0 && s.toks[e].class&(cDet|cPrep|cSubord) == 0
}

// roleOpensClause reports whether tokens [first, last) are a role in
// capitals that opens its clause, with its noun in lower case: "Kestian
// harbour coordinator for Dover, Jo Park, said"; not a phrase that opens
// with a preposition, "As minister, Jo Park said".
func (s *state) roleOpensClause(first, last, limit int) bool {
	t := &s.toks[first]
	if !t.capWord() || t.class&(cPrep|cSubord|cConj|cDet|cAdverb|cSpeech) != 0 || first > limit && !s.toks[first-1].isPunct(',') && s.toks[first].flags&fSentStart == 0 {
		return false
	}
	for k := first + 1; k < last; k++ {
		if s.toks[k].lowerWord() && s.toks[k].class&cTitle != 0 {
			return true
		}
	}
	return false
}

// isWeekday reports whether w names a day of the week, in any case.
func isWeekday(w string) bool {
	return lowerIn(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// dateAt reports whether the capitalised time word at k is a date, a
// month after a preposition or before a number: "in March", "last
// November", "January 2016". "April", "June" and "May" may be names.
func (s *state) dateAt(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.class&cTime == 0 || t.flags&fCap == 0 {
		return false
	}
	if k > 0 && s.toks[k-1].lowerWord() && s.wordIs(k-1, "in", "on", "since", "until", "by", "during", "from", "through", "last", "early", "late", "next", "this") {
		return true
	}
	return k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].flags&fDigit != 0
}

// genderOf returns the gender a title or form of address implies: 'm',
// 'f', or 0.
func genderOf(w string) byte {
	if len(w) > 5 && hasSuffixFold(w, "woman") {
		return 'f'
	}
	if len(w) > 3 && hasSuffixFold(w, "man") {
		return 'm'
	}
	// An ASCII word folds only to a word of its length, which the
	// lengths tell before strings.EqualFold is called: noteGender asks
	// of every title, and most match none of these.
	ascii := isASCII(w)
	for _, m := range [...]string{"mr", "king", "prince", "sir", "lord", "father", "brother"} {
		if (!ascii || len(w) == len(m)) && strings.EqualFold(w, m) {
			return 'm'
		}
	}
	for _, f := range [...]string{"mrs", "ms", "miss", "queen", "princess", "dame", "lady", "sister", "mother"} {
		if (!ascii || len(w) == len(f)) && strings.EqualFold(w, f) {
			return 'f'
		}
	}
	return 0
}

// hasSuffixFold reports whether s ends with suffix, ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// pronounPerson returns the kind of a personal pronoun: 'm', 'f', 'p'
// (they), 'n' (it), '1' (I, we, you), 'w' (who), or 0 for another word.
func pronounPerson(w string) byte {
	switch lowerWord(w) {
	case "he", "him":
		return 'm'
	case "she", "her":
		return 'f'
	case "they", "them":
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

// classIn reports whether a token in [a, b) has a class in c.
func (s *state) classIn(a, b int, c wordClass) bool {
	for k := a; k < b; k++ {
		if s.toks[k].class&c != 0 {
			return true
		}
	}
	return false
}

// subjectBefore returns the speaker mention that ends right before token k
// (after skipping auxiliaries and adverbs), looking no further left than lo.
func (s *state) subjectBefore(k, lo int) (m mention, ok bool) {
	if !s.endMemoOn || s.looseNP {
		// looseNP changes the answer and is no part of the key: no
		// caller asks while it is set, but one may.
		return s.findSubjectBefore(k, lo)
	}
	// A cue read for a trailing attribution that added a statement is
	// read again by the loop over its sentence, and asks again about
	// the same subject, which no statement changes. A slot per verb
	// keeps the latest answers.
	sm := &s.subjMemos[k&(len(s.subjMemos)-1)]
	if sm.k == int32(k)+1 && sm.lo == int32(lo) {
		return sm.m, sm.ok
	}
	m, ok = s.findSubjectBefore(k, lo)
	*sm = subjMemo{k: int32(k) + 1, lo: int32(lo), m: m, ok: ok}
	return m, ok
}

// A subjMemo is subjectBefore's answer for a verb (k+1, so that a zero
// slot holds none) and a limit.
type subjMemo struct {
	k, lo int32
	m     mention
	ok    bool
}

// findSubjectBefore computes subjectBefore(k, lo).
func (s *state) findSubjectBefore(k, lo int) (m mention, ok bool) {
	m, ok = s.subjectBefore1(k, lo)
	if ok && m.kind != mPronoun {
		if hm, hok := s.exampleListHead(m, k, lo); hok {
			// "Other firms, including Wirex, Bell and Acme, said":
			// the examples are an aside; the plural before them
			// speaks.
			return hm, true
		}
	}
	if f := s.mentionStart(m); ok && m.kind == mDescription && !m.coordinated && m.relative == 0 && (s.wordIs(f, "a", "an", "the") || s.toks[f].lowerWord() && s.toks[f].class&cTitle != 0 || s.toks[m.head].lowerWord() && s.toks[m.head].class&cTitle != 0 && !s.pluralHead(m.head)) {
		// "Ann Lee, a member of the board told reporters", "Ann Lee,
		// director of the agency said", "Ann Lee, party leader told",
		// its second comma left out: the description is the name's
		// apposition.
		// The name must stand on its own, after a comma or opening
		// its sentence, not end a phrase: "at Wirex, a group of farmers
		// called".
		if nm, nok := s.nameBeforeApposition(s.mentionStart(m), m.last, lo); nok {
			a := nm.first
			if r := s.runAt(nm.first); r >= 0 && s.runs[r].first < a {
				a = s.runs[r].first // "Sen. Ann Lee"
			}
			if a > lo && (s.toks[a-1].isPunct(',') || s.commaInMark(a-1, lo) && s.shortPair(a-1) >= 0) || s.toks[a].flags&fSentStart != 0 || s.headedCapsName(a, nm.last) {
				// Also after a comma inside the closing mark of a
				// title: `on “New Day,” Sen. Ann Lee, a supporter of
				// the plan told`, but not of a statement, which the
				// description after the name may attribute.
				return nm, true
			}
		}
	}
	if ok && m.kind != mPronoun && m.first == s.mentionStart(m) {
		m.first = s.ratioStart(m.first, lo)
	}
	if ok {
		m = s.coordinatedAsides(m, lo)
	}
	if f := s.mentionStart(m); ok && m.kind != mPronoun && f-2 >= lo && s.wordIs(f-2, "to") && s.toks[f-1].lowerWord() && s.toks[f-1].class&(cDet|cPrep|cConj|cSubord|cAux|cAdverb|cNeg) == 0 && s.toks[k].class&cSpeechWeak == 0 && s.finiteSpeech(k, lo) {
		// "activists clamoring to block the plan say": the object of
		// an infinitive is no subject; the phrase it ends is.
		if lm, lok := s.longSubject(s.skipBack(k, lo), lo); lok && lm.first < f {
			return lm, true
		}
	}
	if f := s.mentionStart(m); ok && m.kind != mPronoun && f > lo && s.toks[k].class&cSpeechWeak == 0 && s.finiteSpeech(k, lo) {
		// "officials investigating the crash in Dover said", "the
		// committee scrutinising the Kestia deal said": a name that
		// ends a phrase after the subject's head is no subject; the
		// phrase and its head are.
		// So does one joined by "and" to such a name: "sources
		// familiar with the talks and the deal said".
		if f-2 > lo && s.toks[f-1].lowerWord() && s.wordIs(f-1, "and", "or") {
			for g := f - 2; g > lo && g >= f-5; g-- {
				if t := &s.toks[g]; t.kind != tWord || t.class&(cConj|cPrep|cSubjPron) != 0 || s.verbLike(g) {
					break
				}
				if p := g - 1; s.modifierBefore(g, lo) && (s.toks[p].class&cPrep != 0 || s.wordIs(p, "the") && p-1 >= lo && s.toks[p-1].class&cPrep != 0) {
					// After a preposition only: in "the army attacked
					// the town and residents said" the verb ends its clause.
					f = g
					break
				}
			}
		}
		if lm, lok := s.longSubject(s.skipBack(k, lo), lo); lok && lm.first < f && lm.head < f && (s.runAt(lm.head) < 0 || s.peopleBeforeIng(lm.head)) && s.modifierBefore(f, lo) && s.phraseOnly(lm.head, f) {
			return lm, true
		}
	}
	if ok && m.kind == mDescription && !m.coordinated {
		if nm, nok := s.nameAfterRole(m); nok {
			return nm, true
		}
	}
	if f := s.mentionStart(m); ok && m.kind == mName && !m.coordinated && f-1 > lo && s.toks[f-1].lowerWord() && s.toks[f-1].class&(cOrg|cBody) != 0 {
		// So with a body's name before its noun: "the spokeswoman of
		// the ruling Harbour party Ann Lee (said)".
		if d, dok := s.description(f-1, lo); dok && d.first < f-2 {
			d.last = m.last
			if nm, nok := s.nameAfterRole(d); nok {
				return nm, true
			}
		}
	}
	if ok && m.kind == mDescription && m.first < m.head && m.titleFirst == m.titleLast && s.sentenceAdverb(m.first) {
		// "Then officials said", "Later critics said": the adverb
		// that opens the sentence is no modifier of the subject.
		m.first++
		m.titleFirst, m.titleLast = m.first, m.first
	}
	return m, ok
}

// nameAfterRole returns the person's name that ends description m with
// no comma before it, after a role and the body it serves: "the
// spokeswoman of the ruling party Ann Lee (said)", "the head of the port
// authority Tom Reyes": the role is the title. After a person's noun the
// name is that person's ("a friend of the baker Tom Reyes"), and after
// a preposition the phrase's object ("the officials in Dover").
func (s *state) nameAfterRole(m mention) (n mention, ok bool) {
	r := s.runAt(m.last - 1)
	if r < 0 {
		return n, false
	}
	run := s.runs[r]
	f := s.mentionStart(m)
	if run.last != m.last || run.first <= f+2 || run.last-run.nameFirst < 2 || run.entity < 0 || s.entities[run.entity].kind != Person {
		return n, false
	}
	p := &s.toks[run.first-1]
	if !p.lowerWord() || p.class&(cOrg|cBody) == 0 || p.class&(cPrep|cDet|cConj|cSubord|cPossPron|cTitle) != 0 || s.verbLike(run.first-1) {
		return n, false
	}
	h := -1
	for k := f; k < run.first && k < f+4; k++ {
		if (s.toks[k].lowerWord() || s.toks[k].flags&fSentStart != 0) && s.toks[k].class&cTitle != 0 {
			h = k
			break
		}
	}
	if h < 0 || h+1 >= run.first || !s.wordIs(h+1, "of", "for", "at", "to") {
		return n, false
	}
	n = mention{first: run.nameFirst, last: run.last, head: run.last - 1, kind: mName, entity: run.entity, titleFirst: f, titleLast: run.nameFirst}
	return n, true
}

// roleOfBodyBefore reports whether the body noun before token a ends the
// phrase of a role in lower case: "spokeswoman of the ruling party",
// "head of the port authority" (before a name at a), also with the body's
// name before its noun.
func (s *state) roleOfBodyBefore(a int) bool {
	for j := a - 2; j > 0 && j >= a-9; j-- {
		t := &s.toks[j]
		if t.capWord() && t.flags&fSentStart == 0 {
			// The body's name: "spokeswoman of the ruling Harbour
			// party".
			continue
		}
		if !t.lowerWord() {
			return false
		}
		if s.wordIs(j, "of", "for", "at") {
			return (s.toks[j-1].lowerWord() || s.toks[j-1].flags&fSentStart != 0) && s.toks[j-1].class&cTitle != 0
		}
		if t.class&(cPrep|cConj|cSubord|cAux) != 0 || s.verbLike(j) {
			return false
		}
	}
	return false
}

// sentenceAdverb reports whether token k opens its sentence with an
// adverb that places the clause in time or adds it to another ("Then",
// "Later", "Also"), which modifies no noun; not one of degree or an
// adjective, which may: "Only 20 percent", "Nearly half", "Early polls".
func (s *state) sentenceAdverb(k int) bool {
	return s.toks[k].flags&fSentStart != 0 && s.runAt(k) < 0 && s.wordIs(k, "also", "later", "meanwhile", "now", "since", "soon", "still", "then", "today", "yesterday")
}

// peopleBeforeIng reports whether token h is a name of one word, never
// a person's, before a participle in -ing, a people or a group that the
// participle's phrase describes: "Norvians fleeing to Kestia (say)".
func (s *state) peopleBeforeIng(h int) bool {
	r := s.runAt(h)
	if r < 0 || s.runs[r].first != h || s.runs[r].last != h+1 || h+1 >= len(s.toks) || !s.toks[h+1].lowerWord() || !strings.HasSuffix(s.word(h+1), "ing") {
		return false
	}
	e := s.runs[r].entity
	return e < 0 || !s.personEvidence(e)
}

// modifierBefore reports whether a name starting at f, or its article,
// ends a phrase that modifies a noun before it: it follows a preposition
// or a participle ("in Dover", "representing the firm"), not a role in
// apposition ("party leader Ann Lee").
func (s *state) modifierBefore(f, lo int) bool {
	p := f - 1
	if p > lo && s.toks[p].lowerWord() && s.wordIs(p, "the") {
		p--
	}
	t := &s.toks[p]
	return p >= lo && t.lowerWord() && (t.class&cPrep != 0 || strings.HasSuffix(s.word(p), "ing") || strings.HasSuffix(s.word(p), "ed"))
}

// phraseOnly reports whether tokens (h, f) after the head h of a subject
// are a phrase that modifies it, with no verb of a clause of their own:
// a participle may stand right after the head ("a report issued on
// Monday"), but not a past or a present after a phrase ("rebels in the
// hills fired on"), nor a conjunction ("the rebels and the army"), save
// one that joins two prepositions ("critics inside and outside the
// council").
func (s *state) phraseOnly(h, f int) bool {
	if s.presentVerb(h, h+1) {
		return false // "the survey comes as": a verb, no head
	}
	prep := func(k int) bool { return s.toks[k].lowerWord() && s.toks[k].class&cPrep != 0 }
	for k := h + 1; k < f; k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.class&cConj != 0 && !(k > h+1 && k+1 < f && prep(k-1) && prep(k+1)) {
			return false
		}
		if (t.class&cPast != 0 || k > h+1 && s.verbLike(k)) && !(k > h+1 && s.nounOrAdjective(k)) {
			// But "lawyers representing alleged victims": an adjective
			// form of a verb before the noun the phrase ends on.
			return false
		}
		if k == h+1 && t.lowerWord() && t.class&(cPrep|cDet|cAdverb) == 0 && presentForm(s.word(k)) {
			return false // "the survey comes as"
		}
	}
	return true
}

// coordinatedAsides extends a name or description m to an earlier name
// joined to it by ", and" after an apposition, as one speaker: "Ann Lee,
// the mayor, and Tom Reyes, its chief, said", "Ann Lee, the mayor, and
// aides said", or after a title set off before each:
// "the board's chairman, Ann Lee, and its chief, Tom Reyes, said". The
// whole must open its clause or follow a comma.
func (s *state) coordinatedAsides(m mention, lo int) mention {
	a := s.mentionStart(m)
	if m.kind != mName && (m.kind != mDescription || m.coordinated) || a-5 < lo || !s.toks[a-1].lowerWord() || !s.wordIs(a-1, "and") || !s.toks[a-2].isPunct(',') {
		return m
	}
	first := -1
	for c := a - 3; c > lo && c >= a-25; c-- {
		// The earlier name ends at the comma that opens its
		// apposition, which ends at the comma before "and".
		if !s.toks[c].isPunct(',') {
			continue
		}
		if n, ok := s.npEndingAt(c-1, lo, false); ok && n.kind == mName {
			if tf, tl := s.appositiveAfter(c, a-2); tl == a-2 && tl > tf {
				first = s.mentionStart(n)
			}
		}
		break
	}
	if n, ok := s.npEndingAt(a-3, lo, false); first < 0 && ok && n.kind == mName && m.titleFirst < m.first {
		if f := s.mentionStart(n); f-2 > lo && s.toks[f-1].isPunct(',') {
			if d, ok := s.npEndingAt(f-2, lo, false); ok && d.kind == mDescription {
				first = s.mentionStart(d)
			}
		}
	}
	if first < 0 || first != s.clauseOpening(lo) && !(first > lo && s.toks[first-1].isPunct(',')) {
		return m
	}
	return mention{first: first, last: m.last, head: m.last - 1, kind: mDescription, entity: -1, titleFirst: first, titleLast: first, coordinated: true}
}

// shareBefore returns where a share in figures that ends right before
// token j starts, "18%" or "four in 10", or -1.
func (s *state) shareBefore(j, lo int) int {
	if j-2 >= lo && s.toks[j-1].isPunct('%') && s.toks[j-2].flags&fDigit != 0 {
		return j - 2
	}
	if j-1 >= lo && s.toks[j-1].flags&fDigit != 0 {
		if f := s.ratioStart(j-1, lo); f < j-1 {
			return f
		}
	}
	return -1
}

// ratioStart returns where a ratio whose last number is at f starts:
// "nine in 10 said", "nearly 3 in 10 said" speak as one group, not
// "10".
func (s *state) ratioStart(f, lo int) int {
	count := func(i int) bool {
		return s.toks[i].flags&fDigit != 0 || s.wordIs(i, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
	}
	if f-2 < lo || !count(f) || !s.wordIs(f-1, "in") || !count(f-2) {
		return f
	}
	a := f - 2
	if a-2 >= lo && s.wordIs(a-1, "than") && s.wordIs(a-2, "fewer", "less", "more") {
		a -= 2
	} else if a-1 >= lo && s.wordIs(a-1, "about", "almost", "nearly", "roughly") {
		a--
	}
	return a
}

func (s *state) subjectBefore1(k, lo int) (m mention, ok bool) {
	j := s.skipBack(k, lo)
	if j < lo {
		return m, false
	}
	m, ok, inPP := s.subjectEndingAt(j, k, lo)
	if ok && inPP {
		// "Reyes, who in two past rulings had made plain", "who, on
		// a call Friday, said": the phrase is an aside after the
		// relative pronoun, which is the subject.
		r := s.mentionStart(m) - 2
		if r > lo && s.toks[r].isPunct(',') {
			r--
		}
		if r > lo && s.toks[r].lowerWord() && s.wordIs(r, "who", "which") {
			a := r - 1
			if a > lo && s.toks[a].isPunct(',') {
				a--
			}
			if rm, rok := s.npEndingAt(a, lo, false); rok && rm.kind != mPronoun {
				rm.relative = r + 1
				return rm, true
			}
		}
	}
	if ok && !inPP || !s.finiteSpeech(k, lo) {
		return m, ok
	}
	// Before a finite speech verb any noun phrase is its subject,
	// whatever its head: "the old sailor said", "most of them say", "a
	// number of voters said", "Lee himself said".
	if j > lo && s.reflexive(j) {
		j--
	}
	s.looseNP = true
	lm, lok, lin := s.subjectEndingAt(j, k, lo)
	s.looseNP = false
	if lok && lm.head < lm.last-1 && s.toks[k].class&cSpeechWeak != 0 {
		// A subject with a phrase after its head speaks only with a
		// plain speech verb: in "if the rains over the northern hills
		// continue" the verb has another sense.
		lok = false
	}
	if lok && !lin && !(lm.kind == mDescription && s.toks[k-1].class&(cAux|cAdverb) == 0 && s.baseForm(k) && !s.pluralHead(lm.head)) {
		// A base form after a singular noun, with no auxiliary between,
		// is a noun itself: "the key question is", "his morning tweet".
		return lm, true
	}
	if ok && inPP && m.kind == mName && (s.modifiedInPP(s.mentionStart(m)) || lok && lin && s.mentionStart(lm) == s.mentionStart(m)) {
		// "The press club in neighboring Kestia said", "an official
		// in Kestia's ruling party said": the phrase's host speaks.
		if hm, hok := s.longSubject(j, lo); hok && hm.first < s.mentionStart(m) {
			if r := s.runAt(hm.head); r >= 0 && s.runs[r].last == hm.head+1 && s.runs[r].entity >= 0 && s.entities[s.runs[r].entity].kind == Person && s.entities[s.runs[r].entity].nameLast-s.entities[s.runs[r].entity].nameFirst >= 2 {
				// "Ann Lee from the Greens said": the person.
				if pm, pok := s.npEndingAt(hm.head, lo, false); pok && pm.kind == mName {
					return pm, true
				}
			}
			return hm, true
		}
	}
	return m, ok
}

// relativeAsideOpen returns the comma or dash that opens a relative
// clause set off by the one at j, "- which cut jobs -", or -1.
func (s *state) relativeAsideOpen(j, lo int) int {
	t := &s.toks[j]
	if !t.isPunct(',') && !t.isPunct(pDash) {
		return -1
	}
	for p := j - 1; p > lo && p >= j-20; p-- {
		if u := &s.toks[p]; u.kind == tPunct && u.punct == t.punct {
			if p+2 < j && s.toks[p+1].lowerWord() && s.wordIs(p+1, "which", "who") {
				return p
			}
			return -1
		}
	}
	return -1
}

// relativeAuxBefore returns the relative pronoun before the auxiliaries
// of the verb at v, "who has been", "which had", "that is", when a noun
// stands before it; or -1.
func (s *state) relativeAuxBefore(v, lo int) int {
	p := v - 1
	for p > lo && p >= v-3 && s.toks[p].lowerWord() && s.wordIs(p, "has", "have", "had", "been", "is", "are", "was", "were") {
		p--
	}
	if p == v-1 || p <= lo || !s.toks[p].lowerWord() || !s.wordIs(p, "who", "which", "that") {
		return -1
	}
	if a := &s.toks[p-1]; a.kind != tWord || a.class&(cUnnamed|cTitle|cOrg) == 0 && !a.capWord() {
		return -1
	}
	return p
}

// relativeVerbBefore returns the verb of a relative clause whose object
// starts at f, after an article or a possessor of time: "that won [the]
// prize", "who won this year's prize"; or -1.
func (s *state) relativeVerbBefore(f, lo int) int {
	for p := f - 1; p-2 >= lo && p >= f-4; p-- {
		t := &s.toks[p]
		if t.kind != tWord && t.kind != tClitic || t.flags&fCap != 0 {
			return -1
		}
		if s.verbLike(p) {
			if t.class&cSpeech == 0 && s.toks[p-1].lowerWord() && s.wordIs(p-1, "who", "that") {
				return p
			}
			return -1
		}
		if !(t.class&(cDet|cPossPron|cTime) != 0 || s.possessive(p)) {
			return -1
		}
	}
	return -1
}

// relativeIn reports whether "who" or "that" stands in [a, b).
func (s *state) relativeIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "who", "that") {
			return true
		}
	}
	return false
}

// longSubject returns a noun phrase with phrases after its head that runs
// from the opening of the clause to j, the subject of a plain speech verb
// after j: "people with direct knowledge of the talks (said)", "activists
// clamoring to block the bill (say)", "a voter who worships there and who
// asked not to be named (said)". Outside a relative clause it holds no
// finite verb, and no punctuation at all.
func (s *state) longSubject(j, lo int) (m mention, ok bool) {
	o := s.clauseOpening(lo)
	joined := false
	for p := j - 1; p > o+1 && p >= j-18; p-- {
		if s.toks[p].kind != tWord {
			break
		}
		if s.toks[p].lowerWord() && s.wordIs(p, "and", "but") && s.toks[p-1].isPunct(',') {
			// "The fair ended, and bakers leaving Dover said":
			// the clause after the comma and conjunction.
			o, joined = p+1, true
			break
		}
	}
	if j-o < 2 || j-o > 18 || o > lo && !joined && !s.clauseEdge(o-1) {
		return m, false
	}
	if f := &s.toks[o]; f.kind != tWord || !s.npStart(o) && f.flags&fDigit == 0 && !s.nounish(o) {
		return m, false
	}
	head, rel := -1, false
	for i := o; i <= j; i++ {
		t := &s.toks[i]
		switch {
		case s.possessive(i):
			// A possessor, also stripped: "Thursday s meeting".
			continue
		case i > o && head < 0 && (s.wordIs(i, "who", "that") || s.wordIs(i, "which") && s.toks[i-1].kind == tWord && (s.toks[i-1].class&(cBody|cDocument|cOrg) != 0 || s.toks[i-1].capWord())) && t.flags&fCap == 0:
			// Also "which" with no comma, on a body or a document: "the
			// council which runs the port (said)".
			rel = true
			head = i - 1
		case t.kind != tWord || t.class&(cSubjPron|cNeg) != 0 && !rel:
			return m, false
		case rel:
		case t.class&cAux != 0 || t.class&cSubord != 0 && t.class&cPrep == 0 || t.class&cSpeech != 0 && !strings.HasSuffix(s.word(i), "ing") && !s.passiveOnHead(i, o, j) && !s.nounOrAdjective(i):
			// But "the man charged with ..." is charged by others, and
			// "officials probing alleged fraud" holds an adjective.
			return m, false
		case i > o && head < 0 && s.participle(i) && s.toks[i-1].kind == tWord && s.toks[i-1].class&cDet != 0 && i < j:
			// A participle right after an article is an adjective
			// before the head: "An armed group involved in ...".
		case i > o && i < j && s.clauseOpener(i) && s.runAt(i+1) >= 0 && s.runs[s.runAt(i+1)].last == j+1 && s.toks[i+1].class&cTime == 0:
			// "Police arrested ten people after Ann Lee said": the
			// name after "after" is its clause's subject.
			return m, false
		case i > o && i < j && head < 0 && s.participle(i) && !strings.HasSuffix(s.word(i), "ing") && s.objectAt(i+1):
			// "Police arrested ten people after Ann Lee said": a verb
			// with its object, where a reduced relative ("Activists
			// held in ...") is passive and takes none.
			return m, false
		case i > o && head < 0 && (t.class&cPrep != 0 && t.flags&fCap == 0 || s.participle(i) && (strings.HasSuffix(s.word(i), "ing") || s.toks[i-1].lowerWord() || i-1 == o && s.toks[o].flags&fSentStart != 0 && s.runAt(o) < 0)):
			// "people with ...", "activists clamoring ...", "the man
			// charged ...", "Activists held in ..." (a common noun
			// that opens the sentence), but not the verb in "Lee
			// caucused ...".
			head = i - 1
		case s.verbLike(i) && !s.participle(i), t.class&cConj != 0 && i < j && (s.verbLike(i+1) || s.participle(i+1)):
			return m, false
		case t.lowerWord() && t.class&cAdverb != 0 && t.class&(cPrep|cDet|cTime) == 0 && i < j:
			// "Reyes also lacks support": an adverb inside marks a clause.
			return m, false
		case head < 0 && s.participle(i) && !strings.HasSuffix(s.word(i), "ing"):
			// "Lee caucused in Kestia and says": after a name, a verb.
			return m, false
		}
	}
	if head < 0 {
		head = j
	}
	role := func(h int) bool {
		t := &s.toks[h]
		return t.kind == tWord && (t.class&(cUnnamed|cTitle|cBody|cDocument|cOrg) != 0 || s.runAt(h) >= 0 && t.flags&fSentStart == 0)
	}
	if !role(head) && !(s.toks[head].lowerWord() && s.pluralHead(head) && s.nounish(head)) {
		// An adjective after its noun: "sources privy to", "a person
		// familiar with".
		if head-1 < o || !role(head-1) || !s.toks[head].lowerWord() {
			return m, false
		}
		head--
	}
	return mention{first: o, last: j + 1, head: head, kind: mDescription, entity: -1, titleFirst: o, titleLast: o}, true
}

// passiveOnHead reports whether the speech verb at i, inside the subject
// [o, j], is a participle on the noun before it, done by others: "the man
// charged with fraud", "Children admitted to hospital (said)".
func (s *state) passiveOnHead(i, o, j int) bool {
	if i <= o || i >= j || !s.participle(i) || !s.toks[i+1].lowerWord() {
		return false
	}
	if s.wordIs(i+1, "with") && s.toks[i-1].lowerWord() {
		return true
	}
	return s.wordIs(i, "admitted") && s.wordIs(i+1, "to") && (s.toks[i-1].lowerWord() || i-1 == o && s.toks[o].flags&fSentStart != 0 && s.runAt(o) < 0)
}

// objectAt reports whether token k opens what can only be a verb's
// object: an object pronoun or a name ("arrested him", "stopped Tom
// Reyes"). A reduced relative on a verb of giving takes a noun phrase too
// ("Students awarded the prize said", "Workers offered a new contract
// said").
func (s *state) objectAt(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.class&cTime != 0 {
		return false
	}
	return t.lowerWord() && t.class&cObjPron != 0 || s.runAt(k) >= 0
}

// speakersFor returns the description of people that name m, starting at
// f, speaks for through "for" or "of": "a spokesman for Lee", "Lawyers
// for Acme", "Friends of Lee". A count is no speaker: "Thousands of
// Norvians".
func (s *state) speakersFor(m mention, f, lo int) (d mention, ok bool) {
	if m.kind != mName || f-2 < lo || !s.toks[f-1].lowerWord() || !s.wordIs(f-1, "for", "of") {
		return d, false
	}
	h := &s.toks[f-2]
	if h.kind != tWord || !(h.lowerWord() || h.flags&fSentStart != 0 || s.titleOnly(f-2)) || h.class&(cUnnamed|cTitle) == 0 || s.wordIs(f-2, "dozens", "hundreds", "millions", "scores", "tens", "thousands") {
		return d, false
	}
	if d, ok = s.description(f-2, lo); !ok || d.head != f-2 {
		return d, false
	}
	return d, true
}

// ownerBefore returns where the phrase of the name at f opens when up to
// two lower-case modifiers and a possessor come before it: "Kestia's" in
// "a spokesman for Kestia's state-run Harbour Bank"; else f.
func (s *state) ownerBefore(f int) int {
	p := f
	for p-1 >= 0 && p > f-2 && s.toks[p-1].lowerWord() && s.toks[p-1].class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cPossPron|cSpeech) == 0 {
		p--
	}
	if p == f || p < 2 || !s.nameClitic(p-1) || !s.possessive(p-1) {
		return f
	}
	return s.runs[s.runAt(p-2)].first
}

// subjectEndingAt returns the subject of a cue at k that ends at token j.
// inPP reports that it is the object of a preposition, which serves only
// when nothing better is found.
func (s *state) subjectEndingAt(j, k, lo int) (m mention, ok, inPP bool) {
	if j == k-1 && j-1 >= lo && s.possessive(j) && s.nameSaid(j) {
		// A name in -'s right before the verb is the speaker, a firm's
		// ("Acme's said", "Acme s said") or a contraction of "has"
		// ("Lee's said").
		if nm, nok := s.npEndingAt(j-1, lo, true); nok && nm.kind == mName {
			return nm, true, false
		}
	}
	if o := s.relativeAsideOpen(j, lo); o-2 >= lo && j == k-1 && s.nameClitic(o-1) && s.possessive(o-1) && s.wordIs(k, "said", "says", "told") {
		// So is one before an aside on it: "Acme's - which cut 300
		// jobs last year - said".
		if nm, nok := s.npEndingAt(o-2, lo, true); nok && nm.kind == mName {
			return nm, true, false
		}
	}
	m, ok = s.npEndingAt(j, lo, true)
	f := s.mentionStart(m)
	if ok && f-5 >= lo && m.kind == mName && s.toks[f-1].lowerWord() && s.wordIs(f-1, "the") && s.wordIs(f-3, "who") && s.asideUnclosed(f-4, j, k, lo) {
		f-- // a name with its article: "Ann Lee, who heads the Dover Guild said"
	}
	if ok && f-3 >= lo && (s.verbLike(f-1) || s.toks[f-1].lowerWord() && s.wordIs(f-2, "who")) && s.toks[f-1].class&cSpeech == 0 {
		// "the official who ran the review said", "those who fight
		// the plan say": the object of a relative clause is not the
		// subject.
		if w := s.word(f - 2); w == "who" || w == "that" && s.toks[f-3].kind == tWord && s.toks[f-3].class&(cUnnamed|cTitle|cOrg) != 0 {
			e := f - 3
			if w == "who" && s.asideUnclosed(e, j, k, lo) {
				e-- // "Ann Lee, who heads the Harbour Council said"
			}
			if h, hok := s.npEndingAt(e, lo, false); hok && h.kind != mPronoun {
				return h, true, false
			}
			if h, hok := s.unknownWho(f-3, lo); w == "who" && hok {
				return h, true, false
			}
		}
	}
	if f := s.mentionStart(m); ok {
		// "a group which has been shelling Dover and arming its allies
		// said": so after the auxiliaries of a progressive or a
		// perfect, however many objects the verb takes.
		for v := f - 1; v > lo && v >= f-12 && s.toks[v].kind == tWord; v-- {
			if s.toks[v].class&(cPrep|cSubord|cTime) != 0 {
				// "officials at the port which has been shut since
				// May said": the verb's object ends at its phrase.
				break
			}
			if !s.verbLike(v) || s.toks[v].class&cSpeech != 0 {
				continue
			}
			if r := s.relativeAuxBefore(v, lo); r > 0 {
				if h, hok := s.npEndingAt(r-1, lo, false); hok && h.kind != mPronoun {
					return h, true, false
				}
			}
			break
		}
	}
	if f := s.mentionStart(m); ok && m.kind == mName {
		if p := s.relativeVerbBefore(f, lo); p > 0 {
			// "the head of the group that won the Harbour Prize said",
			// "the team that won last year's cup": the name is the
			// object of a relative clause on the subject, which
			// speaks with the clause.
			if lm, lok := s.longSubject(j, lo); lok && lm.first < p-1 {
				return lm, true, false
			}
			if h, hok := s.npEndingAt(p-2, lo, false); hok && h.kind != mPronoun {
				return h, true, false
			}
		}
	}
	if ok && !s.objectOfPrep(s.mentionStart(m)) && !s.alternativeInPP(s.mentionStart(m), lo) && !s.joinedInRelative(s.mentionStart(m), lo) {
		c := s.coordinated(m, lo)
		if f := s.mentionStart(c); m.kind == mName && c.last-f == 1 && f-3 > lo && s.toks[f-1].isPunct(',') && !(k+1 < len(s.toks) && s.toks[k+1].isPunct(',')) {
			if r := s.runAt(f - 2); r >= 0 && s.runs[r].last == f-1 {
				if h, hok := s.pluralBeforePP(s.runs[r].first, lo); hok && s.mentionStart(h) == s.clauseOpening(lo) {
					// "Residents in Dover, Kestia said": a town and
					// its state or country; but not a speaker who
					// splits the statement, "Workers in Dover, Lee
					// said, were tired", nor one after a phrase, "After
					// meeting the workers in Dover, Lee said".
					h.last = c.last
					return h, true, false
				}
			}
		}
		if f := s.mentionStart(c); m.kind == mName && f != s.mentionStart(m) && s.objectOfPrep(f) {
			// Names joined by "and" after a preposition are its object
			// too: "Several airlines in Kestia and Norvia said",
			// "Lawyers for Lee and Reyes said".
			if h, hok := s.pluralBeforePP(f, lo); hok {
				h.last = c.last
				return h, true, false
			}
			if f-2 >= lo && f >= 2 && s.toks[f-1].lowerWord() && s.wordIs(f-1, "for", "of") && s.toks[f-2].kind == tWord && (s.toks[f-2].lowerWord() || s.toks[f-2].flags&fSentStart != 0) && s.toks[f-2].class&cUnnamed != 0 && s.pluralHead(f-2) {
				if d, dok := s.description(f-2, lo); dok && d.head == f-2 {
					d.last = c.last
					return d, true, false
				}
			}
		}
		if f := s.mentionStart(c); f != s.mentionStart(m) && s.objectOfPrep(f) && !s.subordBefore(f) && s.toks[s.mentionStart(m)-1].lowerWord() && s.wordIs(s.mentionStart(m)-1, "and") {
			// "took control of Kestia and the prosecutor has said": the
			// name after the preposition ends its clause, and "and"
			// opens one whose subject speaks.
			return m, true, false
		}
		return c, true, false
	}
	if ok && m.kind != mPronoun {
		c := s.coordinated(m, lo)
		if h, hok := s.pluralBeforePP(s.mentionStart(c), lo); hok {
			// "Several airlines in Norvia said": the plural the
			// place's phrase hangs on speaks.
			h.last = c.last
			return h, true, false
		}
		if f := s.mentionStart(c); m.kind == mName && f-2 >= lo && s.toks[f-1].lowerWord() && s.wordIs(f-1, "in", "at") {
			// "the Kestian Embassy in Dover said", "a spokesman for the
			// Kestian Embassy in Dover said": a place after a body's
			// name says where the body is; the body, or the
			// description its name ends, speaks where it opens the
			// clause (not "a study by Acme and the Kestian Embassy in
			// Dover found").
			if r := s.runAt(f - 2); r >= 0 && s.runs[r].last == f-1 && s.runKind(s.runs[r].nameFirst, s.runs[r].last) == Organization {
				if h, hok := s.npEndingAt(f-2, lo, false); hok && h.kind != mPronoun && (s.mentionStart(h) == lo || s.toks[s.mentionStart(h)-1].kind != tWord) {
					if h.kind == mDescription {
						h.last = c.last
					}
					return h, true, false
				}
			}
		}
		f := s.mentionStart(c)
		if m.kind == mName && f-3 >= lo && s.toks[f-1].lowerWord() && s.wordIs(f-1, "the") && s.toks[f-2].lowerWord() && s.wordIs(f-2, "for", "of") && m.entity >= 0 && s.entityKind(m.entity) == Organization {
			// A body with its article: "Members of the ACN said";
			// not a person's title, "Speaker of the House Rep. Lee".
			f--
		}
		if d, dok := s.speakersFor(m, f, lo); dok {
			// "A spokesman for Lee said", "Lawyers for Acme said":
			// the people the name's phrase hangs on speak for it.
			d.last = c.last
			return d, true, false
		}
	}
	// "a Harbour Council aide who spoke briefly ... said", "leaders
	// who'd rather work for Reyes or Ed Long said": the subject is the
	// noun phrase before a relative pronoun.
	for i := j; i > lo && i > j-25; i-- {
		t := &s.toks[i]
		if t.kind != tWord && t.kind != tClitic && !(s.looseNP && t.isPunct(',')) || t.class&cSpeech != 0 && t.flags&fCap == 0 && i != k && !s.looseNP && !s.wordIs(i-1, "who") {
			// A speech verb of another clause ends the subject, but not
			// one of its relative clause: "officials who spoke with the
			// Ledger said". Before a finite speech verb the relative
			// clause may hold an aside too: "the farmers who met with
			// him on Monday say".
			break
		}
		if t.kind == tWord && t.class&cConj != 0 && s.toks[i-1].isPunct(',') {
			// ", and uttering charges": a clause of its own.
			break
		}
		if w := s.word(i); w == "who" || s.looseNP && w == "whose" && s.verbBetween(i+1, k) || s.looseNP && w == "which" && s.toks[i-1].isPunct(',') && i+2 < k && s.toks[k-1].isPunct(',') || w == "that" && s.toks[i-1].kind == tWord && s.toks[i-1].class&(cUnnamed|cTitle) != 0 {
			e := i - 1
			if w == "which" || w == "who" && s.asideUnclosed(e, j, k, lo) {
				// Past the comma: "the Harbour Group, which backs him,
				// said", "Ann Lee, who sits on the Harbour Council said",
				// and an age, "Ann Lee, 45, who moved from Dover said".
				e--
				if w == "who" && e-2 >= lo && s.toks[e].flags&fDigit != 0 && s.toks[e-1].isPunct(',') {
					e -= 2
				}
			}
			if m, ok := s.npEndingAt(e, lo, false); ok && m.kind != mPronoun {
				if h, hok := s.pluralBeforePP(s.mentionStart(m), lo); hok && m.kind == mName && w == "who" {
					// "Residents in Dover who lost their homes said":
					// the people the place's phrase hangs on.
					h.last = m.last
					m = h
				}
				if d, dok := s.speakersFor(m, s.mentionStart(m), lo); dok && w == "who" {
					// "Friends of Lee who know her say": the relative
					// clause is on the people who speak for the name.
					d.last = m.last
					m = d
				} else if w == "who" && m.kind == mName && s.modifiedInPP(s.mentionStart(m)) {
					// "Lawyers for a clerk at Kestia's state-run
					// Harbour Bank who is charged said": the phrase's
					// host, as with no relative clause.
					if hm, hok := s.longSubject(e, lo); hok && hm.first < s.mentionStart(m) {
						m = hm
					}
				}
				if a := s.mentionStart(m); s.toks[j].lowerWord() && s.toks[j].class&cConj != 0 && a > lo && s.toks[a-1].lowerWord() && s.verbLike(a-1) {
					// "She thanked those who stayed but said": the
					// object of another verb, whose subject the
					// verb joined to it shares.
					break
				}
				if i == j {
					// "voters who said": the relative pronoun is the
					// cue's own subject.
					m.relative = i + 1
				} else if w == "who" && s.toks[j].lowerWord() && s.wordIs(j, "and") {
					// "Tom Reyes, a pollster with the party who worked
					// with Lee and called ...": the verb joins the
					// relative clause, whose antecedent may be a name
					// the description is in apposition to.
					if rm, rok := s.npEndingAt(i, lo, true); rok && rm.relative == i+1 {
						return rm, true, false
					}
					m.relative = i + 1
				}
				return m, true, false
			}
			break
		}
	}
	return m, ok, ok
}

// asideUnclosed reports whether the comma at e opens an aside on "who"
// whose closing comma the reporter left out, so that the name before the
// comma is the subject of the finite speech verb at k right after the
// aside, where a name ends the aside: "Ann Lee, who sits on the Harbour
// Council said". The aside is a plain clause of at least a verb and its
// object: not "Lee, who said", nor one with a clause of its own, "Lee,
// who won more votes than aides say".
func (s *state) asideUnclosed(e, j, k, lo int) bool {
	if e-1 < lo || !s.toks[e].isPunct(',') || j != k-1 || e+3 > j || !s.toks[j].capWord() || !s.finiteSpeech(k, lo) {
		return false
	}
	for i := e + 2; i <= j; i++ {
		if t := &s.toks[i]; t.kind == tWord && t.lowerWord() && (t.class&(cSubord|cConj|cSubjPron|cSpeech) != 0 || s.wordIs(i, "than")) {
			return false
		}
	}
	return true
}

// unknownWho returns the noun phrase that ends at j before "who" when its
// head is a word no list knows, after an article and at most two other
// such words: "The cook who praised the mayor said", "a young cook who
// ...". "who" makes a person of it.
func (s *state) unknownWho(j, lo int) (m mention, ok bool) {
	a := j
	for a >= lo && a > j-3 && s.toks[a].lowerWord() && s.toks[a].class == 0 {
		a--
	}
	if a == j || a < lo || !s.wordIs(a, "the", "a", "an") {
		return m, false
	}
	return mention{first: a, last: j + 1, head: j, kind: mDescription, entity: -1, titleFirst: a, titleLast: a}, true
}

// joinedInRelative reports whether the noun phrase at f is joined by
// "and" or "or" to words after a preposition in a relative clause with
// "who" before it: "a clerk who works with the school and health
// authorities (said)", whose subject is the noun before "who".
func (s *state) joinedInRelative(f, lo int) bool {
	if f-2 < lo || !s.toks[f-1].lowerWord() || !s.wordIs(f-1, "and", "or") {
		return false
	}
	prep := false
	for i := f - 2; i > lo && i >= f-14; i-- {
		t := &s.toks[i]
		if t.kind != tWord {
			return false
		}
		if t.lowerWord() && t.class&cPrep != 0 {
			prep = true
		}
		if t.lowerWord() && s.wordIs(i, "who") {
			return prep
		}
	}
	return false
}

// verbBetween reports whether a verb stands in [a, b): "whose laws have
// been struck down (say)", but not "whose work (revealed)".
func (s *state) verbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.verbLike(k) {
			return true
		}
	}
	return false
}

// finiteSpeech reports whether token k is a speech verb in a finite form
// that asserts: "said", "says", "say" after its subject, not "saying",
// "was told", "did not say" or "a fact confirmed by", nor one whose
// particle gives it another sense: "promised to be", "add up", "agree
// with".
func (s *state) finiteSpeech(k, lo int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fCap != 0 || t.class&(cSpeech|cSpeechAct|cUser) == 0 && !s.statesAt(k) {
		// "states" is a verb where statesAt says so: "a voice in the
		// ad states."
		return false
	}
	if strings.HasSuffix(s.word(k), "ing") || k+1 < len(s.toks) && s.wordIs(k+1, "by", "to", "up", "with") {
		return false
	}
	// Negation and the passive need a word before the verb that can
	// carry them ("got", "gets"); most verbs have none, and the check is
	// costly. The first byte is tested in place: lowering a name copies.
	if p := &s.toks[max(k-1, 0)]; k > lo && (p.kind == tClitic || p.kind == tWord && (p.class&(cAux|cAdverb|cNeg|cPrep) != 0 || s.text[p.start]|0x20 == 'g')) {
		return !s.negated(k, lo) && !s.passive(k, lo)
	}
	return true
}

// baseForm reports whether a verb at k is in its base form: "say",
// "question", not "says", "questioned" or "told".
func (s *state) baseForm(k int) bool {
	w := s.lower(k)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "said", "told", "wrote", "written", "swore", "sworn", "put", "read":
		return false
	}
	return true
}

// pluralHead reports whether the head of a noun phrase at k is plural:
// "voters", "them", "42%".
func (s *state) pluralHead(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fDigit != 0 {
		return true
	}
	w := s.lower(k)
	switch w {
	case "people", "police", "men", "women", "children":
		// Plurals with no -s: "the mayor and police said".
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || w == "them" || w == "us" || w == "those"
}

// reflexive reports whether token k is a reflexive pronoun of the third
// person: "himself", "themselves".
func (s *state) reflexive(k int) bool {
	return s.wordIs(k, "himself", "herself", "itself", "themselves")
}

// looseSubject returns a noun phrase of any head that ends at j and
// opens its clause: a determiner, a quantifier, a number or a possessor
// and then nouns ("the old sailor", "another reader", "Lee's
// neighbours"), a part of a group ("most of them", "a number of
// voters"), or a bare plural ("forecasters"). What comes before it must
// end a clause, so that the object of a preposition or a verb is not
// taken for a subject.
func (s *state) looseSubject(j, lo int) (m mention, ok bool) {
	if m, ok := s.looseSubjectIn(j, lo, 12); ok {
		return m, true
	}
	// A longer one only right after a comma, where a trailing
	// attribution opens: "Q, a senior member of the party propping up
	// the city s minority council said".
	m, ok = s.looseSubjectIn(j, lo, 18)
	return m, ok && m.first > lo && s.toks[m.first-1].isPunct(',')
}

// looseSubjectIn is looseSubject for a phrase of up to reach tokens.
func (s *state) looseSubjectIn(j, lo, reach int) (m mention, ok bool) {
	if j < lo {
		return m, false
	}
	i, head := j, j
	switch {
	case s.toks[j].isPunct('%') && j > lo && s.toks[j-1].flags&fDigit != 0:
		// "42% say"
		i, head = j-1, j-1
	case s.wordIs(j, "them", "us", "those") && j-2 >= lo && s.word(j-1) == "of" && s.quantity(j-2):
		// "most of them said"
		i = j - 2
	case s.wordIs(j, "another"):
		// "one poll says ..., while another says ...": the noun is
		// left out.
	case !s.nounish(j):
		return m, false
	}
	for i-1 >= lo && j-i < reach {
		p := &s.toks[i-1]
		switch {
		case s.nounish(i - 1):
			i--
			continue
		case s.possessive(i - 1):
			// A possessor: "the senator's aides", "the Smiths' lawyer".
			if i-2 >= lo && s.nounish(i-2) {
				i -= 2
				continue
			}
		case p.kind == tWord && s.word(i-1) == "of" && i-2 >= lo && (s.quantity(i-2) || s.nounish(i-2)):
			// "most of the voters", "supporters of the plan"
			i -= 2
			continue
		case p.lowerWord() && s.wordIs(i-1, "inside", "outside") && i-2 >= lo && isArticle(s.word(i-2)):
			// "an inside source", "the outside lawyers": an
			// adjective, no preposition, after the article.
			i--
			continue
		case p.lowerWord() && s.wordIs(i-1, "first", "last") && i-2 >= lo && (s.npStart(i-2) || s.possessive(i-2) || s.toks[i-2].lowerWord() && s.nounish(i-2)):
			// "the first lady", "the former first lady", "the nation's
			// last governor": an ordinal, no adverb, after the article,
			// a possessor or a modifier.
			i--
			continue
		case p.lowerWord() && p.class&(cSpeech|cAux|cNeg) == 0 && strings.HasSuffix(s.word(i-1), "ed") && i-2 >= lo && s.npStart(i-2) && s.toks[i-2].class&cPossPron == 0:
			// "the suspected arms dealer": an adjective in -ed right
			// after the article.
			i--
			continue
		case s.npStart(i - 1):
			i--
			if i-2 >= lo && s.word(i-1) == "of" && s.quantity(i-2) {
				// "some of the voters"
				i -= 2
				if head != j && s.toks[i].class&cUnnamed != 0 {
					// "critics of the rules on trade": past a phrase
					// of its own the noun before "of" is the head.
					head = i
				}
				continue
			}
			if i-2 >= lo && s.word(i-1) == "of" && s.nounish(i-2) || s.postmodifier(i-1, lo) {
				// "critics of the rules", "a person familiar with the
				// plans": the phrase after the head is part of the
				// subject, and the head is the noun before it.
				i -= 2
				head = i
				continue
			}
		case s.postmodifier(i-1, lo):
			i -= 2
			head = i
			continue
		}
		break
	}
	first := &s.toks[i]
	switch {
	case s.npStart(i), first.kind == tWord && first.flags&fDigit != 0, i < j && s.quantity(i):
	case s.possessed(i, j+1):
	case s.barePlural(i, head) && !(i > lo && s.wordIs(i-1, "which", "that", "who")):
		// A bare plural, but not the verb in "which helps explain".
	default:
		return m, false
	}
	if i > lo && !s.clauseEdge(i-1) {
		return m, false
	}
	return mention{first: i, last: j + 1, head: head, kind: mDescription, entity: -1, titleFirst: i, titleLast: i}, true
}

// postmodifier reports whether token k is a preposition that joins a
// phrase to the noun or adjective before it inside a subject: "a person
// familiar with the plans (said)", "critics of the rules on trade (say)".
func (s *state) postmodifier(k, lo int) bool {
	if k-1 < lo {
		return false
	}
	t := &s.toks[k]
	return t.kind == tWord && t.flags&fCap == 0 && t.class&cPrep != 0 && t.class&cSubord == 0 && s.word(k) != "of" && s.nounish(k-1)
}

// nounish reports whether token k can stand inside a noun phrase: a word
// that is no function word, adverb or verb form.
func (s *state) nounish(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron|cPossPron|cDet|cAdverb|cTime|cCognition|cPast|cNaming) != 0 {
		return false
	}
	if t.class&(cSpeech|cSpeechAct) != 0 && (!s.nounForm(k) || strings.HasSuffix(s.word(k), "s") && !s.determined(k)) {
		// "the police report", "his remarks", but not the verb in "the
		// group predicts".
		return false
	}
	return t.flags&fCap != 0 || !s.lyAdverb(k)
}

// lyAdverb reports whether token k reads as an adverb in -ly: "sternly",
// but not a noun after a determiner, "the rally", "his family".
func (s *state) lyAdverb(k int) bool {
	return strings.HasSuffix(s.word(k), "ly") && !s.determined(k)
}

// determined reports whether a determiner or possessor stands right
// before token k, which makes it a noun.
func (s *state) determined(k int) bool {
	if k == 0 {
		return false
	}
	p := &s.toks[k-1]
	return p.kind == tWord && p.class&(cDet|cPossPron) != 0 && p.class&cSubord == 0 || p.kind == tClitic || p.kind == tMark && p.flags&fPossessiveMark != 0
}

// npStart reports whether token k is a determiner or possessive pronoun
// that opens a noun phrase: "the", "another", "most", "their". "That"
// and "which" open clauses more often than noun phrases.
func (s *state) npStart(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.class&(cDet|cPossPron) == 0 || t.class&cSubord != 0 {
		return false
	}
	return !s.wordIs(k, "no", "neither", "either", "such", "much", "more", "whatever", "whichever")
}

// quantity reports whether token k can count a group before "of": "most
// (of them)", "a majority", "75 percent", "two".
func (s *state) quantity(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.flags&fDigit != 0 || t.class&cUnnamed != 0 && t.lowerWord() {
		return true
	}
	if w := s.lower(k); t.flags&fDigit == 0 && (w == "half" || strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-fourths") || strings.HasSuffix(w, "-quarters") || strings.HasSuffix(w, "-fifths")) {
		return true // a fraction: "two-thirds (of them)"
	}
	return s.npStart(k) && t.class&cPossPron == 0 && !s.wordIs(k, "the", "a", "an", "this", "these", "those")
}

// possessed reports whether [a, b) opens with a possessor, a word or a
// name: "Lee's neighbours", "Mrs. Ann Lee's aides".
func (s *state) possessed(a, b int) bool {
	if s.toks[a].kind != tWord {
		return false
	}
	for p := a + 1; p+1 < b && p < a+5; p++ {
		if t := &s.toks[p]; t.kind == tClitic || t.kind == tMark && t.flags&fPossessiveMark != 0 {
			return true
		}
		if !s.toks[p].capWord() {
			return false
		}
	}
	return false
}

// barePlural reports whether [a, h] is a plural noun with its modifiers
// and no determiner: "forecasters", "security specialists"; in lower case,
// or capitalised only as the first word of a sentence ("Critics say").
func (s *state) barePlural(a, h int) bool {
	w := s.word(h)
	if !(s.toks[h].lowerWord() || h == a && s.toks[h].flags&fSentStart != 0 && s.runAt(h) < 0) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	for k := a; k < h; k++ {
		if !s.nounish(k) {
			return false
		}
	}
	return true
}

// clauseEdge reports whether token k can end what comes before a
// subject: punctuation, a quotation mark, a conjunction or subordinator,
// a time word or an adverb ("Last week the board said", "Even its
// friends say").
func (s *state) clauseEdge(k int) bool {
	t := &s.toks[k]
	switch t.kind {
	case tPunct:
		return t.punct == ',' || t.punct == ';' || t.punct == ':' || t.punct == '(' || t.punct == pDash
	case tMark:
		return t.flags&fPossessiveMark == 0
	case tWord:
		return t.class&(cConj|cSubord|cTime|cAdverb) != 0
	}
	return false
}

// speechAfterThat reports whether a plain speech verb or a verb of
// finding and the start of a clause follow the "that" at j, after an
// adverb or two: "that said the", "that recently showed Lee", but not a
// speech act, "that urged", nor naming, "that calls itself", nor an
// object, "that pledged loyalty".
func (s *state) speechAfterThat(j int) bool {
	k := j + 1
	for k < len(s.toks) && k < j+3 && s.toks[k].lowerWord() && s.toks[k].class&(cAdverb|cAux) != 0 {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].lowerWord() {
		return false
	}
	if c := s.toks[k].class; c&(cSpeech|cFinding) == 0 || c&(cSpeechAct|cNaming|cSpeechObject) != 0 {
		return false
	}
	c, ok := s.cueAt(k)
	// A clause follows, not an object: "that pledged loyalty".
	return ok && !c.act && !c.naming && c.last < len(s.toks) && s.strongClauseStart(c.last)
}

// nameBeforeAside returns the person named before an aside that a ends,
// the antecedent of a "who" after it: a description in apposition, "Ann
// Lee, a teacher from Oakfield, who", or a place she is from, after her
// age or not, "Ann Lee, 24, from Oakfield, who".
func (s *state) nameBeforeAside(a mention, lo int) (n mention, ok bool) {
	f := s.mentionStart(a)
	switch {
	case a.kind == mDescription:
	case a.kind == mName && f-1 > lo && s.toks[f-1].lowerWord() && s.wordIs(f-1, "from", "of", "in", "at", "with"):
		f--
		// The words before the preposition head the description:
		// "Tom Reyes, a lawyer from Dover, who", "Tom Reyes,
		// Republican of Kestia, who".
		for g := f - 1; g > lo && g >= f-6 && !s.toks[g].isPunct(','); g-- {
			if t := &s.toks[g]; t.kind != tWord || t.class&(cSubjPron|cConj|cSubord|cPrep) != 0 || s.verbLike(g) {
				return n, false
			}
			f = g
		}
	default:
		return n, false
	}
	c := f - 1
	if c-2 > lo && s.toks[c].isPunct(',') && s.toks[c-1].flags&fDigit != 0 && s.toks[c-2].isPunct(',') {
		c -= 2 // an age: "Ann Lee, 24, from Oakfield"
	}
	if c-1 <= lo || !s.toks[c].isPunct(',') {
		return n, false
	}
	n, ok = s.npEndingAt(c-1, lo, false)
	if !ok || n.kind != mName || n.entity < 0 || s.entityKind(n.entity) != Person {
		return n, false
	}
	return n, true
}

// plainDescription reports whether description a is a plain noun phrase
// in lower case, "a new poll", "internal documents", with no verb and no
// name in it.
func (s *state) plainDescription(a mention) bool {
	for k := s.mentionStart(a); k < a.last; k++ {
		if !s.toks[k].lowerWord() || s.verbLike(k) {
			return false
		}
	}
	return true
}

// whichSource reports whether mention a may speak through "which": the
// name of an organization, or a description headed by a body, an
// organization or a document ("the newspaper", "the report").
func (s *state) whichSource(a mention) bool {
	switch a.kind {
	case mName:
		// A name of one word that takes "which" is a country or a
		// body, no person: "Kestia, which says it needs the boats";
		// but after "in" or "at" it is a place: "an exit in Dover,
		// which read ...".
		return s.runKind(a.first, a.last) == Organization || a.last-a.first == 1 && (a.entity < 0 || s.entityKind(a.entity) != Person) && !(a.first > 0 && s.toks[a.first-1].lowerWord() && s.wordIs(a.first-1, "in", "at", "near"))
	case mDescription:
		return s.toks[a.head].class&(cOrg|cBody|cDocument) != 0
	}
	return false
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
	if t.lowerWord() && s.wordIs(j, "which") && j-2 >= lo && s.toks[j-1].isPunct(',') {
		// "The Dover Post, which argued that ...": a body or a
		// document, never a person, is the antecedent of "which".
		if a, ok := s.npEndingAt(j-2, lo, false); ok && s.whichSource(a) {
			a.relative = j + 1
			return a, true
		}
		return m, false
	}
	if appositive && t.kind == tWord && j+1 < len(s.toks) && s.dashGap(j+1) && (s.dashGaps || s.spaced && !s.halved && s.toks[j+1].lowerWord() && s.toks[j+1].class&cSpeech != 0) {
		// An aside set off by dashes stripped to spaces, as dashAside
		// reads kept ones: "Ann Lee   a teacher from the east side
		// said". Where marks too leave three spaces, a quotation
		// closes after a comma, "Q,   Lee said", and the gap before a
		// lower-case speech verb is a dash's still.
		if m, ok := s.strippedDashAside(j, lo); ok {
			return m, true
		}
	}
	if t.lowerWord() && s.wordIs(j, "that", "which") && j-1 >= lo && s.toks[j-1].lowerWord() && s.speechAfterThat(j) {
		// "a message that said", "a poll that shows", "a letter which
		// said": a body or a document, as for "which" after a comma,
		// is the antecedent of "that" or "which", when it is a plain
		// noun phrase with no verb or name in it.
		if a, ok := s.npEndingAt(j-1, lo, false); ok && a.kind == mDescription && s.whichSource(a) && s.plainDescription(a) {
			a.relative = j + 1
			return a, true
		}
	}
	switch {
	case t.kind == tWord && t.class&cSubjPron != 0 && t.flags&fCap == 0 || t.kind == tWord && t.class&cSubjPron != 0 && (t.flags&fSentStart != 0 || s.word(j) == "I" || j > 0 && (s.toks[j-1].isPunct('(') || s.toks[j-1].isPunct(':') || s.closesQuestion(j-1))):
		// A capital opens a sentence, also after a parenthesis, a
		// colon or a question: "(She says ...", "Q: You said ...",
		// `"Ready?" He smiled.`
		if pronounPerson(s.word(j)) == 'w' {
			// "Jo Park, who said ...": the antecedent.
			if j-1 > lo && (s.toks[j-1].isPunct(',') || s.toks[j-1].isPunct(pDash)) {
				if a, ok := s.npEndingAt(j-2, lo, false); ok {
					if n, ok := s.nameBeforeAside(a, lo); ok {
						a = n
					}
					a.relative = j + 1
					return a, true
				}
			}
			if f := s.shareBefore(j, lo); f >= 0 {
				// "including 18% who say", "four in 10 who said": a
				// share of those polled.
				return mention{first: f, last: j, head: f, kind: mDescription, entity: -1, titleFirst: f, titleLast: f, relative: j + 1}, true
			}
			if j-1 >= lo {
				if a, ok := s.npEndingAt(j-1, lo, false); ok && a.kind == mDescription {
					a.relative = j + 1
					c := s.mentionStart(a) - 1
					if c-1 > lo && s.wordIs(c, "and") {
						// "a delegate and party supporter who"
						if d, ok := s.npEndingAt(c-1, lo, false); ok && d.kind == mDescription {
							c = s.mentionStart(d) - 1
						} else if a := s.articlePhraseStart(c-1, lo); a > lo {
							// "a state superdelegate and party
							// supporter who": a head no list holds.
							c = a - 1
						}
					}
					if c-1 > lo && s.toks[c].isPunct(',') {
						// "Bob Lee, a state delegate who has accused
						// ...": the description is in apposition to
						// the name, which is the antecedent.
						if n, ok := s.npEndingAt(c-1, lo, false); ok && n.kind == mName {
							n.relative = j + 1
							return n, true
						}
					}
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
	case t.kind == tMark && appositive && s.looseNP && j-1 > lo && s.toks[j-1].isPunct(',') && s.shortPair(j) >= 0 && s.pairs[s.pairOf[j]].close == j:
		// An aside that ends in a short quotation before a finite
		// speech verb: "X, who calls Y a “sociopath,” said".
		return s.appositiveSubject(j-1, lo)
	case t.isPunct(pDash) && appositive:
		return s.dashAside(j, lo)
	case t.isPunct(')'):
		// "Joe Smith (R-Kestia) said"
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
		if run.first == j && t.class&cOrg != 0 && j-1 > lo && s.toks[j-1].lowerWord() && s.toks[j-1].class&cOrg != 0 && slices.Contains(acronymOrgs, s.lower(j)) {
			// A body's word that is one only in capitals, after
			// another in lower case, describes the body, as "state
			// television" does: "state TV said"; not a name, "state
			// news agency Wirex".
			if d, ok := s.description(j, lo); ok {
				return d, true
			}
		}
		if p := run.first - 1; p-1 >= lo && s.word(p) == "of" {
			// "Ed Long of South Kestia": a person from a place;
			// not a title alone, "The President of Kestia", which
			// the description holds.
			if pr := s.runAt(p - 1); pr >= 0 && s.runs[pr].last == p && s.runs[pr].nameFirst < p && s.runs[pr].entity >= 0 && s.runKind(s.runs[pr].nameFirst, p) == Person && s.runKind(run.nameFirst, run.last) == Person {
				return s.npEndingAt(p-1, lo, false)
			}
		}
		if p := s.beforeOrgName(run.first, lo); p-1 >= lo && p < run.first && s.wordIs(p, "of", "from", "at") && s.runKind(run.nameFirst, run.last) == Organization {
			// "Ann Lee of the Harbour Institute", "Ann Lee from the
			// Harbour Group": a person from a body.
			if pr := s.runAt(p - 1); pr >= 0 && s.runs[pr].last == p && p-s.runs[pr].nameFirst >= 2 && s.runKind(s.runs[pr].nameFirst, p) == Person && s.toks[s.runs[pr].nameFirst].class&(cTitle|cTitleMod) == 0 {
				return s.npEndingAt(p-1, lo, false)
			}
		}
		if d, ok := s.hostOfPlace(run.first, j, lo); ok {
			// "the clinic in the northern town of Harbour", "a spokesman
			// for the city of Dover": the name ends a phrase on the
			// noun that speaks.
			return d, true
		}
		p := s.beforeOrgName(run.first, lo)
		if p-2 >= lo && p == run.first-1 && s.toks[p].lowerWord() && s.nounish(p) && s.toks[p-1].lowerWord() && s.toks[p-1].class&cPrep != 0 && !s.personLike(run.nameFirst, run.last) {
			p-- // "a spokesman for committee Democrats"
		}
		if tf := s.titleBefore(run.first, lo); p >= lo && s.toks[p].class&cPrep == 0 && tf < run.first && s.toks[tf].lowerWord() {
			// A title in lower case with a possessor before the name:
			// "a news arm owned by the party's partner Harbour Front".
			p = s.beforeOrgName(tf, lo)
		}
		if q := s.modifiersBefore(p, lo); q < p && q > lo && s.toks[q].lowerWord() && s.wordIs(q, "on", "for", "from", "by") && s.toks[q-1].lowerWord() && s.toks[q-1].class&(cDocument|cBody) != 0 {
			// Words that describe the name after a document's or
			// body's preposition, with no article: "a ministry
			// notice on state wire service WNA"; but a title's
			// office goes with the name, "head of cabinet Ann Lee".
			p = q
		}
		if p-1 >= lo && s.toks[p].kind == tWord && s.toks[p].class&cPrep != 0 && s.toks[p].flags&fCap == 0 && !s.clauseOpener(p) && s.toks[p-1].lowerWord() && s.ppHost(p-1) && !(s.relativeAfter(j) && s.toks[p-1].class&(cUnnamed|cTitle) == 0) {
			// "a spokesman for Kestia's Ministry of Trade", "a
			// spokeswoman for the Harbour Department"; not a clause
			// after "after" ("arrested ten people after Ann Lee said").
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
		// A possessor before the name: "Kestia s Foreign Ministry".
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
	if t.kind == tWord && t.class&cObjPron != 0 && t.flags&fCap == 0 && j-2 > lo && s.toks[j-1].class&cPrep != 0 && s.wordIs(j-2, "close", "familiar", "closest", "loyal") {
		// "a person close to her said"
		if d, ok := s.description(j-2, lo); ok {
			d.last = j + 1
			return d, true
		}
	}
	if t.kind == tWord && (t.flags&fCap == 0 || t.flags&fSentStart != 0 || j == lo) && (t.flags&fDigit == 0 || appositive) {
		// A number is a speaker only right before the verb ("43
		// said"), not as an age in apposition ("Ann Wright, 70,").
		if m, ok := s.description(j, lo); ok && !(s.looseNP && s.objectOfPrep(s.mentionStart(m))) || !s.looseNP {
			return m, ok
		}
	}
	if s.looseNP {
		return s.looseSubject(j, lo)
	}
	return m, false
}

// titleOnly reports whether the capitalised title word at k ends a run
// that is a title and no name, or stands alone: "The President of
// Kestia", "the K.B.T. High Commissioner for Sailors".
func (s *state) titleOnly(k int) bool {
	if !s.toks[k].capWord() || s.toks[k].class&cTitle == 0 {
		return false
	}
	// A run that ends in the title is one too: "K.B.T. High Commissioner".
	r := s.runAt(k)
	return r < 0 || s.runs[r].last == k+1 && (s.runs[r].entity < 0 || s.toks[k].class&cOrg == 0)
}

// articlePhraseStart returns where a short noun phrase with an article
// that ends at token j starts, "a state superdelegate", or -1: an article
// and up to four words that may stand in a noun phrase.
func (s *state) articlePhraseStart(j, lo int) int {
	for a := j - 1; a >= lo && a >= j-4; a-- {
		t := &s.toks[a]
		if t.lowerWord() && isArticle(s.word(a)) {
			return a
		}
		if !s.nounish(a) || s.verbLike(a) {
			return -1
		}
	}
	return -1
}

// beforeOrgName returns the token before a name that starts at a, past
// an article or a possessor: "the" in "for the Harbour Department", "Kestia
// 's" in "for Kestia's Ministry of Trade".
func (s *state) beforeOrgName(a, lo int) int {
	p := a - 1
	if p > lo && s.toks[p].kind == tClitic {
		if r := s.runAt(p - 1); r >= 0 {
			p = s.runs[r].first - 1
		}
	}
	if p > lo && strings.EqualFold(s.word(p), "the") {
		p--
	} else if q := s.modifiersBefore(p, lo); q < p && q > lo && strings.EqualFold(s.word(q), "the") {
		// "the ruling Harbour Party", "the main opposition Acme
		// Party": words that describe the body after the article.
		p = q - 1
	}
	return p
}

// modifiersBefore returns the token before up to three lower-case words
// that end at p and may modify a name after them ("ruling", "main
// opposition"): no function word, verb or time word.
func (s *state) modifiersBefore(p, lo int) int {
	for n := 0; n < 3 && p > lo; n++ {
		t := &s.toks[p]
		if !t.lowerWord() || t.class&(cDet|cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron|cPossPron|cTime|cSpeech|cAdverb) != 0 || s.verbLike(p) {
			break
		}
		p--
	}
	return p
}

// appositiveSubject handles a subject followed by material set off by
// commas that ends at the comma at j: an apposition ("Ed Vellan,
// Kestia s ambassador-at-large, said"), an age ("Tom Reyes, 23, a
// student, says"), a relative clause ("Smith, who ..., said"), a
// participle ("Reyes, noting ..., said") or an aside ("Norvia, for
// its part, says"), or a parenthesis ("Joe Smith (R-Kestia), said").
func (s *state) appositiveSubject(j, lo int) (m mention, ok bool) {
	if m, ok := s.commaAside(j, lo); ok || j-1 <= lo || !s.toks[j-1].isPunct(')') {
		return m, ok
	}
	// "Joe Smith (R-Kestia), said"
	return s.npEndingAt(j-1, lo, false)
}

// commaAside returns the subject before an aside set off by commas that
// ends at the comma at j, for appositiveSubject: names in apposition,
// `two members of the Council, Ann Lee and Tom Reyes, said`, or the noun
// phrase the aside hangs on. It tries up to four commas to the left.
func (s *state) commaAside(j, lo int) (m mention, ok bool) {
	end := j
	if p := s.pairOf[j]; p >= 0 {
		// From inside a quotation at the aside's end, its commas are
		// its own.
		end = s.pairs[p].open
	}
	for tries := 0; tries < 4; tries++ {
		c := -1
		for i := end - 1; i > lo && i > j-40; i-- {
			t := &s.toks[i]
			if t.isPunct(',') {
				c = i
				break
			}
			if t.kind == tMark && t.flags&fPossessiveMark == 0 {
				// A quotation mark ends the search, but not the
				// apostrophe of "the Smiths' lawyer", nor a short
				// quotation inside the aside: "X, who calls Y a
				// “sociopath,” said".
				if p := s.shortPair(i); p >= 0 && s.pairs[p].close == i && s.pairs[p].open > lo {
					i = s.pairs[p].open
					continue
				}
				return m, false
			}
			if t.isPunct('.') && t.flags&fSpace != 0 || t.isPunct(';') || t.isPunct(':') {
				return m, false
			}
			if t.kind == tWord && t.class&cSpeech != 0 && t.flags&fCap == 0 && !strings.HasSuffix(s.word(i), "ing") && !s.relativeBefore(i, lo) && !s.subordinateSubjectBefore(i, lo) && !(i > lo && s.wordIs(i-1, "when", "if", "after", "once", "unless", "until") && s.participle(i)) && !(i > lo && s.toks[i-1].isPunct(',') && s.wordIs(i, "asked")) && !(i-2 > lo && s.toks[i-3].isPunct(',') && s.wordIs(i, "told") && s.commentClause(i-2, i+1)) && s.toks[i-1].class&cDet == 0 && !s.nounAfterArticle(i) && !s.objectOfParticiple(i, lo) && !(i > lo && s.wordIs(i-1, "to")) && !(i > lo && s.toks[i-1].lowerWord() && s.toks[i-1].class&cPrep != 0) && !(i-2 > lo && s.toks[i-1].lowerWord() && s.toks[i-1].class&cDocument != 0 && s.toks[i-2].class&cDet != 0 && s.toks[i-3].lowerWord() && s.toks[i-3].class&cPrep != 0) && !s.negated(i, lo) && !s.possessedNoun(i, lo) {
				// A speech verb ends the search, but not a participle
				// in "X, when asked about it, said" or "X, asked about
				// it, said", nor an adjective, "the reported loss", nor a
				// noun, "X, citing a new report, said", nor
				// an infinitive, "X, who was not allowed to speak, said",
				// nor a noun after a preposition, "X, the officer in
				// charge of it, said", nor a participle on a document,
				// "X, in a statement posted online, said", nor the
				// object of a participle, "X, facing fraud charges, said",
				// nor one negated, which says nothing: "X, in a letter
				// that did not mention Lee, said", nor a noun after a
				// possessive, "X, a leader of last year's protests, said".
				return m, false
			}
		}
		if c < 0 || s.pairOf[j] >= 0 && s.pairs[s.pairOf[j]].open == c+1 {
			// `The plan, “we will win,” said Lee` is an inverted
			// attribution, not an aside.
			return m, false
		}
		if s.toks[c+1].lowerWord() && s.wordIs(c+1, "but", "yet") && end-c > 4 {
			// "Plenty of people grumble, but many also gain, said
			// Lee": a clause of its own, not an aside on a subject.
			return m, false
		}
		if !s.setOff(c+1, end) {
			// "Reyes, whose home port, Dover, is expected to ...,
			// argues": a relative clause with commas of its own.
			r := s.relativeComma(c, max(lo, j-40))
			if r < 0 {
				return m, false
			}
			c = r
		}
		if r := s.bodyAfterArticle(c+1, end); r >= 0 && !s.placeBefore(c) {
			// "The main opposition group, the Harbour League, said":
			// the body's name in apposition, after its article, is
			// the speaker; the description is what it is. Not where
			// the body is a person's, "A spokesman for the group, the
			// Harbour League, said".
			if d, ok := s.npEndingAt(c-1, lo, false); ok && d.kind == mDescription && !s.personNoun(d.head) && !s.ofPerson(s.mentionStart(d)) {
				nm := mention{first: s.runs[r].nameFirst, last: end, kind: mName, entity: s.runs[r].entity, titleFirst: s.mentionStart(d), titleLast: c}
				return nm, true
			}
		}
		if r := s.runAt(c + 1); r >= 0 && s.runs[r].first == c+1 && (s.namesUntil(c+1, end) || s.personOf(r, end)) && (!s.placeBefore(c) && !s.placePair(c) || s.runs[r].last < end && s.peopleUntil(c+1, end)) {
			// "two members of the Council, Ann Lee and Tom Reyes, said":
			// the names in apposition are the speaker. People joined
			// by "and" follow a place too, where one name may be its
			// state: "of Dover, Kes.," but "from Norvia, Ann Lee and Tom
			// Reyes,".
			if s.namesBody(c, lo) {
				end = c
				continue
			}
			run := s.runs[r]
			if run.last < end && s.peopleUntil(c+1, end) {
				// One speaker, as written, with no title, as for
				// "Reyes and Park said"; the names listed before
				// them too ("Sens. Ann Lee, Tom Reyes and Al Roe,"),
				// and the description they stand for before that.
				f := c + 1
				for n := 0; n < 4 && c-1 > lo && s.toks[c].isPunct(','); n++ {
					pr := s.runAt(c - 1)
					if pr < 0 || s.runs[pr].last != c || !s.peopleUntil(s.runs[pr].first, c) {
						break
					}
					f, c = s.runs[pr].first, s.runs[pr].first-1
				}
				nm := mention{first: f, last: end, head: end - 1, kind: mDescription, entity: -1, titleFirst: f, titleLast: f, coordinated: true}
				// The names may open the text: c is then -1.
				if d, ok := s.npEndingAt(c-1, lo, false); ok && c > lo && d.kind != mPronoun && s.toks[c].isPunct(',') && !s.insidePP(s.mentionStart(d)) {
					nm.titleFirst, nm.titleLast = s.mentionStart(d), c
				} else if d, ok := s.looseSubject(c-1, lo); ok && c > lo && s.toks[c].isPunct(',') && !s.insidePP(d.first) {
					// "two members of the Council from Norvia,"
					nm.titleFirst, nm.titleLast = s.mentionStart(d), c
				}
				return nm, true
			}
			nm := mention{first: run.nameFirst, last: run.last, kind: mName, entity: run.entity, titleFirst: run.nameFirst, titleLast: run.nameFirst}
			if run.first < run.nameFirst {
				nm.titleFirst = run.first
			}
			d, dok := s.npEndingAt(c-1, lo, false)
			if dok && d.kind == mName && d.entity >= 0 && s.entities[d.entity].personal && !s.insidePP(s.mentionStart(d)) && run.last == end && run.last-run.first == 1 && run.entity >= 0 && !s.entities[run.entity].personal {
				// "Rep. Ed Doe, R-Dover, said": a word of a name
				// after a person's name is a tag of theirs, not the
				// speaker.
				return d, true
			}
			if dok && d.kind == mName && run.nameFirst == run.first && d.entity >= 0 && d.entity != run.entity && s.entities[d.entity].kind == Person && s.entities[d.entity].personal {
				// "One pastor backing Reyes, Dan Lee, said": another
				// person's name is no title; the phrase that opens the
				// clause, which the name stands for, is.
				dok = false
				if o := s.clauseOpening(lo); o < s.mentionStart(d) && c-o <= 12 && !s.punctIn(o, c) {
					nm.titleFirst, nm.titleLast = o, c
				}
			}
			if f := s.andBeforeRole(c, lo); f > lo && run.last == end && !(dok && (d.kind != mDescription || d.coordinated || d.relative != 0)) {
				// "Lee and her counterpart, Tom Reyes, said": the
				// role with its name is the second of two who speak
				// together, when the first opens the clause.
				if o, ook := s.npEndingAt(f-1, lo, false); ook && o.kind != mPronoun && !o.coordinated {
					if a := s.withArticle(s.mentionStart(o), lo); s.subjectEdge(a, lo) {
						return mention{first: a, last: end, head: end - 1, kind: mDescription, entity: -1, titleFirst: a, titleLast: a, coordinated: true}, true
					}
				}
			}
			if dok && d.kind != mPronoun {
				// "Wirex's chief executive, Jane Doe, said": the
				// description before is her title.
				nm.titleFirst, nm.titleLast = s.mentionStart(d), c
				if ld, lok := s.looseSubject(c-1, lo); lok && s.insidePP(s.mentionStart(d)) && !s.insidePP(ld.first) {
					// "The senior Green on the Council, Ann Lee, said":
					// the whole phrase, not the body it names.
					nm.titleFirst = s.mentionStart(ld)
				} else if p := s.mentionStart(d) - 1; p > lo && s.wordIs(p, "of", "for") {
					// "Vice President of the Harbour Commission, Ann
					// Lee, said": a capitalised title before the body.
					if tf := s.titleBefore(p, lo); tf < p {
						nm.titleFirst = tf
					}
				}
			}
			return nm, true
		}
		head, ok := s.npEndingAt(c-1, lo, false)
		if f := s.mentionStart(head); ok && head.kind == mName && f-1 > lo && s.wordIs(f-1, "like", "as") {
			// "Towns like Dover, which ..., said": the plural that the
			// example hangs on speaks.
			if pm, pok := s.pluralBeforePP(f, lo); pok {
				pm.last = head.last
				head = pm
			}
		}
		if s.looseNP && (!ok || s.insidePP(s.mentionStart(head))) {
			// "Six newspapers in North Kestia, including ..., said": the
			// noun phrase that the phrase hangs on.
			if hm, hok := s.hostBefore(c, lo); hok {
				head, ok = hm, true
			} else if hm, hok := s.longSubject(c-1, lo); hok && !s.relativeIn(hm.first, c) {
				// "veterans interviewed at rallies in Kestia this week,
				// including ..., said"; a relative clause is left to
				// subjectEndingAt: "Democrats who voted against it,
				// including ..., questioned".
				head, ok = hm, true
			}
		}
		if w := s.word(c + 1); w == "which" || w == "whose" && head.kind == mName && s.runKind(head.first, head.last) == Organization {
			// "founder of Harbour Men's Guild, which often marches ...,":
			// the relative clause belongs to the organization, unless
			// that opens the clause: "One ad, which is airing, argues".
			if o := s.clauseOpening(lo); ok && head.kind == mName && s.mentionStart(head) > o && s.mentionStart(s.coordinated(head, lo)) == o {
				// "Kestia and Norvia, which ..., said": the names
				// joined by "and" that open the clause.
				return s.coordinated(head, lo), true
			}
			if o := s.clauseOpening(lo); ok && head.kind != mPronoun && (s.mentionStart(head) == o || s.mentionStart(head) == o+1 && s.wordIs(o, "the", "The") || head.kind == mName && (s.descriptorOnly(o, s.mentionStart(head)) || s.wordIs(o, "the", "The", "a", "A") && s.descriptorOnly(o+1, s.mentionStart(head))) || s.clauseOpenerBefore(s.mentionStart(head))) {
				// "The Legion, which ..., said": also after an article,
				// or after what the firm is, with or without one: "Dutch
				// paint maker Acme, which ..., said", "The group Acme
				// Homes, which ..., said".
				return head, true
			}
			ok = false
		}
		if ok && head.kind == mName && (s.placePair(s.mentionStart(head)-1) || s.placePair(c)) {
			// "a rabbi from Dover, Kes., who ...": the state of a
			// place inside the aside, which goes on to the left.
			ok = false
		}
		if ok && head.kind == mDescription && !head.coordinated {
			// "Ann Lee, (67,) a retired teacher, who runs a shop,
			// said": the description is the name's apposition.
			if nm, nok := s.nameBeforeApposition(s.mentionStart(head), c, lo); nok {
				return nm, true
			}
		}
		if f := s.mentionStart(head); ok && head.kind != mPronoun && (!s.insidePP(f) || s.clauseOpenerBefore(f)) && !(s.toks[f].kind == tWord && s.toks[f].class&cPrep != 0 && s.toks[f].flags&fCap == 0) {
			// Not a phrase that opens with a preposition: "But with
			// voters split, his base ..., says Lee".
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

// personNoun reports whether token k is a noun for a person or people and
// not a body: "spokesman", "head", "officials"; not "group", "bank".
func (s *state) personNoun(k int) bool {
	t := &s.toks[k]
	return t.class&(cTitle|cUnnamed) != 0 && t.class&(cBody|cOrg) == 0
}

// ofPerson reports whether the noun phrase at f is the object of a
// preposition on a person's noun: "the group" in "a spokesman for the
// group", "the party" in "the head of the party".
func (s *state) ofPerson(f int) bool {
	p := f - 1
	if p > 0 && s.toks[p].lowerWord() && s.wordIs(p, "the", "a", "an", "its", "their") {
		p--
	}
	return p > 0 && s.toks[p].lowerWord() && s.toks[p].class&cPrep != 0 && s.personNoun(p-1)
}

// bodyAfterArticle returns the run of a body's name that fills [a+1, b)
// after "the" at a, "the Harbour League", or -1.
func (s *state) bodyAfterArticle(a, b int) int {
	if a+1 >= b || !s.toks[a].lowerWord() || !s.wordIs(a, "the") {
		return -1
	}
	if r := s.runAt(a + 1); r >= 0 && s.runs[r].first == a+1 && s.runs[r].last == b && s.runKind(s.runs[r].nameFirst, b) == Organization {
		return r
	}
	return -1
}

// namesBody reports whether the name after the comma at c renames the body
// noun before it, inside an apposition on a person's name that opens the
// clause: "Ann Lee, the head of the local union, Dover Workers, said" is
// Lee's; but not "two members of the council, Ann Lee and Tom Reyes,".
func (s *state) namesBody(c, lo int) bool {
	if !s.toks[c-1].lowerWord() || s.toks[c-1].class&(cBody|cOrg|cDocument) == 0 {
		return false
	}
	o := s.clauseOpening(lo)
	r := s.runAt(o)
	if r < 0 || s.runs[r].first != o || s.runs[r].last >= c || !s.toks[s.runs[r].last].isPunct(',') {
		return false
	}
	e := s.runs[r].entity
	return e >= 0 && s.entities[e].kind == Person
}

// subordinateSubjectBefore reports whether a speech verb at i is that of a
// subordinate clause in an aside, its subject right after "after",
// "before", "since", "until", "while" or "because": "the envoy, speaking
// after the guild confirmed it, said".
func (s *state) subordinateSubjectBefore(i, lo int) bool {
	for k := i - 2; k > lo && k >= i-5; k-- {
		t := &s.toks[k]
		if t.kind != tWord {
			return false
		}
		if s.clauseOpener(k) || t.lowerWord() && s.wordIs(k, "while", "because") {
			return s.npStart(k + 1)
		}
	}
	return false
}

// descriptorOnly reports whether [a, b) holds only a few words that
// describe the name after them, no verb or function word: "Dutch paint
// maker" before "Acme".
func (s *state) descriptorOnly(a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cDet|cPossPron|cSpeech|cNeg) != 0 || s.verbLike(k) {
			return false
		}
	}
	return true
}

// nameBeforeApposition returns the person named right before a
// description that starts at f and ends at e, set off by a comma, with
// an age between them or not: "Ann Lee, 67, a retired teacher", the
// description as the title.
func (s *state) nameBeforeApposition(f, e, lo int) (m mention, ok bool) {
	k := f - 1
	if k-1 <= lo || !s.toks[k].isPunct(',') {
		return m, false
	}
	if s.toks[k-1].flags&fDigit != 0 && k-2 > lo && s.toks[k-2].isPunct(',') {
		k -= 2
	}
	if s.toks[k-1].isPunct(')') {
		// "Sen. Ann Lee (D-Kes.), a supporter of the plan": the party
		// and state in parentheses.
		for i := k - 2; i > lo && i >= k-8; i-- {
			if s.toks[i].isPunct('(') {
				k = i
				break
			}
		}
	}
	r := s.runAt(k - 1)
	if r < 0 || s.runs[r].last != k || s.runs[r].entity < 0 || s.entities[s.runs[r].entity].kind != Person || !s.entities[s.runs[r].entity].personal {
		// Only a person's name, not a place's: "in Dover, her
		// son's college, said".
		return m, false
	}
	run := s.runs[r]
	return mention{first: run.nameFirst, last: run.last, head: run.last - 1, kind: mName, entity: run.entity, titleFirst: f, titleLast: e}, true
}

// strippedDashAside is dashAside for dashes stripped to spaces, the
// aside's last word at j: "Lee   who works in Dover   told".
func (s *state) strippedDashAside(j, lo int) (m mention, ok bool) {
	for i := j; i > lo+1 && i > j-40; i-- {
		t := &s.toks[i]
		if t.kind == tPunct && (t.punct == '.' || t.punct == ';' || t.punct == ':') || t.flags&fBlankLine != 0 {
			return m, false
		}
		if !s.dashGap(i) {
			continue
		}
		head, ok := s.npEndingAt(i-1, lo, false)
		if !ok || head.kind == mPronoun && pronounPerson(s.word(head.first)) == 'w' || s.insidePP(s.mentionStart(head)) {
			return m, false
		}
		return head, true
	}
	return m, false
}

// dashAside handles a subject followed by an aside set off by dashes that
// ends at the dash at j: "Ann Lee — a teacher from the east side — said".
// Dashes enclose what commas cannot, a clause with commas of its own, so
// the aside may hold anything but the end of a sentence.
func (s *state) dashAside(j, lo int) (m mention, ok bool) {
	for i := j - 1; i > lo && i > j-40; i-- {
		t := &s.toks[i]
		if t.isPunct('.') && t.flags&fSpace != 0 || t.isPunct(';') || t.isPunct(':') || t.flags&fBlankLine != 0 {
			return m, false
		}
		if !t.isPunct(pDash) {
			continue
		}
		if i == j-1 {
			return m, false
		}
		head, ok := s.npEndingAt(i-1, lo, false)
		if !ok || head.kind == mPronoun && pronounPerson(s.word(head.first)) == 'w' || s.insidePP(s.mentionStart(head)) {
			return m, false
		}
		if a := s.mentionStart(head); a-2 > lo && s.wordIs(a-1, "or") && s.toks[a-1].lowerWord() && s.toks[a-2].isPunct(',') {
			// "Ann Lee, director of Parks for All, or PFA -- which ...
			// -- said": the other name of a body in the aside on the
			// subject.
			return s.appositiveSubject(a-2, lo)
		}
		return head, true
	}
	return m, false
}

// shortPair returns the top-level quotation whose mark is token k if it
// is a short one, a title or a scare quote, or -1.
func (s *state) shortPair(k int) int {
	p := s.pairOf[k]
	if p < 0 || s.toks[k].kind != tMark {
		return -1
	}
	if pr := &s.pairs[p]; pr.close-pr.open > 10 || pr.open != k && pr.close != k {
		return -1
	}
	return int(p)
}

// placeBefore reports whether a place in a prepositional phrase ends at
// the comma c: "of Dover," in "Ed Long, 22, of Dover, Kes., said",
// where the name after the comma is its state, not an apposition.
func (s *state) placeBefore(c int) bool {
	r := s.runAt(c - 1)
	// A body is no place: "the president of the Harbour Council,
	// Tom Reyes, said".
	return r >= 0 && s.runs[r].last == c && s.insidePP(s.runs[r].first) && s.runKind(s.runs[r].first, s.runs[r].last) != Organization
}

// relativeComma returns the comma before c, no further left than lo,
// that a relative pronoun follows: the start of an aside whose clause
// holds commas of its own. It returns -1 if there is none, or if a
// sentence or clause break or a quotation mark comes first.
func (s *state) relativeComma(c, lo int) int {
	for i := c - 1; i > lo; i-- {
		t := &s.toks[i]
		if t.isPunct('.') && t.flags&fSpace != 0 || t.isPunct(';') || t.isPunct(':') || t.kind == tMark && t.flags&fPossessiveMark == 0 {
			return -1
		}
		if t.isPunct(',') && s.toks[i+1].lowerWord() && s.wordIs(i+1, "who", "whose", "which") {
			return i
		}
	}
	return -1
}

// placePair reports whether the comma at c stands between a place and
// its state, a name of one word set off by commas: "Dover, Kes.,",
// "Vell, Nor.,".
func (s *state) placePair(c int) bool {
	if c < 1 || c+2 >= len(s.toks) || !s.toks[c].isPunct(',') || !s.toks[c+2].isPunct(',') {
		return false
	}
	p, r := s.runAt(c-1), s.runAt(c+1)
	if p < 0 || r < 0 || s.runs[p].last != c || s.runs[r].first != c+1 || s.runs[r].last != c+2 {
		return false
	}
	for _, e := range [2]int{s.runs[p].entity, s.runs[r].entity} {
		if e < 0 || s.entities[e].personal {
			// "Rep. Ed Long, R-Dover,", "Reyes, Park,": people.
			return false
		}
	}
	return true
}

// setOff reports whether tokens [a, b) read as material set off by commas
// after a subject, rather than as a clause of their own.
func (s *state) setOff(a, b int) bool {
	if a >= b || b-a > 35 {
		return false
	}
	t := &s.toks[a]
	if p := s.shortPair(a); p >= 0 && s.pairs[p].open == a && s.pairs[p].close+1 < b {
		// A title in quotation marks and more: `“Q,” who ...`
		return s.setOff(s.pairs[p].close+1, b)
	}
	if t.kind != tWord {
		return t.isPunct('(')
	}
	if s.wordIs(a, "asked") && a+1 < b {
		// "asked whether it would pass": a question put to the
		// subject, whatever verbs it holds.
		return true
	}
	if t.class&cSubord != 0 && t.class&cDet == 0 && a+2 < b && s.toks[a+1].class&cSubjPron != 0 && s.toks[a+1].class&cFirstSecond == 0 {
		// "as she was not cleared to speak": a clause of reason or
		// time about the subject.
		return true
	}
	if s.commentClause(a, b) {
		// "Ann Lee, we've learned, said": the reporter's comment on
		// the clause, not a clause of the subject's.
		return true
	}
	if s.finiteBeforeRelative(a, b) {
		// "Increasingly, what we've seen has been ..., said Elias": a
		// clause, not an apposition.
		return false
	}
	w := s.word(a)
	switch {
	case t.flags&fDigit != 0:
		return true // an age
	case t.class&(cDet|cPossPron|cTitle|cTitleMod|cPrep|cAdverb|cTime) != 0 && t.class&cSubjPron == 0:
		return true
	case lowerIn(w, "who", "which", "whose", "where"):
		return true
	case t.flags&fCap != 0:
		return true // a place or a title: "Dover, Kes.", "R-Kestia"
	case t.lowerWord() && t.class&(cSpeech|cAux|cNeg|cConj|cSubord|cCognition|cPast) == 0 && a+2 < b && s.wordIs(a+1, "of") && !s.verbLike(a) && !lowerHasSuffix(w, "s"):
		// "undersecretary of state at the ministry": a role and its
		// phrase.
		return true
	case lowerHasSuffix(w, "ing") || lowerHasSuffix(w, "ed") && t.class&cSpeech == 0:
		return true // a participle, not a finite speech verb
	case t.class&cPast != 0 && a+1 < b && s.wordIs(a+1, "by"):
		return true // "struck by her story"
	case t.lowerWord() && t.class&(cSpeech|cAux|cNeg|cConj|cSubord|cCognition) == 0 && a+2 < b && s.toks[a+1].lowerWord() && s.toks[a+1].class&cPrep != 0 && s.toks[a+1].class&cSubord == 0 && !s.wordIs(a+1, "to", "of"):
		// "run by a professor", "clad in a red cape": a participle or
		// adjective and its phrase.
		return true
	case b-a == 1 && t.class&(cSubord|cConj) != 0 && t.class&cDet == 0:
		return true // "though", "too"
	case t.class&cSubord != 0 && t.class&cDet == 0 && a+1 < b && s.participle(a+1):
		return true // "when contacted by reporters", "while campaigning"
	case s.reflexive(a):
		return true // "himself up for reelection"
	}
	// "one of the few co-authors still in office": a role.
	for k := a; k < b && k < a+6; k++ {
		if s.toks[k].class&(cTitle|cUnnamed) != 0 {
			return true
		}
	}
	return false
}

// participle reports whether token k is a participle: "campaigning",
// "contacted", "struck".
func (s *state) participle(k int) bool {
	t := &s.toks[k]
	if !t.lowerWord() || t.class&(cAux|cDet|cPrep|cConj|cSubord) != 0 {
		return false
	}
	w := s.word(k)
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || t.class&cPast != 0
}

// commentClause reports whether [a, b) is a comment clause set off by
// commas: a first- or second-person pronoun and a verb of thought or a
// past form, "we've learned", "I believe", or a passive "told", "we are
// told". Not "it seems": the "it" would be read as the body's mention.
func (s *state) commentClause(a, b int) bool {
	t, v := &s.toks[a], &s.toks[b-1]
	if t.kind != tWord || t.class&cSubjPron == 0 || t.class&cFirstSecond == 0 || b-a < 2 || b-a > 4 || !v.lowerWord() {
		return false
	}
	if s.wordIs(b-1, "told") {
		return b-a == 3 && s.wordIs(a+1, "am", "are", "'m", "’m", "'re", "’re", "was", "were")
	}
	return v.class&cSpeech == 0 && (v.class&(cCognition|cPast) != 0 || edPast(s.word(b-1)))
}

// finiteBeforeRelative reports whether [a, b) holds an auxiliary or a
// contraction before any relative pronoun: the mark of a clause.
func (s *state) finiteBeforeRelative(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if p := s.pairOf[k]; p >= 0 && s.pairs[p].open == k {
			// A title in marks is no verb of the aside: "the author of
			// “Going Home,”".
			k = int(s.pairs[p].close)
			continue
		}
		if t.kind == tClitic && t.class&cAux != 0 && !strings.HasSuffix(s.word(k), "s") {
			// "we've", not the possessive in "Man's Army".
			return true
		}
		if t.kind != tWord {
			continue
		}
		if s.wordIs(k, "who", "which", "whose", "that", "where", "when") {
			return false
		}
		if k > a && t.lowerWord() && (t.class&cSubord != 0 && t.class&(cDet|cPrep) == 0 || (s.clauseOpener(k) || s.wordIs(k, "as")) && k+1 < b && (s.npStart(k+1) || s.toks[k+1].class&cSubjPron != 0)) {
			// "speaking on condition of anonymity because they were
			// not authorized", "speaking after the council said
			// it would ...", "working as the votes were counted": the
			// verb of an adverbial clause.
			return false
		}
		if t.class&cAux != 0 && t.class&cDet == 0 && !(t.flags&fCap != 0 && s.runAt(k) >= 0) {
			// A modal in a name is none: "Jo May's deputy".
			return true
		}
	}
	return false
}

// relativeBefore reports whether a relative pronoun set off by a comma
// comes before token i in its clause: "Reyes, who said ..., said".
func (s *state) relativeBefore(i, lo int) bool {
	for k := i - 1; k > lo && k > i-25; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && t.punct != ',' {
			return false
		}
		if t.kind == tWord && (s.word(k) == "who" || s.word(k) == "which") && (s.toks[k-1].isPunct(',') || s.word(k-1) == "and") {
			return true
		}
		if t.kind == tWord && (s.word(k) == "who" || s.word(k) == "whose") && s.toks[k-1].kind == tWord && (s.toks[k-1].class&(cUnnamed|cTitle) != 0 || s.toks[k-1].lowerWord() && s.nounish(k-1)) {
			// "X, a Democratic pollster who advises Y, said", "X, an
			// oncologist who advised Y, said"
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
	if t.class&(cPrep|cConj|cSubord|cAux|cNeg|cAdverb|cTime|cSpeech|cCognition|cObjPron|cDet) != 0 && t.class&(cUnnamed|cTitle|cBody|cDocument|cOrg) == 0 && !(t.class&cCognition != 0 && j > lo && s.determined(j)) && !(t.capWord() && s.runAt(j) >= 0) {
		// A possessor makes a noun of a verb of the mind: "familiar
		// with the mayor's thinking"; a name's word is no verb: "a
		// spokesman for Prime Minister Ann May".
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
		case p.kind == tWord && s.word(i-1) == "that" && s.pluralHead(m.head):
			// "given that polls show": before a plural, "that" opens
			// a clause; it is no demonstrative.
			goto done
		case p.kind == tWord && p.class&(cDet|cPossPron) != 0 && p.class&cSubord == 0 || p.kind == tWord && s.word(i-1) == "that" && p.flags&fCap == 0:
			i--
			if i-2 >= lo && s.toks[i-1].kind == tWord && s.toks[i-1].class&cPrep != 0 && s.toks[i-1].flags&fCap == 0 && s.ppHost(i-2) {
				if n, ok := s.personBeforePP(i-2, lo); ok {
					// "Ann Lee of the disaster agency said": the
					// person from the body speaks.
					return n, true
				}
				// "a spokesman for the ministry": take in the PP.
				i--
				m.head = i - 1
				continue
			}
			goto done
		case p.lowerWord() && p.class&(cSpeechAct|cNaming|cPhrasal) != 0 && !s.determined(i-1) && !s.nounForm(i-1):
			// "He praised those who left": the verb before its object.
			goto done
		case p.kind == tWord && p.class&cTime != 0 && p.flags&fCap != 0 && i-2 >= 0 && s.toks[i-2].kind == tWord && s.toks[i-2].class&cPrep != 0 && s.toks[i-2].flags&fSentStart != 0:
			// A day or month after a preposition that opens the
			// sentence, with no comma after it, is no modifier of the
			// speaker: "On Friday officials said", "In May Kestian
			// lawmakers said".
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
				for i-1 >= lo && s.toks[i-1].capWord() && !isWeekday(s.lower(i-1)) {
					i--
				}
				if i-1 >= lo && s.toks[i-1].kind == tWord && (s.toks[i-1].lowerWord() && s.toks[i-1].class&cTime != 0 || isWeekday(s.lower(i-1))) {
					// A time phrase before the owner is no part of
					// the description: "Last month Lee s lawyers
					// said", "On Monday Lee s lawyers said".
					goto done
				}
			}
		case p.kind == tWord && p.class&cPrep != 0 && i-2 >= lo && s.ppHost(i-2):
			// "a spokesman for the ministry": take in the PP.
			i--
			m.head = i - 1
		case p.isPunct(')') && i-4 >= lo && s.toks[i-2].flags&fUpper != 0 && s.toks[i-3].isPunct('(') && s.toks[i-4].capWord() && s.toks[m.head].class&(cUnnamed|cTitle|cBody|cDocument|cOrg) != 0:
			// A name's acronym in parentheses inside a description
			// whose head speaks: "an official from the Harbour Peace
			// (HP) security council"; not "a poll by Harbour Polls
			// (HP) conducted".
			i -= 3
		case p.lowerWord() && p.class&cConj != 0 && i-2 >= lo && s.runAt(i-1) >= 0 && s.runAt(i-1) == s.runAt(i):
			// "and" inside a body's name: "a report by the Center
			// for Trade and Policy Research".
			i--
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

// hostOfPlace returns the description that a name at [f, j] ends when
// the name is the object of a phrase on a noun that is itself in a
// phrase on a speaking noun: "the clinic in the northern town of
// Harbour", "officials in the capital of Harbouria", "a farmer from a
// village near Dover". The inner noun
// phrase is up to four lower-case words.
func (s *state) hostOfPlace(f, j, lo int) (m mention, ok bool) {
	p := f - 1
	if p-2 < lo || !s.toks[p].lowerWord() || !s.wordIs(p, "of", "in", "from", "near") {
		return m, false
	}
	q := p - 1
	for q > lo && q > p-5 && s.toks[q].lowerWord() && s.toks[q].class&(cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cSpeech) == 0 {
		if s.toks[q].class&cDet != 0 {
			q--
			break
		}
		q--
	}
	if q == p-1 || q-1 < lo || !s.toks[q].lowerWord() || s.toks[q].class&cPrep == 0 || !(s.toks[q-1].lowerWord() || s.toks[q-1].flags&fSentStart != 0) || !s.ppHost(q-1) {
		return m, false
	}
	d, ok := s.description(q-1, lo)
	if !ok {
		return m, false
	}
	d.last = j + 1
	return d, true
}

// personBeforePP returns the person's name that ends at k, before a
// phrase that gives the body the person is from: "Ann Lee (of the
// disaster agency)". A single word may be a body's name ("Acme of Kestia").
func (s *state) personBeforePP(k, lo int) (m mention, ok bool) {
	r := s.runAt(k)
	if r < 0 || s.runs[r].last != k+1 || k+1-s.runs[r].nameFirst < 2 || s.runKind(s.runs[r].nameFirst, k+1) != Person || !s.wordIs(k+1, "of", "at", "from") {
		return m, false
	}
	m, ok = s.npEndingAt(k, lo, false)
	return m, ok && m.kind == mName
}

// ppHost reports whether token k can take a prepositional phrase inside a
// speaker description: "spokesman (for)", "familiar (with)", "close (to)".
func (s *state) ppHost(k int) bool {
	t := &s.toks[k]
	if t.class&(cUnnamed|cTitle|cBody|cDocument) != 0 {
		return true
	}
	switch s.lower(k) {
	case "familiar", "close", "briefed", "knowledgeable", "involved", "aware", "privy", "speaking", "people":
		return true
	}
	if k > 0 && k+1 < len(s.toks) && s.wordIs(k+1, "by") && (s.pastForm(k) || s.wordIs(k, "run")) && s.toks[k-1].lowerWord() && s.toks[k-1].class&(cUnnamed|cTitle|cBody|cDocument|cOrg) != 0 {
		// "a media unit run by the party", "a group backed by Acme":
		// the participle's agent describes the noun before it.
		return true
	}
	// A capital that opens a sentence may be a conjunction, "But as the
	// paper noted": no host.
	return t.capWord() && t.class&(cConj|cSubord) == 0
}

// relativeAfter reports whether a relative clause on a body's name
// follows token j: in "the tax levied by the Union, which argued", the
// Union argued.
func (s *state) relativeAfter(j int) bool {
	return j+2 < len(s.toks) && s.toks[j+1].isPunct(',') && s.wordIs(j+2, "which")
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
// inverted attribution: `"...," said Park`.
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
	if m, ok := s.leadName(k, hi); ok {
		return m, true
	}
	// A title and a name: "said Assembly Labour leader Tom Reyes". The
	// name is the last run of the noun phrase, the title all before it,
	// after an article or a possessive pronoun before a lower-case role
	// ("said his campaign manager Tom Reyes").
	e := k
	for e < hi && e < k+14 {
		t := &s.toks[e]
		if t.kind == tClitic || t.capWord() || t.kind == tWord && (t.class&(cTitle|cTitleMod|cHonorific|cOrg) != 0 || e == k && (t.class&cDet != 0 || t.class&cPossPron != 0 && e+1 < hi && s.toks[e+1].lowerWord()) || s.titleModifier(e) || s.ordinal(e)) {
			e++
			continue
		}
		if e > k && e+1 < hi && s.wordIs(e, "of", "for", "and") && s.toks[e-1].capWord() && s.toks[e+1].capWord() {
			// "said University of Dover economist Ann Lee"
			e++
			continue
		}
		if e > k && e+2 < hi && s.wordIs(e, "to", "of", "for") && s.toks[e].lowerWord() && s.wordIs(e+1, "the") && s.toks[e-1].capWord() && s.toks[e-1].class&cTitle != 0 && s.toks[e+2].capWord() {
			// "said Kestian Ambassador to the Harbour Council Ann
			// Lee": a title's body with its article.
			e += 2
			continue
		}
		if f := s.fieldAfterTitle(e, hi); f > e && s.toks[e-1].capWord() {
			// "said the port's Executive Director for expansion Ann
			// Lee": a title's field in lower case before the name.
			e = f
			continue
		}
		break
	}
	if s.modifiesHead(e, hi) {
		e = k // "said a Norvian diplomatic source": no name
	}
	end := e
	for ; e > k; e-- {
		if u := &s.toks[e-1]; u.lowerWord() && (u.class&(cTitle|cUnnamed|cBody) != 0 || e == end && s.apposedHead(k, e-1, hi)) {
			// "said the Democratic nominee", "according to Norvian
			// officials": a description, whose capitalised words
			// modify its head; so whatever its head before a name
			// in apposition, "said the Dover baker, Tim Roe".
			break
		}
		r := s.runAt(e - 1)
		if r < 0 || s.runs[r].last != e || s.runs[r].nameFirst >= e || s.runKind(s.runs[r].nameFirst, e) != Person {
			continue
		}
		run := s.runs[r]
		tf := s.titleBefore(run.first, k)
		common := min(tf, run.first) < run.nameFirst && s.commonPossessor(k, min(tf, run.first))
		if run.first > k && tf > k && !(tf == k+1 && s.toks[k].class&(cDet|cPossPron) != 0) && !(run.first < run.nameFirst && s.ordinal(run.first-1)) && !s.possessorBefore(k, run.first) && !common {
			// Not all title before the name; but "Air Force 1st Lt.
			// Ed Long" is, and so is a title after a common noun's
			// possessive, "the Dover harbour's Executive Director".
			continue
		}
		m.first, m.last, m.kind, m.entity = run.nameFirst, run.last, mName, run.entity
		m.titleFirst, m.titleLast = k, run.nameFirst
		if s.toks[k].class&cDet != 0 && s.toks[k].kind == tWord && isArticle(s.word(k)) {
			m.titleFirst = k + 1
		}
		if common {
			m.titleFirst = min(tf, run.first)
		}
		if run.first == run.nameFirst && s.possessorBefore(k, run.first) {
			m.titleLast = run.first - 1 // "Harbour Commission", not "'s"
		}
		if m.titleFirst >= m.titleLast {
			m.titleFirst, m.titleLast = m.first, m.first
			if tf, tl := s.appositiveAfter(run.last, hi); tl > tf {
				m.titleFirst, m.titleLast = tf, tl
			}
		}
		return m, true
	}
	// Skip a title before the name: "said Kestian spokeswoman Jo Park".
	for j := k; j < hi && j < k+12; j++ {
		if r := s.runAt(j); r >= 0 && s.runs[r].nameFirst < s.runs[r].last && s.runs[r].nameFirst >= j {
			run := s.runs[r]
			if run.last < hi && (s.toks[run.last].lowerWord() && s.toks[run.last].class&cTitle != 0 || s.ordinal(run.last) || s.modifiesHead(run.last, hi) || s.possessive(run.last) && s.ownedHead(run.last+1, hi) || s.fieldAfterTitle(run.last, hi) > run.last || run.first == k+1 && s.apposedHead(k, run.last, hi)) {
				// "the Democratic nominee", "Air Force 1st Lt. ...",
				// "Norvian officials", "Norvia's Wirex agency": the run
				// modifies or owns what follows; "Director for
				// expansion Ann Lee": a title's field follows; "the
				// Dover baker, Tim Roe": the head of a description in
				// apposition to a name.
				j = run.last - 1
				continue
			}
			tf := s.titleBefore(run.first, k)
			if run.first > k && tf > k && !(tf == k+1 && s.toks[k].class&cDet != 0) && !(min(tf, run.first) < run.nameFirst && s.commonPossessor(k, min(tf, run.first))) {
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
		if s.toks[j].kind != tWord && !s.possessive(j) {
			break
		}
	}
	if m, ok := s.roleNameAfter(k, hi); ok {
		return m, true
	}
	if s.toks[k].lowerWord() && s.wordIs(k, "another") && (k+1 >= hi || s.toks[k+1].kind == tPunct) {
		// "..., tweeted another.": one more of the people just named.
		return mention{first: k, last: k + 1, head: k, kind: mDescription, entity: -1, titleFirst: k, titleLast: k}, true
	}
	// A description: "said a senior official", "said the ministry".
	j := k
	poss := 0
	for j < hi && j < k+8 {
		t := &s.toks[j]
		if t.kind == tClitic && j > k && j+1 < hi && (s.toks[j+1].capWord() || s.toks[j+1].kind == tWord && s.toks[j+1].class&(cTitle|cTitleMod|cUnnamed|cBody) != 0 ||
			s.toks[j+1].lowerWord() && s.nounish(j+1) && (j+2 >= hi || s.toks[j+2].kind == tPunct)) {
			// "said the agency's director": a possessive, not "is";
			// so before any noun that ends the clause, "said the
			// ad's narrator".
			poss = 1
			j++
			continue
		}
		if t.kind != tWord && t.kind != tClitic || t.class&(cPrep|cConj|cSubord|cAux) != 0 && t.class&cDet == 0 {
			break
		}
		if j > k && t.class&cSubjPron != 0 && t.class&cObjPron == 0 {
			// A relative clause with no pronoun of its own: "according
			// to new documents he filed".
			break
		}
		j++
	}
	if h := j - 1; h > k && poss == 0 && s.toks[k].lowerWord() && s.toks[k].class&cPossPron != 0 && s.toks[h].lowerWord() && !s.classIn(k+1, j, cUnnamed|cTitle|cBody|cOrg) {
		// "..., who ran the mill for years, said their talks would
		// ...": what a possessive pronoun owns speaks only if it is a
		// person or a body ("said her lawyer", "said its board"); in
		// lower case a name may follow the role, "said his campaign
		// manager tom reyes".
		return m, false
	}
	for e := j; e > k; e-- {
		if e < hi && s.toks[e].kind == tClitic {
			continue // not "the company" of "the company's chief"
		}
		if e < hi && e-1 > k && s.wordIs(e, "by") && s.pastForm(e-1) && s.toks[e-2].class&cUnnamed != 0 {
			// "diplomats briefed by their colleagues": the diplomats;
			// but "the statement issued by ..." speaks as a whole.
			continue
		}
		if e < hi && e-2 >= k && s.postModifier(e-1) {
			// "said a senior official familiar with the talks", "said
			// a diplomat based in Dover": the speaker's name takes in
			// the phrase that describes its noun where the phrase
			// ends the clause, not "a senior official familiar".
			if pe := s.phraseEnd(e-1, hi); pe > 0 {
				if d, ok := s.description(e-2, k); ok && d.first == k {
					d.last = pe
					return d, true
				}
			}
		}
		if h := s.participleHost(e, k, hi); h >= k && h < e-2 {
			// "said an officer just returned from Dover for duty, ...":
			// the participle's phrase after an adverb is the speaker's
			// where it ends the clause, not "an officer just returned".
			if pe := s.phraseEnd(e-1, hi); pe > e {
				if d, ok := s.description(h, k); ok && d.first == k {
					d.last = pe
					return d, true
				}
			}
		}
		if e == j && e+1 < hi && s.toks[e].lowerWord() && (s.wordIs(e, "of", "for") || s.wordIs(e, "with", "at", "in", "from") && s.placeOrBody(e+1)) && s.toks[e-1].lowerWord() && s.toks[e-1].class&(cUnnamed|cTitle) != 0 {
			// "said a spokesman for the Harbour Council", "said the
			// head of the party on Monday", "said an official with
			// the Harbour Police", "said a diplomat in Dover": the
			// phrase on the role is the speaker's where it ends the
			// clause; not "said an official in a statement".
			pe := s.phraseEnd(e, hi)
			if pe > e+1 && !s.wordIs(e, "of", "for") {
				if pe < hi && s.toks[pe].isPunct(',') && pe+1 < hi && s.toks[pe+1].capWord() {
					// Not "said a nurse in Dover, Kestia Park": the
					// place goes on past the comma.
					pe = -1
				} else {
					pe = s.placeEnd(e+1, pe, hi)
				}
			}
			if pe > e+1 {
				if d, ok := s.description(e-1, k); ok && d.first == k {
					d.last = pe
					return d, true
				}
			}
		}
		if d, ok := s.description(e-1, k); ok && d.first == k {
			return d, true
		}
	}
	// After the verb of an attribution, a determiner and a noun phrase
	// that ends the clause name the speaker whatever the noun: "said the
	// 46-year-old.", "said the investor,".
	if j > k+1 && j+2 < hi && s.wordIs(j, "of") && s.toks[j].flags&fCap == 0 {
		// "said a number of aides", "said a handful of voters who ...":
		// a quantity of people, not "tweeted their approval of the
		// bill".
		e := j + 1
		for e < hi && e < j+5 && s.toks[e].kind == tWord && s.toks[e].class&(cPrep|cConj|cSubord|cAux|cSubjPron) == 0 {
			e++
		}
		h := &s.toks[e-1]
		if e > j+1 && (h.capWord() || h.class&(cUnnamed|cBody|cTitle) != 0) && (e >= hi || s.toks[e].kind == tPunct || s.wordIs(e, "who")) {
			j = e
		}
	}
	if t := &s.toks[k]; t.kind == tWord && (t.class&(cDet|cPossPron) != 0 && t.class&cSubord == 0) && j > k+1 && j-k <= 5+poss && !(j == k+2 && s.toks[j-1].class&cTime != 0) {
		// Not a time: "..., the study concluded this year."
		if j >= hi || s.toks[j].kind == tPunct || s.toks[j].kind == tMark || s.word(j) == "who" {
			return mention{first: k, last: j, head: j - 1, kind: mDescription, entity: -1, titleFirst: k, titleLast: k}, true
		}
	}
	return m, false
}

// participleHost returns the noun of people, a body or a document that a
// past participle at e-1 describes, with a preposition at e after it and
// maybe an adverb between, "an officer just returned from", "a document
// given to"; or -1.
func (s *state) participleHost(e, k, hi int) int {
	if e >= hi || e-2 < k || !s.toks[e].lowerWord() || s.toks[e].class&cPrep == 0 || !s.pastForm(e-1) {
		return -1
	}
	h := e - 2
	if h > k && s.toks[h].lowerWord() && s.toks[h].class&cAdverb != 0 {
		h--
	}
	if !s.toks[h].lowerWord() || s.toks[h].class&(cUnnamed|cTitle|cBody|cDocument) == 0 || s.toks[h].class&cAdverb != 0 {
		return -1
	}
	return h
}

// postModifier reports whether token k opens a phrase that describes
// the noun of people, body or document before it: an adjective or
// participle before a preposition, "familiar with", "based in", or a
// participle with an object, "representing the family"; but not a verb
// that names, "a man calling himself Lee".
func (s *state) postModifier(k int) bool {
	n, t := &s.toks[k-1], &s.toks[k]
	if !n.lowerWord() || n.class&(cUnnamed|cTitle|cBody|cDocument) == 0 || t.kind != tWord || t.class&(cUnnamed|cTitle|cBody|cDocument) != 0 {
		return false
	}
	if !t.lowerWord() && t.class&cTime == 0 {
		return false // but "a report Tuesday from the station"
	}
	if k+1 < len(s.toks) && s.toks[k+1].lowerWord() && s.toks[k+1].class&cPrep != 0 && (s.ppHost(k) || s.pastForm(k)) {
		return true
	}
	return strings.HasSuffix(s.word(k), "ing") && t.class&(cNaming|cSpeechAct) == 0
}

// phraseEnd returns where the modifying phrase that starts at token k
// ends at punctuation, at a relative "who" or at hi, within ten tokens,
// or -1: "close to the government in Dover," and "of Elm who asked not
// to be named" (a relative clause is no part of the role), but not
// "close to the talks said ...".
func (s *state) phraseEnd(k, hi int) int {
	j := k
	for ; j < hi && j < k+10; j++ {
		t := &s.toks[j]
		if t.kind == tPunct || j > k+1 && t.lowerWord() && s.wordIs(j, "who") {
			return j
		}
		if t.kind == tWord && t.class&cTime != 0 && j-1 > k && s.toks[j-1].class&cPrep != 0 {
			// "close to the talks on Monday": the time is the saying's.
			return j - 1
		}
		if t.kind == tWord && t.class&(cSubjPron|cAux|cSubord|cConj|cSpeech) != 0 && t.class&cPrep == 0 {
			return -1
		}
	}
	if j == hi {
		return hi
	}
	return -1
}

// placeOrBody reports whether the noun phrase at k opens with a
// capitalised word or is a determiner and a body noun, so that "with",
// "at", "in" or "from" before it ties a role to where it serves
// ("with the Harbour Police", "at the ministry", "in Dover"), not to a
// channel or a manner ("in a statement", "at a news conference", "with
// a smile").
func (s *state) placeOrBody(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.capWord() && t.class&(cDet|cTime|cSubjPron) == 0 {
		return true
	}
	n := &s.toks[k+1]
	if k+2 < len(s.toks) && s.toks[k+2].lowerWord() && s.toks[k+2].class&(cDocument|cSpeechNoun) != 0 {
		return false // "at a news conference"
	}
	return t.class&cDet != 0 && (n.capWord() && n.class&cTime == 0 || n.lowerWord() && n.class&(cBody|cOrg) != 0 && n.class&(cDocument|cSpeechNoun) == 0)
}

// placeEnd returns where the phrase [a, b), after "with", "at", "in" or
// "from" on a role, ends as a place or a body the role serves: "the
// Harbour Police", "the Bank of Dover", "the Kestian embassy in Dover";
// before a phrase or a clause of the reporter's, "in Dover | on
// condition of anonymity", "at the council | as talks ended". It returns
// -1 for a channel, "in a Kestia Radio interview", "at the Dover
// meeting".
func (s *state) placeEnd(a, b, hi int) int {
	e := s.npEnd(a, hi)
	for e < b && e+1 < b && s.toks[e].lowerWord() && (s.wordIs(e, "of", "for") || s.wordIs(e, "in", "at")) && s.toks[e+1].capWord() {
		// A name's "of" ("the Bank of Dover"), or its place ("the
		// embassy in Dover").
		e = max(s.npEnd(e+1, hi), e+2)
	}
	if e < b && (s.toks[e].lowerWord() && s.toks[e].class&(cPrep|cSubord|cConj) != 0 || s.toks[e].class&cTime != 0) {
		// A time is the saying's, "in Dover Tuesday"; but a
		// participle's phrase on the body is its own: "a commander
		// in the alliance backing the mayor".
		b = e
	}
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.lowerWord() && (t.class&(cDocument|cSpeechNoun) != 0 || s.wordIs(k, "briefing", "ceremony", "conference", "event", "forum", "hearing", "interview", "meeting", "meetings", "rally", "summit", "talks")) {
			return -1
		}
	}
	for b-1 > a && s.toks[b-1].class&cTime != 0 {
		b-- // "in Dover Tuesday": the day is the saying's
	}
	return b
}

// modifiesHead reports whether the lower-case words from k, up to three,
// reach the head of a description of people or a body, so that the
// capitalised word before k modifies it: "according to Norvian
// officials", "said a Norvian diplomatic source", "Kestian media".
func (s *state) modifiesHead(k, hi int) bool {
	for j := k; j < hi && j < k+3; j++ {
		t := &s.toks[j]
		if !t.lowerWord() || t.class&(cPrep|cConj|cSubord|cAux|cTime|cSpeech|cDet) != 0 {
			return false
		}
		if t.class&(cUnnamed|cBody) != 0 {
			return true
		}
	}
	return false
}

// ownedHead reports whether the words from k, up to four, capitalised or
// not, reach the head of a description of people or a body in lower case,
// so that the possessor before k is no speaker: "Norvia's Wirex news
// agency", "Lee's deputy campaign manager"; but a document speaks for its
// author, "Lee's memoir".
func (s *state) ownedHead(k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		t := &s.toks[j]
		if t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux|cDet|cDocument) != 0 {
			return false
		}
		if t.lowerWord() && t.class&(cUnnamed|cBody|cTitle) != 0 {
			return true
		}
	}
	return false
}

// possessorBefore reports whether tokens [k, f) are a body's name in the
// possessive before the name at f: "said the Harbour Council's Ann Lee".
// The body is the person's affiliation, as a title is.
func (s *state) possessorBefore(k, f int) bool {
	if f-k < 2 || s.toks[f-1].kind != tClitic || !strings.HasSuffix(s.lower(f-1), "s") {
		return false
	}
	for j := k; j < f-1; j++ {
		if !s.toks[j].capWord() && !(j == k && s.toks[j].kind == tWord && isArticle(s.word(j))) {
			return false
		}
	}
	return true
}

// apposedHead reports whether the lower-case noun at h, after an article
// at k and a capitalised modifier, heads a description that a person's
// name after a comma stands in apposition to: "said the Dover baker, Tim
// Roe", where the place is no speaker.
func (s *state) apposedHead(k, h, hi int) bool {
	if h <= k+1 || h+2 >= hi || !s.toks[k].lowerWord() || !isArticle(s.word(k)) || !s.toks[h].lowerWord() || !s.nounish(h) || s.verbLike(h) || !s.toks[h+1].isPunct(',') {
		return false
	}
	r := s.runAt(h + 2)
	return r >= 0 && s.runs[r].first == h+2 && s.runs[r].last-s.runs[r].nameFirst >= 2 && s.runKind(s.runs[r].nameFirst, s.runs[r].last) == Person
}

// commonPossessor reports whether tokens [k, f) are "the" and a noun or
// two in lower case in the possessive, before a title at f: "said the
// harbour's Executive Director Ann Lee". A word before the head may be
// a participle or a place: "the closed harbour's", "the Dover harbour's".
func (s *state) commonPossessor(k, f int) bool {
	if f-k < 3 || f-k > 4 || !s.possessive(f-1) || !s.wordIs(k, "the") {
		return false
	}
	for j := k + 1; j < f-1; j++ {
		if j < f-2 && (s.toks[j].capWord() || s.toks[j].lowerWord() && edPast(s.word(j))) {
			continue
		}
		if !s.toks[j].lowerWord() || !s.nounish(j) || s.verbLike(j) {
			return false
		}
	}
	return true
}

// roleNameAfter returns the name after an inverted cue at k when common
// nouns no title list holds give the role before it, after a possessive
// pronoun or none: "said neurosurgeon Ann Lee", "said master of
// ceremonies Tom Reyes", "said her colleague Jo Park". The name, a
// person's of two words or more, must end the clause.
func (s *state) roleNameAfter(k, hi int) (m mention, ok bool) {
	j := k
	if k+1 < hi && s.toks[k].lowerWord() && s.toks[k].class&cPossPron != 0 {
		j++ // "tweeted her fellow councillor Ann Lee"
	}
	first := j
	for j < hi && j < first+4 && s.toks[j].lowerWord() && s.nounish(j) && (!s.quantity(j) || first > k && s.toks[j].flags&fDigit == 0) {
		// Not a count: "said one Kestia Democrat" is a description;
		// but after a possessor a noun is a role, "her colleague".
		j++
		if j+1 < hi && s.wordIs(j, "of") && s.toks[j+1].lowerWord() && s.nounish(j+1) {
			j++ // "master of ceremonies"
		}
	}
	if j == first || j >= hi {
		return m, false
	}
	r := s.runAt(j)
	if r < 0 {
		return m, false
	}
	run := s.runs[r]
	if run.first != j || run.last-run.nameFirst < 2 || s.runKind(run.nameFirst, run.last) != Person {
		return m, false
	}
	if e := run.last; e < hi && !s.toks[e].isPunct(',') && !s.toks[e].isPunct('.') {
		return m, false
	}
	m.first, m.last, m.kind, m.entity = run.nameFirst, run.last, mName, run.entity
	m.titleFirst, m.titleLast = k, run.nameFirst
	return m, true
}

// leadName returns the name after an inverted cue at k when a lead that
// neither the title rules nor roleNameAfter read stands before it: an
// age ("said 20-year-old Ann Lee", "said 45-year-old nurse Ann Lee"),
// roles joined by "and" ("said lawyer and activist Ann Lee") or a
// capitalised modifier before common nouns ("said Dutch historian Ann
// Lee"). The name, a person's of two words or more, must end the clause.
func (s *state) leadName(k, hi int) (m mention, ok bool) {
	j, tf := k, k
	odd := false
	for ; j < hi && j < k+6; j++ {
		t := &s.toks[j]
		if t.kind != tWord {
			break
		}
		if j == k && t.flags&fDigit != 0 && t.flags&fCap == 0 && strings.HasSuffix(s.lower(j), "-old") {
			// An age is no title.
			odd, tf = true, j+1
			continue
		}
		if j == k && t.capWord() && j+1 < hi && s.toks[j+1].lowerWord() && t.class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron|cNeg|cAdverb|cTime) == 0 && s.runAt(j) >= 0 && s.runs[s.runAt(j)].last == j+1 {
			odd = true
			continue
		}
		if j > k && s.wordIs(j, "and") && t.lowerWord() && s.toks[j-1].lowerWord() && s.nounish(j-1) && j+1 < hi && s.toks[j+1].lowerWord() && s.nounish(j+1) {
			odd = true
			continue
		}
		if !t.lowerWord() || !s.nounish(j) {
			break
		}
	}
	if !odd || j >= hi || j > tf && (!s.toks[j-1].lowerWord() || !s.nounish(j-1)) {
		return m, false
	}
	r := s.runAt(j)
	if r < 0 {
		return m, false
	}
	run := s.runs[r]
	if run.first < tf || run.nameFirst != j || run.last-run.nameFirst < 2 || s.runKind(run.nameFirst, run.last) != Person {
		return m, false
	}
	if e := run.last; e < hi && !s.toks[e].isPunct(',') && !s.toks[e].isPunct('.') && !s.toks[e].isPunct(pDash) {
		return m, false
	}
	m.first, m.last, m.kind, m.entity = run.nameFirst, run.last, mName, run.entity
	m.titleFirst, m.titleLast = tf, run.nameFirst
	return m, true
}

// colonSubject returns the speaker of a quote that follows a colon with
// no speech verb before it: `Reyes hit back: "I saw her ..."`, the
// subject of the clause before the colon, if that is a name or a pronoun.
func (s *state) colonSubject(open int) (m mention, ok bool) {
	c := open - 1
	if c < 1 || !s.toks[c].isPunct(':') {
		return m, false
	}
	// The clause may be long, "Lee ended her speech at the fair by
	// quoting a poem:", but the look back is bounded.
	lo := max(s.sents[s.sentOf[c]].first, c-40)
	for k := c - 1; k > lo; k-- {
		if s.toks[k].isPunct(',') {
			// "When Lee died, the mayor said:": the main clause's
			// subject, after a fronted clause.
			if m, ok := s.firstSubject(k+1, c); ok && m.kind != mDescription && s.mentionStart(m) <= k+5 && !s.speechVerbIn(k+1, s.mentionStart(m)) {
				return m, !s.unresolvedIt(m)
			}
			break
		}
	}
	if m, ok := s.bylineBeforeColon(c); ok {
		return m, true
	}
	if m, ok := s.nameBeforeColon(c); ok {
		return m, true
	}
	if m, ok := s.roleLineBeforeColon(c); ok {
		return m, true
	}
	m, ok = s.firstSubject(lo, c)
	fronted := false
	if ok && s.mentionStart(m) > lo+4 {
		// After a fronted clause: "Ever since she won, Lee has had a
		// message:".
		fronted = s.mentionStart(m) == s.pastFronted(lo, c)
	}
	if !ok || m.kind == mDescription && s.toks[m.head].class&cDocument == 0 || s.mentionStart(m) > lo+4 && !fronted {
		// A description speaks before a colon only as a document:
		// "Lee's letter makes the case:", not "The crowd had a
		// message:".
		return m, false
	}
	if s.unresolvedIt(m) {
		return m, false
	}
	if m.kind == mDescription || fronted {
		for k := m.last; k < c; k++ {
			if k-2 >= m.last && s.wordIs(k, "say") && s.wordIs(k-1, "to") && s.wordIs(k-2, "this", "plenty", "much", "something") {
				// "The report had this to say about it:": the subject's
				// own words follow.
				continue
			}
			if s.mayCue(k) {
				if _, ok := s.cueAt(k); ok {
					// "Any ruling would involve Lee, who told the
					// court:": the cue's subject speaks.
					return m, false
				}
			}
		}
	}
	return m, true
}

// unresolvedIt reports whether m is an "it" that stands for no body or
// document: before a colon with no speech verb, the "it" of a state of
// things, "Wait, it gets better:", which names no one.
func (s *state) unresolvedIt(m mention) bool {
	if m.kind != mPronoun || !s.wordIs(m.first, "it") {
		return false
	}
	_, ok := s.resolveIt(m.first)
	return !ok
}

// speechVerbIn reports whether a speech verb stands in [a, b): in "Lee, whose
// firm makes chips, said Reyes was a candidate:", Reyes is what was said
// about, not the one who speaks.
func (s *state) speechVerbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].lowerWord() && s.toks[k].class&cSpeech != 0 && s.finiteSpeech(k, a) {
			return true
		}
	}
	return false
}

// bylineBeforeColon returns the author named in a quoted headline's
// byline before the colon at c, whose story the quotation after it
// excerpts: `“Ferry to Close,” by the Planet's Ann Lee: “...”`.
func (s *state) bylineBeforeColon(c int) (m mention, ok bool) {
	r := s.runAt(c - 1)
	if r < 0 || s.runs[r].last != c || s.runs[r].entity < 0 {
		return m, false
	}
	b := s.runs[r].first - 1
	if b-2 >= 0 && s.possessive(b) {
		// "by the Planet's Ann Lee", "by Planet's Ann Lee", "by the
		// Times of Kestia's Ann Lee"
		o := s.runs[r].first - 2
		b = o
		for b > 0 && b > o-5 && !s.wordIs(b, "by") {
			if !s.toks[b].capWord() && !s.wordIs(b, "the") && !(s.wordIs(b, "of") && s.toks[b+1].capWord() && s.toks[b-1].capWord()) {
				return m, false
			}
			b--
		}
	}
	if b < 2 || !s.toks[b].lowerWord() || !s.wordIs(b, "by") {
		return m, false
	}
	q := b - 1
	if s.toks[q].isPunct(',') {
		q-- // `“Ferry to Close”, by`
	}
	if p := s.pairOf[q]; p < 0 || int(s.pairs[p].close) != q {
		return m, false
	}
	m, ok = s.npEndingAt(c-1, s.runs[r].first, false)
	if !ok || m.kind != mName {
		return m, false
	}
	return m, true
}

// nameBeforeColon returns the name that is all of its clause before the
// colon c, as in a headline or a transcript: `Lee: "We will win"`, `POLL
// SHOWS GAINS - Ann Lee: "..."`.
func (s *state) nameBeforeColon(c int) (m mention, ok bool) {
	if c > 1 && s.toks[c-1].isPunct(')') {
		// "Rep. Ann Lee (D-Nor.):": the party and state in parentheses.
		for k := c - 2; k > 0 && k >= c-8; k-- {
			if s.toks[k].isPunct('(') {
				c = k
				break
			}
		}
	}
	r := s.runAt(c - 1)
	if r < 0 || s.runs[r].last != c || s.runs[r].entity < 0 || s.runs[r].last-s.runs[r].nameFirst == 1 && len(s.word(c-1)) < 2 {
		return m, false
	}
	m, ok = s.npEndingAt(c-1, s.sents[s.sentOf[c]].first, false)
	if ok {
		// "Ann Lee and Tom Reyes:"
		m = s.coordinated(m, s.sents[s.sentOf[c]].first)
	}
	if !ok || m.kind != mName && !m.coordinated {
		return m, false
	}
	a := s.mentionStart(m)
	if a > 0 && s.sentOf[a-1] == s.sentOf[a] && !s.toks[a-1].isPunct(pDash) && !s.toks[a-1].isPunct('-') && !s.wordIs(a-1, "from") {
		// Only a dash or "More from" may stand before it.
		return m, false
	}
	for k := a; k < m.first; k++ {
		if t := &s.toks[k]; t.lowerWord() && (s.verbLike(k) || t.class&cTitle == 0 && (t.class&cSpeech != 0 || strings.HasSuffix(s.word(k), "s"))) {
			// "Frank quotes adviser Long:": a clause, whose subject
			// colonSubject finds.
			return m, false
		}
	}
	return m, true
}

// roleLineBeforeColon returns the name that opens the sentence of the
// colon c when all between them is its role, as lists of reactions set
// them: "HOLGER REYES, Harbour Bank chief economist: ...".
func (s *state) roleLineBeforeColon(c int) (m mention, ok bool) {
	f := s.sents[s.sentOf[c]].first
	r := s.runAt(f)
	if r < 0 || s.runs[r].first != f || s.runs[r].entity < 0 || s.runs[r].last >= c || !s.toks[s.runs[r].last].isPunct(',') || s.runs[r].last-s.runs[r].nameFirst < 2 {
		return m, false
	}
	run := s.runs[r]
	tf, tl := s.appositiveAfter(run.last, c+1)
	if tl != c || tf >= tl {
		return m, false
	}
	return mention{first: run.nameFirst, last: run.last, head: run.last - 1, kind: mName, entity: run.entity, titleFirst: tf, titleLast: tl}, true
}

// mentionStart returns the first token of a mention with its title.
func (s *state) mentionStart(m mention) int {
	if m.titleLast > m.titleFirst && m.titleFirst < m.first {
		return m.titleFirst
	}
	return m.first
}

// namedAfterRole reports whether name m stands in apposition to a
// description that opens the clause: "the first minister, Ann Lee, who
// ..., said".
func (s *state) namedAfterRole(m mention, lo int) bool {
	p := s.mentionStart(m) - 1
	if m.kind != mName || p <= lo || !s.toks[p].isPunct(',') {
		return false
	}
	d, ok := s.npEndingAt(p-1, lo, false)
	return ok && d.kind == mDescription && s.mentionStart(d) <= s.clauseOpening(lo)
}

// invertedSubject returns the subject after a cue at k: "..., said Smith."
func (s *state) invertedSubject(c cue, k int) (m mention, ok bool) {
	if c.kind == cueVerb && c.last-c.first >= 2 && s.wordIs(c.last-1, "about", "against", "at", "for", "in", "on", "over", "to", "with") {
		// "The office, which has ..., called for his release", "warned
		// against the plan", "..., voiced concern about the tolls":
		// what follows a cue's own preposition is its object, never
		// the speaker.
		return m, false
	}
	end := s.sentEnd(k)
	m, ok = s.subjectAfter(c.last, end)
	if !ok {
		return m, false
	}
	if that := s.mentionStart(m); s.wordIs(that, "that") && s.toks[that].flags&fCap == 0 && m.last < end && s.toks[m.last].kind != tPunct && !s.wordIs(m.last, "who") {
		// "..., voiced fear that even a few of them ...": a
		// clause, not "..., said that official, who ...".
		return m, false
	}
	// An inverted subject ends the clause: "..., said Smith." but not
	// "says it needs ...". A relative clause may follow it, "..., said
	// Ann Lee, a teacher whose ...".
	e := m.last
	if tf, tl := s.appositiveAfter(e, end); tl > tf {
		e = tl
	}
	if e+1 < end && e == m.last && s.toks[e].lowerWord() && s.wordIs(e, "and") && !s.verbLike(e+1) && s.toks[e-1].class&(cTitle|cTitleAbbrev) == 0 {
		// "..., said Lee and others, ...", "said Lee and two aides who
		// were there": one speaker, as written.
		if f := s.npEnd(e+1, end); f > e+1 && f <= e+8 && (f == end || s.toks[f].kind == tPunct || s.wordIs(f, "who")) {
			m = mention{first: m.first, last: f, head: f - 1, kind: mDescription, entity: -1, titleFirst: m.first, titleLast: m.first, coordinated: true}
			e = f
		}
	}
	if e < end {
		t := &s.toks[e]
		ok := t.kind == tPunct || t.kind == tMark || t.kind == tWord && (t.class&(cPrep|cTime|cAdverb) != 0 || s.wordIs(e, "who", "whose", "which"))
		if t.lowerWord() && t.class&cSubord != 0 && m.kind != mPronoun && !s.wordIs(e, "that", "whether", "if") {
			// "..., said Ann Lee when asked about it": the time or
			// reason of the saying.
			ok = true
		}
		if t.lowerWord() && m.kind == mName && strings.HasSuffix(s.word(e), "ing") {
			// "..., said Ann Lee, 52, attending the rally": what the
			// speaker was doing.
			ok = true
		}
		if ok && m.kind == mPronoun && t.kind == tWord && t.class&cAdverb != 0 && t.class&(cPrep|cTime) == 0 && e+1 < end && s.verbLike(e+1) {
			// "..., said he already knew": the statement's subject.
			ok = false
		}
		if !ok {
			// "said Reyes's comments ...", "says it needs ...": the
			// subject of the statement, not of the cue.
			return m, false
		}
	}
	return m, true
}

// firstSubject returns the subject of the first verb in [lo, hi), after
// a fronted phrase if one opens the clause: "In three interviews, the
// judge sounded off ..." gives "the judge".
func (s *state) firstSubject(lo, hi int) (m mention, ok bool) {
	if a := s.pastFronted(lo, hi); a > lo {
		if m, ok := s.subjectFrom(a, hi); ok {
			return m, true
		}
	}
	m, ok = s.subjectFrom(lo, hi)
	if ok && m.kind == mPronoun && s.wordIs(m.first, "it") {
		if c := s.cleftThat(m.first, hi); c > 0 {
			// "It was at the fair that Lee spoke, ...": the clause
			// after "that" holds the subject.
			if cm, cok := s.subjectFrom(c+1, hi); cok && s.mentionStart(cm) == c+1 {
				return cm, true
			}
		}
	}
	return m, ok
}

// cleftThat returns the "that" of a cleft sentence whose "it" is at k,
// "It was at the fair that ...", "It is in May that ...", or 0: a form of
// "be" and a phrase of place or time come first.
func (s *state) cleftThat(k, hi int) int {
	if k+3 >= hi || !s.wordIs(k+1, "is", "was") || !s.toks[k+2].lowerWord() || s.toks[k+2].class&cPrep == 0 {
		return 0
	}
	for i := k + 3; i < hi && i <= k+12; i++ {
		t := &s.toks[i]
		if t.kind != tWord {
			return 0
		}
		if t.lowerWord() && s.wordIs(i, "that") {
			return i
		}
	}
	return 0
}

// pastFronted returns the token after a fronted phrase set off by a comma
// at the start of [lo, hi): a prepositional phrase, a subordinate or
// participial clause, a time ("Over the past two weeks,", "When asked,",
// "Tuesday,"). It returns lo if there is none.
func (s *state) pastFronted(lo, hi int) int {
	a := lo
	for a < hi && s.toks[a].kind == tWord && s.toks[a].class&cConj != 0 {
		a++
	}
	if a+1 < hi && s.toks[a].kind == tWord && (s.toks[a].class&cAdverb != 0 || lowerHasSuffix(s.word(a), "ly")) && s.toks[a+1].lowerWord() && s.toks[a+1].class&(cPrep|cSubord) != 0 && s.toks[a+1].class&(cDet|cSubjPron) == 0 {
		// An adverb that measures the clause: "Even before", "Ever
		// since", "Shortly after".
		a++
	}
	if a >= hi || s.toks[a].kind != tWord {
		return lo
	}
	t := &s.toks[a]
	w := s.word(a)
	fronted := t.class&(cPrep|cSubord|cTime) != 0 && t.class&(cDet|cSubjPron) == 0 || isWeekday(w) ||
		len(w) > 4 && (hasSuffixFold(w, "ing") || hasSuffixFold(w, "ed")) && s.runAt(a) < 0
	if !fronted {
		return lo
	}
	first := -1
	if t.class&cSubord != 0 {
		// A clause that opens the sentence ends at a comma before a
		// personal pronoun and its verb, past commas inside it: "When
		// Ann Lee, the mayor's aide was asked about it, she laughed";
		// not at an attribution set off in the next clause ("..., he
		// said, ...").
		for k := a + 2; k < hi-2 && k < a+40; k++ {
			if s.pairOf[k] >= 0 {
				break
			}
			if s.toks[k].isPunct(',') && s.toks[k+1].lowerWord() && s.toks[k+1].class&cSubjPron != 0 && s.verbLike(k+2) && (s.toks[k+2].class&cSpeech == 0 || k+3 < len(s.toks) && s.toks[k+3].kind == tWord) {
				return k + 1
			}
			if s.toks[k].lowerWord() && s.toks[k].class&(cSpeech|cCognition|cAux) == 0 && s.verbLike(k) && s.toks[k+1].lowerWord() && s.toks[k+1].class&cSubjPron != 0 && s.word(k+1) == s.word(a+1) && s.verbLike(k+2) {
				// With no comma, the clause's own pronoun again after
				// its verb opens the main clause: "When he arrived he
				// opened by saying".
				return k + 1
			}
		}
	}
	for k := a + 1; k < hi-1 && k < a+25; k++ {
		if s.pairOf[k] >= 0 {
			break
		}
		if !s.toks[k].isPunct(',') {
			continue
		}
		if first < 0 {
			first = k + 1
		}
		// "In a long, in-prison interview with ..., Lee said": a
		// comma inside the phrase is followed by no subject.
		if n := &s.toks[k+1]; n.lowerWord() && n.class&(cDet|cSubjPron|cPossPron|cUnnamed) == 0 {
			continue
		}
		return k + 1
	}
	if first < 0 {
		return lo
	}
	return first
}

// subjectFrom returns the subject of the first verb in [lo, hi).
func (s *state) subjectFrom(lo, hi int) (m mention, ok bool) {
	if lo < hi && s.toks[lo].isPunct('(') {
		// An aside in parentheses holds no subject of the clause it
		// sits in: "Lee called them “thugs” (though he allowed that
		// some were not) and vowed ..." is Lee's.
		if e := s.parenEnd(lo, hi); e > lo {
			lo = e + 1
		}
	}
	for v := lo + 1; v < hi && v < lo+46; v++ {
		nx := &s.toks[v]
		if nx.isPunct('(') {
			if e := s.parenEnd(v, hi); e > v {
				v = e
				continue
			}
		}
		if nx.isPunct(pDash) {
			// An aside set off by dashes holds no verb of the
			// subject's: "Lee -- whose son ran the fund -- has said
			// ...", "Seizing on the flood -- as he did after the fire
			// -- Lee blamed ...".
			if e := s.asideEnd(v, hi); e > v {
				if r := s.runAt(e + 1); r >= 0 && s.runs[r].first == e+1 && s.runs[r].last < hi {
					// A name right after the aside opens the clause,
					// whatever its verb: "Seizing on it -- as he did in
					// May -- Lee cast the blame ...".
					if m, ok := s.npEndingAt(s.runs[r].last-1, e+1, false); ok && m.kind == mName {
						return m, true
					}
				}
				v = e
				continue
			}
		}
		if nx.kind == tClitic && (s.wordIs(v, "'s", "’s") || nx.flags&fStrippedTail != 0) && s.wordIs(v-1, "he", "she") {
			// "He's pushing the plan and says ...": after a subject
			// pronoun the clitic is "is" or "has", the clause's verb;
			// so is the "s" stripping left of it, `He s pushing`.
			if m, ok := s.npEndingAt(v-1, lo, true); ok {
				return m, true
			}
		}
		if !nx.lowerWord() {
			continue
		}
		if p := &s.toks[v-1]; nx.class&cAdverb != 0 && p.lowerWord() && (p.class&cPossPron != 0 || s.wordIs(v-1, "a", "an", "the")) {
			continue // after an article, an adjective: "Lee in his first speech called"
		}
		if nx.class&cAdverb != 0 && v+1 < hi && s.toks[v+1].isPunct(',') && s.toks[v-1].kind == tWord && s.wordIs(v-1, "least", "less", "more", "most", "very") {
			// "Most recently, Lee drew fire": a fronted adverb and its
			// degree word, no subject and its verb.
			continue
		}
		w := s.word(v)
		// The heads of speech phrases are verbs, though some end in
		// no -ed: "Lee hit back", "Lee shot back"; so is a past that is
		// also an adjective right after a name, "Lee left no doubt", or
		// after a noun for a person with an object next, "The mayor
		// left no doubt", not "the money left in the fund".
		if nx.class&(cAux|cSpeech|cCognition|cAdverb|cPast|cPhrasal) == 0 && (!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !s.pluralVerb(v, hi) && !(s.toks[v-1].capWord() && lowerIn(w, ambiguousPasts...)) && !s.roleVerb(v, hi) || s.pluralVerb(v+1, hi)) {
			// A plural noun before its verb is no verb: "Many
			// residents regard ...".
			continue
		}
		if strings.HasSuffix(w, "s") && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 && v+1 < hi && s.toks[v+1].lowerWord() && s.toks[v+1].class&(cBody|cOrg|cUnnamed|cTitle|cDocument) != 0 {
			continue // a noun before its head: "the human rights group", "the news agency"
		}
		if strings.HasSuffix(w, "s") && nx.class&cOrg != 0 && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 && v+2 < hi && s.toks[v+1].lowerWord() && !strings.HasSuffix(s.word(v+1), "s") && !s.verbLike(v+1) && s.toks[v+2].lowerWord() && s.verbLike(v+2) {
			continue // a body's word before a noun and its verb: "the TV news show took"
		}
		if strings.HasSuffix(w, "s") && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 && s.toks[v-1].capWord() && s.examplesAt(v+1, hi) {
			continue // a plural before its examples: "EU states like Kestia and Norvia"
		}
		if strings.HasSuffix(w, "s") && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 && v-2 >= lo && s.toks[v-2].lowerWord() && s.toks[v-2].class&cPrep != 0 &&
			s.toks[v-1].lowerWord() && s.toks[v-1].class&(cDet|cPossPron|cAdverb) == 0 && v+1 < hi && s.toks[v+1].lowerWord() && s.toks[v+1].class&cPrep != 0 && !s.wordIs(v+1, "to") {
			continue // a compound noun in a phrase: "chief of road repairs at the council"
		}
		if strings.HasSuffix(w, "s") && nx.class&(cUnnamed|cBody) != 0 && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 &&
			(s.toks[v-1].capWord() || s.toks[v-1].lowerWord() && s.toks[v-1].class&cOrg != 0 && v-2 >= lo && s.toks[v-2].capWord()) &&
			v+1 < hi && s.toks[v+1].lowerWord() && s.toks[v+1].class&(cPrep|cConj|cSubord|cDet) == 0 {
			// A plural noun for people after a name, or after a name's
			// body, its verb next, is the subject's head: "Norvian
			// officials deny ...", "Harbour board officials did not
			// reply, but said ...".
			continue
		}
		if p := &s.toks[v-1]; strings.HasSuffix(w, "s") && nx.class&(cUnnamed|cBody) != 0 && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 && v-1 > lo &&
			p.lowerWord() && p.class&(cPrep|cConj|cSubord|cAux|cDet|cPossPron|cSubjPron|cObjPron|cAdverb|cSpeech|cPast) == 0 &&
			s.toks[v-2].kind == tWord && s.toks[v-2].class&(cDet|cPrep) != 0 && s.toks[v-2].class&(cSubjPron|cSubord) == 0 &&
			v+1 < hi && s.toks[v+1].lowerWord() && s.toks[v+1].class&(cPrep|cConj|cSubord|cDet) == 0 {
			// A plural noun for people or bodies after a determiner or
			// a preposition and a lower-case word that was no verb,
			// its verb next, is the subject's head: "Some foreign
			// governments raised ...", "a crowd of harbour supporters
			// gathered ...", not "who run news groups almost say".
			continue
		}
		if strings.HasSuffix(w, "s") && nx.class&(cAux|cSpeech) == 0 && s.wordIs(v-1, "all", "both", "few", "many", "more", "most", "several", "some", "these", "those") {
			// After a plural determiner, a noun: "Many conservatives
			// wanted ...".
			continue
		}
		if nx.class&cTime != 0 && nx.class&(cAux|cSpeech|cCognition|cPast) == 0 {
			continue // "A few minutes later"
		}
		// Past a time or an adverb before the verb: "Lee on Thursday
		// ratcheted up ...", "Lee sternly reprimanded ...".
		j := s.skipBack(v, lo)
		if j > lo && s.reflexive(j) {
			j-- // "Lee himself said ... and added ..."
		}
		if j < lo || s.pairOf[j] >= 0 && s.toks[j].kind != tMark {
			// The reporter's clause has no subject inside a quotation.
			continue
		}
		if m, ok := s.npEndingAt(j, lo, true); ok {
			if m.kind == mName && m.first == j && m.last == v && s.capModifies(j, v) {
				// "Kestian protesters, angry at the cuts, set ...",
				// "Angry protesters set ...": the capitalised word
				// modifies the plural after it, which heads the subject.
				return mention{first: j, last: v + 1, head: v, kind: mDescription, entity: -1, titleFirst: j, titleLast: j}, true
			}
			if d, dok := s.speakersFor(m, s.mentionStart(m), lo); dok && s.mentionStart(d) == lo {
				// "Lawyers for Ann Lee met the judge and said ...": the
				// people the name's phrase hangs on, as before a cue.
				d.last = m.last
				return d, true
			}
			return m, true
		}
	}
	return m, false
}

// exampleWords introduce examples of a plural: "countries like Kestia".
var exampleWords = []string{"especially", "including", "like", "notably"}

// exampleOpens returns the last word of the words that introduce examples
// at k, one of exampleWords or "such as", or -1.
func (s *state) exampleOpens(k int) int {
	switch {
	case k >= len(s.toks) || !s.toks[k].lowerWord():
		return -1
	case s.wordIs(k, exampleWords...):
		return k
	case s.wordIs(k, "such") && s.wordIs(k+1, "as"):
		return k + 1
	}
	return -1
}

// exampleCloses returns the first of the words that introduce examples and
// end at j, one of exampleWords or "such as", or -1.
func (s *state) exampleCloses(j int) int {
	switch {
	case j < 1 || !s.toks[j].lowerWord():
		return -1
	case s.wordIs(j, exampleWords...):
		return j
	case s.wordIs(j, "as") && s.wordIs(j-1, "such"):
		return j - 1
	}
	return -1
}

// examplesAt reports whether examples of a plural open at k: "like",
// "including" or "such as" and a name, maybe after "the".
func (s *state) examplesAt(k, hi int) bool {
	if k+2 >= hi {
		return false
	}
	n := s.exampleOpens(k) + 1
	if n == 0 {
		return false
	}
	if n+1 < hi && s.toks[n].lowerWord() && s.wordIs(n, "the") {
		n++
	}
	return n < hi && s.toks[n].capWord()
}

// capModifies reports whether the capitalised word at k modifies the
// plural noun for people or bodies at v after it rather than being a name
// whose verb v is: a demonym or a word that opens the sentence, "Kestian
// forces in Dover", "Angry voters, ...", not "Reyes heads to Dover",
// "Lee forces them out" or a surname named in full before.
func (s *state) capModifies(k, v int) bool {
	t, n := &s.toks[k], &s.toks[v]
	if !n.lowerWord() || !strings.HasSuffix(s.word(v), "s") || n.class&(cUnnamed|cBody|cOrg) == 0 || n.class&(cAux|cSpeech|cCognition|cPast) != 0 {
		return false
	}
	if !demonymEnd(s.word(k)) && t.flags&fSentStart == 0 || s.knownSurname(k) {
		return false
	}
	if v+1 >= len(s.toks) {
		return false
	}
	x := &s.toks[v+1]
	return !(x.lowerWord() && (x.class&(cDet|cObjPron|cPossPron) != 0 || s.wordIs(v+1, "to")))
}

// roleVerb reports whether token v is a past that is also an adjective,
// after a noun for a person or body and before a determiner or a
// possessive that opens its object: "The mayor left no doubt", "the
// council cut its budget".
func (s *state) roleVerb(v, hi int) bool {
	p := &s.toks[v-1]
	if v+1 >= hi || !p.lowerWord() || p.class&(cUnnamed|cTitle|cBody|cOrg) == 0 || !lowerIn(s.word(v), ambiguousPasts...) {
		return false
	}
	n := &s.toks[v+1]
	return n.lowerWord() && n.class&(cDet|cPossPron) != 0 && n.class&cSubord == 0
}

// parenEnd returns the parenthesis that closes the one opened at a,
// within the sentence and a fixed reach before hi, or a if there is none.
func (s *state) parenEnd(a, hi int) int { return s.closerAt(a, hi, ')', '(') }

// asideEnd returns the dash that closes an aside opened by the dash at
// a, within the sentence and a fixed reach, or a if there is none.
func (s *state) asideEnd(a, hi int) int { return s.closerAt(a, hi, pDash, ';') }

// closerAt returns the first punctuation mark close after a, within 40
// tokens and before hi, or a if a full stop, a blank line or the mark
// stop comes first.
func (s *state) closerAt(a, hi int, close, stop rune) int {
	for i := a + 1; i < hi && i < a+40; i++ {
		t := &s.toks[i]
		if t.isPunct(close) {
			return i
		}
		if t.isPunct(stop) || t.isPunct('.') || t.flags&fBlankLine != 0 {
			break
		}
	}
	return a
}

// pluralVerb reports whether token v is a verb in the plain present after
// a plural subject, before its object: "Voters see Lee as ...", "Many
// residents regard the mayor as ...".
func (s *state) pluralVerb(v, hi int) bool {
	if v < 1 || v+1 >= hi || s.toks[v].class != 0 {
		return false
	}
	p, n := &s.toks[v-1], &s.toks[v+1]
	if p.kind != tWord || p.class != 0 && p.class&cUnnamed == 0 || p.flags&fCap != 0 && p.flags&fSentStart == 0 || !strings.HasSuffix(s.word(v-1), "s") || strings.HasSuffix(s.word(v-1), "ss") {
		return false
	}
	return n.kind == tWord && (n.capWord() || n.class&(cDet|cPossPron) != 0 || n.class&cObjPron != 0 && n.class&cSubjPron == 0)
}

// clauseSubject returns the subject of the clause a participial cue at k
// hangs on: "Smith said ..., adding ..." gives Smith.
func (s *state) clauseSubject(k, lo int) (m mention, ok bool) {
	// The clause the participle hangs on starts after the last "but",
	// "and" or semicolon.
	start := lo
	for j := k - 2; j > lo; j-- {
		t := &s.toks[j]
		if t.isPunct(';') || t.kind == tWord && t.class&cConj != 0 && s.toks[j-1].isPunct(',') {
			start = j + 1
			break
		}
		if t.kind == tWord && t.flags&fCap == 0 && s.wordIs(j, "and", "but") && s.toks[j+1].capWord() && !s.exampleBefore(j, lo) {
			// "prosecutors charged him and Lee fired the chief,
			// acknowledging ...": a clause of its own.
			if m, ok := s.subjectFrom(j+1, k); ok && s.mentionStart(m) == j+1 && m.kind == mName && !s.joinedSubject(m, lo) {
				start = j + 1
				break
			}
		}
	}
	// The speaker of an earlier statement in that clause, `"Q," he said,
	// adding ...`, whose own subject may be far back or inside a
	// quotation.
	for j := k - 1; j >= start && j >= k-maxReach; j-- {
		if i := s.cueStmt[j] - 1; i >= 0 && int(i) < len(s.stmts) && s.stmts[i].cueFirst == j && s.stmts[i].hasSpk {
			if sp := s.stmts[i].spk; sp.kind == mPronoun && sp.first-1 > start && s.toks[sp.first-1].lowerWord() && s.wordIs(sp.first-1, "what", "which") {
				// "he focused on what he said were its failures,
				// saying ...": a statement inside a clause of the
				// verb's object is not the one the participle goes on
				// with.
				continue
			}
			return s.stmts[i].spk, true
		}
	}
	// A cue that ends the clause right before the participle and has no
	// statement yet, since quotations are attributed first: `Reyes left
	// early, Lee said, adding, "Q"`.
	for j := k - 2; j >= start && j >= k-7 && s.quoteAfter(k); j-- {
		if s.toks[j].kind != tWord {
			break
		}
		if !s.mayCue(j) {
			continue
		}
		if c, ok := s.cueAt(j); ok && c.kind == cueVerb && !c.participle && !c.weak && !s.negated(j, start) {
			if m, ok := s.speakerOfCue(c, max(start, j-6)); ok && s.onlyTail(max(c.last, m.last), k-1) {
				return m, true
			}
			break
		}
	}
	if start > lo && s.toks[start-1].kind == tWord && s.pairOf[start-1] < 0 && s.verbOpens(start, k) {
		// "Lee defended the menu, and has not shown how he would fund
		// the ovens, adding ...": a clause joined with no subject
		// of its own shares the one before, not a subject inside it.
		return s.clauseSubject(start-1, lo)
	}
	if m, ok := s.subordinateSubject(start, k); ok {
		return m, true
	}
	if m, ok := s.objectClauseSubject(start, k); ok {
		return m, true
	}
	// Otherwise the subject of that clause, with any words joined to it
	// by "and" that open the clause.
	if m, ok := s.firstSubject(start, k); ok {
		if f := s.mentionStart(m); m.kind == mName && f-2 >= start && s.toks[f-1].lowerWord() && s.wordIs(f-1, "of", "for") && s.toks[f-2].kind == tWord && s.toks[f-2].class&(cTitle|cUnnamed) != 0 {
			// "The Archbishop of Dover wrote to them, urging ...": the
			// role the name's phrase hangs on speaks, as before a
			// finite cue.
			if d, dok := s.description(f-2, start); dok && d.head == f-2 {
				d.last = m.last
				return d, true
			}
		}
		if m.kind == mName && s.joinedSubject(m, start) {
			return s.coordinated(m, start), true
		}
		if m.kind == mName {
			// "Countries like Kestia and Norvia refused, saying ...":
			// the plural that the names are examples of, or the
			// place's phrase hangs on, speaks, as before a finite cue.
			c := s.coordinated(m, start)
			if h, hok := s.pluralBeforePP(s.mentionStart(c), start); hok && s.subjectEdge(s.mentionStart(h), start) {
				h.last = c.last
				return h, true
			}
		}
		if c := s.coordinated(m, start); m.kind == mDescription && s.mentionStart(c) < s.mentionStart(m) && s.subjectEdge(s.mentionStart(c), start) {
			// "Family and friends pleaded with him, warning ...": two
			// descriptions joined by "and" that open the clause are
			// one speaker, as before a finite cue.
			return c, true
		}
		return m, true
	}
	if start > lo {
		if m, ok := s.firstSubject(lo, k); ok {
			return m, true
		}
	}
	// Whatever its head, the noun phrase that opens the clause: "The
	// old businessman praised him, saying ...".
	s.looseNP = true
	m, ok = s.subjectFrom(start, k)
	s.looseNP = false
	if ok && s.mentionStart(m) != start {
		ok = false
	}
	return m, ok
}

// exampleBefore reports whether the name before "and" at j follows
// "like", "including" or "such as", maybe with "the": the first of the
// examples that "and" joins, "countries like Kestia and Norvia", not a
// clause before it.
func (s *state) exampleBefore(j, lo int) bool {
	r := s.runAt(j - 1)
	if r < 0 || s.runs[r].last != j {
		return false
	}
	f := s.runs[r].first - 1
	if f > lo && s.toks[f].lowerWord() && s.wordIs(f, "the") {
		f--
	}
	return f > lo && s.exampleCloses(f) > lo
}

// objectClauseSubject returns the subject of a subordinate clause whose
// object the participle at k follows with no comma, as a relative clause
// cut short: "the court will rule after the council filed a suit asking
// to close the port" is the council's.
func (s *state) objectClauseSubject(start, k int) (m mention, ok bool) {
	if k-1 <= start || !s.toks[k-1].lowerWord() || s.toks[k-1].class&(cPrep|cSubord|cConj|cAux|cAdverb) != 0 || s.verbLike(k-1) {
		return m, false
	}
	for j := k - 2; j > start && j >= k-15; j-- {
		t := &s.toks[j]
		if t.kind != tWord && t.kind != tClitic {
			return m, false
		}
		if !t.lowerWord() || !s.wordIs(j, "after", "before", "because", "once", "since", "until", "when", "while") {
			continue
		}
		m, ok = s.subjectFrom(j+1, k-1)
		if !ok || s.mentionStart(m) != j+1 || m.kind == mPronoun {
			return m, false
		}
		return m, true
	}
	return m, false
}

// verbOpens reports whether a verb opens the clause at a, before hi,
// after an adverb or two: "has still not shown", "then said".
func (s *state) verbOpens(a, hi int) bool {
	for i := a; i < hi && i < a+3; i++ {
		t := &s.toks[i]
		if !t.lowerWord() {
			return false
		}
		if s.verbLike(i) {
			return !strings.Contains(s.word(i), "-") // not "so-called"
		}
		if t.class&(cAdverb|cTime|cNeg) == 0 && !lowerHasSuffix(s.word(i), "ly") {
			return false
		}
	}
	return false
}

// objectOfParticiple reports whether the form in -s at i heads the object
// of a participle at most four words before it, "(Lee,) awaiting a ruling
// on tax charges, (said)": a noun, not a speech verb.
func (s *state) objectOfParticiple(i, lo int) bool {
	if !strings.HasSuffix(s.word(i), "s") {
		return false
	}
	for j := i - 1; j > lo && j >= i-4; j-- {
		t := &s.toks[j]
		if !t.lowerWord() || t.class&(cConj|cSubord|cAux|cSubjPron) != 0 {
			return false
		}
		if w := s.word(j); len(w) > 5 && strings.HasSuffix(w, "ing") && t.class&(cSpeech|cSpeechAct|cNaming) == 0 {
			return true
		}
	}
	return false
}

// joinedSubject reports whether the name m is joined by "and" to words
// before it that open the clause with it, as one subject: "Ann Lee and
// her Harbour Party have stepped up attacks, accusing ..." is one clause,
// which both speak; not "police charged him and Lee fired the chief".
func (s *state) joinedSubject(m mention, lo int) bool {
	c := s.coordinated(m, lo)
	return c.coordinated && s.subjectEdge(s.mentionStart(c), lo)
}

// subordinateSubject returns the person who is the subject of a clause of
// time or concession that ends right before the participle at k, after a
// main clause from start: in "Lee conceded the point even as she defended
// the plan, saying ..." the participle hangs on the nearer clause, and
// its speaker is "she". A thing ("as the columns came out") is no
// speaker.
func (s *state) subordinateSubject(start, k int) (m mention, ok bool) {
	if k-1 <= start || !s.toks[k-1].isPunct(',') && !(s.toks[k-1].lowerWord() && s.wordIs(k-1, "by")) {
		// After a comma, or after "by": "Lee likes surprises, as
		// Reyes did last year by announcing ..." is Reyes's.
		return m, false
	}
	for j := k - 2; j > start && j >= k-25; j-- {
		t := &s.toks[j]
		if t.kind != tWord && t.kind != tClitic {
			return m, false
		}
		if !t.lowerWord() || !s.wordIs(j, "as", "when", "while", "though", "although") || s.wordIs(j-1, "as", "such", "just") {
			continue
		}
		m, ok = s.subjectFrom(j+1, k-1)
		if !ok || s.mentionStart(m) != j+1 {
			if p := s.frontedPronoun(j+1, k-1); p > 0 {
				// "though in a speech last week she went further,
				// saying ...": a fronted phrase before the subject.
				m, ok = s.subjectFrom(p, k-1)
				if !ok || s.mentionStart(m) != p {
					return m, false
				}
			} else {
				return m, false
			}
		}
		switch m.kind {
		case mPronoun:
			if w := pronounPerson(s.word(m.first)); w != 'm' && w != 'f' {
				return m, false
			}
			if ms, ok := s.firstSubject(start, j); ok && ms.kind == mName && ms.entity >= 0 && s.resolvePronoun(m.first) != ms.entity {
				// Only a "he" that reads as the main clause's
				// subject: the name must not change with the mention.
				return m, false
			}
			return m, true
		case mName:
			return m, m.entity >= 0 && s.entityKind(m.entity) == Person
		}
		return m, false
	}
	return m, false
}

// frontedPronoun returns the "he" or "she" that follows a short phrase
// opened by a preposition at a, with no verb in it, before hi: "in a
// speech last week she", or 0.
func (s *state) frontedPronoun(a, hi int) int {
	if a >= hi || !s.toks[a].lowerWord() || s.toks[a].class&cPrep == 0 {
		return 0
	}
	for x := a + 1; x < hi && x <= a+8; x++ {
		t := &s.toks[x]
		if t.kind != tWord && t.kind != tClitic || s.verbLike(x) {
			return 0
		}
		if t.lowerWord() && s.wordIs(x, "he", "she") {
			return x
		}
	}
	return 0
}

// ordinal reports whether token k is an ordinal in figures: "1st", "42nd".
func (s *state) ordinal(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fDigit == 0 {
		return false
	}
	w := s.word(k)
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// gapped reports whether a subject follows a relative pronoun, so that
// the statement after its cue has no subject of its own: "which officials
// said will ...", "a result that she said beat forecasts".
func (s *state) gapped(m mention) bool {
	k := s.mentionStart(m) - 1
	if k < 0 || s.toks[k].kind != tWord {
		return false
	}
	switch s.word(k) {
	case "which", "that", "who", "whom", "what":
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

// punctIn reports whether punctuation or a quotation mark stands in
// [a, b).
func (s *state) punctIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].kind == tPunct || s.toks[k].kind == tMark {
			return true
		}
	}
	return false
}

// personOf reports whether run r, a person's name, runs with a phrase of
// where they are from to end: "Dan Lee of Grace Church in Dover", an
// aside that names the speaker as "Ann Lee and Tom Reyes" does.
func (s *state) personOf(r, end int) bool {
	run := s.runs[r]
	if run.entity < 0 || s.entities[run.entity].kind != Person || !s.entities[run.entity].personal || run.last >= end || end-run.last > 12 || !s.wordIs(run.last, "of", "from") {
		return false
	}
	for k := run.last; k < end; k++ {
		if t := &s.toks[k]; !t.capWord() && !(t.lowerWord() && s.wordIs(k, "of", "from", "in", "at", "the")) {
			return false
		}
	}
	return true
}

// peopleUntil reports whether [a, b) holds only names of people, joined
// by "and": "Sen. Ann Lee and Tom Reyes", not "Kestia and Norvia".
func (s *state) peopleUntil(a, b int) bool {
	for k := a; k < b; {
		r := s.runAt(k)
		if r < 0 || s.runs[r].first != k || s.runs[r].entity < 0 {
			return false
		}
		if en := &s.entities[s.runs[r].entity]; en.kind != Person || !en.personal || s.placeLike(s.runs[r].entity) {
			return false
		}
		k = s.runs[r].last
		if k < b && s.toks[k].kind == tWord && s.word(k) == "and" {
			k++
		}
	}
	return true
}

// objectOfPrep is insidePP, but where any noun phrase may be a subject
// a word that is a subordinator too opens a clause: "after several of
// them said".
func (s *state) objectOfPrep(k int) bool {
	if s.looseNP && k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].class&cSubord != 0 {
		return false
	}
	return s.insidePP(k) || s.modifiedInPP(k)
}

// modifiedInPP reports whether a name that starts at k is the object of a
// preposition with a participle, a compass word or a possessor before it,
// "in neighboring Kestia", "in Kestia's ruling Harbour Party": the place or body where the
// subject is, not the subject ("The press club in neighboring Kestia
// said").
func (s *state) modifiedInPP(k int) bool {
	if o := s.ownerBefore(k); o < k && o > 0 && s.insidePP(o) {
		// Any modifier will do after a possessor: "for Kestia's
		// state-run Harbour Bank".
		return true
	}
	j := k - 1
	if j >= 0 && s.toks[j].lowerWord() && s.toks[j].class&cSpeech == 0 && (strings.HasSuffix(s.word(j), "ing") || lowerIn(s.word(j), compassWords...)) {
		// Also the part of a place: "officials in eastern Kestia".
		j--
	}
	if j >= 2 && j == k-1 && s.toks[j].lowerWord() && s.wordIs(j, "capital", "city", "district", "province", "region", "town", "village") && s.toks[j-1].capWord() && s.toks[j-1].class&cPrep == 0 {
		// And the kind of place after its country's word: "an
		// official in the Kestian capital Dover".
		j -= 2
	}
	if j >= 1 && s.possessive(j) {
		if r := s.runAt(j - 1); r >= 0 && s.runs[r].last == j {
			j = s.runs[r].first - 1
		} else if s.toks[j-1].lowerWord() {
			j -= 2
		}
	}
	return j < k-1 && j >= 0 && s.insidePP(j+1)
}

// insidePP reports whether a noun phrase that starts at k is the object of
// a preposition: "in Dover, Kestia," is an aside, not a subject.
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

// exampleListHead returns the noun phrase before ", including" (or
// "like", "such as", "notably") when the mention sm lies in the list of
// names after it, which a comma closes right before the verb at k:
// "Other firms, including Wirex, Bell Co and Acme Inc, said". Only names,
// commas and "and" may stand in the list, so a subject after it with a
// role of its own ("..., Governor Ann Lee, a Democrat, said") stays the
// subject.
func (s *state) exampleListHead(sm mention, k, lo int) (m mention, ok bool) {
	if k-1 <= lo || !s.toks[k-1].isPunct(',') {
		return m, false
	}
	hm, at, ok := s.exampleHead(k-2, lo)
	if f := s.mentionStart(sm); !ok || f <= at || sm.titleLast > sm.titleFirst && sm.titleFirst <= at {
		return m, false
	}
	return hm, true
}

// examplesAnd joins m, which starts at a after ", and", to the plural
// before a list of examples that the comma closes, when that plural opens
// the clause: "Several nations, including Kestia and Vell, and the Harbour
// League said" speak together.
func (s *state) examplesAnd(m mention, a, lo int) (c mention, ok bool) {
	if a-3 <= lo || !s.wordIs(a-1, "and") || !s.toks[a-2].isPunct(',') || m.kind == mPronoun || m.coordinated || m.relative != 0 {
		return c, false
	}
	hm, _, ok := s.exampleHead(a-3, lo)
	if f := s.mentionStart(hm); ok && s.subjectEdge(f, lo) {
		return mention{first: f, last: m.last, head: m.head, kind: mDescription, entity: -1, titleFirst: f, titleLast: f, coordinated: true}, true
	}
	return c, false
}

// exampleHead returns the plural noun phrase before ", including" (or the
// like) whose list of examples, names, commas and "and" alone, ends at
// j0, and where "including" stands; it scans back a bounded window. Not a
// plural after a preposition: "In several states, including A and B,
// ...".
func (s *state) exampleHead(j0, lo int) (m mention, at int, ok bool) {
	for j := j0; j > lo+1 && j >= j0-15; j-- {
		t := &s.toks[j]
		switch {
		case t.capWord() || t.isPunct(',') || t.kind == tClitic || t.lowerWord() && s.wordIs(j, "and", "or", "the"):
			continue
		case t.lowerWord() && s.wordIs(j, "of") && s.toks[j-1].lowerWord() && s.pluralHead(j-1) && s.wordIs(j-2, "including", "like", "notably", "especially"):
			// "including units of Acme, Bell and Wirex": the
			// plural that the names own is one of the examples.
			j--
			continue
		case s.exampleCloses(j) >= 0:
			c := s.exampleCloses(j) - 1
			if c <= lo || !s.toks[c].isPunct(',') {
				return m, 0, false
			}
			if hm, hok := s.npEndingAt(c-1, lo, false); hok && hm.kind == mDescription && s.pluralHead(hm.head) && !(s.mentionStart(hm) > lo && s.toks[s.mentionStart(hm)-1].lowerWord() && s.toks[s.mentionStart(hm)-1].class&cPrep != 0) {
				return hm, j, true
			}
			return m, 0, false
		default:
			return m, 0, false
		}
	}
	return m, 0, false
}

// pluralBeforePP returns the description of people or bodies in the
// plural, with a determiner or opening the sentence, that "in" or "from"
// before the name at f hangs on: "several airlines (in Norvia)", "the
// firms (from Vell)", "Officials (in Kestia)"; or of a body in the
// singular with its determiner before "in": "the Norvian embassy (in
// Dover)".
func (s *state) pluralBeforePP(f, lo int) (m mention, ok bool) {
	p := f - 1
	if p-1 < lo || !s.toks[p].lowerWord() || !s.wordIs(p, "in", "from", "like", "as") {
		return m, false
	}
	h := p - 1
	example := !s.wordIs(p, "in", "from")
	if s.wordIs(p, "as") {
		// "towns such as Dover": examples of the plural, which speaks.
		if p-2 < lo || !s.wordIs(p-1, "such") {
			return m, false
		}
		h = p - 2
	}
	t := &s.toks[h]
	if t.kind != tWord || !(t.lowerWord() || t.flags&fSentStart != 0) || t.class&(cDet|cPrep|cConj|cSubord|cAux) != 0 || !s.nounish(h) {
		return m, false
	}
	// A body in the singular with its determiner speaks too: "the
	// Norvian embassy (in Dover)", "its mission (in Kestia)".
	body := !example && t.lowerWord() && t.class&(cBody|cOrg) != 0 && !s.pluralHead(h) && s.wordIs(p, "in")
	if !body && !s.pluralHead(h) {
		return m, false
	}
	a := h
	for a > lo && a > h-3 && s.toks[a-1].kind == tWord && (s.toks[a-1].lowerWord() && s.nounish(a-1) || body && s.toks[a-1].capWord() && s.toks[a-1].class&cOrg == 0) && s.toks[a-1].class&(cDet|cPossPron) == 0 {
		a--
	}
	capsOpen := false
	if c := a; !body && example {
		// Capitalised modifiers that open the sentence go with a
		// plural whose examples follow: "Eastern EU states like
		// Kestia".
		for c > lo && c > h-3 && s.toks[c-1].capWord() && s.toks[c-1].class&(cDet|cPossPron|cPrep|cConj|cSubord) == 0 {
			c--
		}
		if c < a && s.toks[c].flags&fSentStart != 0 {
			a, capsOpen = c, true
		}
	}
	switch {
	case capsOpen:
	case a-1 >= lo && s.toks[a-1].kind == tWord && (s.toks[a-1].class&(cDet|cPossPron) != 0 || s.wordIs(a-1, "several", "many", "some")):
		a--
	case body:
		return m, false
	case a == h && s.toks[a].flags&fSentStart != 0:
		// "Officials in Norvia said": a bare plural opens the sentence.
	case !body && a-1 >= lo && s.toks[a-1].flags&fSentStart != 0 && s.toks[a-1].capWord() && s.toks[a-1].class&cOrg == 0 && s.nounish(a-1):
		// "Foreign aid agencies in Norvia said": so does one with
		// its modifiers.
		a--
	case !body && a > lo && s.toks[a-1].isPunct(',') && s.toks[a].lowerWord() && s.shortFronted(lo, a-1):
		// And after a fronted phrase: "Last month, aid agencies in
		// Norvia said".
	default:
		return m, false
	}
	return mention{first: a, last: h + 1, head: h, kind: mDescription, entity: -1, titleFirst: a, titleLast: a}, true
}

// subordBefore reports whether the word before the noun phrase at f, past
// an article, can open a clause: "after bakers and millers said".
func (s *state) subordBefore(f int) bool {
	p := f - 1
	if p > 0 && s.toks[p].class&cDet != 0 {
		p--
	}
	return p >= 0 && s.toks[p].kind == tWord && s.toks[p].class&cSubord != 0
}

// shortFronted reports whether tokens [a, c) before the comma at c are a
// short phrase with no verb that opens the sentence: "Last month,", "On
// Monday,".
func (s *state) shortFronted(a, c int) bool {
	if c-a < 1 || c-a > 4 || s.toks[a].flags&fSentStart == 0 {
		return false
	}
	for k := a; k < c; k++ {
		if s.toks[k].kind != tWord || s.verbLike(k) {
			return false
		}
	}
	return true
}

// alternativeInPP reports whether the noun phrase at f is the last of
// alternatives joined by "or" after a preposition, "for Reyes or Diaz or
// Ann Lee (said)": the object of the preposition, never a speaker. The
// look back passes at most four alternatives.
func (s *state) alternativeInPP(f, lo int) bool {
	for n := 0; n < 4 && f-2 >= lo && s.toks[f-1].lowerWord() && s.wordIs(f-1, "or"); n++ {
		m, ok := s.npEndingAt(f-2, lo, false)
		if !ok || s.mentionStart(m) >= f-1 {
			return false
		}
		f = s.mentionStart(m)
		if s.insidePP(f) {
			return true
		}
	}
	return false
}

// clauseOpenerBefore reports whether the noun phrase at k follows a word
// that opens a clause as well as a phrase, "after", "before", "since" or
// "until", so that with an aside and a verb after it the phrase is the
// clause's subject: "a day after the Port Board, a big landlord, said".
func (s *state) clauseOpenerBefore(k int) bool {
	if s.toks[k].class&(cDet|cPossPron) == 0 && !s.toks[k].capWord() {
		// Not a gerund: "after winning the primary, Lee said".
		return false
	}
	j := k - 1
	if j >= 0 && s.toks[j].lowerWord() && s.toks[j].class&cDet != 0 {
		j--
	}
	return j >= 0 && s.clauseOpener(j)
}

// clauseOpener reports whether token k is a word that opens a phrase or,
// with a subject after it, a clause: "after the vote", "after the board
// said".
func (s *state) clauseOpener(k int) bool {
	return s.toks[k].lowerWord() && s.wordIs(k, "after", "before", "since", "until")
}

// nounForm reports whether a speech word can be a noun modifier in a
// description ("protest leaders", "campaign report authors"): a base form,
// not a past or a participle.
func (s *state) nounForm(k int) bool {
	t := &s.toks[k]
	if t.flags&fCap != 0 || t.class&(cPrep|cConj|cSubord|cAux|cNeg|cSubjPron|cObjPron) != 0 {
		return false
	}
	w := s.lower(k)
	switch w {
	case "said", "says", "told", "tells", "wrote", "writes", "say", "tell", "write":
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// possessedNoun reports whether the speech word at i is a noun after a
// possessor that is no pronoun, and a modifier or two: "the city's
// reports", stripped "last year s anti-tax protests". "she s warned" is
// "she has warned", and "said" after a name's "'s" is "has said".
func (s *state) possessedNoun(i, lo int) bool {
	if !s.nounForm(i) {
		return false
	}
	p := i - 1
	for p > lo && p >= i-3 && (s.toks[p].isPunct('-') || s.toks[p].lowerWord() && s.toks[p].class&(cDet|cPrep|cConj|cSubord|cAux|cNeg|cSpeech) == 0 && !s.possessive(p)) {
		p-- // "anti-tax", "mass"
	}
	return p-1 >= lo && s.possessive(p) && s.toks[p-1].kind == tWord && s.toks[p-1].class&(cSubjPron|cObjPron) == 0
}

// roleBefore reports whether [a, b) is a description of a role that
// stands in apposition before a name: "The committee's ranking Democrat",
// "Lee's budget director". It starts with a determiner or a possessive,
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
		if s.verbLike(k) || s.toks[k].kind == tPunct || s.toks[k].class&cNeg != 0 {
			return false
		}
		if s.toks[k].kind == tClitic && k > a && (s.toks[k-1].class&cSubjPron != 0 || s.wordIs(k-1, "that", "there", "here", "what")) {
			// "It’s not new in Dover, Lee said": the clitic is a verb,
			// not a possessive's, and the words a statement.
			return false
		}
	}
	return b-a <= 8
}

// coordinated extends a subject to the names or pronouns joined to it by
// "and": "Reyes and Park said" has one speaker, as written.
func (s *state) coordinated(m mention, lo int) mention {
	a := s.mentionStart(m)
	article := m.kind == mName && a-3 >= lo && s.toks[a-1].lowerWord() && s.wordIs(a-1, "the") && s.wordIs(a-2, "and")
	if article {
		// "the Harbour Union and the Dover Guild": the article of a
		// name no word shows to be a body's.
		a--
	}
	if p := a - 1; m.kind == mName && !article && p-2 >= lo {
		// "Lee and her ruling Harbour Party said": a possessive and
		// its modifiers before the name; the owner speaks with it.
		for n := 0; n < 2 && p-2 >= lo && s.toks[p].lowerWord() && s.toks[p].class&(cPossPron|cDet|cPrep|cConj|cSubord|cAux) == 0 && !s.verbLike(p); n++ {
			p--
		}
		if s.toks[p].lowerWord() && s.toks[p].class&cPossPron != 0 && s.wordIs(p-1, "and") {
			a = p
		}
	}
	if a-2 < lo || s.toks[a-1].kind != tWord || s.word(a-1) != "and" {
		return m
	}
	if c, ok := s.examplesAnd(m, a, lo); ok {
		return c
	}
	if m.kind == mDescription && !m.coordinated && m.titleFirst == a && s.nounish(a-2) && s.nounish(a) && s.toks[a-2].class&cTime == 0 && s.runAt(a-2) < 0 && (a-2 == lo || s.clauseEdge(a-3)) {
		// "current and former officials": two modifiers of one head.
		m.first, m.titleFirst, m.titleLast = a-2, a-2, a-2
		return m
	}
	other, ok := s.npEndingAt(a-2, lo, false)
	if o := s.mentionStart(other) - 1; article && ok && o >= lo && s.toks[o].lowerWord() && s.toks[o].class&cPrep != 0 {
		// but not inside a phrase: "minister for Kestia and the
		// Isles Ann Lee".
		return m
	}
	if !ok && m.kind == mDescription && !m.coordinated && m.relative == 0 && s.wordIs(a, "other") {
		// "Q, the port and other officials said": "other" makes
		// the noun before "and" one of the group, whatever its head.
		if o := s.articlePhraseStart(a-2, lo); o >= 0 && s.subjectEdge(o, lo) {
			m.first, m.titleFirst, m.titleLast = o, o, o
			return m
		}
	}
	if !ok && m.kind != mPronoun && !m.coordinated && m.relative == 0 && (m.kind != mName || m.titleLast == m.titleFirst) && !(s.toks[a-2].capWord() && s.toks[a].capWord()) {
		// "Kestia s trade and farm ministers said", "The Reyes
		// family and Lee said": the words before "and" are no speaker
		// of their own, but open the clause with it.
		if o := s.phraseStartBefore(a-2, lo); o >= 0 {
			return mention{first: o, last: m.last, head: m.head, kind: mDescription, entity: -1, titleFirst: o, titleLast: o, coordinated: true}
		}
	}
	if ok && other.kind == mDescription && m.kind == mName && !other.coordinated && other.relative == 0 && m.relative == 0 && m.titleLast == m.titleFirst {
		// "The mayor and Lee said": a description that opens the
		// clause speaks with the name after it.
		if o := s.mentionStart(other); s.subjectEdge(o, lo) && !s.hasClause(o, a-1) {
			return mention{first: o, last: m.last, head: m.last - 1, kind: mDescription, entity: -1, titleFirst: o, titleLast: o, coordinated: true}
		}
	}
	if ok && other.kind == mDescription && m.kind == mDescription && !m.coordinated && !other.coordinated && m.relative == 0 && other.relative == 0 && s.plainHead(other.head) && s.toks[m.head].lowerWord() {
		// "Q, hospital officials and residents said": two groups after
		// a statement speak together, as one description; so does one
		// person with two roles under one article, "Q, the senator and
		// party chairman said", whose name is the whole.
		if o := s.mentionStart(other); s.subjectEdge(o, lo) && !s.hasClause(o, a-1) {
			m.first, m.titleFirst, m.titleLast = o, o, o
			return m
		}
	}
	if o := s.mentionStart(other); ok && other.kind == mDescription && m.kind == mDescription && !other.coordinated && !m.coordinated && m.relative == 0 && s.pluralHead(other.head) && s.pluralHead(m.head) && o > lo && s.toks[o-1].isPunct(',') {
		// "FRONT, dock workers and managers say, REST": plurals joined
		// after the comma that sets the attribution off speak together.
		return mention{first: o, last: m.last, head: m.head, kind: mDescription, entity: -1, titleFirst: o, titleLast: o, coordinated: true}
	}
	if ok && other.kind == mDescription && (m.kind == mDescription || m.kind == mName && m.titleLast == m.titleFirst) && !other.coordinated && !m.coordinated && m.relative == 0 && other.relative == 0 {
		// "The council, the mayor and the farmers said": a list of
		// noun phrases that opens the clause speaks together; so with
		// a name last, "The council, the mayor and the Harbour League
		// said".
		if f := s.listStart(s.mentionStart(other), lo); f >= 0 {
			return mention{first: f, last: m.last, head: m.head, kind: mDescription, entity: -1, titleFirst: f, titleLast: f, coordinated: true}
		}
	}
	if !ok || other.kind == mDescription || m.kind == mDescription && (m.coordinated || other.kind == mPronoun && pronounPerson(s.word(other.first)) == 'w') {
		// "she and another reporter", "Lee and the mayor" speak
		// together; two descriptions are one ("officials and aides").
		return m
	}
	first := s.mentionStart(other)
	if g := s.withArticle(first, lo); g < first && s.subjectEdge(g, lo) {
		// "The Reyeses and Lee said"
		first = g
	}
	// "Kestia, Norvia and Vell announced": a list of names before the
	// last "and", when it opens the clause; "Kestia, the Isles and
	// Norvia".
	for f, n := s.withArticle(s.mentionStart(other), lo), 0; n < 4 && f-2 >= lo && s.toks[f-1].isPunct(','); n++ {
		prev, ok := s.npEndingAt(f-2, lo, false)
		if p := s.mentionStart(prev); ok && prev.kind == mDescription && !prev.coordinated && prev.head+1 < prev.last && s.wordIs(prev.head+1, "of", "from") && s.subjectEdge(p, lo) {
			// "Q, the heads of the Harbour Council, the Dover Board
			// and the Port Authority said": the list is the object of
			// the noun that speaks, which opens the clause; after a
			// name, "Sens. Ann Lee of Dover, Tom Reyes and Jo Park
			// said", the names speak together.
			if s.toks[prev.head].lowerWord() {
				prev.last = m.last
				return prev
			}
			first = p
			break
		}
		if !ok || prev.kind != mName {
			break
		}
		f = s.withArticle(s.mentionStart(prev), lo)
		if s.subjectEdge(f, lo) {
			first = f
		}
	}
	return mention{first: first, last: m.last, head: m.last - 1, kind: mDescription, entity: -1,
		titleFirst: first, titleLast: first, coordinated: true, relative: m.relative}
}

// andBeforeRole returns the "and" before a role of one to four words
// that opens with a determiner or a possessive and ends at the comma c,
// "and her counterpart,", "and his Kestian counterpart,", or -1.
func (s *state) andBeforeRole(c, lo int) int {
	for p := c - 1; p > lo && p >= c-5; p-- {
		t := &s.toks[p]
		if t.kind != tWord || p == c-1 && !t.lowerWord() {
			return -1
		}
		if s.wordIs(p, "and") {
			if p+1 < c-1 && s.toks[p+1].class&(cDet|cPossPron) != 0 && s.toks[p+1].class&cSubjPron == 0 {
				return p
			}
			return -1
		}
		if t.class&(cPrep|cConj|cSubord|cAux|cSpeech) != 0 || s.verbLike(p) {
			return -1
		}
	}
	return -1
}

// headSeenBefore reports whether the head noun of the description m
// stood in the reporter's words before token a, within the n sentences
// before m: "the sources said" goes back to "according to several
// sources", not to the bodies named together at a, after them. "Acme and
// Wirex, the plaintiffs, sued" names its group with the noun after it.
func (s *state) headSeenBefore(m mention, a, n int) bool {
	lo := max(s.reporterSentence(m.first, n), m.first-400) // bounded: a run-on "sentence" may be the whole text
	for j := min(a, m.first) - 1; j >= lo; j-- {
		if s.toks[j].lowerWord() && strings.EqualFold(s.word(j), s.word(m.head)) && s.pairOf[j] < 0 && !s.inReported(j) {
			return true
		}
	}
	return false
}

// listStart returns where a list of noun phrases set off by commas that
// ends with the one starting at o opens the clause, "Kestia, the council,
// the mayor", or -1 if no comma precedes o or the list opens no clause.
func (s *state) listStart(o, lo int) int {
	for n := 0; n < 4 && o-2 >= lo && s.toks[o-1].isPunct(','); n++ {
		prev, ok := s.npEndingAt(o-2, lo, false)
		if !ok || prev.kind == mPronoun || prev.coordinated || prev.relative != 0 {
			return -1
		}
		o = s.withArticle(s.mentionStart(prev), lo)
		if s.subjectEdge(o, lo) {
			return o
		}
	}
	return -1
}

// joinsWords reports whether a coordinated mention joins words in lower
// case with "and", "family and lawyer", not the words of a name, "Customs
// and Border Protection".
func (s *state) joinsWords(m mention) bool {
	for k := m.first; k+1 < m.last && k < m.first+12; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "and") && s.toks[k+1].lowerWord() {
			return true
		}
	}
	return false
}

// withArticle returns the "the" before a name that starts at f, or f.
func (s *state) withArticle(f, lo int) int {
	if f-1 >= lo && (s.toks[f-1].lowerWord() || s.toks[f-1].flags&fSentStart != 0) && strings.EqualFold(s.word(f-1), "the") {
		return f - 1
	}
	return f
}

// phraseStartBefore returns where a short noun phrase that ends at j
// starts, when it opens the clause, or -1: up to five words that may
// stand in a noun phrase, a possessor's name among them ("Kestia s
// defense"), after an optional determiner ("some regional").
func (s *state) phraseStartBefore(j, lo int) int {
	for p := j; p >= lo && p > j-5; p-- {
		t := &s.toks[p]
		det := t.kind == tWord && t.class&(cDet|cPossPron) != 0 && t.class&cSubjPron == 0 && p < j
		// A noun in -ly after a name is no adverb: "the Reyes family".
		noun := s.nounish(p) || t.lowerWord() && s.lyAdverb(p) && p-1 >= lo && s.toks[p-1].capWord()
		if !det && !(s.possessive(p) && p-1 >= lo && s.toks[p-1].capWord()) && !(noun && !s.verbLike(p)) {
			return -1
		}
		if s.subjectEdge(p, lo) {
			return p
		}
		if det {
			return -1
		}
	}
	return -1
}

// plainHead reports whether the head k of a description is a common
// noun: in lower case, or capitalised only as a sentence's first word,
// "Police and the government said".
func (s *state) plainHead(k int) bool {
	return s.toks[k].lowerWord() || s.toks[k].capWord() && s.toks[k].flags&fSentStart != 0 && s.runAt(k) < 0
}

// subjectEdge reports whether a subject that starts at token o opens its
// clause: at the start lo, after a quotation's closing mark, or after a
// comma that ends a clause ("Q, hospital officials and residents said"),
// so that it is not the object of a verb before it ("attacked the town
// and residents said").
func (s *state) subjectEdge(o, lo int) bool {
	if o == lo || o == s.clauseOpening(lo) {
		// "But researchers and aid workers say"
		return true
	}
	if o-1 < lo {
		return false
	}
	if p := &s.toks[o-1]; p.kind == tMark && s.pairOf[o-1] >= 0 && s.pairs[s.pairOf[o-1]].close == o-1 {
		return true
	}
	return o-1 > lo && s.toks[o-1].isPunct(',') && (s.hasClause(lo, o-1) || s.presentVerb(lo, o-1))
}

// bodiesJoined reports whether the names joined in mention m are
// bodies: the last holds an organisation word and the first is no
// person's name, "the Times and the Harbour Herald", "Science and
// Technology Directorate".
func (s *state) bodiesJoined(m mention) bool {
	last := s.runAt(m.last - 1)
	if last < 0 || s.runKind(s.runs[last].nameFirst, s.runs[last].last) != Organization && !(s.runs[last].entity >= 0 && s.entityKind(s.runs[last].entity) == Organization) {
		// "Kestia, Norvia and Vell": places or bodies shown so by
		// the text, if not by their words.
		return false
	}
	f := m.first
	if f+1 < m.last && s.toks[f].class&cDet != 0 && s.wordIs(f, "the") {
		f++
	}
	first := s.runAt(f)
	if first < 0 && s.toks[f].lowerWord() && s.toks[f].class&(cBody|cOrg) != 0 {
		// A body in lower case first: "the council, the port authority
		// and the Harbour League"; not with a person between, "the
		// council, the mayor and ...".
		for k := f + 1; k < m.last; k++ {
			if t := &s.toks[k]; t.lowerWord() && t.class&(cTitle|cUnnamed) != 0 && t.class&(cBody|cOrg) == 0 {
				return false
			}
		}
		return true
	}
	if first < 0 || first == last {
		return first == last
	}
	e := s.runs[first].entity
	return e < 0 || s.entities[e].kind != Person || !s.entities[e].personal
}

// examplesOfBodies reports whether coordinated mention m opens with a
// plural of places or bodies, not people, and its list of examples:
// "Several towns, including Dover and Kestia, and Ann Lee said" speak as
// the towns do, where "Several officials, including ..." are people.
func (s *state) examplesOfBodies(m mention) bool {
	for k := m.first + 1; k+1 < m.last && k <= m.first+5; k++ {
		if !s.toks[k].isPunct(',') {
			continue
		}
		if s.exampleOpens(k+1) < 0 {
			return false
		}
		h := &s.toks[k-1]
		return h.lowerWord() && s.pluralHead(k-1) && h.class&(cUnnamed|cTitle) == 0
	}
	return false
}

// namesOnlyBefore reports whether the words of a coordinated mention
// before its "and" are capitalised, after an optional "the", and none
// is a run that names a person: "Kestian and Norvian officials", not "Ann
// Lee and party officials".
func (s *state) namesOnlyBefore(m mention) bool {
	k := m.first
	if s.wordIs(k, "the") {
		k++
	}
	if k >= m.last || !s.toks[k].capWord() || s.toks[k].class&cSubjPron != 0 {
		return false // "She and her aides": a person among them
	}
	for ; k < m.last && k < m.first+8; k++ {
		if s.wordIs(k, "and") {
			// The head needs a word of its own before it: "Lee and
			// others" may be a person and a group.
			return k+2 < m.last
		}
		if !s.toks[k].capWord() {
			return false
		}
		if r := s.runAt(k); r >= 0 && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Person && s.entities[s.runs[r].entity].personal {
			return false
		}
	}
	return false
}

// nameRunBefore returns the run of a name that ends right before token k
// and does not end in a title or body word, or -1.
func (s *state) nameRunBefore(k int) int {
	r := s.runAt(k - 1)
	if r < 0 || s.runs[r].last != k || s.runs[r].entity < 0 || s.toks[k-1].class&(cTitle|cTitleAbbrev|cHonorific|cOrg) != 0 {
		return -1
	}
	return r
}

// personEndsAt reports whether a person's name, shown to be one by a
// first name, a title or an honorific, ends right before the "and" at k,
// and a title opens what follows it: "Ann Lee and Mayor Tom Reyes", not
// "Kestian Customs and Border Police spokeswoman Ann Lee" nor "former
// Dover Gov. and party chairman Ann Lee".
func (s *state) personEndsAt(k int) bool {
	r := s.nameRunBefore(k)
	if r < 0 {
		return false
	}
	if e := s.runs[r].entity; s.entityKind(e) != Person || !s.entities[e].personal {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+3 && s.toks[j].capWord(); j++ {
		if s.toks[j].class&(cTitle|cTitleAbbrev|cHonorific) != 0 {
			return true
		}
	}
	return false
}

// titledPersonEndsAt reports whether a name with a title of its own ends
// right before the "and" at k, "Mayor Ann Lee and ...", so that the roles
// after "and" are another person's.
func (s *state) titledPersonEndsAt(k int) bool {
	r := s.nameRunBefore(k)
	if r < 0 {
		return false
	}
	f := s.runs[r].first
	titled := f < s.runs[r].nameFirst || f > 0 && s.toks[f-1].lowerWord() && s.toks[f-1].class&cTitle != 0
	return titled && s.entityKind(s.runs[r].entity) == Person
}

// fieldBeforeName returns the title before "for" and one or two words in
// lower case that end at k, "Director for expansion", or k if there are
// none.
func (s *state) fieldBeforeName(k, limit int) int {
	for p := k; p > limit && p >= k-1; p-- {
		if !s.toks[p].lowerWord() || !s.nounish(p) || s.verbLike(p) || s.toks[p].class&cTitle != 0 {
			return k
		}
		if f := p - 1; f > limit && s.toks[f].lowerWord() && s.wordIs(f, "for") && s.toks[f-1].kind == tWord && s.toks[f-1].class&cTitle != 0 {
			return f - 1
		}
	}
	return k
}

// fieldAfterTitle returns the token after "for" and one or two words in
// lower case that follow a title at e-1 and come before a name, "Director
// for expansion Ann Lee", or e if there are none.
func (s *state) fieldAfterTitle(e, hi int) int {
	if e < 1 || e+2 >= hi || !s.toks[e].lowerWord() || !s.wordIs(e, "for") || s.toks[e-1].class&cTitle == 0 {
		return e
	}
	for f := e + 1; f < hi && f <= e+2; f++ {
		if !s.toks[f].lowerWord() || !s.nounish(f) || s.verbLike(f) {
			return e
		}
		if r := s.runAt(f + 1); f+1 < hi && r >= 0 && s.runs[r].first == f+1 && s.runKind(s.runs[r].nameFirst, s.runs[r].last) == Person {
			return f + 1
		}
	}
	return e
}

// noPersonBefore reports whether the words of a coordinated mention
// before its "and" hold a lower-case word and no person's name or
// pronoun: "Kestia s trade and farm ministers", "Spanish political
// and business leaders", not "Lee and party officials".
func (s *state) noPersonBefore(m mention) bool {
	lower := false
	for k := m.first; k < m.last && k < m.first+8; k++ {
		t := &s.toks[k]
		if s.wordIs(k, "and") {
			return lower && k+1 < m.last
		}
		if t.kind == tWord && t.class&(cSubjPron|cObjPron) != 0 {
			return false
		}
		if r := s.runAt(k); r >= 0 && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Person && s.entities[s.runs[r].entity].personal {
			return false
		}
		lower = lower || t.lowerWord() && t.class&cDet == 0
	}
	return false
}

// speaker builds the Speaker of a mention: the fullest name of its entity,
// the title nearest to that name, and the kind.
func (s *state) speaker(m mention) Speaker {
	if r := m.relative; r > 0 {
		// "Lee, who said": the relative pronoun is the cue's subject,
		// the words the attribution names; the name is the antecedent's.
		m.relative = 0
		sp := s.speaker(m)
		sp.Mention = s.tokenSpan(r-1, r)
		return sp
	}
	if m.kind == mPronoun && pronounPerson(s.word(m.first)) == 'n' {
		// "it said": the body that is the subject nearby.
		if a, ok := s.resolveIt(m.first); ok {
			// "it" stands for no person.
			sp := s.speaker(a)
			sp.Mention = s.tokenSpan(m.first, m.last)
			sp.Title = Span{}
			sp.Kind = Organization
			return sp
		}
	}
	if m.kind == mName && m.first > 0 && m.last-m.first <= 4 && s.toks[m.first-1].kind == tWord && s.wordIs(m.first-1, "a", "an") && s.toks[m.last-1].class&cTitle != 0 && s.toks[m.last-1].class&cOrg == 0 {
		// A role in capitals after "a" names no one: "a Dover
		// Democrat", "a Kestia Republican" are unnamed, as "a
		// Democrat from Dover" is.
		sp := Speaker{Name: s.tokenSpan(m.first-1, m.last), Kind: Unnamed}
		sp.Mention = sp.Name
		return sp
	}
	if m.kind == mName && m.first > 0 && m.last-m.first <= 4 && s.toks[m.first-1].kind == tWord && strings.EqualFold(s.word(m.first-1), "the") && s.toks[m.last-1].class&cTitle != 0 && s.toks[m.last-1].class&(cOrg|cTitleMod) == 0 && !s.runHasOrg(m.first, m.last) {
		// A title in capitals after "the" names no one but the holder
		// of the office, as "the president" does: "the Kestian
		// President said". A party's member may be the party's name,
		// "the Dover Republican"; and a body's name may end in a
		// title, "the Harbour Post Pollster".
		return s.speaker(mention{first: m.first - 1, last: m.last, head: m.last - 1, kind: mDescription, entity: -1, titleFirst: m.first - 1, titleLast: m.first - 1})
	}
	if m.kind == mDescription {
		if a, modifier, ok := s.documentAuthor(m); ok {
			// A document speaks for its author: "a Harbour Institute
			// report said" is the institute's.
			sp := s.speaker(a)
			if e := a.entity; modifier && sp.Kind == Person && sp.Title.IsZero() && !s.entities[e].addressed && (s.toks[a.last].kind != tClitic && a.first >= m.first || !s.entities[e].personal) {
				// A name that heads a document, with no more said
				// of it, is a body's: "a Wirex survey", "the Harbour
				// Kell poll"; one that owns or released it may be a
				// person's, "Ann Lee's report".
				sp.Kind = Organization
			}
			if f := &s.toks[m.first]; sp.Name.Start == f.start && f.class&cDet != 0 && a.first > m.first {
				// The article is the document's: "the U.N. report".
				b := s.toks[m.first+1].start
				sp.Name = Span{Text: s.text[b:sp.Name.End], Start: b, End: sp.Name.End}
			}
			f := m.first
			if r := s.runAt(f); modifier && a.first < f && r >= 0 && s.runs[r].first < f {
				// The phrase began before a slash in the name: "the
				// latest Wirex/Kell poll", not "Kell poll".
				f = s.runs[s.runAt(f)].first
				for d := f - 1; d >= 0 && d >= f-3 && s.toks[d].kind == tWord && (s.toks[d].class&cDet != 0 || s.toks[d].lowerWord() && !s.verbLike(d) && s.toks[d].class&(cPrep|cConj|cSubord|cSpeech) == 0); d-- {
					f = d
					if s.toks[d].class&cDet != 0 {
						break
					}
				}
			}
			sp.Mention = s.tokenSpan(f, m.last)
			return sp
		}
	}
	sp := Speaker{Mention: s.tokenSpan(m.first, m.last)}
	e := m.entity
	switch m.kind {
	case mPronoun:
		if g, ok := s.singularSubjectBefore(m); ok {
			// "The mayor denounced what he called ...": the clause's
			// own subject, not a name further back.
			gs := s.speaker(g)
			gs.Mention = sp.Mention
			return gs
		}
		e = s.resolvePronoun(m.first)
	case mDescription:
		e = s.resolveDescription(m)
		if e < 0 {
			e = s.agedReferent(m)
		}
		if e < 0 {
			if e = s.ledeHolder(m); e >= 0 && s.entities[e].titleLast <= s.entities[e].titleFirst {
				sp.Title = sp.Mention // the only role the story gives
			}
		}
	}
	if e < 0 && s.plural(m) {
		// "they", "the plaintiffs": the names listed together as the
		// subject a few sentences before.
		back := 4
		if m.kind == mDescription {
			back = 10 // a description names its referent again: further
		}
		if a, b, org, ok := s.resolveGroup(m.first, back); ok && !(m.kind == mDescription && s.headSeenBefore(m, a, back)) {
			sp.Name = s.tokenSpan(a, b)
			sp.Kind = Person
			if org {
				sp.Kind = Organization
			}
			return sp
		}
		g, ok := s.pluralSubjectBefore(m)
		if !ok {
			if g, ok = s.pluralSubjectAbove(m); ok {
				// The subject before is a description that may name
				// its referent in turn: "Acme and Wirex sued. ... The
				// plaintiffs appealed. They said ..." is Acme and Wirex.
				gs := s.speaker(g)
				gs.Mention = sp.Mention
				return gs
			}
		}
		if ok {
			sp.Name = s.tokenSpan(s.mentionStart(g), g.last)
			sp.Kind = Unnamed // "critics", "residents near the border"
			if g.kind == mName || s.toks[g.head].class&(cOrg|cBody) != 0 {
				sp.Kind = Organization
			}
			return sp
		}
	}
	switch {
	case e >= 0:
		en := &s.entities[e]
		sp.Kind = s.entityKind(e)
		f, l := s.entityRange(e, sp.Kind)
		sp.Name = s.tokenSpan(f, l)
		if sp.Kind == Organization && m.kind == mName {
			// The mention keeps its article too: "the Ledger said".
			a := s.bodyArticle(m.first, m.last)
			sp.Mention = s.tokenSpan(a, m.last)
			if m.last-m.first > en.nameLast-en.nameFirst && s.toks[m.last-1].kind != tClitic && (f == en.nameFirst || f == en.nameFirst-1 && s.wordIs(f, "the") || m.last-a > l-f) {
				// Not shorter than a name with its owner, though.

				sp.Name = sp.Mention
			}
		}
		if en.titleLast > en.titleFirst && sp.Kind == Person {
			sp.Title = s.tokenSpan(en.titleFirst, s.roleEnd(en.titleFirst, en.titleLast))
		}
	case m.coordinated:
		sp.Name = sp.Mention
		sp.Kind = Person
		f := m.first
		if s.toks[f].lowerWord() && s.toks[f].class&cDet != 0 {
			f++
		}
		if f+1 < m.last && s.toks[f].class&cUnnamed != 0 && s.pluralHead(f) && s.toks[f+1].lowerWord() && s.wordIs(f+1, "in", "from") {
			// "officials in Dover and Kestia": people of the places.
			sp.Kind = Unnamed
			return sp
		}
		if s.bodiesJoined(m) || s.examplesOfBodies(m) {
			sp.Kind = Organization
		} else if h := &s.toks[m.last-1]; h.lowerWord() && (s.namesOnlyBefore(m) || s.noPersonBefore(m)) {
			// "South Kestian and Norvian officials", "Acme and other
			// groups": the names before "and" share the head noun, or
			// are bodies like it, and no person is among them.
			switch {
			case h.class&cUnnamed != 0:
				sp.Kind = Unnamed
			case h.class&(cBody|cOrg) != 0:
				sp.Kind = Organization
			}
		}
		return sp
	case m.kind == mDescription:
		sp.Name = sp.Mention
		sp.Kind = Unnamed
		if h := &s.toks[m.head]; h.class&(cBody|cDocument|cOrg) != 0 && h.class&cUnnamed == 0 {
			sp.Kind = Organization
			if e := s.bodyNounAntecedent(m); e >= 0 {
				// "rights group Harbour Watch said ... . The group said":
				// the body named with that noun goes on.
				sp.Name = s.entityName(e, Organization)
			} else if a, b := s.bodyNamedBefore(m); b > a {
				sp.Name = s.tokenSpan(a, b)
			}
		} else if m.head > m.first && h.capWord() && s.toks[m.head-1].lowerWord() && s.toks[m.head-1].class&cBody != 0 {
			// "Norvian state news agency Wirex": the body named last.
			sp.Kind = Organization
		}
	default:
		sp.Name = sp.Mention
		if d, ok := s.newPersonBefore(m.first); ok && m.kind == mPronoun {
			// The someone new it stands for: "a teacher".
			sp.Name = s.tokenSpan(s.mentionStart(d), d.last)
			sp.Kind = Unnamed
			return sp
		}
		switch pronounPerson(sp.Mention.Text) {
		case 'p':
			sp.Kind = Unnamed
		case 'n':
			sp.Kind = Organization
		}
	}
	if m.titleLast > m.titleFirst && sp.Kind == Person && sp.Title.Text == "" && !s.courtesyOnly(m.titleFirst, m.titleLast) {
		// A person has one title across the article, the one given
		// with the fullest name; the mention's own title serves when
		// the person has none.
		sp.Title = s.tokenSpan(m.titleFirst, s.roleEnd(m.titleFirst, m.titleLast))
	}
	return sp
}

// roleEnd returns where a title in tokens [a, b) ends: before a relative
// clause on its last noun, which is no part of the role, "head of the
// dock group" in "head of the dock group that runs the ferry".
func (s *state) roleEnd(a, b int) int {
	for k := a + 2; k+1 < b; k++ {
		if s.toks[k].lowerWord() && s.wordIs(k, "that", "which") && s.toks[k-1].kind == tWord && s.toks[k-1].class&(cPrep|cDet|cConj|cSubord) == 0 && s.relativeVerb(k+1) {
			return k
		}
	}
	return b
}

// relativeVerb reports whether token k, right after a relative "that" or
// "which", is the relative clause's verb: "was", "drew", "runs".
func (s *state) relativeVerb(k int) bool {
	t := &s.toks[k]
	if !t.lowerWord() || t.class&(cDet|cPrep|cConj|cTitle|cTitleMod|cOrg|cAdverb) != 0 {
		return false
	}
	if s.verbLike(k) {
		return true
	}
	w := s.lower(k)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// documentAuthor returns the name of the author that description m of a
// document gives in or right by it, as handgold does: "Kestia's budget
// report", "a Harbour Institute report", "a report by (or from) the
// Harbour Institute", "a poll compiled by Ann Lee", and a paper for what
// it printed, "an editorial in the Ledger". An adjective of a people ("a
// Kestian report") or a time ("a March report") is no author, nor is a
// name before a noun of people or bodies, "a Kestia ministry report".
// modifier reports that the name comes before the noun.
func (s *state) documentAuthor(m mention) (author mention, modifier, ok bool) {
	k := m.head
	if m.coordinated {
		// "a poll by Harbour College and the Ledger": the document
		// comes first.
		k = -1
		for j := m.first; j < m.last && j < m.first+6; j++ {
			if s.toks[j].lowerWord() && s.toks[j].class&cDocument != 0 {
				k = j
				break
			}
		}
	}
	if k < m.first || k >= m.last || !s.toks[k].lowerWord() || s.toks[k].class&cDocument == 0 || s.wordIs(k, "figures") && (s.toks[m.first].lowerWord() || s.toks[m.first].class&(cDet|cUnnamed) != 0 || s.peopleFigures(m.first, k)) {
		// "some party figures" are people, and so are "Senior Harbour
		// Party figures"; "Harbour Board figures" are data.
		return mention{}, false, false
	}
	if m.head == m.first+1 && m.last == k+1 && s.wordIs(m.first, "the", "The") {
		a, ok := s.releasedBy(m)
		return a, true, ok
	}
	if s.toks[m.first].kind != tWord || s.toks[m.first].class&(cDet|cPossPron) == 0 && !s.toks[m.first].capWord() {
		return mention{}, false, false
	}
	p := k + 1
	if p+1 < m.last && s.toks[p].lowerWord() && s.wordIs(p, "compiled", "conducted", "released", "published", "commissioned", "issued", "prepared") {
		p++
	}
	// A paper is the author of what it prints, "an article in the
	// Ledger", but not a place of what is done there, "polling in
	// Kestia".
	printed := s.wordIs(p, "in") && (p > k+1 && s.wordIs(p-1, "published") || s.wordIs(k, "article", "column", "editorial", "report"))
	if p+1 < m.last && s.toks[p].lowerWord() && (s.wordIs(p, "by", "from") || printed) {
		q := p + 1
		if s.wordIs(q, "the") && q+1 < m.last {
			q++
		}
		if b := q; !m.coordinated && s.toks[b].lowerWord() {
			// A body's noun before its name: "a survey by polling
			// firm Wirex".
			for b < m.last && b < q+4 && s.toks[b].lowerWord() && s.toks[b].class&(cPrep|cConj|cDet|cSubord) == 0 {
				b++
			}
			if b > q && b < m.last && s.toks[b-1].class&(cBody|cOrg) != 0 {
				q = b
			}
		}
		r := s.runAt(q)
		if r < 0 || s.runs[r].first != q || s.runs[r].entity < 0 {
			return mention{}, false, false
		}
		a := s.runMention(r)
		l := s.runs[r].last
		for l < m.last && l < s.runs[r].last+2 && s.toks[l].lowerWord() && s.toks[l].class&(cBody|cOrg) != 0 {
			l++ // "a survey by Wirex news agency"
		}
		if f := s.runs[r].nameFirst; l > s.runs[r].last && demonymEnd(s.word(f)) && !s.capsWord(f) {
			// "a statement from the Kestian army": the people's word
			// is no author; the army is, with its article.
			g := f
			if g-1 > p && s.toks[g-1].lowerWord() && s.wordIs(g-1, "the") {
				g--
			}
			return mention{first: g, last: l, head: l - 1, kind: mDescription, entity: -1, titleFirst: g, titleLast: g}, false, true
		}
		if l < m.last {
			// The name ends the phrase, or another is joined to it.
			if !m.coordinated || !s.wordIs(l, "and") {
				if !s.toks[l].lowerWord() || s.toks[l].class&cPrep == 0 || s.wordIs(l, "by") {
					// Not "a statement from Lee's office", nor one
					// from Lee, Tom Reyes and Jo Park, nor "an
					// article in the Ledger by Ann Lee", the writer's.
					return mention{}, false, false
				}
			} else {
				a.first, a.last, a.coordinated, a.entity = p+1, m.last, true, -1
			}
		}
		return a, false, true
	}
	if m.coordinated || s.toks[m.first].class&cPossPron != 0 {
		// "its Harbour Board filings" are its own.
		return mention{}, false, false
	}
	if s.wordIs(k, "post", "posts", "video", "videos", "footage", "page") || s.wordIs(k, topicDocuments...) {
		// The name before a post is its medium's, "a Wirex video";
		// before an indictment, a deal or a file it is the topic's,
		// "the Ann Lee indictment", "the Dover agreement".
		return mention{}, false, false
	}
	// Before the noun: the last name in the phrase, with only lower-case
	// modifiers between, "a Harbour Institute annual report".
	j := k - 1
	for j > m.first && s.toks[j].lowerWord() && s.toks[j].class&(cBody|cOrg|cUnnamed|cTitle|cTime|cPrep|cConj|cDet) == 0 {
		j--
	}
	if j <= m.first && !(j == m.first && s.toks[j].capWord() && s.toks[j].class&(cDet|cUnnamed) == 0 && (s.toks[j].flags&fSentStart == 0 || s.capsWord(j))) {
		// A capital that opens the sentence may be an adjective's:
		// "Final results showed".
		return mention{}, false, false
	}
	poss := s.toks[j].kind == tClitic
	if poss {
		j-- // "Kestia's budget report"
	}
	r := s.runAt(j)
	if r < 0 || s.runs[r].entity < 0 || s.runs[r].last != j+1 || s.toks[j].class&cTime != 0 || s.toks[s.runs[r].nameFirst].class&cUnnamed != 0 {
		// Not "One poll".
		return mention{}, false, false
	}
	if e := s.runs[r].entity; j < k-1 && s.toks[k-1].class&cDocument == 0 && !poss && s.entityKind(e) == Person && s.entities[e].personal {
		// A person's name heads a document's noun only right before
		// it, "the Ann Lee report", "the Ann Lee opinion poll"; with
		// other words between it is likely a topic's, "an Ann Lee
		// fan-mail column".
		return mention{}, false, false
	}
	if f := s.runs[r].nameFirst; j == f && !s.capsWord(f) && demonymEnd(s.word(f)) {
		return mention{}, false, false // "a Kestian report"
	}
	return s.runMention(r), true, true
}

// peopleFigures reports whether a word in [a, k), before "figures" at k,
// makes them people: "senior party figures", "top opposition figures".
func (s *state) peopleFigures(a, k int) bool {
	for j := a; j < k; j++ {
		if s.toks[j].kind == tWord && s.wordIs(j, "senior", "top", "leading", "prominent", "key", "party", "opposition", "establishment") {
			return true
		}
	}
	return false
}

// releasedBy returns the body or person that the text said, up to three
// sentences before, released, published or issued the document that "the"
// and its noun, m, stand for: in "The Harbour Institute released a report
// on Monday. The report said ..." the institute speaks. The document
// named last with that noun must be the released one.
func (s *state) releasedBy(m mention) (mention, bool) {
	lo := s.sents[max(0, int(s.sentOf[m.first])-3)].first
	for j := m.first - 1; j >= lo && j >= m.first-150; j-- {
		if !s.toks[j].lowerWord() || !strings.EqualFold(s.word(j), s.word(m.head)) {
			continue
		}
		d := j - 1
		for d > lo && d >= j-3 && s.toks[d].lowerWord() && s.toks[d].class&(cDet|cPossPron|cPrep|cConj|cSpeech) == 0 {
			d-- // "a new report", "its annual report"
		}
		v := d - 1
		if a, ok := s.releasedByAfter(j, m.first); ok && s.wordIs(d, "a", "an") {
			return a, true
		}
		if j+1 < m.first && s.wordIs(j+1, "from", "by") {
			// Another's: "Lee released a letter from the council".
			return mention{}, false
		}
		if v <= lo || !s.wordIs(d, "a", "an", "its", "their", "his", "her") || !s.toks[v].lowerWord() || !s.wordIs(v, "released", "published", "issued", "releases", "publishes", "issues") {
			return mention{}, false
		}
		e := v
		for e > lo && e >= v-3 && s.toks[e-1].kind == tWord && (s.toks[e-1].class&cTime != 0 || s.wordIs(e-1, "on", "also")) {
			e-- // "the institute on Monday released"
		}
		r := s.runAt(e - 1)
		if r < 0 || s.runs[r].last != e || s.runs[r].entity < 0 || s.inReported(e-1) {
			return mention{}, false
		}
		return s.runMention(r), true
	}
	return mention{}, false
}

// releasedByAfter returns the name after "by" when the document noun at
// j is followed by a passive "released" and its agent, with at most three
// words of time between: "A statement issued on Monday by the Harbour
// Council named ...". The scan ends before hi.
func (s *state) releasedByAfter(j, hi int) (mention, bool) {
	v := j + 1
	if v >= hi || !s.toks[v].lowerWord() || !s.wordIs(v, "released", "published", "issued") {
		return mention{}, false
	}
	b := v + 1
	for b < hi && b <= v+3 && s.toks[b].kind == tWord && (s.toks[b].class&cTime != 0 || s.wordIs(b, "on", "later", "earlier", "jointly")) {
		b++ // "released on Monday by", "released later by"
	}
	if b+1 >= hi || !s.wordIs(b, "by") {
		return mention{}, false
	}
	a := b + 1
	if s.wordIs(a, "the") {
		a++
	}
	r := s.runAt(a)
	if r < 0 || s.runs[r].first != a || s.runs[r].entity < 0 || s.inReported(a) {
		return mention{}, false
	}
	if l := s.runs[r].last; l < len(s.toks) && !s.agentEnds(l) {
		// The name must end the agent's phrase: not a part of it,
		// "by Ann Lee's lawyers", "by Dover police", "by Kestian
		// officials", "by Harbour Party leader Ann Lee", nor one that
		// may go on past its run, "by the Institute for the Study of
		// Ports".
		return mention{}, false
	}
	return s.runMention(r), true
}

// agentEnds reports whether token l, right after a name, ends the
// agent's phrase of a passive: punctuation that closes it or sets off an
// aside, "issued by the Harbour Council (HC)", "... - the port's owner
// -"; the clause's verb or a time, "issued by the Harbour Council named
// ...", "... on Monday"; a relative clause, "... that was read out"; or
// another participle, "released by the council and seen by Wirex".
func (s *state) agentEnds(l int) bool {
	t := &s.toks[l]
	if t.kind == tPunct {
		return t.isPunct(',') || t.isPunct('.') || t.isPunct(';') || t.isPunct('(') || t.isPunct(pDash)
	}
	if !t.lowerWord() {
		return false
	}
	if s.wordIs(l, "and") {
		return l+1 < len(s.toks) && s.toks[l+1].lowerWord() && (s.verbLike(l+1) || strings.HasSuffix(s.word(l+1), "en"))
	}
	return s.verbLike(l) || t.class&cTime != 0 || s.wordIs(l, "on", "that", "which")
}

// runMention returns run r as a name mention.
func (s *state) runMention(r int) mention {
	u := &s.runs[r]
	return mention{first: u.nameFirst, last: u.last, head: u.last - 1, kind: mName, entity: u.entity, titleFirst: u.first, titleLast: u.nameFirst}
}

// entityName returns the fullest name of entity e, of kind k; a body's
// keeps the article written before it, "the Harbour Council left", unless
// the article may be a noun's after it, "the Harbour Council vote".
func (s *state) entityName(e int, k SpeakerKind) Span {
	return s.tokenSpan(s.entityRange(e, k))
}

// entityRange returns the tokens of entityName.
func (s *state) entityRange(e int, k SpeakerKind) (int, int) {
	en := &s.entities[e]
	f, l := en.nameFirst, en.nameLast
	if k == Organization {
		if j := l + 1; j < len(s.toks) && s.toks[l].lowerWord() && s.wordIs(l, "news") && s.toks[j].lowerWord() && lowerIn(s.word(j), mediaNouns...) {
			// A news agency is named in full, its medium with it:
			// "the Wirex news agency said ... . Wirex said"; not so
			// a paper, "Wirex magazine" is Wirex.
			l = j + 1
		}
		f = s.bodyArticle(f, l)
		if f == en.nameFirst && f >= 2 && s.nameClitic(f-1) && s.toks[f-2].capWord() && (l >= len(s.toks) || s.toks[l].kind != tWord || s.standsAlone(l)) {
			// A body of a place keeps its owner, as first named:
			// "Kestia's Harbour Ministry", also with no body noun at
			// its end, "Kestia's Ministry of Ports", "Norvia's TV9";
			// not where it modifies a noun, "Lee's Harbour Board
			// speech".
			a := f - 2
			for a > 0 && a > f-5 && s.toks[a].flags&fSentStart == 0 && s.toks[a-1].capWord() && s.toks[a-1].class&cDet == 0 {
				a--
			}
			f = a
		}
	}
	return f, l
}

// bodyArticle returns where the body's name [a, b) starts with the
// article written before it, or a.
func (s *state) bodyArticle(a, b int) int {
	if a > 0 && s.toks[a-1].kind == tWord && strings.EqualFold(s.word(a-1), "the") && (b >= len(s.toks) || !s.toks[b].lowerWord() || s.standsAlone(b) || s.toks[b-1].class&cOrg != 0 && !s.nounForm(b)) {
		return a - 1
	}
	return a
}

// indefiniteNoun reports whether the noun at k has "a", "an" or
// "another" before it, past up to two modifiers in lower case: "a small
// local bank", "another group".
func (s *state) indefiniteNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j].kind == tWord && s.wordIs(j, "a", "an", "another") {
			return true // also opening a sentence, "A rights group"
		}
		if !s.toks[j].lowerWord() {
			return false
		}
		if s.toks[j].class&(cDet|cPrep|cConj|cSubord|cAux|cPossPron) != 0 {
			return false
		}
	}
	return false
}

// bodyNounAntecedent returns the body that "the" and a body noun ("the
// group", "the ministry") stand for: the nearest body named before it,
// when it was named with that noun, right before its name ("rights group
// Harbour Watch") or as the last word of a name of two words or more
// ("the Kestian Health Ministry"), or -1. The look back is bounded.
func (s *state) bodyNounAntecedent(m mention) int {
	if m.head != m.first+1 || m.last != m.head+1 || !s.wordIs(m.first, "the") || !s.toks[m.head].lowerWord() {
		return -1
	}
	from, hops := m.first, 0
	newBody := -1 // where a body introduced with "a" stands, for the generic nouns
	for k := from - 1; k > 0 && k >= from-150; k-- {
		if s.toks[k].lowerWord() && strings.EqualFold(s.word(k), s.word(m.head)) && s.indefiniteNoun(k) {
			// "moved his savings to a small local bank. The bank
			// said": the unnamed one just mentioned.
			return -1
		}
		if hops < 2 && s.toks[k].lowerWord() && strings.EqualFold(s.word(k), s.word(m.head)) && s.wordIs(k-1, "the") && s.standsAlone(k+1) {
			// The same description before stands for the same body,
			// so the look goes on from there: "the Harbour Council
			// ... the council said ... (many words) ... The council
			// said". Two such steps at most keep the look bounded.
			from, hops = k-1, hops+1
			k = from
			continue
		}
		r := s.runAt(k)
		if r < 0 && newBody < 0 && s.toks[k].lowerWord() && s.toks[k].class&(cBody|cOrg) != 0 && s.toks[k].class&cUnnamed == 0 && s.wordIs(m.head, genericBodyNouns...) && s.indefiniteNoun(k) {
			newBody = k
		}
		if r < 0 || s.runs[r].last != k+1 || s.runs[r].entity < 0 || s.entityKind(s.runs[r].entity) != Organization {
			continue
		}
		run := s.runs[r]
		if newBody >= 0 && s.newClauseIn(k+1, newBody) {
			// A new body with no name came in a clause between,
			// which "the group" may mean: "The workers formed a
			// union. The group said", "Acme said profits fell, and
			// workers formed a union"; not one the body's own clause
			// brings in, "Acme, which bought a firm, said".
			return -1
		}
		if strings.EqualFold(s.word(k), s.word(m.head)) && run.last-run.nameFirst >= 2 {
			return run.entity
		}
		if en := &s.entities[run.entity]; en.nameLast-en.nameFirst >= 2 && strings.EqualFold(s.word(en.nameLast-1), s.word(m.head)) {
			// The body's initials stand for its name: "the Harbour
			// Aid Forum (HAF) said ... . HAF said ... . The forum
			// said".
			return run.entity
		}
		if s.ofBodyName(run, m.head) {
			return run.entity
		}
		if p := run.first - 1; p >= 0 && s.toks[p].lowerWord() && strings.EqualFold(s.word(p), s.word(m.head)) && (run.last-run.first >= 2 || s.toks[run.first].class&cOrg == 0) {
			// Not a body's word as a name after a noun that modifies
			// it: "the party Congress".
			return run.entity
		}
		if !s.placeLike(run.entity) {
			if s.wordIs(m.head, genericBodyNouns...) && s.subjectPosition(run) && int(s.sentOf[m.first])-int(s.sentOf[k]) <= 2 {
				// "Acme Corp said it would cut jobs. The company
				// said ...": a noun any body of its sort goes by
				// stands for the body that was the subject just
				// before.
				return run.entity
			}
			// Another body named since may be the one meant: "the
			// Harbour Party ... Wirex, which leads the polls. The
			// party says ...".
			return -1
		}
	}
	return -1
}

// newClauseIn reports whether a sentence or a main clause begins in
// tokens [a, b): an end of sentence, a semicolon, or a comma and "and",
// "but" or "while".
func (s *state) newClauseIn(a, b int) bool {
	if a < b && s.sentOf[a] != s.sentOf[b] {
		return true
	}
	for k := a; k < b; k++ {
		if s.toks[k].isPunct(';') || s.toks[k].isPunct(',') && s.wordIs(k+1, "and", "but", "while") {
			return true
		}
	}
	return false
}

// ofBodyName reports whether the body noun at h opens the "of" phrase
// of the name in run r: "the Ministry of Ports" or "the Dover Club of
// Sailors" for "the ministry" or "the club". Names are short: the look
// stops after six words.
func (s *state) ofBodyName(r run, h int) bool {
	for j := r.nameFirst; j+2 < r.last && j < r.nameFirst+6; j++ {
		if s.wordIs(j+1, "of") && strings.EqualFold(s.word(j), s.word(h)) {
			return true
		}
	}
	return false
}

// bodyNamedBefore returns the last phrase before the description m, "the"
// and words in lower case, that names the same body more fully: the
// words after a name and its "'s" or after a word in capitals, "Kestia's
// coast guard" or "the Kestian coast guard" for "the coast guard". It
// returns a zero range if there is none, or if an indefinite one comes
// first: "a coast guard".
func (s *state) bodyNamedBefore(m mention) (int, int) {
	n := m.last - m.first - 1
	if n < 1 || n > 3 || m.head != m.last-1 || !s.wordIs(m.first, "the") || s.toks[m.head].class&cDocument != 0 {
		// A document is no body: "a Dover TV ad ... the ad".
		return 0, 0
	}
	for k := m.first + 1; k < m.last; k++ {
		if !s.toks[k].lowerWord() {
			return 0, 0
		}
	}
	for k := m.first - 1; k > n && k >= m.first-150; k-- {
		if !s.toks[k].lowerWord() || !strings.EqualFold(s.word(k), s.word(m.head)) {
			continue
		}
		if s.indefiniteNoun(k) {
			return 0, 0
		}
		f := k - n + 1
		if !s.sameWords(f, m.first+1, n) || k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.standsAlone(k+1) {
			// Not a noun that modifies another: "the Dover state
			// law", "the Dover state Senate".
			continue
		}
		end := k + 1
		if end+1 < len(s.toks) && s.wordIs(end, "of") && s.toks[end+1].lowerWord() && s.toks[end+1].class&(cDet|cPossPron) == 0 {
			end += 2 // "Kestia's chamber of bakers"; not "the office of Wirex Corp", a name cut short
		}
		p := f - 1
		if n == 1 && s.toks[m.head].class&(cBody|cOrg) != 0 {
			// Past a noun in lower case that says what kind the body
			// is: "the Wirex news agency" for "the agency", "the
			// Kestian military coalition", "Harbour Union news
			// agency"; but a people's word alone with no article
			// names no body, "Kestian news agency reports".
			if q := p; q > 0 && s.toks[q].lowerWord() && s.toks[q].class&(cBody|cOrg) != 0 && s.toks[q].class&(cDet|cPrep|cConj|cSubord|cAux|cPossPron|cSpeech) == 0 && s.toks[q-1].capWord() && !(demonymEnd(s.word(q-1)) && !s.capsWord(q-1) && !s.wordIs(q-2, "the") && !(q > 1 && s.toks[q-2].capWord())) {
				p--
			}
		}
		if !s.nameClitic(p) && !(s.toks[p].capWord() && s.toks[p].class&(cDet|cTime) == 0 && s.toks[p].flags&fSentStart == 0) {
			// Nor after a day: "a Friday editorial".
			continue
		}
		a := p
		for a > 0 && a > p-6 && s.toks[a].flags&fSentStart == 0 && (s.toks[a-1].capWord() && s.toks[a-1].class&cDet == 0 || s.nameClitic(a-1)) {
			a--
		}
		if s.nameClitic(a) {
			continue
		}
		if a > 0 && s.toks[a].flags&fSentStart == 0 && s.wordIs(a-1, "the") {
			a--
		}
		return a, end
	}
	return 0, 0
}

// entityKind decides between a person and a place or body named like one:
// "Kestia has said", "North Norvia says".
func (s *state) entityKind(e int) SpeakerKind {
	en := &s.entities[e]
	if en.kind != Person {
		return en.kind
	}
	if (en.nameLast-en.nameFirst == 1 && !en.personal || en.nameLast-en.nameFirst >= 2) && en.heVotes == 0 && en.people {
		return Unnamed // "the Norvians say"
	}
	if en.nameLast-en.nameFirst == 1 && !en.personal && !en.addressed && en.heVotes == 0 && (en.folk || !en.inner && groupPlural(s.word(en.nameFirst)) && !innerCapital(s.word(en.nameFirst))) {
		// "many Kestians said", "The Norvians say"; and a plural
		// of a kind of people, capitalised only where it opens a
		// sentence: "Surveyors found".
		return Unnamed
	}
	if en.nameLast-en.nameFirst == 1 && !en.personal && s.toks[en.nameFirst].class&cUnnamed != 0 && hasSuffixFold(s.word(en.nameFirst), "s") {
		// A plural noun for people, capitalised as a party's members
		// are, names no one: "Some Democrats said".
		return Unnamed
	}
	if !en.addressed && pluralGroup(s.word(en.nameLast-1)) {
		// A group in the plural names no one either: "Opposition MPs
		// said", "Dover Buddhists say".
		return Unnamed
	}
	if en.titleLast > en.titleFirst && !en.place && s.bodyTitle(en.titleFirst, en.titleLast) {
		return Organization
	}
	if k := en.nameLast - 1; !en.addressed && k > en.nameFirst && s.toks[k].class&cUnnamed != 0 && hasSuffixFold(s.word(k), "s") && s.toks[k-1].capWord() {
		// Nor does a name that ends in a plural noun for people, as a
		// party's members are written: "Young Teachers said";
		// but a body may: "the charity Save the Sailors".
		return Unnamed
	}
	if !en.personal && !en.addressed && en.heVotes == 0 && (s.placeLike(e) || en.itVotes > 0 && !en.surnamed || en.origin || en.bodyUse) {
		// A single word never given a first name, a title of its own
		// or "he", but used as a place or followed by "it", names a
		// place or body, though an aside describes it as one would a
		// person: "Kestia, Norvia's only ally, ... in Kestia".
		return Organization
	}
	if en.titleLast > en.titleFirst || en.addressed {
		return Person
	}
	if en.acronym != 0 {
		return Organization // "Harbour Rescue Group (HRG)": a person's name is not shortened so
	}
	if en.itVotes > en.heVotes && !en.surnamed || s.placeLike(e) {
		// A body is not called by the last word of its name alone, a
		// person is: "Ann Lee said it was over. ... Lee added".
		return Organization
	}
	if en.heVotes == 0 && en.nameLast-en.nameFirst == 1 && !en.personal && abstractNoun(s.word(en.nameFirst)) {
		// A long single word with an abstract noun's ending names a
		// body or a thing, not a person by surname: "the Harbour
		// Magistracy said", "Tradition holds that".
		return Organization
	}
	if en.heVotes == 0 && en.nameLast-en.nameFirst == 1 && !en.personal && innerCapital(s.word(en.nameFirst)) {
		// A single word with a capital inside, never given a first
		// name, names a brand: "WireFeed reported".
		return Organization
	}
	if en.nameLast-en.nameFirst == 1 && s.toks[en.nameFirst].flags&fDigit != 0 {
		return Organization // a code with a digit names no person: "K6 said"
	}
	if en.heVotes == 0 && en.nameLast-en.nameFirst == 1 && s.toks[en.nameFirst].flags&fUpper != 0 && s.toks[en.nameFirst].end-s.toks[en.nameFirst].start >= 3 &&
		!(en.nameLast < len(s.toks) && s.toks[en.nameLast].isPunct(':')) {
		// An acronym that no "he" or "she" refers to names a body:
		// "KBT said". A surname in capitals labels a speaker's turn
		// in a transcript: "REYES: I will be there."
		return Organization
	}
	if k := en.nameFirst; en.nameLast-k == 1 && !en.personal && s.toks[k].flags&fUpper != 0 && s.toks[k].end-s.toks[k].start >= 3 &&
		(s.loneAcronym(k) || k > 0 && k+1 < len(s.toks) && s.toks[k-1].isPunct('(') && s.toks[k+1].isPunct(')')) {
		// Among words in lower case, or in brackets after the name
		// it shortens, an acronym names a body even when a "he"
		// follows, who is the person it reports on: "KNA quoted him
		// as saying", "HRG said, while his brother ...".
		return Organization
	}
	return Person
}

// abstractNoun reports whether w is a word of nine letters or more with
// the ending of an abstract noun: "Procuracy", "Declaration",
// "Prefecture".
func abstractNoun(w string) bool {
	if len(w) < 9 {
		return false
	}
	for _, x := range [...]string{"acy", "ion", "ism", "ity", "ment", "ure"} {
		if hasSuffixFold(w, x) {
			return true
		}
	}
	return false
}

// shortAcronym reports whether token k is two capital letters, "KN", "WX".
func (s *state) shortAcronym(k int) bool {
	t := &s.toks[k]
	return t.flags&fUpper != 0 && t.end-t.start == 2
}

// pluralGroup reports whether w, a name's last word, makes the name a
// group's in the plural, which no "he" or "she" stands for: "Dover
// Buddhists", "Opposition MPs"; not an ending a surname may have, as
// "-ers" ("Sellers").
func pluralGroup(w string) bool {
	if hasSuffixFold(w, "ists") {
		return true
	}
	n := len(w) - 1
	if n < 2 || w[n] != 's' {
		return false
	}
	for i := 0; i < n; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// groupPlural reports whether w ends as a plural noun for a kind of
// people does: "surveyors", "rangers", "unionists", "medics".
func groupPlural(w string) bool {
	for _, x := range []string{"ers", "ors", "ists", "ics", "ants", "ents"} {
		if hasSuffixFold(w, x) {
			return true
		}
	}
	return false
}

// innerCapital reports whether w has a capital letter after two or more
// lower-case ones, as a brand joins words ("WireFeed"), not a surname
// with a prefix ("McLee", "DeLee").
func innerCapital(w string) bool {
	for i := 3; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' && w[i-2] >= 'a' && w[i-2] <= 'z' {
			return true
		}
	}
	return false
}

// bodyTitle reports whether the title [a, b) describes a body, not a
// person: a description with an article whose head, the last word before
// a phrase or clause that follows it, is a body noun in lower case
// ("Norco, a unit of Acme", "Ostra, a main opposition party to ..."). A
// place's title is not asked: it may come from a misread opening phrase,
// "In Vell, a new group of candidates ...".
func (s *state) bodyTitle(a, b int) bool {
	if !s.wordIs(a, "a", "an", "the") {
		return false // "chief of mission of the agency": a person's title
	}
	head := -1
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if s.possessive(k) {
			head = -1 // "Norvia's sole ally": the possessor is no head
			continue
		}
		if t.kind != tWord || t.lowerWord() && (t.class&(cPrep|cSubord|cConj) != 0 || s.wordIs(k, "who", "which", "that") || strings.HasSuffix(s.word(k), "ing") && !s.wordIs(k+1, bodyHeads...)) {
			// A word in -ing before a body noun modifies it: "a
			// Kestian polling firm".
			break
		}
		head = k
	}
	if head < 0 || !s.toks[head].lowerWord() {
		return false
	}
	return s.wordIs(head, bodyHeads...)
}

// bodyHeads head a description of a body or place, never of a person,
// as a title would be: "a main opposition party", "a unit of Acme".
var bodyHeads = []string{
	"agency", "army", "bank", "broadcaster", "company", "country", "faction",
	"firm", "group", "kingdom", "lender", "military", "ministry", "nation",
	"network", "newspaper", "organization", "party", "police", "regulator",
	"republic", "state", "unit", "watchdog", "website",
}

// placeLike reports whether a name is used as a place: after a locative
// preposition, or starting with a compass word ("North Kestia"). The
// evidence is gathered once, by weighPlaces.
func (s *state) placeLike(e int) bool { return s.entities[e].place }

// weighPlaces decides for every entity whether its name is used as a
// place, from all its mentions.
func (s *state) weighPlaces() {
	n := len(s.entities)
	s.scratch = resize(s.scratch, 3*n)
	place, person, surnamed := s.scratch[:n], s.scratch[n:2*n], s.scratch[2*n:]
	// The words of a dateline before its agency name places: "DOVER,
	// Kestia (Reuters) -". They open the text, or follow a short note.
	var dateline [8]int
	nd, lead := 0, -1
	for k := 0; k < len(s.toks) && k < 40; k++ {
		t := &s.toks[k]
		if t.flags&fDateline == 0 {
			if lead < 0 && k > 0 && s.toks[k-1].flags&fDateline != 0 {
				lead = k // the first word of the story after its dateline
			}
			continue
		}
		if t.isPunct('(') {
			nd = -nd - 1 // no more places: the agency follows
		}
		if t.kind == tWord && nd >= 0 && nd < len(dateline) {
			dateline[nd] = k
			nd++
		}
	}
	if nd < 0 {
		nd = -nd - 1
	}
	// Adjectives of a people before a word, "Kestian troops": a name
	// they derive from is a place (demonymOf). Each is kept once, so
	// that a name said often ("Reyes said") leaves room for others.
	// They are kept as words, which a plain comparison tells apart:
	// every capitalised word that ends so is asked about ("Clinton").
	var demonyms [24]string
	na := 0
	for k := 0; k+1 < len(s.toks) && na < len(demonyms); k++ {
		if t := &s.toks[k]; t.capWord() && t.flags&fUpper == 0 && t.end-t.start >= 5 && s.toks[k+1].kind == tWord {
			if w := s.text[t.start:t.end]; demonymEnd(w) && !slices.Contains(demonyms[:na], w) {
				demonyms[na] = w
				na++
			}
		}
	}
	for _, r := range s.runs {
		e := r.entity
		if e < 0 {
			continue
		}
		en := &s.entities[e]
		if r.nameFirst > r.first {
			person[e]++
		}
		if r.first == lead && r.last-r.first == 1 && r.last < len(s.toks) && s.toks[r.last].lowerWord() {
			// A story opens with a person's full name and title, so
			// a single name that opens it is a place or body:
			// "DOVER (Reuters) - Kestia said on Monday ...".
			place[e]++
		}
		if r.last-r.nameFirst == 1 && r.nameFirst == en.nameFirst {
			for _, d := range demonyms[:na] {
				if demonymOf(d, s.word(r.nameFirst)) {
					place[e]++ // "Kestia said" and "Kestian troops"
					break
				}
			}
		}
		ctx := uint8(ctxNone) // what the word before the name says of it
		if r.first > 0 && s.toks[r.first-1].kind == tWord {
			ctx = s.contextBefore(r.first - 1)
		}
		if r.last-r.nameFirst == 1 && s.placeExample(r.first, ctx) && !(r.last < len(s.toks) && s.possessive(r.last)) {
			place[e]++ // "countries such as Kestia"
		}
		if r.first >= 2 && s.wordIs(r.first-1, "of") && s.toks[r.first-2].lowerWord() && s.wordIs(r.first-2, placeKinds...) && !(r.last < len(s.toks) && s.possessive(r.last)) {
			place[e]++ // "the state of North Vell", "the town of Dover"
		}
		if r.last-r.nameFirst == 1 {
			for _, k := range dateline[:nd] {
				if sameName(s.word(k), s.word(r.nameFirst)) {
					place[e]++ // "Dover said" after "DOVER (Reuters) -"
				}
			}
		}
		if r.first > 0 && s.toks[r.first-1].kind == tWord {
			// Each case below wants a word before the name; after a
			// comma or a mark, `, Dover`, `“Kestia`, none need asking.
			p := r.first - 1
			switch {
			case ctx == ctxIn, ctx == ctxCompass && s.toks[p].lowerWord():
				// "in southeast Kestia", "from northern Kestia": a
				// part of a place, never of a person.
				// A possessive is no place: "in Reyes's speech".
				if r.last >= len(s.toks) || s.toks[r.last].kind != tClitic {
					place[e]++
				}
			case ctx == ctxOrigin && en.nameLast-en.nameFirst == 1 && r.nameFirst == r.first && (r.last >= len(s.toks) || s.toks[r.last].kind != tClitic):
				// "arms from Kestia", "sanctions against Kestia",
				// "according to Wirex": a single word that things
				// come from or go to is a place or body, as long
				// as nothing marks it a person; not a person's
				// full name ("a letter from Ann Lee"). "With" is
				// left out: one talks with a person ("an interview
				// with Lee").
				en.origin = true
			case ctx == ctxCourtesy:
				person[e]++
			}
		}
		if en.nameLast-en.nameFirst == 1 && r.nameFirst == r.first && r.last-r.first == 1 && s.usedAsBody(r.first, r.last) {
			en.bodyUse = true
		}
		if r.last-r.nameFirst < en.nameLast-en.nameFirst && r.last-r.nameFirst == 1 {
			// A surname on its own after the full name: a person.
			person[e]++
			if en.nameLast-en.nameFirst >= 2 && s.word(r.nameFirst) == s.surnameWord(en.nameLast-1) && !(r.last < len(s.toks) && s.possessive(r.last)) {
				// Not a possessor, which may be a place: "Acme
				// Kestia" and "Kestia s weather bureau".
				surnamed[e]++
			}
		}
	}
	for e := range s.entities {
		en := &s.entities[e]
		en.place = place[e] > 0 && person[e] == 0
		// A place is not a surname: "flights to Kestia" after
		// "Acme Kestia".
		en.surnamed = surnamed[e] > 0 && place[e] == 0
		if en.nameLast-en.nameFirst >= 2 && s.wordIs(en.nameLast-1, placeNouns...) {
			en.place = true // "the Kestian Sea"
		}
		if en.nameLast-en.nameFirst >= 2 {
			if s.wordIs(en.nameFirst, "north", "south", "east", "west", "united", "new", "northern", "southern", "eastern", "western", "central", "upper", "lower", "great", "saudi") {
				en.place = true
			}
		}
	}
	// A single word listed with a place is a place too: "Kestia, Dover
	// and Vell", "the Vell Islands and Kestia". A pass each way carries
	// it along a list.
	for i := 0; i+1 < len(s.runs); i++ {
		s.placeListed(i+1, i, person)
	}
	for i := len(s.runs) - 2; i >= 0; i-- {
		s.placeListed(i, i+1, person)
	}
}

// The words before a name that weighPlaces weighs, kept apart by what
// they say of the name: where it is ("in Kestia", "visited Dover"), a part
// of it ("northern Kestia", for compassWords), where things come from or
// go to ("sanctions against Kestia"), that it is a person's ("Mr"), or
// that it is an example of the plural before ("countries including
// Kestia", "such as Kestia": placeExample).
var (
	placeInWords = []string{
		"across", "in", "inside", "into", "near", "outside", "through",
		"throughout", "toward", "towards", "visit", "visited", "visiting",
	}
	originWords       = []string{"against", "from", "on", "over", "to"}
	courtesyWords     = []string{"mr", "mr.", "mrs", "mrs.", "ms", "ms."}
	placeExampleWords = []string{"especially", "including", "like", "notably", "particularly"}
	asWords           = []string{"as"}
)

// The kinds of word contextBefore tells apart.
const (
	ctxNone = iota
	ctxIn
	ctxCompass
	ctxOrigin
	ctxCourtesy
	ctxExample
	ctxAs
)

// contextLists are the lists contextBefore asks about, in the order it
// asks them (TestLexiconTable checks that no word is in two).
var contextLists = [...][]string{ctxIn: placeInWords, ctxCompass: compassWords, ctxOrigin: originWords, ctxCourtesy: courtesyWords, ctxExample: placeExampleWords, ctxAs: asWords}

// contextWords maps each word of the contextLists to its kind.
var contextWords = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8)
	for kind, list := range contextLists {
		for _, w := range list {
			m[w] = uint8(kind)
		}
	}
	return m
})

// contextBefore returns which of the lists of contextWords word p is in,
// ignoring case as wordIs does, or ctxNone. weighPlaces asks it of the
// word before every name: one lookup costs less than wordIs over the
// forty words of the lists.
func (s *state) contextBefore(p int) uint8 {
	t := &s.toks[p]
	if t.flags&fASCII == 0 {
		// Unicode folding, as wordIs does, for the rare word that
		// holds more than ASCII.
		for kind, list := range contextLists {
			if s.wordIs(p, list...) {
				return uint8(kind)
			}
		}
		return ctxNone
	}
	var buf [16]byte
	w := s.text[t.start:t.end]
	if len(w) > len(buf) {
		return ctxNone // longer than any word of the lists
	}
	for i := 0; i < len(w); i++ {
		buf[i] = foldByte(w[i])
	}
	return contextWords()[string(buf[:len(w)])]
}

// placeListed marks the entity of run r, a single word never named as a
// person, a place when run o, next to it, is a place of the same list.
func (s *state) placeListed(r, o int, person []int32) {
	e, f := s.runs[r].entity, s.runs[o].entity
	if e < 0 || f < 0 || !s.entities[f].place || s.runs[r].last-s.runs[r].nameFirst != 1 || person[e] > 0 || s.entities[e].personal {
		return
	}
	if s.listed(min(r, o)) {
		s.entities[e].place = true
	}
}

// placeExample reports whether the name at a is given as an example of
// places in the plural before it: "countries such as Kestia", "some
// states, notably Vell". ctx is contextBefore(a-1), or ctxNone where that
// is no word.
func (s *state) placeExample(a int, ctx uint8) bool {
	p := a - 1
	switch {
	case ctx == ctxExample:
		p--
	case ctx == ctxAs && s.wordIs(p-1, "such"):
		p -= 2
	default:
		return false
	}
	if p >= 0 && s.toks[p].isPunct(',') {
		p--
	}
	return p >= 0 && s.toks[p].lowerWord() && s.wordIs(p, placeGroups...)
}

// listed reports whether run i and the run after it are items of one
// list: "and" or "or" joins them, or a comma does and "and" joins a later
// item ("Kestia, Dover and the Vell Islands"), where a comma alone may
// end a phrase before a sentence's subject ("In Dover, Lee said").
func (s *state) listed(i int) bool {
	for n := 0; i+1 < len(s.runs) && n < 4; i, n = i+1, n+1 {
		g := s.runs[i].last // the words between the two names
		and := s.wordIs(g, "and", "or")
		if !and && !(g < len(s.toks) && s.toks[g].isPunct(',')) {
			return false
		}
		if g++; g < s.runs[i+1].first && s.wordIs(g, "the") {
			g++
		}
		if g != s.runs[i+1].first {
			return false
		}
		if and {
			return true
		}
	}
	return false
}

// demonymSuffixes end the adjective of a people derived from a place's
// name: "Kestia" and "Kestian", "Dovar" and "Dovari", "Vellan" and
// "Vellanese".
var demonymSuffixes = []string{"an", "ese", "i", "ian", "ish", "n"}

// demonymLastLetters are the last letters of the demonymSuffixes
// (TestLexiconTable checks them).
const demonymLastLetters = "ehin"

// demonymEnd reports whether w ends as an adjective of a people may.
func demonymEnd(w string) bool {
	if w == "" || !byteIn(w[len(w)-1], demonymLastLetters) {
		// weighPlaces asks of every capitalised word, and most end
		// otherwise.
		return false
	}
	for _, x := range demonymSuffixes {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// demonymOf reports whether the adjective a derives from the name w:
// they share a stem of four letters or more, w adds at most three
// letters to it ("Kestia", "Dovarey") and a adds a demonym suffix
// ("Kestian", "Dovarish"), or drops a final "y" ("Kestany", "Kestan").
func demonymOf(a, w string) bool {
	p := 0
	for p < len(a) && p < len(w) && a[p]|0x20 == w[p]|0x20 {
		p++
	}
	if p < 4 || len(w)-p > 3 || len(a) == len(w) && p == len(a) {
		return false
	}
	if p == len(a) {
		return w[p:] == "y" && a[p-1] == 'n'
	}
	return slices.Contains(demonymSuffixes, a[p:])
}

// resolvePronoun returns the entity a personal pronoun at token k refers
// to, or -1. It prefers the latest fitting person named as a subject in
// the last few sentences ("Reyes pushed a plan ... He suggested"),
// then the latest fitting person named at all. Names inside quotations
// and names that are places are passed over.
func (s *state) resolvePronoun(k int) int {
	return s.resolvePronounHops(k, 0)
}

// newPersonBefore returns the subject of the sentence of the pronoun
// "he" or "she" at k, inside a clause of that sentence ("in which he
// said"), when it is an indefinite description of one person whom the
// pronoun may stand for ("a teacher", "one resident"), with no person
// named between them.
func (s *state) newPersonBefore(k int) (m mention, ok bool) {
	sent := s.sentenceOf(k)
	if g := pronounPerson(s.word(k)); sent.first >= k || g != 'm' && g != 'f' || !s.toks[k-1].lowerWord() {
		// A pronoun after a comma or a quote may end an attribution
		// whose statement holds the subject: "One man was hurt, he
		// said".
		return m, false
	}
	if m, ok = s.firstSubject(sent.first, k); !ok || m.last > k || m.kind != mDescription || m.coordinated || m.relative != 0 {
		return m, false
	}
	h := &s.toks[m.head]
	if !s.wordIs(m.first, "a", "an", "one", "another", "A", "An", "One", "Another") || !h.lowerWord() || h.class&(cUnnamed|cTitle) == 0 || strings.HasSuffix(s.word(m.head), "s") ||
		!genderFits(s.word(m.head), s.word(k)) || s.namedSince(m.first, k, false) {
		return m, false
	}
	return m, true
}

// resolvePronounHops is resolvePronoun after hops steps back along a
// chain of the same pronoun as the subjects of the sentences before.
func (s *state) resolvePronounHops(k, hops int) int {
	g := pronounPerson(s.word(k))
	if g == 0 && s.wordIs(k, "his") {
		g = 'm' // the possessor of a claim: "his call for an inquiry"
	}
	if g != 'm' && g != 'f' {
		return -1
	}
	lo := s.runsBefore(k) // the latest run that starts before k is lo-1
	fits := func(run run) bool {
		if run.entity < 0 || run.nameFirst >= run.last || s.pairOf[run.first] >= 0 || s.stripped && s.inDirect(run.first) {
			return false
		}
		en := &s.entities[run.entity]
		if en.kind != Person || !en.personal && !s.surnameSpeaks(run) || s.placeLike(run.entity) || s.entityKind(run.entity) == Unnamed || en.acronym != 0 {
			return false // a place, a people or a body that has an acronym is no "he"
		}
		return en.gender == 0 || en.gender == g
	}
	if s.wordIs(k, "his") {
		// A possessor is most often the person named before it in its
		// own sentence, "Lee, asked about his claim that ...", or the
		// "he" of its clause, "unless he drops his demand for talks".
		first := s.sents[s.sentOf[k]].first
		for j := k - 1; j >= first && j >= k-4; j-- {
			if s.toks[j].lowerWord() && s.wordIs(j, "he") && hops < 3 {
				return s.resolvePronounHops(j, hops+1)
			}
		}
		for i := lo - 1; i >= 0 && i >= lo-8 && s.runs[i].first >= first; i-- {
			if fits(s.runs[i]) {
				return s.runs[i].entity
			}
		}
	}
	if i := lo - 1; i >= 0 && k >= 4 && s.toks[k-1].isPunct(',') && s.runs[i].last == k-1 && s.wordIs(s.runs[i].first-2, "as") && s.wordIs(s.runs[i].first-1, "for") && fits(s.runs[i]) {
		// "As for Reyes, he said ...": the name the sentence turns to.
		return s.runs[i].entity
	}
	if first := s.sents[s.sentOf[k]].first; k-2 > first && s.toks[k-1].lowerWord() && s.wordIs(k-1, "which", "that") {
		// "Voters like Reyes for a plan which he says ...": a "he"
		// after a relative pronoun is most often the person its own
		// sentence names before it.
		for i := lo - 1; i >= 0 && i >= lo-8 && s.runs[i].first >= first; i-- {
			if fits(s.runs[i]) {
				return s.runs[i].entity
			}
		}
	}
	if _, ok := s.newPersonBefore(k); ok {
		// "In May a baker was sacked over a letter in which he said
		// ...": the someone new the sentence is about, not a name
		// before.
		return -1
	}
	// Look back three sentences of the reporter's, not counting those
	// inside quotations.
	firstSent := int(s.sentOf[k])
	for n, seen := 0, 0; firstSent > 0 && n < 3 && seen < 20; seen++ {
		firstSent--
		if s.pairOf[s.sents[firstSent].first] < 0 {
			n++
		}
	}
	inner := -1
	for i := lo - 1; i >= 0 && i >= lo-40; i-- {
		run := s.runs[i]
		if int(s.sentOf[run.first]) < firstSent || inner >= 0 && s.sentOf[run.first] != s.sentOf[s.runs[inner].first] {
			break
		}
		if fits(run) && s.subjectPosition(run) && (!s.inReported(run.first) || s.speaksInReport(run)) {
			if p := run.first - 1; inner < 0 && p >= 0 && s.toks[p].lowerWord() && s.wordIs(p, "whether", "if", "whereas") {
				// The subject of a question or contrast inside the
				// sentence gives way to the sentence's own subject
				// before it: in
				// "Lee declined to say whether Reyes would quit. She
				// said ...", Lee goes on.
				inner = i
				continue
			}
			return run.entity
		}
	}
	if inner >= 0 {
		return s.runs[inner].entity
	}
	if p := s.samePronounSubject(k, firstSent); p >= 0 && hops < 3 {
		// "On Tuesday, he met Tom Reyes. “...,” he said": the "he"
		// that is the subject before goes on, not the name in its
		// object.
		if e := s.resolvePronounHops(p, hops+1); e >= 0 {
			return e
		}
	}
	for i := lo - 1; i >= 0 && i >= lo-40; i-- {
		if run := s.runs[i]; fits(run) {
			if !s.personEvidence(run.entity) && s.placeEntity(i) {
				// The nearest name, never a subject, is written as a
				// place or a people: "a train to Dover Green ... He
				// said". An earlier one is no likelier.
				return -1
			}
			return run.entity
		}
	}
	return -1
}

// samePronounSubject returns the pronoun that is the subject of the
// nearest reporter's sentence before the one of the pronoun at k, back
// to sentence firstSent, when it is the same pronoun ("he" for "he"),
// or -1.
func (s *state) samePronounSubject(k, firstSent int) int {
	for si := int(s.sentOf[k]) - 1; si >= firstSent && si >= 0; si-- {
		sent := s.sents[si]
		if s.pairOf[sent.first] >= 0 || s.stripped && s.inDirect(sent.first) {
			continue
		}
		m, ok := s.firstSubject(sent.first, sent.last)
		if !ok || m.kind != mPronoun || !strings.EqualFold(s.word(m.first), s.word(k)) {
			return -1
		}
		for j := m.last; j+1 < sent.last && j < m.last+80; j++ {
			if s.toks[j].lowerWord() && s.wordIs(j, "according") && s.wordIs(j+1, "to") {
				// "He fled, according to his brother, Tom Reyes.
				// “...,” he said": the source named since may speak.
				return -1
			}
		}
		return m.first
	}
	return -1
}

// surnameSpeaks reports whether run r is a lone surname, followed by "he"
// or "she" and never by "it", that a speech verb follows: "Reyes said,
// at a rally. He said ..." is a person's, though no first name or
// title shows it. The name must be capitalised somewhere inside a
// sentence too: "Cost estimates, he added," opens with a common word.
func (s *state) surnameSpeaks(r run) bool {
	en := &s.entities[r.entity]
	return en.heVotes > 0 && en.itVotes == 0 && en.inner && r.nameFirst == r.first && (s.speaksAfterRun(r.last) || s.speaksAfterAge(r.last))
}

// speaksAfterAge reports whether an age or a description of a person set
// off by commas at e stands between a name and its speech verb: "Tama,
// 30, said", "Tama, a nurse at the clinic, said".
func (s *state) speaksAfterAge(e int) bool {
	if e+3 >= len(s.toks) || !s.toks[e].isPunct(',') {
		return false
	}
	if s.toks[e+1].kind == tWord && s.toks[e+1].flags&fDigit != 0 && s.toks[e+2].isPunct(',') {
		return s.speaksAfterRun(e + 3)
	}
	if !s.toks[e+1].lowerWord() || !s.wordIs(e+1, "a", "an") {
		return false
	}
	person := false
	for k := e + 2; k < len(s.toks) && k <= e+14; k++ {
		t := &s.toks[k]
		switch {
		case t.isPunct(','):
			return person && s.speaksAfterRun(k+1)
		case t.kind != tWord || s.pairOf[k] >= 0:
			return false
		case t.lowerWord() && t.class&cUnnamed != 0:
			person = true
		}
	}
	return false
}

// speaksInReport reports whether run r opens its sentence as the subject
// of a speech verb: words that report its speech ("Lee told the court
// the vote was void, according to aides. She ...") do not make it a
// name spoken of, as "Lee" in "She said Lee would quit" is.
func (s *state) speaksInReport(r run) bool {
	if s.sentenceOf(r.first).first != r.first || r.last >= len(s.toks) {
		return false
	}
	e := r.last
	if t := &s.toks[e]; t.lowerWord() && t.class&cSpeech == 0 && !s.verbLike(e) {
		e++ // "Lee earlier told"
	}
	return s.speaksAfterRun(e)
}

// personEvidence reports whether entity e is known as a person by more
// than the shape of its name: a title, a pronoun after a mention, or
// "Mr.". (A surname alone is no evidence: "Norvians" after "Kestian
// Norvians".)
func (s *state) personEvidence(e int) bool {
	en := &s.entities[e]
	return en.heVotes > 0 || en.titleLast > en.titleFirst || en.addressed || en.gender != 0
}

// placeMention reports whether run r is written as a place or a people
// is, no person: after a preposition of place ("trains stop at North
// Vell", "in Kestia Bay") or after an article and up to two modifiers
// ("the mostly Kestian Norvians").
func (s *state) placeMention(r run) bool {
	p := r.first - 1
	if p < 0 || !s.standsAlone(r.last) || r.last < len(s.toks) && s.toks[r.last].kind == tClitic {
		// "in Lee's speech", "the Lee campaign": a person's name
		// may own or modify a noun.
		return false
	}
	if s.toks[p].lowerWord() && s.wordIs(p, "at", "in", "into", "near", "across", "toward", "towards", "inside", "outside") {
		return true
	}
	for i := p; i >= 0 && i >= p-2; i-- {
		t := &s.toks[i]
		if t.lowerWord() && s.wordIs(i, "the") {
			return true
		}
		if t.kind != tWord || t.flags&fCap != 0 || t.class&(cDet|cPrep|cConj|cSubord|cAux|cSubjPron|cObjPron|cPossPron|cSpeech) != 0 || s.verbLike(i) {
			return false
		}
	}
	return false
}

// placeEntity reports whether a run of the entity of run i, among the
// runs near it, is written as a place or a people (placeMention). The
// scan is bounded.
func (s *state) placeEntity(i int) bool {
	e := s.runs[i].entity
	for j := max(i-40, 0); j < len(s.runs) && j <= i+40; j++ {
		if s.runs[j].entity == e && s.runs[j].nameFirst == s.runs[j].first && s.placeMention(s.runs[j]) {
			return true
		}
	}
	return false
}

// linkUnnamed links a statement whose speaker is "he" or "she" to the
// statement of an unnamed person just before it, when that person spoke
// last and no person has been named since: in "..., a senior official
// said. He said ...", the official speaks again, not a person named
// before. A "he" after the same "he" in the attribution before, with no
// one named between, is linked to what that one stood for, named or not.
// The statements are sorted; only a few before each are looked at.
func (s *state) linkUnnamed() {
	for i := range s.stmts {
		st := &s.stmts[i]
		if !st.hasSpk || st.spk.kind != mPronoun {
			continue
		}
		k := st.spk.first
		if g := pronounPerson(s.word(k)); g != 'm' && g != 'f' {
			continue
		}
		if p := s.lastCuedBefore(i, k, s.reporterSentence(k, 2), true); p >= 0 {
			if d, u := s.stmts[p].spk, s.stmts[p].unnamedAnte; d.kind == mPronoun && strings.EqualFold(s.word(d.first), s.word(k)) {
				// "..., the official added. He said Lee met Reyes,
				// who accused Ann Ray. ..., he added": the same
				// pronoun goes on with the person it stood for in
				// the attribution before, unnamed or named, and the
				// names in what was reported name no one new; nor do
				// the sentences the speaker says, in stripped text
				// ("..., she said. I am not afraid. I am ready, she
				// said").
				if u == 0 && s.resolvePronoun(d.first) >= 0 {
					u = p + 1
				}
				if u > 0 && !s.namedSince(max(d.last, s.stmts[p].cueLast), k, true) {
					st.unnamedAnte = u
				}
				continue
			}
		}
		lo := s.sents[max(int(s.sentOf[k])-2, 0)].first
		last := s.lastCuedBefore(i, k, lo, false)
		if last < 0 {
			continue
		}
		d := s.stmts[last].spk
		h := &s.toks[d.head]
		if e := s.titledAntecedent(d, k); e >= 0 && !s.namedSince(max(d.last, s.stmts[last].cueLast), k, true) {
			if r := s.resolvePronoun(k); r < 0 || s.entityIn(r, d.last, k) {
				// "The mayor said ... . She said ...": the subject
				// just before, a role that names a person, goes on,
				// though a name inside what the mayor said came later;
				// not when the pronoun finds a subject before the
				// description ("Lee stayed. The candidate said ...").
				st.unnamedAnte = last + 1
				continue
			}
		}
		if d.kind == mDescription && !d.coordinated && d.relative == 0 && h.lowerWord() && h.class&(cUnnamed|cTitle) != 0 && s.otherPossessor(d, k) && !s.namedSince(max(d.last, s.stmts[last].cueLast), k, true) {
			// "her spokesman said ... . “...,” he told reporters": he
			// can only be the spokesman; a name inside what was said
			// names no one new.
			st.unnamedAnte = last + 1
			continue
		}
		if d.kind != mDescription || d.coordinated || d.relative > 0 || !h.lowerWord() || h.class&(cUnnamed|cTitle) == 0 || strings.HasSuffix(s.word(d.head), "s") ||
			!s.wordIs(d.first, "a", "an", "one", "another") && !s.introducedUnnamed(last, d) && (!s.wordIs(d.first, "the") && !s.hasClitic(d.first, d.head) || s.resolvePronoun(k) >= 0 || s.speaker(d).Kind != Unnamed || !genderFits(s.word(d.head), s.word(k))) {
			// A definite description ("the businessman") may well be
			// a person named before; an indefinite one is someone new,
			// and so is a definite one that names no one before it
			// ("the spokeswoman said ... she said").
			continue
		}
		if !s.namedSince(max(d.last, s.stmts[last].cueLast), k, false) {
			st.unnamedAnte = last + 1
		}
	}
}

// otherPossessor reports whether the description d opens with a
// possessive pronoun of the other gender than the pronoun at k, so that
// the pronoun can stand only for the one described: in "her spokesman
// said ... . “...,” he told reporters" he is the spokesman.
func (s *state) otherPossessor(d mention, k int) bool {
	p, g := pronounPerson(s.word(d.first)), pronounPerson(s.word(k))
	if s.wordIs(d.first, "his") {
		p = 'm'
	}
	if s.wordIs(d.first, "her") {
		p = 'f'
	}
	return (p == 'm' || p == 'f') && (g == 'm' || g == 'f') && p != g && d.head == d.first+1 && genderFits(s.word(d.head), s.word(k))
}

// reporterSentence returns the first token of the nth sentence before
// the one of token k that is the reporter's, passing over sentences
// inside a direct statement; at most twenty sentences back.
func (s *state) reporterSentence(k, n int) int {
	i := int(s.sentOf[k])
	for seen := 0; i > 0 && n > 0 && seen < 20; seen++ {
		i--
		f := &s.sentFlags[i]
		if *f&sentQuotedKnown == 0 {
			// Once per sentence: the statements are final by now.
			*f |= sentQuotedKnown
			if sent := s.sents[i]; s.inDirect(sent.first) && s.inDirect(sent.last-1) {
				*f |= sentQuoted
			}
		}
		if *f&sentQuoted == 0 {
			n--
		}
	}
	return s.sents[i].first
}

// namedSince reports whether a person is named in tokens [a, k). A place
// is no person named, nor is a capitalised word that opens a sentence:
// "a police spokesman said ... . Shells are found in Dover, he added".
// With reported set, neither is a name inside the words of a statement.
func (s *state) namedSince(a, k int, reported bool) bool {
	for j := a; j < k; j++ {
		if r := s.runAt(j); r >= 0 && s.pairOf[j] < 0 && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Person && s.entities[s.runs[r].entity].personal && !s.articleGroup(s.runs[r]) && !(reported && s.inReported(j)) {
			return true
		}
	}
	return false
}

// introducedUnnamed reports whether the definite description d, the
// speaker of statement i, stands for an unnamed person that a statement
// among the twelve before it introduced with an indefinite description of
// the same head: in "a senior official said ... . ..., the official added.
// He said ...", the official is no one named before but someone new, so
// "he" goes on with the official as it would with "a senior official".
func (s *state) introducedUnnamed(i int, d mention) bool {
	if !s.wordIs(d.first, "the") || s.speaker(d).Kind != Unnamed {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		a := s.stmts[j].spk
		if !s.stmts[j].hasSpk || a.kind != mDescription || a.coordinated || a.head >= d.first {
			continue
		}
		if s.wordIs(a.first, "a", "an", "one", "another") && strings.EqualFold(s.word(a.head), s.word(d.head)) && s.speaker(a).Kind == Unnamed {
			return true
		}
	}
	return false
}

// introducesOne reports whether the description a brings someone new in
// with an indefinite article, "one", "another", or a number before a
// plural: "three Kestian diplomats said ... . The diplomats added".
func (s *state) introducesOne(a mention) bool {
	if s.wordIs(a.first, "a", "an", "one", "another") {
		return true
	}
	if a.head == a.first || s.toks[a.first].flags&fDigit == 0 && !s.wordIs(a.first, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") {
		return false
	}
	for j := a.first + 1; j < a.head; j++ {
		if s.toks[j].class&cTime != 0 || s.wordIs(j, "ago") {
			// A time read into the phrase, "Two years ago
			// officials", counts no one.
			return false
		}
	}
	return true
}

// linkIntroduced gives a definite description of an unnamed person, and
// a pronoun that stands for one, the fuller description that introduced
// that person: in "..., a harbour council spokeswoman said. ..., the
// spokeswoman said. ..., she added" all three are the harbour council
// spokeswoman. Only "the" and the head noun, or modifiers the first
// description shares, refer back so: "the Dover official" after "a Kestian
// official" is someone else. It runs after linkUnnamed.
func (s *state) linkIntroduced() {
	for i := range s.stmts {
		st := &s.stmts[i]
		if !st.hasSpk {
			continue
		}
		at, d := i, st.spk
		if a := st.unnamedAnte; a > 0 {
			at, d = a-1, s.stmts[a-1].spk
		}
		if d.kind != mDescription || d.coordinated || d.relative > 0 || d.last != d.head+1 || !s.toks[d.head].lowerWord() || !s.wordIs(d.first, "the") {
			continue
		}
		if s.toks[d.head].class&(cBody|cOrg) != 0 && s.toks[d.head].class&cUnnamed == 0 && d.head == d.first+1 {
			if k := s.fullerBody(at, d); k >= 0 {
				st.introAnte = k + 1
			}
			continue
		}
		if s.toks[d.head].class&(cUnnamed|cTitle) == 0 || s.speaker(d).Kind != Unnamed {
			continue
		}
		j := -1
		for k := at - 1; k >= 0 && k >= at-12 && j < 0; k-- {
			// The last one of that head whose words the description
			// shares: "A government source said ... . A second source
			// said ... . The government source said ... . ..., the
			// source said" are the first source but for the second.
			b := &s.stmts[k]
			a := b.spk
			if !b.hasSpk || a.kind != mDescription || a.coordinated || a.head >= d.first || !strings.EqualFold(s.word(a.head), s.word(d.head)) {
				continue
			}
			if s.introducesOne(a) && s.speaker(a).Kind == Unnamed {
				j = k
			} else if b.introAnte > 0 {
				j = b.introAnte - 1
			} else if s.toks[a.first].class&cPossPron == 0 && !s.wordIs(a.first, "the", "these", "those", "both") {
				// Other diplomats between, "diplomats said", "many
				// diplomats said": the diplomats are those, not the
				// "three Kestian diplomats" before; "both diplomats"
				// are the same two.
				break
			} else {
				continue
			}
			if a = s.stmts[j].spk; !s.wordsWithin(d.first+1, d.head, a.first, a.last) {
				j = -1
			}
		}
		if j < 0 {
			continue
		}
		st.introAnte = j + 1
	}
}

// linkStatementNoun gives "the statement" that speaks the speaker of the
// attribution that named the statement shortly before: in "The port will
// close, the council said in a statement. “...,” the statement said" the
// council speaks, through its statement, as a document's author does. It
// runs after linkIntroduced, whose fuller description it passes on.
func (s *state) linkStatementNoun() {
	for i := range s.stmts {
		st := &s.stmts[i]
		d := st.spk
		if !st.hasSpk || st.unnamedAnte > 0 || d.kind != mDescription || d.coordinated || d.relative > 0 || d.head != d.first+1 || d.last != d.head+1 || !s.wordIs(d.first, "the") || !s.toks[d.head].lowerWord() || !s.wordIs(d.head, "statement") {
			continue
		}
		// Facts the statement gave may come between, in the
		// reporter's words: five sentences back. The statement named
		// last before it is the one it is: after "Reyes also issued a
		// statement." it is not the council's but Reyes's (releasedBy).
		lo := s.reporterSentence(d.first, 5)
		// A "sentence" can be the whole text: the look-back is bounded.
		last := -1
		for j := d.first - 1; j >= lo && j >= d.first-300; j-- {
			if s.toks[j].lowerWord() && s.wordIs(j, "statement") && !s.inReported(j) {
				last = j
				break
			}
		}
		if last < 0 {
			continue
		}
		for p := i - 1; p >= 0 && p >= i-12; p-- {
			ps := &s.stmts[p]
			if !ps.hasSpk || ps.cueLast <= ps.cueFirst || ps.cueFirst < lo || ps.cueFirst >= d.first {
				continue
			}
			a := ps.spk
			if a.kind == mDescription && a.head == last {
				// "the statement said" twice: the same author.
				if ps.unnamedAnte > 0 {
					st.unnamedAnte, st.introAnte = ps.unnamedAnte, ps.introAnte
				}
				break
			}
			if s.namedStatement(ps) != last {
				continue
			}
			if a.kind != mPronoun && s.toks[a.head].class&cDocument == 0 {
				st.unnamedAnte, st.introAnte = p+1, ps.introAnte
			}
			break
		}
	}
}

// namedStatement returns the word "statement" by which the attribution of
// statement st says its speaker spoke in one, within a few words of the
// speaker or the cue in their sentence: "the council said in a
// statement", "In a statement, the council said", "the council, in its
// statement, said", "the council issued a statement"; or -1. A statement
// of someone else's ("a statement by the union", "the union's
// statement"), or one answered ("in response to the statement", "after a
// statement from ...") is not the speaker's.
func (s *state) namedStatement(st *stmt) int {
	sent := s.sentenceOf(st.cueFirst)
	a, b := min(st.spk.first, st.cueFirst)-12, max(st.spk.last, st.cueLast)+4
	for j := max(a, sent.first); j < min(b, sent.last); j++ {
		if !s.toks[j].lowerWord() || !s.wordIs(j, "statement") || s.inReported(j) {
			continue
		}
		if j+2 < len(s.toks) && s.wordIs(j+1, "by", "from") && !s.wordIs(j+2, "its", "their", "his", "her") && s.mentionStart(st.spk) != j+2 && st.spk.first != j+2 {
			// Another's: "after a statement by the union"; but "in a
			// statement from its press office", "according to a
			// statement from the council".
			continue
		}
		d := j - 1
		for d > sent.first && d >= j-3 && s.toks[d].lowerWord() && s.toks[d].class&(cDet|cPossPron|cPrep) == 0 {
			d-- // "in a written statement", "a joint statement"
		}
		if d <= sent.first || s.toks[d].class&(cDet|cPossPron) == 0 {
			continue
		}
		if v := d - 1; s.wordIs(v, "in", "In") || s.toks[v].lowerWord() && s.wordIs(v, "issued", "issues", "released", "releases", "published", "sent") || v > 0 && s.wordIs(v, "to") && s.wordIs(v-1, "according", "According") {
			return j
		}
	}
	return -1
}

// fullerBody returns the statement among the twelve before statement i
// whose speaker described the body that "the" and a body noun, d, stand
// for, with more words: in "..., the Kestian defence ministry said. ...,
// the ministry said" the ministry is the Kestian defence ministry. It
// returns -1 when d names a body already, or no such statement comes
// last among those of that noun.
func (s *state) fullerBody(i int, d mention) int {
	if sp := s.speaker(d); sp.Kind != Organization || sp.Name != sp.Mention && !s.namedBeforeOnly(d, sp.Name) {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		b := &s.stmts[k]
		a := b.spk
		if !b.hasSpk || a.kind != mDescription || a.coordinated || a.head >= d.first || !strings.EqualFold(s.word(a.head), s.word(d.head)) {
			continue
		}
		if a.head > a.first+1 && a.last == a.head+1 && s.wordIs(a.first, "the") && s.speaker(a).Kind == Organization {
			return k
		}
		return b.introAnte - 1 // "the ministry" again: the same one
	}
	return -1
}

// namedBeforeOnly reports whether name, the name of description d, is
// only a phrase before it (bodyNamedBefore): the statement a speaker
// described more fully is the better guide.
func (s *state) namedBeforeOnly(d mention, name Span) bool {
	a, b := s.bodyNamedBefore(d)
	return b > a && name == s.tokenSpan(a, b)
}

// wordsWithin reports whether every word in tokens [a, b) is one of the
// words in tokens [c, d); the look is bounded by the callers' short
// phrases.
func (s *state) wordsWithin(a, b, c, d int) bool {
	for i := a; i < b; i++ {
		if !s.shareWord(i, i+1, c, d) {
			return false
		}
	}
	return true
}

// articleGroup reports whether run r follows "the" with no title between,
// as a group's name does and a person's does not: "a Kestian official
// said ... . The Guards hold the east, he said" names no one new.
func (s *state) articleGroup(r run) bool {
	p := r.first - 1
	return p >= 0 && r.nameFirst == r.first && s.toks[p].kind == tWord && strings.EqualFold(s.word(p), "the")
}

// genderFits reports whether the pronoun p may stand for a holder of role
// w: not "she" for a spokesman, nor "he" for a spokeswoman.
func genderFits(w, p string) bool {
	switch {
	case strings.HasSuffix(w, "woman"):
		return pronounPerson(p) == 'f'
	case strings.HasSuffix(w, "man"):
		return pronounPerson(p) == 'm'
	}
	return true
}

// titledAntecedent returns the person whose title the definite
// description d names ("the mayor", "Dover's mayor"), when the pronoun
// at k may stand for that person; or -1.
func (s *state) titledAntecedent(d mention, k int) int {
	h := &s.toks[d.head]
	if d.kind != mDescription || d.coordinated || d.relative > 0 || !h.lowerWord() || h.class&cTitle == 0 || !genderFits(s.word(d.head), s.word(k)) ||
		!s.wordIs(d.first, "the") && !s.hasClitic(d.first, d.head) {
		return -1
	}
	e := s.resolveDescription(d)
	if e < 0 || s.entities[e].gender != 0 && s.entities[e].gender != pronounPerson(s.word(k)) {
		return -1
	}
	return e
}

// entityIn reports whether a run of entity e starts in tokens [a, b).
func (s *state) entityIn(e, a, b int) bool {
	for j := a; j < b; j++ {
		if r := s.runAt(j); r >= 0 && s.runs[r].first == j && s.runs[r].entity == e {
			return true
		}
	}
	return false
}

// lastCuedBefore returns the statement among the eight before statement i
// whose cue comes last before token k, at or after lo and within 200
// tokens, with a speaker that ends before k; or -1. With outer set, a
// statement whose cue lies inside another's words, or whose speaker is
// the antecedent of "who" (an aside), is passed over.
func (s *state) lastCuedBefore(i, k, lo int, outer bool) int {
	last := -1
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		p := &s.stmts[j]
		if p.dropped || !p.hasSpk || p.cueLast == p.cueFirst || p.cueFirst >= k || p.cueFirst < lo || p.cueFirst < k-200 || p.spk.last > k || outer && p.spk.relative > 0 {
			continue
		}
		// Only a cue later than the best so far can win, so only its
		// statement pays for inReported, the costly test: in a run of
		// `he said:` lines each of the eight would.
		if (last < 0 || p.cueFirst > s.stmts[last].cueFirst) && !(outer && s.inReported(p.cueFirst)) {
			last = j
		}
	}
	return last
}

// linkGroups links a statement whose speaker is a "they" or an "it" that
// nothing in its own or the sentences before resolves to the statement
// just before it, when that one's speaker is a group or a body that fits
// the pronoun: in "..., company sources said. Workers stayed, they said."
// the sources speak again, as in "..., the embassy said. ..., it said."
// the embassy does. It runs after linkUnnamed, on sorted statements.
func (s *state) linkGroups() {
	for i := range s.stmts {
		st := &s.stmts[i]
		if !st.hasSpk || st.spk.kind != mPronoun || st.unnamedAnte > 0 {
			continue
		}
		k := st.spk.first
		they := strings.EqualFold(s.word(k), "they")
		if !they && !strings.EqualFold(s.word(k), "it") {
			continue
		}
		if sp := s.speaker(st.spk); sp.Name.Start != s.toks[k].start {
			continue // resolved already
		}
		// The statement linked to is in this sentence or the one
		// before: a sentence between may name another ("Acme said
		// ... . Wirex plans ... . ..., it said").
		lo := s.sents[max(int(s.sentOf[k])-1, 0)].first
		last := s.lastCuedBefore(i, k, lo, false)
		if last < 0 {
			continue
		}
		a := last
		if u := s.stmts[last].unnamedAnte; u > 0 {
			a = u - 1 // "they" in turn linked: the group it stands for
		}
		d := s.stmts[a].spk
		if d.relative > 0 {
			continue
		}
		if !they && d.coordinated {
			// "Lee and her Harbour Party have attacked Reyes, accusing
			// him ..., and what it calls ...": "it" is the body the
			// joined subject ends with.
			if r := s.runAt(d.last - 1); r >= 0 && s.runs[r].last == d.last && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Organization {
				st.spk = mention{first: s.runs[r].first, last: d.last, kind: mName, entity: s.runs[r].entity, relative: k + 1}
			}
			continue
		}
		h := s.word(d.head)
		group := d.coordinated || d.kind == mDescription && (s.toks[d.head].lowerWord() || s.toks[d.head].flags&fSentStart != 0) &&
			(hasSuffixFold(h, "s") && !hasSuffixFold(h, "ss") || s.wordIs(d.head, "police", "people")) ||
			d.kind == mName && d.last-d.first == 1 && s.pluralHead(d.first) && s.speaker(d).Kind == Unnamed // "Officials said ... . They asked ..."
		if d.kind == mPronoun {
			// A pronoun that its own sentence resolves: "Officials
			// admit flaws, which they say ... . They also say ...".
			if !strings.EqualFold(s.word(d.first), s.word(k)) || s.speaker(d).Name.Start == s.toks[d.first].start {
				continue
			}
			group = they
		}
		if they && !group || !they && (group || s.speaker(d).Kind != Organization && !s.thingDescribed(d)) {
			continue
		}
		if sent := s.sentenceOf(k); st.first > k {
			// "Small parties opposed the rule, which they said
			// would ...": another subject before the pronoun in its
			// own sentence is what it stands for.
			if g, ok := s.firstSubject(sent.first, k); ok && g.last <= k && !s.stmtOver(g.first, g.last) && !strings.HasSuffix(s.speaker(d).Name.Text, s.word(g.head)) && (g.last <= d.first || g.first >= d.last) {
				continue
			}
		}
		st.unnamedAnte = a + 1
	}
}

// thingDescribed reports whether d is a definite description of one
// thing, not a person: "the ferry maker", whose "it" goes on in "...,
// the ferry maker said. ..., it added". A head that names a role or an
// unnamed person ("the spokeswoman", "the official") is a person's.
func (s *state) thingDescribed(d mention) bool {
	h := &s.toks[d.head]
	return d.kind == mDescription && !d.coordinated && d.relative == 0 && h.lowerWord() && h.class&(cUnnamed|cTitle|cTitleMod) == 0 &&
		!hasSuffixFold(s.word(d.head), "s") && s.wordIs(s.mentionStart(d), "the")
}

// inReported reports whether token k lies inside the words of a
// statement found so far that has a speaker: in "She told reporters Lee
// would quit. “Q,” she said." Lee is what she spoke of, and no
// antecedent of the "she" who goes on.
func (s *state) inReported(k int) bool {
	if s.covered {
		return s.cover[k]&coverReported != 0
	}
	return s.inStatement(k, stmtHasSpk)
}

// stmtHasSpk and stmtDirect are what inReported and inDirect want of a
// statement: plain functions, not closures, keep both small enough to
// inline.
func stmtHasSpk(st *stmt) bool { return st.hasSpk }
func stmtDirect(st *stmt) bool { return st.kind == Direct }

// inDirect reports whether token k lies inside a direct statement found
// so far: in stripped text, where no mark shows it, a name the speaker
// says is no antecedent of the "he" in the attribution after it.
func (s *state) inDirect(k int) bool {
	if s.covered {
		return s.cover[k]&coverDirect != 0
	}
	return s.inStatement(k, stmtDirect)
}

// Bits of cover.
const (
	coverReported = 1 << iota // inReported
	coverDirect               // inDirect
)

// coverStmts answers inReported and inDirect for every token at once, in
// cover, for the rules that link pronouns (linkUnnamed, linkGroups,
// votePronouns): they ask about many tokens but change no statement's
// span, kind or speaker's presence, so the answers hold until uncover.
// Asking stmtsIn instead walks every statement of a block, and a block
// of `he said:` lines holds twenty.
func (s *state) coverStmts() {
	if s.noCover {
		return
	}
	n := len(s.toks)
	s.cover = resize(s.cover, n)
	s.coverSum = resize(s.coverSum, 2*(n+1))
	rep, dir := s.coverSum[:n+1], s.coverSum[n+1:]
	for i := range s.stmts {
		st := &s.stmts[i]
		a, b := max(st.first, 0), min(st.last, n)
		if st.dropped || a >= b {
			continue
		}
		if st.hasSpk {
			rep[a]++
			rep[b]--
		}
		if st.kind == Direct {
			dir[a]++
			dir[b]--
		}
	}
	var r, d int32
	for k := range n {
		r += rep[k]
		d += dir[k]
		if r > 0 {
			s.cover[k] |= coverReported
		}
		if d > 0 {
			s.cover[k] |= coverDirect
		}
	}
	s.covered = true
}

// uncover ends what coverStmts began, before a rule that gives
// statements speakers.
func (s *state) uncover() { s.covered = false }

// inStatement reports whether token k lies inside the words of a
// statement found so far, not dropped, for which want holds.
func (s *state) inStatement(k int, want func(*stmt) bool) bool {
	found := false
	s.stmtsIn(k, k+1, func(i int) bool {
		st := &s.stmts[i]
		if !st.dropped && want(st) && st.first <= k && k < st.last {
			found = true
			return false
		}
		return true
	})
	return found
}

// votePronouns counts each "it" that speaks for a name, "Wirex said ... Later,
// it said", as a vote that the name is a body's, so that every statement
// of that name gives the same kind, not only the one that says "it". A
// "he" or "she" that speaks for a name votes the other way: in "Ann Lee
// said it would close. ... she said", the first "it" after the name is
// what she spoke of.
func (s *state) votePronouns() {
	for i := range s.stmts {
		st := &s.stmts[i]
		if st.dropped || !st.hasSpk || st.spk.kind != mPronoun {
			continue
		}
		if s.wordIs(st.spk.first, "it") {
			if a, ok := s.resolveIt(st.spk.first); ok && a.kind == mName && a.entity >= 0 {
				s.entities[a.entity].itVotes++
			}
		} else if e := s.resolvePronoun(st.spk.first); e >= 0 {
			s.entities[e].heSpeaks++
		}
	}
	// Counted apart first, as each vote would change how later pronouns
	// resolve.
	for i := range s.entities {
		s.entities[i].heVotes += s.entities[i].heSpeaks
	}
}

// resolveIt returns the body "it" refers to: the latest organisation
// that is the subject of a clause in the same sentence, or else in the
// two sentences before ("The ministry imposed sanctions, which it said
// were initial steps").
func (s *state) resolveIt(k int) (m mention, ok bool) {
	si := int(s.sentOf[k])
	var inside mention
	hasInside := false
	for n := 0; n < 3 && si >= 0; si-- {
		sent := s.sents[si]
		if s.pairOf[sent.first] >= 0 {
			continue
		}
		n++
		found := false
		for j := sent.first; j < sent.last && j < k && j < sent.first+80; j++ {
			if j > sent.first && !s.toks[j-1].isPunct(',') && !(s.toks[j-1].kind == tWord && s.toks[j-1].class&cConj != 0) && !(si == int(s.sentOf[k]) && s.subordinateOpens(j-1)) {
				continue
			}
			if a, ok := s.bodySubjectAt(j, sent.last, si == int(s.sentOf[k])); ok {
				if s.stripped && a.kind == mName && !s.runHasOrg(a.first, a.last) && s.inDirect(j) {
					// A name that opens a quote's own words,
					// `Superstition is a pollution,  it said`, is no
					// body that says them; but `The embassy is in
					// contact,  it said` speaks of itself.
					continue
				}
				if si == int(s.sentOf[k]) && s.stmtOver(j, j+1) && !(a.kind == mDescription && s.speaker(a).Name.Start != s.toks[a.first].start) && !(a.last < sent.last && s.speaksAt(a.last)) {
					// A body inside the statement "it" attributes is
					// what the statement is about when one outside
					// can speak: "The port shut, the council said.
					// The Front (TF) laid mines, it said"; but "the
					// council" named before speaks of itself, and so
					// does a body that speaks in it ("The Front said
					// ..., it added").
					inside, hasInside = a, true
					continue
				}
				if hasInside && si < int(s.sentOf[k]) && (s.nounAfterName(a) || s.openerOnly(a)) {
					// A plural after the name may head the subject,
					// "Acme Corp shares fell. The council will close
					// the port, it said": the council speaks of itself;
					// and a word in capitals only for opening its
					// sentence may be no name, "Rain fell".
					continue
				}
				if si < int(s.sentOf[k]) && s.stmtOver(j, j+1) && s.itSpeaksIn(si) {
					// and so is one inside the statement of an "it"
					// before, which this "it" goes on: "The Front
					// (TF) laid mines, it said. Its men fled, it
					// said".
					continue
				}
				m, found = a, true
			}
		}
		if found {
			return m, true
		}
	}
	if hasInside && s.toks[inside.first].class&cPossPron == 0 && !s.itSpeaksIn(int(s.sentOf[k])-1) {
		// With no other body near, it speaks of itself: "Acme will
		// cut 300 jobs, it said"; but "its" names a part of another
		// ("Its troops fled, it said").
		return inside, true
	}
	return s.placeBeforeIt(k)
}

// nounAfterName reports whether the name a is followed by a plural in
// lower case and a verb, which may make the plural the subject's head:
// "Acme Corp shares fell".
func (s *state) nounAfterName(a mention) bool {
	v := a.last
	return a.kind == mName && v+1 < len(s.toks) && s.toks[v].lowerWord() && s.toks[v].class&cAux == 0 && strings.HasSuffix(s.word(v), "s") && s.verbLike(v+1)
}

// openerOnly reports whether the name a is one word, in capitals only
// where it opens a sentence, with no word of a body: "Rain fell",
// "Inflation rose".
func (s *state) openerOnly(a mention) bool {
	return a.kind == mName && a.last-a.first == 1 && a.entity >= 0 && !s.entities[a.entity].inner && !s.runHasOrg(a.first, a.last) && s.toks[a.first].flags&fSentStart != 0
}

// itSpeaksIn reports whether sentence si has an "it" that speaks, whose
// statement a later "it" goes on: "..., it said. The Front (TF) laid
// mines, it said".
func (s *state) itSpeaksIn(si int) bool {
	if si < 0 {
		return false
	}
	sent := s.sents[si]
	for j := sent.first; j+1 < sent.last && j < sent.first+80; j++ {
		if s.wordIs(j, "it") && s.toks[j+1].kind == tWord && s.toks[j+1].class&(cSpeech|cSpeechAct) != 0 {
			return true
		}
	}
	return false
}

// placeBeforeIt returns the place that opens the reporter's sentence right
// before an "it" that opens its own and speaks, when no body is nearer:
// in "Kestia closed its port. It has condemned the flood", the
// place acts as a state, though it did not speak where it was named.
func (s *state) placeBeforeIt(k int) (m mention, ok bool) {
	si := int(s.sentOf[k]) - 1
	if si < 0 || s.sents[si+1].first != k {
		return m, false
	}
	v := k + 1
	for v < len(s.toks) && v < k+4 && s.toks[v].lowerWord() && s.toks[v].class&(cAux|cAdverb) != 0 && s.toks[v].class&(cSpeech|cSpeechAct) == 0 {
		v++ // "It has repeatedly condemned"
	}
	if v >= len(s.toks) || !s.toks[v].lowerWord() || s.toks[v].class&(cSpeech|cSpeechAct) == 0 {
		return m, false
	}
	sent := s.sents[si]
	j := sent.first
	if s.pairOf[j] >= 0 || s.stripped && s.inDirect(j) {
		return m, false
	}
	if s.conjOpens(j) {
		j++ // "But Kestia has ties ..."
	}
	r := s.runAt(j)
	if r < 0 || s.runs[r].first != j || s.runs[r].entity < 0 || !s.placeLike(s.runs[r].entity) {
		return m, false
	}
	run := s.runs[r]
	v = run.last
	if v+1 < sent.last && s.toks[v].lowerWord() && s.toks[v].class&cAdverb != 0 {
		v++ // "Kestia already has"
	}
	if v >= sent.last || !s.verbLike(v) && s.toks[v].class&cAux == 0 {
		return m, false
	}
	return mention{first: j, last: run.last, head: run.last - 1, kind: mName, entity: run.entity, titleFirst: j, titleLast: j}, true
}

// subordinateOpens reports whether token p is a conjunction that opens a
// clause of time or cause, whose subject may be the body an "it" later in
// the sentence stands for: "was closed after the guild took over, which
// it said ...". In a sentence before, the subject of the main clause is
// more likely: "Wirex said the vote was held before the board met. It
// said ...".
func (s *state) subordinateOpens(p int) bool {
	return s.toks[p].lowerWord() && s.toks[p].class&cSubord != 0 && !s.wordIs(p, "that", "what", "which", "who", "whom", "whose", "how", "why", "whether", "where")
}

// bodySubjectAt returns the organisation that opens a clause at j and is
// followed by its verb, where same tells that the clause is in the
// sentence of the "it" looked for (bodyLike): a name ("the Harbour Department said") or a
// description with a body noun for head ("the Reyes administration
// imposed").
func (s *state) bodySubjectAt(j, hi int, same bool) (m mention, ok bool) {
	a := j
	if strings.EqualFold(s.word(a), "the") {
		a++
	}
	if a >= hi {
		return m, false
	}
	first := j
	if n := s.bodyNounBefore(a, hi); n > a {
		// "Rights group Harbour Watch condemned", "the state tabloid
		// the Daily Planet said": a body noun before the name.
		a, first = n, n
		if a < hi && s.toks[a].lowerWord() && s.wordIs(a, "the") {
			a++
		}
	}
	if r := s.runAt(a); r >= 0 && s.runs[r].first == a && s.runs[r].entity >= 0 {
		run := s.runs[r]
		v := run.last // the verb after the name
		if run.last+1 < hi && s.toks[run.last].kind == tClitic {
			if r2 := s.runAt(run.last + 1); r2 >= 0 && s.runs[r2].first == run.last+1 && s.runs[r2].entity >= 0 {
				// A possessor inside the name: "the People s Ledger
				// said".
				run = s.runs[r2]
				v = run.last
			} else {
				// A firm named for its founder: "Lang s said".
				v++
			}
		}
		end := v // the name's end
		if v < hi && s.toks[v].isPunct(',') {
			// An apposition between the name and its verb: "The
			// Acme, a small lobby, was more positive".
			if e := s.appositionEnd(v+1, hi); e > v && e+1 < hi && s.toks[e].isPunct(',') {
				v = e + 1
			} else {
				v = s.bodyAsideEnd(v, hi)
			}
		}
		if run.last-run.first == 1 && s.toks[a].flags&fSentStart != 0 && strings.HasSuffix(s.word(a), "ing") {
			// A gerund that opens the sentence names no body:
			// "Trading was halted".
			return m, false
		}
		if v < hi && (s.verbLike(v) || s.presentVerb(v, v+1)) && s.bodyLike(run, v, same, j) {
			return mention{first: first, last: end, head: run.last - 1, kind: mName, entity: run.entity, titleFirst: first, titleLast: first}, true
		}
	}
	// A description: up to four modifiers, then a body noun. It opens
	// with an article or a possessor ("an official website", "Acme s
	// media arm", "its board"), or with neither after a comma, as a
	// trailing attribution does ("..., state-run news agency Wirex
	// said").
	if a == j {
		switch r := s.runAt(j); {
		case s.toks[j].class&cPossPron != 0:
		case s.wordIs(j, "a", "an"):
			a++
		case r >= 0 && s.runs[r].first == j && s.runs[r].last+1 < hi && s.toks[s.runs[r].last].kind == tClitic:
			a = s.runs[r].last + 1
		case j > 0 && s.toks[j-1].isPunct(',') && s.toks[j].class&(cDet|cSpeech|cAdverb|cTime) == 0 && !s.verbLike(j) && !s.wordIs(j, "more", "most", "other", "some", "many"):
		default:
			return m, false
		}
	}
	for h := a; h < hi && h < a+5; h++ {
		t := &s.toks[h]
		if t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux|cSubjPron) != 0 {
			return m, false
		}
		if t.lowerWord() && (t.class&(cBody|cOrg) != 0 || t.class&cDocument != 0 && s.toks[j].class&cPossPron == 0) && t.class&cUnnamed == 0 && h+1 < hi {
			v := s.afterTime(h+1, hi)
			if v < hi && s.toks[v].isPunct(',') {
				v = s.bodyAsideEnd(v, hi) // "Kestia s regulator, in a statement, said"
			}
			if v < hi && (s.verbLike(v) || s.presentVerb(v, v+1)) {
				if t.class&(cBody|cOrg) == 0 && s.stmtOver(j, j+1) {
					// A document in what was said is what the
					// speaker spoke of, no source: "The deal would go
					// ahead, it said".
					return m, false
				}
				return mention{first: j, last: h + 1, head: h, kind: mDescription, entity: -1, titleFirst: j, titleLast: j}, true
			}
		}
	}
	return m, false
}

// bodyAsideEnd returns the token after an aside set off by the comma at
// c between a body and its verb, a relative clause or a phrase that
// opens with a preposition ("Wirex, which has 600 shops, apologized",
// "the regulator, in a note to the Ledger, said"), or with an adverb
// or a noun and its preposition ("the Harbour Brigade, also part of the
// Kestia Front, posted"), or c if there is none.
func (s *state) bodyAsideEnd(c, hi int) int {
	a := c + 1
	if a >= hi || !s.toks[a].lowerWord() {
		return c
	}
	if !(s.wordIs(a, "which") || s.toks[a].class&(cPrep|cAdverb) != 0 || a+1 < hi && s.toks[a+1].lowerWord() && s.toks[a+1].class&cPrep != 0 && s.toks[a].class&(cAux|cSubjPron|cSubord|cConj) == 0 && !s.verbLike(a)) {
		return c
	}
	for k := a + 1; k < hi && k <= a+20; k++ {
		t := &s.toks[k]
		if t.isPunct(',') {
			if k+1 < hi {
				return k + 1
			}
			return c
		}
		if t.kind == tMark && t.flags&fPossessiveMark == 0 || t.isPunct(';') || t.isPunct(':') || t.isPunct(pDash) || t.isPunct('(') {
			// A quotation ends the scan; the apostrophe of a plural
			// possessor does not: "which runs the Isles’ biggest port".
			return c
		}
	}
	return c
}

// afterTime returns the token after a short time phrase that starts at
// k, "last week", "on Friday", or k.
func (s *state) afterTime(k, hi int) int {
	e := k
	for e < hi && e < k+3 && s.toks[e].kind == tWord && (s.toks[e].class&cTime != 0 || s.toks[e].lowerWord() && s.wordIs(e, "last", "this", "on", "early", "late")) {
		e++
	}
	if e > k && s.toks[e-1].class&cTime == 0 {
		return k // "on" with no time after it
	}
	return e
}

// bodyLike reports whether a name that opens a clause before "it" may
// be the body "it" stands for: a body's name, a single word never shown
// to be a person's ("Wirex took aim. ... it said"), or a place ("Norvia
// said ... . ... it said").
func (s *state) bodyLike(r run, v int, same bool, j int) bool {
	if s.entityKind(r.entity) == Organization && !s.placeLike(r.entity) {
		return true
	}
	// Otherwise the name must open its sentence or follow a comma, not
	// "and" ("the leaders of Norvia and Kestia signed"), and its verb at v
	// be finite, not a noun after it ("the K.B.T. report"). In the
	// sentence of "it", a name inside a statement is what the statement
	// is about ("Troops left, it said"); one outside it may be the body
	// ("Norvia vetoed it because it says ...").
	t := &s.toks[v]
	if same && s.stmtOver(j, j+1) || j > 0 && s.sentOf[j-1] == s.sentOf[j] && !s.toks[j-1].isPunct(',') && !s.conjOpens(j-1) || !(s.pastForm(v) || t.class&cAux != 0 || t.lowerWord() && !s.baseForm(v)) {
		return false
	}
	if s.placeLike(r.entity) {
		return s.speaksAt(v)
	}
	if r.first > 0 && strings.EqualFold(s.word(r.first-1), "the") && strings.HasSuffix(s.word(r.last-1), "s") {
		return false // a people: "the Russians"
	}
	en := &s.entities[r.entity]
	return !en.personal && en.gender == 0 && en.heVotes == 0 && en.titleLast == en.titleFirst
}

// conjOpens reports whether token p is a conjunction that opens its
// sentence, after which a name still opens the clause: "But Kestia said
// ... . It demanded ...".
func (s *state) conjOpens(p int) bool {
	return s.toks[p].kind == tWord && s.toks[p].class&cConj != 0 && s.sentenceOf(p).first == p
}

// speaksAt reports whether the verb at v, or the one after an auxiliary
// there, is a speech verb or a speech act: "Norvia said", "Norvia has
// demanded".
func (s *state) speaksAt(v int) bool {
	if s.toks[v].class&cAux != 0 && v+1 < len(s.toks) {
		v++
	}
	return s.toks[v].class&(cSpeech|cSpeechAct) != 0
}

// bodyNounBefore returns the end of up to five words from a that end in
// a body noun in lower case and come before a capitalised name, or a:
// "Rights group" before "Harbour Watch", "Influential state-run Valley
// tabloid" before "the Daily Planet".
func (s *state) bodyNounBefore(a, hi int) int {
	for p := a; p < hi && p < a+5; p++ {
		t := &s.toks[p]
		if t.kind != tWord || t.class&(cPrep|cConj|cSubord|cAux|cSubjPron|cDet) != 0 {
			return a
		}
		if t.lowerWord() && t.class&cBody != 0 && p+1 < hi && (s.toks[p+1].capWord() || s.toks[p+1].lowerWord() && s.wordIs(p+1, "the") && p+2 < hi && s.toks[p+2].capWord()) {
			return p + 1
		}
	}
	return a
}

// subjectPosition reports whether a name is the subject of its clause:
// it opens the clause (after any title) and a verb or an apposition
// follows it.
func (s *state) subjectPosition(r run) bool {
	if r.last >= len(s.toks) {
		return false
	}
	return s.subjectAfterTitle(r, s.titleBefore(r.first, s.sentenceOf(r.first).first))
}

// subjectAfterTitle is subjectPosition for a run whose titleBefore is a,
// for addRun, which has it already.
func (s *state) subjectAfterTitle(r run, a int) bool {
	if r.last >= len(s.toks) {
		return false
	}
	n := &s.toks[r.last]
	if a > 3 && a < r.nameFirst && s.toks[a-1].isPunct(')') && s.toks[a-2].capWord() && s.toks[a-3].isPunct('(') {
		// A body's initials end the run before the title: in "the
		// Dover Port (DP) Chief Executive Tom Long said" the title
		// opens with the body's name.
		if b := s.runAt(a - 4); b >= 0 && s.runs[b].last == a-3 && s.sentOf[s.runs[b].first] == s.sentOf[a] {
			a = s.runs[b].first
		}
	}
	if a > 1 && a < r.nameFirst && s.toks[a-1].kind == tClitic {
		// A possessor opens the title: "Kestia's Foreign Minister Tom
		// Long said", also stripped, "Kestia s".
		if b := s.runAt(a - 2); b >= 0 && s.runs[b].last == a-1 && s.sentOf[s.runs[b].first] == s.sentOf[a] {
			a = s.runs[b].first
		}
	}
	if a > 0 && s.toks[a-1].kind == tWord && s.wordIs(a-1, "his", "her", "their") && s.sentenceOf(a-1).first == a-1 {
		a-- // "Her colleague Tom Long said": the possessive opens the title
	} else if a > 0 && a < r.nameFirst && s.toks[a-1].kind == tWord && s.wordIs(a-1, "the") && (s.sentenceOf(a-1).first == a-1 || a > 1 && s.toks[a-2].isPunct(',')) {
		// "The Harbour Party chairman Tom Long said", "Asked why,
		// the Dover Port (DP) chief Tom Long said": the article opens
		// a title that names the body first.
		a--
	}
	if a > 0 && s.sentOf[a-1] == s.sentOf[a] {
		p := &s.toks[a-1]
		if p.kind == tWord && p.flags&fCap == 0 && p.class&cSpeech != 0 && p.class&cSpeechObject == 0 && a > 1 && (s.toks[a-2].isPunct(',') || s.toks[a-2].kind == tMark) {
			// `"Q," said Ann Lee, a co-author of Harbour Tales`: the
			// inverted subject of a quote's attribution, whom a "she"
			// after it means.
			return true
		}
		if !(p.isPunct(',') || p.isPunct(pDash) && s.sentenceOf(a-1).first == a-1 || p.kind == tWord && p.class&cConj != 0 || p.kind == tMark) {
			// A dash that opens a list item is no fronted phrase: "-
			// Foreign Minister Ann Lee called ...".
			// After a fronted phrase with no comma, a finite verb
			// still marks the subject: "In the video Smith boasted";
			// after one of time so does an aside: "Last week Ann Lee,
			// expected to win, angered ...".
			return p.kind == tWord && p.class&(cPrep|cDet|cPossPron) == 0 && !s.verbLike(a-1) && (s.verbLike(r.last) || n.isPunct(',') && p.class&cTime != 0)
		}
	}
	if n.isPunct(',') || n.isPunct(pDash) && r.last+1 < len(s.toks) && s.toks[r.last+1].lowerWord() {
		// An aside, set off by commas or dashes: "Ann Lee - who led
		// the council - said".
		return true
	}
	if c := s.parenEnd(r.last, len(s.toks)); n.isPunct('(') && c > r.last+1 && c <= r.last+6 && c+1 < len(s.toks) && !s.wordIs(r.last+1, "who", "whom", "whose", "which", "that") {
		// A party or a place in parentheses after the name: "Gov. Ann
		// Lee (R) conceded ...", "Sen. Tom Reyes (D-Dover), a critic,
		// said"; not a relative clause, "Ann Lee (who runs it) said",
		// whose "it" would make the name a body's.
		x := &s.toks[c+1]
		return x.isPunct(',') || x.lowerWord() && x.class&(cPrep|cConj|cDet) == 0 && (s.verbLike(c+1) || x.class&cAdverb != 0)
	}
	// A verb follows, not a noun the name modifies ("Ed Long
	// posters").
	return n.lowerWord() && n.class&(cPrep|cConj|cDet) == 0 && (s.verbLike(r.last) || n.class&cAdverb != 0)
}

// resolveDescription returns the person a definite description of a
// role refers to ("the spokeswoman", "Reyes's defense secretary"): the
// latest person before it, or else the first after it, whose title has
// the same head noun. It returns -1 if there is none.
func (s *state) resolveDescription(m mention) int {
	if e := m.last; e+1 < len(s.toks) && s.toks[e].isPunct(',') && (s.toks[e-1].lowerWord() || m.first < m.head && s.toks[m.head].lowerWord()) {
		// The name in apposition right after its noun: "said the
		// commander, Colonel Tom Reyes", whose own title is another;
		// not a place after a place, "in Dover, Kestia". A place that
		// ends the description sets off a name only with a comma after
		// it too: "The commander in Dover, Colonel Tom Reyes, said".
		if r := s.runAt(e + 1); r >= 0 && s.runs[r].first == e+1 && s.runs[r].entity >= 0 && s.runs[r].last-s.runs[r].nameFirst >= 2 && s.entities[s.runs[r].entity].kind == Person && !s.placeLike(s.runs[r].entity) {
			if l := s.runs[r].last; l >= len(s.toks) && s.toks[e-1].lowerWord() || l < len(s.toks) && (s.toks[l].kind == tPunct && s.toks[e-1].lowerWord() || s.toks[l].isPunct(',')) {
				return s.runs[r].entity
			}
		}
	}
	h := &s.toks[m.head]
	if h.class&cTitle == 0 || s.joinsWords(m) {
		// "Lee s family and lawyer" are more than the lawyer, but "the
		// Kestian Customs and Border Police commissioner" is one.
		return -1
	}
	definite := true
	if d := &s.toks[m.first]; d.kind != tWord || (!strings.EqualFold(s.word(m.first), "the") && d.class&cPossPron == 0 && !s.hasClitic(m.first, m.head)) {
		definite = false
	}
	head := s.lower(m.head)
	best, bestDist, bestShared, bestPost := -1, 0, false, false
	owner := -1
	if s.toks[m.first].lowerWord() && s.wordIs(m.first, "his", "her") {
		// "her spokesman": the role serves the one "her" stands for.
		if owner = s.resolvePronoun(m.first); owner >= 0 && s.entities[owner].titleLast <= s.entities[owner].titleFirst {
			owner = -1 // with no title, nothing tells whose a role is
		}
	}
	mods := m.first
	if definite && s.toks[mods].kind == tWord && isArticle(s.word(mods)) {
		mods++
	}
	// With no title of the noun itself, one it is a plain word for:
	// "the Kestian envoy" for "Kestian Ambassador Ann Lee"; only with no
	// word in lower case before the noun, which may tell another role:
	// "the opposition leader" is no president.
	heads := [2]string{head, roleAlias(head)}
	for k := mods; k < m.head && heads[1] != ""; k++ {
		if s.toks[k].kind != tWord || s.toks[k].lowerWord() {
			heads[1] = ""
		}
	}
	verb := strings.TrimSuffix(head, "er") // "lead" for "leads"
	for k := m.first - 1; k >= 0 && k >= m.first-150 && heads[1] != ""; k-- {
		if w := s.lower(k); s.toks[k].lowerWord() && (w == head || w == head+"s" || verb != head && (w == verb || w == verb+"s")) {
			// The noun, or its verb, was used of someone else:
			// "Tom Reyes, who leads the rebels. The leader said",
			// "union leaders"; not "leading", "leadership".
			heads[1] = ""
		}
	}
	for pass := 0; pass < 2 && best < 0 && heads[pass] != ""; pass++ {
		head := heads[pass]
		for e := max(0, len(s.entities)-256); e < len(s.entities); e++ {
			en := &s.entities[e]
			if en.titleLast <= en.titleFirst || en.kind != Person {
				continue
			}
			// The title's head noun: its last word, or the one before a
			// phrase after it, "a spokeswoman for the council".
			// Such a role is narrowed by its phrase: it is taken only from
			// a name before the description, and below a bare title of
			// the same noun is preferred ("the president" is "President
			// Ann Lee" rather than "Tom Reyes, president of the club").
			te := en.titleLast - 1
			post := false
			if hd := s.titleHead(en.titleFirst, en.titleLast); hd < te && en.nameLast-en.nameFirst >= 2 && !s.placeLike(e) && en.nameFirst < m.first {
				te, post = en.titleLast, true // te: the words other than the head, loosely
				if !strings.EqualFold(s.word(hd), head) {
					continue
				}
			} else if !strings.EqualFold(s.word(te), head) {
				continue
			}
			if !definite && !s.shareWord(m.head+1, m.last, en.titleFirst, te) {
				// "a spokesman for Kestia's Ministry of Trade" is
				// "trade ministry spokesman Ed Long", but "a spokesman"
				// alone could be anyone.
				continue
			}
			if definite && m.head != m.last-1 {
				continue
			}
			// "the Attorney General" is the "Attorney General" named
			// before, rather than a later "General".
			shared := mods < m.head && s.shareWord(mods, m.head, en.titleFirst, te)
			if definite && !shared && s.contentWord(mods, m.head, true) && s.contentWord(en.titleFirst, te, false) && !s.shareSpelling(mods, m.head, en.titleFirst, te) && !s.ownPeople(mods, m.head, en) {
				// Both say whose or which the role is, and differ, the
				// description by a name: "Reyes's spokesman" is not
				// "Harbour Council spokesman Ann Lee", nor "Dover's defense
				// minister" "Foreign Minister Ann Lee", though he may be
				// "Defence Minister Tom Reyes"; but "the festival speaker"
				// may be "popular motivational speaker Ann Lee".
				continue
			}
			if o := &s.entities[max(owner, 0)]; owner >= 0 && owner != e && !s.shareWord(en.titleFirst, te, o.titleFirst, o.titleLast) && !s.shareWord(en.titleFirst, te, o.nameFirst, o.nameLast) {
				// "Prime Minister Ann Lee ... her spokesman" is not
				// "Harbour Council spokesman Tom Reyes", but "Harbour
				// Council chief Ann Lee ... her spokesman" may be.
				continue
			}
			if s.rankOnly(en.titleFirst, te, mods, m.head) {
				// "the chief justice" is not "Deputy Chief Justice Ann
				// Lee", nor "the mayor" "former mayor Tom Reyes".
				continue
			}
			d := m.first - en.nameFirst
			if r := s.recentMention(e, m.first); r > en.nameFirst {
				// The latest mention counts, not the fullest: in "Kestian
				// President Tom Reyes ... Norvian President Ann Lee ...
				// Reyes ordered a review. The president ..." he is meant.
				d = m.first - r
			}
			if d < 0 {
				d = -d + len(s.toks) // prefer names before the description
			}
			if best < 0 || shared && !bestShared || shared == bestShared && (!post && bestPost || post == bestPost && d < bestDist) {
				best, bestDist, bestShared, bestPost = e, d, shared, post
			}
		}
	}
	if best >= 0 && definite && !bestShared && s.otherRoleBefore(m, best) {
		return -1
	}
	return best
}

// objectName reports whether the name [a, b) is a verb's object, right
// after it, or an owner before "'s".
func (s *state) objectName(a, b int) bool {
	if b < len(s.toks) && s.toks[b].kind == tClitic {
		return true
	}
	return a > 0 && s.toks[a-1].lowerWord() && s.toks[a-1].class&cSpeech == 0 && s.verbLike(a-1)
}

// ledeHolder returns the person a role in a story's first sentence
// names, when the story names them only in its next sentence: "Kestia's
// foreign minister said on Monday ... . The port will stay shut, Ann Lee
// said." The role is singular and definite ("the", or a possessor with
// no one named), the person is the first one that sentence names, not
// named before, the subject of a clause, with no title or one of the
// role's noun ("the commander ..., Tom Reyes, the commander of the
// fleet, said"). It returns -1 if there is none. The scans cover the
// first two sentences only.
func (s *state) ledeHolder(m mention) int {
	h := &s.toks[m.head]
	if m.kind != mDescription || m.coordinated || !h.lowerWord() || h.class&cTitle == 0 || s.pluralHead(m.head) || s.joinsWords(m) {
		return -1
	}
	if !s.wordIs(m.first, "the") && !s.hasClitic(m.first, m.head) {
		return -1
	}
	si := int(s.sentOf[m.first])
	k := s.sents[si].first
	dateline := s.toks[k].flags&fDateline != 0
	for k > 0 && s.toks[k-1].flags&fDateline != 0 {
		k, dateline = k-1, true
	}
	if k > 0 || !dateline || si+1 >= len(s.sents) {
		return -1 // not the first sentence of a story under a dateline
	}
	for j := m.first; j < m.last; j++ {
		if r := s.runAt(j); r >= 0 && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Person && s.entities[s.runs[r].entity].nameLast-s.entities[s.runs[r].entity].nameFirst >= 2 {
			return -1 // "Ann Lee s lawyer": the role serves the one named
		}
	}
	next := s.sents[si+1]
	for j := next.first; j < next.last; j++ {
		r := s.runAt(j)
		if r < 0 || s.runs[r].first != j || s.runs[r].entity < 0 {
			continue
		}
		e := s.runs[r].entity
		if s.entityKind(e) != Person || s.placeLike(e) {
			continue
		}
		en := &s.entities[e]
		if en.nameLast-en.nameFirst < 2 {
			continue // a one-word name is no one introduced: "the Dover accord"
		}
		if en.nameFirst < next.first || !s.subjectPosition(s.runs[r]) || s.otherRoleAfter(s.runs[r].last, next.last) {
			// Not one an apposition gives another role: "Tom Reyes,
			// the president of the union, said" is someone else.
			return -1
		}
		if en.titleLast > en.titleFirst && !s.shareWord(m.head, m.head+1, en.titleFirst, en.titleLast) {
			return -1
		}
		return e
	}
	return -1
}

// sourceName reports whether the name at a is a statement's source:
// after "according to", or after "for" and a role, "a spokesman for".
func (s *state) sourceName(a int) bool {
	return a > 1 && (s.wordIs(a-1, "to") && s.wordIs(a-2, "according") || s.wordIs(a-1, "for") && s.toks[a-2].lowerWord() && s.toks[a-2].class&cTitle != 0)
}

// otherRoleAfter reports whether the name that ends before token v is
// set off by a comma and more than an age: a role of its own or a clause
// or phrase that may give one, ", the president of the union,", ", who
// heads the truckers' union,"; an age, ", 62,", says nothing of that.
func (s *state) otherRoleAfter(v, hi int) bool {
	if v+1 >= hi || !s.toks[v].isPunct(',') {
		return false
	}
	return !(v+2 < hi && s.toks[v+1].flags&fDigit != 0 && s.toks[v+2].isPunct(','))
}

// recentMention returns where the latest mention of entity e before
// token k in the reporter's words, not as an object, starts, among the
// 24 runs before k and within 300 tokens; or -1.
func (s *state) recentMention(e, k int) int {
	lo := s.runsBefore(k)
	for r := lo - 1; r >= 0 && r >= lo-24 && s.runs[r].first >= k-300; r-- {
		if u := &s.runs[r]; u.entity == e && !s.inReported(u.first) && !s.objectName(u.first, u.last) && (s.subjectPosition(*u) || s.sourceName(u.first)) {
			// Only in the reporter's words, not in another's, "“Reyes
			// is wrong,” she said", and as a subject or a source,
			// "according to Reyes", "a spokesman for Reyes"; not as
			// an object, "She met Reyes", "critics of Reyes", nor as
			// an owner, "Reyes's aides".
			return u.first
		}
	}
	return -1
}

// agedReferent returns the person a definite description with an age
// refers to, "The 64-year-old farmer denied it": the latest person named
// in the reporter's words of its sentence or the two before it. Such an
// age is given only to one the story has just named. It returns -1 if m
// is no such description or no one is named.
func (s *state) agedReferent(m mention) int {
	a := m.first + 1
	if m.kind != mDescription || a >= m.head || !s.wordIs(m.first, "the") || s.toks[a].flags&fDigit == 0 || !strings.HasSuffix(s.lower(a), "-year-old") {
		return -1
	}
	if h := &s.toks[m.head]; !h.lowerWord() || h.class&(cTitle|cUnnamed) == 0 || s.pluralHead(m.head) {
		return -1
	}
	if m.last < len(s.toks) && s.toks[m.last].kind == tClitic || s.hasClitic(m.first, m.head) {
		return -1 // "The 30-year-old runner's coach": a possessor's
	}
	lo := max(s.reporterSentence(m.first, 2), m.first-400) // bounded, as in headSeenBefore
	for j := m.first - 1; j >= lo; j-- {
		if s.toks[j].lowerWord() && strings.EqualFold(s.word(j), s.word(m.head)) {
			// "Ann Lee met the mayor. The 64-year-old mayor said": the
			// noun named someone since the person.
			return -1
		}
		if r := s.runAt(j); r >= 0 && s.pairOf[j] < 0 && s.runs[r].entity >= 0 && s.entityKind(s.runs[r].entity) == Person && s.entities[s.runs[r].entity].personal && !s.articleGroup(s.runs[r]) && !s.inReported(j) {
			return s.runs[r].entity
		}
	}
	return -1
}

// titleHead returns the head noun of the title [a, b): the word before
// the first phrase of "for", "of", "at" or "with" after its first word
// ("a spokeswoman for the council"), else its last. Other words after
// the head ("the first official to visit") leave the last word, which
// matches no description of the head's noun.
func (s *state) titleHead(a, b int) int {
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			break
		}
		if t.lowerWord() && s.wordIs(k, "for", "of", "at", "with") {
			return k - 1
		}
	}
	return b - 1
}

// otherRoleBefore reports whether, since the latest mention of entity e,
// a description of the role that the definite description m names came
// with a phrase naming another owner ("for", "of", "to"), a name
// before its noun ("a Wirex spokeswoman") or a possessive ("the
// mayor's spokeswoman"): in "Harbour Council
// spokeswoman Ann Lee said ... . The spokeswoman for the Kestian mayor
// said ... . ..., the spokeswoman said", the second spokeswoman speaks
// again; "the spokeswoman at the briefing" names only a setting.
// The look back is bounded.
func (s *state) otherRoleBefore(m mention, e int) bool {
	en := &s.entities[e]
	for k := m.first - 1; k > 0 && k >= m.first-150; k-- {
		if r := s.runAt(k); r >= 0 && s.runs[r].entity == e {
			return false
		}
		if k+2 >= m.first || !s.toks[k].lowerWord() || !strings.EqualFold(s.word(k), s.word(m.head)) {
			continue
		}
		if k > 1 && s.toks[k-1].capWord() && s.wordIs(k-2, "a", "an") && !s.shareWord(k-1, k, en.titleFirst, en.titleLast) && !s.shareWord(k-1, k, en.nameFirst, en.nameLast) {
			// "A Wirex spokesman said ...": another owner's, named
			// before the noun.
			return true
		}
		if k > 2 && s.toks[k-1].kind == tClitic && !s.shareWord(k-2, k-1, en.titleFirst, en.titleLast) && !s.shareWord(k-2, k-1, en.nameFirst, en.nameLast) && !s.shareWord(k-2, k-1, m.first, m.head) {
			// "the mayor's spokeswoman": an owner's, in the possessive.
			return true
		}
		if !s.wordIs(k-1, "a", "an", "the") {
			continue
		}
		if s.toks[k+1].lowerWord() && s.wordIs(k+1, "for", "of", "to") && !s.shareWord(k+2, min(k+10, m.first), en.titleFirst, en.titleLast) {
			return true
		}
	}
	return false
}

// rankOnly reports whether the title words [a, b) hold a word that
// makes the role another one ("deputy") that the words [c, d) of a
// description do not hold. A past role ("former") differs only from a
// bare description, "the mayor", which means the one in office; "the
// group's spokesman" may be its former one. Both spans are short; the
// scan is bounded.
func (s *state) rankOnly(a, b, c, d int) bool {
	for i := a; i < b && i < a+12; i++ {
		if !s.wordIs(i, "assistant", "deputy", "vice") && !(c == d && s.wordIs(i, "ex", "former")) {
			continue
		}
		found := false
		for j := c; j < d && j < c+12; j++ {
			if strings.EqualFold(s.word(j), s.word(i)) {
				found = true
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// plural reports whether a mention is "they" or a definite plural
// description ("the plaintiffs") that is no coordination of its own.
func (s *state) plural(m mention) bool {
	switch m.kind {
	case mPronoun:
		return strings.EqualFold(s.word(m.first), "they")
	case mDescription:
		h := s.word(m.head)
		return !m.coordinated && m.head == m.last-1 && strings.EqualFold(s.word(m.first), "the") &&
			s.toks[m.head].lowerWord() && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss")
	}
	return false
}

// pluralSubjectBefore returns the subject of the clause that "they" at
// m stands in, when it is plural and comes first in the same sentence:
// "Farmers also spoke of what they said was ...", "the protesters
// marched against what they call ...".
func (s *state) pluralSubjectBefore(m mention) (g mention, ok bool) {
	if m.kind != mPronoun {
		return g, false
	}
	sent := s.sentenceOf(m.first)
	g, ok = s.firstSubject(sent.first, m.first)
	if ok && g.kind == mName && g.last < m.first && s.mentionStart(g) > sent.first && s.verbLike(g.last) {
		// A name inside the subject's phrase is no subject: "Residents
		// near the crossing with Kestia sent photos of what they said
		// ..." are the residents.
		h, hok, inPP := s.subjectEndingAt(g.last-1, g.last, sent.first)
		if hok && inPP {
			h, hok = s.longSubject(g.last-1, sent.first)
		}
		if hok && h.kind == mDescription && s.mentionStart(h) < s.mentionStart(g) && s.pluralHead(h.head) {
			g = h
		}
	}
	if ok && g.kind == mName && g.last < m.first && s.toks[g.last].lowerWord() && s.toks[g.last].class&(cUnnamed|cBody) != 0 && s.pluralHead(g.last) {
		// A capitalised word before a plural noun is its modifier,
		// not the subject: "Small parties opposed it, which they
		// said ...".
		if d, dok := s.description(g.last, sent.first); dok {
			g = d
		}
	}
	if !ok || g.last > m.first || g.relative > 0 {
		return g, false
	}
	if f := s.mentionStart(g); !g.coordinated && s.toks[g.last].lowerWord() && s.wordIs(g.last, "and") {
		// "Unions and some councils raised alarm over what they
		// call ...": the subject found first may be the first of
		// the groups joined; "they" are all of them.
		if h, hok := s.subjectFrom(g.last+1, m.first); hok && s.mentionStart(h) == g.last+1 && h.last < m.first {
			if c := s.coordinated(h, f); s.mentionStart(c) == f {
				g = c
			}
		}
	} else if !g.coordinated && f-2 >= sent.first && s.wordIs(f-1, "and") {
		if c := s.coordinated(g, sent.first); s.mentionStart(c) == sent.first {
			g = c
		}
	}
	relative := m.first > 0 && s.toks[m.first-1].lowerWord() && s.wordIs(m.first-1, "which", "what", "that", "who", "whom")
	for k := g.last; k < m.first && !relative; k++ {
		if s.toks[k].kind != tWord {
			// "Workers stayed behind, they said": after a comma
			// "they" may be the reporter's source; not in a relative
			// clause, "Small parties opposed it, which they said
			// ...".
			return g, false
		}
	}
	if g.coordinated {
		// "Unions and some councils raised alarm over
		// what they call ...": people or bodies joined are many.
		return g, g.kind == mDescription
	}
	if !s.pluralHead(g.head) || s.toks[g.head].kind != tWord {
		return g, false
	}
	switch g.kind {
	case mDescription:
		// The head may take a phrase: "Staunch critics of Lee".
		return g, s.toks[g.head].lowerWord() || s.toks[g.head].flags&fSentStart != 0
	case mName:
		// A party's people, "Democrats", not a person named "Lee".
		return g, g.last-g.first == 1 && g.entity >= 0 && s.entityKind(g.entity) == Organization
	}
	return g, false
}

// singularSubjectBefore returns the subject of the clause that "he" or
// "she" after "what" at m stands in, when it is one person or a role
// named first in the same sentence: in "The mayor denounced what he
// called ...", "he" is the mayor, not a name in a sentence before.
func (s *state) singularSubjectBefore(m mention) (g mention, ok bool) {
	f := m.first
	if f < 1 || !s.toks[f].lowerWord() || !s.wordIs(f, "he", "she") || !s.toks[f-1].lowerWord() || !s.wordIs(f-1, "what") {
		return g, false
	}
	sent := s.sentenceOf(f)
	g, ok = s.firstSubject(sent.first, f-1)
	if !ok || g.coordinated || g.relative > 0 || g.last >= f-1 || s.mentionStart(g) != sent.first && !s.toks[s.mentionStart(g)-1].isPunct(',') {
		return g, false
	}
	for k := g.last; k < f-1; k++ {
		if t := &s.toks[k]; t.kind != tWord && t.kind != tClitic || t.class&(cSubjPron|cSubord) != 0 {
			// Another clause, or another subject, stands between.
			return g, false
		}
	}
	switch g.kind {
	case mName:
		return g, g.entity >= 0 && s.entityKind(g.entity) == Person
	case mDescription:
		h := &s.toks[g.head]
		return g, h.kind == tWord && h.class&cTitle != 0 && !s.pluralHead(g.head)
	}
	return g, false
}

// pluralSubjectAbove returns the subject of the sentence before the one
// that "they" at m opens, when it is a plural description in the same
// paragraph: "Opposition lawmakers pressed the board. On Monday, they
// complained that ...".
func (s *state) pluralSubjectAbove(m mention) (g mention, ok bool) {
	if m.kind != mPronoun || !strings.EqualFold(s.word(m.first), "they") {
		return g, false
	}
	si := int(s.sentOf[m.first])
	sent := s.sents[si]
	if f, fok := s.firstSubject(sent.first, sent.last); !fok || f.first != m.first || si == 0 {
		return g, false
	}
	prev := s.sents[si-1]
	if prev.para != sent.para || s.pairOf[prev.first] >= 0 {
		return g, false
	}
	g, ok = s.firstSubject(prev.first, prev.last)
	if !ok || g.kind != mDescription || g.coordinated || g.relative > 0 || !(s.toks[g.head].lowerWord() || s.toks[g.head].flags&fSentStart != 0) || !s.pluralHead(g.head) || s.inReported(g.first) {
		return g, false
	}
	return g, true
}

// resolveGroup returns the names listed together as the subject of one
// of the reporter's sentences before token k, back as far as back
// sentences, or of k's own sentence before k: "Acme, the Farmers Union and the state Democratic
// Party sued ..." for a later "they" or "the plaintiffs". org reports
// that one of them is an organisation.
func (s *state) resolveGroup(k, back int) (a, b int, org, ok bool) {
	si := int(s.sentOf[k])
	for n := 0; n < back && si >= 0; si-- {
		sent := s.sents[si]
		if s.pairOf[sent.first] >= 0 {
			continue
		}
		n++
		if sent.first >= k || s.stripped && s.inDirect(sent.first) {
			// Names listed in a quote whose marks were stripped are
			// what was said: "Lee and Reyes agreed to meet,  the
			// sources said".
			continue
		}
		if b, org, ok := s.groupSubjectAt(sent.first, min(sent.last, k)); ok {
			return sent.first, b, org, true
		}
	}
	return 0, 0, false, false
}

// groupSubjectAt reports whether a list of two or more names joined by
// "and" opens a clause at a and is followed by its verb, and returns
// where the list ends. Articles, lower-case modifiers and prepositional
// phrases may stand between the names: "The Coalition for the Homeless
// in Dover, the Farmers Union and the state Democratic Party".
func (s *state) groupSubjectAt(a, hi int) (b int, org, ok bool) {
	names, and := 0, false
	for j := a; j < hi && j < a+48; {
		t := &s.toks[j]
		if r := s.runAt(j); r >= 0 && s.runs[r].first == j {
			names++
			run := s.runs[r]
			org = org || s.runHasOrg(run.first, run.last) || run.entity >= 0 && s.entityKind(run.entity) == Organization
			j = run.last
			if j < hi && s.verbLike(j) {
				return j, org, names >= 2 && and
			}
			continue
		}
		switch {
		case t.isPunct(','):
		case t.kind == tWord && strings.EqualFold(s.word(j), "and"):
			if names == 0 {
				return 0, false, false
			}
			and = true
		case t.kind == tWord && t.lowerWord() && t.class&(cSubord|cConj|cAux|cSubjPron|cObjPron|cSpeech|cNeg) == 0 && !s.verbLike(j):
			// "the", "for", "state" in "the state Democratic Party"
		case t.kind == tWord && j == a && isArticle(s.word(j)):
		default:
			return 0, false, false
		}
		j++
	}
	return 0, false, false
}

// hasClitic reports whether a possessive clitic lies in [a, b).
func (s *state) hasClitic(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].kind == tClitic {
			return true
		}
	}
	return false
}

// contentWord reports whether tokens [a, b) hold a word that
// shareWord compares, a capitalised one if capital is set.
func (s *state) contentWord(a, b int, capital bool) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.kind == tWord && t.class&(cDet|cPrep|cConj|cPossPron) == 0 && (!capital || t.flags&fCap != 0) {
			return true
		}
	}
	return false
}

// ownPeople reports whether every capitalised word of [a, b) is the
// adjective of the people of a place that en's title names or that
// follows en's name: "the Kestian minister" and "Foreign Minister Jo Park
// of Kestia" or "Kestia's Foreign Minister Jo Park".
func (s *state) ownPeople(a, b int, en *entity) bool {
	found := false
	for i := a; i < b; i++ {
		if !s.toks[i].capWord() {
			continue
		}
		ok := false
		for j := max(0, en.titleFirst-2); j < en.nameLast+3 && j < len(s.toks) && !ok; j++ {
			ok = s.toks[j].capWord() && demonymOf(s.word(i), s.word(j))
		}
		if !ok {
			return false
		}
		found = true
	}
	return found
}

// shareSpelling reports whether two token ranges share a content word
// spelled the British or the American way: "defence" and "defense",
// "Labour" and "labor".
func (s *state) shareSpelling(a, b, c, d int) bool {
	for i := a; i < b; i++ {
		if t := &s.toks[i]; t.kind != tWord || t.class&(cDet|cPrep|cConj|cPossPron) != 0 {
			continue
		}
		u := americanSpelling(s.lower(i))
		for j := c; j < d; j++ {
			if s.toks[j].kind == tWord && americanSpelling(s.lower(j)) == u {
				return true
			}
		}
	}
	return false
}

// americanSpelling folds the British endings of a lower-case word,
// "-fence" and "-our", to the American "-fense" and "-or".
func americanSpelling(w string) string {
	if b, ok := strings.CutSuffix(w, "ence"); ok && strings.HasSuffix(b, "f") {
		return b + "ense"
	}
	if b, ok := strings.CutSuffix(w, "our"); ok && len(b) > 2 {
		return b + "or"
	}
	return w
}

// shareWord reports whether two token ranges share a capitalised or
// lower-case content word, ignoring case.
func (s *state) shareWord(a, b, c, d int) bool {
	for i := a; i < b; i++ {
		t := &s.toks[i]
		if t.kind != tWord || t.class&(cDet|cPrep|cConj|cPossPron) != 0 {
			continue
		}
		for j := c; j < d; j++ {
			if strings.EqualFold(s.word(i), s.word(j)) {
				return true
			}
		}
	}
	return false
}

// hostBefore returns the noun phrase that opens its clause and carries a
// prepositional phrase that ends at the comma c: "Many speakers at the
// service", "Six newspapers in North Kestia". It takes in the phrase.
func (s *state) hostBefore(c, lo int) (m mention, ok bool) {
	for p := c - 1; p > lo && p > c-9; p-- {
		t := &s.toks[p]
		if t.kind != tWord && t.kind != tClitic || t.class&cAux != 0 || s.verbLike(p) {
			return m, false
		}
		if t.kind == tWord && t.class&cPrep != 0 && t.flags&fCap == 0 && p < c-1 {
			if m, ok := s.looseSubject(p-1, lo); ok {
				m.last = c
				return m, true
			}
			return m, false
		}
	}
	return m, false
}

// quoteAfter reports whether a quotation opens right after the
// participle at k, or after its comma or colon.
func (s *state) quoteAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
		if p := s.pairOf[j]; p >= 0 && s.pairs[p].open == j {
			return true
		}
		if !s.toks[j].isPunct(',') && !s.toks[j].isPunct(':') {
			return false
		}
	}
	return false
}
