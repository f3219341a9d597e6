package io.storylines.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one source record: an accepted article, or a reject with its reason. Exactly one
 * outcome exists per record read, which is what lets the run prove that nothing was lost.
 *
 * <p>{@code recordIndex} is the 0-based position of the record in its file; with {@code inputFile}
 * it orders records deterministically (the first of two records with the same id wins).
 */
public final class IngestOutcome {
  private final String inputFile;
  private final long recordIndex;
  private final String locator;
  private final String raw;
  private final Article article;
  private final RejectReason reason;
  private final String detail;

  private IngestOutcome(
      String inputFile,
      long recordIndex,
      String locator,
      String raw,
      Article article,
      RejectReason reason,
      String detail) {
    this.inputFile = Objects.requireNonNull(inputFile, "inputFile");
    this.recordIndex = recordIndex;
    this.locator = Objects.requireNonNull(locator, "locator");
    this.raw = SourceRecord.truncate(raw);
    this.article = article;
    this.reason = reason;
    this.detail = detail;
  }

  public static IngestOutcome accepted(
      String inputFile, long recordIndex, String locator, String raw, Article article) {
    return new IngestOutcome(
        inputFile, recordIndex, locator, raw, Objects.requireNonNull(article), null, null);
  }

  public static IngestOutcome rejected(
      String inputFile,
      long recordIndex,
      String locator,
      String raw,
      RejectReason reason,
      String detail) {
    return new IngestOutcome(
        inputFile,
        recordIndex,
        locator,
        raw,
        null,
        Objects.requireNonNull(reason, "reason"),
        Objects.requireNonNull(detail, "detail"));
  }

  public boolean isAccepted() {
    return article != null;
  }

  public String inputFile() {
    return inputFile;
  }

  public long recordIndex() {
    return recordIndex;
  }

  public String locator() {
    return locator;
  }

  public String raw() {
    return raw;
  }

  /** The article; null for a reject. */
  public Article article() {
    return article;
  }

  /** The reject reason; null for an accepted article. */
  public RejectReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  /**
   * The canonical article fields, before text analysis. {@code publishedAt} is null only for an
   * undated article kept with {@code --undated keep}; {@code declaredLang} is the record's own
   * declared language, lower-cased, or null (the detected language comes with text analysis).
   */
  public record Article(
      String articleId,
      String source,
      String url,
      Instant publishedAt,
      String period,
      String declaredLang,
      String title,
      String body) {
    public Article {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(body, "body");
    }
  }
}
