package io.storylines.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A news-boilerplate word list from {@code stopwords/news-<lang>.txt} next to this class.
 *
 * <p>File format: UTF-8, one word a line, written as the language's analyzer sees it before
 * stemming (lower case; Turkish lower case for Turkish). {@code #} starts a comment, blank lines
 * are ignored, surrounding whitespace is trimmed. A plain word goes to {@link #everyForm}: it is
 * removed, and so is every word that stems like it. A word after {@code =} goes to {@link
 * #exactForm}: it is removed only in exactly that form, for words whose stem is also a topical word
 * ({@code according} stems to {@code accord}).
 *
 * @param everyForm words removed in every form that shares their stem
 * @param exactForm words removed only as written
 */
record TokenStopwords(List<String> everyForm, List<String> exactForm) {

  private static final String EXACT_PREFIX = "=";

  /** The list for a language; a missing or unreadable resource is a packaging error and throws. */
  static TokenStopwords load(String lang) {
    String resource = "stopwords/news-" + lang + ".txt";
    InputStream in = TokenStopwords.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "stopword list " + resource + " is not on the classpath next to " + TokenStopwords.class);
    }
    List<String> everyForm = new ArrayList<>();
    List<String> exactForm = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (word.isEmpty()) {
          continue;
        }
        if (word.startsWith(EXACT_PREFIX)) {
          exactForm.add(word.substring(EXACT_PREFIX.length()).strip());
        } else {
          everyForm.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stopword list " + resource, e);
    }
    return new TokenStopwords(List.copyOf(everyForm), List.copyOf(exactForm));
  }
}
