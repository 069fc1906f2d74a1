package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// This file finds who can speak: the names in the text (capitalised runs,
// with initials and particles), the titles before or beside them, and the
// entities that group a name's mentions ("Heather Nauert", "Nauert",
// "she"). attribution.go asks it for the subject of a cue (subjectBefore,
// subjectAfter) and resolves that mention to an entity.

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
}

type mentionKind uint8

const (
	mName        mentionKind = iota // a proper name: "Heather Nauert", "Nauert", "Reuters"
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
	lastSeen              int  // token index of the latest mention, for pronouns
	personal              bool
	itVotes, heVotes      int  // pronouns that follow its mentions
	place                 bool // its name is used as a place (weighPlaces)
}

// nameParticles are lower-case words inside names: "Kevin de Leon",
// "Ludwig van Beethoven", "Bashar al-Assad" (hyphenated, so one token).
var nameParticles = []string{
	"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do",
	"dos", "du", "el", "ibn", "la", "le", "van", "von", "y",
}

func isParticle(w string) bool {
	for _, p := range nameParticles {
		if w == p {
			return true
		}
	}
	return false
}

// nameToken reports whether token k can be part of a name: a capitalised
// word that is not a function word at the start of a sentence, or an
// initial.
func (s *state) nameToken(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || t.flags&fCap == 0 || t.flags&fDateline != 0 {
		return false
	}
	if t.flags&fDigit != 0 {
		return false
	}
	w := s.text[t.start:t.end]
	if w == "I" {
		return false
	}
	if t.flags&fUpper != 0 && t.end-t.start > 5 && t.class&cOrg == 0 {
		// A shouted word, not an acronym: "BREAKING".
		return false
	}
	if t.class&(cDet|cSubjPron|cObjPron|cPossPron|cConj|cSubord|cAux|cNeg|cPrep) != 0 &&
		(t.flags&fSentStart != 0 || !s.capitalisedMidSentence(k)) {
		return false
	}
	if t.flags&fSentStart != 0 && t.class&(cAdverb|cTime) != 0 && t.class&cTitle == 0 {
		return false
	}
	if t.class&cSpeech != 0 && t.class&(cSpeechWeak|cTitle|cOrg|cHonorific) == 0 && k > 0 && s.toks[k-1].capWord() {
		// A headline verb: "Clinton Says Russians Hacked DNC".
		return false
	}
	if t.class&cTime != 0 && isWeekday(s.word(k)) {
		return false
	}
	if t.flags&fSentStart != 0 && t.class&(cUnnamed|cBody|cDocument|cSpeech|cCognition|cSpeechNoun|cTitleMod|cNaming) != 0 &&
		(k+1 >= len(s.toks) || !s.toks[k+1].capWord() || s.toks[k+1].flags&fSpace == 0) {
		// "Officials said", "Sources say": common nouns that open a
		// sentence, not names.
		return false
	}
	return true
}

// capitalisedMidSentence reports whether a function word at k is
// capitalised as part of a name or title ("The New York Times", "Of")
// rather than by its place.
func (s *state) capitalisedMidSentence(k int) bool {
	t := &s.toks[k]
	if t.class&(cDet|cPrep|cConj) == 0 {
		return false
	}
	// "The" inside a run: the next word is capitalised too.
	return k+1 < len(s.toks) && s.toks[k+1].capWord() && k > 0 && s.toks[k-1].capWord() && s.toks[k].flags&fSpace != 0
}

