package io.storylines.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The invariant that nothing is lost: for every input file, records read = articles accepted +
 * records rejected, where "read" is counted as the readers produced records and "accepted" and
 * "rejected" are counted in the tables as written. {@link #check()} lists every file where it fails.
 */
public final class RecordAccounting {
  private final Map<String, Long> read;
  private final Map<String, Long> accepted;
  private final Map<String, Long> rejected;

  public RecordAccounting(
      Map<String, Long> read, Map<String, Long> accepted, Map<String, Long> rejected) {
    this.read = Map.copyOf(read);
    this.accepted = Map.copyOf(accepted);
    this.rejected = Map.copyOf(rejected);
  }

  public long read(String file) {
    return read.getOrDefault(file, 0L);
  }

  public long accepted(String file) {
    return accepted.getOrDefault(file, 0L);
  }

  public long rejected(String file) {
    return rejected.getOrDefault(file, 0L);
  }

  /** Human-readable mismatches, one per file, in file order; empty when the invariant holds. */
  public List<String> mismatches() {
    TreeSet<String> files = new TreeSet<>(read.keySet());
    files.addAll(accepted.keySet());
    files.addAll(rejected.keySet());
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      long r = read(file);
      long a = accepted(file);
      long j = rejected(file);
      if (r != a + j) {
        problems.add(file + ": read " + r + " != accepted " + a + " + rejected " + j);
      }
    }
    return problems;
  }

  /** @throws IllegalStateException listing up to ten mismatching files */
  public void check() {
    List<String> problems = mismatches();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "records were lost or invented: " + problems.size() + " file(s) do not add up: "
              + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
    }
  }
}
