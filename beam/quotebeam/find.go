package quotebeam

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/quotekit/quote"
	"github.com/quotekit/quote/internal/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Result)(nil)).Elem())
	register.DoFn3x0[context.Context, Article, func(Result)](&findFn{})
	register.Emitter1[Result]()
}

// Options are the rules of the [quote.Finder] that [FindQuotes] uses; the
// zero value is the library's defaults. They mirror the Finder's fields
// (and the flags of the quotes command) and are carried to the workers
// with the pipeline.
type Options struct {
	Verbs         []string // extra speech verbs, every form
	Titles        []string // extra title nouns
	NoCarryOver   bool     // do not carry speakers over to cue-less quotes
	NoIndirect    bool     // report only direct and mixed statements
	MinConfidence float64  // drop statements with lower confidence
}

// Finder returns a new quote.Finder with these options.
func (o Options) Finder() *quote.Finder {
	return &quote.Finder{
		Verbs:         o.Verbs,
		Titles:        o.Titles,
		NoCarryOver:   o.NoCarryOver,
		NoIndirect:    o.NoIndirect,
		MinConfidence: o.MinConfidence,
	}
}

// A Result is the outcome for one article.
type Result struct {
	File string // where the article came from
	Line int
	ID   string // the article's id as raw JSON
	// JSON is the output line of "quotes -jsonl" for the article, without
	// the newline: {"id":ID,"quotes":[...]}.
	JSON string
}

// FindQuotes runs the quote finder with opts on every article of a
// PCollection<Article> and returns a PCollection<Result>.
func FindQuotes(s beam.Scope, articles beam.PCollection, opts Options) beam.PCollection {
	s = s.Scope("quotebeam.FindQuotes")
	return beam.ParDo(s, &findFn{Opts: opts}, articles)
}

// findFn finds quotes with one Finder per DoFn instance; a Finder is safe
// for concurrent use, and the instance's buffer is not, but Beam never
// calls one instance concurrently.
type findFn struct {
	Opts Options

	finder     *quote.Finder
	enc        *record.Encoder
	statements beam.Counter
}

// Setup makes the Finder, the encoder and the counter.
func (fn *findFn) Setup() {
	fn.finder = fn.Opts.Finder()
	fn.enc = record.NewEncoder()
	fn.statements = beam.NewCounter(CounterNamespace, "statements")
}

// ProcessElement finds the quotes of one article.
func (fn *findFn) ProcessElement(ctx context.Context, a Article, emit func(Result)) {
	qs := fn.finder.Find(a.Text)
	fn.statements.Inc(ctx, int64(len(qs)))
	line := fn.enc.Line([]byte(a.ID), qs)
	emit(Result{File: a.File, Line: a.Line, ID: a.ID, JSON: string(line)})
}
