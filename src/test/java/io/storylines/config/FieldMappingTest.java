package io.storylines.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

  @Test
  void defaultsTryTheDocumentedNamesInOrder() {
    FieldMapping mapping = FieldMapping.defaults();
    assertEquals(List.of("body", "text", "content"), mapping.namesFor(ArticleField.BODY));
    assertEquals(
        List.of("published_at", "date", "published", "time", "datetime"),
        mapping.namesFor(ArticleField.PUBLISHED_AT));
  }

  @Test
  void mapReplacesTheDefaultsOfOneFieldOnly() {
    FieldMapping mapping = FieldMapping.parse(List.of("title=article_title,body=article_content"));
    assertEquals(List.of("article_title"), mapping.namesFor(ArticleField.TITLE));
    assertEquals(List.of("article_content"), mapping.namesFor(ArticleField.BODY));
    assertEquals(List.of("url", "link"), mapping.namesFor(ArticleField.URL));
  }

  @Test
  void mapMayBeRepeatedAndNameADottedPath() {
    FieldMapping mapping =
        FieldMapping.parse(List.of("title=properties.title.stringValue", "published_at=p.d"));
    assertEquals(List.of("properties.title.stringValue"), mapping.namesFor(ArticleField.TITLE));
    assertEquals(List.of("p.d"), mapping.namesFor(ArticleField.PUBLISHED_AT));
  }

  @Test
  void unknownFieldIsNamedInTheError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(List.of("titel=x")));
    assertTrue(e.getMessage().contains("titel"), e.getMessage());
  }

  @Test
  void pairWithoutEqualsIsAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(List.of("title")));
    assertTrue(e.getMessage().contains("field=name"), e.getMessage());
  }

  @Test
  void sameFieldTwiceIsAnError() {
    assertThrows(
        IllegalArgumentException.class, () -> FieldMapping.parse(List.of("title=a", "title=b")));
  }
}
