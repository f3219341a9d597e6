package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.Corpora;
import io.storylines.testing.Processes;
import io.storylines.text.LanguageIdentifier.Basis;
import io.storylines.text.LanguageIdentifier.Detection;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language identification on the real corpora of ../shared/corpora, every document of each: ANT
 * v2.1 (Arabic), FA-KES (English) and TTC-3600 (Turkish) must each be identified at least 99%
 * right. Prints each corpus's confusion counts, the rules that decided, and the detector's speed
 * per CPU-second (the best of three passes, after a first that warms the JIT up). Skipped when the
 * corpora are absent. Also reads the corpora for {@code TopicTokenizerCorporaTest}.
 */
class LanguageIdentifierCorporaTest {

  static final double MIN_ACCURACY = 0.99;
  static final int MIN_DOCUMENTS = 500;
  static final int TIMED_PASSES = 3;

  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** One document of a corpus; the title is empty when the corpus has none. */
  record Article(String id, String title, String body) {
    long utf8Bytes() {
      return title.getBytes(StandardCharsets.UTF_8).length
          + body.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  @TempDir Path temp;

  @Test
  void antArabicIsIdentifiedAsArabic() throws Exception {
    assertMostlyIdentifiedAs("ar", "ANT v2.1", antArticles(temp));
  }

  @Test
  void faKesEnglishIsIdentifiedAsEnglish() throws Exception {
    assertMostlyIdentifiedAs("en", "FA-KES", faKesArticles());
  }

  @Test
  void ttc3600TurkishIsIdentifiedAsTurkish() throws Exception {
    assertMostlyIdentifiedAs("tr", "TTC-3600", ttcArticles(temp));
  }

  private static void assertMostlyIdentifiedAs(String lang, String corpus, List<Article> articles) {
    assertTrue(articles.size() >= MIN_DOCUMENTS, corpus + " has " + articles.size() + " documents");
    LanguageIdentifier identifier = new LanguageIdentifier();
    Map<String, Integer> confusion = new TreeMap<>();
    Map<Basis, Integer> rules = new TreeMap<>();
    for (Article article : articles) {
      Detection detection = identifier.detect(article.title(), article.body());
      confusion.merge(detection.lang(), 1, Integer::sum);
      rules.merge(detection.basis(), 1, Integer::sum);
    }
    double seconds =
        bestCpuSeconds(() -> articles.forEach(a -> identifier.detect(a.title(), a.body())));
    long bytes = articles.stream().mapToLong(Article::utf8Bytes).sum();
    int right = confusion.getOrDefault(lang, 0);
    double accuracy = (double) right / articles.size();
    System.out.printf(
        "LanguageIdentifier on %s: %d documents, %d identified as %s (%.2f%%); confusion %s;"
            + " decided by %s; %.0f documents and %.1f MB per CPU-second%n",
        corpus,
        articles.size(),
        right,
        lang,
        100 * accuracy,
        confusion,
        rules,
        articles.size() / seconds,
        bytes / 1e6 / seconds);
    assertTrue(
        accuracy >= MIN_ACCURACY,
        corpus + ": " + right + " of " + articles.size() + " as " + lang + "; " + confusion);
  }

  /** The least CPU time of the current thread over {@link #TIMED_PASSES} runs of {@code work}. */
  static double bestCpuSeconds(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      long start = threads.getCurrentThreadCpuTime();
      work.run();
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    }
    return best / 1e9;
  }

  /** Every file of ANT v2.1, as TITLE and TEXT. */
  static List<Article> antArticles(Path temp) throws IOException, InterruptedException {
    Path corpus = untar("ant-v2.1-multisource/antcorpus.multisource.data.tar.gz", temp);
    List<Article> articles = new ArrayList<>();
    for (Path file : filesEndingWith(corpus, ".txt")) {
      String document = Files.readString(file);
      articles.add(
          new Article(
              file.getFileName().toString(), field(TITLE, document), field(TEXT, document)));
    }
    assertEquals(31_525, articles.size(), "ANT v2.1 files");
    return articles;
  }

  /** Every row of FA-KES, as article_title and article_content. */
  static List<Article> faKesArticles() throws IOException {
    Path csv = Corpora.require("fa-kes/FA-KES-Dataset.csv");
    List<Article> articles = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord row : parser) {
        articles.add(
            new Article(row.get("unit_id"), row.get("article_title"), row.get("article_content")));
      }
    }
    assertEquals(804, articles.size(), "FA-KES rows");
    return articles;
  }

  /** Every file of TTC-3600 (original texts), without its byte-order mark; it has no titles. */
  static List<Article> ttcArticles(Path temp) throws IOException, InterruptedException {
    Path corpus = untar("ttc3600/TTC-3600_Orj.tar.gz", temp);
    List<Article> articles = new ArrayList<>();
    for (Path file : filesEndingWith(corpus, ".txt")) {
      String text = Files.readString(file);
      String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
      articles.add(new Article(corpus.relativize(file).toString(), "", body));
    }
    assertEquals(3_600, articles.size(), "TTC-3600 files");
    return articles;
  }

  private static Path untar(String archive, Path temp) throws IOException, InterruptedException {
    Path tarball = Corpora.require(archive);
    Path target = Files.createTempDirectory(temp, "corpus");
    Processes.run(List.of("tar", "-xzf", tarball.toString(), "-C", target.toString()));
    return target;
  }

  private static List<Path> filesEndingWith(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static String field(Pattern pattern, String document) {
    Matcher matcher = pattern.matcher(document);
    return matcher.find() ? matcher.group(1).strip() : "";
  }
}
