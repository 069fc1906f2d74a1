package quotebeam

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.Function1x2[int, int, string](emptyLine)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.Function1x1[Result, string](resultLine)
	register.Function1x2[DeadLetter, string, error](deadLetterLine)
	register.Function1x2[SpeakerCount, string, error](speakerLine)
	register.DoFn3x1[context.Context, []byte, func(*[]SpeakerCount) bool, error](&writeTopFn{})
	register.Iter1[[]SpeakerCount]()
}

// ShardName is the name of shard i of n of an output: for example
// ShardName("out/quotes", 2, 4, ".jsonl") is "out/quotes-00002-of-00004.jsonl".
func ShardName(prefix string, i, n int, suffix string) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

// WriteLines writes a PCollection<string> as lines (each followed by a
// newline) to the files ShardName(prefix, i, shards, suffix) for i in
// [0, shards). Every shard file is written, empty if no line falls in it,
// so that a run leaves a complete set. A line goes to the shard chosen by
// a hash of its contents, so retries write the same files; the order of
// lines within a shard is unspecified. prefix may be on any filesystem
// Beam knows (a local path, gs://...). Empty strings are not written.
func WriteLines(s beam.Scope, prefix, suffix string, shards int, lines beam.PCollection) {
	s = s.Scope("quotebeam.WriteLines")
	filesystem.ValidateScheme(prefix)
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	ids := make([]any, shards)
	for i := range ids {
		ids[i] = i
	}
	seeds := beam.ParDo(s, emptyLine, beam.Create(s, ids...))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, seeds))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: suffix, Shards: shards}, grouped)
}

// shardFn keys a line with its shard.
type shardFn struct {
	Shards int
}

// ProcessElement picks the shard of line.
func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New64a()
	io.WriteString(h, line)
	return int(h.Sum64() % uint64(fn.Shards)), line
}

// emptyLine makes sure shard i exists, with no line.
func emptyLine(i int) (int, string) { return i, "" }

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Prefix, Suffix string
	Shards         int
}

// ProcessElement writes one shard.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	return writeFile(ctx, ShardName(fn.Prefix, shard, fn.Shards, fn.Suffix), func(w *bufio.Writer) error {
		var line string
		for lines(&line) {
			if line == "" {
				continue
			}
			w.WriteString(line)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile creates (or truncates) the named file, on any Beam filesystem,
// and writes it with write.
func writeFile(ctx context.Context, name string, write func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := fd.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// WriteResults writes a PCollection<Result> as JSON lines, one per
// article as "quotes -jsonl" writes them, to
// ShardName(prefix, i, shards, ".jsonl").
func WriteResults(s beam.Scope, prefix string, shards int, results beam.PCollection) {
	s = s.Scope("quotebeam.WriteResults")
	WriteLines(s, prefix, ".jsonl", shards, beam.ParDo(s, resultLine, results))
}

func resultLine(r Result) string { return r.JSON }

// WriteDeadLetters writes a PCollection<DeadLetter> as JSON lines
// {"file", "line", "id" (when it could be read), "error", "raw",
// "raw_bytes"} to ShardName(prefix, i, shards, ".jsonl").
func WriteDeadLetters(s beam.Scope, prefix string, shards int, dead beam.PCollection) {
	s = s.Scope("quotebeam.WriteDeadLetters")
	WriteLines(s, prefix, ".jsonl", shards, beam.ParDo(s, deadLetterLine, dead))
}

// deadLetterJSON is the output form of a DeadLetter.
type deadLetterJSON struct {
	File     string          `json:"file"`
	Line     int             `json:"line"`
	ID       json.RawMessage `json:"id,omitempty"`
	Error    string          `json:"error"`
	Raw      string          `json:"raw"`
	RawBytes int             `json:"raw_bytes"`
}

func deadLetterLine(d DeadLetter) (string, error) {
	out := deadLetterJSON{File: d.File, Line: d.Line, Error: d.Error, Raw: d.Raw, RawBytes: d.RawBytes}
	if d.ID != "" {
		out.ID = json.RawMessage(d.ID)
	}
	return marshalLine(out)
}

// marshalLine encodes v as JSON without HTML escaping or a newline.
func marshalLine(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// WriteSpeakerCounts writes a PCollection<SpeakerCount> as JSON lines
// {"name", "title", "kind", "statements", "articles"}, unsorted, to
// ShardName(prefix, i, shards, ".jsonl").
func WriteSpeakerCounts(s beam.Scope, prefix string, shards int, counts beam.PCollection) {
	s = s.Scope("quotebeam.WriteSpeakerCounts")
	WriteLines(s, prefix, ".jsonl", shards, beam.ParDo(s, speakerLine, counts))
}

// speakerJSON is the output form of a SpeakerCount.
type speakerJSON struct {
	Name       string `json:"name"`
	Title      string `json:"title"`
	Kind       string `json:"kind"`
	Statements int    `json:"statements"`
	Articles   int    `json:"articles"`
}

func speakerLine(c SpeakerCount) (string, error) {
	return marshalLine(speakerJSON(c))
}

// WriteTopSpeakers writes the n speakers of a PCollection<SpeakerCount>
// with the most statements (see [TopSpeakers]) to the file path as
// tab-separated values with a header line:
//
//	name	title	kind	statements	articles
//
// largest first. The file is written even when there are no speakers.
// Names and titles hold no tabs or line breaks (white space is
// collapsed). n must be at least 1.
func WriteTopSpeakers(s beam.Scope, path string, n int, counts beam.PCollection) {
	s = s.Scope("quotebeam.WriteTopSpeakers")
	filesystem.ValidateScheme(path)
	tops := TopSpeakers(s, counts, n)
	beam.ParDo0(s, &writeTopFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: tops})
}

// writeTopFn writes the top list, which comes as a side input so that the
// file is written even when the list is missing.
type writeTopFn struct {
	Path string
}

// ProcessElement writes the file once, for the impulse.
func (fn *writeTopFn) ProcessElement(ctx context.Context, _ []byte, tops func(*[]SpeakerCount) bool) error {
	var all, list []SpeakerCount
	for tops(&list) {
		all = append(all, list...)
	}
	SortCounts(all)
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) error {
		w.WriteString("name\ttitle\tkind\tstatements\tarticles\n")
		for _, c := range all {
			w.WriteString(c.Name + "\t" + c.Title + "\t" + c.Kind + "\t" +
				strconv.Itoa(c.Statements) + "\t" + strconv.Itoa(c.Articles) + "\n")
		}
		return nil
	})
}
