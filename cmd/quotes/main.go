// Command quotes finds quotations and reported speech in news text and
// says who is speaking, using the package github.com/quotekit/quote.
//
// Run "quotes -h" for the modes, the flags, the output schema and the
// exit status.
//
// Usage:
//
//	quotes [flags] [FILE...]                   each FILE (or stdin) is one document
//	quotes -jsonl [flags] [FILE...]            JSON lines in, one JSON line out per record
//	quotes eval -gold GOLD.jsonl [eval flags]  score against annotated data
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quote"
	"github.com/quotekit/quote/internal/record"
)

const usage = `usage:
  quotes [flags] [FILE...]          each FILE (or stdin, or "-") is one document
  quotes -jsonl [flags] [FILE...]   JSON lines in, one JSON line out per record
  quotes eval -gold GOLD.jsonl [eval flags]   score against annotated data

quotes finds the statements (direct quotes, indirect and mixed reported
speech) in news text and attributes them to speakers.

Input
  Without -jsonl, each named file is one document of plain UTF-8 text; with
  no FILE, or FILE "-", stdin is read. With -jsonl, every non-blank input line
  is a JSON object {"id": <any JSON value>, "text": "...", ...}; other keys
  are ignored and lines may be of any length. Each byte that is not valid
  UTF-8 is read as U+FFFD; a warning on stderr, "quotes: FILE: warning:
  ..." ("FILE: line N:" with -jsonl), gives the byte offset of the first
  one. The input is still used (an id is written with U+FFFD too) and the
  exit status is not changed.

Output (-format json, the default): one JSON line per document or record,
in input order:
  {"id": ID, "quotes": [QUOTE, ...]}
  ID is the file name ("-" for stdin) or, with -jsonl, the record's "id"
  copied byte for byte (null if it has none). "quotes" is [] when there are
  none. A QUOTE is
  {"text", "start", "end",          the statement; start/end are byte
                                    offsets, half-open: into the file as
                                    read, or with -jsonl into "text" as
                                    decoded (escapes resolved, UTF-8)
   "kind": "direct"|"indirect"|"mixed",
   "marked": bool,                  inside quotation marks
   "cue": SPAN,                     the speech verb ("said"); omitted if none
   "speaker": {"name": SPAN, "mention": SPAN, "title": SPAN,
               "kind": "person"|"organization"|"unnamed"},
                                    omitted if unattributed; mention and
                                    title omitted if none
   "confidence": number in (0, 1]}
  where SPAN is {"text", "start", "end"}. A "text" field shows U+FFFD
  where the input was not UTF-8.
  A -jsonl record that cannot be used (not JSON, not an object, no "text",
  "text" not a string) gives {"id": ID, "file": FILE, "line": N, "error":
  "..."} instead (id omitted if it could not be read; FILE is the input
  file's name as given, "stdin" for stdin; N is the line number in it), a
  message "quotes: FILE: line N: ..." on stderr, and exit status 1 at the
  end; the other records are still processed. An unreadable FILE is
  reported on stderr, the other files are still read, and the exit status
  is 1.

Output (-format text): one line per statement,
  Speaker Name (Title): statement text
  " (Title)" is left out when there is no title, the name is
  "(unattributed)" when there is no speaker, and line breaks inside the
  statement become spaces. With more than one document, or with -jsonl, each
  document starts with a line "== ID" (the id as text for a string id,
  else as JSON).

Flags
  -jsonl                 read JSON lines (see above)
  -format json|text      output format (default json)
  -j N                   worker goroutines (default: number of CPUs, at
                         most 256); output order is always input order
  -verbs a,b,c           extra speech verbs, every form (one word each:
                         "harrumph,harrumphs,harrumphed,harrumphing")
  -titles x,y            extra title nouns ("sommelier")
  -no-carry-over         do not attribute cue-less quotes to the previous speaker
  -no-indirect           report only direct and mixed statements
  -min-confidence F      drop statements with confidence below F (0 to 1)

quotes eval -gold GOLD.jsonl [-pred PRED.jsonl] [flags]
  Scores predictions against gold annotations with the same metrics as the
  project's reference scorer score.py. GOLD lines are
    {"id", "text", "quotes": [{"start", "end", "text", "speaker",
      "speaker_start", "speaker_end", "kind", "title", "optional"}, ...]}
  (byte offsets). PRED is the output of "quotes -jsonl" on GOLD; without
  -pred the library is run on the gold texts (honouring -j and the finder
  flags above, which do nothing with -pred).
  -gold FILE             gold JSONL (required)
  -pred FILE             predictions JSONL
  -min-words N           score only gold statements of N or more words
                         (predictions that overlap only shorter ones are
                         dropped)
  -where KEY=VALUE       keep only gold documents whose KEY is VALUE, the
                         value written as Python's str() would (True, None,
                         1.0); repeatable, all must hold
  -strict-names          a speaker is right only if the predicted name is
                         the gold name word for word
  -json                  print the metrics as one JSON object (score.py --json)
  -list misses|false|speaker|all
                         print errors for analysis: missed gold statements
                         and matches with a wrong speaker (misses), false
                         alarms (false), wrong speakers only (speaker), or
                         everything (all); one line each,
                           miss|false|speaker  [details]  …context ⟦statement⟧ context…
                         under a "== ID" line per document; with -json the
                         list goes to stderr
  -context N             bytes of context shown around listed statements
                         (default 60)
  Metrics (alphanumeric characters only): span_p/r/f1 (one-to-one matches
  with Jaccard >= 0.5), exact_f1, char_f1, speaker_acc, e2e_f1 (match with
  right speaker), recall_by_kind, kind_acc, title_acc, calibration (share
  right end to end per confidence bucket), bad_offsets, text_mismatch.
  The numbers are score.py's to the last digit; the readable table rounds
  them to 3 places, -json prints them in full.

Exit status is 0 on success and 1 if anything failed; a warning is not a
failure.
`

