package quotebeam

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/quotekit/quote"
)

// outLine is an output line of quotes -jsonl, decoded.
type outLine struct {
	ID     json.RawMessage `json:"id"`
	Quotes []quote.Quote   `json:"quotes"`
}

// TestBuild runs the whole pipeline into files and reads them back: every
// article's line is the library's result (as values, and byte for byte),
// the shards are all there, the speakers add up, and the dead letters
// name their lines.
func TestBuild(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	var lines []string
	want := map[string]string{} // canonical id -> expected line
	for i, a := range testArticles {
		id := a.id
		if id == "" || id == "null" {
			id = itoa(100 + i) // ids must be unique to match lines up
		}
		lines = append(lines, jsonRecord(id, a.text))
		want[mustCanonical(t, id)] = wantLine(t, new(quote.Finder), id, a.text)
	}
	writeLines(t, in, "news.jsonl", slices.Insert(lines, 2, `{"id": "broken", "text": 1}`)...)
	c := Config{Inputs: []string{filepath.Join(in, "*.jsonl")}, Output: out + "/", Shards: 3, Top: 10}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, c); err != nil {
		t.Fatal(err)
	}
	ptest.RunAndValidate(t, p)

	paths := c.Paths()
	for i := range 3 {
		if _, err := os.Stat(ShardName(paths.Quotes, i, 3, ".jsonl")); err != nil {
			t.Errorf("shard %d: %v", i, err)
		}
	}
	got := readOutput(t, paths.Quotes+"-*-of-00003.jsonl")
	if len(got) != len(want) {
		t.Errorf("got %d result lines, want %d", len(got), len(want))
	}
	statements := 0
	for _, line := range got {
		var o outLine
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		w, ok := want[mustCanonical(t, string(o.ID))]
		if !ok {
			t.Errorf("unexpected id in %s", line)
			continue
		}
		var wo outLine
		json.Unmarshal([]byte(w), &wo)
		if !reflect.DeepEqual(o.Quotes, wo.Quotes) || o.Quotes == nil {
			t.Errorf("quotes differ:\n got %s\nwant %s", line, w)
		}
		if line != w {
			t.Errorf("bytes differ:\n got %s\nwant %s", line, w)
		}
		statements += len(o.Quotes)
	}

	counted := 0
	for _, line := range readOutput(t, paths.Speakers+"-*-of-00003.jsonl") {
		var sc speakerJSON
		if err := json.Unmarshal([]byte(line), &sc); err != nil {
			t.Fatal(err)
		}
		counted += sc.Statements
	}
	unattributed := 0
	for _, a := range testArticles {
		for _, q := range quote.Find(a.text) {
			if q.Speaker.IsZero() {
				unattributed++
			}
		}
	}
	if counted != statements-unattributed {
		t.Errorf("speaker counts add up to %d, want %d", counted, statements-unattributed)
	}

	top, err := os.ReadFile(paths.TopSpeakers)
	if err != nil {
		t.Fatal(err)
	}
	if want := "name\ttitle\tkind\tstatements\tarticles\nAna Ruiz\tMayor\tperson\t3\t2\n"; !strings.HasPrefix(string(top), want) {
		t.Errorf("top speakers:\n%s\nwant it to start with\n%s", top, want)
	}

	dead := readOutput(t, paths.DeadLetters+"-00000-of-00001.jsonl")
	wantDead := `{"file":"` + filepath.Join(in, "news.jsonl") + `","line":3,"id":"broken","error":"\"text\" is not a string (got number)","raw":"{\"id\": \"broken\", \"text\": 1}","raw_bytes":27}`
	if len(dead) != 1 || dead[0] != wantDead {
		t.Errorf("dead letters:\n%s\nwant\n%s", strings.Join(dead, "\n"), wantDead)
	}
}

// TestBuildEmpty checks that a run over an input with no usable record
// still writes every output, empty.
func TestBuildEmpty(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeLines(t, in, "empty.jsonl", "")
	c := Config{Inputs: []string{filepath.Join(in, "empty.jsonl")}, Output: filepath.Join(out, "run")}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, c); err != nil {
		t.Fatal(err)
	}
	ptest.RunAndValidate(t, p)
	paths := c.Paths()
	for _, name := range []string{
		ShardName(paths.Quotes, 0, 1, ".jsonl"),
		ShardName(paths.Speakers, 0, 1, ".jsonl"),
		ShardName(paths.DeadLetters, 0, 1, ".jsonl"),
		paths.TopSpeakers,
	} {
		if !strings.HasPrefix(name, filepath.Join(out, "run-")) {
			t.Errorf("output %s is not under the prefix", name)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Error(err)
		} else if name != paths.TopSpeakers && len(data) > 0 {
			t.Errorf("%s: %q, want it empty", name, data)
		}
	}
}

func mustCanonical(t *testing.T, s string) string {
	t.Helper()
	c, err := canonical([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
