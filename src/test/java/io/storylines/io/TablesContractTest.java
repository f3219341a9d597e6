package io.storylines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/tables.md is the contract of the published tables. This test reads the column tables from it
 * and compares them with each table's {@link TableSpec} and with the Parquet the job writes on
 * data/sample: names, order and types, snappy compression, and UTC microsecond timestamps.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class TablesContractTest {

  private static final List<TableSpec> SPECS =
      List.of(
          ArticlesTable.SPEC,
          RejectsTable.SPEC,
          MentionsTable.SPEC,
          EntitiesTable.SPEC,
          EntityCandidatesTable.SPEC,
          CooccurrenceTable.SPEC,
          TopicsTable.SPEC,
          TopicQualityTable.SPEC,
          DocTopicsTable.SPEC,
          TopicTimelineTable.SPEC,
          StorylineArticlesTable.SPEC,
          StorylineTimelineTable.SPEC,
          StorylineShiftsTable.SPEC,
          EntityTimelineTable.SPEC,
          RunsTable.SPEC);

  /** Table name to its documented columns (name to type), in document order. */
  static Map<String, Map<String, String>> documentedTables() throws IOException {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Map<String, String> current = null;
    boolean inColumnTable = false;
    for (String line : Files.readAllLines(Project.path("docs/tables.md"))) {
      if (line.startsWith("## ")) {
        String name = line.substring(3).strip();
        current = name.matches("[a-z][a-z0-9_]*") ? new LinkedHashMap<>() : null;
        if (current != null) {
          tables.put(name, current);
        }
      } else if (line.startsWith("| column | type |")) {
        inColumnTable = true;
      } else if (!line.startsWith("|")) {
        inColumnTable = false;
      } else if (current != null && inColumnTable && line.startsWith("| ")) {
        String[] cells = line.split("\\|");
        String column = cells[1].strip();
        if (!column.matches("[a-z][a-z0-9_]*")) {
          continue;
        }
        String type = cells[2].strip();
        if (type.matches("[a-z<>:,_0-9]+")) {
          current.put(column, type);
        }
      }
    }
    return tables;
  }

  @Test
  void everyTableIsDocumentedWithItsColumnsAndTypes() throws IOException {
    Map<String, Map<String, String>> documented = documentedTables();
    for (TableSpec spec : SPECS) {
      assertEquals(spec.columnTypes(), documented.get(spec.name()), "docs/tables.md, ## " + spec.name());
    }
    assertEquals(
        SPECS.stream().map(TableSpec::name).toList(),
        new ArrayList<>(documented.keySet()),
        "docs/tables.md documents a table the job does not write, or misses one");
  }

  @Test
  void writtenSchemasMatchTheContract(SampleRun sample, SparkSession spark) {
    for (TableSpec spec : SPECS) {
      Map<String, String> written = new LinkedHashMap<>();
      for (StructField field : spark.read().parquet(sample.table(spec.name()).toString()).schema().fields()) {
        written.put(field.name(), field.dataType().simpleString());
      }
      assertEquals(spec.columnTypes(), written, "written table " + spec.name());
    }
  }

  @Test
  void parquetFilesAreSnappyWithUtcMicrosecondTimestamps(SampleRun sample) throws IOException {
    int files = 0;
    for (TableSpec spec : SPECS) {
      for (Path file : parquetFiles(sample.table(spec.name()))) {
        files++;
        try (ParquetFileReader reader =
            ParquetFileReader.open(
                HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
          MessageType schema = reader.getFooter().getFileMetaData().getSchema();
          for (Type field : schema.getFields()) {
            if (spec.columnTypes().get(field.getName()).equals("timestamp")) {
              LogicalTypeAnnotation annotation = field.getLogicalTypeAnnotation();
              assertEquals(
                  LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS),
                  annotation,
                  file + " " + field.getName());
            }
          }
          for (BlockMetaData block : reader.getFooter().getBlocks()) {
            for (ColumnChunkMetaData column : block.getColumns()) {
              assertEquals(CompressionCodecName.SNAPPY, column.getCodec(), file.toString());
            }
          }
        }
      }
    }
    assertTrue(files >= SPECS.size(), "expected Parquet files in every table");
  }

  private static List<Path> parquetFiles(Path table) throws IOException {
    try (Stream<Path> paths = Files.walk(table.toRealPath())) {
      List<Path> files =
          paths.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
      assertFalse(files.isEmpty(), "no Parquet files in " + table);
      return files;
    }
  }
}
