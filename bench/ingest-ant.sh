#!/usr/bin/env bash
# Benchmark: ingest of ANT v2.1 (31,525 Arabic TREC files) on local[2], after Spark has started.
#   bench/ingest-ant.sh [RUNS]      (default 3 runs; prints one line per run and the median)
# The figure is the "ingest" stage of the run manifest: records read / seconds of that stage, which
# starts after the SparkSession is up and ends when every record is read, mapped and cached.
# Needs ../shared/corpora; unpacks the corpus into a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
archive="${STORYLINES_CORPORA:-$root/../shared/corpora}/ant-v2.1-multisource/antcorpus.multisource.data.tar.gz"
[[ -f "$archive" ]] || { echo "bench: $archive not found" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ant"
tar -xzf "$archive" -C "$work/ant"
echo "bench: ANT v2.1 unpacked: $(find "$work/ant" -name '*.txt' | wc -l) files, $(du -sh "$work/ant" | cut -f1)"

rates=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  "$root/jobs/storylines" run --input "$work/ant" --output "$work/out" --master 'local[2]' 2>"$work/log" \
    || { cat "$work/log" >&2; exit 1; }
  rate=$(python3 - "$work/out/_run.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
stage = next(s for s in m["stages"] if s["name"] == "ingest")
read = stage["counts"]["read"]
print(f'{read / stage["seconds"]:.0f} {read} {stage["seconds"]:.2f} {m["seconds"]:.1f}')
PY
)
  set -- $rate
  echo "bench: run $i: ingest $2 records in $3 s = $1 articles/s (whole run $4 s)"
  rates+=("$1")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "bench: median ingest rate over $runs runs: $median articles/s on local[2]"
