package io.storylines.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A Parquet input file whose footer is readable and whose data pages are not. */
public final class DamagedParquet {
  private DamagedParquet() {}

  /**
   * Writes a Parquet file of several row groups, of articles {@code d0}, {@code d1}, ..., and then
   * overwrites the page header that starts its second row group, as a bad disk or a partial upload
   * would; the footer stays readable. Returns the rows of each row group.
   */
  public static long[] write(Path target) throws IOException {
    org.apache.parquet.schema.MessageType schema =
        org.apache.parquet.schema.MessageTypeParser.parseMessageType(
            "message article { required binary id (STRING); required binary date (STRING);"
                + " required binary body (STRING); }");
    org.apache.parquet.example.data.simple.SimpleGroupFactory rows =
        new org.apache.parquet.example.data.simple.SimpleGroupFactory(schema);
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(target.toUri());
    try (org.apache.parquet.hadoop.ParquetWriter<org.apache.parquet.example.data.Group> writer =
        org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(path)
            .withType(schema)
            .withRowGroupSize(8 * 1024L)
            .withDictionaryEncoding(false)
            .build()) {
      for (int i = 0; i < 600; i++) {
        org.apache.parquet.example.data.Group row = rows.newGroup();
        row.add("id", "d" + i);
        row.add("date", "2025-02-" + String.format("%02d", 1 + i % 28));
        row.add("body", "report " + i + " on item " + (i * 7919 % 600) + " and " + "word" + (i % 13));
        writer.write(row);
      }
    }
    List<org.apache.parquet.hadoop.metadata.BlockMetaData> blocks;
    try (org.apache.parquet.hadoop.ParquetFileReader reader =
        org.apache.parquet.hadoop.ParquetFileReader.open(
            org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                path, new org.apache.hadoop.conf.Configuration()))) {
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
    return blocks.stream().mapToLong(org.apache.parquet.hadoop.metadata.BlockMetaData::getRowCount).toArray();
  }}
