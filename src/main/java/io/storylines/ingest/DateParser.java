package io.storylines.ingest;

import io.storylines.text.LookupKeys;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date of an article into an {@link Instant}. Parsing never throws: any
 * input, including null, empty text, garbage, unpaired surrogates or a huge string, gives a {@link
 * Result} that holds either the instant or a reason a person can read ({@code unrecognised date
 * '31-MAR-1987 605:12:19.12'}).
 *
 * <p>The text is first cleaned, in this order:
 *
 * <ol>
 *   <li>Arabic-Indic digits (U+0660..U+0669) and Eastern Arabic-Indic (Persian) digits
 *       (U+06F0..U+06F9) become ASCII digits; the ARABIC COMMA (U+060C) becomes {@code ,} and the
 *       ARABIC DECIMAL SEPARATOR (U+066B) becomes {@code .}.
 *   <li>The invisible marks LRM (U+200E), RLM (U+200F), ALM (U+061C) and the byte-order mark
 *       (U+FEFF) are removed.
 *   <li>The text is cut at its first control character that is not whitespace (U+0000..U+0008,
 *       U+000E..U+001F), or at its first SGML numeric reference to one ({@code &#5;}):
 *       Reuters-21578 appends {@code &#5;&#5;&#5;} and category letters to some dates.
 *   <li>Runs of whitespace, no-break spaces included, become one space; the ends are trimmed.
 * </ol>
 *
 * <p>A cleaned text longer than {@link #MAX_LENGTH} characters is not a date; its message quotes
 * only its start. Otherwise the rules below are tried in order, and the first that reads the text
 * wins:
 *
 * <ol>
 *   <li><b>ISO-8601</b>: {@code uuuu-MM-dd}, optionally followed by {@code T} or a space and a
 *       time {@code HH:mm[:ss[.fraction]]}, itself optionally followed by an offset ({@code Z},
 *       {@code +03:00}, {@code +0300} or {@code +03}, directly or after a space, or a space and
 *       {@code UTC} or {@code GMT}) and a bracketed region ({@code [Europe/Istanbul]}). A date
 *       alone is midnight.
 *   <li><b>RFC 822 / RFC 1123</b>: {@code [Weekday[,]] d MMM uuuu HH:mm[:ss] [zone]} ({@code Mon,
 *       26 Feb 2018 02:20:10 GMT}). The weekday is ignored, even when it is wrong. Month names are
 *       English whatever the default locale, case-insensitive, and any prefix of three letters or
 *       more of the full name ({@code Feb}, {@code Sept}, {@code February}). The zone is an offset
 *       ({@code +0400}, {@code -05:00}), {@code GMT}, {@code UT}, {@code UTC}, {@code Z}, or one
 *       of the North American zones of RFC 822 ({@code EST}, {@code EDT}, {@code CST}, {@code
 *       CDT}, {@code MST}, {@code MDT}, {@code PST}, {@code PDT}) at its fixed offset.
 *   <li><b>Reuters</b>: {@code d-MMM-uuuu [HH:mm[:ss[.fraction]]]} ({@code 26-FEB-1987
 *       15:01:01.79}), with month names as in the RFC rule.
 *   <li><b>Written month</b>: {@code [weekday[,]] d[.] month uuuu[,] [HH:mm[:ss]]}, with the
 *       month written out in English ({@code 3 December 2025}, as in the RFC rule), Turkish ({@code
 *       3 Aralık 2025 14:05}, {@code 3 ARALIK 2025}) or Arabic ({@code 3 ديسمبر 2025}, and the
 *       Levantine names, {@code 3 كانون الأول 2025}); case, dotted or dotless i and Arabic alef
 *       forms do not matter. The weekday is ignored. No zone: the default zone.
 *   <li><b>Slash date</b>: {@code a/b/uuuu}, with {@code a} and {@code b} of one or two digits.
 *       If {@code a > 12} it is day/month; else if {@code b > 12} it is month/day; when both are at
 *       most 12 it is month/day ({@code M/d/uuuu}, as in FA-KES), unless the parser is day-first,
 *       which makes it day/month ({@code d/M/uuuu}). The time is midnight. The parser is day-first
 *       when built with {@code dayFirst}, or when an extra pattern puts the day before the month
 *       ({@code dd/MM/yyyy HH:mm}, {@code dd.MM.yyyy}) and none puts the month before the day: a
 *       user who says the dates are day-first means the ones without a time too.
 *   <li><b>Extra patterns</b>: the user's {@code --date-format} patterns in the order given, as
 *       {@link DateTimeFormatter} patterns read case-insensitively, with English names and strict
 *       resolution ({@code yyyy} needs no era; a 30th of February is refused). A pattern without a
 *       time gives midnight.
 *   <li><b>Epoch</b>: 9 to 11 digits are seconds since 1970-01-01T00:00Z, 12 to 14 digits are
 *       milliseconds; either may have a decimal fraction ({@code 1712345678.5}). It comes after
 *       the extra patterns so that {@code --date-format yyyyMMddHHmmss} reads {@code
 *       20180301120000} as a date, not as milliseconds; no other rule reads only digits.
 * </ol>
 *
 * <p>A value without an offset or zone is in the default zone (UTC unless configured). Because the
 * built-in rules but the epoch run first, an extra pattern cannot change how a built-in shape other
 * than a run of digits is read, except that a day-first pattern makes the slash rule day-first:
 * {@code --date-format dd/MM/yyyy} reads {@code 4/5/2017} as the 4th of May.
 *
 * <p>A text with the shape of a rule but impossible values ({@code 2018-02-30}, {@code 13/13/2017})
 * is reported as {@code invalid date '...' (reason)}, unless a later rule reads it; a text with no
 * rule's shape is reported as {@code unrecognised date '...'}.
 *
 * <p>Instances are immutable, thread-safe and {@link Serializable}: only the patterns, the zone and
 * the flag are serialized, and the formatters are rebuilt on deserialization.
 */
public final class DateParser implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Texts longer than this, once cleaned, are not dates. */
  public static final int MAX_LENGTH = 100;

  private static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  private static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  private static final char ARABIC_LETTER_MARK = '\u061C';
  private static final char LEFT_TO_RIGHT_MARK = '\u200E';
  private static final char RIGHT_TO_LEFT_MARK = '\u200F';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final Pattern CONTROL_CHARACTER =
      Pattern.compile("[\\x00-\\x08\\x0E-\\x1F]|&#0*(?:[0-8]|1[4-9]|2[0-9]|3[01]);");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** An ISO time ({@code ...T21:05:09}) then a space and an offset, or UTC, GMT or Z. */
  private static final Pattern SPACED_OFFSET =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) ([+-]\\d{2}(?::?\\d{2})?|UTC|GMT|Z)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EPOCH_NUMBER = Pattern.compile("(\\d{9,14})(?:\\.(\\d{1,9}))?");

  private static final DateTimeFormatter ISO_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern RFC_822_DATE =
      Pattern.compile(
          "(?:[a-z]+\\.?,? ?)?(\\d{1,2}) ([a-z]{3,9})\\.? (\\d{4})"
              + " (\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
              + "(?: ?([+-]\\d{2}:?\\d{2}|[a-z]{1,3}))?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern REUTERS_DATE =
      Pattern.compile(
          "(\\d{1,2})-([a-z]{3,9})-(\\d{4})"
              + "(?: (\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** Day, month written out (one or two words), year, optional time; an optional weekday first. */
  private static final Pattern WRITTEN_MONTH_DATE =
      Pattern.compile(
          "(?:\\p{L}+,? )?(\\d{1,2})\\.? (\\p{L}+(?: \\p{L}+)?),? (\\d{4})"
              + "(?:,? (\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?");

  /**
   * Month names of Turkish and Arabic (Egyptian and Gulf usage, then Levantine), as {@link
   * LookupKeys#fold} writes them, to the month's number.
   */
  private static final Map<String, Integer> WRITTEN_MONTHS = writtenMonths();

  private static final String[] MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  /** The zone names of RFC 822, section 5.1, at their fixed offsets. */
  private static final Map<String, ZoneOffset> RFC_822_ZONES =
      Map.ofEntries(
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("ut", ZoneOffset.UTC),
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("z", ZoneOffset.UTC),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)));

  private final List<String> extraPatterns;
  private final ZoneId defaultZone;
  private final boolean dayFirst;
  private final transient List<DateTimeFormatter> extraFormatters;

  /**
   * @param extraPatterns {@link DateTimeFormatter} patterns tried after the built-in rules
   * @param defaultZone the zone of values that carry none
   * @param dayFirst read {@code a/b/uuuu} as day/month when both numbers are at most 12
   * @throws IllegalArgumentException naming the pattern, when a pattern is blank or invalid
   */
  public DateParser(List<String> extraPatterns, ZoneId defaultZone, boolean dayFirst) {
    this.extraPatterns = List.copyOf(Objects.requireNonNull(extraPatterns, "extraPatterns"));
    this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
    this.dayFirst = dayFirst || putsDayFirst(this.extraPatterns);
    this.extraFormatters = compile(this.extraPatterns);
  }

  /**
   * Whether one of {@code patterns} has a day ({@code d}) before its month ({@code M} or {@code
   * L}) and none has a month before its day; letters in quotes are literal text.
   */
  static boolean putsDayFirst(List<String> patterns) {
    boolean dayFirst = false;
    for (String pattern : patterns) {
      int day = -1;
      int month = -1;
      boolean quoted = false;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\'') {
          quoted = !quoted;
        } else if (!quoted && c == 'd' && day < 0) {
          day = i;
        } else if (!quoted && (c == 'M' || c == 'L') && month < 0) {
          month = i;
        }
      }
      if (day >= 0 && month >= 0) {
        if (month < day) {
          return false;
        }
        dayFirst = true;
      }
    }
    return dayFirst;
  }

  /** No extra patterns, UTC, month/day for ambiguous slash dates. */
  public static DateParser defaults() {
    return new DateParser(List.of(), ZoneOffset.UTC, false);
  }

  public List<String> extraPatterns() {
    return extraPatterns;
  }

  public ZoneId defaultZone() {
    return defaultZone;
  }

  public boolean dayFirst() {
    return dayFirst;
  }

  /** Reads {@code text} by the rules in the class doc; never throws. */
  public Result parse(String text) {
    if (text == null) {
      return Result.failed("missing date");
    }
    String cleaned = clean(text);
    if (cleaned.isEmpty()) {
      return Result.failed("empty date");
    }
    if (cleaned.length() > MAX_LENGTH) {
      return Result.failed("unrecognised date '" + excerpt(cleaned) + "'");
    }
    String firstInvalid = null;
    for (Rule rule : Rule.values()) {
      try {
        Instant instant = rule.apply(this, cleaned);
        if (instant != null) {
          return Result.parsed(instant);
        }
      } catch (DateTimeException e) {
        if (firstInvalid == null) {
          firstInvalid = "invalid date '" + cleaned + "' (" + reason(e) + ")";
        }
      }
    }
    return Result.failed(
        firstInvalid != null ? firstInvalid : "unrecognised date '" + cleaned + "'");
  }

  /**
   * The rules of the class doc, in the order they are tried. Each returns null when the text does
   * not have its shape, and throws {@link DateTimeException} when it has the shape but impossible
   * values.
   */
  private enum Rule {
    ISO_8601 {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseIso(text);
      }
    },
    RFC_822 {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseRfc822(text);
      }
    },
    REUTERS {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseReuters(text);
      }
    },
    WRITTEN_MONTH {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseWrittenMonth(text);
      }
    },
    SLASH_DATE {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseSlashDate(text);
      }
    },
    EXTRA_PATTERNS {
      @Override
      Instant apply(DateParser parser, String text) {
        return parser.parseExtraPatterns(text);
      }
    },
    // Last: only digits have its shape, and no other built-in rule reads only digits; so this
    // order differs from epoch first only when the user's pattern reads the digits.
    EPOCH {
      @Override
      Instant apply(DateParser parser, String text) {
        return parseEpoch(text);
      }
    };

    abstract Instant apply(DateParser parser, String text);
  }

  private static Instant parseEpoch(String text) {
    Matcher m = EPOCH_NUMBER.matcher(text);
    if (!m.matches()) {
      return null;
    }
    BigDecimal seconds = new BigDecimal(text);
    if (m.group(1).length() >= 12) {
      seconds = seconds.movePointLeft(3);
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    int nanos =
        seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.DOWN).intValueExact();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  private Instant parseIso(String text) {
    boolean spaceBeforeTime = text.length() > 10 && text.charAt(10) == ' ';
    String iso = spaceBeforeTime ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    // A time followed by " +0300", " UTC", " GMT" or " Z": the space (and the name) go.
    Matcher spaced = SPACED_OFFSET.matcher(iso);
    if (spaced.matches()) {
      iso = spaced.group(1) + (spaced.group(2).chars().allMatch(Character::isLetter) ? "Z" : spaced.group(2));
    }
    return parseWith(ISO_DATE_TIME, iso);
  }

  private Instant parseRfc822(String text) {
    Matcher m = RFC_822_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    LocalDateTime local =
        LocalDateTime.of(
            Integer.parseInt(m.group(3)),
            month(m.group(2)),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    return local.atZone(rfc822Zone(m.group(7))).toInstant();
  }

  private Instant parseReuters(String text) {
    Matcher m = REUTERS_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    LocalDate date =
        LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    return ZonedDateTime.of(date, timeFrom(m, 4), defaultZone).toInstant();
  }

  /**
   * The time in groups {@code hour} (hours; midnight when it did not match), {@code hour + 1}
   * (minutes), {@code hour + 2} (seconds, optional) and, where the pattern has it, {@code hour + 3}
   * (a fraction of a second, optional).
   */
  private static LocalTime timeFrom(Matcher m, int hour) {
    if (m.group(hour) == null) {
      return LocalTime.MIDNIGHT;
    }
    String seconds = m.group(hour + 2);
    String fraction = m.groupCount() >= hour + 3 ? m.group(hour + 3) : null;
    return LocalTime.of(
        Integer.parseInt(m.group(hour)),
        Integer.parseInt(m.group(hour + 1)),
        seconds == null ? 0 : Integer.parseInt(seconds),
        fraction == null ? 0 : fractionToNanos(fraction));
  }

  private Instant parseWrittenMonth(String text) {
    Matcher m = WRITTEN_MONTH_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    Integer month = writtenMonth(m.group(2));
    if (month == null) {
      return null;
    }
    LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    return ZonedDateTime.of(date, timeFrom(m, 4), defaultZone).toInstant();
  }

  /** The month a written name stands for: English (as in the RFC rule), Turkish or Arabic. */
  private static Integer writtenMonth(String name) {
    String key = LookupKeys.fold(name);
    Integer month = WRITTEN_MONTHS.get(key);
    if (month != null || key.length() < 3 || key.indexOf(' ') >= 0) {
      return month;
    }
    for (int i = 0; i < MONTH_NAMES.length; i++) {
      if (MONTH_NAMES[i].startsWith(key)) {
        return i + 1;
      }
    }
    return null;
  }

  private static Map<String, Integer> writtenMonths() {
    String[][] names = {
      {"ocak", "يناير", "كانون الثاني"},
      {"şubat", "فبراير", "شباط"},
      {"mart", "مارس", "آذار"},
      {"nisan", "أبريل", "نيسان"},
      {"mayıs", "مايو", "أيار"},
      {"haziran", "يونيو", "يونيه", "حزيران"},
      {"temmuz", "يوليو", "يوليه", "تموز"},
      {"ağustos", "أغسطس", "آب"},
      {"eylül", "سبتمبر", "أيلول"},
      {"ekim", "أكتوبر", "تشرين الأول"},
      {"kasım", "نوفمبر", "تشرين الثاني"},
      {"aralık", "ديسمبر", "كانون الأول"}
    };
    Map<String, Integer> months = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(LookupKeys.fold(name), i + 1);
      }
    }
    return Map.copyOf(months);
  }

  private Instant parseSlashDate(String text) {
    Matcher m = SLASH_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean readDayFirst = first > 12 || (second <= 12 && dayFirst);
    int day = readDayFirst ? first : second;
    int month = readDayFirst ? second : first;
    LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
    return date.atStartOfDay(defaultZone).toInstant();
  }

  private Instant parseExtraPatterns(String text) {
    DateTimeException firstInvalid = null;
    for (DateTimeFormatter formatter : extraFormatters) {
      try {
        Instant instant = parseWith(formatter, text);
        if (instant != null) {
          return instant;
        }
      } catch (DateTimeException e) {
        if (firstInvalid == null) {
          firstInvalid = e;
        }
      }
    }
    if (firstInvalid != null) {
      throw firstInvalid;
    }
    return null;
  }

  /**
   * Parses with a formatter. A text the formatter cannot even read gives null; one it reads but
   * cannot resolve to a date (a 30th of February) throws.
   */
  private Instant parseWith(DateTimeFormatter formatter, String text) {
    TemporalAccessor parsed;
    try {
      parsed = formatter.parse(text);
    } catch (DateTimeParseException e) {
      if (e.getCause() instanceof DateTimeException cause) {
        throw cause;
      }
      return null;
    }
    if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
      return Instant.from(parsed);
    }
    LocalDate date = parsed.query(TemporalQueries.localDate());
    if (date == null) {
      throw new DateTimeException("the pattern gives no full date");
    }
    LocalTime time = parsed.query(TemporalQueries.localTime());
    ZoneId zone = parsed.query(TemporalQueries.zone());
    return ZonedDateTime.of(
            date, time == null ? LocalTime.MIDNIGHT : time, zone == null ? defaultZone : zone)
        .toInstant();
  }

  private static int month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTH_NAMES.length; i++) {
      if (MONTH_NAMES[i].startsWith(lower)) {
        return i + 1;
      }
    }
    throw new DateTimeException("unknown month '" + name + "'");
  }

  private ZoneId rfc822Zone(String zone) {
    if (zone == null) {
      return defaultZone;
    }
    char sign = zone.charAt(0);
    if (sign == '+' || sign == '-') {
      boolean withoutColon = zone.length() == 5;
      return ZoneOffset.of(withoutColon ? zone.substring(0, 3) + ':' + zone.substring(3) : zone);
    }
    ZoneOffset named = RFC_822_ZONES.get(zone.toLowerCase(Locale.ROOT));
    if (named == null) {
      throw new DateTimeException("unknown time zone '" + zone + "'");
    }
    return named;
  }

  /** {@code "79"} (hundredths, as Reuters writes them) is 790,000,000 nanoseconds. */
  private static int fractionToNanos(String digits) {
    return Integer.parseInt((digits + "000000000").substring(0, 9));
  }

  /** Applies the cleaning steps of the class doc. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH * 2));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
        out.append((char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO)));
      } else if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
        out.append((char) ('0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO)));
      } else if (c == ARABIC_COMMA) {
        out.append(',');
      } else if (c == ARABIC_DECIMAL_SEPARATOR) {
        out.append('.');
      } else if (c != ARABIC_LETTER_MARK
          && c != LEFT_TO_RIGHT_MARK
          && c != RIGHT_TO_LEFT_MARK
          && c != BYTE_ORDER_MARK) {
        out.append(c);
      }
    }
    Matcher control = CONTROL_CHARACTER.matcher(out);
    if (control.find()) {
      out.setLength(control.start());
    }
    return WHITESPACE.matcher(out).replaceAll(" ").strip();
  }

  /** The start of an over-long text, for a message, without splitting a surrogate pair. */
  private static String excerpt(String text) {
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  private static String reason(DateTimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static List<DateTimeFormatter> compile(List<String> patterns) {
    List<DateTimeFormatter> formatters = new ArrayList<>(patterns.size());
    for (String pattern : patterns) {
      if (pattern == null || pattern.isBlank()) {
        throw new IllegalArgumentException("invalid date format '" + pattern + "': it is blank");
      }
      try {
        formatters.add(
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                // Lets "yyyy" (year of era) resolve strictly without an era in the pattern.
                .parseDefaulting(ChronoField.ERA, IsoEra.CE.getValue())
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid date format '" + pattern + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(formatters);
  }

  /** Rebuilds the transient formatters (and re-validates) after deserialization. */
  private Object readResolve() {
    return new DateParser(extraPatterns, defaultZone, dayFirst);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateParser other
        && extraPatterns.equals(other.extraPatterns)
        && defaultZone.equals(other.defaultZone)
        && dayFirst == other.dayFirst;
  }

  @Override
  public int hashCode() {
    return Objects.hash(extraPatterns, defaultZone, dayFirst);
  }

  @Override
  public String toString() {
    return "DateParser[extraPatterns=" + extraPatterns + ", defaultZone=" + defaultZone
        + ", dayFirst=" + dayFirst + "]";
  }

  /** The outcome of {@link #parse}: an instant, or the reason there is none. */
  public static final class Result implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant instant;
    private final String error;

    private Result(Instant instant, String error) {
      this.instant = instant;
      this.error = error;
    }

    static Result parsed(Instant instant) {
      return new Result(Objects.requireNonNull(instant, "instant"), null);
    }

    static Result failed(String error) {
      return new Result(null, Objects.requireNonNull(error, "error"));
    }

    public boolean isParsed() {
      return instant != null;
    }

    /** The instant; empty when the text could not be read. */
    public Optional<Instant> instant() {
      return Optional.ofNullable(instant);
    }

    /** Why the text could not be read; null when {@link #isParsed()}. */
    public String error() {
      return error;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result other
          && Objects.equals(instant, other.instant)
          && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
      return Objects.hash(instant, error);
    }

    @Override
    public String toString() {
      return isParsed() ? "Result[" + instant + "]" : "Result[" + error + "]";
    }
  }
}
