package io.storylines.ingest.format;

import static io.storylines.ingest.format.TestInputs.field;
import static io.storylines.ingest.format.TestInputs.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReadersTest {

  private static RecordReader open(InputFormat format, String name, InputStream in) {
    return RecordReaders.open(format, name, in, TestInputs.options());
  }

  @Test
  void eachFormatOpensItsReader() {
    assertInstanceOf(JsonLinesReader.class, open(InputFormat.JSONL, "a", TestInputs.utf8("")));
    assertInstanceOf(JsonArrayReader.class, open(InputFormat.JSON, "a", TestInputs.utf8("")));
    assertInstanceOf(CsvRecordReader.class, open(InputFormat.CSV, "a", TestInputs.utf8("")));
    assertInstanceOf(TrecReader.class, open(InputFormat.TREC, "a", TestInputs.utf8("")));
  }

  @Test
  void autoReadsTheDetectedFormat() {
    List<SourceRecord> records =
        readAll(open(InputFormat.AUTO, "news.json", TestInputs.utf8("[{\"title\": \"t\"}]")));
    assertEquals(1, records.size());
    assertEquals("element 1 (line 1)", records.get(0).locator());
    assertEquals("t", field(records.get(0), "title"));
  }

  @Test
  void autoReadsPastTheSniffedBytes() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("{\"i\": ").append(i).append("}\n");
    }
    List<SourceRecord> records =
        readAll(open(InputFormat.AUTO, "a.jsonl", TestInputs.utf8(text.toString())));
    assertEquals(2000, records.size());
    assertEquals("1999", field(records.get(1999), "i"));
  }

  @Test
  void tsvFileUsesTab() {
    List<SourceRecord> records =
        readAll(open(InputFormat.CSV, "news.tsv.gz", TestInputs.utf8("a,b\tc\n1,2\t3\n")));
    assertEquals("1,2", field(records.get(0), "a,b"));
  }

  @Test
  void unknownFormatYieldsOneUnknownFormatRecord() {
    List<SourceRecord> records =
        readAll(open(InputFormat.AUTO, "notes.txt", TestInputs.utf8("hello")));
    assertEquals(1, records.size());
    assertEquals(RejectReason.UNKNOWN_FORMAT, records.get(0).failure());
    assertEquals("file", records.get(0).locator());
    assertEquals("hello", records.get(0).raw());
  }

  @Test
  void unreadableStartYieldsOneUnreadableRecord() throws IOException {
    InputStream cut = TestInputs.truncatedGzip(TestInputs.noise(1, 100_000));
    List<SourceRecord> records = readAll(open(InputFormat.AUTO, "a.jsonl", cut));
    assertEquals(1, records.size());
    assertEquals(RejectReason.UNREADABLE_FILE, records.get(0).failure());
    assertTrue(
        records.get(0).failureDetail().startsWith("file ends unexpectedly"),
        records.get(0).failureDetail());
  }

  @Test
  void parquetIsNotReadHere() {
    assertThrows(
        IllegalArgumentException.class,
        () -> open(InputFormat.PARQUET, "a.parquet", TestInputs.utf8("PAR1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> open(InputFormat.AUTO, "a.parquet", TestInputs.utf8("PAR1")));
  }
}
