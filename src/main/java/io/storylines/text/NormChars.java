package io.storylines.text;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * The text between two normalization steps, with the offset map back to the original.
 *
 * <p>Each char {@code i} came from the original range {@code [startOf(i), endOf(i))}. Starts and
 * ends never decrease from one char to the next, so a span {@code [s, e)} of these chars came from
 * {@code [startOf(s), endOf(e - 1))}. A step that reads a {@code NormChars} and writes another
 * looks its input's ranges up as it writes, so the output maps straight to the original, however
 * many steps there were. Null maps stand for the identity map of the original text itself.
 */
final class NormChars implements CharSequence {

  static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private final char[] chars;
  private final int length;
  private final int[] starts;
  private final int[] ends;

  private NormChars(char[] chars, int length, int[] starts, int[] ends) {
    this.chars = chars;
    this.length = length;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The original text itself, char {@code i} from {@code [i, i + 1)}, except that each lone
   * surrogate is replaced with U+FFFD: done first, so that no later step can pair two of them.
   */
  static NormChars of(String original) {
    char[] chars = original.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isHighSurrogate(chars[i])
          && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(chars[i])) {
        chars[i] = REPLACEMENT_CHARACTER;
      }
    }
    return new NormChars(chars, chars.length, null, null);
  }

  /** The chars; only the first {@link #length()} are in use, and callers must not change them. */
  char[] array() {
    return chars;
  }

  int startOf(int index) {
    return starts == null ? index : starts[index];
  }

  int endOf(int index) {
    return ends == null ? index + 1 : ends[index];
  }

  /** The starts of all chars, a new array of {@link #length()} elements. */
  int[] startsCopy() {
    if (starts == null) {
      int[] identity = new int[length];
      Arrays.setAll(identity, i -> i);
      return identity;
    }
    return Arrays.copyOf(starts, length);
  }

  /** The ends of all chars, a new array of {@link #length()} elements. */
  int[] endsCopy() {
    if (ends == null) {
      int[] identity = new int[length];
      Arrays.setAll(identity, i -> i + 1);
      return identity;
    }
    return Arrays.copyOf(ends, length);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** Builds a {@code NormChars} one char at a time, each with its original range. */
  static final class Builder {

    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;

    Builder(int expectedLength) {
      int capacity = Math.max(16, expectedLength);
      chars = new char[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
    }

    int length() {
      return length;
    }

    /** The last code point appended; -1 when nothing was. */
    int lastCodePoint() {
      return length == 0 ? -1 : Character.codePointBefore(chars, length);
    }

    void append(char c, int start, int end) {
      if (length == chars.length) {
        grow();
      }
      chars[length] = c;
      starts[length] = start;
      ends[length] = end;
      length++;
    }

    void appendCodePoint(int codePoint, int start, int end) {
      if (Character.isBmpCodePoint(codePoint)) {
        append((char) codePoint, start, end);
      } else {
        append(Character.highSurrogate(codePoint), start, end);
        append(Character.lowSurrogate(codePoint), start, end);
      }
    }

    /** Appends chars {@code [from, to)} of {@code source} with their own ranges. */
    void appendAll(NormChars source, int from, int to) {
      for (int i = from; i < to; i++) {
        append(source.chars[i], source.startOf(i), source.endOf(i));
      }
    }

    /** The chars appended since {@code from}, as a sequence that shares this builder's array. */
    CharSequence since(int from) {
      return CharBuffer.wrap(chars, from, length - from);
    }

    /** The chars so far; the builder must not be used after this. */
    NormChars build() {
      return new NormChars(chars, length, starts, ends);
    }

    private void grow() {
      int capacity = chars.length + (chars.length >> 1) + 16;
      chars = Arrays.copyOf(chars, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
  }
}
