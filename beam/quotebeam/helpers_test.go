package quotebeam

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/quotekit/quote/beam/internal/beamtest"
)

// The tests run their pipelines on Beam's prism runner, in process, in a
// temporary directory of their own (see beamtest.Main).
func TestMain(m *testing.M) {
	os.Exit(beamtest.Main(m))
}

func init() {
	register.Function1x2[Result, string, error](canonicalResult)
	register.Function1x1[DeadLetter, string](deadLetterSummary)
	register.Function1x1[DeadLetter, string](deadLetterError)
	register.Function1x1[Article, string](articleSummary)
}

// writeLines writes lines, each followed by "\n", to dir/name, gzipped
// when name ends in .gz, and returns the path.
func writeLines(t *testing.T, dir, name string, lines ...string) string {
	t.Helper()
	data := []byte(strings.Join(lines, "\n") + "\n")
	if strings.HasSuffix(name, ".gz") {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		data = b.Bytes()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// jsonRecord makes a JSON-lines record; id is raw JSON ("" for none).
func jsonRecord(id, text string) string {
	t, _ := json.Marshal(text)
	if id == "" {
		return `{"text":` + string(t) + `}`
	}
	return `{"id":` + id + `,"text":` + string(t) + `}`
}

// canonical decodes a JSON value and encodes it again with sorted keys
// and exact numbers, so that equal values give equal strings.
func canonical(data []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	return marshalLine(v)
}

// canonicalResult is canonical for a Result's JSON.
func canonicalResult(r Result) (string, error) { return canonical([]byte(r.JSON)) }

// deadLetterSummary shows where a dead letter comes from and why.
func deadLetterSummary(d DeadLetter) string {
	return filepath.Base(d.File) + ":" + itoa(d.Line) + ": " + d.Error
}

// deadLetterError is deadLetterSummary without the line.
func deadLetterError(d DeadLetter) string {
	return filepath.Base(d.File) + ": " + d.Error
}

// articleSummary shows where an article comes from and its id.
func articleSummary(a Article) string {
	return filepath.Base(a.File) + ":" + itoa(a.Line) + " " + a.ID
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// toAny converts strings to the []any that passert wants.
func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// readOutput reads all the lines of the files matching pattern.
func readOutput(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no output files match %s (%v)", pattern, err)
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(data), "\n") {
			if l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}
