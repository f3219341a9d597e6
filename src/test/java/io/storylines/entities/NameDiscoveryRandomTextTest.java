package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random texts, sentences and mentions: {@link NameDiscovery} never throws, spans hold. */
class NameDiscoveryRandomTextTest {

  private static final String[] PIECES = {
    "Kamal",
    "Haddad",
    "of",
    "the",
    "al-Assad",
    "Trump's",
    "Kamışlı'da",
    "İstanbul",
    "I",
    "Monday",
    "وزير",
    "الخارجية",
    "أسعد",
    "الشيباني",
    "وبمدينة",
    "للرئيس",
    "المتحدث",
    "باسم",
    "في",
    "و",
    "2024",
    "٣",
    "F-16",
    "O'Brien",
    " ",
    "  ",
    "\n",
    ". ",
    ", ",
    "«",
    "»",
    "\"",
    "'",
    "’",
    "-",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "\u200C",
    "\u064E",
    "\u0640",
    "The",
    "Bu",
    "a",
    "x"
  };

  @Test
  void randomTextNeverThrowsAndSpansAreValid() {
    Random random = new Random(20240611L);
    NameDiscovery discovery = new NameDiscovery();
    String[] langs = {"en", "tr", "ar", "und", null};
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x10000)
                : PIECES[random.nextInt(PIECES.length)]);
        text.append(random.nextBoolean() ? " " : "");
      }
      String original = text.toString();
      List<Sentence> sentences = randomSpans(random, original.length());
      List<Mention> known = new ArrayList<>();
      for (Sentence span : randomSpans(random, original.length())) {
        known.add(
            new Mention(
                "Q",
                "a",
                original.substring(span.start(), span.end()),
                span.start(),
                span.end(),
                0,
                false,
                false));
      }
      for (String lang : langs) {
        for (NameCandidate candidate : discovery.discover(original, lang, sentences, known)) {
          assertTrue(candidate.charStart() >= 0 && candidate.charEnd() <= original.length());
          assertEquals(
              original.substring(candidate.charStart(), candidate.charEnd()), candidate.surface());
          assertTrue(candidate.context().length() <= Math.max(original.length(), 1));
          for (Mention mention : known) {
            assertTrue(
                candidate.charEnd() <= mention.charStart()
                    || mention.charEnd() <= candidate.charStart());
          }
        }
      }
    }
  }

  private static List<Sentence> randomSpans(Random random, int length) {
    List<Sentence> spans = new ArrayList<>();
    if (length == 0) {
      return spans;
    }
    int spansWanted = random.nextInt(4);
    for (int i = 0; i < spansWanted; i++) {
      int start = random.nextInt(length);
      int end = start + 1 + random.nextInt(length - start);
      spans.add(new Sentence(start, end));
    }
    return spans;
  }
}