func main() {
	log.SetFlags(0)
	log.SetPrefix("quotes: ")
	if os.Getenv("GOGC") == "" {
		// The heap is a few MB whatever the corpus size; letting it
		// grow to three times its live size before collecting spends
		// less of the cores on GC, which is what limits -j 2.
		debug.SetGCPercent(200)
	}
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		log.Print(err)
		os.Exit(1)
	}
}

// finderFlags are the flags that configure a quote.Finder.
type finderFlags struct {
	verbs, titles string
	noCarry       bool
	noIndirect    bool
	minConf       float64
	jobs          int
}

func (ff *finderFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&ff.verbs, "verbs", "", "extra speech verbs, comma-separated")
	fs.StringVar(&ff.titles, "titles", "", "extra title nouns, comma-separated")
	fs.BoolVar(&ff.noCarry, "no-carry-over", false, "do not carry speakers over to cue-less quotes")
	fs.BoolVar(&ff.noIndirect, "no-indirect", false, "report only direct and mixed statements")
	fs.Float64Var(&ff.minConf, "min-confidence", 0, "drop statements with lower confidence")
	fs.IntVar(&ff.jobs, "j", runtime.NumCPU(), "number of worker goroutines")
}

// checkMinConf rejects a -min-confidence that no confidence can be
// compared with usefully: outside [0, 1] it keeps everything or nothing,
// and NaN keeps everything, so either is a mistake ("-min-confidence 80").
func (ff *finderFlags) checkMinConf() error {
	if !(ff.minConf >= 0 && ff.minConf <= 1) { // NaN fails both
		return fmt.Errorf("-min-confidence must be a number from 0 to 1, not %v (see quotes -h)", ff.minConf)
	}
	return nil
}

// checkLists rejects a -verbs or -titles entry with a space in it, which
// quote.Finder documents as never matching ("weighed in").
func (ff *finderFlags) checkLists() error {
	for _, l := range []struct{ flag, list string }{{"-verbs", ff.verbs}, {"-titles", ff.titles}} {
		for _, w := range splitList(l.list) {
			if strings.ContainsFunc(w, unicode.IsSpace) {
				return fmt.Errorf("%s: %q is not one word, so it would never match (see quotes -h)", l.flag, w)
			}
		}
	}
	return nil
}

func (ff *finderFlags) finder() *quote.Finder {
	return &quote.Finder{
		Verbs:         splitList(ff.verbs),
		Titles:        splitList(ff.titles),
		NoCarryOver:   ff.noCarry,
		NoIndirect:    ff.noIndirect,
		MinConfidence: ff.minConf,
	}
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseFlags parses args with fs. It returns errHelp for -h, after printing
// the usage text to stdout.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return errHelp
	}
	if err != nil {
		return fmt.Errorf("%v (see quotes -h)", err)
	}
	return nil
}

var errHelp = errors.New("help requested")

