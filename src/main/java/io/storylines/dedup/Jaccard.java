package io.storylines.dedup;

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sets given as sorted arrays of distinct values. */
public final class Jaccard {
  private Jaccard() {}

  /** 1 for two empty sets, which are the same set. */
  public static double of(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
