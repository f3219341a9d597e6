package io.storylines.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The child process of {@link TablePublisherKillTest}: publishes runs {@code r<first>}, {@code
 * r<first+1>}, ... into the output folder {@code args[0]} until it is killed. Prints {@code
 * started} once, then the id of each run after its publish returns, so the parent knows which runs
 * were certainly published.
 */
final class PublishLoopMain {

  private PublishLoopMain() {}

  static String runId(int index) {
    return String.format("r%06d", index);
  }

  static int runIndex(String runId) {
    return Integer.parseInt(runId.substring(1));
  }

  public static void main(String[] args) throws IOException {
    String out = args[0];
    int first = Integer.parseInt(args[1]);
    TablePublisher publisher = new TablePublisher(new Configuration());
    System.out.println("started");
    System.out.flush();
    for (int index = first; ; index++) {
      OutputLayout layout = new OutputLayout("file:" + out, runId(index));
      publisher.beginRun(layout);
      PublishFixture.stageRun(layout);
      publisher.publish(layout, PublishFixture.TABLES);
      System.out.println(layout.runId());
      System.out.flush();
    }
  }
}
