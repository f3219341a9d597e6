package io.storylines.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.dedup.DedupSettings;
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
  void aCsvDelimiterThatQuotesOrEndsARecordIsRefused() {
    for (char refused : new char[] {'"', '\r', '\n'}) {
      ConfigException e = assertThrows(ConfigException.class, () -> valid().csvDelimiter(refused).build());
      assertTrue(e.getMessage().startsWith("--csv-delimiter"), e.getMessage());
    }
    assertEquals(";", valid().csvDelimiter(';').build().describe().get("csv_delimiter"));
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
  void dedupIsOnAtPointEightByDefault() {
    StorylinesConfig config = valid().build();
    assertTrue(config.dedup().enabled());
    assertEquals(0.8, config.dedup().threshold());
  }

  @Test
  void dedupThresholdOutsideZeroOneIsNamed() {
    for (double bad : new double[] {0, -0.5, 1.5, Double.NaN}) {
      ConfigException e =
          assertThrows(
              ConfigException.class,
              () -> valid().dedup(DedupSettings.defaults().withThreshold(bad)).build());
      assertTrue(e.getMessage().contains("--dedup-threshold"), e.getMessage());
    }
    assertEquals(1.0, valid().dedup(DedupSettings.defaults().withThreshold(1)).build().dedup().threshold());
  }

  @Test
  void hashChangesWithTheEffectiveConfiguration() {
    assertEquals(valid().build().hash(), valid().build().hash());
    assertNotEquals(valid().build().hash(), valid().period(Period.WEEK).build().hash());
    assertNotEquals(
        valid().build().hash(),
        valid().dedup(DedupSettings.defaults().withEnabled(false)).build().hash());
  }

  @Test
  void inputsAreImmutable() {
    StorylinesConfig config = valid().build();
    assertThrows(UnsupportedOperationException.class, () -> config.inputs().add("x"));
  }
}
