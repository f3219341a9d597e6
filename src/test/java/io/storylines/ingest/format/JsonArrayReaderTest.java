package io.storylines.ingest.format;

import static io.storylines.ingest.format.TestInputs.field;
import static io.storylines.ingest.format.TestInputs.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayReaderTest {

  private static List<SourceRecord> read(InputStream in) {
    return readAll(new JsonArrayReader(in, TestInputs.options()));
  }

  private static List<SourceRecord> read(String text) {
    return read(TestInputs.utf8(text));
  }

  @Test
  void jsonArrayRecordCountEqualsElementCount() {
    String text = "[{\"a\": 1}, 2, {\"a\": x}, [3], {\"a\": \"ok\"}, null]";
    List<SourceRecord> records = read(text);
    assertEquals(6, records.size());
    assertEquals(2, records.stream().filter(SourceRecord::isParsed).count());
  }

  @Test
  void locatorNamesElementAndLine() {
    List<SourceRecord> records = read("[\n  {\"a\": 1},\n  {\"a\": 2}\n]\n");
    assertEquals("element 1 (line 2)", records.get(0).locator());
    assertEquals("element 2 (line 3)", records.get(1).locator());
  }

  @Test
  void emptyFileAndEmptyArrayHaveNoRecords() {
    assertEquals(0, read("").size());
    assertEquals(0, read(" \n ").size());
    assertEquals(0, read("[ ]\n").size());
  }

  @Test
  void nonObjectElementIsMalformedAndReadingGoesOn() {
    List<SourceRecord> records = read("[\"text\", {\"a\": 1}]");
    assertEquals(RejectReason.MALFORMED_RECORD, records.get(0).failure());
    assertEquals("record is a string, not a JSON object", records.get(0).failureDetail());
    assertTrue(records.get(1).isParsed());
  }

  @Test
  void elementWithBadContentIsMalformedAndReadingGoesOn() {
    List<SourceRecord> records = read("[{\"a\": 1},\n {\"a\": yes},\n {\"a\": 3}]");
    assertEquals(3, records.size());
    SourceRecord bad = records.get(1);
    assertEquals(RejectReason.MALFORMED_RECORD, bad.failure());
    assertTrue(bad.failureDetail().startsWith("Unrecognized token 'yes'"), bad.failureDetail());
    assertTrue(bad.failureDetail().endsWith("(line 2 column 8)"), bad.failureDetail());
    assertEquals("3", field(records.get(2), "a"));
  }

  @Test
  void bracketsAndQuotesInsideStringsDoNotCount() {
    List<SourceRecord> records = read("[{\"a\": \"]}{[\\\"\"}, {\"a\": \"b\"}]");
    assertEquals(2, records.size());
    assertEquals("]}{[\"", field(records.get(0), "a"));
  }

  @Test
  void jsonArrayCutOffBecomesOneMalformedRecord() {
    List<SourceRecord> records = read("[{\"a\": 1},\n{\"a\": 2},\n{\"a\": \"cut");
    assertEquals(3, records.size());
    SourceRecord last = records.get(2);
    assertEquals(RejectReason.MALFORMED_RECORD, last.failure());
    assertEquals("element 3 (line 3)", last.locator());
    assertEquals(
        "array breaks at line 3 column 11: input ends inside a string in element 3",
        last.failureDetail());
    assertEquals("{\"a\": \"cut", last.raw());
  }

  @Test
  void arrayWithoutClosingBracketBecomesOneMalformedRecord() {
    List<SourceRecord> records = read("[{\"a\": 1}, {\"a\": 2}\n");
    assertEquals(3, records.size());
    assertEquals(
        "array breaks at line 2 column 1: input ends before the closing ']'",
        records.get(2).failureDetail());
  }

  @Test
  void missingCommaBreaksTheArray() {
    List<SourceRecord> records = read("[{\"a\": 1} {\"a\": 2}, {\"a\": 3}]");
    assertEquals(2, records.size());
    assertEquals(
        "array breaks at line 1 column 11: expected ',' or ']' after element 1 but found '{'",
        records.get(1).failureDetail());
    assertEquals("element 2 (line 1)", records.get(1).locator());
    assertEquals("{\"a\": 2}, {\"a\": 3}]", records.get(1).raw());
  }

  @Test
  void mismatchedBracketBreaksTheArray() {
    List<SourceRecord> records = read("[{\"a\": [1}, {\"a\": 2}]");
    assertEquals(1, records.size());
    assertEquals(
        "array breaks at line 1 column 10: '}' does not close '['", records.get(0).failureDetail());
  }

  @Test
  void trailingCommaBreaksTheArray() {
    List<SourceRecord> records = read("[{\"a\": 1},]");
    assertEquals(2, records.size());
    assertEquals(
        "array breaks at line 1 column 11: expected an element but found ']'",
        records.get(1).failureDetail());
  }

  @Test
  void fileThatIsNotAnArrayIsOneMalformedRecord() {
    List<SourceRecord> records = read("{\"a\": 1}\n{\"a\": 2}\n");
    assertEquals(1, records.size());
    assertEquals(
        "array breaks at line 1 column 1: expected '[' to open the array but found '{'",
        records.get(0).failureDetail());
  }

  @Test
  void contentAfterTheArrayIsOneMalformedRecord() {
    List<SourceRecord> records = read("[{\"a\": 1}]\n[{\"a\": 2}]");
    assertEquals(2, records.size());
    assertEquals("line 2", records.get(1).locator());
    assertEquals(
        "content after the end of the array at line 2 column 1", records.get(1).failureDetail());
  }

  @Test
  void oversizedElementIsTooLargeAndSkipped() {
    String big = "{\"body\": \"" + "y".repeat(100_000) + "\"}";
    InputStream in = TestInputs.utf8("[" + big + ", {\"body\": \"small\"}]");
    List<SourceRecord> records =
        readAll(
            new JsonArrayReader(
                in, TestInputs.options().withMaxRecordChars(TestInputs.SMALL_LIMIT)));
    assertEquals(2, records.size());
    assertEquals(RejectReason.TOO_LARGE, records.get(0).failure());
    assertEquals(
        "element has 100,012 characters, more than the limit of 1,024",
        records.get(0).failureDetail());
    assertEquals(SourceRecord.RAW_LIMIT, records.get(0).raw().length());
    assertEquals("small", field(records.get(1), "body"));
  }

  @Test
  void invalidUtf8ElementIsBadEncoding() {
    List<SourceRecord> records =
        read(TestInputs.bytes("[{\"a\": \"", new byte[] {(byte) 0xFE}, "\"}, {\"a\": \"ok\"}]"));
    assertEquals(RejectReason.BAD_ENCODING, records.get(0).failure());
    assertTrue(records.get(1).isParsed());
  }

  @Test
  void truncatedGzipEndsWithUnreadableFile() throws IOException {
    StringBuilder text = new StringBuilder("[\n");
    for (int i = 0; i < 400; i++) {
      text.append("{\"body\": \"").append(TestInputs.noise(i, 60)).append("\"},\n");
    }
    text.append("{}]\n");
    List<SourceRecord> records = read(TestInputs.truncatedGzip(text.toString()));
    SourceRecord last = records.get(records.size() - 1);
    assertEquals(RejectReason.UNREADABLE_FILE, last.failure());
    assertTrue(records.size() > 50);
    assertTrue(last.locator().startsWith("element " + records.size() + " (line "), last.locator());
    assertTrue(
        last.failureDetail().startsWith("file ends unexpectedly after line "),
        last.failureDetail());
  }
}
