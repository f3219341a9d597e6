package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.StorylinesConfig;
import io.storylines.testing.ParquetFiles;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage's reading of Parquet files whose data pages are damaged. */
@ExtendWith(SharedSpark.class)
class ReadArticlesTest {

  @TempDir Path temp;

  private static ReadArticles reader(StorylinesConfig config) {
    return new ReadArticles(
        new ArticleMapper(
            config.mapping(),
            new DateParser(config.dateFormats(), ZoneOffset.UTC, config.dayFirst()),
            config.period(),
            config.undated(),
            config.defaultSource()),
        config.readerOptions());
  }

  @Test
  void damagedDataPagesEndTheFileWithoutFailingTheRead(SparkSession spark) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("in"));
    long[] rowGroups = ParquetFiles.writeDamaged(dir.resolve("damaged.parquet"));
    long rows = Arrays.stream(rowGroups).sum();
    StorylinesConfig config =
        StorylinesConfig.builder().input(dir.toString()).output(temp.resolve("out").toString()).build();
    ReadArticles.ArticlesRead read =
        reader(config)
            .read(
                spark,
                new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format())
                    .list(config.inputs()));
    String path = read.parquetRows().keySet().iterator().next();
    assertEquals(Map.of(path, rows), read.parquetRows(), "the footer's row count");
    long readRows = read.outcomes().count();
    assertEquals(rowGroups[0], readRows, "the rows before the damaged row group");

    List<Row> rejects = ReadArticles.missingParquetRows(spark, read.parquetRows(), Map.of(path, readRows));
    assertEquals(1, rejects.size());
    Row reject = rejects.get(0);
    assertEquals(path, reject.getString(OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.INPUT_FILE)));
    assertEquals("unreadable_file", reject.getString(OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.REASON)));
    String detail = reject.getString(OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.DETAIL));
    assertTrue(detail.startsWith((rows - readRows) + " of the " + rows + " rows of " + path), detail);
    assertTrue(detail.contains("at row " + (rowGroups[0] + 1) + ": IOException: can not read class"), detail);
  }

  @Test
  void forcedEncodingReachesTheTasks(SparkSession spark) throws Exception {
    // Legacy Arabic and Turkish exports; the charset goes to Spark's tasks by name (its Charset
    // classes cannot be serialized, and --encoding used to fail every run).
    Path dir = Files.createDirectories(temp.resolve("legacy"));
    String arabic = "{\"id\":\"a\",\"date\":\"2025-06-02\",\"body\":\"رفع العقوبات عن سوريا\"}\n";
    Files.write(dir.resolve("ar.jsonl"), arabic.getBytes("windows-1256"));
    List<String> bodies = new java.util.ArrayList<>();
    for (String encoding : List.of("windows-1256", "ISO-8859-6")) {
      StorylinesConfig config =
          StorylinesConfig.builder()
              .input(dir.toString())
              .output(temp.resolve("out").toString())
              .encoding(encoding)
              .build();
      Row row =
          reader(config)
              .read(
                  spark,
                  new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format())
                      .list(config.inputs()))
              .outcomes()
              .first();
      bodies.add(row.getAs(OutcomeRows.BODY));
    }
    assertEquals("رفع العقوبات عن سوريا", bodies.get(0));
    assertNotEquals(bodies.get(0), bodies.get(1), "the encoding given is the one used");
  }

  @Test
  void filesReadWholeHaveNoReject(SparkSession spark) {
    assertEquals(
        List.of(),
        ReadArticles.missingParquetRows(spark, Map.of("file:/a.parquet", 3L), Map.of("file:/a.parquet", 3L)));
  }

  private static final String RECORDS =
      "{\"id\":\"a\",\"date\":\"2025-01-02\",\"body\":\"first text\"}\n"
          + "{\"id\":\"b\",\"date\":\"2025-01-03\",\"body\":\"second text\"}\n"
          + "{\"id\":\"c\",\"date\":\"2025-01-04\",\"body\":\"third text\"}\n";

  /** One part file that Spark wrote with {@code compression}, moved to {@code target}. */
  private void sparkWritten(SparkSession spark, String compression, Path target) throws IOException {
    Path written = temp.resolve("written-" + compression);
    spark
        .createDataset(RECORDS.lines().toList(), org.apache.spark.sql.Encoders.STRING())
        .coalesce(1)
        .write()
        .option("compression", compression)
        .text(written.toString());
    try (java.util.stream.Stream<Path> parts = Files.list(written)) {
      Files.move(parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow(), target);
    }
  }

  /**
   * Every compressed form read in a folder: the command-line tools' gzip, xz, lz4 frame and Snappy
   * framing formats, and Spark's (Hadoop's) lz4, snappy and deflate block formats. A {@code .lz4}
   * file in neither lz4 format, and a {@code .xz} file that is not xz, are one unreadable_file
   * reject each.
   */
  @Test
  void compressedFilesAreReadByTheirSuffix(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    byte[] records = RECORDS.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("gzip.jsonl.gz")))) {
      out.write(records);
    }
    try (OutputStream out =
        new org.tukaani.xz.XZOutputStream(Files.newOutputStream(dir.resolve("xz.jsonl.xz")), new org.tukaani.xz.LZMA2Options())) {
      out.write(records);
    }
    try (OutputStream out = new net.jpountz.lz4.LZ4FrameOutputStream(Files.newOutputStream(dir.resolve("frame.jsonl.lz4")))) {
      out.write(records);
    }
    try (OutputStream out = new org.xerial.snappy.SnappyFramedOutputStream(Files.newOutputStream(dir.resolve("framed.jsonl.snappy")))) {
      out.write(records);
    }
    sparkWritten(spark, "lz4", dir.resolve("spark.jsonl.lz4"));
    sparkWritten(spark, "snappy", dir.resolve("spark.jsonl.snappy"));
    sparkWritten(spark, "deflate", dir.resolve("spark.jsonl.deflate"));
    Files.write(dir.resolve("neither.jsonl.lz4"), records);
    Files.write(dir.resolve("plain.jsonl.xz"), records);

    StorylinesConfig config =
        StorylinesConfig.builder().input(dir.toString()).output(temp.resolve("out").toString()).build();
    InputListing listing =
        new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format()).list(config.inputs());
    assertEquals(List.of(), listing.skipped());
    Map<String, List<String>> byFile = new java.util.TreeMap<>();
    for (Row row : reader(config).read(spark, listing).outcomes().collectAsList()) {
      String file = Path.of(java.net.URI.create(row.getString(row.fieldIndex(OutcomeRows.INPUT_FILE)))).getFileName().toString();
      byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>())
          .add(row.<Boolean>getAs(OutcomeRows.ACCEPTED) ? row.getAs(OutcomeRows.ARTICLE_ID) : row.getAs(OutcomeRows.REASON));
    }
    List<String> ids = List.of("unknown:a", "unknown:b", "unknown:c");
    Map<String, List<String>> expected = new java.util.TreeMap<>();
    for (String file :
        List.of("gzip.jsonl.gz", "xz.jsonl.xz", "frame.jsonl.lz4", "framed.jsonl.snappy", "spark.jsonl.lz4", "spark.jsonl.snappy", "spark.jsonl.deflate")) {
      expected.put(file, ids);
    }
    expected.put("neither.jsonl.lz4", List.of("unreadable_file"));
    expected.put("plain.jsonl.xz", List.of("unreadable_file"));
    assertEquals(expected, byFile);
  }

  /**
   * A zip and a gzipped tar in a folder: each is one input file whose records come from its
   * entries, located by entry name, with the README inside the zip skipped.
   */
  @Test
  void archivesAreReadEntryByEntry(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("archives"));
    byte[] records = RECORDS.getBytes(StandardCharsets.UTF_8);
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("corpus.zip")))) {
      for (String name : List.of("2025/a.jsonl", "README.md")) {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(records);
        zip.closeEntry();
      }
    }
    try (org.apache.commons.compress.archivers.tar.TarArchiveOutputStream tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
            new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("more.tar.gz"))))) {
      byte[] other = RECORDS.replace("\"id\":\"", "\"id\":\"t").getBytes(StandardCharsets.UTF_8);
      org.apache.commons.compress.archivers.tar.TarArchiveEntry entry =
          new org.apache.commons.compress.archivers.tar.TarArchiveEntry("more/b.jsonl");
      entry.setSize(other.length);
      tar.putArchiveEntry(entry);
      tar.write(other);
      tar.closeArchiveEntry();
    }
    StorylinesConfig config =
        StorylinesConfig.builder().input(dir.toString()).output(temp.resolve("out").toString()).build();
    InputListing listing =
        new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format()).list(config.inputs());
    assertEquals(List.of(), listing.skipped());
    assertEquals(2, listing.files().size());
    Map<String, List<String>> byFile = new java.util.TreeMap<>();
    ReadArticles.ArticlesRead read = reader(config).read(spark, listing);
    for (Row row : read.outcomes().collectAsList()) {
      assertTrue(row.<Boolean>getAs(OutcomeRows.ACCEPTED), row.toString());
      String file = Path.of(java.net.URI.create(row.getString(row.fieldIndex(OutcomeRows.INPUT_FILE)))).getFileName().toString();
      byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>())
          .add(row.getAs(OutcomeRows.ARTICLE_ID) + " " + row.getAs(OutcomeRows.INPUT_LOCATOR));
    }
    Map<String, List<String>> expected = new java.util.TreeMap<>();
    expected.put("corpus.zip", List.of("unknown:a 2025/a.jsonl: line 1", "unknown:b 2025/a.jsonl: line 2", "unknown:c 2025/a.jsonl: line 3"));
    expected.put("more.tar.gz", List.of("unknown:ta more/b.jsonl: line 1", "unknown:tb more/b.jsonl: line 2", "unknown:tc more/b.jsonl: line 3"));
    assertEquals(expected, byFile);
    // Reported from the task that read the zip; computing the rows again reports it once.
    read.outcomes().count();
    assertEquals(
        listing.files().stream()
            .map(InputFile::path)
            .filter(path -> path.endsWith("/corpus.zip"))
            .map(path -> path + "!/README.md")
            .toList(),
        read.skippedArchiveEntries());
  }

  /** How many partitions the files are read in, by bytes and cores, rule by rule. */
  @Test
  void smallInputsAreReadInOnePartitionPerCoreAndLargeOnesInMore() {
    long mib = 1024L * 1024;
    // The sample (96 KB): one per core, not 4 per core.
    assertEquals(2, ReadArticles.wantedPartitions(96_183, 2));
    // One per MiB between one and four per core.
    assertEquals(5, ReadArticles.wantedPartitions(5 * mib, 2));
    assertEquals(8, ReadArticles.wantedPartitions(100 * mib, 2));
    assertEquals(64, ReadArticles.wantedPartitions(20 * mib, 64));
    // One per 64 MiB beyond that.
    assertEquals(17, ReadArticles.wantedPartitions(1024 * mib, 2));
  }

  /** When the records of few files are dealt over more partitions, rule by rule. */
  @Test
  void fewLargeFilesAreSpreadOverThePartitionsManyFilesWouldHave() {
    long mib = 1024L * 1024;
    // As many bins as cores or more: each file's records stay in their task's partition.
    assertEquals(8, ReadArticles.spreadPartitions(8, 1024 * mib, 2));
    assertEquals(2, ReadArticles.spreadPartitions(2, 1024 * mib, 2));
    // Fewer bins than cores, but a small input: not worth a shuffle.
    assertEquals(1, ReadArticles.spreadPartitions(1, ReadArticles.SPREAD_MIN_BYTES - 1, 8));
    // One archive of ANT's size on 2 cores: 4 partitions per core.
    assertEquals(8, ReadArticles.spreadPartitions(1, 26 * mib, 2));
    assertEquals(32, ReadArticles.spreadPartitions(3, 100 * mib, 8));
    // One file of 1 GiB: one partition per 64 MiB, when that is more than 4 per core.
    assertEquals(17, ReadArticles.spreadPartitions(1, 1024 * mib, 2));
  }

  /** One JSON Lines file of 16 MiB, read on two cores, comes out in 8 partitions, every record once. */
  @Test
  void oneLargeFileIsReadIntoEveryCoresPartitions(SparkSession spark) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("large"));
    Path file = dir.resolve("one.jsonl");
    String body = "word ".repeat(200);
    long records = 0;
    try (java.io.Writer out = Files.newBufferedWriter(file)) {
      while (Files.size(file) < ReadArticles.SPREAD_MIN_BYTES) {
        for (int i = 0; i < 1000; i++, records++) {
          out.write("{\"id\":\"r" + records + "\",\"date\":\"2025-01-02\",\"body\":\"" + body + "\"}\n");
        }
        out.flush();
      }
    }
    StorylinesConfig config =
        StorylinesConfig.builder().input(file.toString()).output(temp.resolve("out").toString()).build();
    InputListing listing =
        new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format()).list(config.inputs());
    Dataset<Row> outcomes = reader(config).read(spark, listing).outcomes();
    assertEquals(8, outcomes.rdd().getNumPartitions());
    assertEquals(records, outcomes.count());
    assertEquals(records, outcomes.select(OutcomeRows.ARTICLE_ID).distinct().count());
  }

  /** The footers of one task carry each distinct schema text once, shared by its files. */
  @Test
  void footersOfOneSchemaShareOneSchemaText() throws IOException {
    String text = "message article { required binary id (STRING); }";
    String other = "message article { required binary id (STRING); optional int64 n; }";
    List<String> paths = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path file = temp.resolve("same" + i + ".parquet");
      ParquetFiles.write(file, text, List.of(ParquetFiles.row("id", "x")));
      paths.add(file.toUri().toString());
    }
    Path odd = temp.resolve("other.parquet");
    ParquetFiles.write(odd, other, List.of(ParquetFiles.row("id", "x")));
    paths.add(odd.toUri().toString());
    List<ReadArticles.ParquetFooter> footers = new java.util.ArrayList<>();
    ReadArticles.ParquetFooter.readAll(new org.apache.hadoop.conf.Configuration(), paths.iterator()).forEachRemaining(footers::add);
    assertEquals(4, footers.size());
    assertSame(footers.get(0).schema(), footers.get(1).schema());
    assertSame(footers.get(0).schema(), footers.get(2).schema());
    assertNotEquals(footers.get(0).schema(), footers.get(3).schema());
    assertEquals(List.of(1L, 1L, 1L, 1L), footers.stream().map(ReadArticles.ParquetFooter::rows).toList());
  }

  /** Spark flattens a union into a union made from it; the cached rows must still be used. */
  @Test
  void rejectsAddedToCachedOutcomesKeepTheCache(SparkSession spark) {
    Dataset<Row> empty = spark.createDataFrame(List.of(), OutcomeRows.SCHEMA);
    Dataset<Row> cached = empty.unionByName(empty).persist(StorageLevel.MEMORY_ONLY());
    try {
      Row reject = ReadArticles.unreadableFile("file:/x.parquet", "damaged");
      Dataset<Row> outcomes = ReadArticles.withRejects(spark, List.of(reject), cached);
      assertTrue(
          outcomes.queryExecution().withCachedData().find(plan -> plan instanceof InMemoryRelation).isDefined(),
          outcomes.queryExecution().withCachedData().toString());
      assertEquals(1, outcomes.count());
    } finally {
      cached.unpersist();
    }
  }
}
