// Package quotebeam runs package quote over JSON-lines news corpora as an
// Apache Beam pipeline.
//
// The pipeline is made of composable transforms:
//
//	articles, dead := quotebeam.ReadArticles(s, "articles*.jsonl", "more/*.jsonl.gz")
//	results := quotebeam.FindQuotes(s, articles, quotebeam.Options{})
//	quotebeam.WriteResults(s, "out/quotes", 4, results)
//	counts := quotebeam.CountSpeakers(s, results)
//	quotebeam.WriteSpeakerCounts(s, "out/speakers", 4, counts)
//	quotebeam.WriteTopSpeakers(s, "out/top-speakers.tsv", 100, counts)
//	quotebeam.WriteDeadLetters(s, "out/deadletters", 1, dead)
//
// [Build] wires exactly these steps from a [Config]; the command
// quotes-beam is a thin wrapper around it.
//
// # Input
//
// Every input line is a JSON object {"id": <any JSON>, "text": "...", ...},
// as read by "quotes -jsonl". Files ending in .gz are gunzipped. Blank
// lines are skipped (they still count for line numbers) and a byte order
// mark at the start of a file is ignored. A line that cannot be used (not
// JSON, not an object, no "text", "text" not a string) becomes a
// [DeadLetter] naming its file and 1-based line; it never stops the job.
// A file that cannot be opened or that breaks off mid-way (a corrupt gzip
// stream) also gives a dead letter, with the line at which reading
// stopped (0 if it could not be opened), and the job goes on.
//
// # Output
//
// [FindQuotes] gives one [Result] per article whose JSON is byte for byte
// the line "quotes -jsonl" writes for that record:
// {"id": <id as given>, "quotes": [...]}, "quotes" never null, encoded
// with encoding/json without HTML escaping. Lines are written in no
// particular order (Beam collections are unordered); sort or join on
// "id" when order matters.
//
// [CountSpeakers] counts statements per speaker, keyed by the speaker's
// name, title and kind as the library gives them with runs of white space
// turned into one space. Unattributed statements are skipped. A
// [SpeakerCount] has the number of statements and the number of articles
// (input records) with at least one of them.
//
// The full speaker table is written sharded and unsorted, because a total
// order needs all keys on one worker; [WriteTopSpeakers] adds a small
// sorted list of the N speakers with most statements, computed with a
// bounded top-N combiner.
package quotebeam
