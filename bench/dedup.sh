#!/usr/bin/env bash
# Benchmark (issue 7): near-duplicate clusters of ANT v2.1 on local[2], Storylines' own MinHash
# banding (the dedup stage, io.storylines.dedup.FindDuplicates) against Spark ML's MinHashLSH
# (approxSimilarityJoin on the same word 5-shingles, then the same connected components).
#   bench/dedup.sh [--runs N] [--tables "5"] [--articles DIR] [--sample-seed S]
# Each run starts a fresh JVM per method, in turn, so load from other work falls on both alike; the
# clock starts once the articles are read and cached and stops when the clusters are counted.
# Prints one line per run and the medians, with the recall of same-URL pairs whose title and body
# are identical. --articles reuses the articles table of an earlier run on ANT; without it the job
# runs once on ANT first (default settings) and its own "dedup" stage seconds are printed too.
# --sample-seed also writes a seeded sample of 50 clusters for checking by hand to
# OUT/sample-S.txt; it holds corpus text, so it stays under target/, out of the repository.
# Needs ../shared/corpora (or STORYLINES_CORPORA), Java 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=bench/lib.sh
source "$here/lib.sh"
runs=3
tables="5"
articles=""
sample_seed=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --tables) tables="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --sample-seed) sample_seed="$2"; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
out="$root/target/bench-dedup/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

echo "bench: building (mvn -Pbench test-compile) ..." >&2
(cd "$root" && mvn -B -q -Pbench -DskipTests package test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/bench-classpath.txt") >&2
classpath="$root/target/test-classes:$root/target/classes:$(cat "$root/target/bench-classpath.txt")"
# shellcheck disable=SC2207
jvm=($(cat "$root/target/launcher/jvm.options") -Xmx4g -Dlog4j2.configurationFile="$root/jobs/conf/log4j2.properties")

if [[ -z "$articles" ]]; then
  require_ant
  archive="$ant_archive"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/ant"
  tar -xzf "$archive" -C "$work/ant"
  "$root/jobs/storylines" run --input "$work/ant" --output "$work/out" --master 'local[2]' 2>"$out/job.log" \
    || { cat "$out/job.log" >&2; exit 1; }
  python3 - "$work/out/_run.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
s = next(s for s in m["stages"] if s["name"] == "dedup")
print(f'bench: the job\'s dedup stage: {s["seconds"]:.1f} s, {s["counts"]}, {m["dedup"]}')
PY
  articles="$work/out/articles"
fi

figure() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
declare -A seconds
for i in $(seq 1 "$runs"); do
  for method in banding $(for t in $tables; do echo "minhashlsh:$t"; done); do
    hash_tables=5
    [[ "$method" == *:* ]] && hash_tables="${method#*:}"
    line=$(java "${jvm[@]}" -cp "$classpath" io.storylines.bench.dedup.DedupBench \
      "$articles" "${method%%:*}" "$hash_tables" 'local[2]' 2>>"$out/bench.log" | grep '^dedup-bench') \
      || { echo "bench: $method failed, see $out/bench.log" >&2; exit 1; }
    echo "bench: run $i: $line"
    echo "$line" >> "$out/results.txt"
    seconds[$method]+="$(figure seconds "$line") "
  done
done
for method in "${!seconds[@]}"; do
  # shellcheck disable=SC2086
  echo "bench: median over $runs runs on local[2]: $method $(median ${seconds[$method]}) s"
done
if [[ -n "$sample_seed" ]]; then
  java "${jvm[@]}" -cp "$classpath" io.storylines.bench.dedup.DedupBench "$articles" sample "$sample_seed" 50 \
    2>>"$out/bench.log" > "$out/sample-$sample_seed.txt"
  echo "bench: 50 clusters for checking by hand in $out/sample-$sample_seed.txt"
fi
