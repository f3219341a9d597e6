package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void monthLabelIsYearDashMonth() {
    assertEquals("2018-03", Period.MONTH.label(at("2018-03-01T00:00:00Z")));
    assertEquals("1987-10", Period.MONTH.label(at("1987-10-20T23:59:59Z")));
  }

  @Test
  void weekLabelIsIsoWeek() {
    assertEquals("2018-W09", Period.WEEK.label(at("2018-03-01T12:00:00Z")));
    assertEquals("2018-W09", Period.WEEK.label(at("2018-02-26T00:00:00Z")));
    assertEquals("2018-W08", Period.WEEK.label(at("2018-02-25T23:59:59Z")));
  }

  @Test
  void weekLabelUsesTheWeekBasedYear() {
    assertEquals("2025-W01", Period.WEEK.label(at("2024-12-30T00:00:00Z")));
    assertEquals("2020-W53", Period.WEEK.label(at("2021-01-03T12:00:00Z")));
    assertEquals("2015-W53", Period.WEEK.label(at("2016-01-01T00:00:00Z")));
  }

  @Test
  void dayLabelIsIsoDate() {
    assertEquals("2018-03-01", Period.DAY.label(at("2018-03-01T23:59:59.999Z")));
  }

  @Test
  void labelsAreInUtc() {
    Instant lateLastNightInRiyadh = at("2018-02-28T23:30:00Z");
    assertEquals("2018-02-28", Period.DAY.label(lateLastNightInRiyadh));
    assertEquals("2018-02", Period.MONTH.label(lateLastNightInRiyadh));
    Instant utcMidnight = at("2018-03-01T00:00:00Z");
    assertEquals("2018-03-01", Period.DAY.label(utcMidnight));
    assertEquals("2018-03", Period.MONTH.label(utcMidnight));
  }

  @Test
  void labelsUseAsciiDigitsWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar-EG", "fa-IR", "tr-TR", "ar-SA-u-nu-arab")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Instant instant = at("2018-03-01T10:00:00Z");
        assertEquals("2018-03", Period.MONTH.label(instant), tag);
        assertEquals("2018-W09", Period.WEEK.label(instant), tag);
        assertEquals("2018-03-01", Period.DAY.label(instant), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void nullInstantIsUndated() {
    assertEquals("undated", Period.UNDATED);
    for (Period period : Period.values()) {
      assertEquals(Period.UNDATED, period.label(null));
    }
  }

  @Test
  void cliNamesAreLowerCase() {
    assertEquals("month", Period.MONTH.cliName());
    assertEquals("week", Period.WEEK.cliName());
    assertEquals("day", Period.DAY.cliName());
  }

  @Test
  void fromCliNameIgnoresCase() {
    assertEquals(Period.MONTH, Period.fromCliName("month"));
    assertEquals(Period.WEEK, Period.fromCliName("WEEK"));
    assertEquals(Period.DAY, Period.fromCliName("Day"));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(Period.MONTH, Period.fromCliName("MONTH"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void fromCliNameRejectsUnknownNamesNamingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.fromCliName("quarter"));
    assertEquals("unknown period 'quarter' (expected month, week or day)", e.getMessage());
    IllegalArgumentException nullName =
        assertThrows(IllegalArgumentException.class, () -> Period.fromCliName(null));
    assertEquals("unknown period 'null' (expected month, week or day)", nullName.getMessage());
  }
}
