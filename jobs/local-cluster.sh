#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from the Spark jars Maven resolved (no Spark download),
# and Storylines submitted to it as to any cluster: the driver in this shell (client mode), the work
# in executors that see only Spark's jars and target/storylines.jar.
#
#   jobs/local-cluster.sh up                    a Master and two Workers (1 core, 2g each)
#   jobs/local-cluster.sh submit COMMAND ARGS   e.g. submit run --input data/sample --output out-cluster
#   jobs/local-cluster.sh down                  stop them (by their PIDs)
#   jobs/local-cluster.sh run ARGS              up, submit run ARGS, down; ARGS as for jobs/storylines run
#
# Everything binds to 127.0.0.1, and every port is chosen by the system (the Master's URL is read
# from its log), so two clusters on one machine do not collide. The state (SPARK_HOME with jars/
# and conf/, PIDs, the Master's URL, logs, the Workers' folders) is in STORYLINES_CLUSTER_DIR,
# default target/local-cluster. Executors write the tables themselves, so --output must be a path
# they can reach: on one machine any local path is (a relative one is resolved by the driver).
#
# Settings (environment): STORYLINES_CLUSTER_WORKERS (2), STORYLINES_WORKER_MEMORY (2g, what a
# Worker offers), STORYLINES_EXECUTOR_MEMORY (1g), STORYLINES_DRIVER_MEMORY (2g),
# STORYLINES_JAVA_OPTS (more JVM options for the driver), STORYLINES_EXECUTOR_JAVA_OPTS (more JVM
# options for the executors), STORYLINES_SUBMIT_OPTS (more spark-submit options; a --conf there
# wins over this script's).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/target/storylines.jar"
spark_classpath="$root/target/spark-classpath.txt"
jvm_options="$root/target/launcher/jvm.options"

state="${STORYLINES_CLUSTER_DIR:-$root/target/local-cluster}"
workers="${STORYLINES_CLUSTER_WORKERS:-2}"
worker_memory="${STORYLINES_WORKER_MEMORY:-2g}"
executor_memory="${STORYLINES_EXECUTOR_MEMORY:-1g}"
driver_memory="${STORYLINES_DRIVER_MEMORY:-2g}"

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

say() { echo "local-cluster: $*" >&2; }

build_if_needed() {
  if [[ ! -f "$jar" || ! -f "$spark_classpath" || ! -f "$jvm_options" ]] \
     || [[ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]]; then
    say "building (mvn package, once) ..."
    # Maven 3.8's -q still prints colour resets (ESC [0m); they would stick to the job's first line.
    (cd "$root" && mvn -B -q -DskipTests package 2>&1 | sed $'s/\033\\[0m//g') >&2
  fi
}

