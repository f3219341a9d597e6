package io.storylines.storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link StorylineMatcher}: each rule of its class doc, mode by mode. */
class StorylineMatcherTest {

  private static final List<AnchorGroup> ANCHORS =
      List.of(
          new AnchorGroup("syria", List.of("syria", "ahmed_al_sharaa")),
          new AnchorGroup("us", List.of("united_states", "donald_trump")));

  private static final List<Frame> FRAMES =
      List.of(
          new Frame("diplomacy", "Diplomacy", Map.of("en", List.of("embassy", "envoy"), "ar", List.of("تطبيع"))),
          new Frame("sanctions", "Sanctions", Map.of("en", List.of("sanctions*", "Caesar Act"), "tr", List.of("yaptırım*"))));

  private static StorylineMatcher matcher(RelevanceRule rule) {
    return new StorylineMatcher(
        new StorylineDefinition("syria-us", "Syria and the US", null, ANCHORS, rule, FRAMES, "test.json"));
  }

  /** Title, then four body sentences. */
  private static final ArticleText ARTICLE =
      new ArticleText(
          "en",
          "Trump meets al-Sharaa",
          List.of(
              "Donald Trump met Ahmed al-Sharaa at the White House.",
              "Syria asked for sanctions relief.",
              "The United States will reopen its embassy.",
              "The weather was fine."));

  private static final List<AnchorMention> MENTIONS =
      List.of(
          new AnchorMention("donald_trump", -1),
          new AnchorMention("ahmed_al_sharaa", -1),
          new AnchorMention("donald_trump", 0),
          new AnchorMention("ahmed_al_sharaa", 0),
          new AnchorMention("syria", 1),
          new AnchorMention("united_states", 2),
          new AnchorMention("isis", 3));

  @Test
  void testSentenceModeNeedsEveryGroupInOneSentence() {
    StorylineMatch match = matcher(RelevanceRule.DEFAULT).match(ARTICLE, MENTIONS).orElseThrow();
    assertEquals(List.of(-1, 0), match.evidence());
    assertEquals(2, match.anchorSentences());
    List<AnchorMention> apart =
        List.of(new AnchorMention("syria", 1), new AnchorMention("united_states", 2));
    assertEquals(Optional.empty(), matcher(RelevanceRule.DEFAULT).match(ARTICLE, apart));
  }

  @Test
  void testSentenceModeMinSentences() {
    assertTrue(matcher(new RelevanceRule(RuleMode.SENTENCE, 2, 0)).match(ARTICLE, MENTIONS).isPresent());
    assertEquals(Optional.empty(), matcher(new RelevanceRule(RuleMode.SENTENCE, 3, 0)).match(ARTICLE, MENTIONS));
  }

  @Test
  void testArticleModeNeedsEveryGroupAnywhere() {
    RelevanceRule rule = new RelevanceRule(RuleMode.ARTICLE, 1, 0);
    List<AnchorMention> apart =
        List.of(new AnchorMention("syria", 1), new AnchorMention("united_states", 2), new AnchorMention("isis", 3));
    StorylineMatch match = matcher(rule).match(ARTICLE, apart).orElseThrow();
    assertEquals(List.of(1, 2), match.evidence());
    assertEquals(0, match.anchorSentences());
    assertEquals(Optional.empty(), matcher(rule).match(ARTICLE, List.of(new AnchorMention("syria", 1))));
  }

  @Test
  void testLexiconModeNeedsHitsNotAnchors() {
    RelevanceRule rule = new RelevanceRule(RuleMode.LEXICON, 1, 2);
    StorylineMatch match = matcher(rule).match(ARTICLE, List.of()).orElseThrow();
    assertEquals(List.of(1, 2), match.evidence());
    assertEquals(2, match.lexiconHits());
    assertEquals(
        Optional.empty(), matcher(new RelevanceRule(RuleMode.LEXICON, 1, 3)).match(ARTICLE, List.of()));
  }

  @Test
  void testMinLexiconHitsInAnAnchorMode() {
    assertTrue(matcher(new RelevanceRule(RuleMode.SENTENCE, 1, 2)).match(ARTICLE, MENTIONS).isPresent());
    ArticleText plain = new ArticleText("en", "Trump meets al-Sharaa", List.of("They spoke."));
    assertEquals(
        Optional.empty(), matcher(new RelevanceRule(RuleMode.SENTENCE, 1, 1)).match(plain, MENTIONS.subList(0, 2)));
  }

  @Test
  void testFramesAndHits() {
    StorylineMatch match = matcher(RelevanceRule.DEFAULT).match(ARTICLE, MENTIONS).orElseThrow();
    assertEquals(List.of("diplomacy", "sanctions"), match.frames());
    assertEquals(List.of(1, 1), match.frameHits());
    assertEquals(2, match.lexiconHits());
  }

  @Test
  void testScoreIsTheShareOfOnStorylineSentences() {
    StorylineMatch match = matcher(RelevanceRule.DEFAULT).match(ARTICLE, MENTIONS).orElseThrow();
    assertEquals(4 / 5.0, match.score(), 1e-12);
  }

  @Test
  void testTitleIsSentenceMinusOne() {
    ArticleText titled = new ArticleText("en", "Trump and Syria discuss the Caesar Act", List.of("Nothing here."));
    List<AnchorMention> inTitle = List.of(new AnchorMention("donald_trump", -1), new AnchorMention("syria", -1));
    StorylineMatch match = matcher(RelevanceRule.DEFAULT).match(titled, inTitle).orElseThrow();
    assertEquals(List.of(-1), match.evidence());
    assertEquals(List.of("sanctions"), match.frames());
    assertEquals(0.5, match.score(), 1e-12);
  }

  @Test
  void testArticleLanguageChoosesTheLexicon() {
    ArticleText turkish =
        new ArticleText("tr", null, List.of("ABD, Suriye'ye yönelik yaptırımları kaldırdı; embassy"));
    List<AnchorMention> both = List.of(new AnchorMention("united_states", 0), new AnchorMention("syria", 0));
    StorylineMatch match = matcher(RelevanceRule.DEFAULT).match(turkish, both).orElseThrow();
    assertEquals(List.of("sanctions"), match.frames());
    assertEquals(1.0, match.score(), 1e-12);
  }

  @Test
  void testOtherEntitiesAreIgnored() {
    List<AnchorMention> others = List.of(new AnchorMention("isis", 0), new AnchorMention("russia", 0));
    assertEquals(Optional.empty(), matcher(RelevanceRule.DEFAULT).match(ARTICLE, others));
  }
}
