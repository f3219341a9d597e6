package io.storylines.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that gives Spark tests one local session shared by the whole test run, as Spark's
 * own SharedSparkSession does per suite: {@code local[2]}, two shuffle partitions, no UI. The session
 * lives in JUnit's root store and is stopped when the run ends. Use it with
 * {@code @ExtendWith(SharedSpark.class)} and a {@code SparkSession} test or constructor parameter.
 *
 * <p>Adaptive query execution is off here. On the tests' small inputs it only costs: every query
 * stage becomes a job of its own and the rest of the plan is optimized again after each (a run of
 * the sample is about 460 jobs). AppendRunTest took 196 s without it against 286 s with it, in the
 * same hour (2026-12-01). The tables are the same either way; the integration tests run the job as
 * users do, through {@code jobs/storylines} with Spark's defaults, adaptive execution included.
 */
public final class SharedSpark implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context);
  }

  /** The shared session, started on first use. */
  public static SparkSession session(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(SharedSpark.class))
        .getOrComputeIfAbsent(Session.class, key -> new Session(), Session.class)
        .spark;
  }

  private static final class Session implements AutoCloseable {
    private final SparkSession spark =
        SparkSession.builder()
            .appName("storylines-tests")
            .master("local[2]")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.adaptive.enabled", "false")
            .config("spark.default.parallelism", "2")
            .config("spark.ui.enabled", "false")
            // As the job's sessions do (SparkSessions): SPARK-59451 stops the heartbeat otherwise.
            .config("spark.executor.heartbeat.dropZeroAccumulatorUpdates", "false")
            // As embedded runs do (SparkSessions): no chmod process per file written.
            .config("spark.hadoop.fs.file.impl", io.storylines.io.NioLocalFileSystem.class.getName())
            .config("spark.ui.showConsoleProgress", "false")
            // The tests run the job about 35 times in this one session. Spark keeps 100 compiled
            // classes of generated code; a run of the sample needs more, so each run compiled
            // them again with Janino (14% of a warm run's CPU samples). With room for 2,000, two
            // warm runs of the sample took 28.7 and 28.3 s against 42.8 and 38.6 s (2026-12-02).
            .config("spark.sql.codegen.cache.maxEntries", "2000")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();

    @Override
    public void close() {
      spark.stop();
    }
  }
}
