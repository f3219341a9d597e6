package io.storylines.entities;

import io.storylines.text.CodePoints;
import io.storylines.text.HtmlText;
import io.storylines.text.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the gazetteer's entities in one article: in its title and its body, with one {@link
 * AliasMatcher} built from every alias and adjective of every entity. Rules, in order:
 *
 * <ol>
 *   <li>The title and the body are matched separately (a name never spans the two).
 *   <li>Ambiguous aliases are resolved over the whole article ({@link
 *       AliasMatcher#resolveAmbiguous}): kept only when the same article names the entity
 *       unambiguously too; otherwise the names inside an ambiguous one count in its place.
 *   <li>Offsets become code points of their text, the unit of the published tables.
 * </ol>
 *
 * <p>Serializable: Spark ships it to executors, where the automaton is built once per instance on
 * first use (the gazetteer's few thousand aliases take milliseconds).
 */
public final class EntityExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<AliasPattern> patterns;
  private transient AliasMatcher matcher;

  public EntityExtractor(Gazetteer gazetteer) {
    this.patterns = List.copyOf(patternsOf(gazetteer));
  }

  /** Every alias and adjective of every entity, as matcher patterns. */
  static List<AliasPattern> patternsOf(Gazetteer gazetteer) {
    List<AliasPattern> patterns = new ArrayList<>();
    for (GazetteerEntity entity : gazetteer.entities()) {
      for (GazetteerEntity.Surface surface : entity.surfaces()) {
        patterns.add(
            new AliasPattern(
                entity.entityId(),
                surface.lang(),
                surface.text(),
                surface.adjectival(),
                surface.caseSensitive(),
                surface.ambiguous()));
      }
    }
    return patterns;
  }

  private AliasMatcher matcher() {
    if (matcher == null) {
      matcher = AliasMatcher.build(patterns);
    }
    return matcher;
  }

  /**
   * @param bodySentences the body's sentences as UTF-16 spans, in order
   */
  public List<ArticleMention> extract(
      String title, String body, String lang, List<Sentence> bodySentences) {
    List<Mention> inTitle = title == null ? List.of() : matcher().find(title, lang);
    List<Mention> inBody = matcher().find(body, lang, bodySentences);
    List<Mention> all = new ArrayList<>(inTitle);
    all.addAll(inBody);
    Set<String> namedClearly = AliasMatcher.namedClearly(all);
    List<Mention> keptTitle = AliasMatcher.resolveAmbiguous(inTitle, namedClearly);
    List<Mention> keptBody = AliasMatcher.resolveAmbiguous(inBody, namedClearly);
    List<ArticleMention> mentions = new ArrayList<>(keptTitle.size() + keptBody.size());
    addInCodePoints(mentions, ArticleMention.TITLE, title, keptTitle);
    addInCodePoints(mentions, ArticleMention.BODY, body, keptBody);
    return mentions;
  }

  /**
   * Names in the body that the gazetteer does not know ({@link NameDiscovery}), with the body's
   * gazetteer mentions excluded. Discovery reads the body with its markup masked ({@link
   * HtmlText#maskMarkup}), so that an image's file name or a tag's attributes are not taken for
   * names; the offsets stay the body's.
   *
   * @param bodySentences the body's sentences as UTF-16 spans, in order
   */
  public List<NameCandidate> discover(String body, String lang, List<Sentence> bodySentences) {
    List<Mention> known = matcher().find(body, lang, bodySentences);
    return new NameDiscovery().discover(HtmlText.maskMarkup(body), lang, bodySentences, known);
  }

  private static void addInCodePoints(
      List<ArticleMention> out, String part, String text, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    int[] starts = new int[mentions.size()];
    int[] ends = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      starts[i] = mentions.get(i).charStart();
      ends[i] = mentions.get(i).charEnd();
    }
    if (CodePoints.hasSurrogates(text)) {
      CodePoints.toCodePoints(text, starts);
      CodePoints.toCodePoints(text, ends);
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      out.add(
          new ArticleMention(
              part,
              ArticleMention.BODY.equals(part) ? m.sentenceIndex() : null,
              m.entityId(),
              m.surface(),
              starts[i],
              ends[i],
              m.adjectival()));
    }
  }
}
