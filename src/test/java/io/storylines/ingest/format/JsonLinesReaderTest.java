package io.storylines.ingest.format;

import static io.storylines.ingest.format.TestInputs.field;
import static io.storylines.ingest.format.TestInputs.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static List<SourceRecord> read(InputStream in) {
    return readAll(new JsonLinesReader(in, TestInputs.options()));
  }

  private static List<SourceRecord> read(String text) {
    return read(TestInputs.utf8(text));
  }

  @Test
  void jsonlRecordCountEqualsLineCount() {
    String text =
        """
        {"title": "a"}
        not json
        [1, 2]
        {"title": "b"}
        {"title":
        """;
    List<SourceRecord> records = read(text);
    assertEquals(5, records.size());
    assertEquals(2, records.stream().filter(SourceRecord::isParsed).count());
  }

  @Test
  void blankLinesAreNotRecords() {
    List<SourceRecord> records = read("\n{\"a\": 1}\n   \n\t\n{\"a\": 2}\n\n");
    assertEquals(2, records.size());
  }

  @Test
  void locatorIsThePhysicalLine() {
    List<SourceRecord> records = read("\n{\"a\": 1}\n\n{\"a\": 2}\n");
    assertEquals("line 2", records.get(0).locator());
    assertEquals("line 4", records.get(1).locator());
  }

  @Test
  void crlfAndCrEndLines() {
    List<SourceRecord> records = read("{\"a\": 1}\r\n{\"a\": 2}\r{\"a\": 3}");
    assertEquals(
        List.of("line 1", "line 2", "line 3"),
        records.stream().map(SourceRecord::locator).toList());
    assertTrue(records.stream().allMatch(SourceRecord::isParsed));
  }

  @Test
  void lineThatIsNotJsonIsMalformedWithJacksonMessage() {
    SourceRecord record = read("{\"a\": x}\n").get(0);
    assertEquals(RejectReason.MALFORMED_RECORD, record.failure());
    assertTrue(record.failureDetail().startsWith("Unrecognized token 'x'"), record.failureDetail());
    assertTrue(record.failureDetail().endsWith("(line 1 column 7)"), record.failureDetail());
    assertEquals("{\"a\": x}", record.raw());
  }

  @Test
  void lineThatIsNotAnObjectIsMalformed() {
    SourceRecord record = read("[{\"a\": 1}]\n").get(0);
    assertEquals(RejectReason.MALFORMED_RECORD, record.failure());
    assertEquals("record is an array, not a JSON object", record.failureDetail());
  }

  @Test
  void twoObjectsOnOneLineAreMalformed() {
    assertEquals(RejectReason.MALFORMED_RECORD, read("{\"a\": 1} {\"a\": 2}").get(0).failure());
  }

  @Test
  void invalidUtf8LineIsBadEncoding() {
    List<SourceRecord> records =
        read(TestInputs.bytes("{\"a\": \"", new byte[] {(byte) 0xC3}, "\"}\n{\"a\": \"ok\"}\n"));
    assertEquals(RejectReason.BAD_ENCODING, records.get(0).failure());
    assertEquals(
        "bytes that are not valid UTF-8 at character 8 of the record (if the file is in another"
            + " encoding, give it with --encoding, e.g. windows-1256 or windows-1254)",
        records.get(0).failureDetail());
    assertEquals("ok", field(records.get(1), "a"));
  }

  @Test
  void overlongLineIsTooLargeAndSkipped() {
    String longLine = "{\"body\": \"" + "x".repeat(5000) + "\"}";
    InputStream in = TestInputs.utf8(longLine + "\n{\"body\": \"short\"}\n");
    List<SourceRecord> records =
        readAll(
            new JsonLinesReader(
                in, TestInputs.options().withMaxRecordChars(TestInputs.SMALL_LIMIT)));
    assertEquals(2, records.size());
    SourceRecord tooLarge = records.get(0);
    assertEquals(RejectReason.TOO_LARGE, tooLarge.failure());
    assertEquals(
        "line has 5,012 characters, more than the limit of 1,024", tooLarge.failureDetail());
    assertEquals(longLine.substring(0, SourceRecord.RAW_LIMIT), tooLarge.raw());
    assertEquals("short", field(records.get(1), "body"));
  }

  @Test
  void utf8BomBeforeFirstLineIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    SourceRecord record = read(TestInputs.bytes(bom, "{\"a\": 1}\n")).get(0);
    assertTrue(record.isParsed());
  }

  @Test
  void truncatedGzipEndsWithUnreadableFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("{\"body\": \"").append(TestInputs.noise(i, 60)).append("\"}\n");
    }
    List<SourceRecord> records = read(TestInputs.truncatedGzip(text.toString()));
    SourceRecord last = records.get(records.size() - 1);
    assertEquals(RejectReason.UNREADABLE_FILE, last.failure());
    long complete = records.size() - 1;
    assertTrue(complete > 50, "records before the cut: " + complete);
    assertTrue(records.subList(0, records.size() - 1).stream().allMatch(SourceRecord::isParsed));
    assertEquals("line " + records.size(), last.locator());
    assertTrue(
        last.failureDetail()
            .startsWith(
                "file ends unexpectedly after line " + complete + ": Unexpected end of ZLIB"),
        last.failureDetail());
  }

  @Test
  void readerIsExhaustedAfterUnreadableFile() throws IOException {
    JsonLinesReader reader =
        new JsonLinesReader(TestInputs.truncatedGzip("{}\n".repeat(5000)), TestInputs.options());
    readAll(reader);
    assertFalse(reader.hasNext());
  }
}
