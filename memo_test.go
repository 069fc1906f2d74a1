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
	for i, text := range texts {
		want := newState(new(Finder), text)
		want.noCueMemo = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: the memo changes the output (-without +with):\n%s", i, diff)
		}
	}
}
