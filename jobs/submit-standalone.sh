#!/usr/bin/env bash
# Example: Storylines on a Spark standalone cluster (SPARK_MASTER, e.g. spark://master:7077), with
# a Spark 4.2 (Scala 2.13) distribution in SPARK_HOME on this machine. The driver runs here (client
# mode), so its log and progress lines show in this terminal.
#   SPARK_MASTER=spark://master:7077 \
#     jobs/submit-standalone.sh run --input hdfs:///news/2025 --output hdfs:///storylines/out
# Input and output must be paths every executor reaches (hdfs://, s3a://, or a shared mount);
# jobs/local-cluster.sh does the same against a cluster on this machine.
# STORYLINES_SUBMIT_OPTS adds spark-submit options, after the script's own, so that they win;
# e.g. --packages org.apache.hadoop:hadoop-aws:3.5.0
# for s3a:// (docs/cluster.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${SPARK_HOME:?set SPARK_HOME to a Spark 4.2 distribution}"
: "${SPARK_MASTER:?set SPARK_MASTER, e.g. spark://master:7077}"

# Standalone gives each application all free cores unless capped: spark.cores.max. Shuffle
# partitions: about 2 to 3 per core. Partition overwrite stays static (Spark's default): tables are
# written whole into a fresh staging folder, then published (docs/publishing.md).
# shellcheck disable=SC2086
exec "$SPARK_HOME/bin/spark-submit" \
  --master "$SPARK_MASTER" --deploy-mode client \
  --name storylines \
  --class io.storylines.cli.StorylinesCli \
  --driver-memory "${STORYLINES_DRIVER_MEMORY:-4g}" \
  --executor-cores "${STORYLINES_EXECUTOR_CORES:-4}" \
  --executor-memory "${STORYLINES_EXECUTOR_MEMORY:-8g}" \
  --conf spark.cores.max="${STORYLINES_MAX_CORES:-32}" \
  --conf spark.sql.shuffle.partitions="${STORYLINES_SHUFFLE_PARTITIONS:-96}" \
  --conf spark.sql.sources.partitionOverwriteMode=static \
  --conf "spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=$root/jobs/conf/log4j2.properties" \
  ${STORYLINES_SUBMIT_OPTS:-} \
  "$root/target/storylines.jar" "$@"
