package io.storylines.text;

import java.util.Objects;

/**
 * A normalized text with the map from its offsets back to the original text it came from.
 *
 * <p>Vocabulary: the <em>original</em> is the text given to {@link TextNormalizer}, typically an
 * article's {@code body}; the <em>text</em> is the normalized result. Each char of the text came
 * from a range of the original: its own char, the whole segment that NFKC normalized together (a
 * letter with its combining marks and removed tashkeel; {@code ﬁ} for both chars of {@code fi}),
 * the whole character reference ({@code &amp;} for {@code &}), or the whole tag that left a line
 * break. Removed characters (controls, tatweel, tags) map to nothing, but a span that covers both
 * sides of them covers them too.
 *
 * <p>The map is two int arrays, one start and one end per char; both never decrease along the text.
 * Immutable and thread-safe.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, NormChars normalized) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = normalized.toString();
    this.starts = normalized.startsCopy();
    this.ends = normalized.endsCopy();
  }

  /** The text that was normalized. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /**
   * Where in the original the normalized span starting at {@code normIndex} starts: for a span
   * {@code [s, e)} with {@code s < e}, {@code original().substring(originalStart(s),
   * originalEnd(e))} is the smallest original text that produced it. {@code normIndex} may be
   * {@code text().length()}, which maps to the end of the last char's range (0 for empty text).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= normIndex <= text().length()}
   */
  public int originalStart(int normIndex) {
    Objects.checkIndex(normIndex, text.length() + 1);
    if (normIndex < text.length()) {
      return starts[normIndex];
    }
    return text.isEmpty() ? 0 : ends[text.length() - 1];
  }

  /**
   * Where in the original the normalized span ending (exclusive) at {@code normEndExclusive} ends;
   * see {@link #originalStart(int)}. 0 maps to the start of the first char's range (0 for empty
   * text).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= normEndExclusive <= text().length()}
   */
  public int originalEnd(int normEndExclusive) {
    Objects.checkIndex(normEndExclusive, text.length() + 1);
    if (normEndExclusive > 0) {
      return ends[normEndExclusive - 1];
    }
    return text.isEmpty() ? 0 : starts[0];
  }

  /**
   * The original surface text of the normalized span {@code [start, end)}: {@code
   * original().substring(originalStart(start), originalEnd(end))}, or empty for an empty span.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
   */
  public String surface(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return start == end ? "" : original.substring(originalStart(start), originalEnd(end));
  }

  @Override
  public String toString() {
    return text;
  }
}
