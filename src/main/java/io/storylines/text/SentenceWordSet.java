package io.storylines.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An immutable set of words that answers "is {@code text[start, end)} one of the words?" without
 * building a string: the splitter asks it at every candidate sentence end. Matching is exact
 * (case-sensitive). Open addressing over a power-of-two table, hashed like {@link String#hashCode}.
 */
final class SentenceWordSet {

  /** Longer regions are never looked up, so no word may be longer. */
  static final int MAX_WORD_LENGTH = 24;

  private static final SentenceWordSet EMPTY = new SentenceWordSet(new LinkedHashSet<>());

  private final String[] table;
  private final Set<String> words;

  private SentenceWordSet(Set<String> words) {
    this.words = Set.copyOf(words);
    this.table = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4) * 2];
    int mask = table.length - 1;
    for (String word : words) {
      int slot = spread(word.hashCode()) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = word;
    }
  }

  /** The empty set. */
  static SentenceWordSet none() {
    return EMPTY;
  }

  /** The set of the space-separated words in {@code words}. */
  static SentenceWordSet of(String words) {
    return ofWords(words.isBlank() ? new String[0] : words.strip().split("\\s+"));
  }

  /** The union of the words of the given sets. */
  static SentenceWordSet union(SentenceWordSet... sets) {
    Set<String> all = new LinkedHashSet<>();
    for (SentenceWordSet set : sets) {
      all.addAll(set.words);
    }
    return new SentenceWordSet(all);
  }

  private static SentenceWordSet ofWords(String[] words) {
    Set<String> all = new LinkedHashSet<>(Arrays.asList(words));
    for (String word : all) {
      if (word.length() > MAX_WORD_LENGTH) {
        throw new IllegalArgumentException(
            "word longer than " + MAX_WORD_LENGTH + " characters: " + word);
      }
    }
    return all.isEmpty() ? EMPTY : new SentenceWordSet(all);
  }

  /** Whether {@code text[start, end)} is one of the words. */
  boolean contains(String text, int start, int end) {
    int length = end - start;
    if (words.isEmpty() || length <= 0 || length > MAX_WORD_LENGTH) {
      return false;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String word = table[slot];
      if (word.length() == length && text.regionMatches(start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The words, for tests. */
  Set<String> words() {
    return words;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
