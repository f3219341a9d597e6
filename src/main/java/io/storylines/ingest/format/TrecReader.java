package io.storylines.ingest.format;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads TREC-style SGML ({@code <DOC>...</DOC>}) and Reuters-21578 ({@code <REUTERS ...>
 * ...</REUTERS>}) files, record by record. The files are not well-formed XML (no root, raw {@code
 * &}), so they are read leniently.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Records are found as described in {@link TrecRecordSplitter}: a record missing its end tag
 *       ends at the next record or at the end of the file and is still read. Text between records
 *       is ignored.
 *   <li>Fields are the record's elements, nested ones too, and its start tag's attributes, as
 *       described in {@link SgmlRecordParser} and {@link TrecFields}.
 *   <li>Locator: {@code DOCNO <value>} when the record has a non-empty DOCNO, else {@code NEWID
 *       <value>} when it has a non-empty NEWID, else {@code record N (line L)}, N counting records
 *       from 1 and L the line of the start tag.
 *   <li>A record longer than {@link ReaderOptions#maxRecordChars()} is {@code too_large}, skipped
 *       while it is read; its locator comes from the fields complete within its first {@link
 *       SourceRecord#RAW_LIMIT} characters.
 *   <li>A record holding bytes that are not valid in the file's encoding is {@code bad_encoding}.
 *   <li>An I/O error ends the file with one {@code unreadable_file} record; when it strikes inside
 *       a record, the locator comes from the fields complete so far, as for {@code too_large}.
 *   <li>A file with no record at all but some non-whitespace text is one {@code malformed_record}
 *       ({@code no <DOC> or <REUTERS> record found}); an empty file has no records.
 * </ul>
 */
public final class TrecReader extends StreamingRecordReader {

  private final RecordText record;
  private final TrecRecordSplitter splitter;
  private boolean finished;

  public TrecReader(InputStream in, ReaderOptions options) {
    super(new TrackingDecoder(in, options.charset()), options);
    this.record = new RecordText(options.maxRecordChars());
    this.splitter = new TrecRecordSplitter(cursor, record);
  }

  @Override
  SourceRecord readRecord() throws IOException {
    if (finished) {
      return null;
    }
    TrecRecordSplitter.Span span = splitter.next();
    if (span == null) {
      finished = true;
      if (splitter.count() == 0 && splitter.outsideLine() > 0) {
        return SourceRecord.failed(
            fallbackLocator(1, splitter.outsideLine()),
            splitter.outsideHead(),
            RejectReason.MALFORMED_RECORD,
            "no <DOC> or <REUTERS> record found");
      }
      return null;
    }
    SourceRecord result = toRecord(span);
    cursor.forgetMalformedInput();
    return result;
  }

  @Override
  SourceRecord unreadable(IOException error) {
    if (splitter.recordLine() == 0) {
      return unreadableRecord(
          fallbackLocator(splitter.count() + 1, cursor.line()), record.head(), error);
    }
    String fallback = fallbackLocator(splitter.count(), splitter.recordLine());
    TrecFields head = SgmlRecordParser.parse(record.head(), false);
    return unreadableRecord(locator(head, fallback), record.head(), error);
  }

  private SourceRecord toRecord(TrecRecordSplitter.Span span) {
    String fallback = fallbackLocator(span.number(), span.line());
    if (record.isTooLarge()) {
      TrecFields head = SgmlRecordParser.parse(record.head(), false);
      return tooLarge(locator(head, fallback), "record", record);
    }
    String text = record.text();
    TrecFields fields = SgmlRecordParser.parse(text, true);
    String locator = locator(fields, fallback);
    SourceRecord badEncoding =
        badEncodingOrNull(locator, text, span.startOffset(), span.endOffset());
    if (badEncoding != null) {
      return badEncoding;
    }
    return SourceRecord.parsed(locator, text, fields);
  }

  private static String locator(TrecFields fields, String fallback) {
    String docno = fields.get("DOCNO");
    if (docno != null && !docno.isEmpty()) {
      return "DOCNO " + docno;
    }
    String newid = fields.get("NEWID");
    if (newid != null && !newid.isEmpty()) {
      return "NEWID " + newid;
    }
    return fallback;
  }

  private static String fallbackLocator(long number, long line) {
    return "record " + number + " (line " + line + ")";
  }
}
