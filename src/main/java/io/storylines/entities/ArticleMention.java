package io.storylines.entities;

/**
 * A mention as published: in the article's {@code title} or {@code body} ({@code part}), with
 * offsets in code points of that text (Python's {@code body[char_start:char_end]} is the surface),
 * and the index of the body sentence it starts in (null in the title).
 */
public record ArticleMention(
    String part,
    Integer sentenceIndex,
    String entityId,
    String surface,
    int charStart,
    int charEnd,
    boolean adjectival) {
  public static final String TITLE = "title";
  public static final String BODY = "body";
}
