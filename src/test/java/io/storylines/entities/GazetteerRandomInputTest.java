package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random files made of gazetteer fragments either load or fail with a {@link GazetteerException}
 * that names a line; nothing else is ever thrown.
 */
class GazetteerRandomInputTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "\"",
          "null",
          "7",
          "true",
          " ",
          "#",
          "\uFEFF",
          "\"entity_id\"",
          "\"type\"",
          "\"name\"",
          "\"wikidata\"",
          "\"aliases\"",
          "\"adjectives\"",
          "\"case_sensitive\"",
          "\"ambiguous\"",
          "\"en\"",
          "\"ar\"",
          "\"tr\"",
          "\"fr\"",
          "\"\"",
          "\"a\"",
          "\"GPE\"",
          "\"Q1\"",
          "\"US\"",
          "\"داعش\"",
          "\"IŞİD\"",
          "\"\\ud800\"",
          "\"\\u0000\"",
          "\"\u064E\"",
          "\"a b\"",
          "\"\\n\"");

  private static final String VALID =
      "{\"entity_id\":\"a\",\"type\":\"GPE\",\"name\":\"A\",\"aliases\":{\"en\":[\"A\"]}}";

  @Test
  void randomFilesLoadOrFailWithALine() {
    Random random = new Random(20241208L);
    for (int file = 0; file < 2_000; file++) {
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(4);
      for (int line = 0; line < lines; line++) {
        if (random.nextInt(4) == 0) {
          text.append(mutate(VALID, random));
        } else {
          int length = random.nextInt(30);
          for (int i = 0; i < length; i++) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
          }
        }
        text.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      try {
        Gazetteer.parse(new StringReader(text.toString()), "random.jsonl");
      } catch (GazetteerException e) {
        assertFalse(e.problems().isEmpty());
        for (String problem : e.problems()) {
          if (!problem.contains("random.jsonl line ")) {
            fail("problem without a line: " + problem + "\nfile: " + text);
          }
        }
      } catch (RuntimeException e) {
        throw new AssertionError("unexpected exception for file: " + text, e);
      }
    }
  }

  /** A valid line with one fragment put in at a random place. */
  private static String mutate(String line, Random random) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at)
        + FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
        + line.substring(at);
  }
}
