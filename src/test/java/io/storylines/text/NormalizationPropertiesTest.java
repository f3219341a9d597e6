package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random text through both levels: never throws, idempotent, and offsets that map back exactly.
 *
 * <p>The random text mixes code points from anywhere in Unicode with the ones the rules care about:
 * unpaired surrogates, NUL and other controls, combining marks, Arabic letters, tashkeel and
 * presentation forms, Turkish letters, joiners, emoji, Hangul jamo, compatibility characters,
 * whitespace, and fragments of HTML.
 */
class NormalizationPropertiesTest {

  private static final int ROUNDS = 2000;
  private static final String[] LANGS = {"ar", "en", "tr", null, "und"};

  /** Markup, whole and in pieces; separated by spaces. */
  private static final String[] FRAGMENTS =
      ("<p> </p> <br/> <b> </b> <td> <script>x<y</script> <!-- c --> <x> "
              + "&amp; &lt; &gt; &#1575; &#x200E; &#150; &nbsp; & < > ; # amp lt; #38; "
              + "&#0; &#xD800;")
          .split(" ");

  private static final int[] SPECIAL = {
    0x0000, 0x0001, 0x001F, 0x0085, 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x202B, 0x2066, 0xFEFF,
    0x1F468, 0xFE0F, 0x1F3FB, 0x1100, 0x1161, 0x11A8, 0x3131, 0x314F, 0x3133, 0xFF76, 0xFF9E,
    0xFB01, 0xFF21, 0xFF06, 0xFE64, 0x2460, 0xFDFA, 0xFC5E, 0xFCF2, 0xFE70, 0xFE71, 0x00B4, 0x0344,
    0x0340, ' ', '\t', '\n', '\r', 0x00A0, 0x2028, 0x2029, 0x3000, 0x0130, 'I', 0x0131, 'i', 0x0307,
    0x00C7, 0x015E, 0x011E, 0x0640, 0x0629, 0x06CC, 0x06A9, 0x0649, 0x0660, 0x06F5, 0x066B, 0x0654,
    0x0622, 0x03A3, 0x1E9E
  };

  /** Words whose normalization is known to be local to them; separated by spaces. */
  private static final String[] WORDS =
      ("مُحَـمَّدٌ الرَّحْمٰنِ أنصار إسلام مدرسة على کیف ٢٠٢٤ ﻻ İstanbul'da "
              + "IRMAK ışık Çağrı ﬁne ＡＢＣ cafe\u0301 Tom &amp; &lt; &#1575; x² "
              + "\uD835\uDC00 a\u200Eb W<b>or</b>d")
          .split(" ");

  private static final String[] SEPARATORS = {
    " ",
    "  \t",
    "\n",
    "\r\n",
    "\n\n\n",
    "<p>",
    "</p>\n<p>",
    "<br>",
    " &nbsp; ",
    "\u200F ",
    "\u2029",
    " <td>"
  };

  /** Pieces of references and tags, full-width look-alikes and marks, to build markup by chance. */
  private static final String[] MARKUP_NOISE = {
    "&", "<", ">", "a", "m", "p", ";", "l", "t", "#", "3", "8", "x", "/", "b", "r", " ", "!", "-",
    "\n", "\u0301", "\u0654", "\u0627", "\u200D", "\u200C", "\u0628", "\uFF06", "\uFE64", "\u00B4",
    "\u0640", "\uFCF2"
  };

