package io.storylines.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Networks for the graph tests, with labels chosen to break naive XML writers. */
final class SampleNetworks {
  private SampleNetworks() {}

  static final String DESCRIPTION =
      "co-occurrence, period 2025-05, scope sentence, lang *, source *";
  static final String SCRIPT_LABEL = "<script>alert(1)</script> & \"AT&T\" 'quoted'";
  static final String ARABIC_LABEL = "سوريا";
  static final String TURKISH_LABEL = "İçişleri Bakanlığı ı";
  static final String EMOJI_LABEL = "Flag 🇸🇾 and 😀";

  static final List<NetworkNode> NODES =
      List.of(
          new NetworkNode("us", "United States", "GPE", 35),
          new NetworkNode("syria", ARABIC_LABEL, "GPE", 40),
          new NetworkNode("tr_interior", TURKISH_LABEL, "ORG", 3),
          new NetworkNode("hostile", SCRIPT_LABEL, "PERSON", 1),
          new NetworkNode("emoji", EMOJI_LABEL, "LOC", 2));

  /** us–syria is given as (us, syria) and is stored as (syria, us). */
  static final NetworkEdge US_SYRIA =
      new NetworkEdge("us", "syria", 12, 30, 0.8125, 0.41, 1.76, 0.003);

  /** Undefined pmi and npmi, infinite lift: those three values are left out. */
  static final NetworkEdge SYRIA_INTERIOR =
      new NetworkEdge(
          "syria", "tr_interior", 2, 0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, 1.0E-5);

  static final NetworkEdge EMOJI_HOSTILE =
      new NetworkEdge("hostile", "emoji", 1, 1, -0.1, -0.05, 0.9, 0.5);

  static EntityNetwork sample() {
    return new EntityNetwork(DESCRIPTION, NODES, List.of(US_SYRIA, SYRIA_INTERIOR, EMOJI_HOSTILE));
  }

  static byte[] bytes(EntityNetwork network, GraphFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkWriter.write(network, format, out);
    return out.toByteArray();
  }
}
