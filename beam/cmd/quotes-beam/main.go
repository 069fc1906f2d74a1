// Command quotes-beam finds quotations and reported speech in JSON-lines
// news corpora with an Apache Beam pipeline (package quotebeam), and
// counts statements per speaker.
//
// Run "quotes-beam -h" for the flags, the outputs and how to run on other
// runners.
//
// Usage:
//
//	quotes-beam --input=PATTERN [--input=PATTERN...] --output=DIR/ [flags] [Beam flags]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/quotekit/quote/beam/quotebeam"
)

const usage = `usage: quotes-beam --input=PATTERN [--input=PATTERN...] --output=DIR/ [flags] [Beam flags]

quotes-beam reads JSON-lines articles {"id": ..., "text": "...", ...} from
the files matching the input patterns (globs; files ending in .gz are
gunzipped), finds the statements in each article and who made them, and
writes:

  OUT quotes-SSSSS-of-NNNNN.jsonl       one line per article, exactly as
                                        "quotes -jsonl" writes it:
                                        {"id": ID, "quotes": [...]}
  OUT speakers-SSSSS-of-NNNNN.jsonl     statements per speaker, unsorted:
                                        {"name", "title", "kind",
                                         "statements", "articles"}
  OUT top-speakers.tsv                  the --top speakers with most
                                        statements, sorted, with a header
  OUT deadletters-00000-of-00001.jsonl  lines (or files) that could not be
                                        used: {"file", "line", "id",
                                        "error", "raw", "raw_bytes"}

where OUT is --output: a directory when it ends in "/" or names an
existing local directory, else a prefix joined with "-". Lines within a
file are in no particular order. Unattributed statements are not counted
as speakers. Broken input lines never stop the job; the exit status is 1
if the job fails, 2 for bad flags.

Flags
  --input PATTERN        input glob (local path or gs://...); repeatable
                         and comma-separated
  --output DIR/|PREFIX   where to write (required)
  --shards N             files per sharded output (default 1; use more,
                         e.g. 4 per worker, on big corpora)
  --top N                length of the top-speakers list (default 100)
  --verbs a,b,c          extra speech verbs, every form (one word each:
                         "harrumph,harrumphs,harrumphed,harrumphing")
  --titles x,y           extra title nouns ("sommelier")
  --no-carry-over        do not attribute cue-less quotes to the previous speaker
  --no-indirect          report only direct and mixed statements
  --min-confidence F     drop statements with confidence below F (0 to 1)
  --log-level LEVEL      Beam's log level: debug, info, warn (default), error

Runners (the standard Beam flags)
  The default, --runner=prism, runs the pipeline here, in this process,
  with Beam's embedded prism runner: no Docker, no Java, no network.

  Not tested with this project, shown as the Beam Go SDK expects them:
  Google Cloud Dataflow (needs Google Cloud credentials; the Go SDK
  cross-compiles this binary for the workers):
    quotes-beam --runner=dataflow --project=PROJECT --region=REGION \
      --staging_location=gs://BUCKET/staging --temp_location=gs://BUCKET/tmp \
      --input='gs://BUCKET/articles*.jsonl.gz' --output=gs://BUCKET/out/
  Apache Flink or Spark through their portable job servers:
    quotes-beam --runner=universal --endpoint=localhost:8099 \
      --environment_type=LOOPBACK --input=... --output=...
  (--runner=flink and --runner=spark are the same as universal. LOOPBACK
  runs the Go workers in this process, so the job server must see the same
  files; otherwise use --environment_type=DOCKER with
  --environment_config=apache/beam_go_sdk:2.77.0 and inputs and outputs on
  shared storage.)
  Other Beam flags: --job_name, --parallelism, --experiments, --async, ...
`

// patternList is a flag that may be given several times, each value a
// comma-separated list.
type patternList []string

func (l *patternList) String() string { return strings.Join(*l, ",") }

func (l *patternList) Set(v string) error {
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var l patternList
	l.Set(s)
	return l
}

// flags are the command's own flags.
type flags struct {
	inputs         patternList
	output         string
	shards, top    int
	verbs, titles  string
	noCarry        bool
	noIndirect     bool
	minConf        float64
	beamLogLevel   string
	positionalArgs []string
}

// register adds the command's flags to fs.
func (f *flags) register(fs *flag.FlagSet) {
	fs.Var(&f.inputs, "input", "input glob; repeatable and comma-separated")
	fs.StringVar(&f.output, "output", "", "output directory (ending in /) or prefix")
	fs.IntVar(&f.shards, "shards", 1, "files per sharded output")
	fs.IntVar(&f.top, "top", 100, "length of the top-speakers list")
	fs.StringVar(&f.verbs, "verbs", "", "extra speech verbs, comma-separated")
	fs.StringVar(&f.titles, "titles", "", "extra title nouns, comma-separated")
	fs.BoolVar(&f.noCarry, "no-carry-over", false, "do not carry speakers over to cue-less quotes")
	fs.BoolVar(&f.noIndirect, "no-indirect", false, "report only direct and mixed statements")
	fs.Float64Var(&f.minConf, "min-confidence", 0, "drop statements with lower confidence")
	fs.StringVar(&f.beamLogLevel, "log-level", "warn", "Beam's log level: debug, info, warn or error")
}

