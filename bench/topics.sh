#!/usr/bin/env bash
# Benchmark (issue 6): topic models on Blei's AP corpus, the same bag of words for every tool.
#   bench/topics.sh [--runs N] [--k "20 100"] [--tools "mallet sklearn mllib"] [--mllib-args "..."]
#                   [--label NAME] [--variant "LABEL:ARGS"]... [--out DIR]
# Tools:
#   mallet                Mallet 2.0.8 ParallelTopicModel, 200 Gibbs iterations, one thread
#   mallet-2threads       the same with two threads (retried when Mallet's worker dies, see below)
#   sklearn               scikit-learn 1.9.1 LatentDirichletAllocation, online, 10 passes, n_jobs 1
#   sklearn-2jobs         the same with n_jobs 2 (joblib worker processes)
#   mllib                 Spark ML LDA, online, as the job fits it (TopicSettings.defaults(K)),
#                         plus --mllib-args, which override its settings
#   mllib-spark-defaults  Spark ML LDA, online, Spark's defaults except maxIter 100 (the issue's run)
#   mllib-em              Spark ML LDA, EM, maxIter 50, checkpoints every 10 iterations
# Each --variant adds one more tool, named LABEL: the job's Spark ML LDA with settings overridden
# by ARGS (MllibTopics options); bench/topics-tuning.md was made with them.
# For each K and repetition every tool runs once, in turn, so that load from other work on the
# machine falls on all of them alike. Each run: the training seconds (the runner's own clock
# around the fit), the peak RSS of its process (/usr/bin/time -v), and the scores of
# bench/topics/score.py on its topic-word matrix. Prints a Markdown table of the medians and their
# ratios to Mallet's, and keeps every run in OUT/results.jsonl (default target/bench-topics/TIME).
# Needs ../shared/corpora (or STORYLINES_CORPORA), Java 17, Maven, python3 with venv, and GNU time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

# The `mllib` tool and every --variant fit the job's own estimator (MllibTopics --defaults
# storylines: FitTopics.lda with TopicSettings.defaults(K), see bench/topics-tuning.md for why),
# on the input in 2 cached partitions, as the job arranges it on local[2]. Only the LDA stage is
# the job's: the vocabulary is the corpus's whole one, the same input for every tool.
MLLIB_JOB="--defaults storylines --partitions 2 --cache true"

runs=3
ks="20 100"
tools="mallet sklearn mllib"
mllib_args=""
label=""
out=""
variants=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --k) ks="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --mllib-args) mllib_args="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --variant) variants+=("$2"); tools="$tools ${2%%:*}"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
archive="${STORYLINES_CORPORA:-$root/../shared/corpora}/ap-blei-ldac/ap.tgz"
[[ -f "$archive" ]] || { echo "bench: $archive not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time is missing (apt-get install time)" >&2; exit 2; }
out="${out:-$root/target/bench-topics/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"

