package io.storylines.report.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.report.ReportChecks;
import io.storylines.testing.Chromium;
import io.storylines.testing.Processes;
import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader opens it, in headless Chromium: it loads with no console message, renders
 * to a screenshot, and the browser's own DOM holds the hostile title as text and no script. The
 * screenshots are kept in {@code target/report/} to look at.
 */
@ExtendWith({SharedSpark.class, SampleRun.class, HostileRun.class})
class ChromiumReportTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir Path temp;

  @Test
  void theSampleReportRendersWithNoConsoleMessages(SparkSession spark, SampleRun sample) throws Exception {
    Path page = sample.output().resolve("report/index.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, new LoadReport(spark, sample.output().toString()).load().toHtml());
    assertEquals(List.of(), ReportChecks.externalReferences(Files.readString(page)));
    screenshot(page, "sample.png");
  }

  @Test
  void theHostileTitleIsTextInTheBrowsersDom(HostileRun run) throws Exception {
    screenshot(run.page(), "hostile-titles.png");
    String dom =
        Processes.run(Chromium.command(Files.createTempDirectory(temp, "profile-"), run.page(), "--dump-dom"));
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; Syria"), dom);
    assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "a script element in the DOM:\n" + dom);
    assertTrue(dom.contains(HostileRun.ARABIC_TITLE) && dom.contains(HostileRun.TURKISH_TITLE), dom);
  }

  @Test
  void theConsoleCheckSeesAConsoleMessage() throws Exception {
    Path page =
        Files.writeString(
            temp.resolve("noisy.html"),
            "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom'); missing();</script></body></html>");
    List<String> messages = consoleMessages(log(page, "--screenshot=" + temp.resolve("noisy.png"), "--window-size=400,300"));
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(messages.get(1).contains("Uncaught ReferenceError"), messages.toString());
  }

  /** Takes a screenshot with console logging on; fails on any console message or a blank image. */
  private void screenshot(Path page, String name) throws Exception {
    Path png = temp.resolve(name);
    String log = log(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
    assertEquals(List.of(), consoleMessages(log), log);
    assertTrue(Files.exists(png), "no screenshot:\n" + log);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 20_000, "a near-empty screenshot: " + bytes.length + " bytes");
    assertTrue(Arrays.equals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8)), "not a PNG");
    Path kept = Project.path("target/report/" + name);
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Chromium's output with console messages logged, one line each ({@code INFO:CONSOLE:1] "boom"}). */
  private String log(Path page, String... arguments) throws Exception {
    Path profile = Files.createTempDirectory(temp, "profile-");
    List<String> flags = new java.util.ArrayList<>(List.of("--enable-logging=stderr", "--v=0"));
    flags.addAll(List.of(arguments));
    return Processes.run(Chromium.command(profile, page, flags.toArray(new String[0])), Map.of());
  }

  private static List<String> consoleMessages(String log) {
    return log.lines().filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught")).toList();
  }
}
