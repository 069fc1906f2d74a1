package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCueMemo checks that cueAt's memo, and cueHeldBack's answers kept
// with it, change nothing: every stage that asks them runs after the
// tokens, names and sentences they read are final.
// A rule that changes them later would make the memo stale; this test
// then fails on the texts that show it.
func TestCueMemo(t *testing.T) {
	sameWithout(t, "the memo", func(s *state) { s.noCueMemo = true })
}

// TestCueReading checks that attributeCues may use a trailing
// attribution's reading (cueReading) again for the same cue: nothing
// that reading reads may change between the two. A rule that adds a
// statement or takes a cue in between, without attributeCues marking the
// reading stale, makes this test fail on the texts that show it.
func TestCueReading(t *testing.T) {
	sameWithout(t, "reading a cue once", func(s *state) { s.noTailReuse = true })
}

// TestStmtCover checks that coverStmts' answers for inReported and
// inDirect are the ones stmtsIn gives: the rules that ask them while
// the answers are kept change no statement's span, kind or speaker's
// presence. A rule that does makes this test fail on the texts that show
// it, and so does one that moves a statement without marking its blocks
// again (markStmt). Hostile texts pack many statements into a block.
func TestStmtCover(t *testing.T) {
	sameWithout(t, "covering the statements", func(s *state) { s.noCover = true })
	texts := memoAndHostileTexts(t)
	for i, text := range texts {
		// On the statements as they end, each token's answers.
		s := newState(new(Finder), text)
		s.run()
		s.coverStmts()
		for k := range s.toks {
			s.covered = false
			rep, dir := s.inReported(k), s.inDirect(k)
			s.covered = true
			if s.inReported(k) != rep || s.inDirect(k) != dir {
				t.Fatalf("text %d, token %d %q: cover says reported %v, direct %v; stmtsIn %v, %v", i, k, s.word(k), s.inReported(k), s.inDirect(k), rep, dir)
			}
		}
	}
	for name, text := range hostile(20_000) {
		want := newState(new(Finder), text)
		want.noCover = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("%s: covering the statements changes the output (-without +with):\n%s", name, diff)
		}
	}
}

// sameWithout checks that a shortcut, which off turns off, changes no
// output on memoTexts.
func sameWithout(t *testing.T, what string, off func(*state)) {
	for i, text := range memoTexts(t) {
		want := newState(new(Finder), text)
		off(want)
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: %s changes the output (-without +with):\n%s", i, what, diff)
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

// TestAloneMemo checks that bodyAloneBeforeName's memo of its last look
// changes nothing: on the memo texts, on hostile texts, and on runs that
// repeat with the body alone near some of them and far from others.
func TestAloneMemo(t *testing.T) {
	sameWithout(t, "bodyAloneBeforeName's memo", func(s *state) { s.noAloneMemo = true })
	texts := []string{}
	for _, text := range hostile(20_000) {
		texts = append(texts, text)
	}
	run := "Blue Harbour Tom Reyes said the tax would rise. "
	texts = append(texts, strings.Repeat(run, 30)+"Then the Blue Harbour said no. "+strings.Repeat(run, 300)+"We asked Blue Harbour now. "+strings.Repeat(run, 200))
	for i, text := range texts {
		want := newState(new(Finder), text)
		want.noAloneMemo = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: the memo changes the output (-without +with):\n%s", i, diff)
		}
	}
}

// TestEndMemo checks that the memos of contentEnd and subjectBefore
// change nothing: what they read (tokens, runs, sentences, cues) is final
// before the stages that ask them, and they read no statement. A rule
// that makes them read one, or changes a token later, makes this test
// fail on the texts that show it.
func TestEndMemo(t *testing.T) {
	sameWithout(t, "the memos of contentEnd and subjectBefore", func(s *state) { s.noEndMemo = true })
	for name, text := range hostile(20_000) {
		want := newState(new(Finder), text)
		want.noEndMemo = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("%s: the memos of contentEnd and subjectBefore change the output (-without +with):\n%s", name, diff)
		}
	}
}

// TestEndWordAt checks that contentEnd's shortcut lets through every word
// in lower case that its rules may end a statement at, in any case after
// the first letter, and one that Unicode folding matches to one of them,
// "whereaſ" with a long s.
func TestEndWordAt(t *testing.T) {
	words := "a an at and after although according but before during even in on though through via while whereas aFTER dUring wherEAS whereaſ"
	s := newState(new(Finder), words)
	s.tokenize()
	for k := range s.toks {
		if w := s.word(k); endWordStart(w[0]) && !endWordAt(s.text, &s.toks[k]) {
			t.Errorf("endWordAt(%q) = false", w)
		}
	}
	s = newState(new(Finder), "that the to was will be")
	s.tokenize()
	for k := range s.toks {
		if endWordAt(s.text, &s.toks[k]) {
			t.Errorf("endWordAt(%q) = true, want false", s.word(k))
		}
	}
}

// TestRunTable checks that runAt's table answers as its search of the
// runs does, for every token of the memo texts and of hostile texts:
// the runs stay as findEntities left them, in order and none inside
// another. A rule that adds or moves a run later makes it fail.
func TestRunTable(t *testing.T) {
	sameWithout(t, "runAt's table", func(s *state) { s.noRunTable = true })
	texts := memoAndHostileTexts(t)
	for i, text := range texts {
		s := newState(new(Finder), text)
		s.run()
		if len(s.toks) == 0 {
			continue
		}
		table := s.runOf
		s.runOf = nil
		for k := range s.toks {
			if got, want := int(table[k])-1, s.runAt(k); got != want {
				t.Fatalf("text %d, token %d %q: the table says run %d, the search %d", i, k, s.word(k), got, want)
			}
		}
		// Rules ask about tokens before the first and past the last.
		s.runOf = table
		for _, k := range []int{-2, -1, len(s.toks), len(s.toks) + 1} {
			if r := s.runAt(k); r != -1 {
				t.Fatalf("text %d: runAt(%d) = %d, want -1", i, k, r)
			}
		}
	}
}

// TestHashChain checks that addRun, stepping from entity to entity of the
// same name hash, finds what it finds stepping over every entity: on the
// memo texts, on hostile texts, and on a text of many names that end in
// the same word among many others.
func TestHashChain(t *testing.T) {
	sameWithout(t, "the chains of entities", func(s *state) { s.noHashChain = true })
	texts := []string{}
	for _, text := range hostile(20_000) {
		texts = append(texts, text)
	}
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "Ann %c. Lee met Tom Reyes%d of Dover Board %d. Lee said no. ", 'A'+i%26, i%7, i)
	}
	texts = append(texts, b.String())
	for i, text := range texts {
		want := newState(new(Finder), text)
		want.noHashChain = true
		got := newState(new(Finder), text)
		if diff := cmp.Diff(want.run(), got.run()); diff != "" {
			t.Errorf("text %d: the chains change the output (-without +with):\n%s", i, diff)
		}
	}
}

// memoAndHostileTexts returns the memo texts and hostile texts of 20,000
// bytes, on which the per-token tables must answer as the searches they
// replace.
func memoAndHostileTexts(t *testing.T) []string {
	texts := memoTexts(t)
	for _, text := range hostile(20_000) {
		texts = append(texts, text)
	}
	return texts
}
