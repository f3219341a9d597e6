package io.storylines.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses the text of one article, in this order:
 *
 * <ol>
 *   <li><b>Language</b>: {@link LanguageIdentifier} on the title and body as read (it must see
 *       Persian letters before normalization folds them into Arabic ones). When it cannot decide
 *       ({@code und}) and the record declared a language, the declared one is used (basis {@code
 *       declared}); the declared language is otherwise only compared, never trusted over the
 *       detector.
 *   <li><b>Normalization</b>: {@link TextNormalizer#display} of the body for that language. A body
 *       with no text left is reported with {@code hasText} false.
 *   <li><b>Sentences</b>: {@link SentenceSplitter} on the normalized body; each sentence is mapped
 *       back to the original body, so {@code body.substring(start, end)} is its surface text.
 *   <li><b>Tokens</b>: {@link TopicTokenizer} on the normalized title and body.
 * </ol>
 *
 * <p>Not thread-safe (the detector and the analyzers are per instance): make one per thread, in
 * Spark one per partition.
 */
public final class ArticleAnalyzer {
  private final LanguageIdentifier identifier;
  private final TopicTokenizer tokenizer;

  public ArticleAnalyzer() {
    this(List.of());
  }

  /** An analyzer whose topic tokens keep {@code turkishNames} unstemmed ({@link TopicTokenizer}). */
  public ArticleAnalyzer(java.util.Collection<String> turkishNames) {
    this(new LanguageIdentifier(), new TopicTokenizer(turkishNames));
  }

  ArticleAnalyzer(LanguageIdentifier identifier, TopicTokenizer tokenizer) {
    this.identifier = identifier;
    this.tokenizer = tokenizer;
  }

  public AnalyzedArticle analyze(String title, String body, String declaredLang) {
    // On the words: markup first would fill the detector's 200-character sample with tag names
    // and URLs, and character references would hide the letters.
    LanguageIdentifier.Detection detection =
        identifier.detect(HtmlText.plainText(title), HtmlText.plainText(body));
    String lang = detection.lang();
    String basis = detection.basis().name().toLowerCase(java.util.Locale.ROOT);
    String declared = declaredLang == null ? null : LanguageIdentifier.normalizeCode(declaredLang);
    if (LanguageIdentifier.UNDETERMINED.equals(lang)
        && declared != null
        && !LanguageIdentifier.UNDETERMINED.equals(declared)) {
      lang = declared;
      basis = "declared";
    }
    NormalizedText normalized = TextNormalizer.display(body, lang);
    if (normalized.text().isBlank()) {
      return new AnalyzedArticle(lang, detection.confidence(), basis, false, List.of(), List.of());
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.forLanguage(lang).split(normalized.text())) {
      sentences.add(
          new Sentence(
              normalized.originalStart(sentence.start()), normalized.originalEnd(sentence.end())));
    }
    String text =
        title == null || title.isBlank()
            ? normalized.text()
            : TextNormalizer.display(title, lang).text() + "\n\n" + normalized.text();
    return new AnalyzedArticle(
        lang, detection.confidence(), basis, true, sentences, tokenizer.tokens(text, lang));
  }
}
