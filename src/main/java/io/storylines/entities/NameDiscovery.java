package io.storylines.entities;

import io.storylines.text.Sentence;
import io.storylines.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds names in a text that the gazetteer does not know, as {@link NameCandidate}s, so that they
 * can be counted across the corpus.
 *
 * <p>Vocabulary: tokens, cores, suffixes and gaps are those of {@link DiscoveryTokens}; two tokens
 * are <em>adjacent</em> when only spaces or tabs lie between them. A token <em>opens a
 * sentence</em> when it is the first token that starts inside a sentence span (the first token of
 * the text when no spans are given). A token is <em>capitalized</em> when the first code point of
 * its core is upper or title case ({@link Character#isUpperCase}); a <em>connector</em> is one of
 * {@code of the bin ibn de van von}, in lower case; an <em>article-prefixed</em> token is {@code
 * al-X} or {@code el-X} with a capitalized {@code X}. Arabic words are compared after {@link
 * DiscoveryWords#foldArabic} (no harakat or tatweel, bare alef, yeh for alef maksura).
 *
 * <p>English and Turkish ({@code lang} {@code en} or {@code tr}), rule {@code "capitalized"}:
 *
 * <ol>
 *   <li><em>Runs</em>: a run starts at a capitalized token and takes, while the last token taken
 *       has no suffix, the next adjacent token if it is capitalized or article-prefixed, or the
 *       next two if they are an adjacent connector and an adjacent capitalized token. The name is
 *       the run from the start of its first token to the end of the core of its last, so a suffix
 *       ({@code Trump's}, {@code Kamışlı'da}) is left out and ends the run.
 *   <li><em>Sentence openers</em>: when a run opens a sentence and its first token is a common
 *       sentence starter ({@link DiscoveryWords#SENTENCE_STARTERS}: {@code The In On But He Bu
 *       Ancak Bir}...), that token (and any connector after it) is dropped and the rest of the run
 *       is judged as a run that does not open a sentence. Any other run that opens a sentence is
 *       kept only if it has at least two capitalized or article-prefixed tokens.
 *   <li><em>Titles</em>: when the run holds a title word ({@link DiscoveryWords#TITLE_WORDS}:
 *       {@code President Minister Secretary General Bakanı Başkanı Başbakan Sözcüsü}...), the name
 *       is what follows the last one ({@code Dışişleri Bakanı Rex Tillerson} gives {@code Rex
 *       Tillerson}), and after a connector and one more token that follow it ({@code Secretary of
 *       State John Kerry} gives {@code John Kerry}); a run that ends with one is a title, not a
 *       name, and is dropped.
 *   <li><em>Stop rules</em>: a run of more than {@value #MAX_RUN_TOKENS} capitalized or
 *       article-prefixed tokens is headline capitalization and is dropped whole; a name of one
 *       token that is a day or month name in English or Turkish or a month's abbreviation ({@code
 *       Oct}), the pronoun {@code I}, a title abbreviation ({@code Dr Prof Doç Gen Sen}..., which
 *       a dot cuts off from the name after it), or a function word ({@code The At Bu}...) ({@link
 *       DiscoveryWords#SINGLE_STOPWORDS}) is dropped. Digit-only tokens are never capitalized.
 * </ol>
 *
 * <p>Arabic ({@code lang} {@code ar}), rule {@code "trigger:<word>"}:
 *
 * <ol start="4">
 *   <li><em>Triggers</em>: a token that writes a trigger word of {@link
 *       DiscoveryWords#SINGLE_TRIGGERS} (titles, place words, organisation words), or the first
 *       token of {@code المتحدث باسم} or {@code الناطق باسم} with an adjacent {@code باسم}, each
 *       after at most one of the proclitics و ف and then one of ب ل ({@code وقال وزير}, {@code
 *       بمدينة}, {@code للرئيس}).
 *   <li><em>Offices</em>: after a construct-state title ({@code رئيس وزير وزيرة}) up to {@value
 *       #MAX_OFFICE_TOKENS} adjacent Arabic tokens that start with ال are its office and
 *       nationality ({@code وزير الخارجية السوري}) and are skipped. After any other person title
 *       ({@link DiscoveryWords#PERSON_TITLES}) up to {@value #MAX_OFFICE_TOKENS} adjacent tokens
 *       that start with ال and end with ي or ية are a nationality ({@code الرئيس التركي}) and are
 *       skipped, but only when a name token follows them. Place and organisation words skip nothing
 *       ({@code محافظة الحسكة}).
 *   <li><em>Names</em>: the name is the next 1 to {@value #MAX_NAME_TOKENS} name tokens: the first
 *       may follow a space or a quotation mark, the others must be adjacent; a name token consists
 *       of Arabic letters and marks only (no digits), is no function word ({@link
 *       DiscoveryWords#ARABIC_FUNCTION_WORDS}: {@code في من إلى إن الذي قد و}...) and no trigger,
 *       and, after the first, does not start with the conjunction و ({@code ونظيره}). Any other
 *       token, punctuation or a line break ends the name. The trigger and its proclitics are never
 *       part of it.
 * </ol>
 *
 * <p>Then, in every language:
 *
 * <ol start="7">
 *   <li><em>Shape</em>: a name must be at least 2 chars long and contain a letter.
 *   <li><em>Known names</em>: a name that overlaps any known mention's span is dropped.
 *   <li><em>Duplicates</em>: of several names with the same span, the first found is kept.
 * </ol>
 *
 * <p>Other languages give no candidates. Candidates come in the order the rules find them, which is
 * text order per rule. The work is linear in the text's length (plus sorting the sentences and
 * mentions), with no regular expressions. An instance holds no state, so one instance may be shared
 * by any number of threads.
 */
public final class NameDiscovery {

  /** The most chars of context kept around a name. */
  public static final int CONTEXT_CHARS = 120;

  static final String RULE_CAPITALIZED = "capitalized";
  static final String RULE_TRIGGER_PREFIX = "trigger:";
  static final int MAX_RUN_TOKENS = 5;
  static final int MAX_NAME_TOKENS = 3;
  static final int MAX_OFFICE_TOKENS = 2;

  private static final byte OTHER = 0;
  private static final byte CAPITALIZED = 1;
  private static final byte ARTICLE_PREFIXED = 2;
  private static final byte CONNECTOR = 3;

  private static final String ARABIC_ARTICLE = "ال";
  private static final char WAW = 'و';
  private static final char YEH = 'ي';
  private static final String NISBA_FEMININE = "ية";

  /** A name found by a rule, before the shared rules 7 to 9 judge it. */
  private record Found(int start, int end, String rule) {}

  /** A span, for finding names with the same span. */
  private record Span(int start, int end) {}

  /**
   * The names in {@code text} that no known mention covers.
   *
   * @param text the original text; every offset refers to it
   * @param lang the text's language tag; only {@code en}, {@code tr} and {@code ar} (with any
   *     region) give candidates
   * @param sentences sentence spans of {@code text}, in any order; null or empty means one sentence
   *     (parts of spans beyond the text are ignored)
   * @param known the gazetteer's mentions in {@code text}; null means none
   */
  public List<NameCandidate> discover(
      String text, String lang, List<Sentence> sentences, List<Mention> known) {
    Objects.requireNonNull(text, "text");
    String language = primaryLanguage(lang);
    DiscoveryTokens tokens;
    List<Found> found = new ArrayList<>();
    int[][] sentenceSpans = sortedSpans(sentences, text.length());
    if (language.equals("en") || language.equals("tr")) {
      tokens = DiscoveryTokens.scan(text);
      findCapitalizedRuns(
          text, tokens, opensSentence(tokens, sentenceSpans[0], sentenceSpans[1]), found);
    } else if (language.equals("ar")) {
      tokens = DiscoveryTokens.scan(text);
      findTriggeredNames(text, tokens, found);
    } else {
      return List.of();
    }
    return judge(text, language, found, sentenceSpans, known);
  }

  private static String primaryLanguage(String lang) {
    if (lang == null) {
      return "";
    }
    String lower = lang.toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < lower.length() && lower.charAt(cut) != '-' && lower.charAt(cut) != '_') {
      cut++;
    }
    return lower.substring(0, cut);
  }

  /** Sentence starts and ends, sorted by start, clamped to the text: {@code {starts, ends}}. */
  private static int[][] sortedSpans(List<Sentence> sentences, int length) {
    if (sentences == null) {
      return new int[][] {new int[0], new int[0]};
    }
    List<Sentence> inText = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      if (sentence != null && sentence.start() < length) {
        inText.add(sentence);
      }
    }
    inText.sort(Comparator.comparingInt(Sentence::start));
    int[] starts = new int[inText.size()];
    int[] ends = new int[inText.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = inText.get(i).start();
      ends[i] = Math.min(length, inText.get(i).end());
    }
    return new int[][] {starts, ends};
  }

  private static boolean[] opensSentence(DiscoveryTokens tokens, int[] starts, int[] ends) {
    boolean[] opens = new boolean[tokens.count()];
    if (starts.length == 0) {
      if (opens.length > 0) {
        opens[0] = true;
      }
      return opens;
    }
    int sentence = 0;
    for (int t = 0; t < opens.length; t++) {
      int start = tokens.start(t);
      while (sentence < starts.length && starts[sentence] <= start) {
        opens[t] |= start < ends[sentence];
        sentence++;
      }
    }
    return opens;
  }

  // Rules 1 to 3.
  private static void findCapitalizedRuns(
      String text, DiscoveryTokens tokens, boolean[] opens, List<Found> found) {
    int count = tokens.count();
    byte[] shapes = new byte[count];
    for (int t = 0; t < count; t++) {
      shapes[t] = shape(text, tokens.start(t), tokens.coreEnd(t));
    }
    int t = 0;
    while (t < count) {
      if (shapes[t] != CAPITALIZED) {
        t++;
        continue;
      }
      int last = t;
      while (!tokens.hasSuffix(last)) {
        int next = last + 1;
        if (next >= count || tokens.gap(next) != DiscoveryTokens.GAP_SPACE) {
          break;
        }
        if (shapes[next] == CAPITALIZED || shapes[next] == ARTICLE_PREFIXED) {
          last = next;
        } else if (shapes[next] == CONNECTOR
            && next + 1 < count
            && tokens.gap(next + 1) == DiscoveryTokens.GAP_SPACE
            && shapes[next + 1] == CAPITALIZED) {
          last = next + 1;
        } else {
          break;
        }
      }
      addRun(text, tokens, shapes, t, last, opens[t], found);
      t = last + 1;
    }
  }

  private static void addRun(
      String text,
      DiscoveryTokens tokens,
      byte[] shapes,
      int first,
      int last,
      boolean opensSentence,
      List<Found> found) {
    if (capitalizedTokens(shapes, first, last) > MAX_RUN_TOKENS) {
      return;
    }
    int from = first;
    boolean opening = opensSentence;
    if (opening && DiscoveryWords.SENTENCE_STARTERS.contains(core(text, tokens, first))) {
      from++;
      while (from <= last && shapes[from] == CONNECTOR) {
        from++;
      }
      opening = false;
    }
    for (int t = last; t >= from; t--) {
      if (DiscoveryWords.TITLE_WORDS.contains(core(text, tokens, t))) {
        if (t == last) {
          return;
        }
        from = t + 1;
        if (shapes[from] == CONNECTOR) {
          // "Secretary of State John Kerry": the title's complement goes with it.
          while (from <= last && shapes[from] == CONNECTOR) {
            from++;
          }
          if (from < last) {
            from++;
          }
        }
        opening = false;
        break;
      }
    }
    if (from > last || (opening && capitalizedTokens(shapes, from, last) < 2)) {
      return;
    }
    if (from == last && DiscoveryWords.SINGLE_STOPWORDS.contains(core(text, tokens, from))) {
      return;
    }
    found.add(new Found(tokens.start(from), tokens.coreEnd(last), RULE_CAPITALIZED));
  }

  private static int capitalizedTokens(byte[] shapes, int first, int last) {
    int capitalized = 0;
    for (int t = first; t <= last; t++) {
      if (shapes[t] != CONNECTOR) {
        capitalized++;
      }
    }
    return capitalized;
  }

  private static String core(String text, DiscoveryTokens tokens, int token) {
    return text.substring(tokens.start(token), tokens.coreEnd(token));
  }

  private static byte shape(String text, int start, int coreEnd) {
    int first = text.codePointAt(start);
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      return CAPITALIZED;
    }
    int length = coreEnd - start;
    if (length >= 4
        && (text.startsWith("al-", start) || text.startsWith("el-", start))
        && Character.isUpperCase(text.codePointAt(start + 3))) {
      return ARTICLE_PREFIXED;
    }
    if (length <= 3 && DiscoveryWords.CONNECTORS.contains(text.substring(start, coreEnd))) {
      return CONNECTOR;
    }
    return OTHER;
  }

  // Rules 4 to 6.
  private static void findTriggeredNames(String text, DiscoveryTokens tokens, List<Found> found) {
    int count = tokens.count();
    String[] folded = new String[count];
    for (int t = 0; t < count; t++) {
      if (isArabicWord(text, tokens.start(t), tokens.end(t))) {
        folded[t] = DiscoveryWords.foldArabic(text.subSequence(tokens.start(t), tokens.end(t)));
      }
    }
    for (int t = 0; t < count; t++) {
      if (folded[t] == null) {
        continue;
      }
      String trigger = DiscoveryWords.singleTrigger(folded[t]);
      int triggerEnd = t;
      if (trigger == null) {
        String pair = DiscoveryWords.pairTrigger(folded[t]);
        if (pair != null
            && adjacentWord(tokens, folded, t + 1)
            && DiscoveryWords.isPairSecond(folded[t + 1])) {
          trigger = pair;
          triggerEnd = t + 1;
        }
      }
      if (trigger == null) {
        continue;
      }
      int nameStart = skipOffice(tokens, folded, trigger, triggerEnd + 1);
      if (!isNameToken(folded, nameStart) || tokens.gap(nameStart) == DiscoveryTokens.GAP_BREAK) {
        continue;
      }
      int nameEnd = nameStart;
      while (nameEnd - nameStart + 1 < MAX_NAME_TOKENS
          && adjacentWord(tokens, folded, nameEnd + 1)
          && isNameToken(folded, nameEnd + 1)
          && folded[nameEnd + 1].charAt(0) != WAW) {
        nameEnd++;
      }
      found.add(
          new Found(tokens.start(nameStart), tokens.end(nameEnd), RULE_TRIGGER_PREFIX + trigger));
    }
  }

  private static int skipOffice(
      DiscoveryTokens tokens, String[] folded, String trigger, int first) {
    boolean construct = DiscoveryWords.CONSTRUCT_TITLES.contains(trigger);
    if (!construct && !DiscoveryWords.PERSON_TITLES.contains(trigger)) {
      return first;
    }
    int next = first;
    while (next - first < MAX_OFFICE_TOKENS
        && adjacentWord(tokens, folded, next)
        && folded[next].startsWith(ARABIC_ARTICLE)
        && !DiscoveryWords.isArabicFunctionWord(folded[next])
        && (construct || isNisba(folded[next]))) {
      next++;
    }
    if (construct || next == first) {
      return next;
    }
    return adjacentWord(tokens, folded, next) && isNameToken(folded, next) ? next : first;
  }

  private static boolean isNisba(String folded) {
    return folded.charAt(folded.length() - 1) == YEH || folded.endsWith(NISBA_FEMININE);
  }

  private static boolean adjacentWord(DiscoveryTokens tokens, String[] folded, int token) {
    return token < folded.length
        && folded[token] != null
        && tokens.gap(token) == DiscoveryTokens.GAP_SPACE;
  }

  private static boolean isNameToken(String[] folded, int token) {
    return token < folded.length
        && folded[token] != null
        && !DiscoveryWords.isArabicFunctionWord(folded[token])
        && DiscoveryWords.singleTrigger(folded[token]) == null
        && DiscoveryWords.pairTrigger(folded[token]) == null;
  }

  /** Whether the token starts with an Arabic letter and has only letters and marks. */
  private static boolean isArabicWord(String text, int start, int end) {
    int first = text.codePointAt(start);
    if (Character.UnicodeScript.of(first) != Character.UnicodeScript.ARABIC
        || !Character.isLetter(first)) {
      return false;
    }
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      if (Character.isDigit(codePoint) || Character.getType(codePoint) == Character.OTHER_NUMBER) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  // Rules 7 to 9, then keys and contexts.
  private static List<NameCandidate> judge(
      String text, String language, List<Found> found, int[][] sentenceSpans, List<Mention> known) {
    KnownSpans knownSpans = new KnownSpans(known);
    Set<Span> seen = new HashSet<>();
    Map<String, String> keys = new HashMap<>();
    List<NameCandidate> candidates = new ArrayList<>(found.size());
    for (Found name : found) {
      if (name.end() - name.start() < 2
          || !hasLetter(text, name.start(), name.end())
          || knownSpans.overlaps(name.start(), name.end())
          || !seen.add(new Span(name.start(), name.end()))) {
        continue;
      }
      String surface = text.substring(name.start(), name.end());
      candidates.add(
          new NameCandidate(
              keys.computeIfAbsent(surface, key -> TextNormalizer.matchKey(key, language).text()),
              surface,
              name.start(),
              name.end(),
              context(text, sentenceSpans, name.start(), name.end()),
              name.rule()));
    }
    return candidates;
  }

  private static boolean hasLetter(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /**
   * The sentence holding the name, or when it is longer than {@link #CONTEXT_CHARS}, a window of
   * that many chars of it centred on the name (never cutting the name or a surrogate pair).
   */
  static String context(String text, int[][] sentenceSpans, int start, int end) {
    int[] starts = sentenceSpans[0];
    int[] ends = sentenceSpans[1];
    int low = 0;
    int high = text.length();
    int index = Arrays.binarySearch(starts, start);
    if (index < 0) {
      index = -index - 2;
    }
    if (index >= 0 && index < starts.length && ends[index] >= end) {
      low = starts[index];
      high = ends[index];
    }
    int from = low;
    int to = high;
    if (to - from > CONTEXT_CHARS) {
      int room = Math.max(0, CONTEXT_CHARS - (end - start));
      from = Math.max(low, start - room / 2);
      to = Math.max(end, Math.min(high, from + CONTEXT_CHARS));
      from = Math.min(start, Math.max(low, to - CONTEXT_CHARS));
      if (from < start && Character.isLowSurrogate(text.charAt(from))) {
        from++;
      }
      if (to > end && to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
        to--;
      }
    }
    return foldWhitespace(text, from, to);
  }

  private static String foldWhitespace(String text, int from, int to) {
    StringBuilder folded = new StringBuilder(to - from);
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = folded.length() > 0;
      } else {
        if (pendingSpace) {
          folded.append(' ');
          pendingSpace = false;
        }
        folded.append(c);
      }
    }
    return folded.toString();
  }

  /** Known mention spans sorted by start, with the furthest end so far, for overlap tests. */
  private static final class KnownSpans {
    private final int[] starts;
    private final int[] furthestEnds;

    KnownSpans(List<Mention> known) {
      List<Mention> sorted = known == null ? List.of() : new ArrayList<>(known);
      sorted =
          sorted.stream()
              .filter(Objects::nonNull)
              .sorted(Comparator.comparingInt(Mention::charStart))
              .toList();
      starts = new int[sorted.size()];
      furthestEnds = new int[sorted.size()];
      int furthest = 0;
      for (int i = 0; i < starts.length; i++) {
        starts[i] = sorted.get(i).charStart();
        furthest = Math.max(furthest, sorted.get(i).charEnd());
        furthestEnds[i] = furthest;
      }
    }

    /** Whether some known span shares a char with {@code [start, end)}. */
    boolean overlaps(int start, int end) {
      int low = 0;
      int high = starts.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (starts[mid] < end) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low > 0 && furthestEnds[low - 1] > start;
    }
  }
}
