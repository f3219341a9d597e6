package io.storylines.run;

/** A stage of the job failed; the message names the stage, the cause says why. */
public final class StageFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stage;

  public StageFailedException(String stage, Throwable cause) {
    this(stage, cause, false);
  }

  /**
   * @param interrupted the JVM was shutting down (Ctrl-C or a signal), which is then the message:
   *     the cause is what Spark threw as it was stopped
   */
  public StageFailedException(String stage, Throwable cause, boolean interrupted) {
    super(
        interrupted
            ? "stage '" + stage + "' interrupted: the job was stopped (Ctrl-C or a signal) and"
                + " published nothing; the tables in --output are those of the last run"
            : "stage '" + stage + "' failed: " + describe(cause),
        cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (root != cause && root.getMessage() != null && !message.contains(root.getMessage())) {
      message += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return message;
  }
}
