package quote

import (
	"fmt"
	"slices"
	"strings"
)

// A Span is a piece of the input text. For every Span s returned by [Find]
// or [Finder.Find] on text, text[s.Start:s.End] == s.Text. Start and End
// are byte offsets into the UTF-8 text, not rune counts; the interval is
// half-open. The zero Span means "none".
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
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

func enumString[E ~uint8](names []string, e E, typ string) string {
	if int(e) < len(names) {
		return names[e]
	}
	return fmt.Sprintf("%s(%d)", typ, e)
}

func enumMarshal[E ~uint8](names []string, e E, typ string) ([]byte, error) {
	if int(e) >= len(names) {
		return nil, fmt.Errorf("quote: invalid %s %d", typ, e)
	}
	return []byte(names[e]), nil
}

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
	// unnamed source.
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
	// words without regard to case. Give every form to be matched
	// ("quip", "quips", "quipped", "quipping").
	Verbs []string
	// Titles are title nouns added to the built-in list ("ombudsman"),
	// matched without regard to case.
	Titles []string
	// NoCarryOver stops quotes that have no cue of their own from being
	// attributed to the speaker of the statement before them.
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
	s := statePool.Get().(*state)
	s.reset(f, text)
	qs := s.run()
	s.release()
	return qs
}

// output turns the statements into Quotes: speakers resolved to their
// fullest names, overlaps removed, options applied.
func (s *state) output() []Quote {
	sortStmts(s.stmts)
	s.dropReporters()
	var qs []Quote
	if len(s.stmts) > 0 {
		qs = make([]Quote, 0, len(s.stmts))
	}
	lastEnd := -1
	for i := range s.stmts {
		st := &s.stmts[i]
		if st.start < lastEnd || st.dropped {
			// Overlaps the statement before: keep the first.
			continue
		}
		if s.NoIndirect && st.kind == Indirect {
			continue
		}
		q := Quote{Span: s.span(st.start, st.end), Kind: st.kind, Marked: st.marked}
		if st.cueLast > st.cueFirst {
			q.Cue = s.tokenSpan(st.cueFirst, st.cueLast)
		}
		if st.hasSpk {
			// A statement carried over from an earlier one keeps that
			// one's mention: the words its attribution names.
			q.Speaker = s.speaker(st.spk)
		} else {
			q.Cue = Span{}
		}
		q.Confidence = s.confidence(st, q)
		if q.Confidence < s.MinConfidence {
			continue
		}
		lastEnd = st.end
		qs = append(qs, q)
		if s.cells != nil {
			src, mk, plain := s.features(st, q)
			*s.cells = append(*s.cells, cell{src, mk, plain})
		}
	}
	return qs
}

// speaker builds the Speaker of a mention: the fullest name of its entity,
// the title nearest to that name, and the kind.
func (s *state) speaker(m mention) Speaker {
	sp := Speaker{Mention: s.tokenSpan(m.first, m.last)}
	e := m.entity
	switch m.kind {
	case mPronoun:
		e = s.resolvePronoun(m.first)
	case mDescription:
		e = s.resolveDescription(m)
	}
	switch {
	case e >= 0:
		en := &s.entities[e]
		sp.Name = s.tokenSpan(en.nameFirst, en.nameLast)
		sp.Kind = s.entityKind(e)
		if sp.Kind == Organization && m.kind == mName && m.last-m.first > en.nameLast-en.nameFirst {
			sp.Name = sp.Mention
		}
		if en.titleLast > en.titleFirst && sp.Kind == Person {
			sp.Title = s.tokenSpan(en.titleFirst, en.titleLast)
		}
	case m.coordinated:
		sp.Name = sp.Mention
		sp.Kind = Person
		return sp
	case m.kind == mDescription:
		sp.Name = sp.Mention
		sp.Kind = Unnamed
		if h := &s.toks[m.head]; h.class&(cBody|cDocument|cOrg) != 0 && h.class&cUnnamed == 0 {
			sp.Kind = Organization
		}
	default:
		sp.Name = sp.Mention
		switch pronounPerson(sp.Mention.Text) {
		case 'p':
			sp.Kind = Unnamed
		case 'n':
			sp.Kind = Organization
		}
	}
	if m.titleLast > m.titleFirst && sp.Kind == Person {
		sp.Title = s.tokenSpan(m.titleFirst, m.titleLast)
	}
	return sp
}

// entityKind decides between a person and a place or body named like one:
// "Washington has said", "North Korea says".
func (s *state) entityKind(e int) SpeakerKind {
	en := &s.entities[e]
	if en.kind != Person {
		return en.kind
	}
	if en.titleLast > en.titleFirst {
		return Person
	}
	if en.itVotes > en.heVotes || s.placeLike(e) {
		return Organization
	}
	return Person
}

// placeLike reports whether a name is used as a place: after a locative
// preposition, or starting with a compass word ("North Korea"). The
// evidence is gathered once, by weighPlaces.
func (s *state) placeLike(e int) bool { return s.entities[e].place }

