package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link MatchArabicClitics}, on match-key text. */
class MatchArabicCliticsTest {

  private static final String NAME = "دمشق";
  private static final String ARTICLE_NAME = "الرقه";

  private static final List<String> ALL_RUNS =
      List.of(
          "ال", "ب", "بال", "ل", "لل", "ك", "كال", "و", "وال", "وب", "وبال", "ول", "ولل", "وك",
          "وكال", "ف", "فال", "فب", "فبال", "فل", "فلل", "فك", "فكال");

  private static final List<String> RUNS_WITHOUT_ARTICLE_OR_LAM =
      List.of("و", "ف", "ب", "ك", "وب", "وك", "فب", "فك");

  private static boolean allowsName(String run, String name, boolean hasArticle) {
    return MatchArabicClitics.allowsName("قال " + run + name, 4 + run.length(), hasArticle);
  }

  @Test
  void nameWithoutArticleTakesEveryRun() {
    assertEquals(23, ALL_RUNS.size());
    for (String run : ALL_RUNS) {
      assertTrue(allowsName(run, NAME, false), run);
    }
  }

  @Test
  void nameWithArticleTakesRunsWithNeitherArticleNorLam() {
    for (String run : ALL_RUNS) {
      assertEquals(
          RUNS_WITHOUT_ARTICLE_OR_LAM.contains(run), allowsName(run, ARTICLE_NAME, true), run);
    }
  }

  @Test
  void otherRunsAreRefused() {
    for (String run : List.of("بب", "وو", "بو", "لال", "اال", "كب", "ووال", "وفبال")) {
      assertFalse(allowsName(run, NAME, false), run);
    }
  }

  @Test
  void runMustStartItsToken() {
    assertFalse(MatchArabicClitics.allowsName("مبدمشق", 2, false));
    assertTrue(MatchArabicClitics.allowsName("(بدمشق", 2, false));
    assertFalse(MatchArabicClitics.allowsName(NAME, 0, false));
  }

  @Test
  void elidedKeyLosesTheArticlesAlef() {
    assertEquals("لرقه", MatchArabicClitics.elidedKey(ARTICLE_NAME));
  }

  @Test
  void elidedKeyLosesTheWholeArticleBeforeALam() {
    assertEquals("لاذقيه", MatchArabicClitics.elidedKey("اللاذقيه"));
  }

  @Test
  void nameWithoutArticleHasNoElidedKey() {
    assertNull(MatchArabicClitics.elidedKey(NAME));
    assertNull(MatchArabicClitics.elidedKey("ال"));
  }

  @Test
  void elidedKeyFollowsLamOnly() {
    assertTrue(MatchArabicClitics.allowsElidedKey("للرقه", 1));
    assertTrue(MatchArabicClitics.allowsElidedKey("وللرقه", 2));
    assertTrue(MatchArabicClitics.allowsElidedKey("فللرقه", 2));
    assertFalse(MatchArabicClitics.allowsElidedKey("لرقه", 0));
    assertFalse(MatchArabicClitics.allowsElidedKey("بلرقه", 1));
    assertFalse(MatchArabicClitics.allowsElidedKey("ملرقه", 1));
  }
}
