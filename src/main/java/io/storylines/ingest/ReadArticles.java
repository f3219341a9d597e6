package io.storylines.ingest;

import static org.apache.spark.sql.functions.col;

import io.storylines.ingest.format.InputFormat;
import io.storylines.ingest.format.ReaderOptions;
import io.storylines.ingest.format.RecordReader;
import io.storylines.ingest.format.RecordReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Spark stage: reads every input file into {@link OutcomeRows}, one row per record read.
 *
 * <p>Text formats (JSON Lines, JSON arrays, CSV, TREC) are read by the pure-Java readers of {@code
 * ingest.format} on the executors: the file list is dealt into size-balanced bins, one task per bin,
 * and each file is streamed record by record, decompressed on the fly by its suffix ({@link
 * CompressedInput}; the entries of an archive one after the other, {@link ArchiveInput}). A file
 * that cannot be opened, or that breaks off, becomes an {@code unreadable_file} reject, so it is
 * counted and never silently shortens the input. A file is read by one task; when the files are
 * fewer than the cores and hold {@value #SPREAD_MIN_BYTES} bytes or more (one large file, one
 * archive), their records are dealt, by a hash of their file and position, over as many
 * partitions as many files would have had, so that the stages after this one, which keep its
 * partitions until they shuffle (text analysis, tokens for the topic models), use every core
 * ({@link #spreadPartitions}). Parquet files are read by Spark's Parquet reader, with each
 * row located by Spark's {@code _metadata} file path and row index; a file whose footer cannot be
 * read, or of which fewer rows are read than its footer holds, is an {@code unreadable_file}
 * reject too. Nothing is collected to the driver but the footers' schemas and row counts.
 */
public final class ReadArticles {
  /** Aim for bins of about this many bytes, so a large input is spread over the cluster. */
  private static final long TARGET_BIN_BYTES = 64L * 1024 * 1024;

  /** Beyond one per core, no bin is made for fewer bytes than this. */
  private static final long MIN_BIN_BYTES = 1024L * 1024;

  /** Inputs of fewer bytes than this (as stored) are never spread over more partitions. */
  static final long SPREAD_MIN_BYTES = 16L * 1024 * 1024;

  private static final String META_FILE = "_storylines_file";
  private static final String META_ROW = "_storylines_row";

  private final ArticleMapper mapper;
  private final ReaderOptions options;

  public ReadArticles(ArticleMapper mapper, ReaderOptions options) {
    this.mapper = mapper;
    this.options = options;
  }

  /**
   * The outcome rows of every input file, and, for each Parquet file whose footer could be read,
   * the number of rows the footer says it holds (the input of {@link #missingParquetRows}).
   */
  public record ArticlesRead(
      Dataset<Row> outcomes, Map<String, Long> parquetRows, CollectionAccumulator<String> skipped) {
    public ArticlesRead {
      parquetRows = Map.copyOf(parquetRows);
    }

    /**
     * The archive entries passed over ({@code archive!/entry}; see {@link ArchiveInput}), sorted,
     * each once: complete once every partition of {@link #outcomes} has been computed. A partition
     * computed again (a cache evicted, a task run twice) reports its entries again; they are
     * counted once.
     */
    public List<String> skippedArchiveEntries() {
      return new ArrayList<>(new TreeSet<>(skipped.value()));
    }
  }

  public ArticlesRead read(SparkSession spark, InputListing listing) {
    List<InputFile> textFiles = new ArrayList<>();
    List<InputFile> parquetFiles = new ArrayList<>();
    for (InputFile file : listing.files()) {
      (file.format() == InputFormat.PARQUET ? parquetFiles : textFiles).add(file);
    }
    Dataset<Row> outcomes = null;
    Map<String, Long> parquetRows = new TreeMap<>();
    CollectionAccumulator<String> skipped =
        spark.sparkContext().collectionAccumulator("archive entries skipped");
    if (!textFiles.isEmpty()) {
      outcomes = readTextFiles(spark, textFiles, skipped);
    }
    if (!parquetFiles.isEmpty()) {
      Dataset<Row> fromParquet = readParquetFiles(spark, parquetFiles, parquetRows);
      outcomes = outcomes == null ? fromParquet : outcomes.unionByName(fromParquet);
    }
    return new ArticlesRead(outcomes, parquetRows, skipped);
  }

  /**
   * One {@code unreadable_file} reject for each Parquet file of which fewer rows were read than its
   * footer holds, given the outcome rows counted by input file. Spark reads the files with {@code
   * ignoreCorruptFiles}: a data page that cannot be read or decoded ends the read of that file (of
   * its split, on a large file) without failing the run, and the rows read before it are kept. The
   * reject names how many rows are missing and why; the why comes from reading the file again,
   * in a task, with Parquet's own record reader, which stops at the same damage.
   */
  public static List<Row> missingParquetRows(
      SparkSession spark, Map<String, Long> footerRows, Map<String, Long> rowsRead) {
    List<String> shortFiles = new ArrayList<>();
    footerRows.forEach(
        (path, rows) -> {
          if (rowsRead.getOrDefault(path, 0L) < rows) {
            shortFiles.add(path);
          }
        });
    List<Row> rejects = new ArrayList<>();
    if (!shortFiles.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<SerializableConfiguration> hadoopConf = hadoopConf(spark);
      List<String> problems =
          jsc.parallelize(shortFiles, Math.min(shortFiles.size(), jsc.defaultParallelism()))
              .map(path -> ParquetDamage.find(hadoopConf.value().value(), path))
              .collect();
      for (int i = 0; i < shortFiles.size(); i++) {
        String path = shortFiles.get(i);
        long expected = footerRows.get(path);
        long read = rowsRead.getOrDefault(path, 0L);
        rejects.add(
            unreadableFile(
                path,
                String.format(
                    Locale.ROOT,
                    "%d of the %d rows of %s could not be read (the %d others were): %s",
                    expected - read,
                    expected,
                    path,
                    read,
                    problems.get(i))));
      }
    }
    return rejects;
  }

  /**
   * {@code rejects} (rows of {@link OutcomeRows#SCHEMA}) and then {@code cached}, the cached
   * outcome rows, still read from the cache. In this order: {@code cached.unionByName(...)} flattens
   * the union that {@code cached} is itself (text files and each Parquet schema group are one
   * union) into the new one, whose plan then no longer matches the cached one, so every input file
   * was read again.
   */
  public static Dataset<Row> withRejects(SparkSession spark, List<Row> rejects, Dataset<Row> cached) {
    return spark.createDataFrame(rejects, OutcomeRows.SCHEMA).unionByName(cached);
  }

  private Dataset<Row> readTextFiles(
      SparkSession spark, List<InputFile> files, CollectionAccumulator<String> skipped) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long totalBytes = files.stream().mapToLong(InputFile::size).sum();
    int cores = jsc.defaultParallelism();
    int bins = (int) Math.min(files.size(), wantedPartitions(totalBytes, cores));
    JavaRDD<Row> rows =
        jsc.parallelize(balancedBins(files, bins), bins)
            .flatMap(new ReadFileBin(hadoopConf(spark), mapper, options, skipped));
    Dataset<Row> read = spark.createDataFrame(rows, OutcomeRows.SCHEMA);
    int spread = spreadPartitions(bins, totalBytes, cores);
    // Hashed by each record's file and position: deterministic, even, and with no sort of the
    // rows first, which a round-robin repartition would do to stay deterministic.
    return spread > bins
        ? read.repartition(
            spread,
            org.apache.spark.sql.functions.col(OutcomeRows.INPUT_FILE),
            org.apache.spark.sql.functions.col(OutcomeRows.RECORD_INDEX))
        : read;
  }

  /**
   * Partitions for this many bytes of input: one per {@value #MIN_BIN_BYTES} bytes, at least one
   * per core and at most 4 per core, or one per {@value #TARGET_BIN_BYTES} bytes if that is more.
   * A small input is not cut finer than the cores: every later stage scans its cached partitions
   * many times, and each task costs more than its share of a few megabytes (the sample, 6 files in
   * 2 partitions instead of 6, ran in 92 to 98 s instead of 105 to 107 s, with the same tables).
   */
  static long wantedPartitions(long totalBytes, int cores) {
    long small = Math.min(cores * 4L, Math.max(cores, totalBytes / MIN_BIN_BYTES));
    return Math.max(small, totalBytes / TARGET_BIN_BYTES + 1);
  }

  /**
   * The partitions to deal the records of {@code bins} file bins into: as many as the bytes call
   * for when the bins are fewer than the cores and the input is at least {@value
   * #SPREAD_MIN_BYTES} bytes; otherwise {@code bins}, which keeps each file's records in its task's
   * partition, without a shuffle.
   */
  static int spreadPartitions(int bins, long totalBytes, int cores) {
    if (bins >= cores || totalBytes < SPREAD_MIN_BYTES) {
      return bins;
    }
    return (int) Math.min(Integer.MAX_VALUE, wantedPartitions(totalBytes, cores));
  }

  /** The session's Hadoop configuration, for the tasks that open input files. */
  private static Broadcast<SerializableConfiguration> hadoopConf(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
  }

  /** The reject of a file that cannot be read at all, or breaks off. */
  static Row unreadableFile(String path, String detail) {
    return OutcomeRows.toRow(
        IngestOutcome.rejected(path, 0, "file", "", RejectReason.UNREADABLE_FILE, detail));
  }

  /** Deals files, largest first, to the bin with the fewest bytes so far. */
  static List<List<InputFile>> balancedBins(List<InputFile> files, int binCount) {
    List<List<InputFile>> bins = new ArrayList<>();
    long[] loads = new long[binCount];
    for (int i = 0; i < binCount; i++) {
      bins.add(new ArrayList<>());
    }
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    for (InputFile file : bySize) {
      int lightest = 0;
      for (int i = 1; i < binCount; i++) {
        if (loads[i] < loads[lightest]) {
          lightest = i;
        }
      }
      bins.get(lightest).add(file);
      loads[lightest] += Math.max(1, file.size());
    }
    return bins;
  }

  /**
   * Distinct Parquet schemas up to which the files are read one schema at a time; with more, in
   * groups of schemas that Spark merges in one read each.
   */
  public static final int MAX_SCHEMA_GROUPS = 16;

  /**
   * The Parquet files. First each file's footer is read, in tasks (on S3 each read is a request):
   * a file that is not Parquet or is cut short is one {@code unreadable_file} reject, and the run
   * goes on without it. The others are grouped by their schema as written in the footer, and each
   * group is read on its own, so files whose columns of one name have different types (an id that
   * is a number in one file and text in another) are read without Spark trying to merge them
   * (which failed a Spark job and printed its stack traces). Past {@link #MAX_SCHEMA_GROUPS}
   * schemas, the schemas are dealt into groups that merge without a conflict ({@link
   * ParquetSchemaGroups}), and each group is read with its schemas merged; should a merge fail
   * all the same, that group's files are read one by one. A file's data pages are read in the
   * tasks; damage there ends that file's read (see {@link #missingParquetRows}), and {@code
   * footerRows} gets each readable file's row count.
   */
  private Dataset<Row> readParquetFiles(
      SparkSession spark, List<InputFile> files, Map<String, Long> footerRows) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoopConf = hadoopConf(spark);
    List<String> paths = files.stream().map(InputFile::path).toList();
    List<ParquetFooter> footers =
        jsc.parallelize(paths, Math.min(paths.size(), jsc.defaultParallelism()))
            .mapPartitions(some -> ParquetFooter.readAll(hadoopConf.value().value(), some))
            .collect();
    Map<String, List<String>> bySchema = new TreeMap<>();
    List<Row> unreadable = new ArrayList<>();
    for (ParquetFooter footer : footers) {
      if (footer.problem() == null) {
        bySchema.computeIfAbsent(footer.schema(), schema -> new ArrayList<>()).add(footer.path());
        footerRows.put(footer.path(), footer.rows());
      } else {
        unreadable.add(
            unreadableFile(
                footer.path(), "cannot read " + footer.path() + " as Parquet: " + footer.problem()));
      }
    }
    Dataset<Row> outcomes = spark.createDataFrame(unreadable, OutcomeRows.SCHEMA);
    if (bySchema.isEmpty()) {
      return outcomes;
    }
    Dataset<Row> rows = outcomes;
    if (bySchema.size() <= MAX_SCHEMA_GROUPS) {
      for (List<String> group : bySchema.values()) {
        rows = mapped(parquet(spark, group, false)).unionByName(rows);
      }
      return rows;
    }
    for (List<String> group : ParquetSchemaGroups.of(bySchema)) {
      Dataset<Row> read;
      try {
        read = mapped(parquet(spark, group, true));
      } catch (Exception mergeFailed) { // Spark's SparkException is checked; Scala throws it anyway
        // ParquetSchemaGroups is stricter than Spark's merge, so this is not expected.
        for (String path : group) {
          rows = mapped(parquet(spark, List.of(path), false)).unionByName(rows);
        }
        continue;
      }
      rows = read.unionByName(rows);
    }
    return rows;
  }

  /** A Parquet file's schema as its footer gives it, or why the footer cannot be read. */
  record ParquetFooter(String path, String schema, long rows, String problem)
      implements Serializable {
    /**
     * The footers of {@code paths}, with one schema text object for all the files of one schema:
     * the task's result then carries each distinct schema once (Java serialization and Kryo both
     * write a repeated object as a reference), not once per file, to the driver.
     */
    static Iterator<ParquetFooter> readAll(Configuration conf, Iterator<String> paths) {
      Map<String, String> schemas = new java.util.HashMap<>();
      List<ParquetFooter> footers = new ArrayList<>();
      while (paths.hasNext()) {
        ParquetFooter footer = read(conf, paths.next());
        if (footer.schema() != null) {
          footer =
              new ParquetFooter(
                  footer.path(),
                  schemas.computeIfAbsent(footer.schema(), schema -> schema),
                  footer.rows(),
                  null);
        }
        footers.add(footer);
      }
      return footers.iterator();
    }

    static ParquetFooter read(Configuration conf, String path) {
      try (org.apache.parquet.hadoop.ParquetFileReader reader =
          org.apache.parquet.hadoop.ParquetFileReader.open(
              org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(new Path(path), conf))) {
        return new ParquetFooter(
            path,
            reader.getFooter().getFileMetaData().getSchema().toString(),
            reader.getRecordCount(),
            null);
      } catch (IOException | RuntimeException e) {
        return new ParquetFooter(path, null, 0, String.valueOf(e.getMessage()));
      }
    }
  }

  /** Why a Parquet file's rows cannot all be read: the first error of a read of every record. */
  static final class ParquetDamage {
    private ParquetDamage() {}

    static String find(Configuration conf, String path) {
      long row = 0;
      try (org.apache.parquet.hadoop.ParquetReader<org.apache.parquet.example.data.Group> reader =
          org.apache.parquet.hadoop.ParquetReader.builder(
                  new org.apache.parquet.hadoop.example.GroupReadSupport(), new Path(path))
              .withConf(conf)
              .build()) {
        while (reader.read() != null) {
          row++;
        }
        return "Spark's reader stopped early; Parquet's own read all " + row + " rows";
      } catch (IOException | RuntimeException e) {
        return "at row " + (row + 1) + ": " + causes(e);
      }
    }

    /** The messages of {@code e} and its causes, innermost last, each once. */
    static String causes(Throwable e) {
      StringBuilder out = new StringBuilder();
      for (Throwable t = e; t != null && out.length() < 1000; t = t.getCause()) {
        String message = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (out.indexOf(message) < 0) {
          out.append(out.length() == 0 ? "" : "; caused by ").append(message);
        }
      }
      return out.toString();
    }
  }

  /** The files' rows with their file and row index; the schema is read here, on the driver. */
  private static Dataset<Row> parquet(SparkSession spark, List<String> paths, boolean mergeSchema) {
    return spark
        .read()
        .option("mergeSchema", String.valueOf(mergeSchema))
        .option("ignoreCorruptFiles", "true")
        .parquet(paths.stream().map(ReadArticles::literalPath).toArray(String[]::new))
        .select(
            col("*"),
            col("_metadata.file_path").as(META_FILE),
            col("_metadata.row_index").as(META_ROW));
  }

  private Dataset<Row> mapped(Dataset<Row> records) {
    return records.mapPartitions(
        new MapParquetRows(mapper), ExpressionEncoder.apply(OutcomeRows.SCHEMA));
  }

  /**
   * {@code path} with Hadoop's glob characters escaped: Spark expands the paths it is given as
   * globs, so a file named {@code news[1].parquet} was not found (or another file was read).
   */
  static String literalPath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ("{}[]*?\\".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Reads the files of one bin, one after the other, streaming their outcome rows. */
  private static final class ReadFileBin implements FlatMapFunction<List<InputFile>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    private final ArticleMapper mapper;
    private final ReaderOptions options;
    private final CollectionAccumulator<String> skipped;

    ReadFileBin(
        Broadcast<SerializableConfiguration> hadoopConf,
        ArticleMapper mapper,
        ReaderOptions options,
        CollectionAccumulator<String> skipped) {
      this.hadoopConf = hadoopConf;
      this.mapper = mapper;
      this.options = options;
      this.skipped = skipped;
    }

    @Override
    public Iterator<Row> call(List<InputFile> bin) {
      Configuration conf = hadoopConf.value().value();
      CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
      Iterator<InputFile> files = bin.iterator();
      return new Iterator<>() {
        private FileOutcomes current;

        @Override
        public boolean hasNext() {
          while (current == null || !current.hasNext()) {
            if (current != null) {
              current.close();
            }
            if (!files.hasNext()) {
              current = null;
              return false;
            }
            current = new FileOutcomes(files.next(), conf, codecs, mapper, options, skipped::add);
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    }
  }

  /**
   * The outcome rows of one file. The file is opened lazily and closed when its last record has
   * been read, or when the task ends, whichever comes first.
   */
  static final class FileOutcomes implements Iterator<Row> {
    private final InputFile file;
    private final Configuration conf;
    private final CompressionCodecFactory codecs;
    private final ArticleMapper mapper;
    private final ReaderOptions options;
    private final Consumer<String> skipped;
    private RecordReader reader;
    private Row pendingFailure;
    private boolean opened;
    private long index;

    FileOutcomes(
        InputFile file,
        Configuration conf,
        CompressionCodecFactory codecs,
        ArticleMapper mapper,
        ReaderOptions options,
        Consumer<String> skipped) {
      this.file = file;
      this.conf = conf;
      this.codecs = codecs;
      this.mapper = mapper;
      this.options = options;
      this.skipped = skipped;
    }

    private void open() {
      opened = true;
      Path path = new Path(file.path());
      InputStream in = null;
      try {
        FileSystem fs = path.getFileSystem(conf);
        in = fs.open(path);
        CompressedInput.Opened opened = CompressedInput.open(in, path, file.size(), codecs);
        in = opened.in();
        reader =
            ArchiveInput.isArchive(opened.name())
                ? ArchiveInput.reader(
                    in, opened.name(), file.path(), file.format(), options, codecs, skipped)
                : RecordReaders.open(file.format(), opened.name(), in, options);
        TaskContext task = TaskContext.get();
        if (task != null) {
          task.addTaskCompletionListener((TaskCompletionListener) context -> close());
        }
      } catch (IOException | RuntimeException e) {
        closeQuietly(in, e);
        pendingFailure = unreadableFile(file.path(), "cannot open " + file.path() + ": " + e);
      }
    }

    @Override
    public boolean hasNext() {
      if (!opened) {
        open();
      }
      return pendingFailure != null || (reader != null && reader.hasNext());
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (pendingFailure != null) {
        Row row = pendingFailure;
        pendingFailure = null;
        return row;
      }
      return OutcomeRows.toRow(mapper.map(file.path(), index++, reader.next()));
    }

    void close() {
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close " + file.path(), e);
        } finally {
          reader = null;
        }
      }
    }

    private static void closeQuietly(InputStream in, Exception primary) {
      if (in != null) {
        try {
          in.close();
        } catch (IOException suppressed) {
          primary.addSuppressed(suppressed);
        }
      }
    }
  }

  /** Maps Parquet rows to outcome rows; the row's file and index come from Spark's metadata. */
  private static final class MapParquetRows implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final ArticleMapper mapper;

    MapParquetRows(ArticleMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Set<String> metadata = Set.of(META_FILE, META_ROW);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          String file = qualified(row.getString(row.fieldIndex(META_FILE)));
          long index = row.getLong(row.fieldIndex(META_ROW));
          String raw;
          try {
            raw = row.json();
          } catch (RuntimeException e) {
            raw = row.toString();
          }
          SourceRecord record =
              SourceRecord.parsed("row " + (index + 1), raw, new RowRecordFields(row, metadata));
          return OutcomeRows.toRow(mapper.map(file, index, record));
        }
      };
    }

    /** Spark's {@code _metadata.file_path} is a URI; the listing uses Hadoop's Path spelling. */
    private static String qualified(String uri) {
      try {
        return new Path(new URI(uri)).toString();
      } catch (URISyntaxException e) {
        return uri;
      }
    }
  }
}
