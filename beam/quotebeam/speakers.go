package quotebeam

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"
	"github.com/quotekit/quote"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*SpeakerCount)(nil)).Elem())
	register.Function2x1[Result, func(string, SpeakerCount), error](tallySpeakers)
	register.Emitter2[string, SpeakerCount]()
	register.Function2x1[SpeakerCount, SpeakerCount, SpeakerCount](addCounts)
	register.Function2x1[string, SpeakerCount, SpeakerCount](dropKey)
	register.Function2x1[SpeakerCount, SpeakerCount, bool](lessCount)
}

// A SpeakerCount is the number of statements attributed to one speaker.
// A speaker is its name, title and kind together: "Ana Ruiz" with the
// title "mayor" and without one are two rows.
type SpeakerCount struct {
	Name       string // the speaker's name as the library gives it, white space collapsed
	Title      string // the speaker's title, "" if none
	Kind       string // "person", "organization" or "unnamed"
	Statements int    // statements attributed to the speaker
	Articles   int    // articles with at least one of them
}

// CountSpeakers counts the statements of a PCollection<Result> per speaker
// and returns a PCollection<SpeakerCount>, one element per speaker in no
// particular order. Unattributed statements are not counted. A speaker is
// named by its name span ([quote.Speaker.Name]; the mention when the name
// is empty), its title span and its kind, each with runs of white space
// (line breaks in the article) turned into one space; case is kept.
func CountSpeakers(s beam.Scope, results beam.PCollection) beam.PCollection {
	s = s.Scope("quotebeam.CountSpeakers")
	perArticle := beam.ParDo(s, tallySpeakers, results)
	summed := beam.CombinePerKey(s, addCounts, perArticle)
	return beam.ParDo(s, dropKey, summed)
}

// tallySpeakers emits, for each speaker of one article, the key of the
// speaker and its count in that article (Articles = 1).
func tallySpeakers(r Result, emit func(string, SpeakerCount)) error {
	var out struct { // only what is counted, to decode less
		Quotes []struct {
			Speaker quote.Speaker `json:"speaker"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(r.JSON), &out); err != nil {
		return err
	}
	var counts []SpeakerCount // few speakers per article: a slice beats a map
	for _, q := range out.Quotes {
		name := q.Speaker.Name.Text
		if name == "" {
			name = q.Speaker.Mention.Text
		}
		if name = collapseSpace(name); name == "" {
			continue // unattributed
		}
		c := SpeakerCount{Name: name, Title: collapseSpace(q.Speaker.Title.Text), Kind: q.Speaker.Kind.String()}
		i := slices.IndexFunc(counts, func(d SpeakerCount) bool {
			return d.Name == c.Name && d.Title == c.Title && d.Kind == c.Kind
		})
		if i < 0 {
			c.Articles = 1
			counts = append(counts, c)
			i = len(counts) - 1
		}
		counts[i].Statements++
	}
	for _, c := range counts {
		key, err := json.Marshal([3]string{c.Name, c.Title, c.Kind})
		if err != nil {
			return err
		}
		emit(string(key), c)
	}
	return nil
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// addCounts merges the counts of one speaker.
func addCounts(a, b SpeakerCount) SpeakerCount {
	a.Statements += b.Statements
	a.Articles += b.Articles
	return a
}

// dropKey drops the grouping key, which the count repeats.
func dropKey(_ string, c SpeakerCount) SpeakerCount { return c }

// lessCount orders speakers by statements, then articles, then name, title
// and kind in reverse, so that the largest come first with ties in
// alphabetical order.
func lessCount(a, b SpeakerCount) bool {
	if a.Statements != b.Statements {
		return a.Statements < b.Statements
	}
	if a.Articles != b.Articles {
		return a.Articles < b.Articles
	}
	if a.Name != b.Name {
		return a.Name > b.Name
	}
	if a.Title != b.Title {
		return a.Title > b.Title
	}
	return a.Kind > b.Kind
}

// TopSpeakers returns the n speakers of a PCollection<SpeakerCount> with
// the most statements (ties broken by articles, then alphabetically) as a
// single-element PCollection<[]SpeakerCount>, largest first. It is a
// global combine that holds at most n counts per worker, so it scales
// where a total sort would not. For an empty input the collection may be
// empty.
func TopSpeakers(s beam.Scope, counts beam.PCollection, n int) beam.PCollection {
	s = s.Scope("quotebeam.TopSpeakers")
	return top.Largest(s, counts, n, lessCount)
}

// SortCounts sorts counts largest first, in the order of [TopSpeakers].
func SortCounts(counts []SpeakerCount) {
	slices.SortFunc(counts, func(a, b SpeakerCount) int {
		switch {
		case lessCount(b, a):
			return -1
		case lessCount(a, b):
			return 1
		}
		return 0
	})
}
