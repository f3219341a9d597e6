package io.storylines.storyline;

import java.util.List;

/**
 * The text of one article as the storyline matcher reads it: its language ({@code articles.lang}),
 * its title (or null) and its body sentences in order, each as the original text of its span
 * ({@code articles.sentences}); sentence {@code i} is the one {@code mentions.sentence_idx = i}
 * points to.
 */
public record ArticleText(String lang, String title, List<String> sentences) {
  public ArticleText {
    sentences = List.copyOf(sentences);
  }

  /** Sentences with the title counted as one, as the relevance score counts them. */
  public int sentenceCount() {
    return sentences.size() + (title == null || title.isBlank() ? 0 : 1);
  }
}
