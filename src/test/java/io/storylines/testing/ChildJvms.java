package io.storylines.testing;

import java.util.Map;

/**
 * JVM options for the short-lived JVMs the integration tests start: {@code jobs/storylines} runs,
 * and the driver and executors of {@code jobs/local-cluster.sh}. They come from the {@code
 * storylines.test.jvm} property, which the build sets from {@code test.jvm.options} in pom.xml, the
 * one place that lists them. They only make the tests' JVMs cheaper to start (the JIT compiler),
 * never change what the job does.
 */
public final class ChildJvms {
  private ChildJvms() {}

  /** The options, or an empty string. */
  public static String options() {
    return System.getProperty("storylines.test.jvm", "").strip();
  }

  /**
   * Adds the options to the environment variables the project's scripts read JVM options from:
   * {@code STORYLINES_JAVA_OPTS} (the driver) and {@code STORYLINES_EXECUTOR_JAVA_OPTS} (the local
   * cluster's executors), after what they already hold.
   */
  public static void addTo(Map<String, String> environment) {
    String options = options();
    if (options.isEmpty()) {
      return;
    }
    for (String variable : new String[] {"STORYLINES_JAVA_OPTS", "STORYLINES_EXECUTOR_JAVA_OPTS"}) {
      environment.merge(variable, options, (held, added) -> held + " " + added);
    }
  }
}
