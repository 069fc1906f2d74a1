package quotebeam

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestReadLines(t *testing.T) {
	long := strings.Repeat("x", 700<<10) // longer than the reader's buffer
	in := "\uFEFFfirst\r\n\n  \t\nsecond\n" + long + "\nlast without newline"
	var got []string
	err := readLines(strings.NewReader(in), func(n int, line []byte) {
		got = append(got, fmt.Sprintf("%d:%d", n, len(line)))
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1:5", "4:6", fmt.Sprintf("5:%d", len(long)), "6:20"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("lines = %v, want %v", got, want)
	}
}

// failingReader gives some data and then an error.
type failingReader struct{ data io.Reader }

func (r *failingReader) Read(p []byte) (int, error) {
	n, err := r.data.Read(p)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestReadLinesError(t *testing.T) {
	var n int
	err := readLines(&failingReader{strings.NewReader("a\nb\nc")}, func(int, []byte) { n++ })
	var le *lineError
	if !errors.As(err, &le) || le.line != 3 || n != 2 {
		t.Errorf("got %d lines and error %v, want 2 lines and an error at line 3", n, err)
	}
}

func TestNewDeadLetterTruncates(t *testing.T) {
	raw := []byte(strings.Repeat("é", 400)) // 800 bytes of two-byte runes
	d := newDeadLetter("f", 3, "bad", nil, raw)
	if len(d.Raw) != MaxRawBytes || d.RawBytes != 800 || d.Raw != strings.Repeat("é", MaxRawBytes/2) {
		t.Errorf("Raw has %d bytes, RawBytes = %d", len(d.Raw), d.RawBytes)
	}
	raw = []byte("a" + strings.Repeat("é", 400)) // the cut falls inside a rune
	if d := newDeadLetter("f", 3, "bad", nil, raw); len(d.Raw) != MaxRawBytes-1 {
		t.Errorf("Raw has %d bytes, want %d", len(d.Raw), MaxRawBytes-1)
	}
}

// TestReadArticlesDeadLetters checks that broken lines become dead letters
// naming their file and line while the other records go through.
func TestReadArticlesDeadLetters(t *testing.T) {
	dir := t.TempDir()
	writeLines(t, dir, "a.jsonl",
		jsonRecord(`"a1"`, "The mayor said the bridge would open."),
		`this is not JSON`,
		``,
		`{"id": "a4", "title": "no text here"}`,
		jsonRecord(`"a5"`, "Nothing to report."),
	)
	writeLines(t, dir, "b.jsonl",
		`{"id": "b1", "text": ["not", "a", "string"]}`,
		jsonRecord(`"b2"`, "All quiet."),
		`{"id": "b3", "text": "cut off`,
	)
	p, s := beam.NewPipelineWithRoot()
	articles, dead := ReadArticles(s, dir+"/*.jsonl")
	passert.Equals(s, beam.ParDo(s, articleSummary, articles),
		`a.jsonl:1 "a1"`, `a.jsonl:5 "a5"`, `b.jsonl:2 "b2"`)
	passert.Equals(s, beam.ParDo(s, deadLetterSummary, dead),
		"a.jsonl:2: invalid JSON at byte 2: invalid character 'h' in literal true (expecting 'r')",
		`a.jsonl:4: no "text" key`,
		`b.jsonl:1: "text" is not a string (got array)`,
		"b.jsonl:3: invalid JSON at byte 29: unexpected end of JSON input",
	)
	// The rest of the job goes on: the good records get their results.
	results := FindQuotes(s, articles, Options{})
	passert.Count(s, results, "results", 3)
	ptest.RunAndValidate(t, p)
}

// TestReadArticlesGzip checks that .gz files are gunzipped, next to plain
// files in the same pattern.
func TestReadArticlesGzip(t *testing.T) {
	dir := t.TempDir()
	writeLines(t, dir, "part1.jsonl.gz",
		jsonRecord(`1`, `“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.`),
		`broken`,
		jsonRecord(`2`, "Nothing happened today."),
	)
	writeLines(t, dir, "part2.jsonl", jsonRecord(`3`, "A quiet day."))
	p, s := beam.NewPipelineWithRoot()
	articles, dead := ReadArticles(s, dir+"/part*")
	passert.Equals(s, beam.ParDo(s, articleSummary, articles),
		"part1.jsonl.gz:1 1", "part1.jsonl.gz:3 2", "part2.jsonl:1 3")
	passert.Equals(s, beam.ParDo(s, deadLetterSummary, dead),
		"part1.jsonl.gz:2: invalid JSON at byte 1: invalid character 'b' looking for beginning of value")
	ptest.RunAndValidate(t, p)
}

// TestReadArticlesBadGzip checks that a file that is not gzip after all,
// and one cut off in the middle, give dead letters, not a failed job.
func TestReadArticlesBadGzip(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fake.jsonl.gz"), []byte(jsonRecord(`1`, "Plain text.")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i := range 2000 {
		lines = append(lines, jsonRecord(itoa(i), fmt.Sprintf("Article %d: the count was %x.", i, i*7919)))
	}
	cut := writeLines(t, dir, "cut.jsonl.gz", lines...)
	data, err := os.ReadFile(cut)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cut, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	_, dead := ReadArticles(s, dir+"/*")
	passert.Equals(s, beam.ParDo(s, deadLetterError, dead),
		"fake.jsonl.gz: cannot open file: gzip: invalid header",
		"cut.jsonl.gz: reading file: unexpected EOF")
	ptest.RunAndValidate(t, p)
}
