package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

  private final DateParser parser = DateParser.defaults();

  private static Instant instant(String iso) {
    return Instant.parse(iso);
  }

  private static void assertParses(DateParser parser, String expectedIso, String text) {
    DateParser.Result result = parser.parse(text);
    assertTrue(result.isParsed(), () -> "'" + text + "' was not parsed: " + result.error());
    assertEquals(instant(expectedIso), result.instant().orElseThrow(), text);
    assertNull(result.error());
  }

  private void assertParses(String expectedIso, String text) {
    assertParses(parser, expectedIso, text);
  }

  private static void assertFails(DateParser parser, String expectedError, String text) {
    DateParser.Result result = parser.parse(text);
    assertFalse(result.isParsed(), () -> "'" + text + "' was parsed as " + result.instant());
    assertTrue(result.instant().isEmpty());
    assertEquals(expectedError, result.error());
  }

  private void assertFails(String expectedError, String text) {
    assertFails(parser, expectedError, text);
  }

  private static DateParser withPatterns(String... patterns) {
    return new DateParser(List.of(patterns), ZoneOffset.UTC, false);
  }

  // Cleaning

  @Test
  void nullIsAMissingDate() {
    assertFails("missing date", null);
  }

  @Test
  void emptyOrBlankIsAnEmptyDate() {
    assertFails("empty date", "");
    assertFails("empty date", " \t\n\u00A0 ");
  }

  @Test
  void textIsTrimmed() {
    assertParses("2018-02-26T00:00:00Z", " \t2018-02-26\r\n");
  }

  @Test
  void whitespaceRunsBecomeOneSpace() {
    assertParses("2018-02-26T02:20:10Z", "Mon,  26\u00A0Feb   2018 \t02:20:10  GMT");
  }

  @Test
  void arabicIndicDigitsAreFolded() {
    assertParses("2018-02-26T10:15:30Z", "\u0662\u0660\u0661\u0668-\u0660\u0662-\u0662\u0666"
        + " \u0661\u0660:\u0661\u0665:\u0663\u0660");
  }

  @Test
  void easternArabicIndicDigitsAreFolded() {
    assertParses("2018-02-26T00:00:00Z", "\u06F2\u06F0\u06F1\u06F8-\u06F0\u06F2-\u06F2\u06F6");
  }

  @Test
  void arabicCommaIsAComma() {
    assertParses("2018-02-26T02:20:10Z", "Mon\u060C 26 Feb 2018 02:20:10 GMT");
  }

  @Test
  void arabicDecimalSeparatorIsAPoint() {
    assertParses(
        "2024-04-05T19:34:38.500Z", "\u0661\u0667\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"
            + "\u066B\u0665");
  }

  @Test
  void directionMarksAndByteOrderMarkAreRemoved() {
    assertParses("2018-02-26T00:00:00Z", "\uFEFF\u200F2018-02-26\u200E\u061C");
  }

  @Test
  void textIsCutAtTheFirstControlCharacter() {
    assertParses("1987-03-27T00:03:35.680Z", "27-MAR-1987 00:03:35.68\u0005\u0005\u0005F");
    assertParses("1987-03-27T00:03:35.680Z", "27-MAR-1987 00:03:35.68&#5;&#5;&#5;C G");
    assertParses("1987-03-27T00:03:35.680Z", "27-MAR-1987 00:03:35.68&#0031;x");
    assertFails("unrecognised date '27-MAR-1987 00:03:35.68&#9;F'", "27-MAR-1987 00:03:35.68&#9;F");
  }

  // Epoch

  @Test
  void nineToElevenDigitsAreEpochSeconds() {
    assertParses("2024-04-05T19:34:38Z", "1712345678");
    assertParses("1973-03-03T09:46:40Z", "100000000");
    assertParses("5138-11-16T09:46:39Z", "99999999999");
  }

  @Test
  void twelveToFourteenDigitsAreEpochMilliseconds() {
    assertParses("2024-04-05T19:34:38.123Z", "1712345678123");
    assertParses("1973-03-03T09:46:40Z", "100000000000");
  }

  @Test
  void epochSecondsMayHaveADecimalFraction() {
    assertParses("2024-04-05T19:34:38.500Z", "1712345678.5");
    assertParses("2024-04-05T19:34:38.123456789Z", "1712345678.123456789");
  }

  @Test
  void epochMillisecondsMayHaveADecimalFraction() {
    assertParses("2024-04-05T19:34:38.123500Z", "1712345678123.5");
  }

  @Test
  void numbersOutsideTheEpochLengthsAreNotEpochs() {
    assertFails("unrecognised date '12345678'", "12345678");
    assertFails("unrecognised date '123456789012345'", "123456789012345");
    assertFails("unrecognised date '-1712345678'", "-1712345678");
  }

  // ISO-8601

  @Test
  void isoWithOffset() {
    assertParses("2025-05-13T07:15:30Z", "2025-05-13T10:15:30+03:00");
    assertParses("2025-05-13T13:45:30Z", "2025-05-13T10:15:30-03:30");
  }

  @Test
  void isoWithOffsetWithoutColon() {
    assertParses("2025-05-13T07:15:30Z", "2025-05-13T10:15:30+0300");
  }

  @Test
  void isoWithZ() {
    assertParses("2025-05-13T10:15:30Z", "2025-05-13T10:15:30Z");
    assertParses("2025-05-13T10:15:30Z", "2025-05-13t10:15:30z");
  }

  @Test
  void isoWithFractionalSeconds() {
    assertParses("2025-05-13T10:15:30.123Z", "2025-05-13T10:15:30.123Z");
    assertParses("2025-05-13T07:15:30.123456789Z", "2025-05-13T10:15:30.123456789+03:00");
  }

  @Test
  void isoWithRegion() {
    assertParses("2025-05-13T07:15:30Z", "2025-05-13T10:15:30+03:00[Europe/Istanbul]");
    assertParses("2025-05-13T07:15:30Z", "2025-05-13T10:15:30[Europe/Istanbul]");
  }

  @Test
  void isoLocalDateTimeIsInTheDefaultZone() {
    assertParses("2025-05-13T10:15:30Z", "2025-05-13T10:15:30");
    assertParses("2025-05-13T10:15:00Z", "2025-05-13T10:15");
    assertParses(new DateParser(List.of(), ISTANBUL, false), "2025-05-13T07:15:30Z",
        "2025-05-13T10:15:30");
  }

  @Test
  void isoWithASpaceBeforeTheTime() {
    assertParses("2017-12-31T21:05:09Z", "2017-12-31 21:05:09");
    assertParses("2017-12-31T18:05:09Z", "2017-12-31 21:05:09+03:00");
  }

  /** PostgreSQL's text output, Go and Ruby's default layouts, BigQuery's CSV export. */
  @Test
  void isoWithAnHourOffsetASpacedOffsetOrAUtcSuffix() {
    assertParses("2017-12-31T18:05:09Z", "2017-12-31 21:05:09+03");
    assertParses("2018-01-01T00:05:09Z", "2017-12-31 21:05:09-03");
    assertParses("2017-12-31T18:05:09Z", "2017-12-31 21:05:09 +0300");
    assertParses("2017-12-31T18:05:09Z", "2017-12-31 21:05:09 +03:00");
    assertParses("2017-12-31T21:05:09.5Z", "2017-12-31 21:05:09.5 UTC");
    assertParses("2017-12-31T21:05:09Z", "2017-12-31T21:05:09 gmt");
    assertParses("2017-12-31T21:05:09Z", "2017-12-31 21:05:09 Z");
    assertFails("unrecognised date '2017-12-31 21:05:09 +3'", "2017-12-31 21:05:09 +3");
  }

  @Test
  void isoDateAloneIsMidnight() {
    assertParses("2018-03-01T00:00:00Z", "2018-03-01");
    assertParses(new DateParser(List.of(), ISTANBUL, false), "2018-02-28T21:00:00Z", "2018-03-01");
  }

  @Test
  void isoWithImpossibleValuesIsInvalid() {
    assertFails("invalid date '2018-02-30' (Invalid date 'FEBRUARY 30')", "2018-02-30");
    assertFalse(parser.parse("2018-13-01").isParsed());
    assertFalse(parser.parse("2018-01-01T25:00:00Z").isParsed());
  }

  // RFC 822 / RFC 1123

  @Test
  void rfc1123WithGmt() {
    assertParses("2018-02-26T02:20:10Z", "Mon, 26 Feb 2018 02:20:10 GMT");
  }

  @Test
  void rfc822WithNumericOffset() {
    assertParses("2018-02-18T17:35:43Z", "Sun, 18 Feb 2018 21:35:43 +0400");
    assertParses("2018-02-18T21:35:43Z", "Sun, 18 Feb 2018 21:35:43 +0000");
    assertParses("2018-02-19T02:35:43Z", "Sun, 18 Feb 2018 21:35:43 -05:00");
  }

  @Test
  void rfc822WithoutWeekday() {
    assertParses("2018-02-26T02:20:10Z", "26 Feb 2018 02:20:10 GMT");
  }

  @Test
  void rfc822WithSingleDigitDay() {
    assertParses("2018-03-01T08:00:00Z", "Thu, 1 Mar 2018 08:00:00 GMT");
  }

  @Test
  void rfc822WrongWeekdayIsIgnored() {
    assertParses("2018-02-26T02:20:10Z", "Fri, 26 Feb 2018 02:20:10 GMT");
    assertParses("2018-02-26T02:20:10Z", "Friday, 26 Feb 2018 02:20:10 GMT");
  }

  @Test
  void rfc822WithoutSeconds() {
    assertParses("2018-02-26T02:20:00Z", "Mon, 26 Feb 2018 02:20 GMT");
  }

  @Test
  void rfc822MonthNamesIgnoreCaseAndMayBeLonger() {
    assertParses("2018-02-26T02:20:10Z", "MON, 26 FEB 2018 02:20:10 gmt");
    assertParses("2018-09-26T02:20:10Z", "26 Sept 2018 02:20:10 GMT");
    assertParses("2018-09-26T02:20:10Z", "26 September 2018 02:20:10 GMT");
  }

  @Test
  void rfc822IsEnglishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("tr-TR", "ar-EG", "fa-IR")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertParses("2018-04-01T10:00:00Z", "Sun, 1 APRIL 2018 10:00:00 GMT");
        assertParses("2018-04-01T10:00:00Z", "SUN, 1 APR 2018 10:00:00 GMT");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rfc822NamedZonesAreAtTheirFixedOffsets() {
    assertParses("2018-02-26T02:20:10Z", "Mon, 26 Feb 2018 02:20:10 UT");
    assertParses("2018-02-26T02:20:10Z", "Mon, 26 Feb 2018 02:20:10 UTC");
    assertParses("2018-02-26T07:20:10Z", "Mon, 26 Feb 2018 02:20:10 EST");
    assertParses("2018-02-26T09:20:10Z", "Mon, 26 Feb 2018 02:20:10 PDT");
  }

  @Test
  void rfc822WithoutZoneIsInTheDefaultZone() {
    assertParses(new DateParser(List.of(), ISTANBUL, false), "2018-02-25T23:20:10Z",
        "Mon, 26 Feb 2018 02:20:10");
  }

  @Test
  void rfc822WithUnknownZoneIsInvalid() {
    assertFails("invalid date 'Mon, 26 Feb 2018 02:20:10 XYZ' (unknown time zone 'XYZ')",
        "Mon, 26 Feb 2018 02:20:10 XYZ");
  }

  @Test
  void rfc822WithUnknownMonthIsInvalid() {
    assertFails("invalid date '26 Fev 2018 02:20:10 GMT' (unknown month 'Fev')",
        "26 Fev 2018 02:20:10 GMT");
  }

  // Reuters

  @Test
  void reutersWithHundredths() {
    assertParses("1987-02-26T15:01:01.790Z", "26-FEB-1987 15:01:01.79");
  }

  @Test
  void reutersWithoutFraction() {
    assertParses("1987-02-26T15:01:01Z", "26-FEB-1987 15:01:01");
    assertParses("1987-02-26T15:01:00Z", "26-FEB-1987 15:01");
  }

  @Test
  void reutersDateAloneIsMidnight() {
    assertParses("1987-03-05T00:00:00Z", "5-MAR-1987");
  }

  @Test
  void reutersMonthIgnoresCase() {
    assertParses("1987-02-26T15:01:01.790Z", "26-feb-1987 15:01:01.79");
    assertParses("1987-02-26T15:01:01.790Z", "26-Feb-1987 15:01:01.79");
  }

  @Test
  void reutersIsInTheDefaultZone() {
    assertParses(new DateParser(List.of(), ISTANBUL, false), "1987-02-26T13:01:01Z",
        "26-FEB-1987 15:01:01");
  }

  @Test
  void malformedReutersTimeIsUnrecognised() {
    assertFails("unrecognised date '31-MAR-1987 605:12:19.12'", "31-MAR-1987 605:12:19.12");
  }

  @Test
  void reutersWithImpossibleDayIsInvalid() {
    assertFails("invalid date '31-APR-1987 10:00:00' (Invalid date 'APRIL 31')",
        "31-APR-1987 10:00:00");
  }

  // Slash dates

  @Test
  void slashDateWithFirstNumberOverTwelveIsDayFirst() {
    assertParses("2017-05-13T00:00:00Z", "13/05/2017");
    assertParses("2017-05-13T00:00:00Z", "13/5/2017");
  }

  @Test
  void slashDateWithSecondNumberOverTwelveIsMonthFirst() {
    assertParses("2017-04-19T00:00:00Z", "4/19/2017");
    assertParses("2017-04-19T00:00:00Z", "04/19/2017");
  }

  @Test
  void ambiguousSlashDateIsMonthFirstByDefault() {
    assertParses("2017-04-05T00:00:00Z", "4/5/2017");
    assertParses("2016-07-10T00:00:00Z", "7/10/2016");
  }

  @Test
  void ambiguousSlashDateIsDayFirstWhenConfigured() {
    DateParser dayFirst = new DateParser(List.of(), ZoneOffset.UTC, true);
    assertParses(dayFirst, "2017-05-04T00:00:00Z", "4/5/2017");
    assertParses(dayFirst, "2017-04-19T00:00:00Z", "4/19/2017");
    assertParses(dayFirst, "2017-05-13T00:00:00Z", "13/05/2017");
  }

  @Test
  void writtenMonthsInEnglishTurkishAndArabic() {
    assertParses("2025-12-03T00:00:00Z", "3 Aralık 2025");
    assertParses("2025-12-03T14:05:00Z", "03 ARALIK 2025 14:05");
    assertParses("2025-08-03T14:05:00Z", "Pazar, 3 Ağustos 2025, 14.05");
    assertParses("2025-02-03T00:00:00Z", "3 şubat 2025");
    assertParses("2025-12-03T00:00:00Z", "3 December 2025");
    assertParses("2025-09-03T00:00:00Z", "Wednesday 3 Sept 2025");
    assertParses("2025-12-03T00:00:00Z", "3 ديسمبر 2025");
    assertParses("2025-04-03T09:30:00Z", "الخميس 3 إبريل 2025 09:30");
    assertParses("2025-12-03T00:00:00Z", "3 كانون الأول 2025");
    assertParses("2025-11-03T00:00:00Z", "٣ تشرين الثاني ٢٠٢٥");
    assertParses(new DateParser(List.of(), ISTANBUL, false), "2025-12-02T21:00:00Z", "3 Aralık 2025");
    // Not a month, or an impossible day.
    assertFails("unrecognised date '3 Falan 2025'", "3 Falan 2025");
    assertTrue(parser.parse("31 Şubat 2025").error().startsWith("invalid date '31 Şubat 2025' ("));
  }

  @Test
  void aDayFirstExtraPatternMakesAmbiguousSlashDatesDayFirst() {
    // An Excel export with and without times (found by a review: 03/12/2025 was read as the 12th
    // of March next to 04/12/2025 10:00, the 4th of December).
    DateParser european = new DateParser(List.of("dd/MM/yyyy HH:mm"), ZoneOffset.UTC, false);
    assertTrue(european.dayFirst());
    assertParses(european, "2025-12-03T00:00:00Z", "03/12/2025");
    assertParses(european, "2025-12-04T10:00:00Z", "04/12/2025 10:00");
    assertTrue(new DateParser(List.of("dd.MM.yyyy"), ZoneOffset.UTC, false).dayFirst());
    // Month first, or both, or neither: the default stays.
    assertFalse(new DateParser(List.of("MM/dd/yyyy HH:mm"), ZoneOffset.UTC, false).dayFirst());
    assertFalse(
        new DateParser(List.of("dd.MM.yyyy", "MM/dd/yyyy h:mm a"), ZoneOffset.UTC, false).dayFirst());
    assertFalse(new DateParser(List.of("yyyyMMddHHmmss"), ZoneOffset.UTC, false).dayFirst());
    // Quoted letters are text.
    assertFalse(new DateParser(List.of("'day' MM/dd/yyyy"), ZoneOffset.UTC, false).dayFirst());
  }

  @Test
  void slashDateIsMidnightInTheDefaultZone() {
    assertParses(new DateParser(List.of(), ISTANBUL, false), "2017-04-04T21:00:00Z", "4/5/2017");
  }

  @Test
  void slashDateWithBothNumbersOverTwelveIsInvalid() {
    DateParser.Result result = parser.parse("13/13/2017");
    assertFalse(result.isParsed());
    assertTrue(result.error().startsWith("invalid date '13/13/2017' ("), result.error());
  }

  // Extra patterns

  @Test
  void extraPatternWithoutZoneIsInTheDefaultZone() {
    DateParser istanbul = new DateParser(List.of("dd.MM.yyyy HH:mm"), ISTANBUL, false);
    assertParses(istanbul, "2025-05-13T07:15:00Z", "13.05.2025 10:15");
  }

  @Test
  void extraPatternWithZoneUsesIt() {
    DateParser parser = withPatterns("yyyy/MM/dd HH:mm:ss xx");
    assertParses(parser, "2025-05-13T07:15:00Z", "2025/05/13 10:15:00 +0300");
  }

  @Test
  void extraPatternWithoutTimeIsMidnight() {
    assertParses(withPatterns("yyyyMMdd"), "2018-02-26T00:00:00Z", "20180226");
  }

  @Test
  void extraPatternsAreEnglishAndIgnoreCase() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertParses(withPatterns("d MMMM yyyy"), "2018-04-01T00:00:00Z", "1 APRIL 2018");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void extraPatternsAreTriedInOrder() {
    DateParser parser = withPatterns("dd.MM.yyyy", "MM.dd.yyyy");
    assertParses(parser, "2018-05-04T00:00:00Z", "04.05.2018");
    assertParses(parser, "2018-04-13T00:00:00Z", "04.13.2018");
  }

  /**
   * All digits have the epoch rule's shape too (GDELT writes yyyyMMddHHmmss): the user's pattern,
   * which says what the digits are, wins over the epoch guess, which read these as 2609-06-28.
   */
  @Test
  void anExtraPatternOfDigitsWinsOverTheEpochRule() {
    assertParses(withPatterns("yyyyMMddHHmmss"), "2018-03-01T12:00:00Z", "20180301120000");
    assertParses(withPatterns("yyyyMMddHHmm"), "2018-03-01T12:00:00Z", "201803011200");
    // Digits the pattern does not read are still an epoch.
    assertParses(withPatterns("yyyyMMddHHmmss"), "2024-04-05T19:34:38Z", "1712345678");
  }

  @Test
  void extraPatternsRunAfterTheBuiltInRules() {
    assertParses(withPatterns("yyyy-dd-MM"), "2017-04-05T00:00:00Z", "2017-04-05");
  }

  @Test
  void extraPatternWithImpossibleValuesIsInvalid() {
    assertFails(
        withPatterns("dd.MM.yyyy"),
        "invalid date '30.02.2018' (Invalid date 'FEBRUARY 30')",
        "30.02.2018");
  }

  @Test
  void extraPatternThatGivesNoDateIsInvalid() {
    assertFails(withPatterns("HH:mm"), "invalid date '10:15' (the pattern gives no full date)",
        "10:15");
  }

  @Test
  void badExtraPatternFailsAtConstructionNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> withPatterns("yyyy-MM-dd", "bad{"));
    assertTrue(e.getMessage().startsWith("invalid date format 'bad{': "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> withPatterns(" "));
  }

  // Failures

  @Test
  void textWithNoRuleShapeIsUnrecognised() {
    assertFails("unrecognised date 'yesterday'", "yesterday");
    assertFails("unrecognised date 'Wed 05 Apr'", "Wed 05 Apr");
    // With its year, that is a written-month date now.
    assertParses("2017-04-05T00:00:00Z", "Wed 05 Apr 2017");
  }

  @Test
  void overlongTextIsUnrecognisedAndQuotedByItsStart() {
    String text = "2018-02-26" + "x".repeat(500);
    DateParser.Result result = parser.parse(text);
    assertFalse(result.isParsed());
    assertEquals("unrecognised date '" + text.substring(0, DateParser.MAX_LENGTH) + "...'",
        result.error());
  }

  @Test
  void randomStringsNeverThrow() {
    Random random = new Random(20250513L);
    String alphabet = "0123456789-/:.,+TZ []GMTFebMARmon\u0660\u0669\u06F5\u060C\u200F\u00A0"
        + "\uD83D\uDE00\uD800\uDC00";
    DateParser fuzzed = new DateParser(List.of("dd.MM.yyyy HH:mm", "yyyyMMdd"), ISTANBUL, true);
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(40);
      StringBuilder text = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        text.append(
            random.nextBoolean()
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) random.nextInt(Character.MAX_VALUE + 1));
      }
      assertConsistent(fuzzed.parse(text.toString()));
      assertConsistent(parser.parse(text.toString()));
    }
  }

  @Test
  void hugeStringsAndUnpairedSurrogatesNeverThrow() {
    assertConsistent(parser.parse("9".repeat(1_000_000)));
    assertConsistent(parser.parse(" ".repeat(1_000_000) + "2018-02-26"));
    assertConsistent(parser.parse("2018-02-26" + "\uD800".repeat(200)));
    assertConsistent(parser.parse("\uDC00"));
    assertConsistent(parser.parse("x".repeat(DateParser.MAX_LENGTH - 1) + "\uD83D\uDE00"));
  }

  private static void assertConsistent(DateParser.Result result) {
    assertNotEquals(result.isParsed(), result.error() != null, result::toString);
    assertEquals(result.isParsed(), result.instant().isPresent());
  }

  // Serialization

  @Test
  void serializationKeepsConfigurationAndRebuildsFormatters() throws Exception {
    DateParser original = new DateParser(List.of("dd.MM.yyyy HH:mm"), ISTANBUL, true);
    DateParser copy = roundTrip(original);
    assertEquals(original, copy);
    assertEquals(original.parse("13.05.2025 10:15"), copy.parse("13.05.2025 10:15"));
    assertParses(copy, "2025-05-13T07:15:00Z", "13.05.2025 10:15");
    assertParses(copy, "2017-05-03T21:00:00Z", "4/5/2017");
  }

  private static DateParser roundTrip(DateParser parser)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(parser);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      DateParser copy = (DateParser) in.readObject();
      assertNotNull(copy);
      return copy;
    }
  }
}
