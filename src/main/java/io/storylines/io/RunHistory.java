package io.storylines.io;

import io.storylines.ingest.InputListing;
import io.storylines.run.RunRecorder;
import io.storylines.run.StageRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Stages the {@code runs} table and the run manifest {@code _run.json} of a successful run: the
 * previously published runs (if any) plus this run's row. The manifest is written last, once its
 * counts are final, and is stored whole in the row's {@code manifest} column too.
 */
public final class RunHistory {
  private final SparkSession spark;
  private final TableWriter writer;

  public RunHistory(SparkSession spark, TableWriter writer) {
    this.spark = spark;
    this.writer = writer;
  }

  /**
   * @return the number of rows in the staged runs table
   */
  public long stage(
      OutputLayout layout,
      RunRecorder run,
      InputListing inputs,
      long read,
      long accepted,
      long rejected,
      Map<String, Long> rejectedByReason,
      List<String> topicModels,
      Map<String, Object> tables) {
    Dataset<Row> previous = previousRuns(layout);
    long rows = (previous == null ? 0 : previous.count()) + 1;
    @SuppressWarnings("unchecked")
    Map<String, Object> runsEntry = (Map<String, Object>) tables.get(RunsTable.NAME);
    runsEntry.put("rows", rows);
    run.section("tables", tables);
    Instant endedAt = Instant.now();
    Map<String, Object> manifestTree = run.manifest("succeeded", endedAt, null);
    String manifest = RunRecorder.toJson(manifestTree);
    // The row keeps the manifest without its per-file list, which can run to megabytes (31,525
    // entries for ANT v2.1); input_files and input_bytes summarize it.
    Map<String, Object> rowManifest = new LinkedHashMap<>(manifestTree);
    rowManifest.remove("inputs");

    List<Row> reasons = new ArrayList<>();
    rejectedByReason.forEach((reason, n) -> reasons.add(RowFactory.create(reason, n)));
    List<Row> stages = new ArrayList<>();
    for (StageRecord stage : run.stages()) {
      stages.add(RowFactory.create(stage.name(), stage.seconds()));
    }
    Map<String, String> versions = run.versions();
    Row row =
        RowFactory.create(
            run.runId(),
            Timestamp.from(run.startedAt()),
            Timestamp.from(endedAt),
            versions.get("storylines"),
            versions.get("spark"),
            versions.get("java"),
            run.arguments(),
            run.configHash(),
            (long) inputs.files().size(),
            inputs.totalBytes(),
            read,
            accepted,
            rejected,
            reasons,
            stages,
            topicModels,
            RunRecorder.toJson(rowManifest));
    Dataset<Row> current = spark.createDataFrame(List.of(row), RunsTable.SPEC.schema());
    // Oldest first, in one file: readers that read a folder's files in name order (pandas, pyarrow,
    // DuckDB, polars) then see the runs in order. Spark reads the earlier files largest first, so
    // the union alone does not keep their order.
    Dataset<Row> history =
        previous == null
            ? current
            : RunsTable.SPEC.select(withNewColumns(previous)).unionByName(current)
                .orderBy(functions.col("started_at"), functions.col("run_id"))
                .coalesce(1);
    writer.write(RunsTable.SPEC, history, layout.stagedTable(RunsTable.NAME));
    TableWriter.writeText(spark.sparkContext().hadoopConfiguration(), layout.manifestFile(), manifest);
    return rows;
  }

  /**
   * Earlier runs, with the columns added to the table since they were written (null: the run did
   * not record it).
   */
  private static Dataset<Row> withNewColumns(Dataset<Row> previous) {
    Dataset<Row> filled = previous;
    for (StructField field : RunsTable.SPEC.schema().fields()) {
      if (!java.util.Arrays.asList(previous.columns()).contains(field.name())) {
        filled = filled.withColumn(field.name(), functions.lit(null).cast(field.dataType()));
      }
    }
    return filled;
  }

  private Dataset<Row> previousRuns(OutputLayout layout) {
    Path published = layout.publishedTable(RunsTable.NAME);
    try {
      FileSystem fs = published.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(published)) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for earlier runs in " + published, e);
    }
    return spark.read().parquet(published.toString());
  }
}
