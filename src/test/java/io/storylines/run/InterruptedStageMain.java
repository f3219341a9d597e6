package io.storylines.run;

import io.storylines.config.StorylinesConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM for {@link ShutdownTest}: runs a stage that, like a Spark stage whose context a
 * shutdown hook stopped, fails once the JVM's shutdown has begun, and prints the failure's message.
 */
public final class InterruptedStageMain {
  private InterruptedStageMain() {}

  public static void main(String[] args) throws Exception {
    StorylinesConfig config = StorylinesConfig.builder().input("in").output("out").build();
    RunRecorder run = new RunRecorder(config, List.of(), Map.of(), Progress.quiet(), Clock.systemUTC());
    CountDownLatch printed = new CountDownLatch(1);
    // Keeps the JVM up until the message is printed (shutdown hooks run before it halts).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    printed.await(20, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    System.out.println("started");
    System.out.flush();
    try {
      run.stage(
          "timelines",
          () -> {
            while (!Shutdown.begun()) {
              Thread.sleep(10);
            }
            throw new NullPointerException("the return value of SparkContext.dagScheduler() is null");
          });
    } catch (StageFailedException e) {
      System.out.println(e.getMessage());
      System.out.flush();
    } finally {
      printed.countDown();
    }
  }
}
