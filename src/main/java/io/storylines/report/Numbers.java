package io.storylines.report;

import java.util.Locale;

/** How the report writes numbers: the same digits and separators whatever the machine's locale. */
final class Numbers {
  /** What a missing or undefined measure shows as. */
  static final String UNDEFINED = "\u2013";

  private Numbers() {}

  /** {@code 12,345}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 0.41} with {@code digits} decimals, or {@link #UNDEFINED} for NaN and infinities. */
  static String decimal(double x, int digits) {
    if (!Double.isFinite(x)) {
      return UNDEFINED;
    }
    String s = String.format(Locale.ROOT, "%." + digits + "f", x);
    // -0.00 is 0.00 for a reader.
    return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
  }

  /** An SVG coordinate: one decimal, enough for a screen and the same bytes on every run. */
  static String coordinate(double x) {
    return decimal(x, 1);
  }
}
