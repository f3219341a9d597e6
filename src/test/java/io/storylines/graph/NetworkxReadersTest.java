package io.storylines.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.Project;
import io.storylines.testing.PythonEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * networkx reads both files ({@code read_gexf}, {@code read_graphml}) and sees the nodes, labels,
 * types and measures that were written (src/test/python/read_graphs.py).
 */
class NetworkxReadersTest {

  @Test
  void networkxReadsGexfAndGraphml(@TempDir Path folder) throws Exception {
    EntityNetwork network = SampleNetworks.sample();
    Path gexf = folder.resolve("network" + GraphFormat.GEXF.extension());
    Path graphml = folder.resolve("network" + GraphFormat.GRAPHML.extension());
    Files.write(gexf, SampleNetworks.bytes(network, GraphFormat.GEXF));
    Files.write(graphml, SampleNetworks.bytes(network, GraphFormat.GRAPHML));

    Map<String, String> labels = new LinkedHashMap<>();
    network.nodes().forEach(node -> labels.put(node.id(), node.label()));
    NetworkEdge usSyria = SampleNetworks.US_SYRIA;
    NetworkEdge undefined = SampleNetworks.SYRIA_INTERIOR;
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("description", network.description());
    expected.put("nodes", network.nodes().size());
    expected.put("edges", network.edges().size());
    expected.put("labels", labels);
    expected.put("node", Map.of("id", "syria", "type", "GPE", "n_docs", 40L));
    expected.put(
        "edge",
        Map.of(
            "source", usSyria.source(),
            "target", usSyria.target(),
            "n_docs_pair", usSyria.nDocsPair(),
            "npmi", usSyria.npmi()));
    List<String> undefinedMeasures = List.of("pmi", "npmi", "lift");
    expected.put(
        "undefined",
        Map.of(
            "source",
            undefined.source(),
            "target",
            undefined.target(),
            "measures",
            undefinedMeasures));
    // A file, not an argument: arguments with Arabic and emoji do not survive a C locale.
    Path expectedFile = folder.resolve("expected.json");
    Files.write(expectedFile, new ObjectMapper().writeValueAsBytes(expected));

    String output =
        PythonEnv.run(
            List.of(
                PythonEnv.python().toString(),
                Project.path("src/test/python/read_graphs.py").toString(),
                gexf.toString(),
                graphml.toString(),
                expectedFile.toString()));
    assertTrue(output.contains("\"file\": \"gexf\""), output);
    assertTrue(output.contains("\"file\": \"graphml\""), output);
  }
}
