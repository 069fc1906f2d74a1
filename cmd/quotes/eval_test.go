package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotekit/quote/internal/overlap"
)

// The want files in testdata/eval were written by the reference scorer,
// score.py --json, on the hand-made gold.jsonl and pred.jsonl there.
var evalCases = []struct {
	want string
	args []string
}{
	{"want.json", nil},
	{"want_min5.json", []string{"-min-words", "5"}},
	{"want_strict.json", []string{"-strict-names"}},
	{"want_where.json", []string{"-where", "config=default"}},
	{"want_all.json", []string{"-min-words", "5", "-strict-names", "-where", "config=default"}},
}

// approx compares metrics to 0.001.
var approx = cmpopts.EquateApprox(0, 0.001)

func decodeJSON(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("not a JSON object: %v\n%s", err, s)
	}
	return m
}

func TestEvalAgainstScorePyOutput(t *testing.T) {
	for _, tc := range evalCases {
		t.Run(tc.want, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata/eval", tc.want))
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"eval", "-gold", "testdata/eval/gold.jsonl", "-pred", "testdata/eval/pred.jsonl", "-json"}, tc.args...)
			got, stderr, err := runQuotes(t, "", args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			if diff := cmp.Diff(decodeJSON(t, string(want)), decodeJSON(t, got), approx); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			// The output is even byte for byte what score.py prints.
			if got != string(want) {
				t.Errorf("not byte-identical:\nwant %s\ngot  %s", want, got)
			}
		})
	}
}

// TestEvalLibraryMode checks that eval without -pred scores exactly the
// output of quotes -jsonl.
func TestEvalLibraryMode(t *testing.T) {
	dir := t.TempDir()
	for _, flags := range [][]string{nil, {"-no-indirect", "-min-confidence", "0.5"}} {
		pred, _, err := runQuotes(t, "", append(append([]string{"-jsonl"}, flags...), "testdata/eval/gold.jsonl")...)
		if err != nil {
			t.Fatal(err)
		}
		predFile := writeFile(t, dir, "pred.jsonl", pred)
		want, _, err := runQuotes(t, "", append([]string{"eval", "-gold", "testdata/eval/gold.jsonl", "-pred", predFile, "-json"}, flags...)...)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range []string{"1", "3"} {
			got, _, err := runQuotes(t, "", append([]string{"eval", "-gold", "testdata/eval/gold.jsonl", "-json", "-j", j}, flags...)...)
			if err != nil || got != want {
				t.Errorf("%v -j %s: err %v\nlibrary mode %s\npred file    %s", flags, j, err, got, want)
			}
		}
	}
}

func TestEvalTableAndList(t *testing.T) {
	out, _, err := runQuotes(t, "", "eval", "-gold", "testdata/eval/gold.jsonl", "-pred", "testdata/eval/pred.jsonl", "-list", "all", "-context", "20")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"== A\n",
		"speaker  [predicted: Tom Reyes; gold: Doe] ",
		"⟦The fountain is fixed and the paths are new,⟧",
		"false    [indirect; speaker: Weather; confidence 0.55] …Weather permitting, ⟦the fair will follow⟧.\n",
		"miss     [indirect; gold speaker: the clerk] ⟦The vote is final⟧, the clerk said.\n",
		"bad offsets",
		"span_f1          0.75\n",
		"recall_by_kind   direct 0.667  indirect 0.875  none 1.0\n",
		"calibration      >=0.9 3/6=0.50  >=0.8 0/2=0.00",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	misses, _, _ := runQuotes(t, "", "eval", "-gold", "testdata/eval/gold.jsonl", "-pred", "testdata/eval/pred.jsonl", "-list", "misses")
	if strings.Contains(misses, "false  ") || !strings.Contains(misses, "miss  ") || !strings.Contains(misses, "speaker  ") {
		t.Errorf("-list misses:\n%s", misses)
	}
	falses, _, _ := runQuotes(t, "", "eval", "-gold", "testdata/eval/gold.jsonl", "-pred", "testdata/eval/pred.jsonl", "-list", "false")
	if !strings.Contains(falses, "false  ") || strings.Contains(falses, "miss  ") || strings.Contains(falses, "speaker  ") {
		t.Errorf("-list false:\n%s", falses)
	}
	// With -json the list goes to stderr and stdout stays JSON.
	js, stderr, _ := runQuotes(t, "", "eval", "-gold", "testdata/eval/gold.jsonl", "-pred", "testdata/eval/pred.jsonl", "-list", "all", "-json")
	decodeJSON(t, js)
	if !strings.Contains(stderr, "miss  ") {
		t.Errorf("-list with -json: stderr %q", stderr)
	}
}