# The environment of every cluster JVM. Workers need SPARK_HOME (they build the executors' class
# path from its jars/ and conf/) and SPARK_SCALA_VERSION (without it Spark's launcher looks for a
# source build's target/scala-* folders).
cluster_env() {
  state="$(mkdir -p "$state" && cd "$state" && pwd)"
  export SPARK_HOME="$state/spark-home"
  export SPARK_SCALA_VERSION=2.13
  export SPARK_LOCAL_IP=127.0.0.1
  export SPARK_LOCAL_DIRS="$state/tmp"
  spark_cp="$SPARK_HOME/conf:$SPARK_HOME/jars/*"
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until FILE has a line matching the extended regex PATTERN, while the process of PIDFILE
# lives; prints the first match.
await_log() {
  local file="$1" pattern="$2" pidfile="$3" what="$4" seconds=120
  for ((i = 0; i < seconds * 5; i++)); do
    if grep -Eo "$pattern" "$file" 2>/dev/null | head -n 1 | grep .; then
      return 0
    fi
    if ! alive "$pidfile"; then
      say "$what exited; the end of $file:"
      tail -n 30 "$file" >&2 || true
      return 1
    fi
    sleep 0.2
  done
  say "$what not ready after $seconds s; see $file"
  return 1
}

# Starts a cluster JVM in the background, detached from this shell's terminal and pipes.
start_daemon() {
  local name="$1"
  shift
  # shellcheck disable=SC2046
  nohup java $(cat "$jvm_options") -Xmx512m \
    -Dlog4j2.configurationFile="$here/conf/log4j2-verbose.properties" \
    -cp "$spark_cp" "$@" </dev/null >"$state/logs/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
}

up() {
  build_if_needed
  cluster_env
  if alive "$state/master.pid"; then
    say "already up in $state (master $(cat "$state/master-url" 2>/dev/null)); 'down' first"
    exit 1
  fi
  rm -rf "$SPARK_HOME" "$state/logs" "$state/work" "$SPARK_LOCAL_DIRS"
  mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf" "$state/logs" "$state/work" "$SPARK_LOCAL_DIRS"
  # jars/: Spark and its dependencies only (provided scope), never the job's own dependencies, so
  # a run proves that the thin jar carries everything else.
  tr ':' '\n' <"$spark_classpath" | while read -r dependency; do
    ln -s "$dependency" "$SPARK_HOME/jars/"
  done
  # conf/ is on the class path of every cluster JVM: executors log warnings only, as the driver.
  ln -s "$here/conf/log4j2.properties" "$SPARK_HOME/conf/log4j2.properties"

  start_daemon master org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0
  local url
  url="$(await_log "$state/logs/master.log" 'spark://127\.0\.0\.1:[0-9]+' "$state/master.pid" master)" \
    || { down; exit 1; }
  echo "$url" >"$state/master-url"

  for ((n = 1; n <= workers; n++)); do
    mkdir -p "$state/work/worker-$n"
    start_daemon "worker-$n" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory "$worker_memory" \
      --work-dir "$state/work/worker-$n" "$url"
  done
  for ((n = 1; n <= workers; n++)); do
    await_log "$state/logs/worker-$n.log" 'Successfully registered with master' \
      "$state/worker-$n.pid" "worker $n" >/dev/null || { down; exit 1; }
  done
  local ui
  ui="$(sed -n "s/.*service 'MasterUI' on port \([0-9]*\).*/http:\/\/127.0.0.1:\1/p" "$state/logs/master.log" | head -n 1)"
  say "up: master $url (web UI ${ui:-unknown}), $workers workers of 1 core and $worker_memory; state in $state"
}

submit() {
  [[ $# -gt 0 ]] || usage
  build_if_needed
  cluster_env
  if ! alive "$state/master.pid" || [[ ! -f "$state/master-url" ]]; then
    say "no cluster is up in $state; start one with 'jobs/local-cluster.sh up'"
    exit 1
  fi
  local log_config="$here/conf/log4j2.properties"
  for arg in "$@"; do
    [[ "$arg" == --verbose ]] && log_config="$here/conf/log4j2-verbose.properties"
  done
  local options
  options="$(cat "$jvm_options")"
  # The driver runs here (client mode) with Spark's JVM options; executors get the same options,
  # from the same file, through spark.executor.extraJavaOptions. Shuffles use 4 partitions per
  # core of the cluster, as embedded runs do per local core.
  # shellcheck disable=SC2086
  java $options -Xmx"$driver_memory" -Dlog4j2.configurationFile="$log_config" \
    ${STORYLINES_JAVA_OPTS:-} \
    -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master "$(cat "$state/master-url")" --deploy-mode client \
    --class io.storylines.cli.StorylinesCli \
    --conf "spark.executor.extraJavaOptions=$options ${STORYLINES_EXECUTOR_JAVA_OPTS:-}" \
    --conf "spark.executor.memory=$executor_memory" \
    --conf "spark.sql.shuffle.partitions=$((4 * workers))" \
    --conf spark.ui.port=0 \
    ${STORYLINES_SUBMIT_OPTS:-} \
    "$jar" "$@"
}

# Stops the Workers, then the Master, by the PIDs that 'up' recorded: SIGTERM (a Worker stops its
# executors), then SIGKILL after 20 s. Logs stay in the state folder; SPARK_HOME (links, made
# again by 'up'), executors' copies of the jar and scratch files go.
down() {
  cluster_env
  local pidfiles=("$state"/worker-*.pid "$state/master.pid")
  for pidfile in "${pidfiles[@]}"; do
    alive "$pidfile" && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "${pidfiles[@]}"; do
    [[ -f "$pidfile" ]] || continue
    local waited=0
    while alive "$pidfile" && ((waited < 100)); do
      sleep 0.2
      waited=$((waited + 1))
    done
    if alive "$pidfile"; then
      say "$(basename "$pidfile" .pid) did not stop; killing it"
      kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
  rm -f "$state/master-url"
  rm -rf "$SPARK_LOCAL_DIRS" "$SPARK_HOME"
  find "$state/work" -name '*.jar' -delete 2>/dev/null || true
}

run() {
  up
  trap 'status=$?; trap - EXIT; down; say "down (logs in $state/logs and $state/work)"; exit $status' EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  submit run "$@"
}

[[ $# -gt 0 ]] || usage
command="$1"
shift
case "$command" in
  up) up ;;
  submit) submit "$@" ;;
  down) down; say "down" ;;
  run) run "$@" ;;
  -h|--help|help) usage ;;
  *) say "unknown command '$command'"; usage ;;
esac
