package quotebeam

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/quotekit/quote"
)

// Made-up articles for the tests; ids are raw JSON.
var testArticles = []struct{ id, text string }{
	{`1`, "“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.\n\nRuiz said the city had set aside money for the work."},
	{`"two"`, "Mayor Ana Ruiz told reporters on Monday that the bridge would open in May."},
	{`{"src": "wire", "n": [1, 2.50]}`, "Tom Okafor said the library would stay open. The council did not comment."},
	{`null`, "The weather was mild and nobody spoke."},
	{``, "“Prices & taxes <will> rise,” the Finance Ministry said in a statement."},
}

// wantLine is the output line for an article as the quotes command
// builds it, written out here independently of its encoder.
func wantLine(t *testing.T, f *quote.Finder, id, text string) string {
	t.Helper()
	if id == "" {
		id = "null"
	}
	qs := f.Find(text)
	if qs == nil {
		qs = []quote.Quote{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(qs); err != nil {
		t.Fatal(err)
	}
	return `{"id":` + id + `,"quotes":` + string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))) + `}`
}

// TestFindQuotesMatchesLibrary checks that the pipeline's per-article
// JSON decodes to the same values as quote.Find's results, with the
// default options and with some set.
func TestFindQuotesMatchesLibrary(t *testing.T) {
	for _, opts := range []Options{{}, {NoIndirect: true, MinConfidence: 0.5, Verbs: []string{"quipped"}}} {
		dir := t.TempDir()
		var lines, want []string
		for _, a := range testArticles {
			lines = append(lines, jsonRecord(a.id, a.text))
			c, err := canonical([]byte(wantLine(t, opts.Finder(), a.id, a.text)))
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, c)
		}
		path := writeLines(t, dir, "in.jsonl", lines...)
		p, s := beam.NewPipelineWithRoot()
		articles, dead := ReadArticles(s, path)
		results := FindQuotes(s, articles, opts)
		passert.Equals(s, beam.ParDo(s, canonicalResult, results), toAny(want)...)
		passert.Empty(s, dead)
		ptest.RunAndValidate(t, p)
	}
}
