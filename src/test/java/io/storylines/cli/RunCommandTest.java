package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.topics.TopicSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The {@code run} command's topic options, parsed as the command line parses them, become the settings. */
class RunCommandTest {

  private static TopicSettings topicSettings(String... topicOptions) {
    RunCommand command = new RunCommand();
    List<String> args = new ArrayList<>(List.of("--input", "in", "--output", "out"));
    args.addAll(List.of(topicOptions));
    new CommandLine(command).parseArgs(args.toArray(new String[0]));
    return command.topicSettings();
  }

  @Test
  void withoutTopicOptionsTheSettingsAreTheDefaults() {
    assertEquals(TopicSettings.defaults(), topicSettings());
  }

  @Test
  void everyTopicOptionReachesItsSetting() {
    TopicSettings settings =
        topicSettings(
            "--topics", "50",
            "--topic-min-docs", "30",
            "--topic-vocab", "5000",
            "--topic-min-df", "4",
            "--topic-max-df", "0.4",
            "--topic-iterations", "30",
            "--topic-batch-docs", "2000",
            "--topic-learning-decay", "0.6");
    TopicSettings defaults = TopicSettings.defaults();
    assertEquals(50, settings.k());
    assertEquals(30, settings.minDocs());
    assertEquals(5000, settings.vocabSize());
    assertEquals(4, settings.minDf());
    assertEquals(0.4, settings.maxDf());
    assertEquals(30, settings.maxIter());
    assertEquals(2000, settings.maxBatchDocs());
    assertEquals(0.6, settings.learningDecay());
    assertEquals(TopicSettings.ONLINE, settings.optimizer());
    // Options not given keep their defaults.
    assertEquals(defaults.subsamplingRate(), settings.subsamplingRate());
    assertEquals(defaults.learningOffset(), settings.learningOffset());
    assertEquals(defaults.seed(), settings.seed());
  }

  @Test
  void theScheduleFollowsTheNumberOfTopicsUnlessGiven() {
    assertEquals(TopicSettings.defaults(100), topicSettings("--topics", "100"));
    assertEquals(16, topicSettings("--topics", "100").maxIter());
    assertEquals(24, topicSettings("--topics", "50").maxIter());
    TopicSettings given =
        topicSettings("--topics", "100", "--topic-iterations", "24", "--topic-learning-decay", "0.51");
    assertEquals(24, given.maxIter());
    assertEquals(0.51, given.learningDecay());
  }

  @Test
  void emWithoutIterationsTakesEmsOwnNumberAndKeepsGivenOnes() {
    TopicSettings em = topicSettings("--topic-optimizer", "em");
    assertEquals(TopicSettings.EM, em.optimizer());
    assertEquals(TopicSettings.EM_MAX_ITER, em.maxIter());
    assertEquals(7, topicSettings("--topic-optimizer", "em", "--topic-iterations", "7").maxIter());
  }

  @Test
  void aLearningDecayOutsideItsRangeIsRefusedByName() {
    for (String kappa : List.of("0.5", "1.2")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> topicSettings("--topic-learning-decay", kappa).validate());
      assertTrue(e.getMessage().contains("(--topic-learning-decay) must be in (0.5, 1], not " + Double.parseDouble(kappa)), e.getMessage());
    }
    assertEquals(1.0, topicSettings("--topic-learning-decay", "1").validate().learningDecay());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--period, fortnight, unknown period 'fortnight'",
    "--format, xml, unknown format 'xml'",
    "--undated, guess, 'guess'",
    "--mode, merge, 'merge'"
  })
  void aBadValueIsRefusedNamingItsOption(String option, String value, String message) {
    RunCommand command = new RunCommand();
    CommandLine line = new CommandLine(command);
    line.parseArgs("--input", "in", "--output", "out", option, value);
    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class, command::config);
    assertTrue(e.getMessage().startsWith(option + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
