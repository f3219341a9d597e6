package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link GazetteerEntity}: its surfaces, its immutability, and {@link Gazetteer#of}. */
class GazetteerEntityTest {

  private static final GazetteerEntity.Source CODE = new GazetteerEntity.Source("code", 0);

  private static GazetteerEntity syria() {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    aliases.put("tr", List.of("Suriye"));
    aliases.put("en", List.of("Syria", "SY"));
    aliases.put("ar", List.of("سوريا"));
    return new GazetteerEntity(
        "syria",
        EntityType.GPE,
        "Syria",
        "Q858",
        aliases,
        Map.of("en", List.of("Syrian")),
        Set.of("SY"),
        Set.of("SY"),
        CODE);
  }

  @Test
  void surfacesGoArabicEnglishTurkishAliasesBeforeAdjectives() {
    List<String> texts = syria().surfaces().stream().map(GazetteerEntity.Surface::text).toList();
    assertEquals(List.of("سوريا", "Syria", "SY", "Syrian", "Suriye"), texts);
  }

  @Test
  void surfacesCarryTheirFlags() {
    GazetteerEntity.Surface sy = syria().surfaces().get(2);
    assertEquals(new GazetteerEntity.Surface("en", "SY", false, true, true), sy);
    GazetteerEntity.Surface syrian = syria().surfaces().get(3);
    assertEquals(new GazetteerEntity.Surface("en", "Syrian", true, false, false), syrian);
  }

  @Test
  void partsAreCopiedAndFrozen() {
    List<String> english = new ArrayList<>(List.of("Syria"));
    Map<String, List<String>> aliases = new LinkedHashMap<>(Map.of("en", english));
    GazetteerEntity entity =
        new GazetteerEntity(
            "syria", EntityType.GPE, "Syria", null, aliases, Map.of(), Set.of(), Set.of(), CODE);
    english.add("Sham");
    aliases.put("tr", List.of("Suriye"));
    assertEquals(Map.of("en", List.of("Syria")), entity.aliases());
    assertThrows(UnsupportedOperationException.class, () -> entity.aliases().put("ar", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> entity.aliases("en").add("x"));
  }

  @Test
  void ofAppliesTheEntityRules() {
    GazetteerEntity bad =
        new GazetteerEntity(
            "Syria",
            EntityType.GPE,
            "Syria",
            null,
            Map.of("en", List.of("Syria")),
            Map.of(),
            Set.of(),
            Set.of(),
            CODE);
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.of(List.of(bad)));
    assertEquals(
        "bad entity_id 'Syria' (must match [a-z][a-z0-9_]*) at code line 0", e.getMessage());
  }

  @Test
  void gazetteerSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
    Gazetteer gazetteer = Gazetteer.of(List.of(syria()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(gazetteer);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Gazetteer copy = (Gazetteer) in.readObject();
      assertEquals(gazetteer.entities(), copy.entities());
      assertEquals(syria(), copy.get("syria").orElseThrow());
    }
  }
}
