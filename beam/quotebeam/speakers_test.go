package quotebeam

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/quotekit/quote"
)

// said makes a statement by a speaker; an empty name is unattributed.
func said(name, mention, title string, kind quote.SpeakerKind) quote.Quote {
	q := quote.Quote{Span: quote.Span{Text: "something", Start: 0, End: 9}, Kind: quote.Direct, Marked: true, Confidence: 0.9}
	if name != "" || mention != "" {
		q.Speaker = quote.Speaker{
			Name:    quote.Span{Text: name, Start: 20, End: 20 + len(name)},
			Mention: quote.Span{Text: mention, Start: 40, End: 40 + len(mention)},
			Title:   quote.Span{Text: title, Start: 60, End: 60 + len(title)},
			Kind:    kind,
		}
	}
	return q
}

// result makes a Result as FindQuotes would for the quotes.
func result(t *testing.T, id string, qs ...quote.Quote) Result {
	t.Helper()
	if qs == nil {
		qs = []quote.Quote{}
	}
	b, err := json.Marshal(qs)
	if err != nil {
		t.Fatal(err)
	}
	return Result{File: "f", Line: 1, ID: id, JSON: `{"id":` + id + `,"quotes":` + string(b) + `}`}
}

// TestCountSpeakersTally counts hand-made results, independent of the
// library's rules.
func TestCountSpeakersTally(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	results := beam.CreateList(s, []Result{
		result(t, `"A"`,
			said("Ana Ruiz", "Ruiz", "Mayor", quote.Person),
			said("", "", "", quote.Person), // unattributed: not counted
			said("Ana Ruiz", "she", "Mayor", quote.Person),
			said("Finance\n Ministry ", "", "", quote.Organization),
		),
		result(t, `"B"`,
			said("Ana Ruiz", "Ruiz", "Mayor", quote.Person),
			said("Ana  Ruiz", "Ruiz", "", quote.Person), // no title: another row
			said("", "she", "", quote.Person),           // no name: counted under the mention
			said("a senior official", "", "", quote.Unnamed),
		),
		result(t, `"C"`),
		result(t, `"D"`, said("Ana Ruiz", "Ruiz", "Mayor", quote.Person)),
	})
	counts := CountSpeakers(s, results)
	passert.Equals(s, counts,
		SpeakerCount{Name: "Ana Ruiz", Title: "Mayor", Kind: "person", Statements: 4, Articles: 3},
		SpeakerCount{Name: "Ana Ruiz", Title: "", Kind: "person", Statements: 1, Articles: 1},
		SpeakerCount{Name: "Finance Ministry", Title: "", Kind: "organization", Statements: 1, Articles: 1},
		SpeakerCount{Name: "she", Title: "", Kind: "person", Statements: 1, Articles: 1},
		SpeakerCount{Name: "a senior official", Title: "", Kind: "unnamed", Statements: 1, Articles: 1},
	)
	top := TopSpeakers(s, counts, 2)
	passert.Equals(s, top, []SpeakerCount{
		{Name: "Ana Ruiz", Title: "Mayor", Kind: "person", Statements: 4, Articles: 3},
		{Name: "Ana Ruiz", Title: "", Kind: "person", Statements: 1, Articles: 1},
	})
	ptest.RunAndValidate(t, p)
}

// TestCountSpeakersCorpus runs the library on a small made-up corpus whose
// answer is plain: the mayor speaks three times in two articles, the
// librarian once.
func TestCountSpeakersCorpus(t *testing.T) {
	dir := t.TempDir()
	path := writeLines(t, dir, "corpus.jsonl",
		jsonRecord(`1`, "“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.\n\nRuiz said the city had set aside money for the work."),
		jsonRecord(`2`, "Mayor Ana Ruiz told reporters on Monday that the bridge would open in May."),
		jsonRecord(`3`, "Tom Okafor said the library would stay open. The council did not comment."),
		jsonRecord(`4`, "The weather was mild and nobody spoke."),
	)
	p, s := beam.NewPipelineWithRoot()
	articles, _ := ReadArticles(s, path)
	counts := CountSpeakers(s, FindQuotes(s, articles, Options{}))
	passert.Equals(s, counts,
		SpeakerCount{Name: "Ana Ruiz", Title: "Mayor", Kind: "person", Statements: 3, Articles: 2},
		SpeakerCount{Name: "Tom Okafor", Kind: "person", Statements: 1, Articles: 1},
	)
	ptest.RunAndValidate(t, p)
}

func TestSortCounts(t *testing.T) {
	cs := []SpeakerCount{
		{Name: "B", Statements: 2, Articles: 1},
		{Name: "A", Statements: 2, Articles: 1},
		{Name: "C", Statements: 2, Articles: 2},
		{Name: "D", Statements: 5, Articles: 1},
		{Name: "A", Title: "x", Statements: 2, Articles: 1},
	}
	SortCounts(cs)
	var got []string
	for _, c := range cs {
		got = append(got, c.Name+c.Title)
	}
	if want := "[D C A Ax B]"; fmt.Sprint(got) != want {
		t.Errorf("order = %v, want %v", got, want)
	}
}
