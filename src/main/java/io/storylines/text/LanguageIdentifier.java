package io.storylines.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article, as an ISO 639-1 code ({@code ar}, {@code en}, {@code tr}, or any
 * other language the model knows), or {@link #UNDETERMINED} ({@code und}).
 *
 * <p>The detector is Apache OpenNLP's maximum-entropy language detector with its published model
 * {@code langdetect-183.bin} (103 languages, character 1- to 3-grams, ISO 639-3 outcomes), from the
 * {@code opennlp-models-langdetect} artifact. Vocabulary: the <em>sample</em> is the start of the
 * article that is looked at ({@link LangSample}); a <em>letter</em> is a code point for which
 * {@link Character#isLetter(int)} holds; the <em>runner-up</em> is the model's most probable
 * language whose ISO 639-1 code differs from the winner's ({@code fas} and {@code pes} are both
 * {@code fa}, so one is never the other's runner-up).
 *
 * <p>Rules, in order; the first that applies decides, and {@link Basis} names it. The figures are
 * from every document of ANT v2.1 (ar), FA-KES (en) and TTC-3600 (tr), in that order, with all the
 * rules applied, speeds per CPU-second ({@code LanguageIdentifierCorporaTest}):
 *
 * <ol>
 *   <li><b>Sample</b>: the title and the body, cut to {@link #SAMPLE_CHARS} characters. 200
 *       characters are right for 100% / 99.75% / 99.61% of the articles at 15 MB/s of English or
 *       Turkish; 300 characters for 100% / 99.88% / 99.69% at 10 to 11 MB/s, and 400 or more change
 *       nothing further; 150 characters fall to 97.0% on FA-KES. 200 is the shortest sample within
 *       0.15 points of the longest on every corpus. The model alone on whole articles is right for
 *       all three corpora, but at 1.6 to 3.2 MB/s, too slow for the text stage.
 *   <li><b>Too short</b>: a sample with fewer than {@link #MIN_LETTERS} letters is {@code und}
 *       ({@link Basis#TOO_SHORT}). On the first N letters of each body, the answers that pass the
 *       confidence rule are wrong for 23% / 5.4% / 2.8% / 0.9% of English texts at N = 10 / 15 / 20
 *       / 25, and for 1.4% / 0.7% / 0.4% / 0.7% of Turkish ones (never for Arabic): 25 is the
 *       shortest length with under 1% wrong on every corpus.
 *   <li><b>Arabic script</b>: a sample of at least {@link #ARABIC_SCRIPT_MIN_LETTERS} letters, at
 *       least {@link #ARABIC_SCRIPT_MIN_SHARE} of them in the Arabic alphabet proper, none of them
 *       an Arabic-script letter outside it (the letters that Persian, Urdu, Pashto, Kurdish, Sindhi
 *       or Uyghur add, {@code پ چ ژ گ ک ی ے ە}), and holding a teh marbuta or the article al-, is
 *       {@code ar} without asking the model ({@link Basis#ARABIC_SCRIPT}). It decides 99.6% of ANT
 *       articles, all rightly, and makes Arabic detection over 30 times faster (about 250,000
 *       instead of 7,600 articles a second). On the first 30 letters of every eighth ANT body it
 *       leaves 56 of 3,941 undetermined, the model 307. Measured against other languages with the
 *       JDK's Persian, Urdu, Pashto, Sorani, Uyghur, Sindhi, Kashmiri and Mazanderani country,
 *       language, month and day names, in runs of at least 30 letters: it claims none (the model's
 *       first choice is Arabic for 17); in runs of 20 to 29 letters it would claim 3, hence its own
 *       floor of 30. No such rule is used for Turkish: FA-KES holds no ı, İ, ğ or Ğ at all, so it
 *       cannot show what a Turkish-letter rule would do to English news that spells Erdoğan.
 *   <li><b>Model</b>: the model ranks its languages on the sample. The <em>confidence</em> is the
 *       winner's probability over the sum of the winner's and the runner-up's. Below {@link
 *       #MIN_CONFIDENCE} (the winner less than 1.22 times as probable as the runner-up) the answer
 *       is {@code und} ({@link Basis#UNCERTAIN}); else it is the winner's ISO 639-1 code ({@link
 *       LangCodes}) ({@link Basis#MODEL}). The winner's own probability is no use as a bound: over
 *       103 languages it mostly measures length (on 20-letter texts it is under 0.04 for all but 6
 *       of 8,345, right or wrong). On 40-letter English texts, a bound on the winner's probability
 *       that keeps 467 right answers lets 23 wrong ones through; this bound keeps 564 and lets 4
 *       through. On 20-letter English and Turkish texts it turns 97% of the wrong answers into
 *       {@code und}; on the whole corpora it turns 4 wrong answers into {@code und} and costs 2
 *       right ones. A one-sentence Persian text is {@code und}, as the model splits Persian between
 *       {@code fas} and {@code pes}; two sentences are {@code fa}.
 *   <li><b>Longer sample</b>: when the model is uncertain and the article is longer than the
 *       sample, all the rules are applied once more to a sample of {@link #RETRY_SAMPLE_CHARS}
 *       characters, and their answer stands. An English article of 2,364 characters whose first 200
 *       are mostly names (FA-KES) was {@code und}; the model reads it as English on the longer
 *       sample. It costs a second look only for the few uncertain articles.
 * </ol>
 *
 * <p>The sample is the article as read: a normalizer that folds Persian letters into Arabic ones
 * must run after this, or the Arabic-script rule claims Persian text.
 *
 * <p>The model is loaded once per JVM, when the first identifier is built: it is about 10 MB, takes
 * half a second to read, and is immutable, so every identifier shares it. A missing model fails
 * that first construction. Each identifier holds its own {@link LanguageDetectorME}, which OpenNLP
 * 2.x does not make thread-safe; use one identifier per thread (in Spark, one per partition).
 */
public final class LanguageIdentifier {

  /** The code for a language that could not be determined (ISO 639-2). */
  public static final String UNDETERMINED = LangCodes.UNDETERMINED;

  /** The classpath resource of the OpenNLP model. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** Characters of title and body that are looked at. */
  public static final int SAMPLE_CHARS = 200;

  /** Characters looked at when the model is uncertain on the first {@link #SAMPLE_CHARS}. */
  public static final int RETRY_SAMPLE_CHARS = 1_000;

  /** Fewer letters than this in the sample give {@code und}. */
  public static final int MIN_LETTERS = 25;

  /** Letters the sample needs before the Arabic-script rule may decide. */
  public static final int ARABIC_SCRIPT_MIN_LETTERS = 30;

  /**
   * Share of the sample's letters that must be in the Arabic alphabet for the Arabic-script rule.
   */
  public static final double ARABIC_SCRIPT_MIN_SHARE = 0.9;

  /** Least confidence (winner over winner plus runner-up) for the model's answer to stand. */
  public static final double MIN_CONFIDENCE = 0.55;

  private static final String ARABIC = "ar";

  /** Which rule decided a {@link Detection}. */
  public enum Basis {
    /** The sample has fewer than {@link #MIN_LETTERS} letters. */
    TOO_SHORT,
    /** The Arabic-script rule. */
    ARABIC_SCRIPT,
    /** The model, with a confidence of at least {@link #MIN_CONFIDENCE}. */
    MODEL,
    /** The model, with a confidence below {@link #MIN_CONFIDENCE}: the answer is {@code und}. */
    UNCERTAIN
  }

  /**
   * The language of one article.
   *
   * @param lang an ISO 639-1 code, an ISO 639-3 code for a language that has no ISO 639-1 code, or
   *     {@link #UNDETERMINED}
   * @param confidence in [0, 1]: for {@link Basis#MODEL} and {@link Basis#UNCERTAIN} the winner's
   *     probability over the sum of the winner's and the runner-up's (at least 0.5); for {@link
   *     Basis#ARABIC_SCRIPT} the share of the sample's letters in the Arabic alphabet; 0 for {@link
   *     Basis#TOO_SHORT}
   * @param modelCode the model's ISO 639-3 code for its winner, for {@link Basis#MODEL} and {@link
   *     Basis#UNCERTAIN} (so an uncertain guess can still be inspected); null otherwise
   * @param basis the rule that decided
   */
  public record Detection(String lang, double confidence, String modelCode, Basis basis) {}

  private final LanguageDetectorME detector;

  /** An identifier; loads the shared model on first use. */
  public LanguageIdentifier() {
    this.detector = new LanguageDetectorME(SharedModel.MODEL);
  }

  /**
   * The language of an article from its title and body; either may be null or empty. Never throws
   * on any text.
   */
  public Detection detect(String title, String body) {
    Detection detection = detect(LangSample.of(title, body, SAMPLE_CHARS));
    if (detection.basis() == Basis.UNCERTAIN && length(title) + length(body) > SAMPLE_CHARS) {
      return detect(LangSample.of(title, body, RETRY_SAMPLE_CHARS));
    }
    return detection;
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  private Detection detect(LangSample sample) {
    if (sample.letters() < MIN_LETTERS) {
      return new Detection(UNDETERMINED, 0.0, null, Basis.TOO_SHORT);
    }
    if (isArabicByScript(sample)) {
      double share = (double) sample.arabicAlphabetLetters() / sample.letters();
      return new Detection(ARABIC, share, null, Basis.ARABIC_SCRIPT);
    }
    Language[] ranked = detector.predictLanguages(sample.text());
    String winner = ranked[0].getLang();
    String lang = LangCodes.fromIso6393(winner);
    double runnerUp = 0.0;
    for (int i = 1; i < ranked.length; i++) {
      if (!LangCodes.fromIso6393(ranked[i].getLang()).equals(lang)) {
        runnerUp = ranked[i].getConfidence();
        break;
      }
    }
    double confidence = ranked[0].getConfidence() / (ranked[0].getConfidence() + runnerUp);
    if (confidence < MIN_CONFIDENCE) {
      return new Detection(UNDETERMINED, confidence, winner, Basis.UNCERTAIN);
    }
    return new Detection(lang, confidence, winner, Basis.MODEL);
  }

  /**
   * A record's declared language ({@code "ar"}, {@code "ARA"}, {@code "ar-EG"}, {@code "tr_TR"}) as
   * the code {@link #detect} would give for it, so that the two compare with {@code equals}: the
   * primary subtag, lower-cased whatever the default locale; two letters are an ISO 639-1 code (the
   * current one: {@code iw} becomes {@code he}); three letters are mapped as the model's codes are
   * ({@code ara} becomes {@code ar}). Null, blank, {@code und}, or a primary subtag that is not two
   * or three ASCII letters give {@link #UNDETERMINED}.
   */
  public static String normalizeCode(String declared) {
    return LangCodes.normalize(declared);
  }

  /** The model's languages, as its ISO 639-3 codes. */
  static String[] modelLanguages() {
    return new LanguageDetectorME(SharedModel.MODEL).getSupportedLanguages();
  }

  private static boolean isArabicByScript(LangSample sample) {
    return sample.letters() >= ARABIC_SCRIPT_MIN_LETTERS
        && sample.otherArabicScriptLetters() == 0
        && sample.arabicAlphabetLetters() >= ARABIC_SCRIPT_MIN_SHARE * sample.letters()
        && sample.hasArabicMarker();
  }

  /** The model, read from the classpath when first needed and shared by every identifier. */
  private static final class SharedModel {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "language model "
                  + MODEL_RESOURCE
                  + " is not on the classpath (artifact"
                  + " org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
      }
    }
  }
}
