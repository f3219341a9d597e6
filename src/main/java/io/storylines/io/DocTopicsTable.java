package io.storylines.io;

import io.storylines.topics.FitTopics;
import java.util.List;

/** The {@code doc_topics} table: each article's topic weights, partitioned by {@code period}. */
public final class DocTopicsTable {
  public static final String NAME = "doc_topics";

  public static final TableSpec SPEC = new TableSpec(NAME, FitTopics.DOC_TOPICS, List.of("period"));

  private DocTopicsTable() {}
}
