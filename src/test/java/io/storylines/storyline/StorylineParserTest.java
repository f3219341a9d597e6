package io.storylines.storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link StorylineParser}: one test per rule, each checking that the message names file, line and key. */
class StorylineParserTest {

  private static final Set<String> ENTITIES = Set.of("syria", "damascus", "united_states", "donald_trump");

  private static final String FRAME =
      "{\"frame_id\":\"diplomacy\",\"title\":\"Diplomacy\",\"terms\":{\"en\":[\"embassy\"],\"ar\":[\"تطبيع\"]}}";

  /** A valid definition, one key a line, with {@code extra} added as the last top-level member. */
  private static String definition(String extra) {
    return "{\n"
        + "  \"storyline_id\": \"syria-us\",\n"
        + "  \"title\": \"Syria and the US\",\n"
        + "  \"anchors\": {\"syria\": [\"syria\", \"damascus\"], \"us\": [\"united_states\"]},\n"
        + "  \"frames\": [\n"
        + "    " + FRAME + "\n"
        + "  ]"
        + (extra.isEmpty() ? "" : ",\n  " + extra)
        + "\n}\n";
  }

  private static StorylineDefinition parse(String text) {
    return StorylineParser.parse(text, "mine.json", ENTITIES);
  }

  private static String problem(String text) {
    StorylineException e = assertThrows(StorylineException.class, () -> parse(text));
    return e.problems().get(0);
  }

  @Test
  void validDefinitionWithDefaults() {
    StorylineDefinition d = parse(definition(""));
    assertEquals("syria-us", d.storylineId());
    assertEquals("Syria and the US", d.title());
    assertEquals(null, d.description());
    assertEquals(
        List.of(new AnchorGroup("syria", List.of("syria", "damascus")), new AnchorGroup("us", List.of("united_states"))),
        d.anchors());
    assertEquals(RelevanceRule.DEFAULT, d.rule());
    assertEquals(1, d.frames().size());
    assertEquals(Map.of("en", List.of("embassy"), "ar", List.of("تطبيع")), d.frames().get(0).terms());
    assertEquals("mine.json", d.file());
  }

  @Test
  void ruleKeysAreRead() {
    StorylineDefinition d =
        parse(definition("\"rule\": {\"mode\": \"sentence\", \"min_sentences\": 2, \"min_lexicon_hits\": 3}"));
    assertEquals(new RelevanceRule(RuleMode.SENTENCE, 2, 3), d.rule());
    assertEquals(new RelevanceRule(RuleMode.ARTICLE, 1, 0), parse(definition("\"rule\": {\"mode\": \"article\"}")).rule());
    assertEquals(
        new RelevanceRule(RuleMode.LEXICON, 1, RelevanceRule.DEFAULT_LEXICON_MIN_HITS),
        parse(definition("\"rule\": {\"mode\": \"lexicon\"}")).rule());
  }

  @Test
  void nullCountsAsLeftOut() {
    assertEquals(null, parse(definition("\"description\": null")).description());
  }

  @Test
  void badJsonNamesItsLine() {
    assertEquals(
        "bad JSON at mine.json line 3: ",
        problem("{\n\"storyline_id\": \"a\",\n\"title\" \"x\"\n}").substring(0, 30));
  }

  @Test
  void keyTwiceIsBadJson() {
    String text = definition("\"title\": \"again\"");
    assertTrue(problem(text).startsWith("bad JSON at mine.json line 8: Duplicate field 'title'"), problem(text));
  }

  @Test
  void textAfterTheObjectIsBadJson() {
    assertTrue(problem(definition("") + "{}").startsWith("bad JSON at mine.json line 9"), problem(definition("") + "{}"));
  }

  @Test
  void emptyFileIsBadJson() {
    assertEquals("bad JSON at mine.json line 1: the file is empty", problem("  \n"));
  }

  @Test
  void topLevelMustBeAnObject() {
    assertEquals("expected a JSON object at mine.json line 1, found an array", problem("[]"));
  }

  @Test
  void unknownKeyIsNamedWithItsLine() {
    assertEquals(
        "unknown key 'framez' at mine.json line 8 (known: storyline_id, title, description, anchors, rule, frames)",
        problem(definition("\"framez\": []")));
  }

