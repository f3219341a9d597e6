package io.storylines.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorylinesConfigTest {

  private static StorylinesConfig.Builder valid() {
    return StorylinesConfig.builder().input("data/sample").output("out");
  }

  @Test
  void defaultsAreMonthlyAutoFormatRejectUndated() {
    StorylinesConfig config = valid().build();
    assertEquals(Period.MONTH, config.period());
    assertEquals(UndatedPolicy.REJECT, config.undated());
    assertEquals("auto", config.describe().get("format"));
    assertEquals(null, config.readerOptions().charset());
  }

  @Test
  void inputIsRequired() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> StorylinesConfig.builder().output("o").build());
    assertTrue(e.getMessage().contains("--input"), e.getMessage());
  }

  @Test
  void outputIsRequired() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> StorylinesConfig.builder().input("i").build());
    assertTrue(e.getMessage().contains("--output"), e.getMessage());
  }

  @Test
  void badDatePatternIsNamed() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> valid().dateFormats(List.of("yyyy-pp")).build());
    assertTrue(e.getMessage().contains("yyyy-pp"), e.getMessage());
  }

  @Test
  void unknownEncodingIsNamed() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> valid().encoding("utf-99").build());
    assertTrue(e.getMessage().contains("utf-99"), e.getMessage());
  }

  @Test
  void defaultSourceMustBeASlug() {
    assertThrows(ConfigException.class, () -> valid().defaultSource("Not A Slug").build());
  }

  @Test
  void tooSmallRecordLimitIsRefused() {
    assertThrows(ConfigException.class, () -> valid().maxRecordChars(10).build());
  }

  @Test
  void hashChangesWithTheEffectiveConfiguration() {
    assertEquals(valid().build().hash(), valid().build().hash());
    assertNotEquals(valid().build().hash(), valid().period(Period.WEEK).build().hash());
  }

  @Test
  void inputsAreImmutable() {
    StorylinesConfig config = valid().build();
    assertThrows(UnsupportedOperationException.class, () -> config.inputs().add("x"));
  }
}
