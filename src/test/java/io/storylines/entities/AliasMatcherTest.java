package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@link AliasMatcher}, in the order of its class doc, in Arabic, English and
 * Turkish; then the mention's fields, then building.
 */
class AliasMatcherTest {

  private static final List<AliasPattern> ALIASES =
      List.of(
          AliasPattern.of("syria", "en", "Syria"),
          adjective("syria", "en", "Syrian"),
          AliasPattern.of("syria", "tr", "Suriye"),
          AliasPattern.of("syria", "ar", "سوريا"),
          AliasPattern.of("syria", "ar", "سورية"),
          adjective("syria", "ar", "سوري"),
          AliasPattern.of("assad", "en", "Bashar al-Assad"),
          AliasPattern.of("assad", "en", "Assad"),
          AliasPattern.of("assad", "tr", "Beşar Esad"),
          ambiguous("assad", "tr", "Esad"),
          AliasPattern.of("assad", "ar", "بشار الأسد"),
          ambiguous("assad", "ar", "الأسد"),
          AliasPattern.of("shaibani", "tr", "Esad Şeybani"),
          AliasPattern.of("shaibani", "tr", "Esad Hasan Şeybani"),
          AliasPattern.of("shaibani", "ar", "أسعد الشيباني"),
          AliasPattern.of("sharaa", "ar", "أحمد الشرع"),
          AliasPattern.of("sharaa", "en", "Ahmed al-Sharaa"),
          AliasPattern.of("trump", "en", "Donald Trump"),
          AliasPattern.of("trump", "en", "Trump"),
          AliasPattern.of("trump", "tr", "Trump"),
          AliasPattern.of("trump_jr", "en", "Donald Trump Jr."),
          AliasPattern.of("barrack", "en", "Tom Barrack"),
          AliasPattern.of("usa", "en", "United States"),
          new AliasPattern("usa", "en", "US", false, true, false),
          AliasPattern.of("usa", "tr", "ABD"),
          AliasPattern.of("usa", "ar", "الولايات المتحدة"),
          AliasPattern.of("washington", "en", "Washington"),
          AliasPattern.of("raqqa", "ar", "الرقة"),
          AliasPattern.of("raqqa", "tr", "Rakka"),
          AliasPattern.of("latakia", "ar", "اللاذقية"),
          AliasPattern.of("damascus", "ar", "دمشق"),
          AliasPattern.of("damascus", "tr", "Şam"),
          AliasPattern.of("iraq", "tr", "Irak"),
          AliasPattern.of("isis", "en", "Islamic State"),
          new AliasPattern("isis", "en", "IS", false, true, true),
          AliasPattern.of("isis", "ar", "داعش"),
          AliasPattern.of("isis", "tr", "IŞİD"),
          AliasPattern.of("li", "ar", "لي"),
          ambiguous("syrian_gov", "en", "Syrian government"),
          AliasPattern.of("syrian_gov", "en", "Syrian transitional government"),
          ambiguous("damascus_gov", "en", "Damascus Syrian government"));

  private static final AliasMatcher MATCHER = AliasMatcher.build(ALIASES);

  private static AliasPattern adjective(String entityId, String lang, String surface) {
    return new AliasPattern(entityId, lang, surface, true, false, false);
  }

  private static AliasPattern ambiguous(String entityId, String lang, String surface) {
    return new AliasPattern(entityId, lang, surface, false, false, true);
  }

  /** The mentions as {@code entity=surface}, in text order. */
  private static List<String> found(String text, String lang) {
    return found(MATCHER, text, lang);
  }

  private static List<String> found(AliasMatcher matcher, String text, String lang) {
    List<String> found = new ArrayList<>();
    for (Mention mention : matcher.find(text, lang)) {
      found.add(mention.entityId() + "=" + mention.surface());
    }
    return found;
  }

  private static Mention only(String text, String lang) {
    List<Mention> mentions = MATCHER.find(text, lang);
    assertEquals(1, mentions.size(), mentions.toString());
    return mentions.get(0);
  }

  // Rule 1: token boundaries.

