package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFind measures Find on each testdata article.
func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			s := string(text)
			for b.Loop() {
				Find(s)
			}
		})
	}
}

// BenchmarkTokenize measures the tokenizer alone: the floor any rule
// system over tokens pays. Compare its MB/s with BenchmarkFind's.
func BenchmarkTokenize(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var all strings.Builder
	for _, file := range files {
		text, _ := os.ReadFile(file)
		all.Write(text)
		all.WriteString("\n\n")
	}
	text := all.String()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s := newState(new(Finder), text)
		s.tokenize()
	}
}

// BenchmarkCorpus measures Find over a real corpus, PolNeAR's training
// split with and without quotation marks (../shared/eval; skipped where
// it is absent), reporting MB/s over the article texts alone.
func BenchmarkCorpus(b *testing.B) {
	for _, name := range calibrationFiles {
		docs := readGoldFile(b, name)
		size := 0
		for _, d := range docs {
			size += len(d.Text)
		}
		b.Run(strings.TrimSuffix(name, ".jsonl"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, d := range docs {
					Find(d.Text)
				}
			}
		})
	}
}
