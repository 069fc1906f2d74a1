package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/quotekit/quote"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runQuotes calls run with args and input, and returns stdout, stderr and
// the error.
func runQuotes(t testing.TB, input string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(args, strings.NewReader(input), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

// outLine is one output record.
type outLine struct {
	ID     json.RawMessage `json:"id"`
	Quotes []quote.Quote   `json:"quotes"`
	File   string          `json:"file"`
	Line   int             `json:"line"`
	Error  string          `json:"error"`
}

// parseOut decodes JSON lines output.
func parseOut(t testing.TB, out string) []outLine {
	t.Helper()
	var recs []outLine
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" && out == "" {
			break
		}
		var r outLine
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%s", i+1, err, l)
		}
		recs = append(recs, r)
	}
	return recs
}

// decodeLines decodes each line of JSON lines into a generic value.
func decodeLines(t *testing.T, b []byte) []any {
	t.Helper()
	var vs []any
	for _, l := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		var v any
		if err := json.Unmarshal(l, &v); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		vs = append(vs, v)
	}
	return vs
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGolden runs quotes -jsonl on testdata/*.jsonl and compares the
// output with testdata/*.golden.jsonl. Run with -update to rewrite them
// after the library changes.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	inputs = slices.DeleteFunc(inputs, func(s string) bool { return strings.HasSuffix(s, ".golden.jsonl") })
	if len(inputs) == 0 {
		t.Fatal("no testdata")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			out, stderr, err := runQuotes(t, "", "-jsonl", "-j", "2", in)
			if err != nil {
				t.Fatalf("run: %v\n%s", err, stderr)
			}
			golden := strings.TrimSuffix(in, ".jsonl") + ".golden.jsonl"
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			// Confidences move a little whenever the library refits
			// them (its TestCalibrate guards them); anything else must
			// not change.
			if diff := cmp.Diff(decodeLines(t, want), decodeLines(t, []byte(out)), cmpopts.EquateApprox(0, 0.051)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestOutputInvariants checks what must hold whatever the library finds:
// spans are the text at their offsets, and quotes is never null.
func TestOutputInvariants(t *testing.T) {
	in, err := os.ReadFile("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := runQuotes(t, string(in), "-jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, `"quotes":null`) {
		t.Errorf("quotes is null in\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(string(in)), "\n")
	recs := parseOut(t, out)
	if len(recs) != len(lines) {
		t.Fatalf("got %d records for %d lines", len(recs), len(lines))
	}
	for i, r := range recs {
		var doc struct{ Text string }
		json.Unmarshal([]byte(lines[i]), &doc)
		for _, q := range r.Quotes {
			for _, s := range []quote.Span{q.Span, q.Cue, q.Speaker.Name, q.Speaker.Mention, q.Speaker.Title} {
				if s.End > len(doc.Text) || s.Start > s.End || doc.Text[s.Start:s.End] != s.Text {
					t.Errorf("record %d: span %+v is not the text at its offsets", i+1, s)
				}
			}
		}
	}
}

func TestBrokenLineInTheMiddle(t *testing.T) {
	in := `{"id": "a", "text": "\"We won,\" said Ann Lee."}
{"id": "b", "text": "broken
{"id": "c", "text": "Ann Lee said the plan was dead."}
`
	out, stderr, err := runQuotes(t, in, "-jsonl", "-j", "1")
	if err == nil || !strings.Contains(err.Error(), "1 of 3 records failed") {
		t.Errorf("err = %v, want 1 of 3 records failed", err)
	}
	if !strings.Contains(stderr, "quotes: stdin: line 2: invalid JSON") {
		t.Errorf("stderr does not name record 2:\n%s", stderr)
	}
	recs := parseOut(t, out)
	if len(recs) != 3 {
		t.Fatalf("got %d output records, want 3:\n%s", len(recs), out)
	}
	if string(recs[0].ID) != `"a"` || len(recs[0].Quotes) == 0 {
		t.Errorf("record 1 = %+v", recs[0])
	}
	if recs[1].Line != 2 || recs[1].Error == "" || recs[1].ID != nil {
		t.Errorf("record 2 = %+v, want an error for line 2 without id", recs[1])
	}
	if string(recs[2].ID) != `"c"` || len(recs[2].Quotes) == 0 {
		t.Errorf("record 3 = %+v", recs[2])
	}
}

// TestErrorRecordsNameTheFile checks that an error record says which
// input file its line is in: with two files, "line 2" alone is ambiguous.
func TestErrorRecordsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", `{"id": "a1", "text": "x"}`+"\n"+`{"id": "a2"}`+"\n")
	b := writeFile(t, dir, "b.jsonl", `{"id": "b1", "text": "x"}`+"\n"+`{broken`+"\n")
	for _, j := range []string{"1", "3"} {
		out, stderr, err := runQuotes(t, "", "-jsonl", "-j", j, a, b)
		if err == nil {
			t.Errorf("-j %s: no error", j)
		}
		recs := parseOut(t, out)
		if len(recs) != 4 {
			t.Fatalf("-j %s: output:\n%s", j, out)
		}
		if recs[1].File != a || recs[1].Line != 2 || string(recs[1].ID) != `"a2"` {
			t.Errorf("-j %s: record 2 = %+v, want file %s line 2", j, recs[1], a)
		}
		if recs[3].File != b || recs[3].Line != 2 || recs[3].ID != nil {
			t.Errorf("-j %s: record 4 = %+v, want file %s line 2", j, recs[3], b)
		}
		if !strings.Contains(stderr, "quotes: "+a+": line 2: ") || !strings.Contains(stderr, "quotes: "+b+": line 2: ") {
			t.Errorf("-j %s: stderr:\n%s", j, stderr)
		}
	}
}

// TestInvalidUTF8 checks that input that is not UTF-8 is still used, read
// as U+FFFD, with a warning on stderr that names the file (and the line)
// and the byte offset of the first invalid byte, and exit status 0.
func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "doc.txt", "Ann Lee said the \xff plan was dead.")
	good := writeFile(t, dir, "good.txt", "Ann Lee said the plan was dead.")
	a := writeFile(t, dir, "a.jsonl", `{"id": 1, "text": "Ann Lee said the plan was dead."}`+"\n")
	b := writeFile(t, dir, "b.jsonl", `{"id": 2, "text": "x"}`+"\n"+"{\"id\": 3, \"text\": \"Ann Lee said the \xff plan was dead.\"}\n")
	for _, tt := range []struct {
		args       []string
		warn       string // the start of the one line on stderr
		rec        int    // the output record with the bad byte
		start, end int
	}{
		// Offsets count bytes of the file; the text shows U+FFFD.
		{[]string{good, doc}, "quotes: " + doc + ": warning: invalid UTF-8 at byte offset 17; ", 1, 13, 32},
		// Offsets count bytes of the decoded text, where U+FFFD has three.
		{[]string{"-jsonl", a, b}, "quotes: " + b + ": line 2: warning: invalid UTF-8 at byte offset 36 of the line; ", 2, 13, 34},
	} {
		for _, j := range []string{"1", "3"} {
			args := append([]string{"-j", j}, tt.args...)
			out, stderr, err := runQuotes(t, "", args...)
			if err != nil {
				t.Errorf("%v: err = %v, want none: a warning does not fail", args, err)
			}
			if !strings.HasPrefix(stderr, tt.warn) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("%v: stderr = %q, want one line starting %q", args, stderr, tt.warn)
			}
			recs := parseOut(t, out)
			if len(recs) != tt.rec+1 || len(recs[tt.rec].Quotes) != 1 {
				t.Fatalf("%v: output:\n%s", args, out)
			}
			if q := recs[tt.rec].Quotes[0]; q.Start != tt.start || q.End != tt.end || q.Text != "the \uFFFD plan was dead" {
				t.Errorf("%v: statement = %q %d-%d, want %d-%d", args, q.Text, q.Start, q.End, tt.start, tt.end)
			}
		}
	}
}

// TestInvalidUTF8ID checks that an id holding invalid UTF-8 comes out
// as valid UTF-8, U+FFFD for each bad byte, on a good record and on a
// record that cannot be used: consumers must be able to read every line.
func TestInvalidUTF8ID(t *testing.T) {
	in := "{\"id\": \"a\xffb\", \"text\": \"Ann Lee said the plan was dead.\"}\n{\"id\": \"c\xfe\", \"text\": 5}\n"
	for _, format := range []string{"json", "text"} {
		out, _, _ := runQuotes(t, in, "-jsonl", "-format", format)
		if !utf8.ValidString(out) {
			t.Errorf("-format %s: output is not valid UTF-8: %q", format, out)
		}
		if format == "text" {
			continue
		}
		recs := parseOut(t, out)
		if len(recs) != 2 || string(recs[0].ID) != `"a\ufffdb"` || string(recs[1].ID) != `"c\ufffd"` {
			t.Errorf("ids: %s", out)
		}
	}
}

func TestBadRecords(t *testing.T) {
	tests := []struct {
		name, line string
		id         string // raw id expected in the error record, "" for none
		msg        string
	}{
		{"missing text", `{"id": "m", "body": "x"}`, `"m"`, `no "text"`},
		{"text is a number", `{"id": [1, 2], "text": 5}`, `[1, 2]`, `"text" is not a string (got number)`},
		{"text is null", `{"id": 3, "text": null}`, `3`, `"text" is not a string (got null)`},
		{"text is an object", `{"text": {"a": 1}, "id": "o"}`, `"o"`, `"text" is not a string (got object)`},
		{"not an object", `["id", "text"]`, ``, `not a JSON object (got array)`},
		{"a string", `"text"`, ``, `not a JSON object (got string)`},
		{"null", `null`, ``, `not a JSON object (got null)`},
		{"trailing garbage", `{"id": 1, "text": "x"} x`, ``, `invalid JSON`},
		{"two objects", `{"id": 1, "text": "x"}{"id": 2, "text": "y"}`, ``, `invalid JSON`},
		{"bad escape", `{"id": 1, "text": "a\qb"}`, ``, `invalid JSON`},
		{"control character", "{\"id\": 1, \"text\": \"a\tb\"}", ``, `invalid JSON`},
		{"TEXT is not text", `{"id": 1, "TEXT": "We won, said Ann Lee."}`, `1`, `no "text"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"id": "before", "text": "x"}` + "\n" + tc.line + "\n" + `{"id": "after", "text": "y"}` + "\n"
			for _, j := range []string{"1", "3"} {
				out, stderr, err := runQuotes(t, in, "-jsonl", "-j", j)
				if err == nil {
					t.Errorf("-j %s: no error", j)
				}
				if !strings.Contains(stderr, "line 2: "+tc.msg) {
					t.Errorf("-j %s: stderr = %q, want line 2: %s", j, stderr, tc.msg)
				}
				lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
				if len(lines) != 3 || !strings.HasPrefix(lines[0], `{"id":"before"`) || !strings.HasPrefix(lines[2], `{"id":"after"`) {
					t.Fatalf("-j %s: output:\n%s", j, out)
				}
				want := `{"file":"stdin","line":2,"error":`
				if tc.id != "" {
					want = `{"id":` + tc.id + `,"file":"stdin","line":2,"error":`
				}
				var rec outLine
				json.Unmarshal([]byte(lines[1]), &rec)
				if !strings.HasPrefix(lines[1], want) || !strings.HasPrefix(rec.Error, tc.msg) {
					t.Errorf("-j %s: error record = %s, want prefix %s and error %s", j, lines[1], want, tc.msg)
				}
			}
		})
	}
}

// TestIDsEchoed checks that ids of every JSON type come back byte for byte.
func TestIDsEchoed(t *testing.T) {
	ids := []string{
		`"plain"`, `"esc\u00e9\"\\ <&>"`, `12345678901234567890`, `-0`, `1.5e300`, `0.1000`,
		`{"b": [1, {"c": null}], "a": "x"}`, `[3, "two", 1.0]`, `[]`, `{}`, `null`, `true`, `false`,
	}
	var in strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&in, `{"text": "Ann Lee said the plan was dead.", "id": %s, "extra": {"ignored": [1,2]}}`+"\n", id)
	}
	in.WriteString(`{"text": "no id here"}` + "\n")
	out, stderr, err := runQuotes(t, in.String(), "-jsonl", "-j", "2")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(ids)+1 {
		t.Fatalf("got %d lines, want %d", len(lines), len(ids)+1)
	}
	for i, id := range ids {
		if want := `{"id":` + id + `,"quotes":`; !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %s\nwant prefix %s", i+1, lines[i], want)
		}
	}
	if want := `{"id":null,"quotes":[]}`; lines[len(ids)] != want {
		t.Errorf("record without id: %s, want %s", lines[len(ids)], want)
	}
}

// longText is a text of about n bytes with a quotation near its end.
func longText(n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString("The committee met again on Monday and talked about roads, taxes and the new school. ")
	}
	sb.WriteString(`"The end is near," said Ann Lee.`)
	return sb.String()
}

func TestLongLines(t *testing.T) {
	for _, n := range []int{1<<20 + 100, 5 << 20} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			text := longText(n)
			rec, _ := json.Marshal(map[string]string{"id": "long", "text": text})
			in := `{"id": "short", "text": "hi"}` + "\n" + string(rec) + "\n" + `{"id": "after", "text": "bye"}` + "\n"
			for _, j := range []string{"1", "2"} {
				out, stderr, err := runQuotes(t, in, "-jsonl", "-j", j)
				if err != nil {
					t.Fatalf("%v\n%s", err, stderr)
				}
				recs := parseOut(t, out)
				if len(recs) != 3 || string(recs[1].ID) != `"long"` || string(recs[2].ID) != `"after"` {
					t.Fatalf("-j %s: got %d records", j, len(recs))
				}
				found := false
				for _, q := range recs[1].Quotes {
					if q.Start > 1<<20 && text[q.Start:q.End] == q.Text && q.Text != "" {
						found = strings.Contains(q.Text, "The end is near")
					}
				}
				if !found {
					t.Errorf("-j %s: the quotation at the end of the long line was not found", j)
				}
			}
		})
	}
}

func TestLineEndings(t *testing.T) {
	lf := `{"id": 1, "text": "\"We won,\" said Ann Lee."}` + "\n" + `{"id": 2, "text": "Ann Lee said the plan was dead."}` + "\n"
	want, _, err := runQuotes(t, lf, "-jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]string{
		"CRLF":            strings.ReplaceAll(lf, "\n", "\r\n"),
		"no final EOL":    strings.TrimSuffix(lf, "\n"),
		"CRLF no EOL":     strings.TrimSuffix(strings.ReplaceAll(lf, "\n", "\r\n"), "\r\n"),
		"blank lines":     "\n\r\n" + strings.ReplaceAll(lf, "\n", "\n  \n\t\n"),
		"leading spaces ": "  " + strings.ReplaceAll(lf, "\n", "\n  "),
	} {
		for _, j := range []string{"1", "2"} {
			got, stderr, err := runQuotes(t, in, "-jsonl", "-j", j)
			if err != nil || got != want {
				t.Errorf("%s -j %s: err %v %s\ngot:\n%s\nwant:\n%s", name, j, err, stderr, got, want)
			}
		}
	}
}

func TestLineNumbersCountBlankLines(t *testing.T) {
	in := "\n\n{\"id\": 1, \"text\": \"x\"}\r\n\r\n{oops}\n"
	out, stderr, err := runQuotes(t, in, "-jsonl")
	if err == nil || !strings.Contains(stderr, "line 5:") || !strings.Contains(out, `"line":5`) {
		t.Errorf("err %v\nstderr %s\nout %s", err, stderr, out)
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n", "\r\n \n"} {
		for _, j := range []string{"1", "4"} {
			out, stderr, err := runQuotes(t, in, "-jsonl", "-j", j)
			if out != "" || stderr != "" || err != nil {
				t.Errorf("input %q -j %s: out %q stderr %q err %v", in, j, out, stderr, err)
			}
		}
	}
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.jsonl", "")
	out, _, err := runQuotes(t, "", "-jsonl", empty)
	if out != "" || err != nil {
		t.Errorf("empty file: out %q err %v", out, err)
	}
	// An empty document is a document without quotes.
	out, _, err = runQuotes(t, "")
	if out != `{"id":"-","quotes":[]}`+"\n" || err != nil {
		t.Errorf("empty document: out %q err %v", out, err)
	}
}

func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	good1 := writeFile(t, dir, "good1.jsonl", `{"id": "g1", "text": "Ann Lee said the plan was dead."}`+"\n")
	good2 := writeFile(t, dir, "good2.jsonl", `{"id": "g2", "text": "\"We won,\" said Ann Lee."}`+"\n")
	missing := filepath.Join(dir, "missing.jsonl")
	sub := filepath.Join(dir, "subdir")
	os.Mkdir(sub, 0o755)
	for _, j := range []string{"1", "2"} {
		out, stderr, err := runQuotes(t, "", "-jsonl", "-j", j, good1, missing, sub, good2)
		recs := parseOut(t, out)
		if len(recs) != 2 || string(recs[0].ID) != `"g1"` || string(recs[1].ID) != `"g2"` {
			t.Errorf("-j %s: output:\n%s", j, out)
		}
		if err == nil || !strings.Contains(err.Error(), "2 input files could not be read") || !strings.Contains(err.Error(), missing) {
			t.Errorf("-j %s: err = %v", j, err)
		}
		if !strings.Contains(stderr, "quotes: "+missing+": no such file or directory") ||
			!strings.Contains(stderr, "quotes: "+sub+": is a directory") {
			t.Errorf("-j %s: stderr:\n%s", j, stderr)
		}
	}
	// The same in document mode.
	doc1 := writeFile(t, dir, "doc1.txt", "Ann Lee said the plan was dead.")
	out, stderr, err := runQuotes(t, "", doc1, missing)
	if recs := parseOut(t, out); len(recs) != 1 || string(recs[0].ID) != `"`+doc1+`"` {
		t.Errorf("document mode output:\n%s", out)
	}
	if err == nil || !strings.Contains(stderr, missing) {
		t.Errorf("document mode: err %v, stderr %s", err, stderr)
	}
	if os.Geteuid() != 0 { // root reads anything
		locked := writeFile(t, dir, "locked.jsonl", `{"id": 1, "text": "x"}`+"\n")
		os.Chmod(locked, 0)
		out, stderr, err := runQuotes(t, "", "-jsonl", locked, good1)
		if err == nil || !strings.Contains(stderr, "permission denied") || !strings.Contains(out, `"g1"`) {
			t.Errorf("permission: err %v, stderr %s, out %s", err, stderr, out)
		}
	}
}

// corpus builds n JSONL records from testdata and made-up variations,
// with some broken ones among them.
func corpus(t testing.TB, n int) string {
	t.Helper()
	base, err := os.ReadFile("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, l := range strings.Split(strings.TrimSpace(string(base)), "\n") {
		var d struct{ Text string }
		json.Unmarshal([]byte(l), &d)
		texts = append(texts, d.Text)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for i := range n {
		switch {
		case i%37 == 5:
			sb.WriteString(`{"id": "broken", "text": ` + "\n")
			continue
		case i%41 == 7:
			sb.WriteString("\n")
			continue
		}
		var doc strings.Builder
		for range 1 + rng.IntN(6) {
			doc.WriteString(texts[rng.IntN(len(texts))])
			doc.WriteString("\n\n")
		}
		rec, _ := json.Marshal(map[string]any{"id": i, "text": doc.String()})
		sb.Write(rec)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func TestParallelSameAsSequential(t *testing.T) {
	in := corpus(t, 300)
	want, wantErr, err1 := runQuotes(t, in, "-jsonl", "-j", "1")
	for _, j := range []string{"2", "4", "16"} {
		got, gotErr, err := runQuotes(t, in, "-jsonl", "-j", j)
		if got != want || gotErr != wantErr || fmt.Sprint(err) != fmt.Sprint(err1) {
			t.Errorf("-j %s differs from -j 1", j)
		}
		gotText, _, _ := runQuotes(t, in, "-jsonl", "-format", "text", "-j", j)
		wantText, _, _ := runQuotes(t, in, "-jsonl", "-format", "text", "-j", "1")
		if gotText != wantText {
			t.Errorf("-format text -j %s differs from -j 1", j)
		}
	}
	if !strings.Contains(fmt.Sprint(err1), "records failed") {
		t.Errorf("err = %v, want failed records", err1)
	}
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, fmt.Errorf("disk full")
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	in := corpus(t, 2000)
	for _, j := range []string{"1", "4"} {
		var stderr bytes.Buffer
		err := run([]string{"-jsonl", "-j", j}, strings.NewReader(in), &failingWriter{n: 100 << 10}, &stderr)
		if err == nil || !strings.Contains(err.Error(), "writing output: disk full") {
			t.Errorf("-j %s: err = %v", j, err)
		}
	}
}

func TestByteOrderMark(t *testing.T) {
	out, _, err := runQuotes(t, "\uFEFF"+`{"id": 1, "text": "x"}`+"\n", "-jsonl")
	if err != nil || out != `{"id":1,"quotes":[]}`+"\n" {
		t.Errorf("err %v, out %q", err, out)
	}
}

func TestDocumentMode(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Ann Lee said the plan was dead.\n")
	b := writeFile(t, dir, "b.txt", "\"We won,\" said Ann Lee.")
	out, _, err := runQuotes(t, "", a, b)
	if err != nil {
		t.Fatal(err)
	}
	recs := parseOut(t, out)
	if len(recs) != 2 || string(recs[0].ID) != `"`+a+`"` || string(recs[1].ID) != `"`+b+`"` {
		t.Fatalf("output:\n%s", out)
	}
	// stdin is "-", also among files.
	out, _, err = runQuotes(t, "Ann Lee said the plan was dead.", a, "-")
	recs = parseOut(t, out)
	if err != nil || len(recs) != 2 || string(recs[1].ID) != `"-"` || len(recs[1].Quotes) == 0 {
		t.Errorf("stdin as -: err %v\n%s", err, out)
	}
	// A document is the whole file, not its lines.
	c := writeFile(t, dir, "c.jsonl", `{"id": 1, "text": "x"}`+"\n"+`{"id": 2, "text": "y"}`+"\n")
	out, _, _ = runQuotes(t, "", c)
	if recs := parseOut(t, out); len(recs) != 1 {
		t.Errorf("without -jsonl a file is one document:\n%s", out)
	}
}

// TestTextFormat checks the text output against the JSON output.
func TestTextFormat(t *testing.T) {
	in, err := os.ReadFile("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	jsonOut, _, _ := runQuotes(t, string(in), "-jsonl")
	textOut, _, err := runQuotes(t, string(in), "-jsonl", "-format", "text")
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for _, r := range parseOut(t, jsonOut) {
		fmt.Fprintf(&want, "== %s\n", displayID(r.ID))
		for _, q := range r.Quotes {
			name := q.Speaker.Name.Text
			if q.Speaker.IsZero() {
				name = "(unattributed)"
			}
			if q.Speaker.Title.Text != "" {
				name += " (" + q.Speaker.Title.Text + ")"
			}
			fmt.Fprintf(&want, "%s: %s\n", name, strings.ReplaceAll(q.Text, "\n", " "))
		}
	}
	if diff := cmp.Diff(want.String(), textOut); diff != "" {
		t.Errorf("text output mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(textOut, "== harbor-1\n") || !strings.Contains(textOut, "== 2\n") {
		t.Errorf("headers missing:\n%s", textOut)
	}

	// One document: no header.
	out, _, _ := runQuotes(t, `"We won," said Ann Lee.`, "-format", "text")
	if strings.Contains(out, "==") || !strings.HasSuffix(out, ": We won\n") && !strings.HasSuffix(out, ": We won,\n") {
		t.Errorf("single document text output: %q", out)
	}
}

// TestMinConfidenceRange checks that -min-confidence outside [0, 1], or
// NaN, is a usage error rather than a silent empty (or full) output.
func TestMinConfidenceRange(t *testing.T) {
	for _, v := range []string{"2", "-0.1", "NaN", "80", "+Inf"} {
		for _, args := range [][]string{{"-min-confidence", v}, {"eval", "-gold", "x", "-min-confidence", v}} {
			out, _, err := runQuotes(t, "Ann Lee said the plan was dead.", args...)
			if err == nil || !strings.Contains(err.Error(), "-min-confidence must be a number from 0 to 1") || out != "" {
				t.Errorf("%q: err %v, out %q; want a usage error", args, err, out)
			}
		}
	}
	for _, v := range []string{"0", "1", "0.5"} {
		if _, _, err := runQuotes(t, "Ann Lee said the plan was dead.", "-min-confidence", v); err != nil {
			t.Errorf("-min-confidence %s: %v", v, err)
		}
	}
}

func TestWriteText(t *testing.T) {
	p := &processor{text: true, headers: true}
	buf := newOutBuf()
	p.writeText(buf, []byte(`"doc\n1"`), []quote.Quote{
		{Span: quote.Span{Text: "line one\nline two"}, Speaker: quote.Speaker{
			Name:  quote.Span{Text: "Ann Lee", Start: 1, End: 8},
			Title: quote.Span{Text: "the mayor", Start: 10, End: 19}}},
		{Span: quote.Span{Text: "no title"}, Speaker: quote.Speaker{Name: quote.Span{Text: "Bo", Start: 1, End: 3}}},
		{Span: quote.Span{Text: "nobody"}},
	})
	want := "== doc 1\nAnn Lee (the mayor): line one line two\nBo: no title\n(unattributed): nobody\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestErrorRecordText(t *testing.T) {
	out, _, err := runQuotes(t, "{bad\n", "-jsonl", "-format", "text")
	if err == nil || out != "== (stdin: line 1)\n(error: stdin: line 1: invalid JSON at byte 2: invalid character 'b' looking for beginning of object key string)\n" {
		t.Errorf("err %v, out %q", err, out)
	}
}

func TestFinderFlags(t *testing.T) {
	text := `Tom Reyes quacked that the budget was tight. Ann Lee said the plan was dead. "We won," she said. The count ended at noon. "It was hard."`
	kinds := func(args ...string) (cues []string, kinds []quote.Kind, speakers int, confs []float64) {
		out, stderr, err := runQuotes(t, text, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		for _, q := range parseOut(t, out)[0].Quotes {
			cues = append(cues, q.Cue.Text)
			kinds = append(kinds, q.Kind)
			confs = append(confs, q.Confidence)
			if !q.Speaker.IsZero() {
				speakers++
			}
		}
		return
	}
	cues, ks, spk, confs := kinds()
	if !slices.Contains(ks, quote.Indirect) {
		t.Fatalf("no indirect statement by default: %v", ks)
	}
	if _, ks2, _, _ := kinds("-no-indirect"); slices.Contains(ks2, quote.Indirect) || len(ks2) == 0 {
		t.Errorf("-no-indirect: kinds %v", ks2)
	}
	if slices.Contains(cues, "quacked") {
		t.Fatalf("quacked is a cue without -verbs")
	}
	if cues2, _, _, _ := kinds("-verbs", "quack, quacks,quacked"); !slices.Contains(cues2, "quacked") {
		t.Errorf("-verbs: cues %q lack quacked", cues2)
	}
	if _, _, spk2, _ := kinds("-no-carry-over"); spk2 >= spk {
		t.Errorf("-no-carry-over: %d attributed statements, %d without it", spk2, spk)
	}
	threshold := slices.Max(confs)
	if _, _, _, confs2 := kinds("-min-confidence", fmt.Sprint(threshold)); len(confs2) == 0 || slices.Min(confs2) < threshold {
		t.Errorf("-min-confidence %v: confidences %v", threshold, confs2)
	}

	// Every flag reaches the Finder.
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	var ff finderFlags
	ff.register(fs)
	fs.Parse([]string{"-verbs", "a, b,,", "-titles", "ombudsman", "-no-carry-over", "-no-indirect", "-min-confidence", "0.4"})
	got := ff.finder()
	want := &quote.Finder{Verbs: []string{"a", "b"}, Titles: []string{"ombudsman"}, NoCarryOver: true, NoIndirect: true, MinConfidence: 0.4}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("finder mismatch (-want +got):\n%s", diff)
	}
}

func TestUsage(t *testing.T) {
	out, _, err := runQuotes(t, "", "-h")
	if err != nil || !strings.Contains(out, "quotes eval -gold") || !strings.Contains(out, "-min-confidence") {
		t.Errorf("-h: err %v\n%s", err, out)
	}
	// Every flag is documented.
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	var ff finderFlags
	ff.register(fs)
	fs.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(usage, "-"+f.Name+" ") {
			t.Errorf("usage does not document -%s", f.Name)
		}
	})
	for _, f := range []string{"-jsonl", "-format", "-gold", "-pred", "-min-words", "-where", "-strict-names", "-json", "-list", "-context"} {
		if !strings.Contains(usage, f+" ") {
			t.Errorf("usage does not document %s", f)
		}
	}
	for _, args := range [][]string{{"-bogus"}, {"-format", "xml"}, {"-j", "0"}, {"-verbs", "said,weighed in"}, {"-titles", "head coach"}, {"eval"}, {"eval", "-gold", "x", "-list", "nope"}, {"eval", "-gold", "testdata/eval/gold.jsonl", "-min-words", "-3"}, {"eval", "-gold", "testdata/eval/gold.jsonl", "-verbs", "weighed in"}} {
		if _, _, err := runQuotes(t, "", args...); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

// synthetic is a made-up JSONL corpus of about n bytes.
func synthetic(n int) []byte {
	paras := []string{
		`"We are ready for the summer crowds," said Marta Quell, the port director. She added that ticket prices would not rise.`,
		`The town council voted to close the old library, according to a statement from the mayor's office.`,
		`Governor Alan Pike said the bridge would be rebuilt within two years. "It will be stronger," he told reporters.`,
		`The river rose two feet overnight. Schools in the valley were closed and buses ran late.`,
		`Police spokeswoman Irene Dolan said the road would reopen by noon. Drivers should expect delays, she said.`,
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for i := 0; buf.Len()+w.Buffered() < n; i++ {
		var doc strings.Builder
		for k := range 8 {
			doc.WriteString(paras[(i+k*3)%len(paras)])
			doc.WriteString("\n\n")
		}
		rec, _ := json.Marshal(map[string]any{"id": i, "text": doc.String(), "meta": map[string]any{"source": "synthetic", "n": i}})
		w.Write(rec)
		w.WriteByte('\n')
	}
	w.Flush()
	return buf.Bytes()
}

// BenchmarkRunJSONL measures quotes -jsonl -j 1 end to end.
func BenchmarkRunJSONL(b *testing.B) {
	bench := func(b *testing.B, data []byte) {
		for _, j := range []string{"1", "2"} {
			b.Run("j"+j, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					if err := run([]string{"-jsonl", "-j", j}, bytes.NewReader(data), io.Discard, io.Discard); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	b.Run("synthetic", func(b *testing.B) { bench(b, synthetic(4<<20)) })
	for _, name := range []string{"polnear_train", "polnear_train.stripped"} {
		b.Run(name, func(b *testing.B) {
			data, err := os.ReadFile(filepath.Join(sharedDir(), "eval", name+".jsonl"))
			if err != nil {
				b.Skip(name + ".jsonl not available")
			}
			bench(b, data)
		})
	}
}

// sharedDir is the project's shared/ folder, beside the repository, or
// $QUOTES_SHARED.
func sharedDir() string {
	if d := os.Getenv("QUOTES_SHARED"); d != "" {
		return d
	}
	return "../../../shared"
}

// TestJobsBounded: a huge -j is capped, not honoured with millions of
// goroutines and a channel too big to make.
func TestJobsBounded(t *testing.T) {
	in := "{\"id\": 1, \"text\": \"\\\"It rained,\\\" Ann Lee said.\"}\n{\"id\": 2, \"text\": \"Tom Reyes said the port was shut.\"}\n"
	want, _, err := runQuotes(t, in, "-jsonl", "-j", "1")
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := runQuotes(t, in, "-jsonl", "-j", "1000000000")
	if err != nil || got != want {
		t.Errorf("-j 1000000000: err %v\n%s\nwant\n%s", err, got, want)
	}
}
