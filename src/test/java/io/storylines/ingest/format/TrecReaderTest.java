package io.storylines.ingest.format;

import static io.storylines.ingest.format.TestInputs.field;
import static io.storylines.ingest.format.TestInputs.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrecReaderTest {

  /** A made-up TREC document in the layout of the ANT corpus. */
  private static final String DOC =
      """
      <DOC>
      <DOCNO>XX-world-7-20180301</DOCNO>
      <URL>http://news.example/a?x=1&y=2</URL>
      <TITLE>Talks resume</TITLE>
      <TIME>Thu, 01 Mar 2018 10:00:00 GMT</TIME>
      <AUTHOR></AUTHOR>
      <TEXT>
      First line of the story.
      Second line.
      </TEXT>
      </DOC>
      """;

  /** A made-up record in the layout of Reuters-21578. */
  private static final String REUTERS =
      """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="42">
      <DATE> 2-MAR-1987 09:15:00.00</DATE>
      <PLACES><D>usa</D><D>uk</D></PLACES>
      <TEXT>&#2;
      <TITLE>GRAIN PRICES &lt;UP></TITLE>
      <DATELINE>    CHICAGO, March 2 - </DATELINE><BODY>Prices rose &amp; traders
      were pleased.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      """;

  private static List<SourceRecord> read(InputStream in, ReaderOptions options) {
    return readAll(new TrecReader(in, options));
  }

  private static List<SourceRecord> read(String text) {
    return read(TestInputs.utf8(text), TestInputs.options());
  }

  @Test
  void trecRecordCountEqualsDocCount() {
    String text =
        DOC
            + "junk between\n"
            + DOC.replace("XX-world-7", "XX-world-8")
            + REUTERS
            + "<DOC>\n<DOCNO>last";
    assertEquals(4, read(text).size());
  }

  @Test
  void eachChildElementIsAField() {
    SourceRecord record = read(DOC).get(0);
    assertEquals("XX-world-7-20180301", field(record, "DOCNO"));
    assertEquals("Talks resume", field(record, "TITLE"));
    assertEquals("Thu, 01 Mar 2018 10:00:00 GMT", field(record, "TIME"));
    assertEquals("First line of the story.\nSecond line.", field(record, "TEXT"));
    assertEquals(
        List.of("DOCNO", "URL", "TITLE", "TIME", "AUTHOR", "TEXT"),
        new ArrayList<>(record.fields().names()));
  }

  @Test
  void emptyElementIsEmptyTextAndAbsentElementIsNull() {
    SourceRecord record = read(DOC).get(0);
    assertEquals("", field(record, "AUTHOR"));
    assertNull(field(record, "ABSTRACT"));
  }

  @Test
  void rawAmpersandIsKept() {
    assertEquals("http://news.example/a?x=1&y=2", field(read(DOC).get(0), "URL"));
  }

  @Test
  void tagNamesIgnoreCase() {
    SourceRecord record = read("<doc>\n<DocNo> d1 </docno>\n<text>body</TEXT>\n</Doc>\n").get(0);
    assertEquals("d1", field(record, "DOCNO"));
    assertEquals("body", field(record, "text"));
  }

  @Test
  void locatorIsDocnoWhenPresent() {
    assertEquals("DOCNO XX-world-7-20180301", read(DOC).get(0).locator());
  }

  @Test
  void locatorIsNewidWithoutDocno() {
    assertEquals("NEWID 42", read(REUTERS).get(0).locator());
  }

  @Test
  void locatorIsRecordNumberAndLineWithoutEither() {
    List<SourceRecord> records = read("\n<DOC><TEXT>a</TEXT></DOC>\n<DOC>\n<TEXT>b</TEXT></DOC>\n");
    assertEquals("record 1 (line 2)", records.get(0).locator());
    assertEquals("record 2 (line 3)", records.get(1).locator());
  }

  @Test
  void trecDocWithoutClosingTagEndsAtNextDoc() {
    List<SourceRecord> records =
        read("<DOC>\n<DOCNO>d1</DOCNO>\n<TEXT>one</TEXT>\n<DOC>\n<DOCNO>d2</DOCNO>\n</DOC>\n");
    assertEquals(2, records.size());
    assertEquals("one", field(records.get(0), "TEXT"));
    assertEquals("d2", field(records.get(1), "DOCNO"));
  }

  @Test
  void docWithoutClosingTagAtEndOfFileIsRead() {
    SourceRecord record = read("<DOC>\n<DOCNO>d1</DOCNO>\n<TEXT>cut short").get(0);
    assertTrue(record.isParsed());
    assertEquals("cut short", field(record, "TEXT"));
  }

  @Test
  void docTagMayHaveAttributes() {
    SourceRecord record = read("<DOC id=\"a1\" lang=en>\n<TEXT>x</TEXT>\n</DOC>").get(0);
    assertEquals("a1", field(record, "ID"));
    assertEquals("en", field(record, "LANG"));
  }

  @Test
  void reutersNestedBodyIsAField() {
    SourceRecord record = read(REUTERS).get(0);
    assertEquals("Prices rose & traders\nwere pleased.\n Reuter", field(record, "BODY"));
    assertEquals("GRAIN PRICES <UP>", field(record, "TITLE"));
    assertEquals("CHICAGO, March 2 -", field(record, "DATELINE"));
    assertEquals("2-MAR-1987 09:15:00.00", field(record, "DATE"));
  }

  @Test
  void reutersAttributesAreFields() {
    SourceRecord record = read(REUTERS).get(0);
    assertEquals("42", field(record, "NEWID"));
    assertEquals("TRAIN", field(record, "LEWISSPLIT"));
  }

  @Test
  void elementWinsOverAttributeOfTheSameName() {
    SourceRecord record =
        read("<REUTERS TOPICS=\"YES\"><TOPICS><D>grain</D></TOPICS></REUTERS>").get(0);
    assertEquals("grain", field(record, "TOPICS"));
  }

  @Test
  void repeatedTagsAreJoinedByLineBreaks() {
    assertEquals("usa\nuk", field(read(REUTERS).get(0), "D"));
  }

  @Test
  void outerElementHoldsInnerTextWithoutTags() {
    String text = field(read(REUTERS).get(0), "TEXT");
    assertTrue(
        text.startsWith("GRAIN PRICES <UP>\n    CHICAGO, March 2 - Prices rose & traders\n"), text);
  }

  @Test
  void adjacentElementsDoNotRunTogether() {
    SourceRecord record = read("<DOC><TEXT><P>one</P><P>two</P></TEXT></DOC>").get(0);
    assertEquals("one\ntwo", field(record, "TEXT"));
  }

  @Test
  void startTagOfAnOpenElementClosesIt() {
    SourceRecord record = read("<DOC><TEXT><P>one<P>two</TEXT></DOC>").get(0);
    assertEquals("one\ntwo", field(record, "P"));
  }

  @Test
  void textOutsideRecordsIsIgnored() {
    List<SourceRecord> records = read("preamble\n" + DOC + "trailer\n");
    assertEquals(1, records.size());
  }

  @Test
  void fileWithoutRecordIsOneMalformedRecord() {
    List<SourceRecord> records = read("\n\nplain text, no markup\n");
    assertEquals(1, records.size());
    assertEquals(RejectReason.MALFORMED_RECORD, records.get(0).failure());
    assertEquals("no <DOC> or <REUTERS> record found", records.get(0).failureDetail());
    assertEquals("record 1 (line 3)", records.get(0).locator());
    assertEquals("plain text, no markup\n", records.get(0).raw());
  }

  @Test
  void emptyFileHasNoRecords() {
    assertEquals(0, read(" \n\n").size());
  }

  @Test
  void docnoTagDoesNotStartARecord() {
    assertEquals(1, read("<DOC>\n<DOCNO>d1</DOCNO>\n<DOCNO>d2</DOCNO>\n</DOC>").size());
  }

  @Test
  void overlongDocIsTooLargeAndSkipped() {
    String big = "<DOC>\n<DOCNO>big-1</DOCNO>\n<TEXT>" + "w ".repeat(5000) + "</TEXT>\n</DOC>\n";
    InputStream in = TestInputs.utf8(big + DOC);
    List<SourceRecord> records =
        read(in, TestInputs.options().withMaxRecordChars(TestInputs.SMALL_LIMIT));
    assertEquals(2, records.size());
    assertEquals(RejectReason.TOO_LARGE, records.get(0).failure());
    assertEquals("DOCNO big-1", records.get(0).locator());
    assertTrue(records.get(1).isParsed());
  }

  @Test
  void invalidUtf8DocIsBadEncoding() {
    InputStream in =
        TestInputs.bytes(
            "<DOC>\n<DOCNO>bad</DOCNO>\n<TEXT>caf",
            new byte[] {(byte) 0xE9},
            "</TEXT>\n</DOC>\n",
            DOC);
    List<SourceRecord> records = read(in, TestInputs.options());
    assertEquals(RejectReason.BAD_ENCODING, records.get(0).failure());
    assertEquals("DOCNO bad", records.get(0).locator());
    assertTrue(records.get(1).isParsed());
  }

  @Test
  void givenCharsetReadsLatin1() {
    byte[] latin1 = "<DOC><TEXT>café</TEXT></DOC>".getBytes(StandardCharsets.ISO_8859_1);
    SourceRecord record =
        read(
                new ByteArrayInputStream(latin1),
                TestInputs.options().withCharset(StandardCharsets.ISO_8859_1))
            .get(0);
    assertEquals("café", field(record, "TEXT"));
  }

  @Test
  void truncatedGzipEndsWithUnreadableFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("<DOC>\n<DOCNO>d")
          .append(i)
          .append("</DOCNO>\n<TEXT>")
          .append(TestInputs.noise(i, 80))
          .append("</TEXT>\n</DOC>\n");
    }
    List<SourceRecord> records =
        read(TestInputs.truncatedGzip(text.toString()), TestInputs.options());
    SourceRecord last = records.get(records.size() - 1);
    assertEquals(RejectReason.UNREADABLE_FILE, last.failure());
    assertTrue(records.size() > 30);
    // The cut record is named by its DOCNO when that much of it arrived, else by its position.
    String cutDocno = "DOCNO d" + (records.size() - 1);
    String cutPosition = "record " + records.size() + " (line ";
    assertTrue(
        last.locator().equals(cutDocno) || last.locator().startsWith(cutPosition), last.locator());
    assertTrue(
        last.failureDetail().startsWith("file ends unexpectedly after line "),
        last.failureDetail());
  }
}
