package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.FieldMapping;
import io.storylines.config.UndatedPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {

  private static final DateParser DATES = new DateParser(List.of(), ZoneOffset.UTC, false);

  private static ArticleMapper mapper(UndatedPolicy undated) {
    return new ArticleMapper(FieldMapping.defaults(), DATES, Period.MONTH, undated, "unknown");
  }

  private static SourceRecord record(Object... keyValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return SourceRecord.parsed("line 1", "{...}", new MapFields(values));
  }

  private static IngestOutcome map(SourceRecord record) {
    return mapper(UndatedPolicy.REJECT).map("file:/in.jsonl", 0, record);
  }

  @Test
  void completeRecordBecomesAnArticle() {
    IngestOutcome outcome =
        map(
            record(
                "id", "a1",
                "source", "Levant-Wire",
                "url", "https://www.example.org/x",
                "published_at", "2025-05-13T18:05:00+03:00",
                "title", " Sanctions lifted ",
                "body", "Body text.",
                "lang", "EN"));
    assertTrue(outcome.isAccepted());
    IngestOutcome.Article a = outcome.article();
    assertEquals("levant-wire:a1", a.articleId());
    assertEquals("levant-wire", a.source());
    assertEquals(Instant.parse("2025-05-13T15:05:00Z"), a.publishedAt());
    assertEquals("2025-05", a.period());
    assertEquals("en", a.declaredLang());
    assertEquals("Sanctions lifted", a.title());
    assertEquals("Body text.", a.body());
  }

  @Test
  void readerFailureKeepsItsReason() {
    IngestOutcome outcome =
        map(SourceRecord.failed("line 3", "{oops", RejectReason.MALFORMED_RECORD, "bad json"));
    assertEquals(RejectReason.MALFORMED_RECORD, outcome.reason());
    assertEquals("bad json", outcome.detail());
    assertEquals("line 3", outcome.locator());
  }

  @Test
  void objectInAMappedFieldIsWrongType() {
    IngestOutcome outcome = map(record("title", Map.of("a", 1), "body", "x", "date", "2025-01-01"));
    assertEquals(RejectReason.WRONG_TYPE, outcome.reason());
    assertTrue(outcome.detail().contains("title"), outcome.detail());
  }

  @Test
  void noBodyIsMissingBody() {
    IngestOutcome outcome = map(record("title", "t", "date", "2025-01-01"));
    assertEquals(RejectReason.MISSING_BODY, outcome.reason());
    assertTrue(outcome.detail().contains("[body, text, content]"), outcome.detail());
    assertTrue(outcome.detail().endsWith("; name yours with --map body=NAME)"), outcome.detail());
  }

  @Test
  void blankBodyIsEmptyText() {
    assertEquals(
        RejectReason.EMPTY_TEXT, map(record("body", " \n\t ", "date", "2025-01-01")).reason());
  }

  @Test
  void missingBodyIsCheckedBeforeTheDate() {
    assertEquals(RejectReason.MISSING_BODY, map(record("date", "never")).reason());
  }

  @Test
  void unreadableDateIsBadDate() {
    IngestOutcome outcome = map(record("body", "x", "date", "sometime last spring"));
    assertEquals(RejectReason.BAD_DATE, outcome.reason());
    assertEquals(
        "unrecognised date 'sometime last spring' (give its pattern with --date-format, e.g."
            + " 'dd/MM/yyyy HH:mm')",
        outcome.detail());
  }

  @Test
  void absentDateIsBadDateNamingTheFieldsTried() {
    IngestOutcome outcome = map(record("body", "x", "Yayın", "3 Aralık"));
    assertEquals(RejectReason.BAD_DATE, outcome.reason());
    assertTrue(outcome.detail().contains("published_at"), outcome.detail());
    // The record's own names, as for a missing body, and how to name one.
    assertTrue(
        outcome.detail().endsWith("; record has [body, Yayın]; name yours with --map published_at=NAME)"),
        outcome.detail());
  }

  @Test
  void undatedKeepFilesTheArticleUnderUndated() {
    IngestOutcome outcome =
        mapper(UndatedPolicy.KEEP).map("f", 0, record("body", "x", "date", "never"));
    assertTrue(outcome.isAccepted());
    assertNull(outcome.article().publishedAt());
    assertEquals(Period.UNDATED, outcome.article().period());
  }

  @Test
  void sourceFallsBackToTheUrlHost() {
    IngestOutcome outcome =
        map(record("body", "x", "date", "2025-01-01", "url", "https://www.news.example.com/a"));
    assertEquals("news.example.com", outcome.article().source());
  }

  @Test
  void sourceFallsBackToTheDefaultSource() {
    assertEquals("unknown", map(record("body", "x", "date", "2025-01-01")).article().source());
  }

  @Test
  void firstDefaultNameThatIsPresentWins() {
    IngestOutcome outcome =
        map(record("text", "from text", "content", "from content", "date", "2025-01-01"));
    assertEquals("from text", outcome.article().body());
  }

  /** RSS exports write en-US and tr-TR; some archives write ISO 639-2 codes. */
  @Test
  void declaredLanguageIsItsPrimaryIso6391Code() {
    for (String[] declared :
        new String[][] {{"en-US", "en"}, {"tr_TR", "tr"}, {"ar-EG", "ar"}, {"ara", "ar"}, {"TUR", "tr"}, {"EN", "en"}}) {
      assertEquals(
          declared[1],
          map(record("body", "x", "date", "2025-01-01", "lang", declared[0])).article().declaredLang(),
          declared[0]);
    }
    assertNull(map(record("body", "x", "date", "2025-01-01", "lang", "und")).article().declaredLang());
  }

  @Test
  void declaredLanguageThatIsNotACodeIsDropped() {
    assertNull(
        map(record("body", "x", "date", "2025-01-01", "lang", "English")).article().declaredLang());
  }

  @Test
  void blankTitleAndUrlBecomeNull() {
    IngestOutcome outcome = map(record("body", "x", "date", "2025-01-01", "title", " ", "url", ""));
    assertNull(outcome.article().title());
    assertNull(outcome.article().url());
  }

  @Test
  void loneSurrogateBecomesTheReplacementCharacter() {
    IngestOutcome outcome = map(record("body", "a \uD800 b", "title", "t\uDC00", "date", "2025-01-01"));
    assertEquals("a \uFFFD b", outcome.article().body());
    assertEquals("t\uFFFD", outcome.article().title());
  }

  /** A flat map of fields; a Map value stands for a JSON object. */
  private static final class MapFields implements RecordFields {
    private final Map<String, Object> values;

    MapFields(Map<String, Object> values) {
      this.values = new HashMap<>(values);
    }

    @Override
    public String get(String path) throws WrongTypeException {
      Object value = values.get(path);
      if (value instanceof Map<?, ?>) {
        throw new WrongTypeException(path, "an object");
      }
      return value == null ? null : value.toString();
    }

    @Override
    public Set<String> names() {
      return values.keySet();
    }
  }
}
