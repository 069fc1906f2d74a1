package main

// quotes eval: the metrics of the reference scorer score.py, ported line
// for line. Comments name the score.py expressions that each step follows.
// Where score.py would crash on malformed input (a list as an id, a
// non-numeric offset), quotes eval reports an error or, for harmless cases,
// reads the value leniently.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/quotekit/quote"
	"github.com/quotekit/quote/internal/overlap"
)

// evalOpts are the options of quotes eval.
type evalOpts struct {
	gold, pred  string
	minWords    int
	where       []string
	strictNames bool
	jsonOut     bool
	list        string
	context     int
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, " ") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quotes eval", flag.ContinueOnError)
	var ff finderFlags
	ff.register(fs)
	var o evalOpts
	fs.StringVar(&o.gold, "gold", "", "gold JSONL")
	fs.StringVar(&o.pred, "pred", "", "predictions JSONL (default: run the library)")
	fs.IntVar(&o.minWords, "min-words", 0, "score only gold statements of N+ words")
	fs.Var((*stringList)(&o.where), "where", "keep only gold docs with KEY=VALUE")
	fs.BoolVar(&o.strictNames, "strict-names", false, "speaker right only if the names are equal")
	fs.BoolVar(&o.jsonOut, "json", false, "print the metrics as JSON")
	fs.StringVar(&o.list, "list", "", "list misses, false, speaker or all")
	fs.IntVar(&o.context, "context", 60, "bytes of context in -list output")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("eval: unexpected argument %q (see quotes -h)", fs.Arg(0))
	case o.gold == "":
		return errors.New("eval: -gold is required (see quotes -h)")
	case ff.jobs < 1:
		return errors.New("eval: -j must be at least 1")
	case ff.checkMinConf() != nil:
		return fmt.Errorf("eval: %v", ff.checkMinConf())
	case ff.checkLists() != nil:
		return fmt.Errorf("eval: %v", ff.checkLists())
	case o.minWords < 0:
		return errors.New("eval: -min-words must not be negative")
	case o.context < 0:
		return errors.New("eval: -context must not be negative")
	}
	switch o.list {
	case "", "misses", "false", "speaker", "all":
	default:
		return fmt.Errorf("eval: -list must be misses, false, speaker or all, not %q", o.list)
	}
	for _, w := range o.where {
		if !strings.Contains(w, "=") {
			return fmt.Errorf("eval: -where %q is not KEY=VALUE", w)
		}
	}
	gs, err := loadGold(o.gold, stdin, o.where)
	if err != nil {
		return err
	}
	if len(gs.order) == 0 {
		// A table of zeros would read as a score.
		if len(o.where) > 0 {
			return fmt.Errorf("eval: no document in %s matches -where", o.gold)
		}
		return fmt.Errorf("eval: %s holds no documents", o.gold)
	}
	var preds map[string][]predQuote
	if o.pred != "" {
		if preds, err = loadPred(o.pred, stdin); err != nil {
			return err
		}
	} else if preds, err = predict(gs, ff.finder(), ff.jobs); err != nil {
		return err
	}
	var lw io.Writer
	if o.list != "" {
		lw = stdout
		if o.jsonOut {
			lw = stderr
		}
	}
	res := score(gs, preds, &o, lw)
	if o.jsonOut {
		_, err = io.WriteString(stdout, res.json()+"\n")
	} else {
		_, err = io.WriteString(stdout, res.table())
	}
	return err
}

// A goldDoc is one gold document.
type goldDoc struct {
	id     json.RawMessage
	text   string
	quotes []goldQuote
}

// A goldQuote is one gold entry.
type goldQuote struct {
	start, end int
	text       string // "text", for -min-words
	speaker    string // "speaker" if it is a string
	hasSpeaker bool   // bool(q.get('speaker'))
	spkStart   float64
	spkEnd     float64
	hasSpkSpan bool // speaker_start and speaker_end are not None
	kind       any  // q.get('kind')
	kindKey    string
	hasKind    bool // bool(q.get('kind'))
	optional   bool
	hasTitle   bool // 'title' in q
	title      string
}

