package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotekit/quote/beam/internal/beamtest"
)

// The tests run their pipelines on Beam's prism runner, in process, in a
// temporary directory of their own (see beamtest.Main).
func TestMain(m *testing.M) {
	os.Exit(beamtest.Main(m))
}

// parse parses args with the command's flags.
func parse(t *testing.T, args ...string) *flags {
	t.Helper()
	var f flags
	fs := flag.NewFlagSet("quotes-beam", flag.ContinueOnError)
	f.register(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	f.positionalArgs = fs.Args()
	return &f
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.jsonl", "b.jsonl", "c.jsonl.gz"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	f := parse(t, "--input="+dir+"/a.jsonl, "+dir+"/b*", "-input", dir+"/*.gz", "--output", dir,
		"--shards=4", "-verbs", "quip,quipped", "-no-indirect", "-min-confidence=0.3")
	c, err := f.config()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{dir + "/a.jsonl", dir + "/b*", dir + "/*.gz"}; !reflect.DeepEqual(c.Inputs, want) {
		t.Errorf("inputs = %q, want %q", c.Inputs, want)
	}
	if c.Output != dir+"/" {
		t.Errorf("output = %q, want the existing directory %q", c.Output, dir+"/")
	}
	if c.Shards != 4 || c.Top != 100 || !c.Options.NoIndirect || c.Options.MinConfidence != 0.3 ||
		!reflect.DeepEqual(c.Options.Verbs, []string{"quip", "quipped"}) {
		t.Errorf("config = %+v", c)
	}

	if c, _ := parse(t, "--input="+dir+"/a.jsonl", "--output="+dir+"/run1").config(); c.Output != dir+"/run1" {
		t.Errorf("output = %q, want the prefix %q", c.Output, dir+"/run1")
	}

	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--output=x/"}, "no --input"},
		{[]string{"--input=" + dir + "/a.jsonl"}, "no --output"},
		{[]string{"--input=" + dir + "/nothing*", "--output=x/"}, "matches no file"},
		{[]string{"--input=" + dir + "/a.jsonl", "--output=x/", "--shards=0"}, "--shards"},
		{[]string{"--input=" + dir + "/a.jsonl", "--output=x/", "--min-confidence=2"}, "--min-confidence must be"},
		{[]string{"--input=" + dir + "/a.jsonl", "--output=x/", "--min-confidence=NaN"}, "--min-confidence must be"},
		{[]string{"--input=" + dir + "/a.jsonl", "--output=x/", "extra"}, `unexpected argument "extra"`},
	} {
		if _, err := parse(t, tt.args...).config(); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%q: error %v, want one with %q", tt.args, err, tt.msg)
		}
	}
}

// TestRun runs the command's pipeline on the default (prism) runner.
func TestRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	data := `{"id": 1, "text": "“The ferry will run all winter,” said harbour master Lena Voss."}` + "\n" +
		`{"id": 2, "text": "Voss said the ferry had never missed a day."}` + "\n" +
		"oops\n"
	if err := os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := parse(t, "--input="+filepath.Join(in, "*.jsonl"), "--output="+out+"/").config()
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	if err := run(t.Context(), c, &log); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "2 articles") || !strings.Contains(log.String(), "1 dead letters") {
		t.Errorf("summary:\n%s", log.String())
	}
	for _, name := range []string{"quotes-00000-of-00001.jsonl", "speakers-00000-of-00001.jsonl",
		"deadletters-00000-of-00001.jsonl", "top-speakers.tsv"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(data) == 0 {
			t.Errorf("%s: %q, %v", name, data, err)
		}
	}
}

func TestInTempDir(t *testing.T) {
	outer := os.TempDir()
	var inner string
	err := inTempDir(func() error {
		inner = os.TempDir()
		return os.WriteFile(filepath.Join(inner, "beamloopbackworker-1"), nil, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(inner) != filepath.Clean(outer) {
		t.Errorf("inside: TempDir() = %q, want a new directory in %q", inner, outer)
	}
	if _, err := os.Stat(inner); !os.IsNotExist(err) {
		t.Errorf("%s still exists after inTempDir (Stat: %v)", inner, err)
	}
	if got := os.TempDir(); got != outer {
		t.Errorf("after: TempDir() = %q, want %q", got, outer)
	}
}
