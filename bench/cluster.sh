#!/usr/bin/env bash
# Benchmark: the whole job on ANT v2.1 on the local standalone cluster (jobs/local-cluster.sh: a
# Master and two Workers of one core each, the thin jar submitted in client mode) against the same
# job on local[2], on the same machine.
#   bench/cluster.sh [--runs N] [-- EXTRA JOB ARGS...]
# Each repetition (default 3) runs local[2] first, then the cluster, each with a fresh output
# folder; the cluster is started once, before the first repetition, and stopped after the last,
# so its start-up is not timed. Memory: local[2] is one JVM with STORYLINES_DRIVER_MEMORY (default
# 4g) that runs the driver and both executor threads; on the cluster the driver gets 2g and each
# of the two executors STORYLINES_EXECUTOR_MEMORY (default 2g, all a Worker offers).
# Timed: the run manifest's seconds (from the SparkSession's start to the manifest) and each
# stage's seconds; printed per run, then the medians and the cluster's ratio to local[2].
# Needs ../shared/corpora (or STORYLINES_CORPORA) and the packaged job (mvn -B -DskipTests package).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=bench/lib.sh
source "$here/lib.sh"
runs=3
job_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --) shift; job_args+=("$@"); break ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
require_ant
archive="$ant_archive"

work="$(mktemp -d)"
export STORYLINES_CLUSTER_DIR="$work/cluster"
export STORYLINES_EXECUTOR_MEMORY="${STORYLINES_EXECUTOR_MEMORY:-2g}"
local_memory="${STORYLINES_DRIVER_MEMORY:-4g}"
trap '"$root/jobs/local-cluster.sh" down 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/ant"
tar -xzf "$archive" -C "$work/ant"
echo "bench: ANT v2.1 unpacked: $(find "$work/ant" -type f | wc -l) files; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/jobs/local-cluster.sh" up

summary() {  # the manifest's seconds, then name=seconds for each stage
  python3 - "$1" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("%.1f %d %s" % (m["seconds"], m["counts"]["articles_accepted"],
                      " ".join("%s=%.1f" % (s["name"], s["seconds"]) for s in m["stages"])))
PY
}

declare -A totals=() stages=()
for i in $(seq 1 "$runs"); do
  for mode in local cluster; do
    rm -rf "$work/out"
    if [[ "$mode" == local ]]; then
      STORYLINES_DRIVER_MEMORY="$local_memory" "$root/jobs/storylines" run --input "$work/ant" \
        --output "$work/out" --master 'local[2]' "${job_args[@]}" 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
    else
      STORYLINES_DRIVER_MEMORY=2g "$root/jobs/local-cluster.sh" submit run --input "$work/ant" \
        --output "$work/out" "${job_args[@]}" 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
    fi
    set -- $(summary "$work/out/_run.json")
    echo "bench: run $i $mode: $2 articles in $1 s; stages: ${*:3}"
    totals[$mode]+="$1 "
    for s in "${@:3}"; do stages[$mode:${s%%=*}]+="${s#*=} "; done
  done
done
l=$(median ${totals[local]}); c=$(median ${totals[cluster]})
echo "bench: median of $runs: local[2] $l s, cluster $c s, cluster / local $(python3 -c "print('%.2f' % ($c / $l))")"
for s in inputs ingest ids text dedup entities cooccurrence topics storylines timelines write; do
  [[ -n "${stages[local:$s]:-}" ]] || continue
  echo "bench:   $s: local[2] $(median ${stages[local:$s]}) s, cluster $(median ${stages[cluster:$s]}) s"
done
