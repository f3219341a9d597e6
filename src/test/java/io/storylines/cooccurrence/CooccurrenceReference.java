package io.storylines.cooccurrence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A brute-force reference for the {@code cooccurrence} table, in plain Java, from the published
 * {@code articles} and {@code mentions} tables: every article's entities are compared pairwise,
 * sentence by sentence, and counted into hash maps per period and slice. It shares no code with
 * the stage: the formulas are written out again here.
 */
final class CooccurrenceReference {
  /** Expected values of one table row. */
  record Expected(
      long nDocsPair, long nSentencesPair, long nDocsA, long nDocsB, long nDocs,
      double pmi, double npmi, double lift, double backboneP) {}

  private static final String ALL = "*";

  /** Row key to expected values, for every pair with at least one article (no minimum support). */
  final Map<String, Expected> rows = new HashMap<>();
  int articles;
  int articlesWithPairs;
  long articlePairs;

  static String key(String period, String scope, String lang, String source, String a, String b) {
    return String.join("|", period, scope, lang, source, a, b);
  }

  static CooccurrenceReference of(SparkSession spark, String articlesPath, String mentionsPath) {
    Map<String, String[]> slice = new HashMap<>();
    for (Row r : spark.read().parquet(articlesPath).select("article_id", "period", "lang", "source").collectAsList()) {
      slice.put(r.getString(0), new String[] {r.getString(1), r.getString(2), r.getString(3)});
    }
    // article -> entity -> sentence keys ("t" for the title, the index for a body sentence)
    Map<String, Map<String, Set<String>>> byArticle = new HashMap<>();
    for (Row r : spark.read().parquet(mentionsPath).select("article_id", "part", "sentence_idx", "entity_id").collectAsList()) {
      Set<String> sentences =
          byArticle.computeIfAbsent(r.getString(0), k -> new HashMap<>())
              .computeIfAbsent(r.getString(3), k -> new HashSet<>());
      if (r.getString(1).equals("title")) {
        sentences.add("t");
      } else if (!r.isNullAt(2)) {
        sentences.add(Integer.toString(r.getInt(2)));
      }
    }
    CooccurrenceReference ref = new CooccurrenceReference();
    ref.articles = slice.size();
    Map<String, Long> nDocs = new HashMap<>();
    for (String[] s : slice.values()) {
      for (String[] sl : slices(s[1], s[2])) {
        nDocs.merge(s[0] + "|" + sl[0] + "|" + sl[1], 1L, Long::sum);
      }
    }
    Map<String, Long> entityDocs = new HashMap<>();
    Map<String, long[]> pairs = new HashMap<>(); // key -> {docs in article, docs in sentence, sentences}
    for (Map.Entry<String, Map<String, Set<String>>> article : byArticle.entrySet()) {
      String[] s = slice.get(article.getKey());
      List<String> entities = new ArrayList<>(new TreeSet<>(article.getValue().keySet()));
      for (String[] sl : slices(s[1], s[2])) {
        for (String e : entities) {
          entityDocs.merge(s[0] + "|" + sl[0] + "|" + sl[1] + "|" + e, 1L, Long::sum);
        }
      }
      if (entities.size() > 1) {
        ref.articlesWithPairs++;
      }
      for (int i = 0; i < entities.size(); i++) {
        for (int j = i + 1; j < entities.size(); j++) {
          ref.articlePairs++;
          Set<String> shared = new HashSet<>(article.getValue().get(entities.get(i)));
          shared.retainAll(article.getValue().get(entities.get(j)));
          for (String[] sl : slices(s[1], s[2])) {
            long[] c =
                pairs.computeIfAbsent(
                    s[0] + "|" + sl[0] + "|" + sl[1] + "|" + entities.get(i) + "|" + entities.get(j),
                    k -> new long[3]);
            c[0]++;
            c[1] += shared.isEmpty() ? 0 : 1;
            c[2] += shared.size();
          }
        }
      }
    }
    // Edges per network (period|scope|lang|source), then node strength and degree.
    Map<String, Double> strength = new HashMap<>();
    Map<String, Long> degree = new HashMap<>();
    for (Map.Entry<String, long[]> e : pairs.entrySet()) {
      String[] k = e.getKey().split("\\|");
      for (String scope : List.of("article", "sentence")) {
        long w = scope.equals("article") ? e.getValue()[0] : e.getValue()[1];
        if (w == 0) {
          continue;
        }
        for (String node : List.of(k[3], k[4])) {
          String n = String.join("|", k[0], scope, k[1], k[2], node);
          strength.merge(n, (double) w, Double::sum);
          degree.merge(n, 1L, Long::sum);
        }
      }
    }
    for (Map.Entry<String, long[]> e : pairs.entrySet()) {
      String[] k = e.getKey().split("\\|");
      String sliceKey = k[0] + "|" + k[1] + "|" + k[2];
      long n = nDocs.get(sliceKey);
      long na = entityDocs.get(sliceKey + "|" + k[3]);
      long nb = entityDocs.get(sliceKey + "|" + k[4]);
      for (String scope : List.of("article", "sentence")) {
        long w = scope.equals("article") ? e.getValue()[0] : e.getValue()[1];
        if (w == 0) {
          continue;
        }
        double pab = (double) w / n;
        double pa = (double) na / n;
        double pb = (double) nb / n;
        double pmi = Math.log(pab / (pa * pb));
        double npmi = w == n ? 1.0 : pmi / -Math.log(pab);
        double pA = side(w, String.join("|", k[0], scope, k[1], k[2], k[3]), strength, degree);
        double pB = side(w, String.join("|", k[0], scope, k[1], k[2], k[4]), strength, degree);
        double backbone = Double.isNaN(pA) ? (Double.isNaN(pB) ? 1.0 : pB) : (Double.isNaN(pB) ? pA : Math.max(pA, pB));
        ref.rows.put(
            key(k[0], scope, k[1], k[2], k[3], k[4]),
            new Expected(w, e.getValue()[2], na, nb, n, pmi, npmi, Math.exp(pmi), backbone));
      }
    }
    return ref;
  }

  private static double side(long w, String node, Map<String, Double> strength, Map<String, Long> degree) {
    long k = degree.get(node);
    return k == 1 ? Double.NaN : Math.pow(1 - w / strength.get(node), k - 1);
  }

  private static String[][] slices(String lang, String source) {
    return new String[][] {{lang, source}, {lang, ALL}, {ALL, source}, {ALL, ALL}};
  }
}
