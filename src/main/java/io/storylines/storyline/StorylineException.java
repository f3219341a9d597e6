package io.storylines.storyline;

import java.util.List;

/**
 * A storyline definition that cannot be used: bad JSON, an unknown or missing key, a value of the
 * wrong type, an entity the gazetteer does not know, a storyline id used twice, an unreadable file.
 * Thrown at start-up, before any article is read.
 *
 * <p>Every problem names its file, line and key ({@code "unknown key 'framez' at mine.json line
 * 12"}). {@link #problems()} lists them all; the message is one line: the first problem, and how
 * many more there are.
 */
public final class StorylineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public StorylineException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public StorylineException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /** Every problem found, in file order. Never empty. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a storyline exception needs at least one problem");
    }
    int more = problems.size() - 1;
    return problems.get(0) + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
  }
}
