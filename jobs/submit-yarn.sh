#!/usr/bin/env bash
# Example: Storylines on YARN, with a Spark 4.2 (Scala 2.13) distribution in SPARK_HOME and the
# cluster's Hadoop configuration in HADOOP_CONF_DIR.
#   jobs/submit-yarn.sh run --input hdfs:///news/2025 --output hdfs:///storylines/out
# Sizes are for a corpus of about a million articles; change them with the environment variables
# below. The arguments after the script's name are those of jobs/storylines (run, report, graph).
# STORYLINES_SUBMIT_OPTS adds spark-submit options, after the script's own, so that they win;
# e.g. --packages org.apache.hadoop:hadoop-aws:3.5.0
# for s3a:// (docs/cluster.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${SPARK_HOME:?set SPARK_HOME to a Spark 4.2 distribution}"
: "${HADOOP_CONF_DIR:?set HADOOP_CONF_DIR to the cluster Hadoop configuration}"

# --deploy-mode cluster: the driver runs in YARN too, so paths must be hdfs:// or s3a://, never
# local ones. Shuffle partitions: about 2 to 3 per executor core. Tables are written whole into a
# fresh staging folder and then published (docs/publishing.md), so partition overwrite stays
# static, Spark's default, whatever the cluster's defaults say.
# shellcheck disable=SC2086
exec "$SPARK_HOME/bin/spark-submit" \
  --master yarn --deploy-mode cluster \
  --name storylines \
  --queue "${STORYLINES_YARN_QUEUE:-default}" \
  --class io.storylines.cli.StorylinesCli \
  --driver-memory "${STORYLINES_DRIVER_MEMORY:-4g}" \
  --num-executors "${STORYLINES_EXECUTORS:-8}" \
  --executor-cores "${STORYLINES_EXECUTOR_CORES:-4}" \
  --executor-memory "${STORYLINES_EXECUTOR_MEMORY:-8g}" \
  --conf spark.executor.memoryOverhead="${STORYLINES_EXECUTOR_OVERHEAD:-1g}" \
  --conf spark.sql.shuffle.partitions="${STORYLINES_SHUFFLE_PARTITIONS:-96}" \
  --conf spark.sql.sources.partitionOverwriteMode=static \
  --conf spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=log4j2.properties \
  --files "$root/jobs/conf/log4j2.properties" \
  ${STORYLINES_SUBMIT_OPTS:-} \
  "$root/target/storylines.jar" "$@"
