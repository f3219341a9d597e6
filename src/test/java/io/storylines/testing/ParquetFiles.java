package io.storylines.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Parquet input files written with Parquet's own example writer, without Spark (seventeen Spark
 * writes took a minute), and one whose data pages are damaged.
 */
public final class ParquetFiles {
  private ParquetFiles() {}

  /**
   * Writes {@code rows} (column name to a {@code String} or {@code Long} value) with {@code schema}
   * (Parquet's schema text), the writer's settings changed by {@code settings}.
   */
  public static void write(
      Path target,
      String schema,
      List<Map<String, Object>> rows,
      UnaryOperator<ExampleParquetWriter.Builder> settings)
      throws IOException {
    MessageType type = MessageTypeParser.parseMessageType(schema);
    SimpleGroupFactory groups = new SimpleGroupFactory(type);
    try (ParquetWriter<Group> writer =
        settings
            .apply(ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(target.toUri())).withType(type))
            .build()) {
      for (Map<String, Object> row : rows) {
        Group group = groups.newGroup();
        row.forEach(
            (column, value) -> {
              if (value instanceof Long number) {
                group.add(column, number);
              } else {
                group.add(column, (String) value);
              }
            });
        writer.write(group);
      }
    }
  }

  /** {@link #write(Path, String, List, UnaryOperator)} with the writer's default settings. */
  public static void write(Path target, String schema, List<Map<String, Object>> rows)
      throws IOException {
    write(target, schema, rows, UnaryOperator.identity());
  }

  /** One row of the given columns and values, in order. */
  public static Map<String, Object> row(Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return row;
  }

  /**
   * Writes a Parquet file of several row groups, of articles {@code d0}, {@code d1}, ..., and then
   * overwrites the page header that starts its second row group, as a bad disk or a partial upload
   * would; the footer stays readable. Returns the rows of each row group.
   */
  public static long[] writeDamaged(Path target) throws IOException {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      rows.add(
          row(
              "id", "d" + i,
              "date", "2025-02-" + String.format("%02d", 1 + i % 28),
              "body", "report " + i + " on item " + (i * 7919 % 600) + " and " + "word" + (i % 13)));
    }
    write(
        target,
        "message article { required binary id (STRING); required binary date (STRING);"
            + " required binary body (STRING); }",
        rows,
        builder -> builder.withRowGroupSize(8 * 1024L).withDictionaryEncoding(false));
    List<BlockMetaData> blocks;
    try (ParquetFileReader reader =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(target.toUri()), new org.apache.hadoop.conf.Configuration()))) {
      blocks = reader.getFooter().getBlocks();
    }
    if (blocks.size() < 3) {
      throw new IllegalStateException("expected three or more row groups, wrote " + blocks.size());
    }
    byte[] bytes = Files.readAllBytes(target);
    int header = (int) blocks.get(1).getColumns().get(0).getStartingPos();
    Arrays.fill(bytes, header, header + 16, (byte) 0xFF);
    Files.write(target, bytes);
    // Hadoop's local filesystem wrote a checksum file beside it, which would catch the damage
    // first; files copied in by other tools, and files on S3 or HDFS, have none.
    Files.delete(target.resolveSibling("." + target.getFileName() + ".crc"));
    return blocks.stream().mapToLong(BlockMetaData::getRowCount).toArray();
  }
}