// TestEvalErrors checks that a broken gold file is an error that names the
// file and the line, so that it can be found and fixed.
func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	good := `{"id": 0, "text": "abc", "quotes": []}` + "\n"
	for _, tc := range []struct{ name, line, msg string }{
		{"not JSON", "{oops", "invalid character 'o'"},
		{"no id", `{"text": "x", "quotes": []}`, `no "id"`},
		{"no quotes", `{"id": 1, "text": "x"}`, `no "quotes" (gold needs a list, maybe empty)`},
		{"quotes not a list", `{"id": 1, "text": "x", "quotes": 5}`, `"quotes" is not a list of objects`},
		{"text not str", `{"id": 1, "text": 5, "quotes": []}`, `"text" is not a string`},
		{"float offsets", `{"id": 1, "text": "abc", "quotes": [{"start": 0.5, "end": 2}]}`, `quote 0: "start" is not an integer`},
		{"list id", `{"id": [1], "text": "abc", "quotes": []}`, `id [1] cannot be a dictionary key`},
	} {
		g := writeFile(t, dir, "gold.jsonl", good+tc.line+"\n")
		want := g + ": line 2: " + tc.msg
		if _, _, err := runQuotes(t, "", "eval", "-gold", g, "-pred", g); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want one with %q", tc.name, err, want)
		}
	}
	g := writeFile(t, dir, "gold.jsonl", "\n")
	if _, _, err := runQuotes(t, "", "eval", "-gold", g, "-pred", g); err == nil || !strings.Contains(err.Error(), g+" holds no documents") {
		t.Errorf("empty: err = %v, want one naming %s", err, g)
	}
	missing := filepath.Join(dir, "missing")
	if _, _, err := runQuotes(t, "", "eval", "-gold", missing); err == nil || !strings.Contains(err.Error(), missing+": ") || strings.Contains(err.Error(), "open ") {
		t.Errorf("missing gold: err = %v, want %q and the reason, as for any input file", err, missing+": ")
	}
	g = writeFile(t, dir, "gold.jsonl", `{"id": 1, "text": "abc", "quotes": []}`+"\n")
	if _, _, err := runQuotes(t, "", "eval", "-gold", g, "-pred", missing); err == nil || !strings.Contains(err.Error(), missing+": ") || strings.Contains(err.Error(), "open ") {
		t.Errorf("missing pred: err = %v, want %q and the reason, as for any input file", err, missing+": ")
	}
	g = writeFile(t, dir, "gold.jsonl", `{"id": 1, "text": "abc", "quotes": [], "config": "a"}`+"\n")
	if _, _, err := runQuotes(t, "", "eval", "-gold", g, "-pred", g, "-where", "config=b"); err == nil || !strings.Contains(err.Error(), "matches -where") {
		t.Errorf("-where matching nothing: err = %v", err)
	}
}