// run is the whole program: args are the command-line arguments without the
// program name.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "eval" {
		err := runEval(args[1:], stdin, stdout, stderr)
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	var ff finderFlags
	ff.register(fs)
	jsonl := fs.Bool("jsonl", false, "read JSON lines")
	format := fs.String("format", "json", "output format: json or text")
	if err := parseFlags(fs, args, stdout); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("-format must be json or text, not %q", *format)
	}
	if ff.jobs < 1 {
		return fmt.Errorf("-j must be at least 1")
	}
	if err := ff.checkMinConf(); err != nil {
		return err
	}
	if err := ff.checkLists(); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	p := &processor{
		finder:  ff.finder(),
		text:    *format == "text",
		headers: *jsonl || len(files) > 1,
		jsonl:   *jsonl,
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	var st stats
	src := docItems(files, stdin)
	if *jsonl {
		src = lineItems(files, stdin)
	}
	if ff.jobs == 1 {
		p.runSequential(src, w, stderr, &st)
	} else {
		p.runParallel(src, w, stderr, &st, ff.jobs)
	}
	if err := w.Flush(); err != nil && st.writeErr == nil {
		st.writeErr = err
	}
	if st.writeErr != nil {
		return fmt.Errorf("writing output: %w", st.writeErr)
	}
	return st.err()
}

// stats counts what went wrong.
type stats struct {
	records   int // records processed, failed or not
	failed    int // records that could not be used
	badFiles  int // input files that could not be read
	firstFile string
	writeErr  error // the output could not be written
}

func (st *stats) err() error {
	var msgs []string
	if st.failed > 0 {
		msgs = append(msgs, fmt.Sprintf("%d of %d %s failed", st.failed, st.records, plural(st.records, "record")))
	}
	if st.badFiles == 1 {
		msgs = append(msgs, fmt.Sprintf("input file %s could not be read", st.firstFile))
	} else if st.badFiles > 1 {
		msgs = append(msgs, fmt.Sprintf("%d input files could not be read (the first: %s)", st.badFiles, st.firstFile))
	}
	if msgs == nil {
		return nil
	}
	return errors.New(strings.Join(msgs, "; "))
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// An item is one unit of input: a document or a JSON line, or an input
// file that could not be read.
type item struct {
	file    string // name of the input for messages
	line    int    // 1-based line number with -jsonl
	data    []byte // the document text or the JSON line
	id      []byte // the document's id as JSON, without -jsonl
	owned   bool   // data stays valid after the item is yielded
	fileErr error  // the input could not be read
}

// processor turns items into output.
type processor struct {
	finder  *quote.Finder
	text    bool // -format text
	headers bool // "== ID" lines in text output
	jsonl   bool
}

// outBuf is a reusable output buffer with an encoder of output lines.
type outBuf struct {
	bytes.Buffer
	enc *record.Encoder
}

func newOutBuf() *outBuf {
	return &outBuf{enc: record.NewEncoder()}
}

// displayName is the name used for an input in messages.
func displayName(file string) string {
	if file == "-" {
		return "stdin"
	}
	return file
}

// docItems yields each file as one document.
func docItems(files []string, stdin io.Reader) func(yield func(*item) bool) {
	return func(yield func(*item) bool) {
		for _, name := range files {
			it := &item{file: displayName(name), owned: true}
			var err error
			if name == "-" {
				it.data, err = io.ReadAll(stdin)
			} else {
				it.data, err = os.ReadFile(name)
			}
			if err != nil {
				it.fileErr = err
				it.data = nil
			} else {
				it.id = appendJSONString(nil, name)
			}
			if !yield(it) {
				return
			}
		}
	}
}

// lineItems yields every non-blank line of the JSONL inputs. The data of a
// yielded item is only valid until the yield returns.
func lineItems(files []string, stdin io.Reader) func(yield func(*item) bool) {
	return func(yield func(*item) bool) {
		lr := &lineReader{br: newLineBuffer()}
		for _, name := range files {
			if !lr.readFile(name, stdin, yield) {
				return
			}
		}
	}
}

func newLineBuffer() *bufio.Reader { return bufio.NewReaderSize(nil, 256<<10) }

// lineReader reads JSON lines of any length.
type lineReader struct {
	br   *bufio.Reader
	long []byte // a line longer than br's buffer
}

// readFile yields the non-blank lines of the named file (stdin for "-").
// It returns false if yield did.
func (lr *lineReader) readFile(name string, stdin io.Reader, yield func(*item) bool) bool {
	file := displayName(name)
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return yield(&item{file: file, fileErr: err})
		}
		defer f.Close()
		r = f
	}
	lr.br.Reset(r)
	for n := 1; ; n++ {
		line, err := lr.next()
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // a byte order mark
		}
		if len(line) > 0 && !isBlank(line) {
			if !yield(&item{file: file, line: n, data: line}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(&item{file: file, fileErr: err})
		}
	}
}

