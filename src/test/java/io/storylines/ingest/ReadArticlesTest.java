package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.StorylinesConfig;
import io.storylines.testing.DamagedParquet;
import io.storylines.testing.SharedSpark;
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
    long[] rowGroups = DamagedParquet.write(dir.resolve("damaged.parquet"));
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
  void filesReadWholeHaveNoReject(SparkSession spark) {
    assertEquals(
        List.of(),
        ReadArticles.missingParquetRows(spark, Map.of("file:/a.parquet", 3L), Map.of("file:/a.parquet", 3L)));
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
