package io.storylines.testing;

import io.storylines.StorylinesJob;
import io.storylines.config.FieldMapping;
import io.storylines.config.StorylinesConfig;
import io.storylines.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of the whole job on the FA-KES corpus (English, CSV, ../shared/corpora), shared by the
 * test that reads it with a column mapping and the co-occurrence reference test: every pair kept
 * (minimum support 1), no topic models ({@link NoTopics}). Resolved as a test parameter; the run
 * happens once per test JVM, on the shared Spark session. When the corpus is absent there is no
 * run, and {@link #output} and {@link #result} skip the test that asks for them.
 */
public final class FaKesRun extends OncePerRun {
  /** The corpus file, under {@link Corpora#root}. */
  public static final String CSV = "fa-kes/FA-KES-Dataset.csv";

  /** Its columns, as a user maps them. */
  public static final String MAPPING = "id=unit_id,title=article_title,body=article_content";

  private final Path output;
  private final RunResult result;

  private FaKesRun(Path output, RunResult result) {
    this.output = output;
    this.result = result;
  }

  /** For JUnit only. */
  public FaKesRun() {
    this(null, null);
  }

  /** The output folder; read it, do not change it. */
  public Path output() {
    Corpora.require(CSV);
    return output;
  }

  public RunResult result() {
    Corpora.require(CSV);
    return result;
  }

  @Override
  protected FaKesRun create(ExtensionContext context) {
    Path csv = Corpora.root().resolve(CSV);
    if (!Files.exists(csv)) {
      return new FaKesRun(null, null);
    }
    return runOnce(SharedSpark.session(context), csv);
  }

  @Override
  protected Path folder() {
    return output == null ? null : output.getParent();
  }

  private static FaKesRun runOnce(SparkSession spark, Path csv) {
    try {
      Path output = Files.createTempDirectory("storylines-fakes-").resolve("out");
      StorylinesConfig config =
          StorylinesConfig.builder()
              .input(csv.toString())
              .mapping(FieldMapping.parse(List.of(MAPPING)))
              .minPairDocs(1)
              .topics(NoTopics.SETTINGS)
              .output(output.toString())
              .build();
      return new FaKesRun(output, StorylinesJob.run(spark, config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