// goldSet is the gold file: the documents to score in order, as score.py's
// order list and gold dict.
type goldSet struct {
	order []goldRef
	docs  map[string]*goldDoc // by pyKey of the id
}

// goldRef is an entry of score.py's order list: the id as a gold key and
// as a prediction key, str(id).
type goldRef struct {
	key, predKey string
	id           json.RawMessage
}

// openInput opens a file, or stdin for "-".
func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		// "FILE: no such file or directory", as the main command
		// reports an input file.
		return nil, nil, fmt.Errorf("%s: %v", name, unwrapPathError(err))
	}
	return f, func() { f.Close() }, nil
}

// eachLine calls fn with every line of the named file that is not blank
// (score.py: if line.strip()), decoded as a JSON object.
func eachLine(name string, stdin io.Reader, fn func(n int, m map[string]json.RawMessage) error) error {
	r, done, err := openInput(name, stdin)
	if err != nil {
		return err
	}
	defer done()
	var readErr error
	yield := func(it *item) bool {
		if it.fileErr != nil {
			readErr = fmt.Errorf("%s: %w", name, unwrapPathError(it.fileErr))
			return false
		}
		if pyStrip(string(it.data)) == "" {
			return true
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(it.data, &m); err != nil || m == nil {
			if err == nil {
				err = errors.New("not a JSON object")
			}
			readErr = fmt.Errorf("%s: line %d: %v", name, it.line, err)
			return false
		}
		if err := fn(it.line, m); err != nil {
			readErr = fmt.Errorf("%s: line %d: %v", name, it.line, err)
			return false
		}
		return true
	}
	lr := &lineReader{br: newLineBuffer()}
	lr.readFile("-", r, yield)
	return readErr
}

// loadGold reads the gold file, keeping the documents that pass -where.
func loadGold(name string, stdin io.Reader, where []string) (*goldSet, error) {
	gs := &goldSet{docs: make(map[string]*goldDoc)}
	err := eachLine(name, stdin, func(n int, m map[string]json.RawMessage) error {
		// if any(str(d.get(k)) != v for k, v in ...): continue
		for _, w := range where {
			k, v, _ := strings.Cut(w, "=")
			s, err := pyStr(m[k])
			if err != nil {
				return err
			}
			if s != v {
				return nil
			}
		}
		id, ok := m["id"]
		if !ok {
			return errors.New(`no "id"`)
		}
		key, err := pyKey(id)
		if err != nil {
			return err
		}
		predKey, err := pyStr(id)
		if err != nil {
			return err
		}
		d := &goldDoc{id: id}
		if err := json.Unmarshal(m["text"], &d.text); err != nil || m["text"] == nil {
			return errors.New(`"text" is not a string`)
		}
		var qs []map[string]json.RawMessage
		if m["quotes"] == nil {
			return errors.New(`no "quotes" (gold needs a list, maybe empty)`)
		}
		if err := json.Unmarshal(m["quotes"], &qs); err != nil {
			return errors.New(`"quotes" is not a list of objects`)
		}
		for i, q := range qs {
			gq, err := parseGoldQuote(q)
			if err != nil {
				return fmt.Errorf("quote %d: %v", i, err)
			}
			d.quotes = append(d.quotes, gq)
		}
		gs.docs[key] = d
		gs.order = append(gs.order, goldRef{key: key, predKey: predKey, id: id})
		return nil
	})
	return gs, err
}

func parseGoldQuote(q map[string]json.RawMessage) (goldQuote, error) {
	var g goldQuote
	for _, f := range []struct {
		key string
		dst *int
	}{{"start", &g.start}, {"end", &g.end}} {
		raw, ok := q[f.key]
		if !ok {
			return g, fmt.Errorf("no %q", f.key)
		}
		// Python slices with ints and booleans only.
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 || raw[0] == '"' || raw[0] != 't' && raw[0] != 'f' && bytes.ContainsAny(raw, ".eE") {
			return g, fmt.Errorf("%q is not an integer", f.key)
		}
		n, err := pyInt(raw)
		if err != nil {
			return g, fmt.Errorf("%q is not an integer", f.key)
		}
		*f.dst = int(n)
	}
	json.Unmarshal(q["text"], &g.text) // q.get('text', ''); non-strings count as ''
	g.hasSpeaker = pyTruthy(q["speaker"])
	json.Unmarshal(q["speaker"], &g.speaker)
	s, okS := pyNum(q["speaker_start"])
	e, okE := pyNum(q["speaker_end"])
	g.spkStart, g.spkEnd, g.hasSpkSpan = s, e, okS && okE
	g.hasKind = pyTruthy(q["kind"])
	g.kindKey = "none" // q.get('kind') or 'none'
	if g.hasKind {
		if err := json.Unmarshal(q["kind"], &g.kind); err != nil {
			return g, err
		}
		if ks, ok := g.kind.(string); ok {
			g.kindKey = ks
		} else {
			g.kindKey, _ = pyStr(q["kind"])
		}
	}
	g.optional = pyTruthy(q["optional"])
	_, g.hasTitle = q["title"]
	json.Unmarshal(q["title"], &g.title)
	return g, nil
}

// A predQuote is one predicted statement as score.py reads it.
type predQuote struct {
	start, end   int64 // int(q.get('start', 0))
	hasText      bool  // q.get('text') is not None
	text         string
	textIsString bool
	kind         any // q.get('kind')
	nameTruthy   bool
	name         pySpan
	mention      pySpan
	title        pySpan
	conf         float64
	hasConf      bool // isinstance(q.get('confidence'), (int, float))
}

// pySpan is the result of score.py's span_of.
type pySpan struct {
	ok         bool
	start, end float64
	text       string
}

func spanOf(raw json.RawMessage) pySpan {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil || m == nil {
		return pySpan{}
	}
	_, hasS := m["start"]
	_, hasE := m["end"]
	if !hasS || !hasE {
		return pySpan{}
	}
	s, okS := pyNum(m["start"])
	e, okE := pyNum(m["end"])
	if !okS || !okE || !(e > s) {
		return pySpan{}
	}
	sp := pySpan{ok: true, start: s, end: e}
	json.Unmarshal(m["text"], &sp.text) // None and non-strings read as ''
	return sp
}

// parsePredQuotes reads a "quotes" value of a prediction record.
func parsePredQuotes(raw json.RawMessage) ([]predQuote, error) {
	if !pyTruthy(raw) { // p.get('quotes') or []
		return nil, nil
	}
	var qs []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &qs); err != nil {
		return nil, errors.New(`"quotes" is not a list of objects`)
	}
	out := make([]predQuote, len(qs))
	for i, q := range qs {
		p := &out[i]
		var err error
		if p.start, err = pyIntDefault(q["start"]); err != nil {
			return nil, fmt.Errorf("quote %d: start: %v", i, err)
		}
		if p.end, err = pyIntDefault(q["end"]); err != nil {
			return nil, fmt.Errorf("quote %d: end: %v", i, err)
		}
		if t := bytes.TrimSpace(q["text"]); t != nil && string(t) != "null" {
			p.hasText = true
			p.textIsString = json.Unmarshal(t, &p.text) == nil && t[0] == '"'
		}
		if k := q["kind"]; k != nil {
			json.Unmarshal(k, &p.kind)
		}
		if sp := q["speaker"]; pyTruthy(sp) {
			var m map[string]json.RawMessage
			if json.Unmarshal(sp, &m) == nil {
				p.nameTruthy = pyTruthy(m["name"])
				p.name, p.mention, p.title = spanOf(m["name"]), spanOf(m["mention"]), spanOf(m["title"])
			}
		}
		if c := bytes.TrimSpace(q["confidence"]); len(c) > 0 && c[0] != '"' {
			p.conf, p.hasConf = pyNum(c)
		}
	}
	return out, nil
}

