package io.storylines.io;

import io.storylines.topics.LabelTopics;
import java.util.List;

/**
 * The {@code topic_quality} table: one row per topic of every model the run used, with its label,
 * the document frequency and NPMI of its top ten terms over the run's documents, and the entities
 * most associated with it.
 */
public final class TopicQualityTable {
  public static final String NAME = "topic_quality";

  public static final TableSpec SPEC = new TableSpec(NAME, LabelTopics.TOPIC_QUALITY, List.of());

  private TopicQualityTable() {}
}
