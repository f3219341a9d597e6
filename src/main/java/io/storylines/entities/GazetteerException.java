package io.storylines.entities;

import java.util.List;

/**
 * A gazetteer that cannot be used: bad JSON, an unknown key or type, a missing key, an alias that
 * two entities share, an unreadable file. Thrown at start-up, before any article is read.
 *
 * <p>Every problem names its file and line ({@code "unknown key 'alias' at syria-us.jsonl line
 * 12"}); a problem between two entities names both. {@link #problems()} lists them all, so one run
 * reports every mistake in a file, not only the first; the message is one line: the one problem, or
 * a count followed by up to {@value #MESSAGE_LIMIT} problems separated by semicolons.
 */
public final class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  static final int MESSAGE_LIMIT = 10;

  private final List<String> problems;

  /** A failure with one or more problems found in the gazetteer named {@code sourceName}. */
  GazetteerException(String sourceName, List<String> problems) {
    super(message(sourceName, problems));
    this.problems = List.copyOf(problems);
  }

  /** A failure with one problem that is no rule's, such as a missing resource. */
  GazetteerException(String message) {
    super(message);
    this.problems = List.of(message);
  }

  /** A failure to read the gazetteer at all; {@code cause} is kept. */
  GazetteerException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of(message);
  }

  /** Every problem found, each naming its file and line. Never empty. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String sourceName, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a gazetteer exception needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    StringBuilder message =
        new StringBuilder()
            .append(problems.size())
            .append(" problems in gazetteer ")
            .append(sourceName)
            .append(": ");
    message.append(String.join("; ", problems.subList(0, Math.min(MESSAGE_LIMIT, problems.size()))));
    if (problems.size() > MESSAGE_LIMIT) {
      message.append("; and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
    }
    return message.toString();
  }
}
