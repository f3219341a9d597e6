package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordShinglesTest {
  private static final long HASH_OF_ONE_SHINGLE = 1591400200944689738L;

  private static long[] shingles(String body, int k) {
    return WordShingles.of(null, body, "en", k);
  }

  @Test
  void consecutiveWordsMakeNMinusKPlusOneShingles() {
    assertEquals(4, shingles("one two three four five six seven eight", 5).length);
    assertEquals(8, shingles("one two three four five six seven eight", 1).length);
  }

  @Test
  void repeatedShinglesCountOnce() {
    assertEquals(2, shingles("a b a b a b a", 2).length, "{a b, b a}");
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    long[] s = shingles("the quick brown fox jumps over the lazy dog and the quick brown fox", 3);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
  }

  @Test
  void wordOrderMatters() {
    assertNotEquals(
        shingles("alpha beta gamma delta epsilon", 5)[0], shingles("beta alpha gamma delta epsilon", 5)[0]);
  }

  @Test
  void titleIsTheFirstPartOfOneSequence() {
    assertArrayEquals(
        WordShingles.of(null, "Title words here. Body text follows now", "en", 3),
        WordShingles.of("Title words here", "Body text follows now", "en", 3));
  }

  @Test
  void aBlankTitleAddsNothing() {
    assertArrayEquals(
        WordShingles.of("  ", "Body text follows now", "en", 3),
        WordShingles.of(null, "Body text follows now", "en", 3));
  }

  @Test
  void punctuationSpacesAndCaseDoNotMatter() {
    assertArrayEquals(
        shingles("Syria, the United States -- and Turkey!", 3),
        shingles("syria the   united\nstates and turkey", 3));
  }

  @Test
  void markupIsNotText() {
    assertArrayEquals(shingles("<p>Syria and <b>the</b> United States</p>", 2), shingles("Syria and the United States", 2));
  }

  @Test
  void arabicLetterVariantsAndTashkeelAreUnified() {
    assertArrayEquals(
        WordShingles.of(null, "أعلنت الحكومةُ السوريـــة إلغاء القرار", "ar", 2),
        WordShingles.of(null, "اعلنت الحكومه السورية الغاء القرار", "ar", 2));
  }

  @Test
  void arabicIndicDigitsAreAsciiDigits() {
    assertArrayEquals(
        WordShingles.of(null, "عام ٢٠٢٥ في دمشق", "ar", 2), WordShingles.of(null, "عام 2025 في دمشق", "ar", 2));
  }

  @Test
  void turkishCaseFoldingFollowsTheLanguage() {
    assertArrayEquals(
        WordShingles.of(null, "İSTANBUL VE IĞDIR", "tr", 1), WordShingles.of(null, "istanbul ve ığdır", "tr", 1));
  }

  @Test
  void anApostropheSeparatesWords() {
    assertArrayEquals(
        WordShingles.of(null, "Suriye'nin başkenti", "tr", 1), WordShingles.of(null, "Suriye nin başkenti", "tr", 1));
  }

  @Test
  void aTextShorterThanKIsOneShingleOfAllItsWords() {
    long[] short1 = shingles("Breaking news today", 5);
    assertEquals(1, short1.length);
    assertArrayEquals(short1, shingles("breaking NEWS, today!", 5));
    assertNotEquals(short1[0], shingles("today breaking news", 5)[0]);
  }

  @Test
  void aTextWithoutWordsHasNoShingle() {
    assertEquals(0, shingles("", 5).length);
    assertEquals(0, shingles(" !!! ... -- ", 5).length);
    assertEquals(0, WordShingles.of(null, null, "und", 5).length);
  }

  @Test
  void shingleSizeIsAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> shingles("a b c", 0));
  }

  @Test
  void hashesAreFixedValues() {
    // Not the JVM's String.hashCode or a per-run seed: the same words hash alike on every executor
    // and in every release, so clusters are reproducible. A change here must be deliberate.
    assertArrayEquals(new long[] {HASH_OF_ONE_SHINGLE}, shingles("Damascus Aleppo Idlib Homs Hama", 5));
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String text = RandomText.generate(random, 300, "<>&;'\u0640\u064b\u0130\u00a0\u200c");
      for (String lang : new String[] {"ar", "en", "tr", "und"}) {
        long[] s = WordShingles.of(text, text, lang, 1 + random.nextInt(6));
        for (int j = 1; j < s.length; j++) {
          assertTrue(s[j - 1] < s[j]);
        }
      }
    }
  }
}
