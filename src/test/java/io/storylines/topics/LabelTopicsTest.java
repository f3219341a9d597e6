package io.storylines.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ten articles of one model with two topics: five lean to topic 0 and mention Syria, five lean to
 * topic 1 and mention Turkey; all ten mention the United States, so it is associated with neither.
 */
@ExtendWith(SharedSpark.class)
class LabelTopicsTest {
  private static final StructType MENTIONS =
      new StructType().add("article_id", DataTypes.StringType).add("entity_id", DataTypes.StringType);

  private static FitTopics.Topic topic(int id, List<String> terms) {
    List<Double> weights = terms.stream().map(t -> 1.0 / terms.size()).toList();
    TopicCoherence coherence = new TopicCoherence(List.of(terms));
    TopicCoherence.Quality quality = coherence.score(coherence.newCounts()).get(0);
    return new FitTopics.Topic("en-run", "en", id, terms, weights, quality, 0);
  }

  @Test
  void entitiesNameTheTopicTheyLeanTo(SparkSession spark) {
    List<Row> docs = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean first = i < 5;
      String id = "a" + i;
      docs.add(
          RowFactory.create(
              id, "en", "en-run", first ? List.of(0.9, 0.1) : List.of(0.1, 0.9), first ? 0 : 1, 0.9, "2025-05"));
      mentions.add(RowFactory.create(id, first ? "syria" : "turkey"));
      mentions.add(RowFactory.create(id, first ? "syria" : "turkey"));
      mentions.add(RowFactory.create(id, "united_states"));
    }
    Dataset<Row> docTopics = spark.createDataFrame(docs, FitTopics.DOC_TOPICS);
    LabelTopics.Labelled labelled =
        new LabelTopics(Map.of("syria", "Syria", "turkey", "Turkey", "united_states", "United States"))
            .apply(
                List.of(topic(0, List.of("sanction", "bank")), topic(1, List.of("raid", "isis"))),
                docTopics,
                spark.createDataFrame(mentions, MENTIONS));
    assertEquals(4, labelled.topics().size(), "one row per term");
    Row first = labelled.quality().get(0);
    Row second = labelled.quality().get(1);
    assertEquals("sanction · bank | Syria", first.getString(3));
    assertEquals(List.of("syria"), first.get(10));
    assertEquals(0.5, first.getDouble(11), 1e-12, "weight share: 5 of 10 articles' weight");
    assertEquals("raid · isis | Turkey", second.getString(3));
    assertEquals("sanction · bank | Syria", labelled.topics().get(0).getString(6));
    assertEquals(2, labelled.topics().get(1).getInt(3), "rank");
  }
}
