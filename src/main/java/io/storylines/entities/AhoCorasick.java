package io.storylines.entities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over a fixed list of keys: one left-to-right pass over a text reports
 * every occurrence of every key, overlapping ones included, in time linear in the length of the
 * text plus the number of occurrences, allocating nothing per char.
 *
 * <p>Vocabulary: a <em>key</em> is a non-empty string, identified by its index in the list given to
 * {@link #build(List)}; a key may appear more than once, and each copy is reported. A
 * <em>state</em> is a node of the trie of the keys, numbered in breadth-first order with the root
 * 0. Its <em>failure link</em> is the state of the longest proper suffix of its path that is also a
 * path in the trie; its <em>output link</em> is the nearest state along the failure links at which
 * a key ends.
 *
 * <p>Layout: the transitions of all states are in two flat arrays (a compressed sparse row per
 * state), labels sorted so that a transition is a binary search. The alphabet (Arabic and Latin
 * letters, digits, punctuation) is too large for a dense table per state; the root, where the scan
 * spends most of its time, also has a dense table for chars below {@link #ROOT_TABLE_SIZE} (Latin,
 * Greek, Cyrillic, Hebrew and Arabic).
 *
 * <p>Immutable and thread-safe once built.
 */
final class AhoCorasick {

  /** Receives the occurrences of keys found by {@link #scan}. */
  @FunctionalInterface
  interface Hits {
    /** Key {@code key} occurs in the text ending (exclusive) at {@code end}. */
    void hit(int key, int end);
  }

  /** Chars below this have a dense transition table at the root. */
  static final int ROOT_TABLE_SIZE = 0x0800;

  private static final int ROOT = 0;
  private static final int NONE = -1;

  private final int[] edgeStart;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] rootTable;
  private final int[] fail;
  private final int[] outputLink;
  private final int[] outputStart;
  private final int[] outputKeys;
  private final int keyCount;

  private AhoCorasick(
      int[] edgeStart,
      char[] edgeChars,
      int[] edgeTargets,
      int[] rootTable,
      int[] fail,
      int[] outputLink,
      int[] outputStart,
      int[] outputKeys,
      int keyCount) {
    this.edgeStart = edgeStart;
    this.edgeChars = edgeChars;
    this.edgeTargets = edgeTargets;
    this.rootTable = rootTable;
    this.fail = fail;
    this.outputLink = outputLink;
    this.outputStart = outputStart;
    this.outputKeys = outputKeys;
    this.keyCount = keyCount;
  }

  /**
   * The automaton of {@code keys}.
   *
   * @throws IllegalArgumentException if a key is empty
   */
  static AhoCorasick build(List<String> keys) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(new TreeMap<>());
    ends.add(new ArrayList<>());
    for (int key = 0; key < keys.size(); key++) {
      String text = keys.get(key);
      if (text.isEmpty()) {
        throw new IllegalArgumentException("key " + key + " is empty");
      }
      int node = ROOT;
      for (int i = 0; i < text.length(); i++) {
        Integer next = children.get(node).get(text.charAt(i));
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          ends.add(new ArrayList<>());
          children.get(node).put(text.charAt(i), next);
        }
        node = next;
      }
      ends.get(node).add(key);
    }
    return flatten(children, ends, keys.size());
  }

  /**
   * Renumbers the trie breadth-first, lays its transitions out flat, and links each state to its
   * failure and output states. Breadth-first order matters: a state's failure state is shallower,
   * so it is complete when the state is reached.
   */
  private static AhoCorasick flatten(
      List<Map<Character, Integer>> children, List<List<Integer>> ends, int keyCount) {
    int stateCount = children.size();
    int[] order = new int[stateCount];
    int[] rank = new int[stateCount];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(ROOT);
    int ranked = 0;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      order[ranked] = node;
      rank[node] = ranked++;
      queue.addAll(children.get(node).values());
    }

    int edgeCount = 0;
    for (Map<Character, Integer> map : children) {
      edgeCount += map.size();
    }
    int[] edgeStart = new int[stateCount + 1];
    char[] edgeChars = new char[edgeCount];
    int[] edgeTargets = new int[edgeCount];
    int[] outputStart = new int[stateCount + 1];
    List<Integer> outputs = new ArrayList<>();
    int edge = 0;
    for (int state = 0; state < stateCount; state++) {
      int node = order[state];
      edgeStart[state] = edge;
      for (Map.Entry<Character, Integer> child : children.get(node).entrySet()) {
        edgeChars[edge] = child.getKey();
        edgeTargets[edge] = rank[child.getValue()];
        edge++;
      }
      outputStart[state] = outputs.size();
      outputs.addAll(ends.get(node));
    }
    edgeStart[stateCount] = edge;
    outputStart[stateCount] = outputs.size();
    int[] outputKeys = outputs.stream().mapToInt(Integer::intValue).toArray();

    int[] rootTable = new int[ROOT_TABLE_SIZE];
    Arrays.fill(rootTable, NONE);
    for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
      if (edgeChars[e] < ROOT_TABLE_SIZE) {
        rootTable[edgeChars[e]] = edgeTargets[e];
      }
    }

    AhoCorasick automaton =
        new AhoCorasick(
            edgeStart,
            edgeChars,
            edgeTargets,
            rootTable,
            new int[stateCount],
            new int[stateCount],
            outputStart,
            outputKeys,
            keyCount);
    automaton.link();
    return automaton;
  }

  /** Fills the failure and output links, states in breadth-first order. */
  private void link() {
    fail[ROOT] = ROOT;
    outputLink[ROOT] = NONE;
    for (int state = 0; state < fail.length; state++) {
      for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
        int child = edgeTargets[e];
        int suffix = ROOT;
        if (state != ROOT) {
          int candidate = fail[state];
          int next;
          while ((next = transition(candidate, edgeChars[e])) == NONE && candidate != ROOT) {
            candidate = fail[candidate];
          }
          suffix = next == NONE ? ROOT : next;
        }
        fail[child] = suffix;
        outputLink[child] = hasOutput(suffix) ? suffix : outputLink[suffix];
      }
    }
  }

  /** The number of keys the automaton was built from. */
  int keyCount() {
    return keyCount;
  }

  /** The number of states, the root included. */
  int stateCount() {
    return fail.length;
  }

  /** Reports every occurrence of every key in {@code text}, in order of their end. */
  void scan(CharSequence text, Hits hits) {
    int state = ROOT;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int next;
      while ((next = transition(state, c)) == NONE && state != ROOT) {
        state = fail[state];
      }
      state = next == NONE ? ROOT : next;
      for (int out = hasOutput(state) ? state : outputLink[state];
          out != NONE;
          out = outputLink[out]) {
        for (int k = outputStart[out]; k < outputStart[out + 1]; k++) {
          hits.hit(outputKeys[k], i + 1);
        }
      }
    }
  }

  private boolean hasOutput(int state) {
    return outputStart[state] < outputStart[state + 1];
  }

  private int transition(int state, char c) {
    if (state == ROOT && c < ROOT_TABLE_SIZE) {
      return rootTable[c];
    }
    int low = edgeStart[state];
    int high = edgeStart[state + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char label = edgeChars[mid];
      if (label < c) {
        low = mid + 1;
      } else if (label > c) {
        high = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return NONE;
  }
}
