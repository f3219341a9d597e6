package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TopicPrevalenceSectionTest {
  private static final List<String> PERIODS = List.of("2025-01", "2025-02", "2025-03");

  private static TopicPrevalenceSection.Topic topic(int id, double weightSum, String... terms) {
    return new TopicPrevalenceSection.Topic(id, List.of(terms), (long) weightSum, weightSum);
  }

  private static String render(TopicPrevalenceSection section) {
    HtmlWriter html = new HtmlWriter();
    section.renderBody(html);
    return html.finish();
  }

  /** Ten topics, topic i with weight i + 1: the drawn ones are 9 down to 3, the rest sum as "other". */
  private static TopicPrevalenceSection tenTopics() {
    List<TopicPrevalenceSection.Topic> topics = new ArrayList<>();
    List<TopicPrevalenceSection.PeriodShare> shares = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      topics.add(topic(i, i + 1, "term" + i + "a", "term" + i + "b", "term" + i + "c", "term" + i + "d"));
    }
    for (int i = 3; i < 10; i++) {
      shares.add(new TopicPrevalenceSection.PeriodShare("2025-01", i, 0.1));
    }
    shares.add(new TopicPrevalenceSection.PeriodShare("2025-01", TopicPrevalenceSection.OTHER_TOPICS, 0.3));
    shares.add(new TopicPrevalenceSection.PeriodShare("2025-03", 9, 1.0));
    return new TopicPrevalenceSection(
        PERIODS, List.of(new TopicPrevalenceSection.Model("en", "en-run1", topics, shares)));
  }

  @Test
  void percentsAddUpToExactlyAHundred() {
    assertArrayEquals(new long[] {34, 33, 33}, TopicPrevalenceSection.percents(new double[] {1, 1, 1}));
    assertArrayEquals(new long[] {50, 50}, TopicPrevalenceSection.percents(new double[] {0.5, 0.5000000001}));
    assertArrayEquals(new long[] {0, 0}, TopicPrevalenceSection.percents(new double[] {0, 0}));
    Random random = new Random(7);
    for (int trial = 0; trial < 1_000; trial++) {
      double[] shares = new double[1 + random.nextInt(8)];
      for (int i = 0; i < shares.length; i++) {
        shares[i] = random.nextDouble();
      }
      long[] percents = TopicPrevalenceSection.percents(shares);
      assertEquals(100, java.util.Arrays.stream(percents).sum(), java.util.Arrays.toString(shares));
      for (int i = 0; i < shares.length; i++) {
        double exact = 100 * shares[i] / java.util.Arrays.stream(shares).sum();
        assertTrue(Math.abs(percents[i] - exact) < 1, "within one point of " + exact);
      }
    }
  }

  @Test
  void theMostPrevalentTopicsAreDrawnTheLowerIdFirstOnATie() {
    List<TopicPrevalenceSection.Topic> topics = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      topics.add(topic(i, i < 2 ? 5 : i, "t"));
    }
    assertEquals(List.of(9, 8, 7, 6, 0, 1, 5), TopicPrevalenceSection.drawnTopics(topics));
  }

  @Test
  void theTableListsTopicsByShareOfTheRunWithTheirTerms() throws Exception {
    Document document = ReportChecks.parseXml("<div>" + render(tenTopics()) + "</div>");
    List<String> cells = ReportChecks.texts(document, "td");
    assertEquals(List.of("9", "term9a · term9b · term9c · term9d", "10", "18.2%"), cells.subList(0, 4));
    assertEquals(List.of("0", "term0a · term0b · term0c · term0d", "1", "1.8%"), cells.subList(36, 40));
  }

  @Test
  void theChartStacksTheDrawnTopicsAndTheOthersInPercent() {
    String html = render(tenTopics());
    assertTrue(html.contains("<title>2025-01, topic 9: term9a · term9b · term9c: 10%</title>"), html);
    assertTrue(html.contains("<title>2025-01, other topics (3): 30%</title>"), html);
    assertTrue(html.contains("<title>2025-03, topic 9: term9a · term9b · term9c: 100%</title>"), html);
    assertFalse(html.contains("<title>2025-02,"), "a period without topic weight is an empty column");
    assertTrue(html.contains(">100%</text>"), "the axis ends at 100%");
    assertEquals(8, html.split("<li>", -1).length - 1, "7 topics and other topics in the legend");
  }

  @Test
  void termsAreEscapedAndReadInTheirOwnDirection() throws Exception {
    String arabic = "سوريا";
    TopicPrevalenceSection section =
        new TopicPrevalenceSection(
            PERIODS,
            List.of(
                new TopicPrevalenceSection.Model(
                    "ar<b>", "ar-run1", List.of(topic(0, 1, arabic, "<script>alert(1)</script>", "İstanbul")),
                    List.of(new TopicPrevalenceSection.PeriodShare("2025-02", 0, 1.0)))));
    String html = render(section);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertTrue(html.contains("<td dir=\"auto\" class=\"terms\">" + arabic + " · &lt;script&gt;"), html);
    Document document = ReportChecks.parseXml("<div>" + html + "</div>");
    assertTrue(ReportChecks.texts(document, "bdi").contains("topic 0: " + arabic + " · <script>alert(1)</script> · İstanbul"));
    assertTrue(ReportChecks.texts(document, "h3").contains("Language ar<b>, model ar-run1"));
  }

  @Test
  void noModelIsOneLineThatSaysSo() {
    String html = render(new TopicPrevalenceSection(PERIODS, List.of()));
    assertTrue(html.startsWith("<p>No topic model"), html);
    assertFalse(html.contains("<svg"), html);
  }

  @Test
  void aShareOutsideThePeriodsIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TopicPrevalenceSection(
                PERIODS,
                List.of(
                    new TopicPrevalenceSection.Model(
                        "en", "en-run1", List.of(topic(0, 1, "a")),
                        List.of(new TopicPrevalenceSection.PeriodShare("2030-01", 0, 1.0))))));
    assertTrue(error.getMessage().contains("2030-01"), error.getMessage());
  }
}
