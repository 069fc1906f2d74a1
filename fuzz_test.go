package quote

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// FuzzFind checks the promises Find makes for any input: it does not
// panic; every span lies inside the text and its Text is the text there;
// statements come in order and do not overlap; and two calls agree. It
// runs for the zero Finder and for one with every option set.
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	configured := &Finder{Verbs: []string{"harrumphed", "Kvetched"}, Titles: []string{"sommelier"}, NoCarryOver: true, MinConfidence: 0.5}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text)
		for _, finder := range []*Finder{new(Finder), configured} {
			got := finder.Find(text)
			checkQuotes(t, text, got)
			if again := finder.Find(text); !reflect.DeepEqual(got, again) {
				t.Fatalf("Find(%q) gave two different results", text)
			}
		}
	})
}

// FuzzWords checks the same promises on texts made of the words the rules
// name: each pair of input bytes picks a rule word (see ruleWords), a
// name or a piece of punctuation, so the fuzzer explores sentences whose
// every word triggers some rule, as "She assailing the mill tweets" once
// did to crash Find, rather than byte soup few rules ever see.
func FuzzWords(f *testing.F) {
	words, err := ruleWords()
	if err != nil {
		f.Fatal(err)
	}
	words = append(slices.Clip(words), fuzzGlue...)
	f.Add([]byte{0, 1, 2, 3})
	f.Add([]byte("\x00\x10said that\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b strings.Builder
		for i := 0; i+1 < len(data) && i < 64; i += 2 {
			n := int(data[i])<<8 | int(data[i+1])
			w := words[(n>>2)%len(words)]
			if n&1 != 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if n&2 != 0 && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		text := b.String()
		checkTokens(t, text)
		checkQuotes(t, text, Find(text))
	})
}

// fuzzGlue is what FuzzWords puts between rule words: names, marks,
// punctuation, paragraph breaks and the gaps of stripped marks.
var fuzzGlue = []string{
	"Lee", "Ann Lee", "Reyes", "Dover", "Harbour Council", "the", "that", "said", "he", "she", "it",
	",", ".", ":", ";", "?", "!", "(", ")", "—", "-", "--", "“", "”", "‘", "’", `"`, "'", "  ", "   ", "\n", "\n\n", "s", "t",
}

var fuzzSeeds = []string{
	"", " ", "\"", "“", "”", "'", "''", "``", "\n\n", "\x00", "\xff\xfe", "said", "Said.",
	`"Hello," he said, "how are you?"`,
	"'Tis nobler' Words 'I went,' he said",
	"“A.\n\n“B.\n\n“C,” she said.",
	"He said: I can t go.  We re done,  she said.",
	"According to , .",
	"Mr. . said that that that",
	"“" + "\"" + "‘" + "'" + "«" + "„",
	// Triggers of the rules added with the stripped, transcript and
	// headline styles, cut at their edges.
	"Lee said voters want jobs, and that many will back him, referring to",
	"he said:\n\nWe will win.\n\n",
	"LEE: We will win.\nREYES: No.\nLEE:",
	"Poll: Most voters back Lee\n\nPoll:",
	"another says it is over, while another",
	"Lee issued a statement, \"We are done,\" she said \"Q2.\"",
	"Lee referred to the plan as a disgrace, calling it  a scam  and asking,  How",
	"A keen golfer, Lee said he would go.  We knew it.  - Lee.",
	"While she says X, she likes it, Lee said, adding, \"Q\"",
	"s s  s   s  s ",
	"  Lee said,  We will win,  Reyes said.",
	"The row grew, with Ann Lee calling for a ban and others backing",
	"Criticism that it",
	"Two Ministers, Ann Lee and Tom Reyes, said it.",
	`"Go," said a diplomat in Kestia City`,
}

// checkTokens checks the token invariants that fast paths rely on: no
// token is empty (wordIs reads its first byte), and only
// punctuation has a punct (isPunct compares it without the kind).
func checkTokens(t *testing.T, text string) {
	s := newState(new(Finder), text)
	s.tokenize()
	for i, tok := range s.toks {
		if tok.end <= tok.start {
			t.Fatalf("tokenize(%q): token %d is empty", text, i)
		}
		if (tok.punct != 0) != (tok.kind == tPunct) {
			t.Fatalf("tokenize(%q): token %d of kind %d has punct %q", text, i, tok.kind, tok.punct)
		}
	}
}

// checkQuotes checks the span invariants of a Find result.
func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	check := func(what string, s Span) {
		if s == (Span{}) {
			return
		}
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			t.Fatalf("%s %+v out of range for text of %d bytes %q", what, s, len(text), text)
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("%s %+v: text[%d:%d] = %q", what, s, s.Start, s.End, text[s.Start:s.End])
		}
	}
	end := 0
	for i, q := range qs {
		check("quote", q.Span)
		if q.Start >= q.End {
			t.Fatalf("quote %d is empty: %+v", i, q)
		}
		if q.Start < end {
			t.Fatalf("quote %d %+v overlaps or precedes the one before (ends at %d)", i, q.Span, end)
		}
		end = q.End
		check("cue", q.Cue)
		check("name", q.Speaker.Name)
		check("mention", q.Speaker.Mention)
		check("title", q.Speaker.Title)
		if q.Confidence <= 0 || q.Confidence > 1 {
			t.Fatalf("quote %d confidence %v not in (0, 1]", i, q.Confidence)
		}
		if !q.Speaker.IsZero() && q.Speaker.Name.IsZero() {
			t.Fatalf("quote %d has a speaker without a name: %+v", i, q.Speaker)
		}
	}
}