// pyIntDefault is int(q.get(key, 0)).
func pyIntDefault(raw json.RawMessage) (int64, error) {
	if raw == nil {
		return 0, nil
	}
	return pyInt(raw)
}

// loadPred reads a predictions file: pred[str(d.get('id'))] = d.
func loadPred(name string, stdin io.Reader) (map[string][]predQuote, error) {
	preds := make(map[string][]predQuote)
	err := eachLine(name, stdin, func(n int, m map[string]json.RawMessage) error {
		key, err := pyStr(m["id"])
		if err != nil {
			return err
		}
		qs, err := parsePredQuotes(m["quotes"])
		if err != nil {
			return err
		}
		preds[key] = qs
		return nil
	})
	return preds, err
}

// predict runs the library on the gold texts on jobs goroutines. Its
// predictions go through the JSON of "quotes -jsonl", so that scoring
// them is scoring that output.
func predict(gs *goldSet, f *quote.Finder, jobs int) (map[string][]predQuote, error) {
	// The prediction for str(id) is that of the last document with it.
	last := make(map[string]int)
	for i, ref := range gs.order {
		last[ref.predKey] = i
	}
	var todo []int
	for i, ref := range gs.order {
		if last[ref.predKey] == i {
			todo = append(todo, i)
		}
	}
	out := make([][]predQuote, len(gs.order))
	errs := make([]error, len(gs.order))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(len(todo), 1)) {
		wg.Go(func() {
			for i := range next {
				qs := f.Find(gs.docs[gs.order[i].key].text)
				if qs == nil {
					qs = []quote.Quote{}
				}
				b, err := json.Marshal(qs)
				if err == nil {
					out[i], err = parsePredQuotes(b)
				}
				errs[i] = err
			}
		})
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	preds := make(map[string][]predQuote, len(todo))
	for _, i := range todo {
		if errs[i] != nil {
			return nil, errs[i]
		}
		preds[gs.order[i].predKey] = out[i]
	}
	return preds, nil
}

