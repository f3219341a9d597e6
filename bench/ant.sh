#!/usr/bin/env bash
# Benchmark: the job on ANT v2.1 (31,525 Arabic TREC files) on local[2], after Spark has started.
#   bench/ant.sh [RUNS]      (default 3 runs; prints one line per run and the medians)
# Figures from the run manifest's stages:
#   ingest: records read / seconds of the "ingest" stage, which starts after the SparkSession is up
#           and ends when every record is read, mapped and cached;
#   text:   UTF-8 megabytes of title + body analysed / seconds of the "text" stage / 2 cores;
#   entities: the same megabytes / seconds of the "entities" stage (gazetteer matching) / 2 cores;
#   cooccurrence: seconds of the "cooccurrence" stage (all periods, both windows, every slice, the
#           result cached and counted) and its rows.
# Needs ../shared/corpora; unpacks the corpus into a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=bench/lib.sh
source "$here/lib.sh"
runs="${1:-3}"
require_ant
archive="$ant_archive"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ant"
tar -xzf "$archive" -C "$work/ant"
echo "bench: ANT v2.1 unpacked: $(find "$work/ant" -name '*.txt' | wc -l) files, $(du -sh "$work/ant" | cut -f1)"

rates=()
text_rates=()
entity_rates=()
pair_seconds=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  "$root/jobs/storylines" run --input "$work/ant" --output "$work/out" --master 'local[2]' 2>"$work/log" \
    || { cat "$work/log" >&2; exit 1; }
  rate=$(python3 - "$work/out/_run.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
stage = next(s for s in m["stages"] if s["name"] == "ingest")
text = next(s for s in m["stages"] if s["name"] == "text")
ents = next(s for s in m["stages"] if s["name"] == "entities")
pairs = next(s for s in m["stages"] if s["name"] == "cooccurrence")
read = stage["counts"]["read"]
mb = text["counts"]["text bytes"] / 1e6
print(f'{read / stage["seconds"]:.0f} {read} {stage["seconds"]:.2f} {m["seconds"]:.1f} '
      f'{mb / text["seconds"] / 2:.2f} {mb:.1f} {text["seconds"]:.2f} '
      f'{mb / ents["seconds"] / 2:.2f} {ents["seconds"]:.2f} {ents["counts"]["mentions"]} '
      f'{pairs["seconds"]:.2f} {pairs["counts"]["rows"]} {pairs["counts"]["sentence rows"]} {pairs["counts"]["article rows"]}')
PY
)
  python3 - "$work/out/_run.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("bench:   stages: " + ", ".join("%s %.1f s" % (s["name"], s["seconds"]) for s in m["stages"]))
PY
  set -- $rate
  echo "bench: run $i: ingest $2 records in $3 s = $1 articles/s; text $6 MB in $7 s = $5 MB/s per core; entities ${10} mentions in $9 s = $8 MB/s per core; cooccurrence ${12} rows (${13} sentence, ${14} article) in ${11} s (whole run $4 s)"
  rates+=("$1")
  text_rates+=("$5")
  entity_rates+=("$8")
  pair_seconds+=("${11}")
done
echo "bench: median over $runs runs on local[2]: ingest $(median "${rates[@]}") articles/s, text $(median "${text_rates[@]}") MB/s per core, entities $(median "${entity_rates[@]}") MB/s per core, cooccurrence $(median "${pair_seconds[@]}") s"
