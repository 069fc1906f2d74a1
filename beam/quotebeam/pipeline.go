package quotebeam

import (
	"errors"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Config describes a whole run of [Build].
type Config struct {
	// Inputs are the file patterns to read (see [ReadArticles]).
	Inputs []string
	// Output is the prefix of every output file; see [Config.Paths].
	Output string
	// Shards is the number of files of each sharded output; 0 means 1.
	Shards int
	// Top is the length of the sorted top-speakers list; 0 means 100.
	Top int
	// Options are the quote finder's rules.
	Options Options
}

// Paths are the names of a run's outputs.
type Paths struct {
	Quotes      string // prefix of the per-article JSON lines
	Speakers    string // prefix of the per-speaker counts
	DeadLetters string // prefix of the dead letters
	TopSpeakers string // the sorted top-speakers TSV file
}

// Paths returns where a run writes. The output names are appended to
// Output as is, so an Output ending in "/" (a directory) gives
// "dir/quotes-00000-of-00001.jsonl", ..., "dir/top-speakers.tsv", and any
// other Output is a prefix joined with "-": "out/run1" gives
// "out/run1-quotes-00000-of-00001.jsonl", ...
func (c Config) Paths() Paths {
	p := c.Output
	if p != "" && p[len(p)-1] != '/' {
		p += "-"
	}
	return Paths{
		Quotes:      p + "quotes",
		Speakers:    p + "speakers",
		DeadLetters: p + "deadletters",
		TopSpeakers: p + "top-speakers.tsv",
	}
}

// Outputs are the main collections of a pipeline made by [Build].
type Outputs struct {
	Articles    beam.PCollection // PCollection<Article>
	DeadLetters beam.PCollection // PCollection<DeadLetter>
	Results     beam.PCollection // PCollection<Result>
	Speakers    beam.PCollection // PCollection<SpeakerCount>
}

// Build adds the whole pipeline to s: read the inputs, find the quotes,
// count the speakers, and write the results, the speaker counts, the top
// speakers and the dead letters to c.Paths(). It returns the collections
// it made.
func Build(s beam.Scope, c Config) (Outputs, error) {
	if len(c.Inputs) == 0 {
		return Outputs{}, errors.New("quotebeam: no input patterns")
	}
	if c.Output == "" {
		return Outputs{}, errors.New("quotebeam: no output prefix")
	}
	if c.Shards < 0 || c.Top < 0 {
		return Outputs{}, errors.New("quotebeam: negative shard count or top length")
	}
	shards := max(c.Shards, 1)
	topN := c.Top
	if topN == 0 {
		topN = 100
	}
	paths := c.Paths()
	var o Outputs
	o.Articles, o.DeadLetters = ReadArticles(s, c.Inputs...)
	o.Results = FindQuotes(s, o.Articles, c.Options)
	o.Speakers = CountSpeakers(s, o.Results)
	WriteResults(s, paths.Quotes, shards, o.Results)
	WriteSpeakerCounts(s, paths.Speakers, shards, o.Speakers)
	WriteTopSpeakers(s, paths.TopSpeakers, topN, o.Speakers)
	WriteDeadLetters(s, paths.DeadLetters, 1, o.DeadLetters)
	return o, nil
}
