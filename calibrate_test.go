package quote

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotekit/quote/internal/overlap"
)

var calibrate = flag.Bool("calibrate", false, "rewrite confidence_table.go from ../shared/eval/polnear_train*.jsonl")

// evalDir is where the evaluation data lives beside the repository. It is
// absent on a user's machine, and the tests that need it skip.
var evalDir = filepath.Join("..", "shared", "eval")

// calibrationFiles are the data Confidence is fitted on: PolNeAR's
// training split, with and without quotation marks.
var calibrationFiles = []string{"polnear_train.jsonl", "polnear_train.stripped.jsonl"}

// goldDoc is a document of the evaluation data (../shared/eval/README.md).
type goldDoc struct {
	ID     json.RawMessage `json:"id"`
	Text   string          `json:"text"`
	Quotes []goldQuote     `json:"quotes"`
}

type goldQuote struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	Kind         *string `json:"kind"`
	Title        *string `json:"title"`
	Optional     bool    `json:"optional"`
}

// readGoldFile reads a JSON-lines gold file, or skips the test if it is
// not there.
func readGoldFile(t testing.TB, name string) []goldDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(evalDir, name))
	if err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	defer f.Close()
	var docs []goldDoc
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var d goldDoc
			if err := json.Unmarshal(line, &d); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			docs = append(docs, d)
		}
		if err != nil {
			break
		}
	}
	return docs
}

// rightEndToEnd reports, for each of qs, whether it matches a gold
// statement (Jaccard >= 0.5 over letters and digits, matched one to one,
// best first) and has the right speaker, as the reference scorer judges.
func rightEndToEnd(d goldDoc, qs []Quote) []bool {
	var gold []goldQuote
	for _, g := range d.Quotes {
		if g.End > g.Start && !g.Optional {
			gold = append(gold, g)
		}
	}
	gs := make([]overlap.Set, len(gold))
	for i, g := range gold {
		gs[i] = overlap.Alnum(d.Text, g.Start, g.End)
	}
	ps := make([]overlap.Set, len(qs))
	for j, q := range qs {
		ps[j] = overlap.Alnum(d.Text, q.Start, q.End)
	}
	right := make([]bool, len(qs))
	for _, p := range overlap.Match(gs, ps) {
		right[p.P] = speakerRight(d.Text, gold[p.G], qs[p.P])
	}
	return right
}

var scorerPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "who": true,
	"him": true, "her": true, "them": true, "his": true, "its": true, "their": true, "you": true}

// normWords lower-cases s and splits it at anything but letters and
// digits, as the reference scorer's norm does.
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}

func speakerRight(text string, g goldQuote, q Quote) bool {
	if g.Speaker == nil || *g.Speaker == "" {
		return q.Speaker.Name.IsZero()
	}
	if g.SpeakerStart != nil && g.SpeakerEnd != nil {
		for _, sp := range []Span{q.Speaker.Mention, q.Speaker.Name} {
			if sp.End > sp.Start && sp.Start < *g.SpeakerEnd && *g.SpeakerStart < sp.End {
				return true
			}
		}
	}
	gn := normWords(*g.Speaker)
	if len(gn) == 0 || strings.Join(gn, " ") == "" || scorerPronouns[strings.Join(gn, " ")] {
		return false
	}
	pw := normWords(q.Speaker.Name.Text)
	return len(pw) > 0 && slices.Contains(gn, pw[len(pw)-1])
}

