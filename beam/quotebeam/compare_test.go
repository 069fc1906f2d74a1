package quotebeam

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/quotekit/quote"
	"github.com/quotekit/quote/internal/record"
)

// compareInput is the corpus TestCompareWithCLI runs on: $QUOTEBEAM_COMPARE,
// else PolNeAR's training split in the shared evaluation data next to the
// repository (../shared/eval from the repository root).
func compareInput() string {
	if p := os.Getenv("QUOTEBEAM_COMPARE"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "..", "shared", "eval", "polnear_train.jsonl")
}

// TestCompareWithCLI runs the whole local pipeline over a real corpus and
// checks that its per-article output equals that of "quotes -jsonl" on the
// same file, line for line (as multisets: the pipeline's order is its
// own). The quotes command is $QUOTES_BIN, else built from ../cmd/quotes;
// if it does not build, the expected lines come from calling quote.Find
// directly with the same encoding, and the test says so. It is skipped
// with -short and where the corpus is absent.
func TestCompareWithCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	input := compareInput()
	if _, err := os.Stat(input); err != nil {
		t.Skipf("no corpus to compare on: %v", err)
	}
	abs, err := filepath.Abs(input)
	if err != nil {
		t.Fatal(err)
	}
	want, source := expectedLines(t, abs)
	t.Logf("expected output from %s", source)

	out := t.TempDir()
	c := Config{Inputs: []string{abs}, Output: out + "/", Shards: 2}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, c); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ptest.RunAndValidate(t, p)
	t.Logf("pipeline: %v", time.Since(start))
	got := readOutput(t, c.Paths().Quotes+"-*.jsonl")

	// Match lines up by id (unique in the corpora used here).
	byID := func(lines []string) map[string]string {
		m := map[string]string{}
		for _, l := range lines {
			var o outLine
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatalf("%v: %.200s", err, l)
			}
			id := mustCanonical(t, string(o.ID))
			if _, dup := m[id]; dup {
				t.Fatalf("id %s is not unique; compare with scripts/compare.sh instead", id)
			}
			m[id] = l
		}
		return m
	}
	gotBy := byID(got)
	// The pipeline against the library linked into this test: a
	// difference here is the pipeline's fault.
	okDirect := compareByID(t, "quote.Find in this test binary", gotBy, byID(directLines(t, abs)))
	// The pipeline against the command: a difference here but not above
	// means the command differs from the library, or that the library was
	// edited between the build of this test and that of the command.
	if !compareByID(t, source, gotBy, byID(want)) && okDirect {
		t.Log("the pipeline equals the library it was built with but not the command: " +
			"was the library edited while this test ran? scripts/compare.sh builds both from one snapshot")
	}
}

// compareByID reports the articles whose lines differ between got and
// want, both keyed by canonical id, and whether there were none.
func compareByID(t *testing.T, wantName string, got, want map[string]string) bool {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("pipeline wrote %d articles, %s %d", len(got), wantName, len(want))
	}
	same, diff := 0, 0
	for id, w := range want {
		g, ok := got[id]
		switch {
		case !ok:
			t.Errorf("article %s missing from the pipeline's output", id)
		case g == w:
			same++
		default:
			diff++
			var gotO, wantO outLine
			json.Unmarshal([]byte(g), &gotO)
			json.Unmarshal([]byte(w), &wantO)
			if reflect.DeepEqual(gotO.Quotes, wantO.Quotes) {
				t.Errorf("article %s: same values as %s, different bytes", id, wantName)
			} else if diff <= 3 {
				t.Errorf("article %s differs from %s:\n got %.500s\nwant %.500s", id, wantName, g, w)
			}
		}
	}
	t.Logf("against %s: %d articles identical byte for byte, %d different", wantName, same, diff)
	return diff == 0 && len(got) == len(want)
}

// expectedLines returns the output lines of "quotes -jsonl" for input, or
// of quote.Find called directly when the command cannot be built, and says
// which.
func expectedLines(t *testing.T, input string) ([]string, string) {
	bin := os.Getenv("QUOTES_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "quotes")
		build := exec.Command("go", "build", "-o", bin, "./cmd/quotes")
		build.Dir = filepath.Join("..", "..")
		if msg, err := build.CombinedOutput(); err != nil {
			t.Logf("quotes does not build (%v): %s", err, msg)
			return directLines(t, input), "direct quote.Find calls (the quotes command did not build)"
		}
	}
	cmd := exec.Command(bin, "-jsonl", "-j", "2", input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.Bytes())
	}
	t.Logf("quotes -jsonl -j 2: %v", time.Since(start))
	var lines []string
	for l := range strings.SplitSeq(strings.TrimSuffix(string(stdout), "\n"), "\n") {
		var e struct {
			Error *string `json:"error"`
		}
		if json.Unmarshal([]byte(l), &e) == nil && e.Error != nil {
			continue // a broken record: a dead letter in the pipeline
		}
		lines = append(lines, l)
	}
	return lines, "quotes -jsonl (" + bin + ")"
}

// directLines computes what quotes -jsonl writes for the usable records
// of input with quote.Find and this package's reader.
func directLines(t *testing.T, input string) []string {
	f, err := os.Open(input)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	err = readLines(f, func(_ int, line []byte) {
		if id, text, msg := record.Decode(line); msg == "" {
			lines = append(lines, wantLine(t, new(quote.Finder), string(id), text))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines
}