  @Test
  void unknownKeyInRuleAndFrame() {
    assertTrue(
        problem(definition("\"rule\": {\"mod\": \"article\"}")).startsWith("unknown key 'rule.mod' at mine.json line 8"));
    String frame = "{\"frame_id\":\"x\",\"title\":\"X\",\"terms\":{\"en\":[\"a b\"]},\"lexicon\":[]}";
    String text = definition("").replace(FRAME, frame);
    assertTrue(problem(text).startsWith("unknown key 'frames[].lexicon' at mine.json line 6"), problem(text));
  }

  @Test
  void missingKeysAreNamed() {
    StorylineException e =
        assertThrows(StorylineException.class, () -> parse("{\n  \"anchors\": {\"a\": [\"syria\"]}\n}"));
    assertEquals(
        List.of("missing key 'storyline_id' at mine.json line 1", "missing key 'title' at mine.json line 1"),
        e.problems());
    assertEquals("missing key 'storyline_id' at mine.json line 1 (and 1 more problem)", e.getMessage());
  }

  @Test
  void missingFrameKey() {
    String text = definition("").replace(FRAME, "{\"frame_id\":\"x\",\"terms\":{\"en\":[\"a\"]}}");
    assertEquals("missing key 'frames[].title' at mine.json line 6", problem(text));
  }

  @Test
  void idsAreSlugs() {
    String text = definition("").replace("\"syria-us\"", "\"Syria US\"");
    assertTrue(problem(text).startsWith("key 'storyline_id' at mine.json line 2 is 'Syria US', not a slug"), problem(text));
    String group = definition("").replace("\"us\":", "\"U S\":");
    assertTrue(problem(group).startsWith("anchor group name 'U S' at mine.json line 4 is not a slug"), problem(group));
  }

  @Test
  void valuesHaveTheirTypes() {
    assertEquals(
        "key 'title' at mine.json line 3 must be a string, not a number",
        problem(definition("").replace("\"Syria and the US\"", "42")));
    assertEquals(
        "key 'rule.min_sentences' at mine.json line 8 must be an integer, not a string",
        problem(definition("\"rule\": {\"min_sentences\": \"two\"}")));
    assertEquals(
        "key 'frames' at mine.json line 5 must be an array of frames, not an object",
        problem(definition("").replace("[\n    " + FRAME + "\n  ]", "{}")));
  }

  @Test
  void blankTitle() {
    assertEquals("key 'title' at mine.json line 3 is blank", problem(definition("").replace("Syria and the US", " ")));
  }

  @Test
  void unknownEntityIsNamed() {
    assertEquals(
        "unknown entity 'bashar_al_assad' in key 'anchors.syria' at mine.json line 4 (not in the gazetteer)",
        problem(definition("").replace("\"damascus\"", "\"bashar_al_assad\"")));
  }

  @Test
  void unknownEntityNamesTheIdsItMayMean() {
    assertEquals(
        "unknown entity 'trump' in key 'anchors.syria' at mine.json line 4 (not in the gazetteer;"
            + " did you mean donald_trump?)",
        problem(definition("").replace("\"damascus\"", "\"trump\"")));
    assertEquals(
        "unknown entity 'damacsus' in key 'anchors.syria' at mine.json line 4 (not in the gazetteer;"
            + " did you mean damascus?)",
        problem(definition("").replace("\"damascus\"", "\"damacsus\"")));
  }

  @Test
  void emptyGroup() {
    assertEquals(
        "anchor group 'us' at mine.json line 4 is empty",
        problem(definition("").replace("[\"united_states\"]", "[]")));
  }

  @Test
  void noGroupInAnAnchorMode() {
    String text = definition("").replace("{\"syria\": [\"syria\", \"damascus\"], \"us\": [\"united_states\"]}", "{}");
    assertEquals("key 'anchors' at mine.json line 4 has no group; mode 'sentence' needs at least one", problem(text));
    assertEquals(0, parse(text.replace("\"anchors\": {}", "\"anchors\": {}, \"rule\": {\"mode\": \"lexicon\"}")).anchors().size());
  }

  @Test
  void entityInTwoGroups() {
    assertEquals(
        "entity 'syria' in key 'anchors.us' at mine.json line 4 is also in group 'syria'",
        problem(definition("").replace("[\"united_states\"]", "[\"united_states\", \"syria\"]")));
  }

