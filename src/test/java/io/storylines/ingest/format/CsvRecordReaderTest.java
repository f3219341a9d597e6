package io.storylines.ingest.format;

import static io.storylines.ingest.format.TestInputs.field;
import static io.storylines.ingest.format.TestInputs.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<SourceRecord> read(InputStream in, ReaderOptions options) {
    return readAll(new CsvRecordReader(in, options));
  }

  private static List<SourceRecord> read(String text) {
    return read(TestInputs.utf8(text), TestInputs.options());
  }

  @Test
  void csvRecordCountEqualsRowCount() {
    String text =
        "id,title,body\n"
            + "1,a,first\n"
            + "2,\"b\"x,second\n"
            + "3,c,\"multi\nline\"\n"
            + "4,d\n"
            + "5,e,fifth,extra\n";
    List<SourceRecord> records = read(text);
    assertEquals(5, records.size());
    assertEquals(4, records.stream().filter(SourceRecord::isParsed).count());
  }

  @Test
  void csvQuotedFieldMaySpanLines() {
    List<SourceRecord> records = read("id,body\n1,\"one\ntwo\r\nthree\"\n2,next\n");
    assertEquals("one\ntwo\r\nthree", field(records.get(0), "body"));
    assertEquals("row 2 (line 5)", records.get(1).locator());
  }

  @Test
  void locatorNamesDataRowAndStartLine() {
    List<SourceRecord> records = read("id\n\n1\n2\n");
    assertEquals("row 1 (line 3)", records.get(0).locator());
    assertEquals("row 2 (line 4)", records.get(1).locator());
  }

  @Test
  void emptyLinesAreNotRows() {
    assertEquals(2, read("id\r\n\r\n1\r\n\r\n\r\n2\r\n\r\n").size());
  }

  @Test
  void escapedQuoteIsOneQuote() {
    assertEquals("say \"hi\"", field(read("q\n\"say \"\"hi\"\"\"\n").get(0), "q"));
  }

  @Test
  void cellsAreNotTrimmed() {
    assertEquals(" padded ", field(read("a,b\n1, padded \n").get(0), "b"));
  }

  @Test
  void headerLookupIgnoresCaseAndSurroundingSpaces() {
    SourceRecord record = read(" Article_Title ,Body\nt,b\n").get(0);
    assertEquals("t", field(record, "article_title"));
    assertEquals("t", field(record, "ARTICLE_TITLE "));
    assertEquals(List.of("Article_Title", "Body"), new ArrayList<>(record.fields().names()));
  }

  @Test
  void duplicateHeaderNameKeepsTheFirstColumn() {
    SourceRecord record = read("title,Title,body\nfirst,second,b\n").get(0);
    assertEquals("first", field(record, "TITLE"));
    assertEquals(List.of("title", "body"), new ArrayList<>(record.fields().names()));
  }

  @Test
  void extraCellsAreIgnored() {
    SourceRecord record = read("a,b\n1,2,3,4\n").get(0);
    assertTrue(record.isParsed());
    assertEquals("2", field(record, "b"));
  }

  @Test
  void missingCellsAreNull() {
    SourceRecord record = read("a,b,c\n1\n").get(0);
    assertEquals("1", field(record, "a"));
    assertNull(field(record, "b"));
    assertNull(field(record, "c"));
  }

  @Test
  void emptyCellIsEmptyText() {
    assertEquals("", field(read("a,b\n,2\n").get(0), "a"));
  }

  @Test
  void semicolonDelimiterIsDetected() {
    assertEquals("x,y", field(read("a;b\n1;x,y\n").get(0), "b"));
  }

  @Test
  void tabDelimiterIsDetected() {
    assertEquals("2", field(read("a\tb\n1\t2\n").get(0), "b"));
  }

  @Test
  void pipeDelimiterIsDetected() {
    assertEquals("2", field(read("a|b|c\n1|2|3\n").get(0), "b"));
  }

  @Test
  void delimitersInsideQuotesAreNotCounted() {
    assertEquals("2", field(read("\"x;y;z\",b\n1,2\n").get(0), "b"));
  }

  @Test
  void headerWithoutCandidateUsesComma() {
    assertEquals("1;2", field(read("body\n\"1;2\"\n").get(0), "body"));
  }

  @Test
  void excelSeparatorLineDeclaresTheDelimiter() {
    // Excel's hint line: not a header, not a record (a review's export: every row was missing_body).
    List<SourceRecord> records = read("sep=;\r\nid;body\r\n1;a, b, c\r\n2;x\r\n");
    assertEquals(2, records.size());
    assertEquals("a, b, c", field(records.get(0), "body"));
    assertEquals("row 1 (line 3)", records.get(0).locator());
    // Declared, it wins over detection: the header alone would say comma.
    assertEquals("x", field(read("SEP=|\nid,n|body\n1,2|x\n").get(0), "body"));
    // Only a first line of exactly that shape; a header named sep=x is a header.
    assertEquals("1", field(read("sep=x,y\n1,2\n").get(0), "sep=x"));
    assertEquals(null, CsvRecordReader.excelSeparator("sep=;;"));
  }

  @Test
  void givenDelimiterWinsOverDetection() {
    List<SourceRecord> records =
        read(TestInputs.utf8("a,b|c\n1,2|3\n"), TestInputs.options().withCsvDelimiter('|'));
    assertEquals("1,2", field(records.get(0), "a,b"));
  }

  @Test
  void unclosedQuoteBecomesOneMalformedRecordForTheRest() {
    List<SourceRecord> records = read("id,body\n1,ok\n2,\"open\n3,x\n4,y\n");
    assertEquals(2, records.size());
    SourceRecord last = records.get(1);
    assertEquals(RejectReason.MALFORMED_RECORD, last.failure());
    assertEquals("row 2 (line 3)", last.locator());
    assertEquals(
        "the quote opened at line 3 is never closed, so the rest of the file (from line 3) cannot"
            + " be split into rows",
        last.failureDetail());
    assertEquals("2,\"open\n3,x\n4,y\n", last.raw());
  }

  @Test
  void textAfterClosingQuoteIsMalformedRowAndReadingGoesOn() {
    List<SourceRecord> records = read("a,b\n\"x\"y,1\n2,3\n");
    assertEquals(RejectReason.MALFORMED_RECORD, records.get(0).failure());
    assertTrue(
        records.get(0).failureDetail().startsWith("Invalid character"),
        records.get(0).failureDetail());
    assertEquals("3", field(records.get(1), "b"));
  }

  @Test
  void invalidUtf8RowIsBadEncoding() {
    List<SourceRecord> records =
        read(
            TestInputs.bytes("a,b\n1,", new byte[] {(byte) 0x80}, "\n2,ok\n"),
            TestInputs.options());
    assertEquals(RejectReason.BAD_ENCODING, records.get(0).failure());
    assertEquals("row 1 (line 2)", records.get(0).locator());
    assertEquals("ok", field(records.get(1), "b"));
  }

  @Test
  void overlongRowIsTooLargeAndSkipped() {
    InputStream in = TestInputs.utf8("a,b\n1,\"" + "z\n".repeat(3000) + "\"\n2,small\n");
    List<SourceRecord> records =
        read(in, TestInputs.options().withMaxRecordChars(TestInputs.SMALL_LIMIT));
    assertEquals(2, records.size());
    assertEquals(RejectReason.TOO_LARGE, records.get(0).failure());
    assertEquals("row 2 (line 3003)", records.get(1).locator());
    assertEquals("small", field(records.get(1), "b"));
  }

  @Test
  void emptyFileHasNoRecords() {
    assertEquals(0, read("").size());
    assertEquals(0, read("\n\n").size());
  }

  @Test
  void headerOnlyHasNoRecords() {
    assertEquals(0, read("a,b,c\n").size());
  }

  @Test
  void headerWithUnclosedQuoteIsOneMalformedRecord() {
    List<SourceRecord> records = read("\"a,b\n1,2\n");
    assertEquals(1, records.size());
    assertEquals("header (line 1)", records.get(0).locator());
    assertEquals(RejectReason.MALFORMED_RECORD, records.get(0).failure());
  }

  @Test
  void truncatedGzipEndsWithUnreadableFile() throws IOException {
    StringBuilder text = new StringBuilder("id,body\n");
    for (int i = 0; i < 400; i++) {
      text.append(i).append(",").append(TestInputs.noise(i, 60)).append("\n");
    }
    List<SourceRecord> records =
        read(TestInputs.truncatedGzip(text.toString()), TestInputs.options());
    SourceRecord last = records.get(records.size() - 1);
    assertEquals(RejectReason.UNREADABLE_FILE, last.failure());
    assertTrue(records.size() > 50);
    assertEquals("row " + records.size() + " (line " + (records.size() + 1) + ")", last.locator());
    assertTrue(
        last.failureDetail()
            .startsWith("file ends unexpectedly after line " + records.size() + ":"),
        last.failureDetail());
  }
}
