package io.storylines.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Prints what a run is doing, for a person at a terminal: one line per finished stage with its
 * counts and seconds, and a closing summary. Goes to standard error so that standard output stays
 * free for data; quiet runs print nothing.
 */
public final class Progress {
  private final PrintStream out;

  public Progress(PrintStream out) {
    this.out = out;
  }

  public static Progress toStderr() {
    return new Progress(System.err);
  }

  public static Progress quiet() {
    return new Progress(null);
  }

  public void stage(StageRecord stage) {
    if (out == null) {
      return;
    }
    StringJoiner counts = new StringJoiner(", ");
    stage.counts().forEach((name, value) -> counts.add(count(value, name)));
    // The seconds before the counts, whose length varies, so that they line up.
    out.printf(
        Locale.ROOT, "storylines: %-12s %7.1f s  %s%n", stage.name(), stage.seconds(), counts);
    out.flush();
  }

  /**
   * {@code value} and the thing counted, in the singular when the value is 1. Count names are
   * plural English: the noun made singular is the first word of a name with "of" or "with" in it
   * ("clusters of copies", "articles with mentions"), otherwise the last word that ends in s
   * ("duplicate ids", "languages skipped"); a name without one ("read", "skipped") stays as it is.
   */
  static String count(long value, String name) {
    String text = number(value) + " ";
    if (value != 1) {
      return text + name;
    }
    String[] words = name.split(" ");
    int noun = -1;
    if (name.contains(" of ") || name.contains(" with ")) {
      noun = 0;
    } else {
      for (int i = words.length - 1; i >= 0 && noun < 0; i--) {
        if (words[i].length() > 1 && words[i].endsWith("s")) {
          noun = i;
        }
      }
    }
    if (noun >= 0) {
      words[noun] = singular(words[noun]);
    }
    return text + String.join(" ", words);
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("ses")) {
      return plural.substring(0, plural.length() - 2);
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  public void line(String text) {
    if (out != null) {
      out.println("storylines: " + text);
      out.flush();
    }
  }

  /** The closing summary: read, accepted, rejected by reason, and the tables written. */
  public void summary(RunResult result) {
    if (out == null) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "storylines: run %s %s in %.1f s: %s records read, %s articles accepted, %s rejected%n",
        result.runId(),
        result.succeeded() ? "succeeded" : "failed",
        result.seconds(),
        number(result.recordsRead()),
        number(result.articlesAccepted()),
        number(result.recordsRejected()));
    if (!result.rejectedByReason().isEmpty()) {
      StringJoiner reasons = new StringJoiner(", ");
      result.rejectedByReason().forEach((reason, n) -> reasons.add(reason + " " + number(n)));
      out.println("storylines:   rejected by reason: " + reasons);
    }
    List<String> skipped = result.skippedFiles();
    if (!skipped.isEmpty()) {
      out.println(
          "storylines:   not read: "
              + number(skipped.size())
              + (skipped.size() == 1 ? " file" : " files")
              + " hidden (a name starting with _ or .) or not of an input format ("
              + String.join(", ", skipped.subList(0, Math.min(3, skipped.size())))
              + (skipped.size() > 3 ? ", ..." : "")
              + "); all are in "
              + result.manifestPath()
              + " under skipped_files");
    }
    List<String> unreadable = result.unreadableFiles();
    for (String file : unreadable.subList(0, Math.min(10, unreadable.size()))) {
      out.println("storylines:   unreadable file (counted in rejects): " + file);
    }
    if (unreadable.size() > 10) {
      out.println("storylines:   ... and " + (unreadable.size() - 10) + " more unreadable files");
    }
    for (Map.Entry<String, Long> table : result.tableRows().entrySet()) {
      out.printf(
          Locale.ROOT,
          "storylines:   table %-18s %10s %-4s  %s%n",
          table.getKey(),
          number(table.getValue()),
          table.getValue() == 1 ? "row" : "rows",
          result.tablePaths().get(table.getKey()));
    }
    if (result.recordsRejected() > 0 && result.tablePaths().containsKey("rejects")) {
      out.println("storylines:   see why records were rejected in " + result.tablePaths().get("rejects"));
    }
    out.flush();
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
