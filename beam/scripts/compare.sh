#!/bin/sh
# compare.sh [CORPUS.jsonl]: run the local Beam pipeline (quotes-beam on the
# prism runner) and "quotes -jsonl -j 2" on the same JSON-lines corpus,
# check that the per-article output lines are the same (as sorted sets of
# lines, byte for byte), and print wall time, throughput and peak RSS of
# each, best of $RUNS runs (default 3), and the pipeline's top 10 speakers.
#
# The corpus defaults to PolNeAR's training split in the shared evaluation
# data beside the repository; the script exits 0 with a note if it is
# absent. Needs GNU time at /usr/bin/time.
set -eu
beam=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$beam/.." && pwd)
input=${1:-$root/../shared/eval/polnear_train.jsonl}
runs=${RUNS:-3}
if [ ! -f "$input" ]; then
	echo "compare.sh: no corpus at $input; nothing to compare"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# Build both from one snapshot of the sources, so that both link the very
# same library even while someone edits the working tree.
echo "building quotes and quotes-beam from a snapshot of $root..."
mkdir "$tmp/src"
(cd "$root" && tar --exclude=./.git --exclude='*.test' -cf - .) | (cd "$tmp/src" && tar -xf -)
if ! (cd "$tmp/src" && go build -o "$tmp/quotes" ./cmd/quotes); then
	echo "compare.sh: cmd/quotes does not build; use the Go test instead:" >&2
	echo "  cd beam && go test -run TestCompareWithCLI -v ./quotebeam" >&2
	exit 1
fi
(cd "$tmp/src/beam" && go build -o "$tmp/quotes-beam" ./cmd/quotes-beam)

size=$(wc -c <"$input")
# measure NAME COMMAND...: run COMMAND $runs times, keep the fastest run's
# "seconds peak-RSS-KB" in $tmp/NAME.best.
measure() {
	name=$1
	shift
	: >"$tmp/$name.runs"
	i=0
	while [ "$i" -lt "$runs" ]; do
		if ! /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" 2>"$tmp/stderr"; then
			cat "$tmp/stderr" >&2
			echo "compare.sh: $name failed" >&2
			exit 1
		fi
		cat "$tmp/$name.time" >>"$tmp/$name.runs"
		i=$((i + 1))
	done
	sort -n "$tmp/$name.runs" | head -1 >"$tmp/$name.best"
	awk -v n="$name" -v size="$size" '{
		printf "%-26s %6.2f s  %7.1f MB/s  peak RSS %6.1f MB\n", n, $1, size / 1e6 / $1, $2 / 1024
	}' "$tmp/$name.best"
	printf '%-26s runs (s, KB):' "" && tr '\n' ';' <"$tmp/$name.runs" && echo
}

echo "corpus: $input ($size bytes), best of $runs runs"
measure "quotes -jsonl -j 2" sh -c "\"$tmp/quotes\" -jsonl -j 2 \"$input\" >\"$tmp/cli.jsonl\""
measure "quotes-beam (prism)" "$tmp/quotes-beam" --input="$input" --output="$tmp/out/" --log-level=error

# quotes -jsonl writes error records for broken lines; the pipeline sends
# those to its dead letters, so leave them out of the comparison.
grep -v -E '"line":[0-9]+,"error":"' "$tmp/cli.jsonl" | LC_ALL=C sort >"$tmp/cli.sorted" || true
cat "$tmp"/out/quotes-*.jsonl | LC_ALL=C sort >"$tmp/beam.sorted"
n=$(wc -l <"$tmp/beam.sorted")
if cmp -s "$tmp/cli.sorted" "$tmp/beam.sorted"; then
	echo "equal: the pipeline's $n lines are byte for byte those of quotes -jsonl"
else
	echo "DIFFERENT: pipeline $n lines, quotes -jsonl $(wc -l <"$tmp/cli.sorted") lines" >&2
	exit 1
fi
echo "dead letters: $(cat "$tmp"/out/deadletters-*.jsonl | wc -l)"
echo
echo "top 10 speakers:"
head -11 "$tmp/out/top-speakers.tsv"
