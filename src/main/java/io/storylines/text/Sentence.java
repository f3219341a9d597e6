package io.storylines.text;

/**
 * A sentence as a span of the text it was found in: {@code start} inclusive, {@code end} exclusive,
 * both UTF-16 offsets into that text, so {@code text(source)} is exactly {@code
 * source.substring(start, end)}. A span is never empty.
 */
public record Sentence(int start, int end) {

  /**
   * @throws IllegalArgumentException unless {@code 0 <= start < end}
   */
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a sentence needs 0 <= start < end, was start=" + start + ", end=" + end);
    }
  }

  /** The sentence's characters in {@code source}, the text it was split from. */
  public String text(String source) {
    return source.substring(start, end);
  }

  /** The number of UTF-16 characters in the span. */
  public int length() {
    return end - start;
  }
}
