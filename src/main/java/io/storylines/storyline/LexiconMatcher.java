package io.storylines.storyline;

import io.storylines.entities.AliasMatcher;
import io.storylines.entities.MatchArabicClitics;
import io.storylines.entities.MatchTokens;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the terms of a storyline's frames in a sentence. Pure logic: no I/O, immutable once built.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li><em>Match key</em>: the same normalization as the gazetteer's ({@link
 *       AliasMatcher#matchKey}): NFKC, no tashkeel or tatweel, unified Arabic letters and digits,
 *       lower case by the rules of the language (Turkish {@code I}/{@code ı} and {@code İ}/{@code
 *       i}), {@code ة} as {@code ه}, dotless {@code ı} folded to {@code i}. A term is normalized
 *       under the language it is listed in, a sentence under the article's language.
 *   <li><em>Token</em>: a maximal run of word chars ({@link MatchTokens#isWordCodePoint}) of the
 *       match key. An apostrophe between two letters ends its token and the letters after it are a
 *       suffix, left out: {@code suriye'nin} is the token {@code suriye}, {@code syria's} is {@code
 *       syria}. Everything else (spaces, punctuation, hyphens) separates tokens, so {@code
 *       counter-terrorism} is two tokens in a term as in a text.
 *   <li><em>Term</em>: one or more tokens, matched as consecutive tokens of the sentence. A term
 *       that ends with {@code *} is a <em>prefix term</em>: its last token matches any token that
 *       starts with it ({@code yaptırım*} matches {@code yaptırımların}).
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Language.</b> A sentence is searched for the terms of the article's language only; an
 *       article in a language no frame lists gets no hits.
 *   <li><b>Whole tokens.</b> Every token of a term matches a whole token of the text ({@code
 *       envoy} is not in {@code envoys}; list both, or write {@code envoy*}), except the last token
 *       of a prefix term, which matches the start of one.
 *   <li><b>Arabic proclitics.</b> Every token of a term that starts with an Arabic letter and has
 *       at least {@value MatchArabicClitics#MIN_NAME_LENGTH} chars may follow, inside its text
 *       token, the proclitic runs that gazetteer names take ({@link MatchArabicClitics}: {@code و ف}, {@code ب
 *       ل ك}, the article {@code ال}, and {@code لل} for {@code ل} + {@code ال}): {@code تطبيع}
 *       matches {@code والتطبيع}, {@code بالتطبيع} and {@code للتطبيع}; {@code العقوبات} matches
 *       {@code بالعقوبات} and {@code للعقوبات}; {@code علاقات دبلوماسية} matches {@code العلاقات
 *       الدبلوماسية}, since Arabic gives the adjective the article of its noun.
 *   <li><b>Longest first.</b> The text is read left to right; at each token the term with the most
 *       tokens that matches there wins (on a tie, the longer key, then the first listed), counts as
 *       one hit, and reading goes on after it. So {@code sanctions relief} is one hit, not also
 *       {@code sanctions}.
 * </ol>
 */
public final class LexiconMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The marker of a prefix term. */
  public static final String PREFIX_MARK = "*";

  /** The shortest prefix a prefix term's last token may have, in chars of its key. */
  public static final int MIN_PREFIX_LENGTH = 3;

  /** One hit: the frame (index into the frames the matcher was built with) and the term. */
  public record Hit(int frame, String term) {}

  private record Term(int frame, String term, List<String> tokens, boolean prefix, int order)
      implements Serializable {
    boolean takesProclitics() {
      String first = tokens.get(0);
      return first.length() >= MatchArabicClitics.MIN_NAME_LENGTH && isArabicLetter(first.charAt(0));
    }

    int keyLength() {
      return tokens.stream().mapToInt(String::length).sum();
    }
  }

  /** A term's first token as looked up: itself, or its elided form after {@code ل}. */
  private record Entry(Term term, boolean elided) implements Serializable {}

  /** Per language: first token of whole-token terms to their entries. */
  private final Map<String, Map<String, List<Entry>>> exact = new HashMap<>();

  /** Per language: the first token of single-token prefix terms to their entries. */
  private final Map<String, Map<String, List<Entry>>> prefixes = new HashMap<>();

  /**
   * A matcher for the terms of {@code frames}, each under the language it is listed in.
   *
   * @throws IllegalArgumentException for a term that {@link #termProblem} refuses
   */
  public LexiconMatcher(List<Frame> frames) {
    Objects.requireNonNull(frames, "frames");
    int order = 0;
    for (int f = 0; f < frames.size(); f++) {
      for (Map.Entry<String, List<String>> byLang : frames.get(f).terms().entrySet()) {
        String lang = byLang.getKey();
        for (String written : byLang.getValue()) {
          Optional<String> problem = termProblem(written, lang);
          if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
          }
          boolean prefix = written.strip().endsWith(PREFIX_MARK);
          Term term = new Term(f, written, termTokens(written, lang), prefix, order++);
          boolean singlePrefix = prefix && term.tokens().size() == 1;
          Map<String, List<Entry>> index =
              (singlePrefix ? prefixes : exact).computeIfAbsent(lang, l -> new HashMap<>());
          String first = term.tokens().get(0);
          index.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(term, false));
          String elided = term.takesProclitics() ? MatchArabicClitics.elidedKey(first) : null;
          if (elided != null && (!singlePrefix || elided.length() >= MIN_PREFIX_LENGTH)) {
            index.computeIfAbsent(elided, k -> new ArrayList<>()).add(new Entry(term, true));
          }
        }
      }
    }
  }

  /**
   * Why {@code term}, listed under {@code lang}, cannot be matched, or empty when it can: it has no
   * letter or digit, a {@code *} that is not its last char, or a prefix shorter than {@value
   * #MIN_PREFIX_LENGTH} chars.
   */
  public static Optional<String> termProblem(String term, String lang) {
    String stripped = term.strip();
    boolean prefix = stripped.endsWith(PREFIX_MARK);
    String body = prefix ? stripped.substring(0, stripped.length() - 1) : stripped;
    if (body.contains(PREFIX_MARK)) {
      return Optional.of("term '" + term + "' has a '*' that is not its last character");
    }
    if (prefix && !body.isEmpty() && !MatchTokens.isWordCodePoint(body.codePointBefore(body.length()))) {
      return Optional.of("term '" + term + "' has a '*' that does not follow a letter");
    }
    List<String> tokens = tokens(AliasMatcher.matchKey(body, lang));
    if (tokens.isEmpty()) {
      return Optional.of("term '" + term + "' has no letter or digit");
    }
    if (prefix && tokens.get(tokens.size() - 1).length() < MIN_PREFIX_LENGTH) {
      return Optional.of(
          "prefix term '" + term + "' needs at least " + MIN_PREFIX_LENGTH + " letters before '*'");
    }
    return Optional.empty();
  }

  /**
   * The key a term is compared by: its tokens joined by single spaces, with {@code *} kept on a
   * prefix term. Two terms of one language with the same key are the same term.
   */
  public static String termKey(String term, String lang) {
    String stripped = term.strip();
    boolean prefix = stripped.endsWith(PREFIX_MARK);
    return String.join(" ", termTokens(stripped, lang)) + (prefix ? PREFIX_MARK : "");
  }

  private static List<String> termTokens(String term, String lang) {
    String stripped = term.strip();
    String body = stripped.endsWith(PREFIX_MARK) ? stripped.substring(0, stripped.length() - 1) : stripped;
    return tokens(AliasMatcher.matchKey(body, lang));
  }

  /** The terms found in {@code sentence}, an article's text in {@code lang}, in text order. */
  public List<Hit> find(String sentence, String lang) {
    Map<String, List<Entry>> exactIndex = exact.get(lang);
    Map<String, List<Entry>> prefixIndex = prefixes.get(lang);
    if (exactIndex == null && prefixIndex == null) {
      return List.of();
    }
    List<String> tokens = tokens(AliasMatcher.matchKey(sentence, lang));
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Term best = null;
      String token = tokens.get(i);
      int maxOffset =
          isArabicLetter(token.charAt(0)) ? Math.min(MatchArabicClitics.MAX_RUN_LENGTH, token.length() - 1) : 0;
      for (int offset = 0; offset <= maxOffset; offset++) {
        String stem = token.substring(offset);
        if (exactIndex != null) {
          best = better(best, exactIndex.get(stem), token, offset, tokens, i);
        }
        if (prefixIndex != null) {
          for (int end = MIN_PREFIX_LENGTH; end <= stem.length(); end++) {
            best = better(best, prefixIndex.get(stem.substring(0, end)), token, offset, tokens, i);
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.add(new Hit(best.frame(), best.term()));
        i += best.tokens().size();
      }
    }
    return hits;
  }

  /** The better of {@code best} and the entries that match at token {@code i}, by rule 4. */
  private static Term better(
      Term best, List<Entry> entries, String token, int offset, List<String> tokens, int i) {
    if (entries == null) {
      return best;
    }
    for (Entry entry : entries) {
      Term term = entry.term();
      if (!startsHere(entry, token, offset) || !restMatches(term, tokens, i)) {
        continue;
      }
      if (best == null
          || term.tokens().size() > best.tokens().size()
          || (term.tokens().size() == best.tokens().size()
              && (term.keyLength() > best.keyLength()
                  || (term.keyLength() == best.keyLength() && term.order() < best.order())))) {
        best = term;
      }
    }
    return best;
  }

  /** Rule 3: whether the proclitics before {@code offset} in {@code token} allow the entry. */
  private static boolean startsHere(Entry entry, String token, int offset) {
    if (entry.elided()) {
      return offset > 0 && MatchArabicClitics.allowsElidedKey(token, offset);
    }
    return offset == 0 || allowsProclitics(token, offset, entry.term().tokens().get(0));
  }

  /** Whether {@code want}, a term token, may follow the proclitic run before {@code offset}. */
  private static boolean allowsProclitics(String token, int offset, String want) {
    return want.length() >= MatchArabicClitics.MIN_NAME_LENGTH
        && isArabicLetter(want.charAt(0))
        && MatchArabicClitics.allowsName(token, offset, MatchArabicClitics.hasArticle(want));
  }

  /**
   * Whether text token {@code have} is term token {@code want} (a prefix of it when {@code
   * prefix}), after a proclitic run that rule 3 allows, if any.
   */
  private static boolean tokenMatches(String have, String want, boolean prefix) {
    int maxOffset = isArabicLetter(have.charAt(0)) ? Math.min(MatchArabicClitics.MAX_RUN_LENGTH, have.length() - 1) : 0;
    String elided = isArabicLetter(want.charAt(0)) ? MatchArabicClitics.elidedKey(want) : null;
    for (int offset = 0; offset <= maxOffset; offset++) {
      if (stemMatches(have, offset, want, prefix)
          && (offset == 0 || allowsProclitics(have, offset, want))) {
        return true;
      }
      if (offset > 0
          && elided != null
          && stemMatches(have, offset, elided, prefix)
          && MatchArabicClitics.allowsElidedKey(have, offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean stemMatches(String have, int offset, String want, boolean prefix) {
    return prefix
        ? have.startsWith(want, offset)
        : have.length() - offset == want.length() && have.startsWith(want, offset);
  }

  /** Whether the term's tokens after the first follow token {@code i} (rules 2 and 3). */
  private static boolean restMatches(Term term, List<String> tokens, int i) {
    List<String> want = term.tokens();
    if (i + want.size() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < want.size(); k++) {
      boolean last = k == want.size() - 1;
      if (!tokenMatches(tokens.get(i + k), want.get(k), last && term.prefix())) {
        return false;
      }
    }
    return true;
  }

  /** The tokens of match-key text: runs of word chars, an apostrophe suffix left out. */
  static List<String> tokens(String key) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = key.length();
    while (i < n) {
      int codePoint = key.codePointAt(i);
      if (!MatchTokens.isWordCodePoint(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      while (i < n && MatchTokens.isWordCodePoint(key.codePointAt(i))) {
        i += Character.charCount(key.codePointAt(i));
      }
      tokens.add(key.substring(start, i));
      if (i + 1 < n
          && MatchTokens.isApostrophe(key.charAt(i))
          && Character.isLetter(key.codePointBefore(i))
          && Character.isLetter(key.codePointAt(i + 1))) {
        i++;
        while (i < n && MatchTokens.isWordCodePoint(key.codePointAt(i))) {
          i += Character.charCount(key.codePointAt(i));
        }
      }
    }
    return tokens;
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
  }
}
