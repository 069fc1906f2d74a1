package quotebeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files; beamx adds gs://
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/quotekit/quote/internal/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*DeadLetter)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Article), func(DeadLetter), error](&readFn{})
	register.Emitter1[Article]()
	register.Emitter1[DeadLetter]()
}

// An Article is one usable input record.
type Article struct {
	File string // path of the input file, as matched
	Line int    // 1-based line number in the (uncompressed) file
	ID   string // the record's "id" as raw JSON, byte for byte; "null" if absent
	Text string // the record's "text"
}

// A DeadLetter is an input line, or a file, that could not be used.
type DeadLetter struct {
	File  string // path of the input file, as matched
	Line  int    // 1-based line number; 0 if the file could not be opened
	Error string // what was wrong
	// ID is the record's "id" as raw JSON when the line was a JSON object
	// with one, else empty.
	ID string
	// Raw is the start of the line, at most MaxRawBytes bytes, cut at a
	// UTF-8 boundary.
	Raw string
	// RawBytes is the length of the whole line in bytes.
	RawBytes int
}

// MaxRawBytes is how much of a broken line a [DeadLetter] keeps.
const MaxRawBytes = 300

// ReadArticles reads JSON-lines articles from the files matching the
// patterns (globs, local or on any filesystem Beam knows, such as gs://).
// Files ending in .gz are gunzipped. It returns a PCollection<Article> and
// a PCollection<DeadLetter> of the lines and files that could not be used.
//
// A pattern without wildcards must match a file; a pattern with them may
// match none. Each file is read by one worker, line by line (lines may be
// of any length), so that every record knows its line number; the articles
// are then reshuffled so that finding quotes, the expensive step, is spread
// over all workers even when there is a single big file.
func ReadArticles(s beam.Scope, patterns ...string) (articles, deadLetters beam.PCollection) {
	s = s.Scope("quotebeam.ReadArticles")
	globs := make([]any, len(patterns))
	for i, p := range patterns {
		globs[i] = p
	}
	matched := fileio.MatchAll(s, beam.Create(s, globs...))
	files := fileio.ReadMatches(s, matched) // compression from the extension
	articles, deadLetters = beam.ParDo2(s, &readFn{}, files)
	return beam.Reshuffle(s, articles), deadLetters
}

// CounterNamespace is the namespace of the pipeline's metrics: the
// counters "articles" and "dead_letters" (from [ReadArticles]) and
// "statements" (from [FindQuotes]).
const CounterNamespace = "quotebeam"

// readFn reads one file and emits its records.
type readFn struct {
	articles, deadLetters beam.Counter
}

// Setup makes the counters.
func (fn *readFn) Setup() {
	fn.articles = beam.NewCounter(CounterNamespace, "articles")
	fn.deadLetters = beam.NewCounter(CounterNamespace, "dead_letters")
}

// ProcessElement streams the lines of file. Reading errors become dead
// letters so that one bad file does not fail the job.
func (fn *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Article), dead func(DeadLetter)) error {
	path := file.Metadata.Path
	deadLetter := func(d DeadLetter) {
		fn.deadLetters.Inc(ctx, 1)
		dead(d)
	}
	rc, err := file.Open(ctx)
	if err != nil {
		deadLetter(DeadLetter{File: path, Error: "cannot open file: " + err.Error()})
		return nil
	}
	defer rc.Close()
	err = readLines(rc, func(n int, line []byte) {
		id, text, msg := record.Decode(line)
		if msg != "" {
			deadLetter(newDeadLetter(path, n, msg, id, line))
			return
		}
		fn.articles.Inc(ctx, 1)
		emit(Article{File: path, Line: n, ID: string(id), Text: text})
	})
	if err != nil {
		var le *lineError
		errors.As(err, &le)
		deadLetter(DeadLetter{File: path, Line: le.line, Error: "reading file: " + le.err.Error()})
	}
	return nil
}

// lineError is a reading error at a line.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }

// readLines calls f with the number and contents of every non-blank line
// of r, without its line ending. A byte order mark at the start is
// dropped. The line passed to f is only valid during the call. An error
// is a *lineError with the number of the line that could not be read.
func readLines(r io.Reader, f func(n int, line []byte)) error {
	br := bufio.NewReaderSize(r, 256<<10)
	var long []byte // a line longer than br's buffer
	for n := 1; ; n++ {
		long = long[:0]
		var line []byte
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				long = append(long, frag...)
				continue
			}
			if len(long) > 0 {
				long = append(long, frag...)
				frag = long
			}
			line = frag
			break
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if err != nil && err != io.EOF {
			return &lineError{n, err}
		}
		if line = bytes.TrimRight(line, "\r\n"); !isBlank(line) {
			f(n, line)
		}
		if err == io.EOF {
			return nil
		}
		if cap(long) > 4<<20 {
			long = nil // do not keep a huge buffer after a huge line
		}
	}
}

// isBlank reports whether a line holds only JSON white space.
func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// newDeadLetter makes the dead letter of a broken line.
func newDeadLetter(file string, line int, msg string, id, raw []byte) DeadLetter {
	cut := len(raw)
	if cut > MaxRawBytes {
		cut = MaxRawBytes
		for cut > 0 && !utf8.RuneStart(raw[cut]) {
			cut--
		}
	}
	return DeadLetter{File: file, Line: line, Error: msg, ID: string(id), Raw: string(raw[:cut]), RawBytes: len(raw)}
}