// weighPlaces decides for every entity whether its name is used as a
// place, from all its mentions.
func (s *state) weighPlaces() {
	s.scratch = resize(s.scratch, 2*len(s.entities))
	place, person := s.scratch[:len(s.entities)], s.scratch[len(s.entities):]
	for _, r := range s.runs {
		e := r.entity
		if e < 0 {
			continue
		}
		en := &s.entities[e]
		if r.nameFirst > r.first {
			person[e]++
		}
		if r.first > 0 {
			switch strings.ToLower(s.word(r.first - 1)) {
			case "in", "into", "toward", "towards", "across", "throughout", "near", "visit", "visited", "visiting", "inside", "outside":
				// A possessive is no place: "in Trump's speech".
				if r.last >= len(s.toks) || s.toks[r.last].kind != tClitic {
					place[e]++
				}
			case "mr", "mrs", "ms", "mr.", "mrs.", "ms.":
				person[e]++
			}
		}
		if r.last-r.nameFirst < en.nameLast-en.nameFirst && r.last-r.nameFirst == 1 {
			// A surname on its own after the full name: a person.
			person[e]++
		}
	}
	for e := range s.entities {
		en := &s.entities[e]
		en.place = place[e] > 0 && person[e] == 0
		if en.nameLast-en.nameFirst >= 2 {
			switch strings.ToLower(s.word(en.nameFirst)) {
			case "north", "south", "east", "west", "united", "new", "northern", "southern", "eastern", "western", "central", "upper", "lower", "great", "saudi":
				en.place = true
			}
		}
	}
}

// resolvePronoun returns the entity a personal pronoun at token k refers
// to, or -1. It prefers the latest fitting person named as a subject in
// the last few sentences ("Lavrov pushed a proposal ... He suggested"),
// then the latest fitting person named at all. Names inside quotations
// and names that are places are passed over.
func (s *state) resolvePronoun(k int) int {
	g := pronounPerson(s.word(k))
	if g != 'm' && g != 'f' {
		return -1
	}
	// the latest run that starts before k
	lo, hi := 0, len(s.runs)
	for lo < hi {
		m := (lo + hi) / 2
		if s.runs[m].first < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	fits := func(run run) bool {
		if run.entity < 0 || run.nameFirst >= run.last || s.pairOf[run.first] >= 0 {
			return false
		}
		en := &s.entities[run.entity]
		if en.kind != Person || !en.personal || s.placeLike(run.entity) {
			return false
		}
		return en.gender == 0 || en.gender == g
	}
	// Look back three sentences of the reporter's, not counting those
	// inside quotations.
	firstSent := int(s.sentOf[k])
	for n := 0; firstSent > 0 && n < 3; {
		firstSent--
		if s.pairOf[s.sents[firstSent].first] < 0 {
			n++
		}
	}
	for i := lo - 1; i >= 0 && i >= lo-40; i-- {
		run := s.runs[i]
		if int(s.sentOf[run.first]) < firstSent {
			break
		}
		if fits(run) && s.subjectPosition(run) {
			return run.entity
		}
	}
	for i := lo - 1; i >= 0 && i >= lo-40; i-- {
		if run := s.runs[i]; fits(run) {
			return run.entity
		}
	}
	return -1
}

// subjectPosition reports whether a name is the subject of its clause:
// it opens the clause (after any title) and a verb or an apposition
// follows it.
func (s *state) subjectPosition(r run) bool {
	a := s.titleBefore(r.first, s.sentenceOf(r.first).first)
	if a > 0 && s.sentOf[a-1] == s.sentOf[a] {
		p := &s.toks[a-1]
		if !(p.isPunct(',') || p.kind == tWord && p.class&cConj != 0 || p.kind == tMark) {
			return false
		}
	}
	if r.last >= len(s.toks) {
		return false
	}
	n := &s.toks[r.last]
	return n.isPunct(',') || n.lowerWord() && n.class&(cPrep|cConj|cDet) == 0
}

// resolveDescription returns the person a definite description of a
// role refers to ("the spokeswoman", "Trump's defense secretary"): the
// latest person before it, or else the first after it, whose title has
// the same head noun. It returns -1 if there is none.
func (s *state) resolveDescription(m mention) int {
	h := &s.toks[m.head]
	if h.class&cTitle == 0 {
		return -1
	}
	definite := true
	if d := &s.toks[m.first]; d.kind != tWord || (!strings.EqualFold(s.word(m.first), "the") && d.class&cPossPron == 0 && !s.hasClitic(m.first, m.head)) {
		definite = false
	}
	head := strings.ToLower(s.word(m.head))
	best, bestDist := -1, 0
	for e := max(0, len(s.entities)-256); e < len(s.entities); e++ {
		en := &s.entities[e]
		if en.titleLast <= en.titleFirst || en.kind != Person {
			continue
		}
		if !strings.EqualFold(s.word(en.titleLast-1), head) {
			continue
		}
		if !definite && !s.shareWord(m.head+1, m.last, en.titleFirst, en.titleLast-1) {
			// "a spokesman for China's Ministry of Commerce" is
			// "commerce ministry spokesman Gao Feng", but "a spokesman"
			// alone could be anyone.
			continue
		}
		if definite && m.head != m.last-1 {
			continue
		}
		d := m.first - en.nameFirst
		if d < 0 {
			d = -d + len(s.toks) // prefer names before the description
		}
		if best < 0 || d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
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

// userLexicon holds a Finder's own verbs and titles for one call.
type userLexicon struct {
	words map[string]wordClass
}

func newUserLexicon(verbs, titles []string) *userLexicon {
	u := &userLexicon{words: make(map[string]wordClass, len(verbs)+len(titles))}
	for _, v := range verbs {
		u.words[strings.ToLower(strings.TrimSpace(v))] |= cSpeech | cUser
	}
	for _, t := range titles {
		u.words[strings.ToLower(strings.TrimSpace(t))] |= cTitle
	}
	return u
}

func (u *userLexicon) lookup(w string) wordClass {
	return u.words[strings.ToLower(w)]
}

// dropReporters handles a statement whose content opens with another
// attribution ("The Times reported that Diyab said he ..."): statements
// may not overlap, and the inner one says who spoke, so the outer goes.
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
				a.dropped = true
				break
			}
		}
	}
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