# The benchmark programs: bench/java compiled with Mallet by the `bench` Maven profile.
echo "bench: building (mvn -Pbench test-compile) ..." >&2
(cd "$root" && mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/bench-classpath.txt") >&2
classpath="$root/target/test-classes:$root/target/classes:$(cat "$root/target/bench-classpath.txt")"
# shellcheck disable=SC2207
jvm=($(cat "$root/target/launcher/jvm.options") -Xmx4g
     -Dlog4j2.configurationFile="$root/jobs/conf/log4j2.properties")

# The Python side: a venv per version of bench/requirements.txt, made on first use.
key="$(sha256sum "$here/requirements.txt" | cut -c1-12)"
venv="$HOME/.cache/storylines/bench-venv-$key"
if [[ ! -f "$venv/.storylines-ready" ]]; then
  echo "bench: making $venv ..." >&2
  python3 -m venv "$venv"
  PIP_RETRIES=0 PIP_TIMEOUT=2 "$venv/bin/pip" install --quiet -r "$here/requirements.txt"
  touch "$venv/.storylines-ready"
fi
python="$venv/bin/python"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" "$here/topics/prepare.py" "$archive" "$work"
data=(--train "$work/train.ldac" --vocab "$work/vocab.txt")
export SPARK_LOCAL_IP=127.0.0.1

# run_tool TOOL K SEED RUN_DIR: runs one tool under /usr/bin/time -v, writes RUN_DIR/{phi.npy,record.json,time.txt}.
run_tool() {
  local tool="$1" k="$2" seed="$3" dir="$4"
  local files=(--out-matrix "$dir/phi.npy" --out-record "$dir/record.json")
  local timed=(/usr/bin/time -v -o "$dir/time.txt")
  case "$tool" in
    mallet)
      "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MalletTopics \
        "${data[@]}" --k "$k" --iterations 200 --threads 1 --seed "$seed" "${files[@]}" ;;
    mallet-2threads)
      # Mallet 2.0.8 with two threads sometimes loses a worker to an
      # ArrayIndexOutOfBoundsException in WorkerRunnable.sampleTopicsForOneDoc and then waits for
      # it forever. Watch its output: on that exception (or after 10 minutes) end the try and
      # start another with the next seed, up to 3 tries.
      local try pid
      for try in 1 2 3; do
        "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MalletTopics \
          "${data[@]}" --k "$k" --iterations 200 --threads 2 --seed "$((seed + 1000 * (try - 1)))" \
          "${files[@]}" 2>"$dir/stderr" &
        pid=$!
        local waited=0
        while kill -0 "$pid" 2>/dev/null; do
          if grep -q 'ArrayIndexOutOfBoundsException' "$dir/stderr" || ((waited >= 600)); then
            # The JVM is the child of /usr/bin/time, which then reports and exits.
            pkill -P "$pid" java || true
            break
          fi
          sleep 1
          waited=$((waited + 1))
        done
        if wait "$pid" && [[ -s "$dir/record.json" ]]; then
          grep -v 'MalletLogger\|resources\|Continuing' "$dir/stderr" >&2 || true
          return 0
        fi
        echo "bench: mallet-2threads try $try failed: $(grep -m1 -E 'Exception|Error' "$dir/stderr" || echo "no result after ${waited} s")" >&2
      done
      return 1 ;;
    sklearn)
      "${timed[@]}" "$python" "$here/topics/sklearn_lda.py" "${data[@]}" --k "$k" --seed "$seed" \
        --passes 10 --n-jobs 1 "${files[@]}" ;;
    sklearn-2jobs)
      "${timed[@]}" "$python" "$here/topics/sklearn_lda.py" "${data[@]}" --k "$k" --seed "$seed" \
        --passes 10 --n-jobs 2 "${files[@]}" ;;
    mllib)
      # shellcheck disable=SC2086
      "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MllibTopics \
        "${data[@]}" --k "$k" --seed "$seed" --master 'local[2]' $MLLIB_JOB $mllib_args \
        "${files[@]}" 2> >(grep -v ' WARN ' >&2) ;;
    mllib-spark-defaults)
      "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MllibTopics \
        "${data[@]}" --k "$k" --seed "$seed" --master 'local[2]' --defaults spark --max-iter 100 \
        --partitions 2 --cache true "${files[@]}" 2> >(grep -v ' WARN ' >&2) ;;
    mllib-em)
      mkdir -p "$dir/checkpoints"
      "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MllibTopics \
        "${data[@]}" --k "$k" --seed "$seed" --master 'local[2]' --defaults spark \
        --optimizer em --max-iter 50 --checkpoint-interval 10 \
        --checkpoint-dir "$dir/checkpoints" --partitions 2 --cache true "${files[@]}" \
        2> >(grep -v ' WARN ' >&2)
      rm -rf "$dir/checkpoints" ;;
    *)
      local variant args=""
      for variant in "${variants[@]}"; do
        [[ "${variant%%:*}" == "$tool" ]] && args="${variant#*:}"
      done
      [[ -n "$args" ]] || { echo "bench: unknown tool $tool" >&2; return 2; }
      # shellcheck disable=SC2086
      "${timed[@]}" java "${jvm[@]}" -cp "$classpath" io.storylines.bench.topics.MllibTopics \
        "${data[@]}" --k "$k" --seed "$seed" --master 'local[2]' $MLLIB_JOB $args \
        "${files[@]}" 2> >(grep -v ' WARN ' >&2) ;;
  esac
}

echo "bench: load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for k in $ks; do
  for seed in $(seq 1 "$runs"); do
    for tool in $tools; do
      dir="$out/runs/k$k-$tool-$seed"
      mkdir -p "$dir"
      run_tool "$tool" "$k" "$seed" "$dir"
      (cd "$here/topics" && "$python" score.py "$work" "$dir/phi.npy") > "$dir/score.json"
      name="$tool"
      [[ "$tool" == mllib && -n "$label" ]] && name="$label"
      (cd "$here/topics" && "$python" report.py merge "$dir/record.json" "$dir/score.json" \
        "$dir/time.txt" "$name") | tee -a "$out/results.jsonl" >&2
      rm -f "$dir/phi.npy"
    done
  done
done
echo "bench: load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
(cd "$here/topics" && "$python" report.py table "$out/results.jsonl") | tee "$out/table.md"
echo "bench: runs kept in $out" >&2