// nameRunAt returns the end of the capitalised run that starts at k, or k
// if none starts there. A run takes in initials, particles between
// capitalised words, and "of" inside organisation names ("Bank of
// America").
func (s *state) nameRunAt(k int) int {
	n := len(s.toks)
	if !s.nameToken(k) {
		return k
	}
	j := k + 1
	for j < n {
		t := &s.toks[j]
		if t.flags&(fNewline) != 0 {
			break
		}
		if s.nameToken(j) {
			j++
			continue
		}
		if t.kind == tWord && j+1 < n && s.nameToken(j+1) && s.toks[j+1].flags&fNewline == 0 {
			w := s.text[t.start:t.end]
			if isParticle(w) {
				j += 2
				continue
			}
			if (w == "of" || w == "for" || w == "on") && s.runHasOrg(k, j) {
				j += 2
				continue
			}
		}
		break
	}
	return j
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
// part: "Russian Foreign Minister Sergei Lavrov" -> "Russian Foreign
// Minister" + "Sergei Lavrov". It returns the first token of the name.
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
	}
	if split > a && s.runHasOrg(split, b) && !s.personLike(split, b) {
		// "President Trump" splits, but not "Secretary of State" or
		// "Supreme Court".
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
	if s.runHasOrg(a, b) {
		return Organization
	}
	return Person
}

// nameHash hashes a name word as sameName compares it: without case, a
// possessive or, for non-ASCII names, accents.
func nameHash(w string) uint64 {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if !isASCII(w) {
		w = nameKey(w)
	}
	return hashFold(w)
}

// sameName reports whether two name words are the same name, ignoring
// case, a possessive and, for non-ASCII names, accents.
func sameName(a, b string) bool {
	a = strings.TrimSuffix(strings.TrimSuffix(a, "'s"), "’s")
	b = strings.TrimSuffix(strings.TrimSuffix(b, "'s"), "’s")
	if strings.EqualFold(a, b) {
		return true
	}
	if isASCII(a) && isASCII(b) {
		return false
	}
	return nameKey(a) == nameKey(b)
}

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

// nameKey returns the folded form of a name word used to group mentions:
// lower case, without accents, without a possessive.
func nameKey(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		// Fold accents so that "Núñez" and "Nunez" are one name: this
		// is what golang.org/x/text's normalisation is for.
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if f, _, err := transform.String(t, w); err == nil {
			w = f
		}
	}
	return strings.ToLower(w)
}

// findEntities scans the whole text for capitalised runs and groups the
// person names by surname, so that "Nauert" finds "Heather Nauert" however
// far away it is. It fills s.runs and s.entities.
func (s *state) findEntities() {
	n := len(s.toks)
	for k := 0; k < n; {
		e := s.nameRunAt(k)
		if e == k {
			k++
			continue
		}
		s.addRun(k, e)
		k = e
	}
}

// A run is a capitalised run of tokens, split into title and name.
type run struct {
	first, nameFirst, last int
	entity                 int
}