func TestPyHelpers(t *testing.T) {
	// Values checked against CPython 3.11.
	decodes := map[string]string{
		"\xe2\x82A":      "\ufffdA",
		"\xe0\x80A":      "\ufffd\ufffdA",
		"\xed\xa0\x80":   "\ufffd\ufffd\ufffd",
		"\xf0\x9f\x98":   "\ufffd",
		"\xf4\x90\x80":   "\ufffd\ufffd\ufffd",
		"\xc3":           "\ufffd",
		"ok \xff\xfe ok": "ok \ufffd\ufffd ok",
	}
	for in, want := range decodes {
		if got := pyDecode(in); got != want {
			t.Errorf("pyDecode(%q) = %q, want %q", in, got, want)
		}
	}
	floats := map[float64]string{
		1: "1.0", 0.5: "0.5", 1e16: "1e+16", 1e15: "1000000000000000.0", 0.0001: "0.0001",
		0.00001: "1e-05", 2.0 / 3: "0.6666666666666666", math.Copysign(0, -1): "-0.0", 1.5e300: "1.5e+300",
	}
	for f, want := range floats {
		if got := pyFloatRepr(f); got != want {
			t.Errorf("pyFloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
	strs := map[string]string{
		`"a"`: "a", `1`: "1", `-0`: "0", `1.0`: "1.0", `1e5`: "100000.0", `1E400`: "inf", `true`: "True",
		`null`: "None", `[1, "a", null, false]`: "[1, 'a', None, False]", `{"k": "it's", "a": {"b": []}}`: `{'k': "it's", 'a': {'b': []}}`,
		`{"a": 1, "b": 2, "a": 3}`: "{'a': 3, 'b': 2}", `["\n\u00e9\u0000"]`: `['\né\x00']`,
	}
	for in, want := range strs {
		if got, err := pyStr(json.RawMessage(in)); got != want || err != nil {
			t.Errorf("pyStr(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
	norms := map[string]string{
		"  Hillary Clinton’s campaign ": "hillary clinton s campaign", "İzmir": "i zmir", "\u212Aelvin": "kelvin",
		"U.S. State Dept.": "u s state dept", "": "", "---": "", "Çelik Aydın": "elik ayd n",
	}
	for in, want := range norms {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
	if n := pyWordCount("a\u00a0b\x1cc\u200bd  e\n"); n != 4 {
		t.Errorf("pyWordCount = %d, want 4", n)
	}
	if got := pyJSONString("é\"\U0001F600\x7f"); got != `"\u00e9\"\ud83d\ude00\u007f"` {
		t.Errorf("pyJSONString = %s", got)
	}
	keys := [][2]string{{`1`, `1.0`}, {`1`, `true`}, {`0`, `-0.0`}, {`100`, `1e2`}}
	for _, k := range keys {
		a, _ := pyKey(json.RawMessage(k[0]))
		b, _ := pyKey(json.RawMessage(k[1]))
		if a != b {
			t.Errorf("pyKey(%s) = %q != pyKey(%s) = %q", k[0], a, k[1], b)
		}
	}
	if a, _ := pyKey(json.RawMessage(`"1"`)); a == "n1" {
		t.Errorf(`pyKey("1") equals pyKey(1)`)
	}
}

// python returns the path of python3 and of score.py and the shared eval
// folder, or skips the test.
func python(t *testing.T) (py, scorer, evalDir string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	shared := sharedDir()
	scorer = filepath.Join(shared, "tools", "score.py")
	evalDir = filepath.Join(shared, "eval")
	for _, p := range []string{scorer, evalDir} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not available", p)
		}
	}
	return py, scorer, evalDir
}

// TestIsAlnumAgreesWithPython compares overlap.IsAlnum with str.isalnum on every
// code point that both Unicode versions have assigned.
func TestIsAlnumAgreesWithPython(t *testing.T) {
	py, _, _ := python(t)
	if testing.Short() {
		t.Skip("short")
	}
	// Python prints the code points where isalnum is true, and those it
	// does not know (category Cn).
	out, err := exec.Command(py, "-c", `
import sys, unicodedata
alnum = [c for c in range(0x110000) if chr(c).isalnum()]
unassigned = [c for c in range(0x110000) if unicodedata.category(chr(c)) == 'Cn']
print(' '.join(map(str, alnum)))
print(' '.join(map(str, unassigned)))
`).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	set := func(s string) map[rune]bool {
		m := map[rune]bool{}
		for _, f := range strings.Fields(s) {
			var r rune
			fmt.Sscan(f, &r)
			m[r] = true
		}
		return m
	}
	alnum, unassigned := set(lines[0]), set(lines[1])
	diffs := 0
	for r := rune(0); r < 0x110000; r++ {
		if overlap.IsAlnum(r) != alnum[r] && !unassigned[r] {
			if diffs++; diffs < 10 {
				t.Errorf("U+%04X: Go %v, Python %v", r, overlap.IsAlnum(r), alnum[r])
			}
		}
	}
}

// TestScoreAgreesWithPython runs score.py and quotes eval on the project's
// evaluation sets with predictions from quotes -jsonl, and compares every
// metric. It runs only where python3 and shared/eval exist.
func TestScoreAgreesWithPython(t *testing.T) {
	py, scorer, evalDir := python(t)
	cases := []struct {
		gold string
		args []string
	}{
		{"polnear_dev.jsonl", nil},
		{"polnear_dev.jsonl", []string{"--min-words", "5"}},
		{"polnear_dev.jsonl", []string{"--strict-names"}},
		{"polnear_dev.stripped.jsonl", nil},
		{"reuters_handgold_dev.jsonl", nil},
		{"reuters_handgold_dev.jsonl", []string{"--min-words", "5", "--strict-names"}},
		{"reuters_handgold_dev.stripped.jsonl", nil},
		{"reuters_silver_dev.stripped.jsonl", nil},
		{"corenlp_quote_tests.jsonl", nil},
		{"corenlp_quote_tests.jsonl", []string{"--where", "config=default"}},
	}
	dir := t.TempDir()
	preds := map[string]string{}
	for _, tc := range cases {
		name := tc.gold + strings.Join(tc.args, " ")
		t.Run(name, func(t *testing.T) {
			gold := filepath.Join(evalDir, tc.gold)
			if _, err := os.Stat(gold); err != nil {
				t.Skipf("%s not available", gold)
			}
			pred, ok := preds[tc.gold]
			if !ok {
				out, stderr, err := runQuotes(t, "", "-jsonl", gold)
				if err != nil {
					t.Fatalf("quotes -jsonl: %v\n%s", err, stderr)
				}
				pred = writeFile(t, dir, tc.gold+".pred", out)
				preds[tc.gold] = pred
			}
			cmdArgs := append(append([]string{scorer, "--json"}, tc.args...), gold, pred)
			want, err := exec.Command(py, cmdArgs...).Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var goArgs []string
			for _, a := range tc.args {
				goArgs = append(goArgs, strings.TrimPrefix(a, "-"))
			}
			got, stderr, err := runQuotes(t, "", append([]string{"eval", "-gold", gold, "-pred", pred, "-json"}, goArgs...)...)
			if err != nil {
				t.Fatalf("quotes eval: %v\n%s", err, stderr)
			}
			if diff := cmp.Diff(decodeJSON(t, string(want)), decodeJSON(t, got), approx); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if got != string(want) {
				t.Logf("agrees to 0.001 but is not byte-identical:\nscore.py %s\nquotes   %s", want, got)
			}
		})
	}
}

// randomEvalFiles writes random gold and prediction files full of edge
// cases: multi-byte characters, offsets inside characters or out of range,
// ties, optional entries, odd ids and values.
func randomEvalFiles(t *testing.T, rng *rand.Rand, dir string) (gold, pred string) {
	words := []string{"alpha", "Beta", "ça", "İzmir", "二", "x9", "ok", "the", "he", "Mayor", "Doe", "—", "’s", "K\u212Aelvin", "ñandú", "30%", "«non»", "a-b", "\u00a0", "\U0001F600"}
	pick := func(xs ...any) any { return xs[rng.IntN(len(xs))] }
	text := func() string {
		var ws []string
		for range rng.IntN(31) {
			ws = append(ws, words[rng.IntN(len(words))])
		}
		return strings.Join(ws, " ")
	}
	off := func(n int) (int, int) {
		s := rng.IntN(n + 1)
		if rng.Float64() < 0.1 {
			s = rng.IntN(n+5) - 2
		}
		e := s
		if s <= n {
			e = s + rng.IntN(n-s+1)
		}
		if rng.Float64() < 0.1 {
			e = s + rng.IntN(7) - 3
		}
		return s, e
	}
	clamp := func(i, n int) int { return max(0, min(i, n)) }
	span := func(b string) map[string]any {
		s, e := off(len(b))
		o := map[string]any{"start": s, "end": e, "text": pyDecode(b[clamp(s, len(b)):max(clamp(s, len(b)), clamp(e, len(b)))])}
		if rng.Float64() < 0.05 {
			delete(o, "end")
		}
		return o
	}
	var gl, pl []string
	for range 1 + rng.IntN(8) {
		b := text()
		id := pick("a", "b", 1, 1.0, 2, "2", true, nil, "c")
		var gqs, pqs []map[string]any
		for range rng.IntN(7) {
			s, e := off(len(b))
			s, e = clamp(s, len(b)), clamp(e, len(b))
			q := map[string]any{"start": s, "end": e, "text": pyDecode(b[s:max(s, e)]),
				"speaker": pick(nil, "", "he", "Mayor Jane Doe", "Doe", "the Mayor", "İzmir Doe", text()),
				"kind":    pick(nil, "direct", "indirect", "mixed", ""), "speaker_start": nil, "speaker_end": nil}
			if rng.Float64() < 0.7 {
				ss, se := off(len(b))
				q["speaker_start"], q["speaker_end"] = max(ss, 0), max(se, 0)
			}
			if rng.Float64() < 0.3 {
				q["title"] = pick(nil, "", "Mayor", "the mayor", "MAYOR!", "Gov.")
			}
			if rng.Float64() < 0.2 {
				q["optional"] = pick(true, false, 1, 0, "", "yes")
			}
			gqs = append(gqs, q)
		}
		g, _ := json.Marshal(map[string]any{"id": id, "config": pick("default", "other", true, 1), "text": b, "quotes": gqs})
		gl = append(gl, string(g))
		if rng.Float64() < 0.15 {
			continue // no prediction for this document
		}
		for range rng.IntN(7) {
			s, e := off(len(b))
			q := map[string]any{"start": s, "end": e, "kind": pick(nil, "direct", "indirect", "mixed")}
			switch r := rng.Float64(); {
			case r < 0.7:
				q["text"] = pyDecode(b[clamp(s, len(b)):max(clamp(s, len(b)), clamp(e, len(b)))])
			case r < 0.8:
				q["text"] = "wrong"
			case r < 0.85:
				q["text"] = nil
			}
			if rng.Float64() < 0.6 {
				sp := map[string]any{"name": span(b)}
				if rng.Float64() < 0.5 {
					sp["mention"] = span(b)
				}
				if rng.Float64() < 0.3 {
					sp["title"] = span(b)
				}
				q["speaker"] = sp
			}
			if rng.Float64() < 0.8 {
				q["confidence"] = pick(float64(rng.IntN(101))/100, 0.5, 0.7, 0.8, 0.9, 1, 0, true)
			}
			pqs = append(pqs, q)
		}
		p, _ := json.Marshal(map[string]any{"id": id, "quotes": pqs})
		pl = append(pl, string(p))
	}
	gold = writeFile(t, dir, "gold.jsonl", strings.Join(gl, "\n")+"\n")
	pred = writeFile(t, dir, "pred.jsonl", strings.Join(pl, "\n")+"\n")
	return gold, pred
}

// TestScoreAgreesWithPythonRandom compares quotes eval with score.py on
// random gold and predictions.
func TestScoreAgreesWithPythonRandom(t *testing.T) {
	py, scorer, _ := python(t)
	n := 24
	if testing.Short() {
		n = 8
	}
	compared := 0
	rng := rand.New(rand.NewPCG(5, 6))
	dir := t.TempDir()
	for i := range n {
		gold, pred := randomEvalFiles(t, rng, dir)
		opts := [][]string{nil, {"--min-words", "3"}, {"--strict-names"}, {"--where", "config=default"}}
		args := opts[i%len(opts)]
		want, err := exec.Command(py, append(append([]string{scorer, "--json"}, args...), gold, pred)...).Output()
		if err != nil {
			continue // score.py crashed on this input; nothing to agree with
		}
		var goArgs []string
		for _, a := range args {
			goArgs = append(goArgs, strings.TrimPrefix(a, "-"))
		}
		got, stderr, err := runQuotes(t, "", append([]string{"eval", "-gold", gold, "-pred", pred, "-json"}, goArgs...)...)
		if err != nil || got != string(want) {
			g, _ := os.ReadFile(gold)
			p, _ := os.ReadFile(pred)
			t.Fatalf("case %d %v: err %v %s\nscore.py %s\nquotes   %s\ngold:\n%s\npred:\n%s", i, args, err, stderr, want, got, g, p)
		}
		compared++
	}
	if compared < n/2 {
		t.Errorf("score.py failed on %d of %d random cases", n-compared, n)
	}
}
