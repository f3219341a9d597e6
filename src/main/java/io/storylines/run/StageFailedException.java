package io.storylines.run;

/** A stage of the job failed; the message names the stage, the cause says why. */
public final class StageFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stage;

  public StageFailedException(String stage, Throwable cause) {
    super("stage '" + stage + "' failed: " + describe(cause), cause);
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