func (s *state) addRun(a, b int) {
	nf := s.splitTitle(a, b)
	r := run{first: a, nameFirst: nf, last: b, entity: -1}
	// Skip runs that are only a title or only a time word.
	if nf >= b {
		return
	}
	if b-nf == 1 && s.toks[nf].class&(cTime|cTitle|cOrg) != 0 && s.toks[nf].class&cOrg == 0 {
		s.runs = append(s.runs, r)
		return
	}
	kind := s.runKind(nf, b)
	// Group with the entity of the same surname (a person) or the same
	// name (an organization): the latest such.
	best := -1
	hash := nameHash(s.word(b - 1))
	for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
		en := &s.entities[i]
		if en.kind != kind || en.hash != hash {
			continue
		}
		if kind == Person && sameName(s.word(en.nameLast-1), s.word(b-1)) || kind != Person && s.sameTokens(en.keyFirst, en.nameLast, nf, b) {
			best = i
			break
		}
	}
	if best < 0 && kind == Person && b-nf == 1 {
		// A single name that is the first word of a longer one: a
		// surname written first ("Jia" after "Jia Qingguo", "Choe"
		// after "Choe Son-hui").
		for i := len(s.entities) - 1; i >= 0 && i >= len(s.entities)-64; i-- {
			en := &s.entities[i]
			if en.kind == Person && en.nameLast-en.nameFirst >= 2 && sameName(s.word(en.nameFirst), s.word(nf)) && s.toks[en.nameFirst].class&cHonorific == 0 {
				best = i
				break
			}
		}
	}
	if best < 0 {
		s.entities = append(s.entities, entity{nameFirst: nf, nameLast: b, keyFirst: nf, hash: hash, kind: kind, lastSeen: a})
		best = len(s.entities) - 1
	} else {
		en := &s.entities[best]
		if b-nf > en.nameLast-en.nameFirst {
			en.nameFirst, en.nameLast = nf, b
		}
	}
	en := &s.entities[best]
	if nf > a || b-nf >= 2 || a > 0 && s.toks[a-1].class&cHonorific != 0 {
		en.personal = true
	}
	r.entity = best
	s.runs = append(s.runs, r)
	if nf > a {
		s.noteTitle(best, a, nf, nf)
	}
	s.noteGender(best, a, nf)
	if kind == Person {
		sent := s.sentenceOf(a)
		if tf := s.titleBefore(a, sent.first); tf < a {
			s.noteTitle(best, tf, nf, a)
			s.noteGender(best, tf, a)
		} else if tf, tl := s.appositiveAfter(b, sent.last); tl > tf {
			s.noteTitle(best, tf, tl, a)
		} else if tf, tl := s.appositiveBefore(a, sent.first); tl > tf {
			s.noteTitle(best, tf, tl, a)
		}
		if s.subjectPosition(r) {
			// Only a subject is what the next pronoun likely refers to.
			s.votePronoun(best, b, sent.last)
		}
	}
}

