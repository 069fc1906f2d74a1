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
	s.sortStmts()
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
