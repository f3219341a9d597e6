package io.storylines.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicEntitiesTest {
  private final TopicEntities ranker = new TopicEntities(3);

  @Test
  void scoreIsTheEntitysShareOfTheTopicTimesItsLogLift() {
    // Topic weight 20 over 100 articles. syria: weight 10 in 20 articles; P(e|t) = 0.5, P(e) = 0.2.
    List<TopicEntities.Association> ranked =
        ranker.rank(20, 100, Map.of("syria", 10.0), Map.of("syria", 20L), 5);
    TopicEntities.Association syria = ranked.get(0);
    assertEquals(2.5, syria.lift(), 1e-12);
    assertEquals(0.5 * Math.log(2.5), syria.score(), 1e-12);
  }

  @Test
  void aFrequentEntityBeatsARareOneWithAHigherLift() {
    // rare: 3 articles, weight 3 (lift 5); common: 40 articles, weight 15 (lift 1.875).
    List<TopicEntities.Association> ranked =
        ranker.rank(20, 100, Map.of("rare", 3.0, "common", 15.0), Map.of("rare", 3L, "common", 40L), 5);
    assertEquals(List.of("common", "rare"), ranked.stream().map(TopicEntities.Association::entityId).toList());
  }

  @Test
  void entitiesBelowSupportWeightOrLiftAreLeftOut() {
    Map<String, Double> weights = Map.of("few", 2.0, "light", 0.5, "flat", 4.0, "kept", 6.0);
    Map<String, Long> articles = Map.of("few", 2L, "light", 3L, "flat", 20L, "kept", 10L);
    // flat: P(e|t) = 0.2 = P(e), lift 1.
    List<TopicEntities.Association> ranked = ranker.rank(20, 100, weights, articles, 5);
    assertEquals(List.of("kept"), ranked.stream().map(TopicEntities.Association::entityId).toList());
  }

  @Test
  void theLimitAndTiesAreDeterministic() {
    Map<String, Double> weights = Map.of("b", 5.0, "a", 5.0, "c", 5.0);
    Map<String, Long> articles = Map.of("b", 10L, "a", 10L, "c", 10L);
    assertEquals(
        List.of("a", "b"),
        ranker.rank(20, 100, weights, articles, 2).stream().map(TopicEntities.Association::entityId).toList());
    assertEquals(List.of(), ranker.rank(0, 100, weights, articles, 2));
  }

  @Test
  void scoresThatDifferInTheirLastBitsTieAndGoToTheEntityId() {
    // z and a are in the same articles; z's weight was summed in another order, one ulp higher.
    Map<String, Double> weights = Map.of("z", Math.nextUp(5.0), "a", 5.0);
    Map<String, Long> articles = Map.of("z", 10L, "a", 10L);
    List<TopicEntities.Association> ranked = ranker.rank(20, 100, weights, articles, 2);
    assertEquals(List.of("a", "z"), ranked.stream().map(TopicEntities.Association::entityId).toList());
    assertEquals(Math.nextUp(5.0), ranked.get(1).weight(), 0.0, "the figures themselves are not rounded");
  }

  @Test
  void labelJoinsTermsThenEntities() {
    assertEquals("a · b | Syria, Turkey", TopicEntities.label(List.of("a", "b", "c"), List.of("Syria", "Turkey"), 2));
    assertEquals("a · b · c", TopicEntities.label(List.of("a", "b", "c"), List.of(), 5));
    assertThrows(IllegalArgumentException.class, () -> new TopicEntities(0));
  }
}
