package io.storylines.ingest.format;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file whose first row is its header.
 *
 * <p>Rows are found by {@link CsvRowSplitter}, which keeps memory bounded, and each row's cells are
 * then parsed by commons-csv (RFC 4180: {@code "} quotes, {@code ""} escapes a quote, quoted fields
 * may span lines, cells are not trimmed).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The delimiter is {@link ReaderOptions#csvDelimiter()} when set, else the one that an
 *       Excel separator line declares, else the one detected from the header line by {@link
 *       CsvDelimiters}.
 *   <li>An <em>Excel separator line</em> is a first row that is exactly {@code sep=} and one char
 *       ({@code sep=;}, any case), which Excel writes so that it opens the file right: it declares
 *       the delimiter and is neither header nor record.
 *   <li>The first non-empty row (after the separator line) is the header (names as in {@link
 *       CsvHeader}); it is not a record.
 *       A file with no rows has no records.
 *   <li>Every later non-empty row is exactly one record. Locator: {@code row N (line L)}, N
 *       counting data rows from 1 and L the line where the row starts.
 *   <li>A row with more cells than the header is still read; the extra cells are ignored. A row
 *       with fewer cells gives null for the missing columns.
 *   <li>A row longer than {@link ReaderOptions#maxRecordChars()} is {@code too_large}, skipped
 *       without being held whole.
 *   <li>A row holding bytes that are not valid in the file's encoding is {@code bad_encoding}.
 *   <li>A row that commons-csv rejects (text between a closing quote and the next delimiter) is
 *       {@code malformed_record}; reading goes on with the next row.
 *   <li>A quote that is never closed swallows the rest of the file: one final {@code
 *       malformed_record} covers it and reading stops.
 *   <li>A header that cannot be read (a quote never closed, rejected by commons-csv, or longer than
 *       the limit) leaves no way to name the cells: one final failed record (locator {@code header
 *       (line L)}) covers the file. Header names with bytes that are not valid are kept as decoded.
 * </ul>
 */
public final class CsvRecordReader extends StreamingRecordReader {

  private final RecordText rowText;
  private final CsvRowSplitter splitter;
  private CSVFormat format;
  private CsvHeader header;
  private long rowCount;
  private boolean finished;

  public CsvRecordReader(InputStream in, ReaderOptions options) {
    super(new TrackingDecoder(in, options.charset()), options);
    this.rowText = new RecordText(options.maxRecordChars());
    Character delimiter = options.csvDelimiter();
    this.splitter =
        new CsvRowSplitter(
            cursor,
            rowText,
            delimiter == null ? CsvDelimiters.CANDIDATES : String.valueOf(delimiter.charValue()));
  }

  @Override
  SourceRecord readRecord() throws IOException {
    if (finished) {
      return null;
    }
    if (header == null) {
      SourceRecord headerFailure = readHeader();
      if (headerFailure != null || finished) {
        return headerFailure;
      }
    }
    CsvRowSplitter.Row row = splitter.next();
    if (row == null) {
      finished = true;
      return null;
    }
    rowCount++;
    SourceRecord record = toRecord(row, "row " + rowCount + " (line " + row.line() + ")");
    cursor.forgetMalformedInput();
    return record;
  }

  @Override
  SourceRecord unreadable(IOException error) {
    String locator =
        header == null
            ? "header (line " + splitter.rowLine() + ")"
            : "row " + (rowCount + 1) + " (line " + splitter.rowLine() + ")";
    return unreadableRecord(locator, rowText.head(), error);
  }

  /** Reads the header row; returns a final failed record when it cannot be read. */
  private SourceRecord readHeader() throws IOException {
    Character declared = null;
    String locator;
    String text;
    while (true) {
      CsvRowSplitter.Row row = splitter.next();
      if (row == null) {
        finished = true;
        return null;
      }
      locator = "header (line " + row.line() + ")";
      if (row.hasUnclosedQuote()) {
        return finalFailure(unclosedQuote(locator, row));
      }
      if (rowText.isTooLarge()) {
        return finalFailure(tooLarge(locator, "header", rowText));
      }
      text = rowText.text();
      Character separator = row.line() == 1 ? excelSeparator(text) : null;
      if (separator == null) {
        break;
      }
      declared = separator;
      splitter.useDelimiter(options.csvDelimiter() != null ? options.csvDelimiter() : separator);
    }
    char delimiter =
        options.csvDelimiter() != null
            ? options.csvDelimiter()
            : declared != null ? declared : CsvDelimiters.detect(text);
    format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    splitter.useDelimiter(delimiter);
    try {
      header = new CsvHeader(parseCells(text));
    } catch (IOException | UncheckedIOException e) {
      return finalFailure(
          SourceRecord.failed(
              locator,
              text,
              RejectReason.MALFORMED_RECORD,
              "header cannot be parsed: " + message(e)));
    }
    cursor.forgetMalformedInput();
    return null;
  }

  /** The delimiter an Excel separator line ({@code sep=;}) declares, or null for any other row. */
  static Character excelSeparator(String row) {
    String line = row.strip();
    if (line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4)) {
      return line.charAt(4);
    }
    return null;
  }

  private SourceRecord toRecord(CsvRowSplitter.Row row, String locator) {
    if (row.hasUnclosedQuote()) {
      return finalFailure(unclosedQuote(locator, row));
    }
    if (rowText.isTooLarge()) {
      return tooLarge(locator, "row", rowText);
    }
    String text = rowText.text();
    SourceRecord badEncoding = badEncodingOrNull(locator, text, row.startOffset(), row.endOffset());
    if (badEncoding != null) {
      return badEncoding;
    }
    try {
      return SourceRecord.parsed(locator, text, new CsvFields(header, parseCells(text)));
    } catch (IOException | UncheckedIOException e) {
      return SourceRecord.failed(locator, text, RejectReason.MALFORMED_RECORD, message(e));
    }
  }

  /** The cells of one row's text, which the splitter guarantees is a single, non-empty record. */
  private List<String> parseCells(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.next().toList();
    }
  }

  private SourceRecord unclosedQuote(String locator, CsvRowSplitter.Row row) {
    return SourceRecord.failed(
        locator,
        rowText.head(),
        RejectReason.MALFORMED_RECORD,
        "the quote opened at line "
            + row.unclosedQuoteLine()
            + " is never closed, so the rest of the file (from line "
            + row.line()
            + ") cannot be split into rows");
  }

  private SourceRecord finalFailure(SourceRecord record) {
    finished = true;
    return record;
  }

  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