// next returns the next line with its newline, valid until the next call.
// At the end of the input it returns the last line, if any, and io.EOF.
func (lr *lineReader) next() ([]byte, error) {
	if cap(lr.long) > 1<<20 {
		lr.long = nil // do not keep a huge buffer after a huge line
	}
	lr.long = lr.long[:0]
	for {
		frag, err := lr.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			lr.long = append(lr.long, frag...)
			continue
		}
		if len(lr.long) == 0 {
			return frag, err
		}
		lr.long = append(lr.long, frag...)
		return lr.long, err
	}
}

// isBlank reports whether a line holds only JSON whitespace.
func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// result is what processing an item gives: its output, a message for
// stderr if it failed, and a warning for stderr if it was used but not
// as written (invalid UTF-8).
type result struct {
	out    []byte
	errMsg string
	warn   string
}

// runSequential processes the items one after another in this goroutine.
func (p *processor) runSequential(src func(func(*item) bool), w *bufio.Writer, stderr io.Writer, st *stats) {
	buf := newOutBuf()
	for it := range src {
		buf.Reset()
		msg, warn := p.process(it, buf)
		if !p.emit(it, result{out: buf.Bytes(), errMsg: msg, warn: warn}, w, stderr, st) {
			break
		}
		if buf.Cap() > 4<<20 {
			buf = newOutBuf() // do not keep a huge buffer after a huge record
		}
	}
}

// maxJobs bounds -j.
const maxJobs = 256

// task is an item in flight in runParallel.
type task struct {
	it   item
	res  result
	done chan struct{}
}

// runParallel processes items on jobs goroutines and writes the results in
// input order. At most about 5*jobs items are in memory at once.
func (p *processor) runParallel(src func(func(*item) bool), w *bufio.Writer, stderr io.Writer, st *stats, jobs int) {
	// Workers beyond the CPUs add only memory; the cap keeps a slip
	// ("-j 10000000") from starting millions of goroutines.
	jobs = min(jobs, maxJobs)
	work := make(chan *task, jobs)
	order := make(chan *task, 4*jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			buf := newOutBuf()
			for t := range work {
				buf.Reset()
				msg, warn := p.process(&t.it, buf)
				t.res = result{out: bytes.Clone(buf.Bytes()), errMsg: msg, warn: warn}
				t.it.data = nil
				if buf.Cap() > 4<<20 {
					buf = newOutBuf()
				}
				close(t.done)
			}
		})
	}
	written := make(chan struct{})
	abort := make(chan struct{}) // closed when output cannot be written
	go func() {
		defer close(written)
		ok := true
		for t := range order {
			<-t.done
			if ok && !p.emit(&t.it, t.res, w, stderr, st) {
				ok = false
				close(abort)
			}
		}
	}()
	for it := range src {
		t := &task{it: *it, done: make(chan struct{})}
		if !it.owned {
			t.it.data = bytes.Clone(it.data)
		}
		sent := false
		select {
		case order <- t:
			sent = true
		case <-abort:
		}
		if isClosed(abort) {
			if sent {
				close(t.done) // the writer only drains now
			}
			break
		}
		if it.fileErr != nil {
			close(t.done)
			continue
		}
		work <- t
	}
	close(work)
	close(order)
	wg.Wait()
	<-written
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// emit writes the result of an item, reports its failure and counts it.
// It is called in input order. It returns false if the output cannot be
// written, and there is no point in going on.
func (p *processor) emit(it *item, res result, w *bufio.Writer, stderr io.Writer, st *stats) bool {
	if it.fileErr != nil {
		st.badFiles++
		if st.badFiles == 1 {
			st.firstFile = it.file
		}
		fmt.Fprintf(stderr, "quotes: %s: %v\n", it.file, unwrapPathError(it.fileErr))
		return true
	}
	st.records++
	if res.errMsg != "" {
		st.failed++
		fmt.Fprintf(stderr, "quotes: %s: line %d: %s\n", it.file, it.line, res.errMsg)
	}
	if res.warn != "" {
		// A warning does not fail the run: the item was used.
		if it.line > 0 {
			fmt.Fprintf(stderr, "quotes: %s: line %d: warning: %s\n", it.file, it.line, res.warn)
		} else {
			fmt.Fprintf(stderr, "quotes: %s: warning: %s\n", it.file, res.warn)
		}
	}
	if _, err := w.Write(res.out); err != nil {
		st.writeErr = err
		return false
	}
	return true
}

