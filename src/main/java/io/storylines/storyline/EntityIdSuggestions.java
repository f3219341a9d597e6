package io.storylines.storyline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gazetteer's entity ids a mistyped or shortened id may have meant, for a definition's error
 * message: ids that have it as one of their {@code _}-separated words ({@code erdogan} for {@code
 * recep_tayyip_erdogan}), or as all of their words in order, and, for an id of 5 chars or more,
 * ids within a small edit distance of it (a typo: {@code syira} for {@code syria}).
 */
final class EntityIdSuggestions {
  /** At most this many suggestions. */
  static final int MAX = 3;

  private EntityIdSuggestions() {}

  /** Up to {@link #MAX} ids of {@code known}, the closest first, then by id; empty when none is close. */
  static List<String> of(String unknown, Set<String> known) {
    String wanted = unknown.toLowerCase(Locale.ROOT);
    List<String> words = Arrays.asList(wanted.split("_"));
    // A typo in a short id is another id (akp, afp): short ids are suggested by their words only.
    int maxEdits = wanted.length() < 5 ? 0 : Math.max(1, wanted.length() / 4);
    record Candidate(String id, int distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (String id : known) {
      List<String> idWords = Arrays.asList(id.split("_"));
      int distance = editDistance(wanted, id, maxEdits);
      if (distance <= maxEdits) {
        candidates.add(new Candidate(id, distance));
      } else if (!wanted.isEmpty() && (idWords.contains(wanted) || containsInOrder(idWords, words))) {
        candidates.add(new Candidate(id, maxEdits + 1));
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
        .limit(MAX)
        .map(Candidate::id)
        .toList();
  }

  /**
   * The edit distance of {@code a} and {@code b} (insertions, deletions, substitutions and swaps of
   * two neighbouring chars, each 1: the optimal string alignment distance), or {@code limit + 1}
   * once it exceeds {@code limit}.
   */
  static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = d[i][0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        rowMin = Math.min(rowMin, d[i][j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }

  /** Whether {@code words} (two or more) appear in {@code sequence} in order, with gaps allowed. */
  private static boolean containsInOrder(List<String> sequence, List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    int at = 0;
    for (String word : sequence) {
      if (at < words.size() && word.equals(words.get(at))) {
        at++;
      }
    }
    return at == words.size();
  }
}
