package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceWordSetTest {

  @Test
  void regionIsLookedUpExactly() {
    SentenceWordSet titles = SentenceWordSet.of("Dr Prof Doç e.g");
    String text = "(Dr. Doç. dr. e.g. Profx";
    assertTrue(titles.contains(text, 1, 3));
    assertTrue(titles.contains(text, 5, 8));
    assertTrue(titles.contains(text, 14, 17));
    assertFalse(titles.contains(text, 10, 12), "matching is case-sensitive");
    assertFalse(titles.contains(text, 19, 24), "the whole region must match");
    assertFalse(titles.contains(text, 19, 19), "an empty region is no word");
  }

  @Test
  void emptySetContainsNothing() {
    assertFalse(SentenceWordSet.none().contains("Dr", 0, 2));
    assertFalse(SentenceWordSet.of("  ").contains("Dr", 0, 2));
  }

  @Test
  void unionHoldsTheWordsOfEverySet() {
    SentenceWordSet union =
        SentenceWordSet.union(SentenceWordSet.of("Mr Dr"), SentenceWordSet.of("Dr Doç"));
    assertEquals(Set.of("Mr", "Dr", "Doç"), union.words());
    assertTrue(union.contains("Doç", 0, 3));
  }

  @Test
  void wordLongerThanTheLookUpLimitIsRejected() {
    String longWord = "x".repeat(SentenceWordSet.MAX_WORD_LENGTH + 1);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SentenceWordSet.of("Dr " + longWord));
    assertEquals("word longer than 24 characters: " + longWord, error.getMessage());
  }

  @Test
  void listedAbbreviationsHaveNoFinalDotAndListedWordsNoSpaceOrDot() {
    for (SentenceLanguage language : SentenceLanguage.values()) {
      for (SentenceWordSet set :
          new SentenceWordSet[] {
            language.titles,
            language.beforeNumber,
            language.trailing,
            language.starters,
            language.attribution,
            language.quantities
          }) {
        for (String word : set.words()) {
          assertFalse(word.endsWith("."), language + ": " + word);
          assertFalse(word.isBlank(), language + ": blank word");
        }
      }
      for (String starter : language.starters.words()) {
        assertFalse(starter.contains("."), language + ": " + starter);
      }
    }
  }

  @Test
  void genericLanguageHoldsEveryList() {
    SentenceLanguage generic = SentenceLanguage.GENERIC;
    for (SentenceLanguage language : SentenceLanguage.values()) {
      assertTrue(generic.titles.words().containsAll(language.titles.words()), language.name());
      assertTrue(generic.trailing.words().containsAll(language.trailing.words()), language.name());
      assertTrue(generic.starters.words().containsAll(language.starters.words()), language.name());
    }
  }
}