// counters are score.py's C.
type counters struct {
	gold, pred, match, exact            int
	charG, charP, charHit               int
	kindTotal, kindOK                   int
	spkTotal, spkOK, e2e                int
	titleTotal, titleOK                 int
	badOffsets, textMismatch, docsCount int
	missing                             int
}

// calBuckets are score.py's confidence buckets, highest first.
var calBuckets = [...]float64{0.9, 0.8, 0.7, 0.5, 0.0}

// evalResult holds what score.py prints.
type evalResult struct {
	c         counters
	bykind    map[string]int
	bykindHit map[string]int
	cal       [len(calBuckets)][2]int // [predicted, end-to-end right]
	calUsed   [len(calBuckets)]bool
}

// score is score.py's main loop. If lw is not nil, errors are listed to it
// as o.list asks.
func score(gs *goldSet, preds map[string][]predQuote, o *evalOpts, lw io.Writer) *evalResult {
	res := &evalResult{bykind: map[string]int{}, bykindHit: map[string]int{}}
	C := &res.c
	C.docsCount = len(gs.order)
	for _, ref := range gs.order {
		g := gs.docs[ref.key]
		b := g.text
		pqs, ok := preds[ref.predKey]
		if !ok {
			C.missing++
		}
		var gqs, opt []goldQuote
		for _, q := range g.quotes {
			if q.end > q.start {
				if q.optional {
					opt = append(opt, q)
				} else {
					gqs = append(gqs, q)
				}
			}
		}
		var droppedSets []overlap.Set
		for _, q := range opt {
			droppedSets = append(droppedSets, overlap.Alnum(b, q.start, q.end))
		}
		if o.minWords != 0 { // if a.min_words
			var keep []goldQuote
			for _, q := range gqs {
				if pyWordCount(q.text) >= o.minWords {
					keep = append(keep, q)
				} else {
					droppedSets = append(droppedSets, overlap.Alnum(b, q.start, q.end))
				}
			}
			gqs = keep
		}
		dropped := overlap.Union(droppedSets...)
		gsets := make([]overlap.Set, len(gqs))
		for i, q := range gqs {
			gsets[i] = overlap.Alnum(b, q.start, q.end)
		}
		if len(dropped) > 0 {
			kept := overlap.Union(gsets...)
			var keep []predQuote
			for _, q := range pqs {
				var ps overlap.Set
				if 0 <= q.start && q.start <= q.end && q.end <= int64(len(b)) {
					ps = overlap.Alnum(b, int(q.start), int(q.end))
				}
				onlyDropped := len(ps) > 0 && overlap.InterLen(ps, kept) == 0 && overlap.InterLen(ps, dropped) > 0
				if !onlyDropped {
					keep = append(keep, q)
				}
			}
			pqs = keep
		}
		psets := make([]overlap.Set, len(pqs))
		for j, q := range pqs {
			if !(0 <= q.start && q.start <= q.end && q.end <= int64(len(b))) {
				C.badOffsets++
				continue
			}
			s, e := int(q.start), int(q.end)
			if q.hasText && (!q.textIsString || pyDecode(b[s:e]) != q.text) {
				C.textMismatch++
			}
			psets[j] = overlap.Alnum(b, s, e)
		}
		C.gold += len(gqs)
		C.pred += len(pqs)
		gall, pall := overlap.Union(gsets...), overlap.Union(psets...)
		C.charG += len(gall)
		C.charP += len(pall)
		C.charHit += overlap.InterLen(gall, pall)

		matchedG := make([]int, len(gqs)) // 1 + index of the matched prediction
		matchedP := make([]bool, len(pqs))
		right := make([]bool, len(pqs))
		var wrongSpk [][2]int
		for _, p := range overlap.Match(gsets, psets) {
			matchedG[p.G], matchedP[p.P] = p.P+1, true
			C.match++
			if p.Jaccard >= 0.999 {
				C.exact++
			}
			gq, pq := &gqs[p.G], &pqs[p.P]
			res.bykindHit[gq.kindKey]++
			if gq.hasKind {
				C.kindTotal++
				if kindEqual(pq.kind, gq.kind) {
					C.kindOK++
				}
			}
			if gq.hasSpeaker {
				C.spkTotal++
				if speakerOK(gq, pq, o.strictNames) {
					C.spkOK++
					C.e2e++
					right[p.P] = true
				} else {
					wrongSpk = append(wrongSpk, [2]int{p.G, p.P})
				}
			} else if !pq.nameTruthy {
				C.e2e++
				right[p.P] = true
			} else {
				wrongSpk = append(wrongSpk, [2]int{p.G, p.P})
			}
			if gq.hasTitle {
				C.titleTotal++
				pt := ""
				if pq.title.ok {
					pt = pq.title.text
				}
				if norm(gq.title) == norm(pt) {
					C.titleOK++
				}
			}
		}
		for _, gq := range gqs {
			res.bykind[gq.kindKey]++
		}
		for j, pq := range pqs {
			if !pq.hasConf {
				continue
			}
			for k, lo := range calBuckets {
				if pq.conf >= lo {
					res.calUsed[k] = true
					res.cal[k][0]++
					if right[j] {
						res.cal[k][1]++
					}
					break
				}
			}
		}
		if lw != nil {
			l := lister{w: lw, text: b, context: o.context, id: ref.id}
			if o.list == "misses" || o.list == "all" {
				for i, gq := range gqs {
					if matchedG[i] == 0 {
						l.miss(&gq)
					}
				}
			}
			if o.list != "false" {
				for _, m := range wrongSpk {
					l.wrongSpeaker(&gqs[m[0]], &pqs[m[1]])
				}
			}
			if o.list == "false" || o.list == "all" {
				for j, pq := range pqs {
					if !matchedP[j] {
						l.falseAlarm(&pq)
					}
				}
			}
		}
	}
	return res
}

