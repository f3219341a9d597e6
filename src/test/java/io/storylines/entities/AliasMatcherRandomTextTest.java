package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.Sentence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text through {@link AliasMatcher}: whatever the input, it never throws, every
 * mention's surface is its span of the original, and mentions never overlap.
 */
class AliasMatcherRandomTextTest {

  private static final long SEED = 20250602L;
  private static final int ROUNDS = 3000;
  private static final String[] LANGUAGES = {"ar", "en", "tr", null};

  /** Aliases whose pieces the random text is built from, so that it matches often. */
  private static final List<AliasPattern> ALIASES =
      List.of(
          AliasPattern.of("syria", "en", "Syria"),
          AliasPattern.of("syria", "tr", "Suriye"),
          AliasPattern.of("syria", "ar", "سوريا"),
          new AliasPattern("syria", "ar", "سوري", true, false, false),
          AliasPattern.of("raqqa", "ar", "الرقة"),
          AliasPattern.of("latakia", "ar", "اللاذقية"),
          AliasPattern.of("assad", "tr", "Beşar Esad"),
          new AliasPattern("assad", "tr", "Esad", false, false, true),
          AliasPattern.of("shaibani", "tr", "Esad Şeybani"),
          AliasPattern.of("trump", "en", "Trump"),
          AliasPattern.of("trump_jr", "en", "Donald Trump Jr."),
          AliasPattern.of("trump", "en", "Donald Trump"),
          new AliasPattern("usa", "en", "US", false, true, false),
          AliasPattern.of("isis", "tr", "IŞİD"),
          AliasPattern.of("ligature", "ar", "لا"),
          AliasPattern.of("fi", "en", "fi"));

  private static final AliasMatcher MATCHER = AliasMatcher.build(ALIASES);

  /** Pieces of aliases, clitics, suffixes, separators and chars that break naive code. */
  private static final String[] PIECES = {
    "Syria",
    "Suriye",
    "سوريا",
    "سوري",
    "الرقة",
    "للرقة",
    "اللاذقية",
    "للاذقية",
    "Esad",
    "Beşar",
    "Şeybani",
    "Trump",
    "Donald",
    "Jr.",
    "US",
    "us",
    "IŞİD",
    "ışid",
    "I",
    "İ",
    "ı",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "ال",
    "لل",
    "li",
    "ler",
    "'",
    "’",
    "nin",
    "'s",
    "s",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "-",
    ".",
    ",",
    "(",
    "\u0640",
    "\u064E",
    "\u0651",
    "\uFEFB",
    "\uFEFC",
    "\uFB01",
    "ＵＳ",
    "&amp;",
    "<p>",
    "</b>",
    "\u200C",
    "\u200F",
    "\u0000",
    "\uD800",
    "\uDC00",
    "😀",
    "١٢",
    "e\u0301",
    "ß"
  };

  @Test
  void randomTextKeepsTheMentionContract() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      StringBuilder builder = new StringBuilder();
      for (int piece = random.nextInt(30); piece > 0; piece--) {
        builder.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = builder.toString();
      String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
      assertContract(text, MATCHER.find(text, lang, randomSentences(random, text.length())));
    }
  }

  @Test
  void longRepetitiveTextStaysLinear() {
    String text = "Esad Esad Şeybani للرقة US ".repeat(40_000);
    List<Mention> mentions =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MATCHER.find(text, "tr"));
    assertEquals(4 * 40_000, mentions.size());
    assertContract(text, mentions);
  }

  private static List<Sentence> randomSentences(Random random, int length) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < length && random.nextInt(4) != 0) {
      int end = start + 1 + random.nextInt(length - start);
      sentences.add(new Sentence(start, end));
      start = end;
    }
    return sentences;
  }

  private static void assertContract(String text, List<Mention> mentions) {
    int previousEnd = 0;
    for (Mention mention : mentions) {
      assertTrue(mention.charStart() < mention.charEnd(), mention::toString);
      assertTrue(mention.charStart() >= previousEnd, () -> "overlap at " + mention + " in " + text);
      assertEquals(text.substring(mention.charStart(), mention.charEnd()), mention.surface(), text);
      assertTrue(mention.sentenceIndex() >= 0);
      previousEnd = mention.charEnd();
    }
  }
}