// TestCalibrate fits Confidence on the calibration data: for each cell
// (how a statement was found, its kind of mention, its cue, what its
// content is) the share of statements right end to end, shrunk
// toward the share of its wider cell when there are few. With -calibrate
// it rewrites confidence_table.go; without, it checks that the table
// still fits the rules, so that a change of rules that moves a
// well-filled cell by more than 0.05 fails until the table is refitted.
func TestCalibrate(t *testing.T) {
	var n, right [nSources][nMentionKinds][2][3]float64
	for _, name := range calibrationFiles {
		for _, d := range readGoldFile(t, name) {
			var cells []cell
			s := newState(new(Finder), d.Text)
			s.cells = &cells
			qs := s.run()
			for i, ok := range rightEndToEnd(d, qs) {
				c := cells[i]
				n[c.src][c.mk][c.plain][c.clause]++
				if ok {
					right[c.src][c.mk][c.plain][c.clause]++
				}
			}
		}
	}
	// Shrink each cell toward the share of the cell one level wider:
	// clause toward cue, cue toward mention, mention toward source,
	// source toward the overall share.
	const k = 20.0
	sum := func(f func(src source, mk, p, cl int) bool) (sn, sr float64) {
		for src := range nSources {
			for mk := range nMentionKinds {
				for p := range 2 {
					for cl := range 3 {
						if f(src, mk, p, cl) {
							sn += n[src][mk][p][cl]
							sr += right[src][mk][p][cl]
						}
					}
				}
			}
		}
		return sn, sr
	}
	totalN, totalR := sum(func(source, int, int, int) bool { return true })
	overall := totalR / max(totalN, 1)
	var table [nSources][nMentionKinds][2][3]float64
	for src := range nSources {
		sn, sr := sum(func(s source, _, _, _ int) bool { return s == src })
		srcShare := (sr + k*overall) / (sn + k)
		for mk := range nMentionKinds {
			mn, mr := sum(func(s source, m, _, _ int) bool { return s == src && m == mk })
			mkShare := (mr + k*srcShare) / (mn + k)
			for p := range 2 {
				pn, pr := sum(func(s source, m, q, _ int) bool { return s == src && m == mk && q == p })
				pShare := (pr + k*mkShare) / (pn + k)
				for cl := range 3 {
					cn := n[src][mk][p][cl]
					share := (right[src][mk][p][cl] + k*pShare) / (cn + k)
					// Report a cautious share, one standard error under
					// the estimate, so that a filter on Confidence keeps
					// its promise on news the table was not fitted on.
					share -= math.Sqrt(share * (1 - share) / (cn + k))
					table[src][mk][p][cl] = math.Max(0.01, math.Floor(share*100)/100)
				}
			}
		}
	}
	if *calibrate {
		var b bytes.Buffer
		b.WriteString("// Code generated by go test -run TestCalibrate -calibrate; DO NOT EDIT.\n\npackage quote\n\n")
		b.WriteString("// confidenceTable[source][mention kind][plain cue][content] is the share\n// of statements right end to end in the calibration data, from ")
		fmt.Fprintf(&b, "%.0f\n// statements of %s,\n", totalN, strings.Join(calibrationFiles, " and "))
		b.WriteString("// shrunk toward the share of the wider cell, less one standard error,\n// at least 0.01.\n")
		b.WriteString("var confidenceTable = [nSources][nMentionKinds][2][3]float64{\n")
		for src := range nSources {
			b.WriteString("\t{")
			for mk := range nMentionKinds {
				b.WriteString("{")
				for p := range 2 {
					fmt.Fprintf(&b, "{%g, %g, %g}, ", table[src][mk][p][0], table[src][mk][p][1], table[src][mk][p][2])
				}
				b.WriteString("}, ")
			}
			b.WriteString("},\n")
		}
		b.WriteString("}\n")
		out, err := format.Source(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("confidence_table.go", out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for src := range nSources {
		for mk := range nMentionKinds {
			for p := range 2 {
				for cl := range 3 {
					if n[src][mk][p][cl] >= 50 && math.Abs(table[src][mk][p][cl]-confidenceTable[src][mk][p][cl]) > 0.05 {
						t.Errorf("confidence cell %d/%d/%d/%d (%.0f statements) fits %.2f, table has %.2f: run go test -run TestCalibrate -calibrate",
							src, mk, p, cl, n[src][mk][p][cl], table[src][mk][p][cl], confidenceTable[src][mk][p][cl])
					}
				}
			}
		}
	}
}
