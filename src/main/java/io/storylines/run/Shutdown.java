package io.storylines.run;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this JVM has begun to shut down (Ctrl-C, SIGTERM, {@code System.exit}). Spark's own
 * shutdown hook then stops the SparkContext under the running stage, which fails with whatever
 * Spark throws (a {@code NullPointerException} from a stopped scheduler); a run that knows the
 * JVM is going down reports that instead.
 */
public final class Shutdown {

  private static final AtomicBoolean WATCHING = new AtomicBoolean();
  private static volatile boolean begun;

  private Shutdown() {}

  /** Installs the hook that notes the shutdown; once per JVM, later calls do nothing. */
  public static void watch() {
    if (WATCHING.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> begun = true, "storylines-shutdown"));
    }
  }

  /** Whether the JVM's shutdown has begun (only known after {@link #watch}). */
  public static boolean begun() {
    return begun;
  }
}