// config checks the flags and turns them into a pipeline configuration.
func (f *flags) config() (quotebeam.Config, error) {
	var c quotebeam.Config
	switch {
	case len(f.positionalArgs) > 0:
		return c, fmt.Errorf("unexpected argument %q: give inputs with --input", f.positionalArgs[0])
	case len(f.inputs) == 0:
		return c, errors.New("no --input")
	case f.output == "":
		return c, errors.New("no --output")
	case f.shards < 1:
		return c, errors.New("--shards must be at least 1")
	case f.top < 1:
		return c, errors.New("--top must be at least 1")
	case !(f.minConf >= 0 && f.minConf <= 1): // NaN fails both
		return c, fmt.Errorf("--min-confidence must be a number from 0 to 1, not %v", f.minConf)
	}
	for _, p := range f.inputs {
		if err := checkLocalPattern(p); err != nil {
			return c, err
		}
	}
	return quotebeam.Config{
		Inputs: f.inputs,
		Output: outputPrefix(f.output),
		Shards: f.shards,
		Top:    f.top,
		Options: quotebeam.Options{
			Verbs:         splitList(f.verbs),
			Titles:        splitList(f.titles),
			NoCarryOver:   f.noCarry,
			NoIndirect:    f.noIndirect,
			MinConfidence: f.minConf,
		},
	}, nil
}

// isLocal reports whether a path is on the local filesystem (has no
// scheme such as gs://).
func isLocal(path string) bool { return !strings.Contains(path, "://") }

// checkLocalPattern fails early, before a job is started, for a local
// pattern that is malformed or matches nothing.
func checkLocalPattern(p string) error {
	if !isLocal(p) {
		return nil
	}
	m, err := filepath.Glob(p)
	if err != nil {
		return fmt.Errorf("--input %q: %v", p, err)
	}
	if len(m) == 0 {
		return fmt.Errorf("--input %q matches no file", p)
	}
	return nil
}

// outputPrefix makes an existing local directory given without a final
// slash a directory prefix.
func outputPrefix(out string) string {
	if isLocal(out) && !strings.HasSuffix(out, "/") {
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			return out + "/"
		}
	}
	return out
}

func main() {
	var f flags
	f.register(flag.CommandLine)
	flag.Usage = func() { fmt.Fprint(flag.CommandLine.Output(), usage) }
	flag.Parse()
	f.positionalArgs = flag.Args()
	beamlog.LogLevel = f.beamLogLevel
	// In worker mode (on a remote runner) Init runs the worker and exits.
	beam.Init()
	c, err := f.config()
	if err != nil {
		fmt.Fprintf(os.Stderr, "quotes-beam: %v (see quotes-beam -h)\n", err)
		os.Exit(2)
	}
	err = inTempDir(func() error { return run(context.Background(), c, os.Stderr) })
	if err != nil {
		fmt.Fprintf(os.Stderr, "quotes-beam: %v\n", err)
		os.Exit(1)
	}
}

// inTempDir runs f with TMPDIR set to a new directory, which it removes
// afterwards: Beam's loopback mode leaves an empty beamloopbackworker-*
// file in the temporary directory on every run, and a user's /tmp should
// not fill up with them.
func inTempDir(f func() error) error {
	dir, err := os.MkdirTemp("", "quotes-beam-")
	if err != nil {
		return f()
	}
	defer os.RemoveAll(dir)
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	defer func() {
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
	}()
	return f()
}

// run builds the pipeline for c, runs it with the runner of the --runner
// flag, and reports what it did to w.
func run(ctx context.Context, c quotebeam.Config, w io.Writer) error {
	p, s := beam.NewPipelineWithRoot()
	if _, err := quotebeam.Build(s, c); err != nil {
		return err
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	paths := c.Paths()
	fmt.Fprintf(w, "quotes-beam: wrote %s-*, %s-*, %s and %s-*\n",
		paths.Quotes, paths.Speakers, paths.TopSpeakers, paths.DeadLetters)
	if res == nil {
		return nil // --async, or a runner without results
	}
	counts := map[string]int64{}
	for _, cr := range res.Metrics().AllMetrics().Counters() {
		if cr.Namespace() == quotebeam.CounterNamespace {
			counts[cr.Name()] += cr.Result()
		}
	}
	fmt.Fprintf(w, "quotes-beam: %d articles, %d statements, %d dead letters\n",
		counts["articles"], counts["statements"], counts["dead_letters"])
	return nil
}
