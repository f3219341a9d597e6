package io.storylines.ingest.format;

/**
 * Picks a CSV file's delimiter from its header line.
 *
 * <p>Rules: each candidate ({@code ,} {@code ;} TAB {@code |}, in that order) is counted where it
 * stands outside quotes; the most frequent one wins, an earlier candidate winning a tie; with none
 * present the delimiter is {@code ,}. A quote opens only at the start of a field (the start of the
 * line, or just after any candidate) and {@code ""} inside quotes is an escaped quote, as in {@link
 * CsvRowSplitter}.
 */
final class CsvDelimiters {

  /** The candidates, in order of preference. */
  static final String CANDIDATES = ",;\t|";

  static final char DEFAULT = ',';

  private CsvDelimiters() {}

  static char detect(String headerLine) {
    int[] counts = new int[CANDIDATES.length()];
    boolean inQuotes = false;
    boolean fieldStart = true;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (inQuotes) {
        if (c == CsvRowSplitter.QUOTE) {
          if (i + 1 < headerLine.length() && headerLine.charAt(i + 1) == CsvRowSplitter.QUOTE) {
            i++;
          } else {
            inQuotes = false;
          }
        }
        continue;
      }
      int candidate = CANDIDATES.indexOf(c);
      if (candidate >= 0) {
        counts[candidate]++;
        fieldStart = true;
      } else {
        inQuotes = c == CsvRowSplitter.QUOTE && fieldStart;
        fieldStart = false;
      }
    }
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
      }
    }
    return best < 0 ? DEFAULT : CANDIDATES.charAt(best);
  }
}
