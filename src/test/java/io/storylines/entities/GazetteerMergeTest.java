package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link Gazetteer#merge}: replace by id in place, append the rest, check again. */
class GazetteerMergeTest {

  private static final Gazetteer BASE =
      parse(
          "base.jsonl",
          entity("syria", "Syria", "سوريا", "Suriye"),
          entity("damascus", "Damascus", "دمشق", "Şam"),
          entity("aleppo", "Aleppo", "حلب", "Halep"));

  private static String entity(String id, String en, String ar, String tr) {
    return "{\"entity_id\":\""
        + id
        + "\",\"type\":\"GPE\",\"name\":\""
        + en
        + "\",\"aliases\":{\"en\":[\""
        + en
        + "\"],\"ar\":[\""
        + ar
        + "\"],\"tr\":[\""
        + tr
        + "\"]}}";
  }

  private static Gazetteer parse(String file, String... lines) {
    return Gazetteer.parse(new StringReader(String.join("\n", lines)), file);
  }

  private static List<String> ids(Gazetteer gazetteer) {
    return gazetteer.entities().stream().map(GazetteerEntity::entityId).toList();
  }

  @Test
  void overrideReplacesTheEntityWithTheSameIdWhole() {
    Gazetteer user = parse("user.jsonl", entity("damascus", "Dimashq", "الشام", "Dımaşk"));
    GazetteerEntity damascus = BASE.merge(user).get("damascus").orElseThrow();
    assertEquals(List.of("Dimashq"), damascus.aliases("en"));
    assertEquals("user.jsonl", damascus.source().file());
  }

  @Test
  void replacedEntityKeepsItsPlace() {
    Gazetteer user = parse("user.jsonl", entity("damascus", "Dimashq", "الشام", "Dımaşk"));
    assertEquals(List.of("syria", "damascus", "aleppo"), ids(BASE.merge(user)));
  }

  @Test
  void newEntitiesFollowInTheirOrder() {
    Gazetteer user =
        parse(
            "user.jsonl",
            entity("homs", "Homs", "حمص", "Humus"),
            entity("hama", "Hama", "حماة", "Hama"));
    Gazetteer merged = BASE.merge(user);
    assertEquals(List.of("syria", "damascus", "aleppo", "homs", "hama"), ids(merged));
    assertEquals(5, merged.size());
  }

  @Test
  void mergeLeavesBothInputsAsTheyWere() {
    Gazetteer user = parse("user.jsonl", entity("homs", "Homs", "حمص", "Humus"));
    BASE.merge(user);
    assertEquals(3, BASE.size());
    assertEquals(1, user.size());
  }

  @Test
  void aliasOfANewEntityMayNotBeAnAliasOfAKeptOne() {
    Gazetteer user = parse("user.jsonl", entity("sham", "Sham", "الشام", "Şam"));
    GazetteerException e = assertThrows(GazetteerException.class, () -> BASE.merge(user));
    String message = e.getMessage();
    assertTrue(message.contains("tr alias 'Şam' of sham at user.jsonl line 1"), message);
    assertTrue(message.contains("tr alias 'Şam' of damascus at base.jsonl line 2"), message);
  }

  @Test
  void replacementFreesTheAliasesItDrops() {
    Gazetteer user =
        parse(
            "user.jsonl",
            entity("damascus", "Dimashq", "الشام", "Dımaşk"),
            entity("old_damascus", "Damascus", "دمشق", "Şam"));
    assertEquals(4, BASE.merge(user).size());
  }

  @Test
  void mergeWithAnEmptyGazetteerChangesNothing() {
    Gazetteer empty = parse("empty.jsonl", "# nothing here");
    assertEquals(ids(BASE), ids(BASE.merge(empty)));
  }
}
