package io.storylines.ingest;

/**
 * Why a record ended in the {@code rejects} table instead of {@code articles}. The {@link #code()} is
 * the value written to {@code rejects.reason}; codes are stable, lower-case and documented in
 * docs/tables.md.
 */
public enum RejectReason {
  /** The record could not be parsed in its format (bad JSON, a CSV row with a broken quote, ...). */
  MALFORMED_RECORD("malformed_record"),
  /** A field had a type that cannot be read as text (a title that is an object, ...). */
  WRONG_TYPE("wrong_type"),
  /** No body field, or the mapped body field is absent. */
  MISSING_BODY("missing_body"),
  /** A body that is empty once whitespace and markup are removed. */
  EMPTY_TEXT("empty_text"),
  /** A publication date that is absent or cannot be read (unless {@code --undated keep}). */
  BAD_DATE("bad_date"),
  /** A record over the configured size limit; it is never held in memory whole. */
  TOO_LARGE("too_large"),
  /** Bytes that are not valid in the file's encoding. */
  BAD_ENCODING("bad_encoding"),
  /** An article_id already taken by an earlier record (by input file, then position in the file). */
  DUPLICATE_ID("duplicate_id"),
  /** With {@code --mode append}: an article_id already in the published {@code articles} table. */
  ALREADY_PRESENT("already_present"),
  /** A file, or the rest of a file, that cannot be read: a truncated .gz, an I/O error. */
  UNREADABLE_FILE("unreadable_file"),
  /** A file whose format cannot be told from its name or first bytes. */
  UNKNOWN_FORMAT("unknown_format");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static RejectReason fromCode(String code) {
    for (RejectReason reason : values()) {
      if (reason.code.equals(code)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("unknown reject reason: " + code);
  }
}
