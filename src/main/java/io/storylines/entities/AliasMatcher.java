package io.storylines.entities;

import io.storylines.text.NormalizedText;
import io.storylines.text.Sentence;
import io.storylines.text.TextNormalizer;
import io.storylines.text.TurkishCaseFolder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds mentions of entities in Arabic, English and Turkish news text, given the entities' aliases
 * as plain {@link AliasPattern}s. Pure logic: no I/O, immutable and thread-safe once built; one
 * {@link AhoCorasick} automaton over all aliases, so a text is scanned once, in time linear in its
 * length plus the number of raw matches, whatever the number of aliases.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li><em>Match key</em>: {@link TextNormalizer#matchKey} of a text (NFKC, no tashkeel or
 *       tatweel, unified Arabic letters and digits, locale-correct lower case, {@code ة} as {@code
 *       ه}), then {@link #fold folded}: dotless {@code ı} to {@code i}, so that Turkish {@code
 *       IRAK} (lower-cased {@code ırak}) meets {@code Irak} in an English article, and the
 *       apostrophes {@code ’ ‘ ʼ} to {@code '}, so that {@code Ba’ath} is {@code Ba'ath}. An
 *       alias's key is its surface normalized with its own {@code lang}; a text's key is the text
 *       normalized once with the article's {@code lang}. Every alias is looked for in every text,
 *       whatever the languages: names rarely collide across scripts, and an English article may
 *       quote {@code داعش}.
 *   <li><em>Word char</em>, <em>token</em>: see {@link MatchTokens}; an apostrophe between two
 *       letters joins a suffix to its token.
 *   <li><em>Name span</em>: the part of the text that the alias's key matched, in the match key;
 *       the mention's {@code charStart} and {@code charEnd} are its ends mapped back to the
 *       original with {@link NormalizedText#originalStart} and {@link NormalizedText#originalEnd}.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * A raw match of an alias's key becomes a candidate when rules 1 to 5 and 7 allow it; rule 6 then
 * chooses among overlapping candidates, and rule 8 is left to the caller.
 *
 * <ol>
 *   <li><b>Token boundaries.</b> A key that starts with a word char must start a token, and one
 *       that ends with a word char must end one ({@code Esad} is not in {@code Esadullah}, {@code
 *       Şam} is not in {@code Şampiyon}, {@code Iran} is not in {@code Irani}); except as rules 2
 *       to 4 allow. Spaces inside an alias match single spaces only, so a name broken by a line
 *       break is not found (a line break ends a sentence in news bodies).
 *   <li><b>Arabic proclitics.</b> An alias that starts with an Arabic letter and has at least
 *       {@value MatchArabicClitics#MIN_NAME_LENGTH} chars in its key may start inside its token
 *       after a proclitic run: conjunction {@code و ف}, preposition {@code ب ل ك}, article {@code
 *       ال}, each optional, in that order ({@code وال بال فال كال لل ولل وب ...}). An alias without
 *       the article takes any run ({@code السوري} for {@code سوري}); an alias with it takes a run
 *       with neither article nor {@code ل} ({@code والرقة}); after {@code ل} the article loses its
 *       alef ({@code للرقة}, {@code وللرقة} for {@code الرقة}; {@code للاذقية} for {@code
 *       اللاذقية}). The exact lists are in {@link MatchArabicClitics}. The span leaves the run out,
 *       except the {@code ل} that carries an elided article. No Arabic suffix is allowed:
 *       adjectives list their forms ({@code سوري سورية سوريون السوريين}).
 *   <li><b>Apostrophe suffixes.</b> After any alias, an apostrophe ({@code ' ’ ‘ ʼ}) and whatever
 *       letters follow it are a suffix, outside the span: {@code Suriye'nin}, {@code ABD'ye},
 *       {@code Şam'da}, {@code Trump'ın}, and the English possessive {@code Trump's}, {@code
 *       Syria’s}. Conversely no alias starts right after such an apostrophe.
 *   <li><b>Turkish derivations.</b> An alias with a Turkish {@code lang} that is neither adjectival
 *       nor case-sensitive, ends with a letter and has at least {@value
 *       MatchEntry#MIN_DERIVABLE_LENGTH} chars in its key may go on, without an apostrophe, with
 *       the closed suffix set of {@link MatchTurkishSuffixes}: {@code -li} (any vowel), then
 *       optionally {@code -ler}, then optionally one case ending ({@code Suriyeli}, {@code
 *       Suriyeliler}, {@code Suriyelilerin}). Such a mention is adjectival; the span is the name.
 *   <li><b>English.</b> Nothing beyond rule 3: plurals and adjectives ({@code Syrians}) are aliases
 *       of their own.
 *   <li><b>Longest match wins.</b> Of overlapping candidates, the longest name span wins ({@code
 *       Esad Şeybani} over {@code Esad}, {@code Donald Trump Jr.} over {@code Donald Trump}); ties
 *       go to the one that starts first, then to a non-adjectival one, then to a case-sensitive
 *       one, then to the smaller entity id and alias ({@link MatchCandidate#PRIORITY}).
 *       Non-overlapping candidates are all kept.
 *   <li><b>Case-sensitive aliases</b> match only where the original text has their exact letters
 *       and case ({@code US}, not {@code us} or {@code Us}; {@code IS}, not {@code is}), compared
 *       on the original, not on the match key.
 *   <li><b>Ambiguous aliases</b> give mentions flagged {@link Mention#ambiguous()}, each with its
 *       {@link Mention#inner()} mentions: rule 6 applied to the candidates inside its span, itself
 *       left out. The article-level rule is {@link #resolveAmbiguous(List)}: keep such a mention
 *       only when the same article names the same entity unambiguously too, and otherwise its inner
 *       mentions in its place (so {@code Syrian government}, ambiguous, still mentions Syria
 *       through {@code Syrian}).
 * </ol>
 *
 * <h2>Building</h2>
 *
 * {@link #build} fails fast on aliases that cannot be told apart: two aliases of different entities
 * with the same key and the same case-sensitivity, or two of one entity that agree on both but
 * disagree on being adjectival or ambiguous. Aliases of one entity that agree on everything are one
 * alias. An alias with no letter or digit in its key is refused too.
 */
public final class AliasMatcher {

  private final AhoCorasick automaton;
  private final MatchEntry[] entries;

  private AliasMatcher(AhoCorasick automaton, MatchEntry[] entries) {
    this.automaton = automaton;
    this.entries = entries;
  }

  /**
   * A matcher for {@code patterns}.
   *
   * @throws IllegalArgumentException if two aliases cannot be told apart, or an alias has no letter
   *     or digit (see the class doc)
   */
  public static AliasMatcher build(Collection<AliasPattern> patterns) {
    Objects.requireNonNull(patterns, "patterns");
    record KeyAndCase(String key, boolean caseSensitive) {}
    Map<KeyAndCase, AliasPattern> seen = new HashMap<>();
    List<MatchEntry> entries = new ArrayList<>();
    for (AliasPattern pattern : patterns) {
      String key = matchKey(pattern.surface(), pattern.lang());
      if (key.codePoints().noneMatch(MatchTokens::isWordCodePoint)) {
        throw new IllegalArgumentException(
            "alias '"
                + pattern.surface()
                + "' of entity '"
                + pattern.entityId()
                + "' has no letter or digit");
      }
      AliasPattern earlier =
          seen.putIfAbsent(new KeyAndCase(key, pattern.caseSensitive()), pattern);
      if (earlier == null) {
        MatchEntry entry = MatchEntry.of(pattern, key);
        entries.add(entry);
        MatchEntry elided = entry.elidedOrNull();
        if (elided != null) {
          entries.add(elided);
        }
      } else if (!earlier.entityId().equals(pattern.entityId())
          || earlier.adjectival() != pattern.adjectival()
          || earlier.ambiguous() != pattern.ambiguous()) {
        throw new IllegalArgumentException(
            "aliases '"
                + earlier.surface()
                + "' ("
                + describe(earlier)
                + ") and '"
                + pattern.surface()
                + "' ("
                + describe(pattern)
                + ") have the same match key '"
                + key
                + "'");
      }
    }
    List<String> keys = new ArrayList<>(entries.size());
    for (MatchEntry entry : entries) {
      keys.add(entry.key());
    }
    return new AliasMatcher(AhoCorasick.build(keys), entries.toArray(new MatchEntry[0]));
  }

  private static String describe(AliasPattern pattern) {
    return "entity "
        + pattern.entityId()
        + ", "
        + pattern.lang()
        + (pattern.adjectival() ? ", adjectival" : "")
        + (pattern.caseSensitive() ? ", case-sensitive" : "")
        + (pattern.ambiguous() ? ", ambiguous" : "");
  }

  /** The match key of a text or alias: {@link TextNormalizer#matchKey}, then {@link #fold}. */
  public static String matchKey(String text, String lang) {
    return fold(TextNormalizer.matchKey(text, lang).text());
  }

  /**
   * Folds dotless {@code ı} to {@code i} and every apostrophe ({@code ’ ‘ ʼ}) to {@code '}. One
   * char for one char, so offsets into the match key stay valid; the key itself when nothing
   * changes.
   */
  static String fold(String key) {
    char[] chars = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char folded =
          c == TurkishCaseFolder.LATIN_SMALL_LETTER_DOTLESS_I
              ? TurkishCaseFolder.LATIN_SMALL_LETTER_I
              : MatchTokens.isApostrophe(c) ? MatchTokens.APOSTROPHE : c;
      if (folded != c) {
        if (chars == null) {
          chars = key.toCharArray();
        }
        chars[i] = folded;
      }
    }
    return chars == null ? key : new String(chars);
  }

  /** The mentions in a text not split into sentences, such as a title: all in sentence 0. */
  public List<Mention> find(String original, String lang) {
    return find(original, lang, List.of());
  }

  /**
   * The mentions in {@code original}, a text in language {@code lang} (a tag as {@link
   * TextNormalizer} takes it, or null), in order of {@code charStart}, never overlapping.
   *
   * @param sentences the sentences of {@code original} as spans of it, in text order (as {@link
   *     io.storylines.text.ArticleAnalyzer} gives them); a mention's {@code sentenceIndex} is the
   *     index of the last sentence that starts at or before it, 0 when none does
   */
  public List<Mention> find(String original, String lang, List<Sentence> sentences) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sentences, "sentences");
    NormalizedText normalized = TextNormalizer.matchKey(original, lang);
    String text = fold(normalized.text());
    List<MatchCandidate> candidates = new ArrayList<>();
    automaton.scan(
        text,
        (key, end) -> {
          MatchCandidate candidate = candidate(entries[key], text, end, normalized);
          if (candidate != null) {
            candidates.add(candidate);
          }
        });
    List<MatchCandidate> winners = longestFirst(candidates, 0, text.length());
    boolean anyAmbiguous = false;
    for (MatchCandidate winner : winners) {
      anyAmbiguous |= winner.entry().pattern().ambiguous();
    }
    if (anyAmbiguous) {
      candidates.sort(BY_START);
    }
    return mentions(winners, candidates, original, sentences);
  }

  private static final java.util.Comparator<MatchCandidate> BY_START =
      java.util.Comparator.comparingInt(MatchCandidate::start);

  /** A raw match of {@code entry} ending at {@code end}, if rules 1 to 5 and 7 allow it. */
  private static MatchCandidate candidate(
      MatchEntry entry, String text, int end, NormalizedText normalized) {
    int keyStart = end - entry.key().length();
    int start = keyStart;
    if (entry.elided()) {
      if (!MatchArabicClitics.allowsElidedKey(text, keyStart)) {
        return null;
      }
      start = keyStart - 1;
    } else if (entry.checksStart()
        && !MatchTokens.startsToken(text, keyStart)
        && !(entry.takesProclitics()
            && MatchArabicClitics.allowsName(text, keyStart, entry.hasArticle()))) {
      return null;
    }
    boolean derived = false;
    if (entry.checksEnd() && !MatchTokens.endsToken(text, end)) {
      if (!entry.takesDerivation() || !MatchTurkishSuffixes.isDerivation(text, end)) {
        return null;
      }
      derived = true;
    }
    int charStart = normalized.originalStart(start);
    int charEnd = normalized.originalEnd(end);
    if (entry.pattern().caseSensitive()
        && !entry.writtenAsAlias(normalized.original(), charStart, charEnd)) {
      return null;
    }
    return new MatchCandidate(
        entry, start, end, charStart, charEnd, entry.pattern().adjectival() || derived);
  }

  /**
   * Rule 6: the winners among overlapping candidates, all inside {@code [from, to)} of the match
   * key, in order of their start. Sorts {@code candidates} by {@link MatchCandidate#PRIORITY}.
   */
  private static List<MatchCandidate> longestFirst(
      List<MatchCandidate> candidates, int from, int to) {
    candidates.sort(MatchCandidate.PRIORITY);
    BitSet taken = new BitSet(to - from);
    List<MatchCandidate> winners = new ArrayList<>();
    for (MatchCandidate candidate : candidates) {
      int start = candidate.start() - from;
      int clash = taken.nextSetBit(start);
      if (clash < 0 || clash >= candidate.end() - from) {
        taken.set(start, candidate.end() - from);
        winners.add(candidate);
      }
    }
    winners.sort(BY_START);
    return winners;
  }

  /**
   * The candidates other than {@code span} that lie inside its span, in order of their start;
   * {@code byStart} is sorted by start. Time: a binary search, then the candidates that start
   * inside the span.
   */
  private static List<MatchCandidate> within(List<MatchCandidate> byStart, MatchCandidate span) {
    int low = 0;
    int high = byStart.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (byStart.get(mid).start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<MatchCandidate> inside = new ArrayList<>();
    for (int i = low; i < byStart.size() && byStart.get(i).start() < span.end(); i++) {
      MatchCandidate candidate = byStart.get(i);
      if (candidate != span && candidate.end() <= span.end()) {
        inside.add(candidate);
      }
    }
    return inside;
  }

  /**
   * The mentions of the winners. Spans that do not overlap in the match key can still overlap in
   * the original when they split one char that NFKC expanded (a ligature such as {@code ﻻ}); the
   * later of two such mentions is dropped, so mentions never overlap. An ambiguous winner's inner
   * mentions come from the candidates inside its span, found in {@code byStart} (every candidate,
   * sorted by start; read only for ambiguous winners).
   */
  private static List<Mention> mentions(
      List<MatchCandidate> winners,
      List<MatchCandidate> byStart,
      String original,
      List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>(winners.size());
    int previousEnd = 0;
    for (MatchCandidate winner : winners) {
      if (winner.charStart() < previousEnd) {
        continue;
      }
      AliasPattern pattern = winner.entry().pattern();
      List<Mention> inner = List.of();
      if (pattern.ambiguous()) {
        List<MatchCandidate> inside = within(byStart, winner);
        List<MatchCandidate> innerWinners =
            longestFirst(new ArrayList<>(inside), winner.start(), winner.end());
        inner = mentions(innerWinners, inside, original, sentences);
      }
      mentions.add(
          new Mention(
              pattern.entityId(),
              pattern.surface(),
              original.substring(winner.charStart(), winner.charEnd()),
              winner.charStart(),
              winner.charEnd(),
              sentenceIndex(sentences, winner.charStart()),
              winner.adjectival(),
              pattern.ambiguous(),
              inner));
      previousEnd = winner.charEnd();
    }
    return mentions;
  }

  /** The index of the last sentence that starts at or before {@code charStart}; 0 if none. */
  private static int sentenceIndex(List<Sentence> sentences, int charStart) {
    int low = 0;
    int high = sentences.size() - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).start() <= charStart) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /**
   * Rule 8, for all the mentions of one article (title and body together): {@link
   * #resolveAmbiguous(List, Set)} with the entities that the list names unambiguously.
   */
  public static List<Mention> resolveAmbiguous(List<Mention> mentions) {
    return resolveAmbiguous(mentions, namedClearly(mentions));
  }

  /** The entities of the unambiguous mentions in {@code mentions} (their inner ones left out). */
  public static Set<String> namedClearly(List<Mention> mentions) {
    Set<String> namedClearly = new HashSet<>();
    for (Mention mention : mentions) {
      if (!mention.ambiguous()) {
        namedClearly.add(mention.entityId());
      }
    }
    return namedClearly;
  }

  /**
   * Rule 8 for part of an article: keeps every unambiguous mention, and an ambiguous one when its
   * entity is in {@code namedClearly}; an ambiguous one that is not kept gives way to its inner
   * mentions, judged by the same rule. Order is kept.
   */
  public static List<Mention> resolveAmbiguous(List<Mention> mentions, Set<String> namedClearly) {
    Objects.requireNonNull(mentions, "mentions");
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      if (!mention.ambiguous() || namedClearly.contains(mention.entityId())) {
        kept.add(mention);
      } else {
        kept.addAll(resolveAmbiguous(mention.inner(), namedClearly));
      }
    }
    return kept;
  }
}
