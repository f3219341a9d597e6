package io.storylines.storyline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides whether one article belongs to one storyline, and how: pure logic, no Spark. Input: the
 * article's text ({@link ArticleText}) and its gazetteer mentions ({@link AnchorMention}); output: a
 * {@link StorylineMatch}, or empty when the rule says no.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li><em>Sentence</em>: a body sentence ({@code articles.sentences}), or the title, which counts
 *       as one sentence with index {@code -1} (as in {@code cooccurrence}).
 *   <li><em>Anchor sentence</em>: a sentence that mentions an entity of every anchor group.
 *   <li><em>Lexicon hit</em>: a frame term found in a sentence ({@link LexiconMatcher}).
 *   <li><em>On-storyline sentence</em>: an anchor sentence, or a sentence with a lexicon hit.
 * </ul>
 *
 * <h2>Rules, in order</h2>
 *
 * <ol>
 *   <li><b>Anchors</b> (modes {@code sentence} and {@code article}). Mode {@code sentence}: the
 *       article has at least {@code min_sentences} anchor sentences. Mode {@code article}: every
 *       group is mentioned somewhere in the article. Mode {@code lexicon} asks nothing of anchors.
 *       An article that fails here is not read any further.
 *   <li><b>Lexicon.</b> The article has at least {@code min_lexicon_hits} lexicon hits, title and
 *       body together (default 0, so anchor modes need none; mode {@code lexicon} needs at least 1).
 *   <li><b>Evidence</b>: the sentences that satisfied the rule. Mode {@code sentence}: the anchor
 *       sentences. Mode {@code article}: the sentences that mention any anchor group. Mode {@code
 *       lexicon}: the sentences with a lexicon hit.
 *   <li><b>Score</b>: on-storyline sentences over all sentences (the title included), in [0, 1]: the
 *       share of the article that is about the storyline, comparable across articles of any length
 *       (0 only in mode {@code article}, when no sentence mentions every group and none has a term).
 *   <li><b>Frames</b>: every frame with at least one hit, with its hits, whatever the mode.
 * </ol>
 */
public final class StorylineMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final StorylineDefinition definition;
  private final Map<String, Integer> groupOfEntity = new HashMap<>();
  private final LexiconMatcher lexicon;

  public StorylineMatcher(StorylineDefinition definition) {
    this.definition = definition;
    List<AnchorGroup> groups = definition.anchors();
    for (int g = 0; g < groups.size(); g++) {
      for (String entityId : groups.get(g).entityIds()) {
        groupOfEntity.put(entityId, g);
      }
    }
    this.lexicon = new LexiconMatcher(definition.frames());
  }

  public StorylineDefinition definition() {
    return definition;
  }

  /** The storyline's verdict on one article. */
  public Optional<StorylineMatch> match(ArticleText article, List<AnchorMention> mentions) {
    RelevanceRule rule = definition.rule();
    int groups = definition.anchors().size();
    Map<Integer, BitSet> groupsBySentence = new TreeMap<>();
    BitSet inArticle = new BitSet(groups);
    for (AnchorMention mention : mentions) {
      Integer group = groupOfEntity.get(mention.entityId());
      if (group != null) {
        groupsBySentence.computeIfAbsent(mention.sentence(), s -> new BitSet(groups)).set(group);
        inArticle.set(group);
      }
    }
    List<Integer> anchorSentences = new ArrayList<>();
    groupsBySentence.forEach(
        (sentence, found) -> {
          if (groups > 0 && found.cardinality() == groups) {
            anchorSentences.add(sentence);
          }
        });
    boolean anchored =
        switch (rule.mode()) {
          case SENTENCE -> anchorSentences.size() >= rule.minSentences();
          case ARTICLE -> inArticle.cardinality() == groups;
          case LEXICON -> true;
        };
    if (!anchored) {
      return Optional.empty();
    }
    int[] hitsByFrame = new int[definition.frames().size()];
    TreeSet<Integer> hitSentences = new TreeSet<>();
    int lexiconHits = 0;
    if (article.title() != null && !article.title().isBlank()) {
      lexiconHits += countHits(article.title(), article.lang(), AnchorMention.TITLE, hitsByFrame, hitSentences);
    }
    for (int s = 0; s < article.sentences().size(); s++) {
      lexiconHits += countHits(article.sentences().get(s), article.lang(), s, hitsByFrame, hitSentences);
    }
    if (lexiconHits < rule.minLexiconHits()) {
      return Optional.empty();
    }
    List<Integer> evidence =
        switch (rule.mode()) {
          case SENTENCE -> anchorSentences;
          case ARTICLE -> new ArrayList<>(groupsBySentence.keySet());
          case LEXICON -> new ArrayList<>(hitSentences);
        };
    TreeSet<Integer> onStoryline = new TreeSet<>(hitSentences);
    onStoryline.addAll(anchorSentences);
    double score = Math.min(1.0, onStoryline.size() / (double) Math.max(1, article.sentenceCount()));
    List<String> frames = new ArrayList<>();
    List<Integer> frameHits = new ArrayList<>();
    for (int f = 0; f < hitsByFrame.length; f++) {
      if (hitsByFrame[f] > 0) {
        frames.add(definition.frames().get(f).frameId());
        frameHits.add(hitsByFrame[f]);
      }
    }
    return Optional.of(
        new StorylineMatch(
            definition.storylineId(),
            score,
            frames,
            frameHits,
            evidence,
            anchorSentences.size(),
            lexiconHits));
  }

  private int countHits(
      String text, String lang, int sentence, int[] hitsByFrame, TreeSet<Integer> hitSentences) {
    List<LexiconMatcher.Hit> hits = lexicon.find(text, lang);
    for (LexiconMatcher.Hit hit : hits) {
      hitsByFrame[hit.frame()]++;
    }
    if (!hits.isEmpty()) {
      hitSentences.add(sentence);
    }
    return hits.size();
  }
}