  @Test
  void matchStartsAndEndsWithItsToken() {
    assertEquals(List.of(), found("Esadullah ve Trumpçılar toplandı.", "tr"));
    assertEquals(List.of(), found("The Trumpian era and AntiTrump posters.", "en"));
    assertEquals(List.of(), found("قال الدمشقيون إن الحلبيين وصلوا.", "ar"));
    assertEquals(
        List.of("trump=Trump", "trump=Trump"), found("(Trump) and the Trump-Putin summit", "en"));
  }

  @Test
  void digitsAreWordChars() {
    assertEquals(List.of(), found("Syria2 and 2Syria", "en"));
  }

  @Test
  void spaceInAnAliasMatchesASpaceNotALineBreak() {
    assertEquals(List.of("trump=Donald \t Trump"), found("Donald \t Trump", "en"));
    assertEquals(List.of("trump=Trump"), found("Donald\nTrump", "en"));
  }

  // Rule 2: Arabic proclitics.

  @Test
  void conjunctionAndPrepositionStandBeforeAName() {
    assertEquals(
        List.of("damascus=دمشق", "damascus=دمشق", "damascus=دمشق", "damascus=دمشق"),
        found("وصل إلى دمشق ثم غادر فدمشق وبدمشق ولدمشق", "ar"));
  }

  @Test
  void nameWithoutArticleTakesTheArticle() {
    Mention mention = only("قال المسؤول السوري", "ar");
    assertEquals("syria=سوري", mention.entityId() + "=" + mention.surface());
    assertTrue(mention.adjectival());
    assertEquals(
        List.of("syria=سوري", "syria=سوري", "syria=سوري"), found("والسوري بالسوري للسوري", "ar"));
  }

  @Test
  void nameWithArticleTakesConjunctionAndPreposition() {
    assertEquals(
        List.of("raqqa=الرقة", "raqqa=الرقة", "raqqa=الرقة", "raqqa=الرقة"),
        found("الرقة والرقة بالرقة فبالرقة", "ar"));
  }

  @Test
  void nameWithArticleTakesNoSecondArticle() {
    assertEquals(List.of(), found("الالرقة لالرقة رقة", "ar"));
  }

  @Test
  void lamElidesTheAlefOfTheArticle() {
    String text = "عادت قوات للرقة ثم وللرقة";
    List<Mention> mentions = MATCHER.find(text, "ar");
    assertEquals(2, mentions.size(), mentions.toString());
    assertEquals("للرقة", mentions.get(0).surface());
    assertEquals(text.indexOf("للرقة"), mentions.get(0).charStart());
    assertEquals("للرقة", mentions.get(1).surface());
    assertEquals(text.indexOf("وللرقة") + 1, mentions.get(1).charStart());
  }

  @Test
  void lamMergesWithTheArticleBeforeALam() {
    assertEquals(
        List.of("latakia=اللاذقية", "latakia=للاذقية"), found("اللاذقية والتابعة للاذقية", "ar"));
  }

  @Test
  void elidedKeyNeedsTheLamBeforeIt() {
    assertEquals(List.of(), found("لرقة ولرقة", "ar"));
  }

  @Test
  void procliticRunMustStartTheToken() {
    assertEquals(List.of(), found("مبدمشق ببدمشق ووودمشق", "ar"));
  }

  @Test
  void shortNameTakesNoProclitics() {
    assertEquals(List.of("li=لي"), found("استقبل ولي العهد السيد لي", "ar"));
  }

  @Test
  void arabicNameTakesNoSuffix() {
    assertEquals(List.of(), found("دمشقي سوريين", "ar"));
  }

  // Rule 3: apostrophe suffixes.

  @Test
  void apostropheSuffixFollowsAName() {
    assertEquals(
        List.of("syria=Suriye", "usa=ABD", "damascus=Şam", "trump=Trump"),
        found("Suriye'nin ABD'ye tepkisi, Şam'da Trump’ın sözleri.", "tr"));
  }

