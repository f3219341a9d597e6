package io.storylines.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The time bucket that articles are counted in. {@link #label(Instant)} names the bucket of an
 * instant, always in UTC:
 *
 * <ul>
 *   <li>{@link #MONTH}: {@code uuuu-MM}, as in {@code 2018-03}.
 *   <li>{@link #WEEK}: the ISO-8601 week, {@code YYYY-'W'ww}, as in {@code 2018-W09}. Weeks start
 *       on Monday and week 1 is the week holding the year's first Thursday, and the year is the
 *       week-based year, which differs from the calendar year around New Year: 2024-12-30 is in
 *       {@code 2025-W01} and 2021-01-03 is in {@code 2020-W53}.
 *   <li>{@link #DAY}: {@code uuuu-MM-dd}, as in {@code 2018-03-01}.
 * </ul>
 *
 * <p>An article without a date is in the bucket {@link #UNDATED}, whatever the period. For years
 * 1000 to 9999 the labels of one period sort as text in time order.
 */
public enum Period {
  MONTH,
  WEEK,
  DAY;

  /** The label of the bucket of articles without a date. */
  public static final String UNDATED = "undated";

  /** The label of the bucket holding {@code utc}, or {@link #UNDATED} when it is null. */
  public String label(Instant utc) {
    if (utc == null) {
      return UNDATED;
    }
    LocalDate date = LocalDate.ofInstant(utc, ZoneOffset.UTC);
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK -> String.format(
          Locale.ROOT,
          "%04d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> String.format(
          Locale.ROOT,
          "%04d-%02d-%02d",
          date.getYear(),
          date.getMonthValue(),
          date.getDayOfMonth());
    };
  }

  /** The name used on the command line: {@code month}, {@code week} or {@code day}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The period named {@code name} on the command line, ignoring case.
   *
   * @throws IllegalArgumentException naming the value, when it is not a period
   */
  public static Period fromCliName(String name) {
    for (Period period : values()) {
      if (period.cliName().equalsIgnoreCase(name)) {
        return period;
      }
    }
    throw new IllegalArgumentException(
        "unknown period '" + name + "' (expected month, week or day)");
  }
}
