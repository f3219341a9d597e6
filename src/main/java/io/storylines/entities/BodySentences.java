package io.storylines.entities;

import io.storylines.text.CodePoints;
import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The body sentences of an article row ({@code articles.sentences}, code point spans) as the UTF-16
 * spans that the matcher and name discovery take.
 */
public final class BodySentences {
  private BodySentences() {}

  public static List<Sentence> utf16(String body, List<Row> codePointSpans) {
    int[] offsets = new int[codePointSpans.size() * 2];
    for (int i = 0; i < codePointSpans.size(); i++) {
      offsets[2 * i] = codePointSpans.get(i).getInt(0);
      offsets[2 * i + 1] = codePointSpans.get(i).getInt(1);
    }
    if (CodePoints.hasSurrogates(body)) {
      CodePoints.toUtf16(body, offsets);
    }
    List<Sentence> sentences = new ArrayList<>(codePointSpans.size());
    for (int i = 0; i < codePointSpans.size(); i++) {
      sentences.add(new Sentence(offsets[2 * i], offsets[2 * i + 1]));
    }
    return sentences;
  }
}
