package io.storylines.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import io.storylines.incremental.PartitionPlan;
import io.storylines.ingest.OutcomeRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a table to its staging folder as Parquet, in the published conventions: the columns and
 * types of its {@link TableSpec} (checked first), snappy compression, Hive-style partition folders
 * ({@code period=2025-05}), and one task per partition value so that a period is a few large files
 * rather than many small ones. Never writes into a published folder: {@link TablePublisher} moves
 * staged tables into place.
 */
public final class TableWriter {
  /** Split a partition's file once it holds this many rows. */
  private static final long MAX_RECORDS_PER_FILE = 250_000;

  /** An unpartitioned table is written by at most this many tasks, so into at most this many files. */
  private static final int MAX_UNPARTITIONED_FILES = 8;

  private final SparkSession spark;

  public TableWriter(SparkSession spark) {
    this.spark = spark;
  }

  public void write(TableSpec spec, Dataset<Row> data, Path staged) {
    writeData(spec, data, staged);
    keepSchemaIfEmpty(spec, data, staged);
  }

  /**
   * Writes a {@code period}-partitioned table of an appending run: the partitions that {@code plan}
   * rewrites (and any period the published table lacks) come from {@code data}; every other
   * partition folder of the published table {@code previous} is copied file by file, unchanged.
   *
   * @return the periods copied from {@code previous}
   */
  public SortedSet<String> writePartitions(
      TableSpec spec, Dataset<Row> data, Path staged, Path previous, PartitionPlan plan) {
    if (spec.partitionColumns().size() != 1) {
      throw new IllegalArgumentException("table " + spec.name() + " is not partitioned by one column");
    }
    String column = spec.partitionColumns().get(0);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SortedMap<String, Path> kept = new TreeMap<>();
    try {
      FileSystem fs = previous.getFileSystem(conf);
      if (fs.exists(previous)) {
        for (FileStatus status : fs.listStatus(previous)) {
          String name = status.getPath().getName();
          if (status.isDirectory() && name.startsWith(column + "=")) {
            String value = ExternalCatalogUtils.unescapePathName(name.substring(column.length() + 1));
            if (!plan.rewrites(value)) {
              kept.put(value, status.getPath());
            }
          }
        }
      }
      Column fromData =
          kept.isEmpty() ? lit(true) : not(col(column).isin(kept.keySet().toArray()));
      writeData(spec, data.filter(fromData), staged);
      FileSystem target = staged.getFileSystem(conf);
      for (Path partition : kept.values()) {
        if (!FileUtil.copy(fs, partition, target, new Path(staged, partition.getName()), false, conf)) {
          throw new IOException("could not copy " + partition);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot carry the partitions of " + previous + " into " + staged, e);
    }
    removeHiddenFiles(staged);
    keepSchemaIfEmpty(spec, data, staged);
    return new TreeSet<>(kept.keySet());
  }

  private void writeData(TableSpec spec, Dataset<Row> data, Path staged) {
    Dataset<Row> table = spec.select(data);
    if (!spec.partitionColumns().isEmpty()) {
      table =
          table.repartition(
              spec.partitionColumns().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
    } else {
      // At most 8 files. Coalescing cannot add partitions, and asking the plan for its partition
      // count (table.rdd()) would run it once more; an empty table still gets one file.
      table = table.coalesce(MAX_UNPARTITIONED_FILES);
    }
    table
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "snappy")
        .option("maxRecordsPerFile", MAX_RECORDS_PER_FILE)
        .partitionBy(spec.partitionColumns().toArray(new String[0]))
        .parquet(staged.toString());
    removeHiddenFiles(staged);
  }

  private void keepSchemaIfEmpty(TableSpec spec, Dataset<Row> data, Path staged) {
    if (!spec.partitionColumns().isEmpty() && !hasDataFile(staged)) {
      // An empty partitioned write leaves no file at all, and a folder without a Parquet file has
      // no schema: Spark refuses to read it and DuckDB finds no files. One empty file at the
      // table's root, the partition column an ordinary column, keeps the table's schema.
      spec.select(data)
          .limit(0)
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .option("compression", "snappy")
          .parquet(staged.toString());
      removeHiddenFiles(staged);
    }
  }

  private boolean hasDataFile(Path staged) {
    try {
      FileSystem fs = staged.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(staged)) {
        return false;
      }
      return filesUnder(fs, staged).stream().anyMatch(file -> file.getName().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the staged table " + staged, e);
    }
  }

  /**
   * Removes the files Hadoop leaves next to the data: the {@code _SUCCESS} marker and, on a local
   * filesystem, a {@code .name.crc} checksum per file. Spark and pyarrow skip them, but polars
   * refuses a folder that holds files of several extensions, and analysts should not need options.
   * The checksum files are invisible through the checksummed local filesystem, so the raw one lists.
   */
  private void removeHiddenFiles(Path staged) {
    try {
      FileSystem fs = staged.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileSystem raw = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
      for (Path file : filesUnder(raw, staged)) {
        String name = file.getName();
        if (name.startsWith(".") || name.startsWith("_")) {
          raw.delete(file, false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy the staged table " + staged, e);
    }
  }

  /**
   * The files under {@code dir}, at any depth, by plain {@code listStatus}: {@code listFiles(dir,
   * true)} builds a LocatedFileStatus per file, which on the local filesystem without Hadoop's
   * native library reads the file's permissions by running {@code ls -ld}, a process per file
   * (about 450 in a run of the sample).
   */
  private static List<Path> filesUnder(FileSystem fs, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (FileStatus status : fs.listStatus(dir)) {
      if (status.isDirectory()) {
        files.addAll(filesUnder(fs, status.getPath()));
      } else {
        files.add(status.getPath());
      }
    }
    return files;
  }

  /** Reads a written table back and counts its rows per input file. */
  public Map<String, Long> countByFile(TableSpec spec, Path written) {
    return countBy(spec, written, OutcomeRows.INPUT_FILE);
  }

  /** Reads a written table back and counts its rows per value of one column. */
  public Map<String, Long> countBy(TableSpec spec, Path written, String column) {
    if (!spec.columnNames().contains(column)) {
      throw new IllegalArgumentException("table " + spec.name() + " has no column " + column);
    }
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : spark.read().parquet(written.toString()).groupBy(column).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /** Writes a small text file (the run manifest) through Hadoop's FileSystem, replacing it. */
  public static void writeText(Configuration conf, Path file, String text) {
    OutputFiles.write(conf, file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

}
