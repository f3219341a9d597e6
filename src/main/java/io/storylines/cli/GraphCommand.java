package io.storylines.cli;

import io.storylines.cooccurrence.CountCooccurrences;
import io.storylines.cooccurrence.LoadNetwork;
import io.storylines.cooccurrence.Scope;
import io.storylines.graph.EntityNetwork;
import io.storylines.graph.GraphFormat;
import io.storylines.graph.NetworkWriter;
import io.storylines.io.OutputFiles;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storylines graph}: writes one period's co-occurrence network from a published output
 * folder as a GEXF or GraphML file, for Gephi or networkx (docs/graphs.md).
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write one period's entity co-occurrence network, from the tables of a run, as a GEXF or"
          + " GraphML file for Gephi or networkx.",
      "By default the file is DIR/graphs/cooccurrence-PERIOD-SCOPE-LANG-SOURCE.FORMAT"
          + " (\"all\" for *)."
    })
final class GraphCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of a run.")
  String output;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period, as in the tables (2025-05).")
  String period;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "gexf", description = "gexf or graphml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "sentence", description = "Window: sentence or article (default: ${DEFAULT-VALUE}).")
  String scope;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = CountCooccurrences.ALL, description = "One language (ar, en, tr, ...) or * for all (default).")
  String lang;

  @Option(names = "--source", paramLabel = "SOURCE", defaultValue = CountCooccurrences.ALL, description = "One source or * for all (default).")
  String source;

  @Option(names = "--backbone", paramLabel = "ALPHA", description = "Keep only edges with backbone_p < ALPHA, significant for both nodes (e.g. 0.05).")
  Double backbone;

  @Option(names = "--min-pair-docs", paramLabel = "N", defaultValue = "1", description = "Keep only edges with n_docs_pair >= N (default: every published edge).")
  long minPairDocs;

  @Option(names = "--file", paramLabel = "PATH", description = "Where to write the network (a Hadoop path).")
  String file;

  @CommandLine.Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    GraphFormat graphFormat;
    Scope window;
    try {
      graphFormat = GraphFormat.fromCliName(format);
      window = Scope.fromCode(scope);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (backbone != null && !(backbone > 0 && backbone <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--backbone must be in (0, 1], not " + backbone);
    }
    LoadNetwork.Selection selection =
        new LoadNetwork.Selection(
            period, window, lang, source,
            backbone == null ? OptionalDouble.empty() : OptionalDouble.of(backbone), minPairDocs);
    SparkSession spark = sparkOptions.session();
    try {
      EntityNetwork network;
      try {
        network = new LoadNetwork(spark, output).load(selection);
      } catch (IllegalArgumentException e) {
        throw new StorylinesCli.UsageError(e.getMessage(), e);
      }
      Path target = new Path(file != null ? file : defaultFile(graphFormat, window));
      write(spark, network, graphFormat, target);
      System.err.printf(
          Locale.ROOT, "storylines: wrote %d nodes and %d edges (%s) to %s%n",
          network.nodes().size(), network.edges().size(), network.description(), target);
      return StorylinesCli.EXIT_OK;
    } finally {
      spark.stop();
    }
  }

  private String defaultFile(GraphFormat graphFormat, Scope window) {
    String name =
        String.join("-", "cooccurrence", period, window.code(), slug(lang), slug(source)) + graphFormat.extension();
    return new Path(new Path(output, "graphs"), name).toString();
  }

  private static String slug(String value) {
    return value.equals(CountCooccurrences.ALL) ? "all" : value.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void write(SparkSession spark, EntityNetwork network, GraphFormat format, Path target) {
    OutputFiles.write(spark.sparkContext().hadoopConfiguration(), target, out -> NetworkWriter.write(network, format, out));
  }

}
