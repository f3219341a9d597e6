package io.storylines.testing;

import io.storylines.topics.TopicSettings;

/**
 * Topic settings for runs in tests that are not about topics: no language reaches the minimum
 * number of documents, so no model is fitted and every language is skipped ("too few
 * documents"). An LDA fit is most of the time of a run on a real corpus, and bench/ measures it.
 */
public final class NoTopics {
  private NoTopics() {}

  public static final TopicSettings SETTINGS = TopicSettings.defaults().withMinDocs(Integer.MAX_VALUE);
}