// unwrapPathError drops the file name from an *os.PathError, which the
// caller already prints.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// process finds the statements of one item and writes its output to buf.
// It returns a non-empty message if the item is a record that cannot be
// used, and a non-empty warning if the item holds invalid UTF-8, which
// is read as U+FFFD: the statements are still found, but the user should
// know that the "text" fields do not show those bytes as they were.
func (p *processor) process(it *item, buf *outBuf) (msg, warn string) {
	if it.fileErr != nil {
		return "", ""
	}
	var id []byte
	var text string
	if p.jsonl {
		id, text, msg = record.Decode(it.data)
		if msg != "" {
			p.writeError(buf, id, it.file, it.line, msg)
			return msg, ""
		}
		// encoding/json and record.Decode replace each invalid byte
		// with U+FFFD without a word, so look at the raw line.
		if i := firstInvalidUTF8(it.data); i >= 0 {
			warn = fmt.Sprintf("invalid UTF-8 at byte offset %d of the line; each invalid byte is read as U+FFFD", i)
			// The id is copied as it was written: mend it, or the
			// output line would not be valid JSON text.
			id = validUTF8(id)
		}
	} else {
		id = it.id
		text = string(it.data)
		if i := firstInvalidUTF8(it.data); i >= 0 {
			warn = fmt.Sprintf("invalid UTF-8 at byte offset %d; each invalid byte is read as U+FFFD, and offsets still count bytes of the file", i)
		}
	}
	qs := p.finder.Find(text)
	if p.text {
		p.writeText(buf, id, qs)
	} else {
		p.writeJSON(buf, id, qs)
	}
	return "", warn
}

// firstInvalidUTF8 returns the byte offset of the first invalid UTF-8
// sequence in b, or -1 if b is valid UTF-8.
func firstInvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1 // the common case, checked fast
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// validUTF8 returns the JSON value b with each invalid UTF-8 byte
// replaced by the escape \ufffd, as encoding/json reads it. Such a byte
// can stand only inside a string, where the escape is valid.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			out = append(out, `\ufffd`...)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

// writeError writes the output record of a line that cannot be used. It
// names the file as well as the line, as "line 2" alone is ambiguous when
// several files are read.
func (p *processor) writeError(buf *outBuf, id []byte, file string, line int, msg string) {
	if p.text {
		if p.headers {
			buf.WriteString("== ")
			if id != nil {
				buf.WriteString(displayID(id))
			} else {
				fmt.Fprintf(buf, "(%s: line %d)", oneLine(file), line)
			}
			buf.WriteByte('\n')
		}
		fmt.Fprintf(buf, "(error: %s: line %d: %s)\n", oneLine(file), line, msg)
		return
	}
	buf.WriteByte('{')
	if id != nil {
		buf.WriteString(`"id":`)
		buf.Write(validUTF8(id))
		buf.WriteByte(',')
	}
	buf.WriteString(`"file":`)
	buf.Write(appendJSONString(nil, file))
	fmt.Fprintf(buf, `,"line":%d,"error":`, line)
	buf.Write(appendJSONString(nil, msg))
	buf.WriteString("}\n")
}

// writeJSON writes {"id":ID,"quotes":[...]} and a newline.
func (p *processor) writeJSON(buf *outBuf, id []byte, qs []quote.Quote) {
	buf.Write(buf.enc.Line(id, qs))
	buf.WriteByte('\n')
}

// writeText writes one "Speaker (Title): statement" line per statement.
func (p *processor) writeText(buf *outBuf, id []byte, qs []quote.Quote) {
	if p.headers {
		buf.WriteString("== ")
		buf.WriteString(displayID(id))
		buf.WriteByte('\n')
	}
	for _, q := range qs {
		name := q.Speaker.Name.Text
		if name == "" {
			name = q.Speaker.Mention.Text
		}
		if name == "" {
			buf.WriteString("(unattributed)")
		} else {
			buf.WriteString(oneLine(name))
		}
		if t := q.Speaker.Title.Text; t != "" {
			buf.WriteString(" (")
			buf.WriteString(oneLine(t))
			buf.WriteByte(')')
		}
		buf.WriteString(": ")
		buf.WriteString(oneLine(q.Text))
		buf.WriteByte('\n')
	}
}

// displayID is an id for a "== ID" header: the string for a JSON string,
// else the JSON text.
func displayID(id []byte) string {
	if len(id) > 0 && id[0] == '"' {
		var s string
		if json.Unmarshal(id, &s) == nil {
			return oneLine(s)
		}
	}
	return oneLine(string(id))
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t\v\f\u2028\u2029\u0085") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\n', '\t', '\v', '\f', '\u2028', '\u2029', '\u0085':
			return ' '
		}
		return r
	}, s)
}

// appendJSONString appends s as a JSON string without HTML escaping.
func appendJSONString(dst []byte, s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return append(dst, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...)
}
