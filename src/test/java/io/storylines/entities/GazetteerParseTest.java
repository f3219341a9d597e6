package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule of {@link Gazetteer}, in the order of its class doc, each on a small inline
 * file; then reading files.
 */
class GazetteerParseTest {

  private static final String FILE = "test.jsonl";

  /** A valid line for {@code id}, with one alias per language made from the id. */
  private static String line(String id) {
    return "{\"entity_id\":\""
        + id
        + "\",\"type\":\"GPE\",\"name\":\"N\",\"aliases\":{\"en\":[\""
        + id
        + " en\"],\"ar\":[\""
        + id
        + " ar\"],\"tr\":[\""
        + id
        + " tr\"]}}";
  }

  private static Gazetteer parse(String... lines) {
    return Gazetteer.parse(new StringReader(String.join("\n", lines)), FILE);
  }

  /** The problem of a file with exactly one, asserting it names the line. */
  private static String problem(int line, String... lines) {
    GazetteerException e = assertThrows(GazetteerException.class, () -> parse(lines));
    assertEquals(1, e.problems().size(), e.getMessage());
    String problem = e.problems().get(0);
    assertTrue(problem.contains(FILE + " line " + line), problem);
    assertEquals(problem, e.getMessage());
    return problem;
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), "expected '" + expected + "' in: " + text);
  }

  @Test
  void validLineGivesEntityWithItsFields() {
    Gazetteer gazetteer =
        parse(
            "{\"entity_id\":\"united_states\",\"type\":\"GPE\",\"name\":\"United States\","
                + "\"wikidata\":\"Q30\",\"aliases\":{\"en\":[\"United States\",\"US\"],"
                + "\"ar\":[\"الولايات المتحدة\"],\"tr\":[\"ABD\",\"Esad\"]},"
                + "\"adjectives\":{\"en\":[\"American\"]},\"case_sensitive\":[\"US\"],"
                + "\"ambiguous\":[\"Esad\"]}");
    GazetteerEntity us = gazetteer.get("united_states").orElseThrow();
    assertEquals(EntityType.GPE, us.type());
    assertEquals("United States", us.name());
    assertEquals("Q30", us.wikidata());
    assertEquals(List.of("United States", "US"), us.aliases("en"));
    assertEquals(List.of("American"), us.adjectives("en"));
    assertEquals(List.of(), us.adjectives("tr"));
    assertTrue(us.caseSensitive().contains("US"));
    assertTrue(us.ambiguous().contains("Esad"));
    assertEquals(new GazetteerEntity.Source(FILE, 1), us.source());
  }

  // Rule 1: lines.

  @Test
  void blankAndCommentLinesAreSkipped() {
    Gazetteer gazetteer = parse("# comment", "", "   ", "  # indented comment", line("a"), "");
    assertEquals(1, gazetteer.size());
  }

  @Test
  void lineNumbersCountSkippedLines() {
    Gazetteer gazetteer = parse("# comment", "", line("a"));
    assertEquals(3, gazetteer.get("a").orElseThrow().source().line());
  }

  @Test
  void byteOrderMarkAtTheStartIsIgnored() {
    Gazetteer gazetteer = parse("\uFEFF" + line("a"));
    assertEquals(1, gazetteer.size());
  }

  @Test
  void carriageReturnLineEndsAreLineEnds() {
    Gazetteer gazetteer =
        Gazetteer.parse(new StringReader(line("a") + "\r\n" + line("b") + "\r\n"), FILE);
    assertEquals(2, gazetteer.get("b").orElseThrow().source().line());
  }

  // Rule 2: JSON.

  @Test
  void badJsonIsRejectedWithLineAndColumn() {
    String problem = problem(2, line("a"), "{\"entity_id\":\"b\",");
    assertContains(problem, "bad JSON at " + FILE + " line 2 column");
  }

  @Test
  void aLineThatIsNotAnObjectIsRejected() {
    assertContains(problem(1, "[1, 2]"), "expected a JSON object, found an array");
  }

  @Test
  void textAfterTheObjectIsRejected() {
    assertContains(problem(1, line("a") + " {}"), "bad JSON");
  }

  @Test
  void aKeyWrittenTwiceIsRejected() {
    String twice = line("a").replace("\"name\":\"N\"", "\"name\":\"N\",\"name\":\"M\"");
    assertContains(problem(1, twice), "Duplicate field 'name'");
  }

  // Rule 3: keys.

  @Test
  void unknownKeyIsRejected() {
    String withAlias = line("a").replace("\"aliases\"", "\"alias\":[],\"aliases\"");
    assertContains(problem(1, withAlias), "unknown key 'alias' at " + FILE + " line 1");
  }

  @Test
  void missingKeyIsRejected() {
    String noType = line("a").replace("\"type\":\"GPE\",", "");
    assertContains(problem(1, noType), "missing key 'type' at " + FILE + " line 1");
  }

  @Test
  void nullValueOfARequiredKeyIsMissing() {
    String nullName = line("a").replace("\"name\":\"N\"", "\"name\":null");
    assertContains(problem(1, nullName), "missing key 'name'");
  }

  @Test
  void nullValueOfAnOptionalKeyIsLeftOut() {
    Gazetteer gazetteer =
        parse(line("a").replace("\"name\"", "\"adjectives\":null,\"ambiguous\":null,\"name\""));
    assertTrue(gazetteer.get("a").orElseThrow().ambiguous().isEmpty());
  }

  // Rule 4: value types.

  @Test
  void nonStringNameIsRejected() {
    assertContains(
        problem(1, line("a").replace("\"name\":\"N\"", "\"name\":7")),
        "'name' must be a string, found a number");
  }

  @Test
  void aliasesThatAreNotAnObjectAreRejected() {
    String list = "{\"entity_id\":\"a\",\"type\":\"GPE\",\"name\":\"N\",\"aliases\":[\"A\"]}";
    assertContains(problem(1, list), "'aliases' must be an object");
  }

  @Test
  void aliasListThatIsNotAnArrayIsRejected() {
    String string =
        "{\"entity_id\":\"a\",\"type\":\"GPE\",\"name\":\"N\",\"aliases\":{\"en\":\"A\"}}";
    assertContains(problem(1, string), "'aliases.en' must be an array of strings, found a string");
  }

  @Test
  void nonStringAliasIsRejected() {
    String number =
        "{\"entity_id\":\"a\",\"type\":\"GPE\",\"name\":\"N\",\"aliases\":{\"en\":[\"A\",3]}}";
    assertContains(problem(1, number), "'aliases.en[1]' must be a string");
  }

  // Rule 5: entity id.

  @Test
  void entityIdMustBeASlug() {
    String problem =
        problem(1, line("a").replace("\"entity_id\":\"a\"", "\"entity_id\":\"United States\""));
    assertContains(problem, "bad entity_id 'United States'");
  }

  @Test
  void entityIdMayNotStartWithADigit() {
    assertContains(problem(1, line("9lives")), "bad entity_id '9lives'");
  }

  // Rule 6: type.

  @Test
  void unknownTypeIsRejected() {
    String problem = problem(1, line("a").replace("\"GPE\"", "\"COUNTRY\""));
    assertContains(problem, "unknown type 'COUNTRY' of a");
    assertContains(problem, "PERSON, ORG, GPE, LOC, GROUP, EVENT, LAW");
  }

  @Test
  void typeIsCaseSensitive() {
    assertContains(problem(1, line("a").replace("\"GPE\"", "\"gpe\"")), "unknown type 'gpe'");
  }

  @Test
  void everyTypeIsAccepted() {
    for (EntityType type : EntityType.values()) {
      assertEquals(
          type, parse(line("a").replace("GPE", type.name())).get("a").orElseThrow().type());
    }
  }

  // Rule 7: name.

  @Test
  void blankNameIsRejected() {
    assertContains(
        problem(1, line("a").replace("\"name\":\"N\"", "\"name\":\" \"")), "blank name of a");
  }

  // Rule 8: wikidata.

  @Test
  void wikidataMustBeAQid() {
    String problem = problem(1, line("a").replace("\"name\"", "\"wikidata\":\"30\",\"name\""));
    assertContains(problem, "bad wikidata '30' of a");
  }

  @Test
  void wikidataMayNotHaveLeadingZeros() {
    assertContains(
        problem(1, line("a").replace("\"name\"", "\"wikidata\":\"Q030\",\"name\"")),
        "bad wikidata 'Q030'");
  }

  @Test
  void emptyWikidataIsLeftOut() {
    Gazetteer gazetteer = parse(line("a").replace("\"name\"", "\"wikidata\":\"\",\"name\""));
    assertNull(gazetteer.get("a").orElseThrow().wikidata());
  }

  // Rule 9: languages.

  @Test
  void unknownLanguageInAliasesIsRejected() {
    String french = line("a").replace("\"tr\":", "\"fr\":");
    assertContains(problem(1, french), "unknown language 'fr' in aliases of a");
  }

  @Test
  void unknownLanguageInAdjectivesIsRejected() {
    String persian = line("a").replace("\"name\"", "\"adjectives\":{\"fa\":[\"x\"]},\"name\"");
    assertContains(problem(1, persian), "unknown language 'fa' in adjectives of a");
  }

  // Rule 10: no empty surface.

  @Test
  void emptyAliasIsRejected() {
    assertContains(problem(1, line("a").replace("\"a en\"", "\"\"")), "empty en alias '' of a");
  }

  @Test
  void aliasWithoutLetterOrDigitIsRejected() {
    assertContains(
        problem(1, line("a").replace("\"a tr\"", "\" - \"")), "empty tr alias ' - ' of a");
  }

  @Test
  void aliasOfOnlyTashkeelIsEmpty() {
    assertContains(problem(1, line("a").replace("\"a ar\"", "\"\u064E\u0651\"")), "empty ar alias");
  }

  // Rule 11: an alias.

  @Test
  void entityWithoutAliasIsRejected() {
    String none =
        "{\"entity_id\":\"a\",\"type\":\"GPE\",\"name\":\"N\",\"aliases\":{},"
            + "\"adjectives\":{\"en\":[\"A-ish\"]}}";
    assertContains(problem(1, none), "a has no alias");
  }

  // Rule 12: flags name surfaces.

  @Test
  void caseSensitiveEntryMustBeASurface() {
    String problem =
        problem(1, line("a").replace("\"name\"", "\"case_sensitive\":[\"USA\"],\"name\""));
    assertContains(
        problem, "case_sensitive entry 'USA' of a is not one of its aliases or adjectives");
  }

  @Test
  void ambiguousEntryMustBeASurface() {
    String problem = problem(1, line("a").replace("\"name\"", "\"ambiguous\":[\"Esad\"],\"name\""));
    assertContains(problem, "ambiguous entry 'Esad' of a is not one");
  }

  @Test
  void flagEntryMustMatchCharacterForCharacter() {
    String problem = problem(1, line("a").replace("\"name\"", "\"ambiguous\":[\"A EN\"],\"name\""));
    assertContains(problem, "ambiguous entry 'A EN'");
  }

  @Test
  void flagMayNameAnAdjective() {
    Gazetteer gazetteer =
        parse(
            line("a")
                .replace(
                    "\"name\"",
                    "\"adjectives\":{\"en\":[\"Aish\"]},\"ambiguous\":[\"Aish\"],\"name\""));
    assertTrue(gazetteer.get("a").orElseThrow().surfaces().stream().anyMatch(s -> s.ambiguous()));
  }

  // Rule 13: unique ids.

  @Test
  void duplicateEntityIdNamesBothLines() {
    String problem =
        problem(
            3,
            line("a"),
            line("b"),
            line("a")
                .replace(" en\"", " other\"")
                .replace(" ar\"", " x\"")
                .replace(" tr\"", " y\""));
    assertContains(
        problem, "duplicate entity_id 'a' at " + FILE + " line 3 (first at " + FILE + " line 1)");
  }

  // Rule 14: unique match keys.

  @Test
  void aliasOfTwoEntitiesNamesBothIdsAndLines() {
    String b = line("b").replace("\"b en\"", "\"a en\"");
    String problem = problem(2, line("a"), b);
    assertContains(problem, "en alias 'a en' of b at " + FILE + " line 2");
    assertContains(problem, "same match key 'a en'");
    assertContains(problem, "en alias 'a en' of a at " + FILE + " line 1");
  }

  @Test
  void aliasesThatNormalizeAlikeAreTheSameAlias() {
    String a = line("a").replace("\"a ar\"", "\"أمريكا\"");
    String b = line("b").replace("\"b ar\"", "\"امريكا\"");
    assertContains(problem(2, a, b), "same match key 'امريكا'");
  }

  @Test
  void caseDoesNotMakeTwoAliases() {
    String b = line("b").replace("\"b en\"", "\"A EN\"");
    assertContains(problem(2, line("a"), b), "en alias 'A EN' of b");
  }

  @Test
  void turkishDotlessIMatchesDottedI() {
    String a = line("a").replace("\"a tr\"", "\"Irak\"");
    String b = line("b").replace("\"b en\"", "\"irak\"");
    assertContains(problem(2, a, b), "same match key 'irak'");
  }

  @Test
  void aliasesOfTwoEntitiesClashAcrossLanguages() {
    String b = line("b").replace("\"b tr\"", "\"a en\"");
    assertContains(problem(2, line("a"), b), "tr alias 'a en' of b");
  }

  @Test
  void adjectiveOfOneEntityMayNotBeAliasOfAnother() {
    String b = line("b").replace("\"name\"", "\"adjectives\":{\"en\":[\"a en\"]},\"name\"");
    assertContains(problem(2, line("a"), b), "en adjective 'a en' of b");
  }

  @Test
  void oneEntityMayNotListASurfaceAsAliasAndAdjective() {
    String a = line("a").replace("\"name\"", "\"adjectives\":{\"en\":[\"A En\"]},\"name\"");
    assertContains(problem(1, a), "differ in being adjectival or ambiguous");
  }

  @Test
  void oneEntityMayListASurfaceUnderTwoLanguages() {
    Gazetteer gazetteer = parse(line("a").replace("\"a tr\"", "\"a en\""));
    assertEquals(1, gazetteer.size());
  }

  @Test
  void caseSensitiveAndPlainAliasMayShareAKey() {
    String a =
        line("a")
            .replace("\"a en\"", "\"US\"")
            .replace("\"name\"", "\"case_sensitive\":[\"US\"],\"name\"");
    String b = line("b").replace("\"b en\"", "\"us\"");
    assertEquals(2, parse(a, b).size());
  }

  // Problems together.

  @Test
  void everyProblemIsListedInLineOrder() {
    GazetteerException e =
        assertThrows(
            GazetteerException.class,
            () -> parse(line("a").replace("GPE", "X"), "not json", line("Bad")));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertContains(e.getMessage(), "3 problems in gazetteer " + FILE);
    for (int i = 0; i < 3; i++) {
      assertContains(e.problems().get(i), FILE + " line " + (i + 1));
      assertContains(e.getMessage(), e.problems().get(i));
    }
  }

  // Reading files.

  @Test
  void fileIsReadAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.jsonl");
    Files.writeString(file, line("a").replace("a ar", "دمشق"), StandardCharsets.UTF_8);
    assertEquals(List.of("دمشق"), Gazetteer.read(file).get("a").orElseThrow().aliases("ar"));
  }

  @Test
  void fileThatIsNotUtf8NamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    byte[] first = (line("a") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] second = line("b").replace("b tr", "\u00c7").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    Files.write(file, all);
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.read(file));
    assertContains(e.getMessage(), file + " is not valid UTF-8 at line 2");
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.jsonl");
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.read(file));
    assertContains(e.getMessage(), file + " does not exist");
  }
}