// kindEqual is pq.get('kind') == gq.get('kind') for JSON values.
func kindEqual(a, b any) bool {
	switch a := a.(type) {
	case string:
		b, ok := b.(string)
		return ok && a == b
	case float64:
		switch b := b.(type) {
		case float64:
			return a == b
		case bool:
			return b && a == 1 || !b && a == 0
		}
	case bool:
		switch b := b.(type) {
		case bool:
			return a == b
		case float64:
			return a && b == 1 || !a && b == 0
		}
	}
	return false
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "who": true,
	"him": true, "her": true, "them": true, "his": true, "its": true, "their": true, "you": true,
}

// speakerOK is score.py's speaker_ok.
func speakerOK(gq *goldQuote, pq *predQuote, strict bool) bool {
	if strict {
		return pq.name.ok && norm(pq.name.text) == norm(gq.speaker)
	}
	if gq.hasSpkSpan {
		for _, c := range []pySpan{pq.mention, pq.name} {
			if c.ok && c.start < gq.spkEnd && gq.spkStart < c.end {
				return true
			}
		}
	}
	gn := norm(gq.speaker)
	if pq.name.ok && gn != "" && !pronouns[gn] {
		pw := strings.Fields(norm(pq.name.text))
		if len(pw) > 0 && slices.Contains(strings.Fields(gn), pw[len(pw)-1]) {
			return true
		}
	}
	return false
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// field is one entry of score.py's result dict.
type field struct {
	key   string
	value any // int, float64, []field (a dict) or string
}

// fields are score.py's res, in its order.
func (r *evalResult) fields() []field {
	C := &r.c
	P, R := ratio(C.match, C.pred), ratio(C.match, C.gold)
	var byKind []field
	for _, k := range slices.Sorted(mapKeys(r.bykind)) {
		byKind = append(byKind, field{k, pyRound3(float64(r.bykindHit[k]) / float64(r.bykind[k]))})
	}
	fs := []field{
		{"docs", C.docsCount}, {"docs_missing", C.missing}, {"gold", C.gold}, {"pred", C.pred},
		{"span_p", P}, {"span_r", R}, {"span_f1", f1(P, R)},
		{"exact_f1", f1(ratio(C.exact, C.pred), ratio(C.exact, C.gold))},
		{"char_f1", f1(ratio(C.charHit, C.charP), ratio(C.charHit, C.charG))},
		{"speaker_acc", ratio(C.spkOK, C.spkTotal)},
		{"e2e_f1", f1(ratio(C.e2e, C.pred), ratio(C.e2e, C.gold))},
		{"recall_by_kind", byKind},
		{"bad_offsets", C.badOffsets}, {"text_mismatch", C.textMismatch},
	}
	var cal []field
	for k, lo := range calBuckets {
		if r.calUsed[k] {
			n, right := r.cal[k][0], r.cal[k][1]
			cal = append(cal, field{">=" + pyFloatRepr(lo), fmt.Sprintf("%d/%d=%.2f", right, n, float64(right)/float64(n))})
		}
	}
	if cal != nil {
		fs = append(fs, field{"calibration", cal})
	}
	if C.kindTotal > 0 {
		fs = append(fs, field{"kind_acc", ratio(C.kindOK, C.kindTotal)})
	}
	if C.titleTotal > 0 {
		fs = append(fs, field{"title_acc", ratio(C.titleOK, C.titleTotal)})
	}
	return fs
}

func mapKeys(m map[string]int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// json is the result as score.py --json prints it.
func (r *evalResult) json() string {
	return pyJSONDict(r.fields())
}

func pyJSONDict(fs []field) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		var v string
		switch x := f.value.(type) {
		case int:
			v = fmt.Sprint(x)
		case float64:
			v = pyJSONFloat(x)
		case string:
			v = pyJSONString(x)
		case []field:
			v = pyJSONDict(x)
		}
		parts[i] = pyJSONString(f.key) + ": " + v
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// table is the result as a readable table: score.py's keys and order,
// floats rounded to 3 places.
func (r *evalResult) table() string {
	var sb strings.Builder
	for _, f := range r.fields() {
		fmt.Fprintf(&sb, "%-16s ", f.key)
		switch x := f.value.(type) {
		case float64:
			sb.WriteString(pyFloatRepr(pyRound3(x)))
		case []field:
			for i, e := range x {
				if i > 0 {
					sb.WriteString("  ")
				}
				fmt.Fprintf(&sb, "%s ", e.key)
				if v, ok := e.value.(float64); ok {
					sb.WriteString(pyFloatRepr(v))
				} else {
					fmt.Fprint(&sb, e.value)
				}
			}
		default:
			fmt.Fprint(&sb, x)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// lister writes -list output for one document.
type lister struct {
	w       io.Writer
	text    string
	context int
	id      json.RawMessage
	started bool
}

func (l *lister) header() {
	if !l.started {
		fmt.Fprintf(l.w, "== %s\n", displayID(l.id))
		l.started = true
	}
}

// miss lists a gold statement that no prediction matches.
func (l *lister) miss(gq *goldQuote) {
	l.header()
	fmt.Fprintf(l.w, "miss     [%s; gold speaker: %s] %s\n", gq.kindKey, orNone(gq.speaker), l.show(gq.start, gq.end))
}

// falseAlarm lists a prediction that matches no gold statement.
func (l *lister) falseAlarm(pq *predQuote) {
	l.header()
	info := fmt.Sprintf("%v; speaker: %s", orNone(fmt.Sprint(pq.kind)), orNone(pq.name.text))
	if pq.hasConf {
		info += fmt.Sprintf("; confidence %.2f", pq.conf)
	}
	if !(0 <= pq.start && pq.start <= pq.end && pq.end <= int64(len(l.text))) {
		fmt.Fprintf(l.w, "false    [%s] bad offsets %d-%d\n", info, pq.start, pq.end)
		return
	}
	fmt.Fprintf(l.w, "false    [%s] %s\n", info, l.show(int(pq.start), int(pq.end)))
}

// wrongSpeaker lists a match whose speaker is wrong.
func (l *lister) wrongSpeaker(gq *goldQuote, pq *predQuote) {
	l.header()
	pred := orNone(pq.name.text)
	if pq.mention.ok && pq.mention.text != pq.name.text {
		pred += " (mention: " + pq.mention.text + ")"
	}
	fmt.Fprintf(l.w, "speaker  [predicted: %s; gold: %s] %s\n", oneLine(pred), orNone(gq.speaker), l.show(gq.start, gq.end))
}

func orNone(s string) string {
	if s == "" || s == "<nil>" {
		return "(none)"
	}
	return oneLine(s)
}

// show is text[s:e] between ⟦ ⟧ with l.context bytes around it, on one line.
func (l *lister) show(s, e int) string {
	t := l.text
	s, e = overlap.SliceIndex(s, len(t)), overlap.SliceIndex(e, len(t))
	e = max(s, e)
	a := max(0, s-l.context)
	for a > 0 && a < len(t) && !isRuneStart(t[a]) {
		a--
	}
	z := min(len(t), e+l.context)
	for z < len(t) && !isRuneStart(t[z]) {
		z++
	}
	var sb strings.Builder
	if a > 0 {
		sb.WriteString("…")
	}
	sb.WriteString(oneLine(pyDecode(t[a:s])))
	sb.WriteString("⟦")
	sb.WriteString(oneLine(pyDecode(t[s:e])))
	sb.WriteString("⟧")
	sb.WriteString(oneLine(pyDecode(t[e:z])))
	if z < len(t) {
		sb.WriteString("…")
	}
	return sb.String()
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }
