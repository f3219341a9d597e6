package io.storylines;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.FieldMapping;
import io.storylines.config.StorylinesConfig;
import io.storylines.config.UndatedPolicy;
import io.storylines.run.RunResult;
import io.storylines.testing.ParquetFiles;
import io.storylines.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Whole-job runs over small inputs made in the test, one input situation per test. */
@ExtendWith(SharedSpark.class)
class IngestFilesTest {

  @TempDir Path temp;

  private static String line(String id, String date, String body) {
    return "{\"id\":\"" + id + "\",\"source\":\"s\",\"date\":\"" + date + "\",\"body\":\"" + body + "\"}\n";
  }

  private RunResult run(SparkSession spark, StorylinesConfig.Builder config) {
    RunResult result = StorylinesJob.run(spark, config.output(temp.resolve("out").toString()).build());
    assertEquals(result.recordsRead(), result.articlesAccepted() + result.recordsRejected());
    return result;
  }

  @Test
  void truncatedGzipKeepsItsFirstRecordsAndIsReportedByName(SparkSession spark) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append(line("a" + i, "2025-03-0" + (1 + i % 9), "body number " + i + " " + "x".repeat(i % 50)));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = gz.toByteArray();
    Path dir = Files.createDirectories(temp.resolve("in"));
    Path truncated = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    RunResult result = run(spark, StorylinesConfig.builder().input(truncated.getParent().toString()));
    assertEquals(1L, result.rejectedByReason().get("unreadable_file"));
    assertTrue(result.articlesAccepted() > 100 && result.articlesAccepted() < 2000,
        "accepted " + result.articlesAccepted());
    assertEquals(List.of("file:" + truncated), result.unreadableFiles());
  }

  /**
   * bzip2 and Zstandard are read inside a folder as gzip is, not only when the file is named; a
   * Zstandard file that breaks off is an unreadable_file reject, named in the run's result.
   */
  @Test
  void bzip2AndZstandardFilesInAFolderAreRead(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    org.apache.hadoop.io.compress.BZip2Codec codec = new org.apache.hadoop.io.compress.BZip2Codec();
    codec.setConf(new org.apache.hadoop.conf.Configuration());
    try (java.io.OutputStream out =
        codec.createOutputStream(Files.newOutputStream(dir.resolve("news.jsonl.bz2")))) {
      out.write((line("a", "2025-01-02", "first text") + line("b", "2025-01-03", "second text"))
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] zstd =
        com.github.luben.zstd.Zstd.compress(
            (line("c", "2025-01-04", "third text") + line("d", "2025-01-05", "fourth text"))
                .getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("more.JSONL.zst"), zstd);
    Path truncated = dir.resolve("broken.jsonl.zst");
    Files.write(truncated, java.util.Arrays.copyOf(zstd, zstd.length / 2));
    RunResult result = run(spark, StorylinesConfig.builder().input(dir.toString()));
    assertEquals(4, result.articlesAccepted());
    assertEquals(Map.of("unreadable_file", 1L), result.rejectedByReason());
    assertEquals(List.of("file:" + truncated), result.unreadableFiles());
  }

  /** A glob selects its files, and an empty file among them reads no records. */
  @Test
  void globSelectsFilesAndAnEmptyOneReadsNoRecords(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(dir.resolve("a.jsonl"), line("a", "2025-01-02", "text"));
    Files.writeString(dir.resolve("b.jsonl"), line("b", "2025-01-02", "text"));
    Files.writeString(dir.resolve("empty.jsonl"), "");
    Files.writeString(dir.resolve("c.csv"), "id,date,body\nc,2025-01-02,text\n");
    RunResult result = run(spark, StorylinesConfig.builder().input(dir + "/*.jsonl"));
    assertEquals(2, result.recordsRead());
    assertEquals(2, result.articlesAccepted());
  }

  @Test
  void parquetInputIsMappedLikeTheOtherFormats(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("doc", DataTypes.StringType)
            .add("when", DataTypes.TimestampType)
            .add("meta", new StructType().add("headline", DataTypes.StringType))
            .add("text", DataTypes.StringType);
    List<Row> rows =
        List.of(
            RowFactory.create("p1", java.sql.Timestamp.valueOf("2025-06-01 10:00:00"), RowFactory.create("H1"), "body one"),
            RowFactory.create("p2", null, RowFactory.create("H2"), "body two"),
            RowFactory.create("p3", java.sql.Timestamp.valueOf("2025-07-01 10:00:00"), RowFactory.create("H3"), "  "));
    Path input = temp.resolve("in/articles.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());
    RunResult result =
        run(
            spark,
            StorylinesConfig.builder()
                .input(input.toString())
                .mapping(FieldMapping.parse(List.of("id=doc,published_at=when,title=meta.headline"))));
    assertEquals(3, result.recordsRead());
    assertEquals(1, result.articlesAccepted());
    assertEquals(1L, result.rejectedByReason().get("bad_date"));
    assertEquals(1L, result.rejectedByReason().get("empty_text"));
    Row article = spark.read().parquet(temp.resolve("out/articles").toString()).first();
    assertEquals("H1", article.getAs("title"));
    assertEquals("unknown:p1", article.getAs("article_id"));
    assertTrue(((String) article.getAs("input_locator")).startsWith("row "));
  }

  /** One Parquet file, not a folder, at {@code target}. */
  private Path parquetFile(SparkSession spark, StructType schema, List<Row> rows, Path target) throws IOException {
    Path written = temp.resolve("written-" + target.getFileName());
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(written.toString());
    try (java.util.stream.Stream<Path> parts = Files.list(written)) {
      Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      return Files.move(part, target);
    }
  }

  /** Counts the Spark jobs that fail while it is registered. */
  private static final class FailedJobs extends org.apache.spark.scheduler.SparkListener {
    final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd end) {
      if (end.jobResult() instanceof org.apache.spark.scheduler.JobFailed) {
        count.incrementAndGet();
      }
    }
  }

  /**
   * A Parquet file cut short is one unreadable_file reject; a name with glob characters is read as
   * named; a file whose id column is a number where the others' is text is read on its own. Each
   * stopped the run before. No Spark job fails on the way: before, Spark tried to merge the two
   * schemas in a job that failed and logged its stack traces.
   */
  @Test
  void badParquetFilesDoNotStopTheRun(SparkSession spark) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("in"));
    StructType text = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType).add("body", DataTypes.StringType);
    StructType numbered = new StructType().add("id", DataTypes.LongType).add("date", DataTypes.StringType).add("body", DataTypes.StringType);
    Path good =
        parquetFile(
            spark, text,
            List.of(RowFactory.create("g1", "2025-01-02", "first text"), RowFactory.create("g2", "2025-01-03", "second text")),
            dir.resolve("good.parquet"));
    parquetFile(spark, text, List.of(RowFactory.create("o1", "2025-01-04", "odd name")), dir.resolve("odd[1].parquet"));
    parquetFile(spark, numbered, List.of(RowFactory.create(7L, "2025-01-05", "numbered id")), dir.resolve("numbered.parquet"));
    byte[] bytes = Files.readAllBytes(good);
    Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
    Path damaged = dir.resolve("damaged.parquet");
    long[] rowGroups = ParquetFiles.writeDamaged(damaged);
    long damagedRows = Arrays.stream(rowGroups).sum();

    FailedJobs failed = new FailedJobs();
    spark.sparkContext().addSparkListener(failed);
    RunResult result;
    try {
      result = run(spark, StorylinesConfig.builder().input(dir.toString()));
      spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
    } finally {
      spark.sparkContext().removeSparkListener(failed);
    }

    assertEquals(0, failed.count.get(), "failed Spark jobs");
    long firstRowGroup = rowGroups[0];
    assertEquals(
        5 + firstRowGroup + 1,
        result.recordsRead(),
        "2 + 1 + 1 + the unreadable file + the damaged file's first row group and its reject");
    assertEquals(4 + firstRowGroup, result.articlesAccepted());
    assertEquals(Map.of("unreadable_file", 2L), result.rejectedByReason());
    assertEquals(List.of("file:" + cut, "file:" + damaged), result.unreadableFiles().stream().sorted().toList());
    List<String> ids =
        spark.read().parquet(temp.resolve("out/articles").toString()).select("article_id").as(Encoders.STRING())
            .collectAsList().stream().filter(id -> !id.startsWith("unknown:d")).sorted().toList();
    assertEquals(List.of("unknown:7", "unknown:g1", "unknown:g2", "unknown:o1"), ids);
    Row reject =
        spark.read().parquet(temp.resolve("out/rejects").toString())
            .filter(col("input_file").endsWith("damaged.parquet"))
            .first();
    String detail = reject.getAs("detail");
    assertTrue(
        detail.startsWith((damagedRows - firstRowGroup) + " of the " + damagedRows + " rows of "),
        detail);
    assertTrue(detail.contains("at row " + (firstRowGroup + 1) + ": "), detail);
  }

  /**
   * Past {@link io.storylines.ingest.ReadArticles#MAX_SCHEMA_GROUPS} distinct schemas the files are
   * read in groups whose schemas merge: here the sixteen whose id is text, and the one whose id is
   * a number. Before, all were read in one merged read, whose failure Spark logged.
   */
  @Test
  void parquetFilesOfManySchemasAreAllRead(SparkSession spark) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("in"));
    int files = io.storylines.ingest.ReadArticles.MAX_SCHEMA_GROUPS + 1;
    for (int i = 0; i < files; i++) {
      String id = i == 0 ? "required int64 id;" : "required binary id (STRING);";
      ParquetFiles.write(
          dir.resolve("f" + i + ".parquet"),
          "message article { " + id + " required binary date (STRING);"
              + " required binary body (STRING); required binary extra_" + i + " (STRING); }",
          List.of(
              ParquetFiles.row(
                  "id", i == 0 ? (Object) 100L : "m" + i,
                  "date", "2025-01-02",
                  "body", "text " + i,
                  "extra_" + i, "x")));
    }
    // The ingest stage alone: a whole run here took two minutes.
    StorylinesConfig config =
        StorylinesConfig.builder().input(dir.toString()).output(temp.resolve("out").toString()).build();
    io.storylines.ingest.ArticleMapper mapper =
        new io.storylines.ingest.ArticleMapper(
            config.mapping(),
            new io.storylines.ingest.DateParser(
                config.dateFormats(), java.time.ZoneOffset.UTC, config.dayFirst()),
            config.period(),
            config.undated(),
            config.defaultSource());
    FailedJobs failed = new FailedJobs();
    spark.sparkContext().addSparkListener(failed);
    List<Row> outcomes;
    try {
      outcomes =
          new io.storylines.ingest.ReadArticles(mapper, config.readerOptions())
              .read(
                  spark,
                  new io.storylines.ingest.ListInputFiles(
                          spark.sparkContext().hadoopConfiguration(), config.format())
                      .list(config.inputs()))
              .outcomes()
              .collectAsList();
      spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
    } finally {
      spark.sparkContext().removeSparkListener(failed);
    }
    assertEquals(0, failed.count.get(), "failed Spark jobs: a schema merge that could not succeed was tried");
    assertEquals(files, outcomes.size());
    assertEquals(
        files, outcomes.stream().filter(row -> row.<Boolean>getAs("accepted")).count(), outcomes.toString());
  }

  @Test
  void undatedKeepPublishesAnUndatedPartition(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(dir.resolve("a.jsonl"), line("a", "not a date", "text") + line("b", "2025-01-02", "text"));
    RunResult result =
        run(spark, StorylinesConfig.builder().input(dir.toString()).undated(UndatedPolicy.KEEP));
    assertEquals(2, result.articlesAccepted());
    assertEquals(
        1,
        spark.read().parquet(temp.resolve("out/articles").toString())
            .filter(col("period").equalTo("undated").and(col("published_at").isNull()))
            .count());
    assertTrue(Files.isDirectory(temp.resolve("out/articles/period=undated")));
  }

  /**
   * A second run into the same output replaces the tables and adds a row to the runs table, also
   * when that table was written by an older version, without the newer {@code topic_models}
   * column: the old row keeps a null there.
   */
  @Test
  void secondRunReplacesTheTablesAndAddsToARunsTableWrittenWithoutANewerColumn(SparkSession spark)
      throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(dir.resolve("a.jsonl"), line("a", "2025-01-02", "text"));
    run(spark, StorylinesConfig.builder().input(dir.toString()));
    // The runs table as an older version wrote it: without topic_models (rewritten in place,
    // behind the published link).
    String runs = temp.resolve("out/runs").toRealPath().toString();
    String old = temp.resolve("old-runs").toString();
    spark.read().parquet(runs).drop("topic_models").write().parquet(old);
    spark.read().parquet(old).write().mode("overwrite").parquet(runs);

    Files.writeString(dir.resolve("b.jsonl"), line("b", "2025-02-02", "text"));
    RunResult second = run(spark, StorylinesConfig.builder().input(dir.toString()));
    assertEquals(2, second.articlesAccepted());
    assertEquals(2, spark.read().parquet(temp.resolve("out/articles").toString()).count());
    List<Row> rows =
        spark.read().parquet(temp.resolve("out/runs").toString()).orderBy("started_at").collectAsList();
    assertEquals(2, rows.size());
    assertTrue(rows.get(0).isNullAt(rows.get(0).fieldIndex("topic_models")));
    assertEquals(second.runId(), rows.get(1).getAs("run_id"));
    assertEquals(0, rows.get(1).getList(rows.get(1).fieldIndex("topic_models")).size(),
        "two articles: too few documents for a topic model");
  }
}
