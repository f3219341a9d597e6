package io.storylines.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GraphFormatTest {

  @Test
  void cliNamesAreLowerCaseConstantNames() {
    assertEquals("gexf", GraphFormat.GEXF.cliName());
    assertEquals("graphml", GraphFormat.GRAPHML.cliName());
  }

  @Test
  void extensionsHaveTheirDot() {
    assertEquals(".gexf", GraphFormat.GEXF.extension());
    assertEquals(".graphml", GraphFormat.GRAPHML.extension());
  }

  @Test
  void fromCliNameIgnoresCaseAndSurroundingSpaces() {
    assertEquals(GraphFormat.GEXF, GraphFormat.fromCliName("gexf"));
    assertEquals(GraphFormat.GRAPHML, GraphFormat.fromCliName(" GraphML "));
  }

  @Test
  void unknownNameListsTheValidNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GraphFormat.fromCliName("gml"));
    assertEquals("unknown graph format 'gml' (expected gexf or graphml)", e.getMessage());
  }

  @Test
  void nullNameIsUnknown() {
    assertThrows(IllegalArgumentException.class, () -> GraphFormat.fromCliName(null));
  }
}
