#!/usr/bin/env bash
# Example: Storylines on Kubernetes, with a Spark 4.2 (Scala 2.13) distribution in SPARK_HOME, an
# image built from it (STORYLINES_IMAGE, e.g. with $SPARK_HOME/bin/docker-image-tool.sh) and the
# thin jar where the pods can read it (STORYLINES_JAR: an s3a:// or https:// URL, or local:///path
# baked into the image).
#   STORYLINES_JAR=s3a://bucket/jars/storylines.jar \
#     jobs/submit-k8s.sh run --input s3a://bucket/news/2025 --output s3a://bucket/storylines/out
# The image needs hadoop-aws and its AWS SDK bundle in /opt/spark/jars for s3a:// (README).
# STORYLINES_SUBMIT_OPTS adds spark-submit options, after the script's own, so that they win;
# e.g. --packages org.apache.hadoop:hadoop-aws:3.5.0
# for s3a:// (docs/cluster.md).
set -euo pipefail
: "${SPARK_HOME:?set SPARK_HOME to a Spark 4.2 distribution}"
: "${K8S_API:?set K8S_API to the API server, e.g. https://k8s.example:6443}"
: "${STORYLINES_IMAGE:?set STORYLINES_IMAGE to a Spark 4.2 image}"
: "${STORYLINES_JAR:?set STORYLINES_JAR to where the pods read target/storylines.jar}"

# Cluster mode: the driver is a pod. Memory: executor pods are sized memory + overhead. Shuffle
# partitions: about 2 to 3 per executor core. Partition overwrite stays static (Spark's default):
# tables are written whole into a fresh staging folder, then published (docs/publishing.md).
# shellcheck disable=SC2086
exec "$SPARK_HOME/bin/spark-submit" \
  --master "k8s://$K8S_API" --deploy-mode cluster \
  --name storylines \
  --class io.storylines.cli.StorylinesCli \
  --conf spark.kubernetes.container.image="$STORYLINES_IMAGE" \
  --conf spark.kubernetes.namespace="${STORYLINES_NAMESPACE:-default}" \
  --conf spark.kubernetes.authenticate.driver.serviceAccountName="${STORYLINES_SERVICE_ACCOUNT:-spark}" \
  --conf spark.driver.memory="${STORYLINES_DRIVER_MEMORY:-4g}" \
  --conf spark.executor.instances="${STORYLINES_EXECUTORS:-8}" \
  --conf spark.executor.cores="${STORYLINES_EXECUTOR_CORES:-4}" \
  --conf spark.executor.memory="${STORYLINES_EXECUTOR_MEMORY:-8g}" \
  --conf spark.executor.memoryOverhead="${STORYLINES_EXECUTOR_OVERHEAD:-1g}" \
  --conf spark.sql.shuffle.partitions="${STORYLINES_SHUFFLE_PARTITIONS:-96}" \
  --conf spark.sql.sources.partitionOverwriteMode=static \
  ${STORYLINES_SUBMIT_OPTS:-} \
  "$STORYLINES_JAR" "$@"
