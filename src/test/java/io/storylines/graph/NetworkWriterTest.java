package io.storylines.graph;

import io.storylines.xml.XmlText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.RandomText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What both formats promise, each file read back with the JDK's DOM parser. */
class NetworkWriterTest {

  private static ReadBack write(EntityNetwork network, GraphFormat format) throws Exception {
    return ReadBack.parse(SampleNetworks.bytes(network, format), format);
  }

  private static EntityNetwork oneNode(String label) {
    return new EntityNetwork("d", List.of(new NetworkNode("x", label, "GPE", 1)), List.of());
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void hostileLabelsRoundTrip(GraphFormat format) throws Exception {
    Map<String, Map<String, String>> nodes = write(SampleNetworks.sample(), format).nodes();
    assertEquals(SampleNetworks.SCRIPT_LABEL, nodes.get("hostile").get("label"));
    assertEquals(SampleNetworks.ARABIC_LABEL, nodes.get("syria").get("label"));
    assertEquals(SampleNetworks.TURKISH_LABEL, nodes.get("tr_interior").get("label"));
    assertEquals(SampleNetworks.EMOJI_LABEL, nodes.get("emoji").get("label"));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void hostileDescriptionRoundTrips(GraphFormat format) throws Exception {
    String description = "period 2025-05 & <lang> \"*\" سوريا 😀";
    EntityNetwork network = new EntityNetwork(description, List.of(), List.of());
    assertEquals(description, write(network, format).graph().get("description"));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void textIsUtf8NotCharacterReferences(GraphFormat format) throws Exception {
    String file =
        new String(SampleNetworks.bytes(SampleNetworks.sample(), format), StandardCharsets.UTF_8);
    assertTrue(file.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), file);
    assertTrue(file.contains(SampleNetworks.ARABIC_LABEL), file);
    assertTrue(file.contains(SampleNetworks.TURKISH_LABEL), file);
    assertTrue(file.contains("😀"), file);
    assertFalse(file.contains("&#"), file);
    assertFalse(file.contains("<script>"), file);
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void nanAndInfiniteMeasuresAreLeftOut(GraphFormat format) throws Exception {
    Map<String, String> edge =
        write(SampleNetworks.sample(), format).edges().get("syria|tr_interior");
    assertFalse(edge.containsKey("pmi"), edge.toString());
    assertFalse(edge.containsKey("npmi"), edge.toString());
    assertFalse(edge.containsKey("lift"), edge.toString());
    assertEquals("1.0E-5", edge.get("backbone_p"));
    assertEquals("2", edge.get("n_docs_pair"));
    assertEquals("0", edge.get("n_sentences_pair"));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void doublesParseBackExactly(GraphFormat format) throws Exception {
    Random random = new Random(20251201L);
    List<Double> values =
        new ArrayList<>(
            List.of(
                0.1,
                1.0 / 3,
                -0.0,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                -Double.MIN_NORMAL,
                1e-300));
    for (int i = 0; i < 200; i++) {
      values.add(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
      values.add(Double.longBitsToDouble(random.nextLong()));
    }
    for (double value : values) {
      NetworkEdge edge = new NetworkEdge("a", "b", 1, 1, value, value, value, value);
      EntityNetwork network =
          new EntityNetwork(
              "d",
              List.of(new NetworkNode("a", "A", "GPE", 1), new NetworkNode("b", "B", "GPE", 1)),
              List.of(edge));
      Map<String, String> written = write(network, format).edges().get("a|b");
      if (Double.isFinite(value)) {
        assertEquals(value, Double.parseDouble(written.get("npmi")), 0.0, written.get("npmi"));
        assertEquals(
            Double.doubleToLongBits(value),
            Double.doubleToLongBits(Double.parseDouble(written.get("pmi"))));
      } else {
        assertFalse(written.containsKey("npmi"), written.toString());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void sameNetworkGivesSameBytes(GraphFormat format) throws Exception {
    EntityNetwork sample = SampleNetworks.sample();
    List<NetworkNode> nodes = new ArrayList<>(sample.nodes());
    List<NetworkEdge> edges = new ArrayList<>(sample.edges());
    Collections.shuffle(nodes, new Random(3));
    Collections.shuffle(edges, new Random(4));
    byte[] first = SampleNetworks.bytes(sample, format);
    assertArrayEquals(first, SampleNetworks.bytes(sample, format));
    assertArrayEquals(
        first, SampleNetworks.bytes(new EntityNetwork(sample.description(), nodes, edges), format));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void nodesAndEdgesAreWrittenInSortedOrder(GraphFormat format) throws Exception {
    ReadBack read = write(SampleNetworks.sample(), format);
    assertEquals(
        List.of("emoji", "hostile", "syria", "tr_interior", "us"),
        List.copyOf(read.nodes().keySet()));
    assertEquals(
        List.of("emoji|hostile", "syria|tr_interior", "syria|us"),
        List.copyOf(read.edges().keySet()));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void lineBreaksAndTabsInTextBecomeSpaces(GraphFormat format) throws Exception {
    assertEquals(
        "two lines and a tab",
        write(oneNode("two\nlines\r\tand a\ttab".replace("\r\t", " ")), format)
            .nodes()
            .get("x")
            .get("label"));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void controlCharsAndLoneSurrogatesBecomeReplacementCharacters(GraphFormat format)
      throws Exception {
    assertEquals(
        "a\uFFFDb\uFFFDc\uFFFD",
        write(oneNode("a\u0000b\uD800c\uFFFE"), format).nodes().get("x").get("label"));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void randomLabelsAlwaysGiveAWellFormedFile(GraphFormat format) throws Exception {
    Random random = new Random(20251202L);
    for (int round = 0; round < 300; round++) {
      String label = RandomText.generate(random, 40, "<>&\"'\t\n\r\u0000\uFFFE]]>");
      assertEquals(
          XmlText.clean(label),
          write(oneNode(label), format).nodes().get("x").get("label"),
          () -> "label " + label.codePoints().mapToObj(Integer::toHexString).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void emptyNetworkIsAWellFormedFile(GraphFormat format) throws Exception {
    ReadBack read = write(new EntityNetwork("empty", List.of(), List.of()), format);
    assertTrue(read.nodes().isEmpty());
    assertTrue(read.edges().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void streamIsFlushedButNotClosed(GraphFormat format) throws Exception {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    NetworkWriter.write(SampleNetworks.sample(), format, out);
    assertFalse(closed[0]);
    assertArrayEquals(SampleNetworks.bytes(SampleNetworks.sample(), format), out.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void failingStreamGivesAnIoExceptionWithItsCause(GraphFormat format) {
    IOException disk = new IOException("disk full");
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw disk;
          }
        };
    IOException e =
        assertThrows(
            IOException.class, () -> NetworkWriter.write(SampleNetworks.sample(), format, failing));
    assertTrue(
        e.getMessage().startsWith("cannot write the " + format.cliName() + " network"),
        e.getMessage());
    Throwable cause = e;
    while (cause != null && cause != disk) {
      cause = cause.getCause();
    }
    assertSame(disk, cause);
  }
}