  @Test
  void unknownMode() {
    assertEquals(
        "unknown mode 'paragraph' of key 'rule.mode' at mine.json line 8 (known: sentence, article, lexicon)",
        problem(definition("\"rule\": {\"mode\": \"paragraph\"}")));
  }

  @Test
  void minSentencesOnlyInSentenceMode() {
    assertEquals(
        "key 'rule.min_sentences' at mine.json line 8 applies only to mode 'sentence', not 'article'",
        problem(definition("\"rule\": {\"mode\": \"article\", \"min_sentences\": 2}")));
  }

  @Test
  void minimumsAreChecked() {
    assertEquals(
        "key 'rule.min_sentences' at mine.json line 8 must be at least 1, not 0",
        problem(definition("\"rule\": {\"min_sentences\": 0}")));
    assertEquals(
        "key 'rule.min_lexicon_hits' at mine.json line 8 must be at least 1, not 0",
        problem(definition("\"rule\": {\"mode\": \"lexicon\", \"min_lexicon_hits\": 0}")));
  }

  @Test
  void lexiconModeNeedsAFrame() {
    String text = definition("\"rule\": {\"mode\": \"lexicon\"}").replace("[\n    " + FRAME + "\n  ]", "[]");
    assertEquals("mode 'lexicon' needs at least one frame, and mine.json has none", problem(text));
  }

  @Test
  void badLanguageCode() {
    String text = definition("").replace("\"en\":[\"embassy\"]", "\"fr\":[\"ambassade\"]");
    assertEquals(
        "unknown language 'fr' in key 'frames[diplomacy].terms' at mine.json line 6 (known: ar, en, tr)",
        problem(text));
  }

  @Test
  void frameWithoutTerms() {
    String text = definition("").replace("{\"en\":[\"embassy\"],\"ar\":[\"تطبيع\"]}", "{\"en\":[]}");
    assertEquals("frame 'diplomacy' at mine.json line 6 has no term", problem(text));
  }

  @Test
  void frameIdTwice() {
    String text = definition("").replace(FRAME, FRAME + ",\n    " + FRAME.replace("embassy", "envoy").replace("تطبيع", "سفارة"));
    assertEquals("frame 'diplomacy' at mine.json line 7 is defined twice (first at line 6)", problem(text));
  }

  @Test
  void badTerms() {
    assertEquals(
        "term '...' has no letter or digit in key 'frames[diplomacy].terms.en' at mine.json line 6",
        problem(definition("").replace("\"embassy\"", "\"...\"")));
    assertEquals(
        "term 'emb*assy' has a '*' that is not its last character in key 'frames[diplomacy].terms.en' at mine.json line 6",
        problem(definition("").replace("\"embassy\"", "\"emb*assy\"")));
    assertEquals(
        "prefix term 'em*' needs at least 3 letters before '*' in key 'frames[diplomacy].terms.en' at mine.json line 6",
        problem(definition("").replace("\"embassy\"", "\"em*\"")));
  }

  @Test
  void termListedTwiceAfterNormalization() {
    String second = "{\"frame_id\":\"other\",\"title\":\"Other\",\"terms\":{\"en\":[\"EMBASSY\"]}}";
    String text = definition("").replace(FRAME, FRAME + ",\n    " + second);
    assertEquals(
        "term 'EMBASSY' in key 'frames[other].terms.en' at mine.json line 7 is already listed (frame 'diplomacy' line 6)",
        problem(text));
  }

  @Test
  void everyProblemIsListed() {
    String text = definition("\"colour\": \"red\"").replace("\"damascus\"", "\"atlantis\"");
    StorylineException e = assertThrows(StorylineException.class, () -> parse(text));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().endsWith("(and 1 more problem)"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertEquals("syria-us", parse("\uFEFF" + definition("")).storylineId());
  }

  @Test
  void invalidUtf8NamesItsLine() {
    byte[] bytes = "{\n\"title\": \"a\u00e9\"\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
    broken[13] = (byte) 0xFF;
    StorylineException e = assertThrows(StorylineException.class, () -> StorylineFiles.decode(broken, "bad.json"));
    assertEquals("storyline bad.json is not valid UTF-8 at line 2", e.getMessage());
  }
}
