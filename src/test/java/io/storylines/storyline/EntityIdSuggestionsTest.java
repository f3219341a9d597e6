package io.storylines.storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.entities.Gazetteer;
import io.storylines.entities.GazetteerEntity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityIdSuggestionsTest {
  private static final Set<String> BUNDLED =
      Gazetteer.bundled().entities().stream().map(GazetteerEntity::entityId).collect(Collectors.toSet());

  @Test
  void aWordOfAnIdSuggestsIt() {
    assertEquals(List.of("recep_tayyip_erdogan"), EntityIdSuggestions.of("erdogan", BUNDLED));
  }

  @Test
  void aTypoSuggestsTheNearestIds() {
    assertEquals(List.of("syria"), EntityIdSuggestions.of("syira", BUNDLED));
    assertEquals(List.of("united_states"), EntityIdSuggestions.of("united_state", BUNDLED));
    assertEquals(List.of("united_states"), EntityIdSuggestions.of("United_States", BUNDLED));
  }

  @Test
  void wordsInOrderSuggestTheLongerId() {
    assertEquals(List.of("a_b_c"), EntityIdSuggestions.of("a_c", Set.of("a_b_c", "c_a", "x")));
  }

  @Test
  void atMostThreeClosestFirstAndNothingFarAway() {
    assertEquals(
        List.of("abcde", "abcdf", "abcdg"),
        EntityIdSuggestions.of("abcde", Set.of("abcdh", "abcdg", "abcdf", "abcde", "zzzzz")));
    assertEquals(List.of(), EntityIdSuggestions.of("akp", BUNDLED));
    assertEquals(List.of(), EntityIdSuggestions.of("no_such_entity", BUNDLED));
  }

  @Test
  void editDistanceStopsPastItsLimit() {
    assertEquals(1, EntityIdSuggestions.editDistance("syria", "syrian", 2));
    assertEquals(1, EntityIdSuggestions.editDistance("syira", "syria", 2), "a swap is one edit");
    assertEquals(3, EntityIdSuggestions.editDistance("kitten", "sitting", 2));
    assertEquals(3, EntityIdSuggestions.editDistance("kitten", "sitting", 5));
  }
}
