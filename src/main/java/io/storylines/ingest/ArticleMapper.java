package io.storylines.ingest;

import io.storylines.config.ArticleField;
import io.storylines.config.FieldMapping;
import io.storylines.config.UndatedPolicy;
import io.storylines.text.CodePoints;
import io.storylines.text.LanguageIdentifier;
import java.io.Serializable;
import java.time.Instant;

/**
 * Turns one {@link SourceRecord} into an {@link IngestOutcome}: the canonical article, or a reject.
 * The checks run in this order, and the first one that fails decides the reason:
 *
 * <ol>
 *   <li>a record the reader could not parse keeps the reader's reason;
 *   <li>a mapped field holding an object or array: {@code wrong_type};
 *   <li>no body field: {@code missing_body}; a body that is blank: {@code empty_text};
 *   <li>no readable date: {@code bad_date}, unless {@link UndatedPolicy#KEEP}, which keeps the
 *       article with a null {@code published_at} under period {@code undated}.
 * </ol>
 *
 * <p>Then: {@code source} is the source field lower-cased, else the URL's host, else the configured
 * default source; {@code article_id} follows {@link ArticleIds#of}; {@code declared_lang} is the
 * record's own language field as a code like those detection gives ({@link
 * LanguageIdentifier#normalizeCode}: {@code en-US}, {@code EN} and {@code eng} are {@code en}),
 * else null (text analysis detects {@code lang} and compares the two); text fields are kept as read (normalization is the text stage's job),
 * except that a blank title or URL becomes null and an unpaired surrogate in the title or body
 * becomes U+FFFD (UTF-8, and so Parquet, cannot store it).
 */
public final class ArticleMapper implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FieldMapping mapping;
  private final DateParser dates;
  private final Period period;
  private final UndatedPolicy undated;
  private final String defaultSource;

  public ArticleMapper(
      FieldMapping mapping,
      DateParser dates,
      Period period,
      UndatedPolicy undated,
      String defaultSource) {
    this.mapping = mapping;
    this.dates = dates;
    this.period = period;
    this.undated = undated;
    this.defaultSource = defaultSource;
  }

  public IngestOutcome map(String inputFile, long recordIndex, SourceRecord record) {
    String locator = record.locator();
    String raw = record.raw();
    if (!record.isParsed()) {
      return IngestOutcome.rejected(
          inputFile, recordIndex, locator, raw, record.failure(), record.failureDetail());
    }
    RecordFields fields = record.fields();
    String body;
    String title;
    String url;
    String sourceField;
    String id;
    String date;
    String lang;
    try {
      body = field(fields, ArticleField.BODY);
      title = field(fields, ArticleField.TITLE);
      url = field(fields, ArticleField.URL);
      sourceField = field(fields, ArticleField.SOURCE);
      id = field(fields, ArticleField.ID);
      date = field(fields, ArticleField.PUBLISHED_AT);
      lang = field(fields, ArticleField.LANG);
    } catch (RecordFields.WrongTypeException e) {
      return IngestOutcome.rejected(
          inputFile, recordIndex, locator, raw, RejectReason.WRONG_TYPE, e.getMessage());
    }
    if (body == null) {
      return IngestOutcome.rejected(
          inputFile,
          recordIndex,
          locator,
          raw,
          RejectReason.MISSING_BODY,
          "no body field (tried " + mapping.namesFor(ArticleField.BODY) + "; record has "
              + fields.names() + "; name yours with --map body=NAME)");
    }
    if (body.isBlank()) {
      return IngestOutcome.rejected(
          inputFile, recordIndex, locator, raw, RejectReason.EMPTY_TEXT, "the body is blank");
    }
    Instant publishedAt = null;
    String periodLabel;
    DateParser.Result parsed = dates.parse(date);
    if (parsed.isParsed()) {
      publishedAt = parsed.instant().orElseThrow();
      periodLabel = period.label(publishedAt);
    } else if (undated == UndatedPolicy.KEEP) {
      periodLabel = Period.UNDATED;
    } else {
      String detail =
          date == null
              ? "no date field (tried " + mapping.namesFor(ArticleField.PUBLISHED_AT)
                  + "; record has " + fields.names() + "; name yours with --map published_at=NAME)"
              : parsed.error().startsWith("unrecognised date")
                  ? parsed.error() + " (give its pattern with --date-format, e.g. 'dd/MM/yyyy HH:mm')"
                  : parsed.error();
      return IngestOutcome.rejected(
          inputFile, recordIndex, locator, raw, RejectReason.BAD_DATE, detail);
    }
    String cleanUrl = blankToNull(url);
    String source = ArticleIds.sourceOf(sourceField, cleanUrl, defaultSource);
    String articleId = ArticleIds.of(source, id, cleanUrl, title, body);
    return IngestOutcome.accepted(
        inputFile,
        recordIndex,
        locator,
        raw,
        new IngestOutcome.Article(
            articleId,
            source,
            cleanUrl,
            publishedAt,
            periodLabel,
            languageCode(lang),
            CodePoints.replaceLoneSurrogates(blankToNull(title)),
            CodePoints.replaceLoneSurrogates(body)));
  }

  private String field(RecordFields fields, ArticleField field)
      throws RecordFields.WrongTypeException {
    for (String name : mapping.namesFor(field)) {
      String value = fields.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The declared language as detection gives languages ({@code en-US} and {@code eng} are {@code en}). */
  private static String languageCode(String lang) {
    String code = LanguageIdentifier.normalizeCode(lang);
    return LanguageIdentifier.UNDETERMINED.equals(code) ? null : code;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