// votePronoun looks at the first pronoun after a mention of an entity: a
// name followed by "its" or "it" names a body or place ("Washington has
// said its ..."), one followed by "he" or "her" a person.
func (s *state) votePronoun(e, b, hi int) {
	for k := b; k < hi && k < b+12; k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.class&(cSubjPron|cPossPron|cObjPron) == 0 {
			continue
		}
		switch strings.ToLower(s.word(k)) {
		case "it", "its", "itself":
			s.entities[e].itVotes++
		case "he", "his", "him", "himself":
			s.entities[e].heVotes++
			s.entities[e].gender = 'm'
		case "she", "her", "herself":
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
	en := &s.entities[e]
	d := at - en.nameFirst
	if d < 0 {
		d = -d
	}
	if en.titleFirst == en.titleLast || d < en.titleDist {
		en.titleFirst, en.titleLast, en.titleDist = first, last, d
	}
}

// noteGender takes a gender from a title or honorific before a name.
func (s *state) noteGender(e, a, nf int) {
	for k := a; k < nf || k == a && k > 0; k++ {
		i := k
		if k == a && nf == a {
			i = a - 1
		}
		if s.toks[i].class&(cTitle|cHonorific|cUnnamed) == 0 {
			// "German Chancellor": only a title tells a gender.
		} else if g := genderOf(strings.TrimSuffix(s.word(i), ".")); g != 0 {
			s.entities[e].gender = g
		}
		if nf == a {
			break
		}
	}
}

// runAt returns the run that contains token k, or -1.
func (s *state) runAt(k int) int {
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

// titleBefore returns the title that stands right before a name starting
// at token a: lower-case title words and capitalised modifiers ("U.S.
// State Department spokeswoman"), possibly with a possessive ("Clinton's
// campaign manager"). It returns first == a when there is none.
func (s *state) titleBefore(a, limit int) (first int) {
	k := a - 1
	if k < limit {
		return a
	}
	t := &s.toks[k]
	if t.class&(cTitle|cHonorific) == 0 || t.kind != tWord {
		return a
	}
	first = k
	for k--; k >= limit; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == tClitic:
			// A possessive: "Trump s campaign manager".
		case t.kind == tWord && t.flags&fCap != 0 && t.class&(cDet|cPrep|cConj|cSubjPron|cAux|cSubord) == 0:
		case t.kind == tWord && (s.word(k) == "and" || s.word(k) == "of" || s.word(k) == "for") && k > limit && s.toks[k-1].capWord() && s.toks[k+1].capWord():
			// "Ways and Means Committee chairman", "Department of
			// Justice spokesman"
		case t.kind == tWord && t.class&(cTitle|cTitleMod|cOrg) != 0 && t.class&(cDet|cPrep|cConj|cAux) == 0:
		case t.kind == tWord && a-k <= 4 && s.titleModifier(k) && !(k > limit && (s.word(k-1) == "to" || s.toks[k-1].class&cAux != 0)):
			// "city finance director": lower-case nouns before a title,
			// but not a verb ("to endorse presumptive nominee X").
		case t.kind == tWord && t.flags&fDigit != 0 && k+1 < a && s.toks[k+1].kind == tWord:
			// "45th President"
		default:
			return first
		}
		if t.flags&fSentStart != 0 && t.class&(cTitle|cTitleMod|cOrg) == 0 && !s.nameToken(k) {
			return first
		}
		first = k
	}
	return first
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
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// appositiveAfter returns the title in apposition after a name that ends
// at token b: "Oleg Burmistrov, Russia s ambassador-at-large, ...". It
// returns first == last when there is none.
func (s *state) appositiveAfter(b, limit int) (first, last int) {
	if b >= limit || !s.toks[b].isPunct(',') {
		return b, b
	}
	first = b + 1
	k := first
	sawTitle := false
	for k < limit {
		t := &s.toks[k]
		if t.kind == tPunct && (t.punct == ',' || t.punct == '.' || t.punct == ';' || t.punct == ':' || t.punct == '(' || t.punct == pDash || t.punct == ')') {
			break
		}
		if t.kind == tMark {
			break
		}
		if t.kind == tWord && t.class&(cSubord|cAux) != 0 && t.class&cDet == 0 && s.word(k) != "of" {
			// "who ...", "said ...": not a title
			if k == first || t.class&cSubord != 0 {
				break
			}
		}
		if t.class&cSpeech != 0 && t.class&cTitle == 0 && k > first {
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
	if !sawTitle || k == first || k-first > 20 {
		return b, b
	}
	w := s.toks[first]
	if w.kind != tWord || (w.class&(cDet|cTitle|cTitleMod|cPossPron) == 0 && w.flags&fCap == 0 && w.flags&fDigit == 0) {
		return b, b
	}
	// The appositive ends at a comma, a period or the end of the clause;
	// a verb straight after it means it was a subject, not a title.
	return first, k
}

// appositiveBefore returns the title in apposition before a name that
// starts at token a: "the U.S. special envoy for North Korea, Joseph Yun".
func (s *state) appositiveBefore(a, limit int) (first, last int) {
	if a-1 <= limit || !s.toks[a-1].isPunct(',') {
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
			k--
			break
		}
		if t.class&(cSpeech|cAux|cSubord) != 0 && t.class&(cTitle|cDet) == 0 {
			return a, a
		}
		k--
	}
	first = k + 1
	if !sawTitle || first >= last || last-first > 20 {
		return a, a
	}
	if s.toks[first].class&(cDet|cPossPron) == 0 && !(s.toks[first].capWord() && s.hasClitic(first, last)) {
		// "the U.S. special envoy, Joseph Yun", "Trump's budget
		// director, Mick Mulvaney"
		return a, a
	}
	return first, last
}

func isWeekday(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
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
	for _, m := range [...]string{"mr", "king", "prince", "sir", "lord", "father", "brother"} {
		if strings.EqualFold(w, m) {
			return 'm'
		}
	}
	for _, f := range [...]string{"mrs", "ms", "miss", "queen", "princess", "dame", "lady", "sister", "mother"} {
		if strings.EqualFold(w, f) {
			return 'f'
		}
	}
	return 0
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
