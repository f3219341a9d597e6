package io.storylines.io;

import io.storylines.topics.LabelTopics;
import java.util.List;

/** The {@code topics} table: the top terms of every topic of every model the run used. */
public final class TopicsTable {
  public static final String NAME = "topics";

  public static final TableSpec SPEC = new TableSpec(NAME, LabelTopics.TOPICS, List.of());

  private TopicsTable() {}
}
