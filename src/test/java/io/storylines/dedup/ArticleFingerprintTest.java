package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArticleFingerprint.Maker}, without Spark. */
class ArticleFingerprintTest {
  private static final ArticleFingerprint.Maker MAKER = new ArticleFingerprint.Maker(DedupSettings.defaults());
  private static final Instant T = Instant.parse("2025-05-13T10:00:00Z");
  private static final String TEXT = "the talks in damascus ended with a joint statement on the sanctions and the border";

  @Test
  void theSameTextInOneLanguageHasTheSameFingerprint() {
    ArticleFingerprint a = MAKER.of("a", T, null, TEXT, "en");
    ArticleFingerprint b = MAKER.of("b", T, null, TEXT, "en");
    assertEquals(a.contentHash(), b.contentHash());
    assertArrayEquals(a.bandKeys(), b.bandKeys());
  }

  @Test
  void theSameTextInTwoLanguagesSharesNoHashAndNoBandKey() {
    ArticleFingerprint en = MAKER.of("a", T, null, TEXT, "en");
    ArticleFingerprint tr = MAKER.of("b", T, null, TEXT, "tr");
    assertNotEquals(en.contentHash(), tr.contentHash());
    Set<Long> enKeys = Arrays.stream(en.bandKeys()).boxed().collect(Collectors.toSet());
    assertTrue(Arrays.stream(tr.bandKeys()).noneMatch(enKeys::contains));
  }

  @Test
  void aTextWithoutWordsHasNoHashAndNoBandKeys() {
    ArticleFingerprint none = MAKER.of("a", T, null, "!!! ...", "en");
    assertNull(none.contentHash());
    assertEquals(0, none.bandKeys().length);
  }

  @Test
  void theOrderKeyIsTheCanonicalOrdersKey() {
    assertEquals(CanonicalOrder.key(T, "a"), MAKER.of("a", T, null, TEXT, "en").orderKey());
  }
}
