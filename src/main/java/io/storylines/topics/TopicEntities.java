package io.storylines.topics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The entities most associated with a topic, from topic weights summed over the articles that
 * mention each entity.
 *
 * <p>For topic t and entity e, over one model's scored articles: P(e | t) = W(e, t) / W(t), where
 * W(e, t) sums t's weight over the articles that mention e and W(t) sums it over all articles;
 * P(e) = N(e) / N, the share of articles that mention e. The score is P(e | t) · ln(P(e | t) /
 * P(e)), e's term in the Kullback–Leibler divergence of the topic's entity distribution from the
 * corpus's: it rewards an entity that is both frequent in the topic and more frequent there than
 * elsewhere, where the lift alone would favour rare entities. An entity qualifies when it is
 * mentioned in at least {@code minArticles} articles, W(e, t) is at least 1 (an article's worth of
 * weight), and the lift is above 1.
 *
 * <p>Entities are ranked by score to 12 significant digits, then by id. Two entities mentioned in the
 * same articles have equal scores in exact arithmetic, but Spark sums their weights in the order a
 * shuffle delivers the rows, which differs between runs on a cluster; compared to the last bit,
 * such a tie would go either way, and with it the topic's label.
 */
public final class TopicEntities {
  /** One entity's figures for one topic. */
  public record Association(String entityId, double weight, long articles, double lift, double score) {}

  private final int minArticles;

  public TopicEntities(int minArticles) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1, got " + minArticles);
    }
    this.minArticles = minArticles;
  }

  /**
   * @param topicWeight W(t)
   * @param documents N, the scored articles
   * @param entityWeights W(e, t) per entity
   * @param entityArticles N(e) per entity
   * @param limit the most to return
   * @return the qualifying entities, best first (ties by entity id)
   */
  public List<Association> rank(
      double topicWeight,
      long documents,
      Map<String, Double> entityWeights,
      Map<String, Long> entityArticles,
      int limit) {
    List<Association> associations = new ArrayList<>();
    if (topicWeight <= 0 || documents <= 0) {
      return associations;
    }
    for (Map.Entry<String, Double> entry : entityWeights.entrySet()) {
      long articles = entityArticles.getOrDefault(entry.getKey(), 0L);
      double weight = entry.getValue();
      if (articles < minArticles || weight < 1.0) {
        continue;
      }
      double inTopic = weight / topicWeight;
      double lift = inTopic / ((double) articles / documents);
      if (lift <= 1.0) {
        continue;
      }
      associations.add(new Association(entry.getKey(), weight, articles, lift, inTopic * Math.log(lift)));
    }
    associations.sort(
        Comparator.comparingDouble((Association a) -> rankingScore(a.score()))
            .reversed()
            .thenComparing(Association::entityId));
    return associations.subList(0, Math.min(limit, associations.size()));
  }

  /** The score as ranked: to 12 significant digits, so that sums in another order tie. */
  static double rankingScore(double score) {
    return new BigDecimal(score).round(new MathContext(12)).doubleValue();
  }

  /**
   * A topic's label: its first {@code terms} top terms, then, after " | ", the display names of its
   * associated entities, if any.
   */
  public static String label(List<String> topTerms, List<String> entityNames, int terms) {
    String words = String.join(" · ", topTerms.subList(0, Math.min(terms, topTerms.size())));
    return entityNames.isEmpty() ? words : words + " | " + String.join(", ", entityNames);
  }
}