  @Test
  void noAliasStartsAfterAnApostrophe() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(AliasPattern.of("syria", "tr", "Suriye"), AliasPattern.of("x", "tr", "nin")));
    assertEquals(List.of("syria=Suriye"), found(matcher, "Suriye'nin", "tr"));
    assertEquals(List.of("x=nin"), found(matcher, "'nin' dedi", "tr"));
  }

  // Rule 4: Turkish derivations.

  @Test
  void turkishOriginSuffixMakesAnAdjectivalMention() {
    List<Mention> mentions =
        MATCHER.find("Suriyeli göçmenler, Suriyeliler ve Suriyelilerin aileleri Iraklı.", "tr");
    assertEquals(4, mentions.size(), mentions.toString());
    for (Mention mention : mentions) {
      assertTrue(mention.adjectival(), mention.toString());
    }
    assertEquals("Suriye", mentions.get(0).surface());
    assertEquals("Irak", mentions.get(3).surface());
  }

  @Test
  void turkishSuffixSetIsClosed() {
    assertEquals(
        List.of(), found("Şampiyon Şamdan Şamlı Rakkada Suriyelik Suriyecilik ABDli", "tr"));
  }

  @Test
  void onlyTurkishAliasesTakeDerivations() {
    assertEquals(List.of(), found("Syriali Trumplı", "tr"));
  }

  // Rule 5: English.

  @Test
  void englishPossessiveIsAnApostropheSuffix() {
    assertEquals(
        List.of("trump=Trump", "barrack=Tom Barrack", "syria=Syria"),
        found("Trump's envoy Tom Barrack said Syria’s future matters.", "en"));
  }

  @Test
  void englishPluralIsNoSuffix() {
    assertEquals(List.of(), found("Syrias and Assads", "en"));
  }

  // Rule 6: longest match wins.

  @Test
  void longestMatchWins() {
    assertEquals(
        List.of("shaibani=Esad Şeybani", "washington=Washington"),
        found("Dışişleri Bakanı Esad Şeybani Washington'da konuştu.", "tr"));
    assertEquals(List.of("shaibani=Esad Hasan Şeybani"), found("Esad Hasan Şeybani", "tr"));
    assertEquals(
        List.of("trump_jr=Donald Trump Jr.", "trump=Donald Trump"),
        found("Donald Trump Jr. praised Donald Trump.", "en"));
    assertEquals(List.of("assad=بشار الأسد"), found("وقال بشار الأسد", "ar"));
    assertEquals(List.of("assad=Bashar al-Assad"), found("Bashar al-Assad", "en"));
  }

  @Test
  void longerMatchBeatsAnEarlierShorterOne() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(
                AliasPattern.of("a", "tr", "Ali Hasan"),
                AliasPattern.of("b", "tr", "Hasan Can Yılmaz")));
    assertEquals(List.of("b=Hasan Can Yılmaz"), found(matcher, "Ali Hasan Can Yılmaz", "tr"));
  }

  @Test
  void nonOverlappingMatchesAreAllKept() {
    assertEquals(
        List.of("sharaa=أحمد الشرع", "shaibani=أسعد الشيباني", "usa=الولايات المتحدة"),
        found("وقال الرئيس أحمد الشرع إن أسعد الشيباني زار الولايات المتحدة", "ar"));
  }

  @Test
  void equalLengthTieGoesToTheFirst() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(
                AliasPattern.of("a", "tr", "Ali Hasan"), AliasPattern.of("b", "tr", "Hasan Can")));
    assertEquals(List.of("a=Ali Hasan"), found(matcher, "Ali Hasan Can", "tr"));
  }

  @Test
  void sameSpanTieGoesToTheCaseSensitiveAlias() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(
                new AliasPattern("usa", "en", "US", false, true, false),
                AliasPattern.of("pronoun", "en", "us")));
    assertEquals(List.of("usa=US", "pronoun=us"), found(matcher, "US told us", "en"));
  }

  @Test
  void sameSpanTieGoesToTheNonAdjectivalAlias() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(
                new AliasPattern("turkey", "en", "Turkey", true, true, false),
                AliasPattern.of("bird", "en", "turkey")));
    assertEquals(List.of("bird=Turkey"), found(matcher, "Turkey", "en"));
  }

  // Rule 7: case-sensitive aliases.

  @Test
  void caseSensitiveAliasMatchesItsExactCase() {
    assertEquals(List.of("usa=US"), found("US troops left; let us go. Us too.", "en"));
    assertEquals(List.of("isis=IS"), found("IS claimed it. It is what it is, said Is.", "en"));
    assertEquals(List.of("usa=ＵＳ"), found("ＵＳ forces", "en"));
  }

  @Test
  void caseInsensitiveAliasMatchesAnyCase() {
    assertEquals(List.of("usa=ABD", "usa=abd"), found("ABD ve abd", "tr"));
    assertEquals(List.of("assad=ASSAD"), found("ASSAD", "en"));
  }

  // Rule 8: ambiguous aliases.

  @Test
  void ambiguousMentionAloneIsDropped() {
    List<Mention> mentions = MATCHER.find("Esad açıklama yaptı.", "tr");
    assertEquals(1, mentions.size());
    assertTrue(mentions.get(0).ambiguous());
    assertEquals(List.of(), AliasMatcher.resolveAmbiguous(mentions));
    assertEquals(
        List.of(), AliasMatcher.resolveAmbiguous(MATCHER.find("زئير الأسد في الغابة", "ar")));
    assertEquals(List.of(), AliasMatcher.resolveAmbiguous(MATCHER.find("IS claimed it", "en")));
  }

  @Test
  void ambiguousMentionNextToAnUnambiguousOneIsKept() {
    List<Mention> turkish = MATCHER.find("Beşar Esad konuştu. Esad ayrıca dedi ki", "tr");
    assertEquals(2, turkish.size());
    assertEquals(turkish, AliasMatcher.resolveAmbiguous(turkish));
    List<Mention> arabic = MATCHER.find("بشار الأسد. وقال الأسد", "ar");
    assertEquals(2, arabic.size());
    assertEquals(arabic, AliasMatcher.resolveAmbiguous(arabic));
    List<Mention> english = MATCHER.find("The Islamic State, or IS, said", "en");
    assertEquals(List.of("isis", "isis"), english.stream().map(Mention::entityId).toList());
    assertEquals(english, AliasMatcher.resolveAmbiguous(english));
  }

  @Test
  void namesInsideAnAmbiguousMentionCountWhenItDoesNot() {
    List<Mention> mentions = MATCHER.find("The Syrian government said", "en");
    assertEquals(List.of("syrian_gov"), mentions.stream().map(Mention::entityId).toList());
    Mention inner = mentions.get(0).inner().get(0);
    assertEquals(List.of("syria", "Syrian", 4, 10, true), List.of(inner.entityId(), inner.surface(), inner.charStart(), inner.charEnd(), inner.adjectival()));
    assertEquals(List.of(inner), AliasMatcher.resolveAmbiguous(mentions));
    // Next to an unambiguous name of its entity, the ambiguous mention counts, and its inner ones
    // do not.
    List<Mention> named = MATCHER.find("The Syrian transitional government met. The Syrian government said", "en");
    assertEquals(named, AliasMatcher.resolveAmbiguous(named));
    assertEquals(List.of("syrian_gov", "syrian_gov"), named.stream().map(Mention::entityId).toList());
    // Inner mentions are judged by the same rule, down to unambiguous ones.
    List<Mention> nested = MATCHER.find("the Damascus Syrian government", "en");
    assertEquals(
        List.of("syria"),
        AliasMatcher.resolveAmbiguous(nested).stream().map(Mention::entityId).toList());
    // Unambiguous mentions have no inner ones.
    assertEquals(List.of(), only("Bashar al-Assad", "en").inner());
  }

  @Test
  void ambiguityIsResolvedPerEntity() {
    List<Mention> mentions = MATCHER.find("Esad Şeybani ve Esad", "tr");
    assertEquals(List.of("shaibani", "assad"), mentions.stream().map(Mention::entityId).toList());
    assertEquals(
        List.of("shaibani"),
        AliasMatcher.resolveAmbiguous(mentions).stream().map(Mention::entityId).toList());
  }

  // The mention's fields.

  @Test
  void spanIsInTheOriginalText() {
    String text = "قال بـشـار الأَسَـد";
    Mention mention = only(text, "ar");
    assertEquals("بـشـار الأَسَـد", mention.surface());
    assertEquals(text.substring(mention.charStart(), mention.charEnd()), mention.surface());
    assertEquals("بشار الأسد", mention.alias());
  }

  @Test
  void spanSkipsMarkup() {
    String text = "<p>Visit &amp; see <b>Syria</b></p>";
    Mention mention = only(text, "en");
    assertEquals("Syria", mention.surface());
    assertEquals(text.indexOf("Syria"), mention.charStart());
  }

  @Test
  void aliasesOfEveryLanguageMatchInEveryText() {
    assertEquals(
        List.of("isis=داعش", "assad=Esad"), found("Fighters of داعش met Esad's men", "en"));
  }

  @Test
  void dottedAndDotlessIMeet() {
    assertEquals(List.of("iraq=IRAK", "iraq=Irak"), found("IRAK Irak", "en"));
    assertEquals(List.of("iraq=IRAK", "isis=IŞİD", "isis=ışid"), found("IRAK IŞİD ışid", "tr"));
  }

  @Test
  void apostrophesMeet() {
    AliasMatcher matcher = AliasMatcher.build(List.of(AliasPattern.of("baath", "en", "Ba'ath")));
    assertEquals(
        List.of("baath=Ba’ath", "baath=Baʼath", "baath=Ba'ath"),
        found(matcher, "Ba’ath, Baʼath and Ba'ath's", "en"));
  }

  @Test
  void sentenceIndexIsTheSentenceTheMentionStartsIn() {
    String text = "Trump spoke. Then Syria. Assad too.";
    List<Sentence> sentences =
        List.of(new Sentence(0, 12), new Sentence(13, 24), new Sentence(25, 35));
    List<Mention> mentions = MATCHER.find(text, "en", sentences);
    assertEquals(List.of(0, 1, 2), mentions.stream().map(Mention::sentenceIndex).toList());
  }

  @Test
  void textWithoutSentencesIsSentenceZero() {
    assertEquals(
        List.of(0, 0),
        MATCHER.find("Trump and Assad", "en").stream().map(Mention::sentenceIndex).toList());
  }

  @Test
  void plainAliasIsNotAdjectivalNorAmbiguous() {
    Mention mention = only("Syria", "en");
    assertFalse(mention.adjectival());
    assertFalse(mention.ambiguous());
    assertEquals(new Mention("syria", "Syria", "Syria", 0, 5, 0, false, false), mention);
  }

  // Building.

  @Test
  void sameKeyForTwoEntitiesIsRefused() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AliasMatcher.build(
                    List.of(
                        AliasPattern.of("assad", "tr", "Esad"),
                        AliasPattern.of("x", "en", "ESAD"))));
    assertTrue(error.getMessage().contains("'esad'"), error.getMessage());
  }

  @Test
  void sameKeyWithOtherFlagsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AliasMatcher.build(
                List.of(AliasPattern.of("assad", "tr", "Esad"), ambiguous("assad", "en", "Esad"))));
  }

  @Test
  void repeatedAliasOfOneEntityIsOneAlias() {
    AliasMatcher matcher =
        AliasMatcher.build(
            List.of(
                AliasPattern.of("trump", "en", "Trump"), AliasPattern.of("trump", "tr", "TRUMP")));
    assertEquals(List.of("trump=Trump"), found(matcher, "Trump", "tr"));
  }

  @Test
  void aliasWithoutLetterOrDigitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AliasMatcher.build(List.of(AliasPattern.of("x", "en", "- -"))));
    assertThrows(IllegalArgumentException.class, () -> AliasPattern.of("x", "en", " "));
    assertThrows(IllegalArgumentException.class, () -> AliasPattern.of(" ", "en", "Syria"));
  }

  @Test
  void noAliasesFindNothing() {
    assertEquals(List.of(), AliasMatcher.build(List.of()).find("Syria", "en"));
  }
}
