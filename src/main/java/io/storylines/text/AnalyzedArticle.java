package io.storylines.text;

import java.util.List;

/**
 * The text analysis of one article: its detected language, its sentences as spans of the original
 * body, and its tokens for topic modelling. {@code hasText} is false when nothing is left of the
 * body once markup and control characters are removed (the article is then an {@code empty_text}
 * reject).
 */
public record AnalyzedArticle(
    String lang,
    double langConfidence,
    String langBasis,
    boolean hasText,
    List<Sentence> sentences,
    List<String> tokens) {
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}
