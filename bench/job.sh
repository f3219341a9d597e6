#!/usr/bin/env bash
# Benchmark: the whole job on ANT v2.1 on local[2], per stage, with the driver's peak heap; and its
# scaling on ANT replicated.
#   bench/job.sh [--runs N] [--copies "1 2 4 8"] [--no-dedup] [--live-every S] [-- EXTRA JOB ARGS...]
# For each number of copies C (default "1"), the corpus is ANT v2.1 C times: copy k > 1 is every
# file again with its DOCNO prefixed by "copyk-", so every copy has new article ids and the same
# text. Each setting runs N times (default 3) with a fresh output folder; the job's JVM gets
# the launcher's heap, STORYLINES_DRIVER_MEMORY (default 4g). Printed per run: the whole run's seconds (from the run
# manifest, which starts once the SparkSession is up), articles/s, each stage's seconds and the
# peak heap (manifest driver_heap, read before each garbage collection; in local mode the driver
# JVM runs the executors too) and the peak still in use after a young or mixed collection (an
# upper bound of the live data: old garbage stays until a full collection). The live data itself
# is sampled every S seconds (--live-every, default 30; 0 turns it off) with `jcmd PID
# GC.class_histogram`, which runs a full collection and sums the objects left: the largest sample
# is printed as "live", with the last stage line the job had printed then. Each sample pauses the job for the collection (about a second at 4 GiB).
# Then the median of each figure per setting.
# With dedup on and C > 1, it checks that every copy is in its original's near-duplicate cluster
# (DuckDB over the articles table).
# Needs ../shared/corpora (or STORYLINES_CORPORA) and the packaged job (mvn -B -DskipTests package).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=bench/lib.sh
source "$here/lib.sh"
runs=3
copies="1"
job_args=()
dedup="on"
live_every=30
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --copies) copies="$2"; shift 2 ;;
    --no-dedup) dedup="off"; job_args+=(--no-dedup); shift ;;
    --live-every) live_every="$2"; shift 2 ;;
    --) shift; job_args+=("$@"); break ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
require_ant
archive="$ant_archive"
# DuckDB for the cluster check: a venv the tests made from notebooks/requirements.txt, else a new one.
python=""
for candidate in "$HOME"/.cache/storylines/venv-*/bin/python; do
  if [[ -x "$candidate" ]] && "$candidate" -c 'import duckdb' 2>/dev/null; then python="$candidate"; break; fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "$python" && "$dedup" == on ]]; then
  python3 -m venv "$work/venv"
  PIP_RETRIES=0 PIP_TIMEOUT=2 "$work/venv/bin/pip" install -q -r "$root/notebooks/requirements.txt"
  python="$work/venv/bin/python"
fi
mkdir -p "$work/ant/copy1"
tar -xzf "$archive" -C "$work/ant/copy1"
files=$(find "$work/ant/copy1" -type f | wc -l)
echo "bench: ANT v2.1 unpacked: $files files, $(du -sh "$work/ant/copy1" | cut -f1); dedup $dedup; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"


for c in $copies; do
  input="$work/input-$c"
  mkdir -p "$input"
  for k in $(seq 1 "$c"); do
    if [[ ! -d "$work/ant/copy$k" ]]; then
      mkdir -p "$work/ant/copy$k"
      (cd "$work/ant/copy1" && find . -type f) | while read -r f; do
        mkdir -p "$work/ant/copy$k/$(dirname "$f")"
        sed "s/<DOCNO>\s*/<DOCNO>copy$k-/" "$work/ant/copy1/$f" > "$work/ant/copy$k/$f"
      done
    fi
    ln -sfn "$work/ant/copy$k" "$input/copy$k"
  done
  totals=(); rates=(); peaks=(); lives=(); sampled=()
  declare -A stage_times=()
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    STORYLINES_DRIVER_MEMORY="${STORYLINES_DRIVER_MEMORY:-4g}" \
      "$root/jobs/storylines" run --input "$input" --output "$work/out" --master 'local[2]' \
      "${job_args[@]}" 2>"$work/log" &
    job=$!  # the launcher execs the JVM: this is the job's JVM
    live=0; live_after=start
    while kill -0 "$job" 2>/dev/null; do
      for _ in $(seq 1 "$(( live_every > 0 ? live_every : 1 ))"); do kill -0 "$job" 2>/dev/null && sleep 1; done
      if [[ "$live_every" -gt 0 ]] && kill -0 "$job" 2>/dev/null; then
        bytes=$(jcmd "$job" GC.class_histogram 2>/dev/null | awk '$1 == "Total" {print $3}')
        if [[ -n "$bytes" && "$bytes" -gt "$live" ]]; then
          live="$bytes"
          # the stage running: the one after the last stage line printed
          live_after=$( (grep -o '^storylines: [a-z]*' "$work/log" || echo 'x start') | tail -n 1 | cut -d' ' -f2)
        fi
      fi
    done
    status=0
    wait "$job" || status=$?
    if [[ "$status" -ne 0 ]]; then
      cat "$work/log" >&2
      # A JVM killed by a signal (the kernel's OOM killer sends SIGKILL) prints nothing itself.
      if [[ "$status" -gt 128 ]]; then
        echo "bench: run $i ended by signal $(kill -l $(( status - 128 ))) (exit status $status)" >&2
      else
        echo "bench: run $i failed with exit status $status" >&2
      fi
      exit 1
    fi
    live=$(( live / 1048576 ))
    line=$(python3 - "$work/out/_run.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
accepted = m["counts"]["articles_accepted"]
heap = m["driver_heap"]
stages = " ".join("%s=%.1f" % (s["name"], s["seconds"]) for s in m["stages"])
print("%.1f %.1f %.0f %.0f %d %s" % (m["seconds"], accepted / m["seconds"], heap["peak_bytes"] / 2**20,
                                     heap["peak_live_bytes"] / 2**20, accepted, stages))
PY
)
    set -- $line
    echo "bench: copies $c run $i: $5 articles in $1 s = $2 articles/s; peak heap $3 MiB, after young GC $4 MiB, live (sampled) $live MiB (after the $live_after stage line); stages: ${*:6}"
    totals+=("$1"); rates+=("$2"); peaks+=("$3"); lives+=("$4"); sampled+=("$live")
    for s in "${@:6}"; do stage_times[${s%%=*}]+="${s#*=} "; done
    if [[ "$dedup" == on && "$c" -gt 1 ]]; then
      "$python" - "$work/out/articles" <<'PY'
import duckdb, sys
q = f"""
with a as (select regexp_replace(article_id, 'copy[0-9]+-', '') as original, dup_cluster
           from read_parquet('{sys.argv[1]}/**/*.parquet', hive_partitioning = true))
select count(*) as originals, count(*) filter (where clusters > 1) as split
from (select original, count(distinct dup_cluster) as clusters from a group by original)
"""
originals, split = duckdb.sql(q).fetchone()
print(f"bench:   copies in their original's cluster: {originals - split} of {originals} originals; split: {split}")
sys.exit(1 if split else 0)
PY
    fi
  done
  summary="bench: copies $c, median of $runs: whole run $(median "${totals[@]}") s, $(median "${rates[@]}") articles/s, peak heap $(median "${peaks[@]}") MiB, after young GC $(median "${lives[@]}") MiB, live (sampled) $(median "${sampled[@]}") MiB; stages:"
  for s in gazetteer definitions inputs ingest ids text dedup entities cooccurrence topics storylines timelines write; do
    [[ -n "${stage_times[$s]:-}" ]] && summary+=" $s $(median ${stage_times[$s]})"
  done
  echo "$summary"
  unset stage_times
done