  private static String randomMarkupNoise(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(30);
    for (int p = 0; p < pieces; p++) {
      text.append(MARKUP_NOISE[random.nextInt(MARKUP_NOISE.length)]);
    }
    return text.toString();
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int p = 0; p < pieces; p++) {
      switch (random.nextInt(10)) {
        case 0 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        case 1 -> text.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800)));
        case 2 -> text.appendCodePoint(SPECIAL[random.nextInt(SPECIAL.length)]);
        case 3 -> text.appendCodePoint(0x0300 + random.nextInt(0x70));
        case 4 -> text.appendCodePoint(0x0610 + random.nextInt(0x100));
        case 5 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 6 -> text.appendCodePoint(0xFB50 + random.nextInt(0x500));
        case 7 -> text.append((char) ('a' + random.nextInt(26)));
        case 8 -> text.append((char) ('A' + random.nextInt(26)));
        default -> text.appendCodePoint(random.nextInt(0x3000));
      }
    }
    return text.toString();
  }

  /** Words from {@link #WORDS} between separators from {@link #SEPARATORS}, always HTML. */
  private static String randomArticle(Random random) {
    StringBuilder text = new StringBuilder("<p>");
    int words = 1 + random.nextInt(20);
    for (int w = 0; w < words; w++) {
      text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static BiFunction<String, String, NormalizedText> level(boolean matchKey) {
    return matchKey ? TextNormalizer::matchKey : TextNormalizer::display;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randomTextNeverThrows(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      String text = randomText(random);
      String lang = LANGS[random.nextInt(LANGS.length)];
      assertDoesNotThrow(() -> TextNormalizer.display(text, lang), text);
      assertDoesNotThrow(() -> TextNormalizer.matchKey(text, lang), text);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void normalizationIsIdempotent(boolean matchKey) {
    Random random = new Random(20240601L);
    BiFunction<String, String, NormalizedText> normalize = level(matchKey);
    for (int round = 0; round < 3 * ROUNDS; round++) {
      String text =
          switch (round % 3) {
            case 0 -> randomText(random);
            case 1 -> randomMarkupNoise(random);
            default -> randomArticle(random);
          };
      String lang = LANGS[random.nextInt(LANGS.length)];
      String once = normalize.apply(text, lang).text();
      assertEquals(once, normalize.apply(once, lang).text(), text);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void offsetsNeverDecreaseAndStayInTheOriginal(boolean matchKey) {
    Random random = new Random(7);
    for (int round = 0; round < ROUNDS; round++) {
      String text = randomText(random);
      NormalizedText normalized = level(matchKey).apply(text, LANGS[random.nextInt(LANGS.length)]);
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i < normalized.text().length(); i++) {
        int start = normalized.originalStart(i);
        int end = normalized.originalEnd(i + 1);
        assertTrue(previousStart <= start && previousEnd <= end, text);
        assertTrue(start < end && end <= text.length(), text);
        previousStart = start;
        previousEnd = end;
      }
    }
  }

  /**
   * Each char maps to original text that normalizes to text containing it. Whitespace and joiners
   * depend on their neighbours, and a char whose original text spans dropped markup is judged in
   * the HTML context of the whole text, so those are left out.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void eachCharMapsToOriginalTextThatNormalizesToIt(boolean matchKey) {
    Random random = new Random(11);
    BiFunction<String, String, NormalizedText> normalize = level(matchKey);
    for (int round = 0; round < ROUNDS; round++) {
      String text = randomText(random);
      String lang = LANGS[random.nextInt(LANGS.length)];
      NormalizedText normalized = normalize.apply(text, lang);
      for (int i = 0; i < normalized.text().length(); i++) {
        char c = normalized.text().charAt(i);
        String surface = normalized.surface(i, i + 1);
        if (Character.isWhitespace(c)
            || c == NormCharTable.ZERO_WIDTH_NON_JOINER
            || c == NormCharTable.ZERO_WIDTH_JOINER
            || (surface.length() > 1 && surface.indexOf('<') >= 0)) {
          continue;
        }
        String again = normalize.apply(surface, lang).text();
        assertTrue(again.indexOf(c) >= 0, text + ": " + surface);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void wordsMapToTheirExactSurfaceText(boolean matchKey) {
    Random random = new Random(13);
    BiFunction<String, String, NormalizedText> normalize = level(matchKey);
    for (int round = 0; round < ROUNDS; round++) {
      String article = randomArticle(random);
      String lang = LANGS[random.nextInt(LANGS.length)];
      NormalizedText normalized = normalize.apply(article, lang);
      String text = normalized.text();
      int wordStart = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
          continue;
        }
        if (i > wordStart) {
          String word = text.substring(wordStart, i);
          String surface = normalized.surface(wordStart, i);
          assertEquals(word, normalize.apply(surface, lang).text(), article);
          assertEquals(surface.strip(), surface, article);
        }
        wordStart = i + 1;
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void randomSpansMapToOriginalTextContainingThem(boolean matchKey) {
    Random random = new Random(17);
    BiFunction<String, String, NormalizedText> normalize = level(matchKey);
    for (int round = 0; round < ROUNDS; round++) {
      String article = randomArticle(random);
      String lang = LANGS[random.nextInt(LANGS.length)];
      NormalizedText normalized = normalize.apply(article, lang);
      int length = normalized.text().length();
      int start = random.nextInt(length);
      int end = start + 1 + random.nextInt(length - start);
      String span = normalized.text().substring(start, end).strip();
      String again = normalize.apply(normalized.surface(start, end), lang).text();
      assertTrue(again.contains(span), () -> article + ": [" + span + "] in [" + again + "]");
    }
  }
}
