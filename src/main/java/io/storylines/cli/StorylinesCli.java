package io.storylines.cli;

import io.storylines.Versions;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storylines} command line. {@code main} only parses the command line and hands over to a
 * subcommand; the exit code says how it ended:
 *
 * <ul>
 *   <li>0: success;
 *   <li>2: a usage error (unknown option, missing input, unreadable configuration), with one line
 *       naming the problem;
 *   <li>1: a job failure, with one line naming the stage that failed.
 * </ul>
 *
 * The same main class runs embedded ({@code jobs/storylines}) and under {@code spark-submit}.
 */
@Command(
    name = "storylines",
    mixinStandardHelpOptions = true,
    versionProvider = StorylinesCli.VersionProvider.class,
    description = "How news coverage of a storyline evolves, in Arabic, English and Turkish.",
    subcommands = {RunCommand.class, GraphCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class StorylinesCli implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting; for tests. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StorylinesCli());
    cli.setParameterExceptionHandler(StorylinesCli::usageError);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setExitCodeExceptionMapper(error -> EXIT_FAILURE);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: use 'storylines run ...', 'storylines graph ...' or 'storylines report ...'");
  }

  private static int usageError(CommandLine.ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        "storylines: " + error.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return EXIT_USAGE;
  }

  /** Prints a job failure as one line; the stack trace only with --verbose. */
  private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception error, CommandLine command, CommandLine.ParseResult parseResult) {
      PrintWriter err = command.getErr();
      if (error instanceof UsageError usage) {
        err.println("storylines: " + usage.getMessage());
        err.flush();
        return EXIT_USAGE;
      }
      err.println("storylines: error: " + error.getMessage());
      if (io.storylines.run.Shutdown.begun()) {
        err.flush();
        return EXIT_FAILURE;
      }
      if (parseResult.hasMatchedOption("--verbose")
          || (parseResult.subcommand() != null
              && parseResult.subcommand().hasMatchedOption("--verbose"))) {
        error.printStackTrace(err);
      } else {
        err.println("storylines: run again with --verbose for the stack trace");
      }
      err.flush();
      return EXIT_FAILURE;
    }
  }

  /** A usage problem found while running (an input that does not exist, a bad config value). */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"storylines " + Versions.storylines()};
    }
  }
}
