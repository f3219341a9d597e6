package io.storylines.report.spark;

import io.storylines.StorylinesJob;
import io.storylines.config.StorylinesConfig;
import io.storylines.report.Report;
import io.storylines.testing.OncePerRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of the whole job on a tiny input whose titles are hostile or multilingual (a {@code
 * <script>} title, ampersands and quotes, Arabic, Turkish İ/ı and an emoji), and the report built
 * from its tables and written to {@code report/index.html} under its output. Resolved as a test
 * parameter; the run happens once per test JVM, on the shared Spark session.
 */
public final class HostileRun extends OncePerRun {
  static final String SCRIPT_TITLE = "<script>alert(1)</script> Syria";
  static final String QUOTES_TITLE = "AT&T & \"quotes\" 'single' <b>bold</b> United States";
  static final String ARABIC_TITLE = "سوريا والولايات المتحدة تستأنفان المحادثات";
  static final String TURKISH_TITLE = "İstanbul'da ılık hava: Şam'a uçuşlar başladı 😀";

  private static final List<String> RECORDS =
      List.of(
          record("h-1", "wire", "2025-05-02T10:00:00Z", "en", SCRIPT_TITLE,
              "The United States and Syria reopened talks in Damascus on Monday. Officials from Syria and the"
                  + " United States met for three hours and agreed to meet again."),
          record("h-2", "wire", "2025-05-10T10:00:00Z", "en", QUOTES_TITLE,
              "Syria and the United States exchanged letters on sanctions. Diplomats from the United States"
                  + " and Syria said the talks would continue next month in Damascus."),
          record("h-3", "sana", "2025-06-01T10:00:00Z", "ar", ARABIC_TITLE,
              "استأنفت سوريا والولايات المتحدة المحادثات في دمشق يوم الاثنين. والتقى مسؤولون من سوريا"
                  + " والولايات المتحدة لمدة ثلاث ساعات واتفقوا على اللقاء مجددا."),
          record("h-4", "aa", "2025-06-03T10:00:00Z", "tr", TURKISH_TITLE,
              "Suriye ve Amerika Birleşik Devletleri Şam'da görüşmelere yeniden başladı. Suriye ve ABD"
                  + " yetkilileri üç saat görüştü ve yeniden bir araya gelmeye karar verdi."));

  private final Path output;
  private final Report report;

  private HostileRun(Path output, Report report) {
    this.output = output;
    this.report = report;
  }

  /** For JUnit only. */
  public HostileRun() {
    this(null, null);
  }

  public Path output() {
    return output;
  }

  public Report report() {
    return report;
  }

  /** The written report, {@code <output>/report/index.html}. */
  public Path page() {
    return output.resolve("report/index.html");
  }

  public String html() throws IOException {
    return Files.readString(page(), StandardCharsets.UTF_8);
  }

  @Override
  protected HostileRun create(ExtensionContext context) {
    return runOnce(SharedSpark.session(context));
  }

  /** The run's temporary folder: the input and {@code out}. */
  @Override
  protected Path folder() {
    return output == null ? null : output.getParent();
  }

  private static HostileRun runOnce(SparkSession spark) {
    try {
      Path root = Files.createTempDirectory("storylines-hostile-titles-");
      Path input = Files.write(root.resolve("titles.jsonl"), RECORDS, StandardCharsets.UTF_8);
      Path output = root.resolve("out");
      StorylinesJob.run(
          spark, StorylinesConfig.builder().input(input.toString()).output(output.toString()).build());
      Report report = new LoadReport(spark, output.toString()).load();
      Path page = output.resolve("report/index.html");
      Files.createDirectories(page.getParent());
      Files.writeString(page, report.toHtml(), StandardCharsets.UTF_8);
      return new HostileRun(output, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String record(String id, String source, String published, String lang, String title, String body) {
    return "{" + json("id", id) + "," + json("source", source) + "," + json("published_at", published) + ","
        + json("lang", lang) + "," + json("title", title) + "," + json("body", body) + "}";
  }

  private static String json(String key, String value) {
    return "\"" + key + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
