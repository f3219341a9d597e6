package io.storylines.ingest.format;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Opens the {@link RecordReader} for a file's format.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>JSONL, JSON, CSV and TREC open {@link JsonLinesReader}, {@link JsonArrayReader}, {@link
 *       CsvRecordReader} and {@link TrecReader}.
 *   <li>CSV with no delimiter in the options uses TAB for a {@code .tsv} (or {@code .tsv.gz}) name.
 *   <li>AUTO reads the first {@link FormatSniffer#SNIFF_BYTES} bytes and asks {@link
 *       FormatSniffer}; when it cannot tell, the reader yields one {@code unknown_format} record
 *       (locator {@code file}). When even those bytes cannot be read, it yields one {@code
 *       unreadable_file} record.
 *   <li>PARQUET is read by Spark, not here: asking for it (or AUTO finding it) is a caller's error
 *       and throws {@link IllegalArgumentException}.
 * </ul>
 */
public final class RecordReaders {

  private RecordReaders() {}

  /**
   * @param fileName the file's name, for AUTO and for {@code .tsv}; a final {@code .gz} is ignored
   * @param in the file's bytes, already decompressed; the reader closes it
   */
  public static RecordReader open(
      InputFormat format, String fileName, InputStream in, ReaderOptions options) {
    return switch (format) {
      case AUTO -> openDetected(fileName, in, options);
      case JSONL -> new JsonLinesReader(in, options);
      case JSON -> new JsonArrayReader(in, options);
      case CSV ->
          new CsvRecordReader(
              in,
              options.csvDelimiter() == null && FormatSniffer.isTabSeparated(fileName)
                  ? options.withCsvDelimiter('\t')
                  : options);
      case TREC -> new TrecReader(in, options);
      case PARQUET ->
          throw new IllegalArgumentException(
              "parquet is read by Spark, not by a RecordReader: " + fileName);
    };
  }

  private static RecordReader openDetected(String fileName, InputStream in, ReaderOptions options) {
    PushbackInputStream pushback = new PushbackInputStream(in, FormatSniffer.SNIFF_BYTES);
    byte[] head;
    try {
      head = pushback.readNBytes(FormatSniffer.SNIFF_BYTES);
      pushback.unread(head);
    } catch (IOException e) {
      return new SingleRecordReader(
          SourceRecord.failed(
              "file",
              "",
              RejectReason.UNREADABLE_FILE,
              StreamingRecordReader.unreadableDetail(0, e)),
          pushback);
    }
    InputFormat detected = FormatSniffer.detect(fileName, head);
    if (detected == null) {
      return new SingleRecordReader(
          SourceRecord.failed(
              "file",
              new String(head, StandardCharsets.UTF_8),
              RejectReason.UNKNOWN_FORMAT,
              "cannot tell the format of " + fileName + " from its name or its first bytes"),
          pushback);
    }
    return open(detected, fileName, pushback, options);
  }
}
