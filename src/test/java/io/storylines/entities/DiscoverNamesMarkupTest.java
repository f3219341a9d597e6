package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name discovery reads bodies with their markup masked: the attributes of an image tag, escaped or
 * not (as RSS feeds carry them), are not names, while the names around them still are.
 */
class DiscoverNamesMarkupTest {
  private final EntityExtractor extractor = new EntityExtractor(Gazetteer.bundled());

  private List<String> surfaces(String body, String lang) {
    return extractor.discover(body, lang, List.of(new Sentence(0, body.length()))).stream()
        .map(NameCandidate::surface)
        .toList();
  }

  @Test
  void escapedImageTagsAreNotNames() {
    String body =
        "&lt;img src=\"http://i.milliyet.com.tr/YeniAnaResim/2018/01/20/Afrin.Jpeg\" /&gt;"
            + " Kemal Kılıçdaroğlu bugün Afrin konusunda konuştu.";
    assertEquals(List.of("Kemal Kılıçdaroğlu"), surfaces(body, "tr"));
    // Unmasked (and without the gazetteer, which knows Afrin), the image's path gives names.
    assertEquals(
        List.of("YeniAnaResim", "Afrin", "Jpeg", "Kemal Kılıçdaroğlu", "Afrin"),
        new NameDiscovery().discover(body, "tr", List.of(new Sentence(0, body.length())), List.of())
            .stream().map(NameCandidate::surface).toList());
  }

  @Test
  void tagsAndTheirAttributesAreNotNames() {
    String body =
        "<p><a href=\"http://example.com/Some/Path\" title=\"Breaking News\">Kamal Haddad</a>"
            + " met officials.</p><img alt=\"Photo Credit\" src=\"IMG.JPG\">";
    assertEquals(List.of("Kamal Haddad"), surfaces(body, "en"));
  }
}
