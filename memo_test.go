package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCueMemo checks that cueAt's memo changes nothing: every stage that
// asks it runs after the tokens, names and sentences it reads are final.
// A rule that changes them later would make the memo stale; this test
// then fails on the texts that show it.
func TestCueMemo(t *testing.T) {
	for i, text := range memoTexts(t) {
		want := newState(new(Finder), text)
		want.noCueMemo = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: the memo changes the output (-without +with):\n%s", i, diff)
		}
	}
}

// TestCueReading checks that attributeCues may use a trailing
// attribution's reading (cueReading) again for the same cue: nothing
// that reading reads may change between the two. A rule that adds a
// statement or takes a cue in between, without attributeCues marking the
// reading stale, makes this test fail on the texts that show it.
func TestCueReading(t *testing.T) {
	for i, text := range memoTexts(t) {
		want := newState(new(Finder), text)
		want.noTailReuse = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: reading a cue once changes the output (-without +with):\n%s", i, diff)
		}
	}
}

// memoTexts returns the texts the memo tests run on: the testdata
// articles and, unless -short, the evaluation data where present.
func memoTexts(t *testing.T) []string {
	var texts []string
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if !testing.Short() {
		// The evaluation data, where present: news in both forms.
		for _, name := range []string{"polnear_dev.jsonl", "polnear_dev.stripped.jsonl", "reuters_handgold_dev.stripped.jsonl"} {
			if _, err := os.Stat(filepath.Join(evalDir, name)); err != nil {
				continue
			}
			for _, d := range readGoldFile(t, name) {
				texts = append(texts, d.Text)
			}
		}
	}
	return texts
}
