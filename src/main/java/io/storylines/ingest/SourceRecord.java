package io.storylines.ingest;

import java.util.Objects;

/**
 * One record as read from an input file, before field mapping: either its fields, or the reason it
 * could not be read. Every record that a reader meets becomes exactly one SourceRecord, so that
 * "records read" can be counted per file.
 *
 * <p>{@code locator} says where the record is in its file, in words a person can follow: {@code line
 * 12}, {@code row 7 (line 9)}, {@code element 3}, {@code DOCNO AL-culture-1-20180218}, {@code byte
 * 1048576}. {@code raw} is at most {@link #RAW_LIMIT} characters of the record as it was read.
 */
public final class SourceRecord {

  /** How much of a record's raw text is kept for the rejects table. */
  public static final int RAW_LIMIT = 2048;

  private final String locator;
  private final String raw;
  private final RecordFields fields;
  private final RejectReason failure;
  private final String failureDetail;

  private SourceRecord(
      String locator, String raw, RecordFields fields, RejectReason failure, String failureDetail) {
    this.locator = Objects.requireNonNull(locator, "locator");
    this.raw = truncate(raw);
    this.fields = fields;
    this.failure = failure;
    this.failureDetail = failureDetail;
  }

  public static SourceRecord parsed(String locator, String raw, RecordFields fields) {
    return new SourceRecord(locator, raw, Objects.requireNonNull(fields, "fields"), null, null);
  }

  public static SourceRecord failed(
      String locator, String raw, RejectReason reason, String detail) {
    return new SourceRecord(
        locator, raw, null, Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(detail));
  }

  /**
   * The same record, located inside an archive: {@code news/2025-01.jsonl: line 12}. Its fields,
   * reason and raw text are this record's.
   */
  public SourceRecord inEntry(String entry) {
    return new SourceRecord(entry + ": " + locator, raw, fields, failure, failureDetail);
  }

  public boolean isParsed() {
    return fields != null;
  }

  public String locator() {
    return locator;
  }

  /** The start of the raw record text, at most {@link #RAW_LIMIT} characters; never null. */
  public String raw() {
    return raw;
  }

  /** The fields; null when {@link #isParsed()} is false. */
  public RecordFields fields() {
    return fields;
  }

  /** The reason it could not be read; null when it was parsed. */
  public RejectReason failure() {
    return failure;
  }

  public String failureDetail() {
    return failureDetail;
  }

  /** Cuts text to {@link #RAW_LIMIT} characters without splitting a surrogate pair. */
  public static String truncate(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= RAW_LIMIT) {
      return text;
    }
    int end = RAW_LIMIT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  @Override
  public String toString() {
    return isParsed()
        ? "SourceRecord[" + locator + ", fields=" + fields.names() + "]"
        : "SourceRecord[" + locator + ", " + failure.code() + ": " + failureDetail + "]";
  }
}
