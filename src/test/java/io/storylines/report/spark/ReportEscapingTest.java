package io.storylines.report.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.report.ReportChecks;
import io.storylines.testing.SharedSpark;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/** End to end: a job run on titles that hold markup, then the report from its tables. */
@ExtendWith({SharedSpark.class, HostileRun.class})
class ReportEscapingTest {

  @Test
  void aScriptTitleShowsAsTextAndTheReportHasNoScript(HostileRun run) throws Exception {
    String html = run.html();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Syria"), html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
  }

  @Test
  void everyTitleReadsBackUnchanged(HostileRun run) throws Exception {
    Document document = ReportChecks.parseXml(run.html());
    List<String> cells = ReportChecks.texts(document, "td");
    for (String title :
        List.of(HostileRun.SCRIPT_TITLE, HostileRun.QUOTES_TITLE, HostileRun.ARABIC_TITLE, HostileRun.TURKISH_TITLE)) {
      assertTrue(cells.contains(title), title + " not in " + cells);
    }
    assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
  }

  @Test
  void theReportReferencesNothingOutsideItself(HostileRun run) throws Exception {
    assertEquals(List.of(), ReportChecks.externalReferences(run.html()));
  }
}
