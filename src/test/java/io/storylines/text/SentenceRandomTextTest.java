package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text through every language's splitter: whatever the input, the spans keep the
 * output contract of {@link SentenceSplitter}, and the work stays linear.
 */
class SentenceRandomTextTest {

  private static final long SEED = 20250513L;
  private static final int ROUNDS = 3000;
  private static final String[] LANGUAGES = {"ar", "en", "tr", null};

  /**
   * Characters that drive the rules: terminators, closers, openers, every kind of whitespace and
   * line break, letters of both cases and scripts, digits, and characters that break naive code
   * (NUL, unpaired surrogates).
   */
  private static final String CHARACTERS =
      ".!?\u061F\u061B\u06D4\u2026"
          + "\"'\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A\u2019()[]\uFD3E\uFD3F"
          + "  \t\n\r"
          + "\u2029\u2028\u000B\f\u00A0\u2003\u200B\uFEFF\u200E\u200F\u061C\u001F"
          + "abxABQiI\u0131\u0130\u015F\u015E\u062F\u0648\u0645\u064E"
          + "015\u0663\u066B\u066C@-/:,\u0000\uD800\uDC00\uDBFF";

  /** Runs and words that the rules look for, separated by spaces. */
  private static final String[] WORDS =
      ("... ?! .\u201D \r\n"
           + " \n\n"
           + " iPhone \u0642\u0627\u0644 \u0646\u062A 15 187 2025 Dr Mr No U.S T.C A.\u015E Inc etc"
           + " vb e.g y\u00FCzde bin II The Bu \u0648\u0642\u0627\u0644 \u0628\u064A"
           + " www.example.com \uD83D\uDE00")
          .split(" ");

  @Test
  void randomTextKeepsTheOutputContract() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      String text = randomText(random);
      String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
      SentenceSplitter splitter =
          random.nextBoolean()
              ? SentenceSplitter.forLanguage(lang)
              : SentenceSplitter.forLanguage(lang, 2 + random.nextInt(40));
      assertContract(splitter, text);
    }
  }

  /**
   * Inputs that would make a naive splitter quadratic, through the default cap and through no cap
   * at all (the cap alone bounds the work by a constant factor).
   */
  @Test
  void pathologicalTextIsSplitInLinearTime() {
    int size = 200_000;
    String[] shapes = {
      ". ".repeat(size / 2),
      "a.".repeat(size / 2),
      "U.S. ".repeat(size / 5),
      "x".repeat(size),
      " ".repeat(size) + "x",
      "\n".repeat(size),
      "\u201D.".repeat(size / 2) + " a",
      ".\"".repeat(size / 2) + " ",
      "Dr. \n".repeat(size / 5),
      "\u0627.\u0648".repeat(size / 3),
      "(".repeat(size / 2) + "\u0627.".repeat(size / 4),
      "\u201C".repeat(size / 2) + "x".repeat(size / 2) + ".",
      "ab\n".repeat(size / 3)
    };
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String text : shapes) {
            for (String lang : LANGUAGES) {
              assertContract(SentenceSplitter.forLanguage(lang), text);
              assertContract(SentenceSplitter.forLanguage(lang, Integer.MAX_VALUE), text);
            }
          }
        });
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int k = 0; k < pieces; k++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        text.append((char) random.nextInt(0x10000));
      } else if (kind < 7) {
        text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
      } else {
        text.append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    return text.toString();
  }

  /**
   * Spans are in order, non-overlapping, non-empty, within the text, trimmed, no longer than the
   * cap, never split a surrogate pair, and cover every non-whitespace character.
   */
  private static void assertContract(SentenceSplitter splitter, String text) {
    List<Sentence> spans = splitter.split(text);
    String context = splitter + " on " + escape(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Sentence span : spans) {
      assertTrue(span.start() >= previousEnd, () -> "overlap or disorder: " + spans + context);
      assertTrue(span.end() <= text.length(), () -> "out of bounds: " + span + context);
      assertTrue(span.length() > 0, () -> "empty: " + span + context);
      assertTrue(
          span.length() <= splitter.maxSentenceLength(), () -> "over the cap: " + span + context);
      assertFalse(
          SentenceChars.isWhitespace(text.charAt(span.start())),
          () -> "starts with whitespace: " + span + context);
      assertFalse(
          SentenceChars.isWhitespace(text.charAt(span.end() - 1)),
          () -> "ends with whitespace: " + span + context);
      assertFalse(splitsSurrogatePair(text, span.start()), () -> "splits a pair: " + context);
      assertFalse(splitsSurrogatePair(text, span.end()), () -> "splits a pair: " + context);
      for (int k = span.start(); k < span.end(); k++) {
        covered[k] = true;
      }
      previousEnd = span.end();
    }
    for (int k = 0; k < text.length(); k++) {
      int index = k;
      assertTrue(
          covered[k] || SentenceChars.isWhitespace(text.charAt(k)),
          () -> "not in any sentence: index " + index + " " + context);
    }
    assertEquals(spans, splitter.split(text), "splitting is deterministic");
  }

  private static boolean splitsSurrogatePair(String text, int boundary) {
    return boundary > 0
        && boundary < text.length()
        && Character.isHighSurrogate(text.charAt(boundary - 1))
        && Character.isLowSurrogate(text.charAt(boundary));
  }

  private static String escape(String text) {
    if (text.length() > 200) {
      return "a text of " + text.length() + " characters";
    }
    StringBuilder escaped = new StringBuilder("\"");
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < 0x20 || c > 0x7E) {
        escaped.append(String.format("\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.append('"').toString();
  }
}
