package io.storylines.cli;

import io.storylines.io.OutputFiles;

import io.storylines.report.Report;
import io.storylines.report.spark.LoadReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storylines report}: writes the HTML report of a published output folder, one
 * self-contained file (docs/report.md).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write the HTML report of a run's tables: the run summary, articles per period and language,"
          + " each storyline's share over time and what changed in it, the strongest co-occurrence"
          + " edges and pairs over time, each language's topics over time, the most mentioned"
          + " entities and the latest titles.",
      "One self-contained file, by default DIR/report/index.html: open it in any browser, offline."
    })
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_FILE = "report/index.html";

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of a run.")
  String output;

  @Option(names = "--file", paramLabel = "PATH", description = "Where to write the report (a Hadoop path; default DIR/" + DEFAULT_FILE + ").")
  String file;

  @CommandLine.Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    SparkSession spark = sparkOptions.session();
    try {
      Report report;
      try {
        report = new LoadReport(spark, output).load();
      } catch (IllegalArgumentException e) {
        throw new StorylinesCli.UsageError(e.getMessage(), e);
      }
      Path target = new Path(file != null ? file : new Path(output, DEFAULT_FILE).toString());
      write(spark, report, target);
      System.err.printf(
          Locale.ROOT, "storylines: wrote the report (%d sections) to %s%n", report.sections().size(), target);
      return StorylinesCli.EXIT_OK;
    } finally {
      spark.stop();
    }
  }

  private static void write(SparkSession spark, Report report, Path target) {
    OutputFiles.write(spark.sparkContext().hadoopConfiguration(), target, report::write);
  }

}
