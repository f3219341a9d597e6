package io.storylines.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Arabic proclitics that {@link AliasMatcher} lets stand before a name inside its token, on
 * match-key text (so alef forms are already plain {@link #ALEF}). Storyline lexicons ({@code
 * io.storylines.storyline.LexiconMatcher}) use the same rules, so a term takes the proclitics a name
 * takes.
 *
 * <p>Vocabulary: a <em>proclitic run</em> is a conjunction, then a preposition, then the article,
 * each optional: conjunction {@link #WAW و} or {@link #FEH ف}; preposition {@link #BEH ب}, {@link
 * #LAM ل} or {@link #KAF ك}; article {@link #ARTICLE ال}, which after {@code ل} loses its alef and
 * is written {@code لل}. That gives 23 non-empty runs: {@code ال ب بال ل لل ك كال و وال وب وبال ول
 * ولل وك وكال ف فال فب فبال فل فلل فك فكال}. A run is never longer than {@value #MAX_RUN_LENGTH}
 * chars, and it must start its token.
 *
 * <p>Rules, by how the name itself starts:
 *
 * <ol>
 *   <li>A name without the article ({@code سوري}, {@code دمشق}) may follow any non-empty run, the
 *       article included: {@code وسوري}, {@code السوري}, {@code للسوري}, {@code وبدمشق}.
 *   <li>A name with the article ({@code الرقة}) brings its own, so it may follow only a run with
 *       neither article nor {@code ل}: {@code و ف ب ك وب وك فب فك} ({@code والرقة}, {@code
 *       بالرقة}).
 *   <li>After {@code ل}, a name with the article loses the article's alef: {@code للرقة} is {@code
 *       ل} + {@code الرقة}. {@link AliasMatcher} looks for such a name as its <em>elided key</em>
 *       ({@link #elidedKey}: {@code لرقه}), which must follow the run {@code ل}, {@code ول} or
 *       {@code فل}. When the name's own next letter is {@code ل} as well, the article's lam merges
 *       into it too: {@code للاذقية} is {@code ل} + {@code اللاذقية}, elided key {@code لاذقيه}.
 *   <li>A name shorter than {@value #MIN_NAME_LENGTH} chars takes no proclitics: {@code ولي}
 *       (guardian) is not {@code و} + {@code لي}.
 * </ol>
 */
public final class MatchArabicClitics {

  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char WAW = '\u0648';
  static final String ARTICLE = "" + ALEF + LAM;

  /** The longest proclitic run, {@code فبال}. */
  public static final int MAX_RUN_LENGTH = 4;

  /** The shortest name, in chars of its key, that takes proclitics. */
  public static final int MIN_NAME_LENGTH = 3;

  private static final String[] CONJUNCTIONS = {"", "" + WAW, "" + FEH};
  private static final String[] PREPOSITIONS = {"", "" + BEH, "" + LAM, "" + KAF};

  /** Runs before a name without the article (rule 1), packed by {@link #pack}, sorted. */
  private static final long[] BEFORE_BARE_NAME = runs(true, true);

  /** Runs before a name with the article (rule 2). */
  private static final long[] BEFORE_ARTICLE_NAME = runs(false, false);

  /** Runs before an elided key (rule 3): {@code ل ول فل}. */
  private static final long[] BEFORE_ELIDED_KEY = {
    pack("" + LAM), pack("" + WAW + LAM), pack("" + FEH + LAM)
  };

  static {
    Arrays.sort(BEFORE_ELIDED_KEY);
  }

  private MatchArabicClitics() {}

  /** Whether a name key starts with the article {@code ال}. */
  public static boolean hasArticle(String key) {
    return key.length() > ARTICLE.length() && key.startsWith(ARTICLE);
  }

  /**
   * The elided key of a name key with the article (rule 3): without the article's alef, and without
   * its lam too when the name's next letter is lam; null for a key without the article or one too
   * short to take proclitics.
   */
  public static String elidedKey(String key) {
    if (!hasArticle(key) || key.length() < MIN_NAME_LENGTH) {
      return null;
    }
    boolean lamAfterArticle = key.charAt(ARTICLE.length()) == LAM;
    String elided = key.substring(lamAfterArticle ? ARTICLE.length() : 1);
    return elided.length() > 1 ? elided : null;
  }

  /**
   * Whether the name key that starts at {@code nameStart} in {@code text} is preceded, within its
   * token, by a proclitic run that rules 1 and 2 allow ({@code nameHasArticle} tells which).
   */
  public static boolean allowsName(String text, int nameStart, boolean nameHasArticle) {
    return runBefore(text, nameStart, nameHasArticle ? BEFORE_ARTICLE_NAME : BEFORE_BARE_NAME);
  }

  /** Whether the elided key that starts at {@code keyStart} follows {@code ل ول فل} (rule 3). */
  public static boolean allowsElidedKey(String text, int keyStart) {
    return runBefore(text, keyStart, BEFORE_ELIDED_KEY);
  }

  /**
   * Whether the proclitic letters right before {@code end} start their token and form one of the
   * packed {@code runs}. Looks back at most {@value #MAX_RUN_LENGTH} chars.
   */
  private static boolean runBefore(String text, int end, long[] runs) {
    int start = end;
    while (start > 0 && end - start < MAX_RUN_LENGTH && isProcliticLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || MatchTokens.isWordBefore(text, start)) {
      return false;
    }
    return Arrays.binarySearch(runs, pack(text, start, end)) >= 0;
  }

  private static boolean isProcliticLetter(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == ALEF;
  }

  /** Every non-empty run of conjunction, preposition and article, packed and sorted. */
  private static long[] runs(boolean withLam, boolean withArticle) {
    List<Long> runs = new ArrayList<>();
    for (String conjunction : CONJUNCTIONS) {
      for (String preposition : PREPOSITIONS) {
        if (!withLam && preposition.equals("" + LAM)) {
          continue;
        }
        for (String article : withArticle ? new String[] {"", ARTICLE} : new String[] {""}) {
          String run = conjunction + preposition + article;
          if (preposition.equals("" + LAM) && !article.isEmpty()) {
            run = conjunction + LAM + LAM;
          }
          if (!run.isEmpty()) {
            runs.add(pack(run));
          }
        }
      }
    }
    return runs.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static long pack(String run) {
    return pack(run, 0, run.length());
  }

  /** Up to four chars in one long, 16 bits each; proclitic letters are never 0, so runs differ. */
  private static long pack(CharSequence text, int start, int end) {
    long packed = 0;
    for (int i = start; i < end; i++) {
      packed = (packed << Character.SIZE) | text.charAt(i);
    }
    return packed;
  }
}
