package io.storylines.bench.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus as a bag of words in the LDA-C format of Blei's {@code ap.dat}: one document a line,
 * {@code N term:count term:count ...}, where N is the number of distinct terms and a term is a
 * 0-based row of {@code vocab.txt}. Every tool of the benchmark reads the same file through this
 * class (or its Python twin in {@code bench/topics/ldac.py}), so each sees the same counts.
 */
public final class BagOfWords {
  /** One document: its distinct terms, in file order, and their counts. */
  public record Document(int[] terms, int[] counts) {
    public int tokens() {
      int n = 0;
      for (int c : counts) {
        n += c;
      }
      return n;
    }
  }

  private final List<String> vocabulary;
  private final List<Document> documents;

  private BagOfWords(List<String> vocabulary, List<Document> documents) {
    this.vocabulary = vocabulary;
    this.documents = documents;
  }

  /** Reads an LDA-C file whose term ids index {@code vocabularyFile} (one term a line). */
  public static BagOfWords read(Path ldacFile, Path vocabularyFile) throws IOException {
    List<String> vocabulary = Files.readAllLines(vocabularyFile, StandardCharsets.UTF_8);
    List<Document> documents = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(ldacFile, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          documents.add(parseLine(line, vocabulary.size()));
        } catch (IllegalArgumentException e) {
          throw new IOException(ldacFile + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
    return new BagOfWords(List.copyOf(vocabulary), List.copyOf(documents));
  }

  /** One LDA-C line as a document; its terms stay in the line's order. */
  public static Document parseLine(String line, int vocabularySize) {
    String[] fields = line.trim().split("\\s+");
    int distinct = Integer.parseInt(fields[0]);
    if (fields.length != distinct + 1) {
      throw new IllegalArgumentException("says " + distinct + " terms, has " + (fields.length - 1));
    }
    int[] terms = new int[distinct];
    int[] counts = new int[distinct];
    for (int i = 0; i < distinct; i++) {
      String field = fields[i + 1];
      int colon = field.indexOf(':');
      terms[i] = Integer.parseInt(field, 0, colon, 10);
      counts[i] = Integer.parseInt(field, colon + 1, field.length(), 10);
      if (terms[i] < 0 || terms[i] >= vocabularySize) {
        throw new IllegalArgumentException("term " + terms[i] + " is outside the vocabulary of "
            + vocabularySize);
      }
    }
    return new Document(terms, counts);
  }

  public List<String> vocabulary() {
    return vocabulary;
  }

  public int vocabularySize() {
    return vocabulary.size();
  }

  public List<Document> documents() {
    return documents;
  }

  public long tokens() {
    long n = 0;
    for (Document d : documents) {
      n += d.tokens();
    }
    return n;
  }
}
