package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.Corpora;
import io.storylines.testing.Processes;
import io.storylines.testing.Project;
import io.storylines.text.NormalizedText;
import io.storylines.text.Sentence;
import io.storylines.text.SentenceSplitter;
import io.storylines.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * Entity-level precision and recall of {@link EntityExtractor} on the development gold set, per
 * language. Skipped when the corpora of ../shared/corpora are absent.
 *
 * <p>Vocabulary. The <em>gold set</em> is {@code src/test/resources/gold/entities.tsv}: real
 * articles of four corpora, each by its key, with the gazetteer entities a reader found in it
 * (rules and keys in that folder's {@code README.md}). A <em>pair</em> is (article, entity id).
 * The extractor's pairs of an article are the entity ids of its mentions, title and body together;
 * a pair in both sets is a true positive, one only found a false positive, one only in the gold a
 * false negative. Counts are summed over the articles of a language (micro averages).
 *
 * <p>Each article goes through what the pipeline does to it: the gazetteer is {@code
 * data/gazetteer/syria-us.jsonl}; the body's sentences are split from its display text ({@link
 * TextNormalizer#display}) and mapped back to the body as read, as {@code ArticleAnalyzer} does;
 * the extractor gets the title and body as read, with the gold row's language.
 *
 * <p>Prints, per language, the counts, precision, recall and every false pair (false positives with
 * the surfaces that produced them), then asserts precision of at least {@value #MIN_PRECISION} and
 * recall of at least {@value #MIN_RECALL} in every language.
 */
class EntityGoldSetTest {
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.90;
  static final int MIN_ARTICLES = 30;
  static final int MIN_ARTICLES_PER_LANGUAGE = 8;

  private static final String GOLD_RESOURCE = "/gold/entities.tsv";
  private static final List<String> GOLD_HEADER = List.of("corpus", "key", "lang", "entity_ids");
  private static final String GAZETTEER_FILE = "data/gazetteer/syria-us.jsonl";

  private static final String ANT = "ant";
  private static final String FAKES = "fakes";
  private static final String TR_RSS = "trrss";
  private static final String TTC = "ttc";
  private static final Map<String, String> CORPUS_FILES =
      Map.of(
          ANT, "ant-v2.1-multisource/antcorpus.multisource.data.tar.gz",
          FAKES, "fa-kes/FA-KES-Dataset.csv",
          TR_RSS, "tr-news-rss-2017-2018/news.json.gz",
          TTC, "ttc3600/TTC-3600_Orj.tar.gz");

  private static final Pattern TREC_TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern TREC_TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** One row of the gold set. */
  record GoldArticle(String corpus, String key, String lang, Set<String> entityIds) {
    String label() {
      return corpus + ":" + key;
    }
  }

  /** An article as its corpus holds it; the title is empty when the corpus has none. */
  record ArticleText(String title, String body) {}

  /** The pairs of one language, by outcome; false positives keep the surfaces that made them. */
  static final class LanguageScore {
    private final String lang;
    private int articles;
    private int truePositives;
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> falseNegatives = new ArrayList<>();

    LanguageScore(String lang) {
      this.lang = lang;
    }

    void add(GoldArticle article, Map<String, Set<String>> surfacesByEntity) {
      articles++;
      for (String entityId : new TreeSet<>(surfacesByEntity.keySet())) {
        if (article.entityIds().contains(entityId)) {
          truePositives++;
        } else {
          falsePositives.add(
              article.label() + " " + entityId + " " + surfacesByEntity.get(entityId));
        }
      }
      for (String entityId : new TreeSet<>(article.entityIds())) {
        if (!surfacesByEntity.containsKey(entityId)) {
          falseNegatives.add(article.label() + " " + entityId);
        }
      }
    }

    double precision() {
      int found = truePositives + falsePositives.size();
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      int gold = truePositives + falseNegatives.size();
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%s: %d articles, TP %d, FP %d, FN %d, precision %.3f, recall %.3f%n",
              lang,
              articles,
              truePositives,
              falsePositives.size(),
              falseNegatives.size(),
              precision(),
              recall()));
      falsePositives.forEach(pair -> out.append("  FP ").append(pair).append('\n'));
      falseNegatives.forEach(pair -> out.append("  FN ").append(pair).append('\n'));
      return out.toString();
    }

    Executable meetsTargets() {
      return () -> {
        assertTrue(
            precision() >= MIN_PRECISION,
            lang + " precision " + precision() + " < " + MIN_PRECISION + "\n" + report());
        assertTrue(
            recall() >= MIN_RECALL,
            lang + " recall " + recall() + " < " + MIN_RECALL + "\n" + report());
      };
    }
  }

  @TempDir Path temp;

  @Test
  void extractorMeetsPrecisionAndRecallInEveryLanguage() throws Exception {
    Map<String, Path> corpora = new HashMap<>();
    CORPUS_FILES.forEach((corpus, file) -> corpora.put(corpus, Corpora.require(file)));
    List<GoldArticle> gold = readGold();
    Gazetteer gazetteer = readGazetteer();
    assertGoldSetShape(gold, gazetteer);

    Map<String, ArticleText> texts = new HashMap<>();
    texts.putAll(trecArticles(corpora.get(ANT), keysOf(gold, ANT)));
    texts.putAll(faKesArticles(corpora.get(FAKES), keysOf(gold, FAKES)));
    texts.putAll(rssArticles(corpora.get(TR_RSS), keysOf(gold, TR_RSS)));
    texts.putAll(ttcArticles(corpora.get(TTC), keysOf(gold, TTC)));

    EntityExtractor extractor = new EntityExtractor(gazetteer);
    Map<String, LanguageScore> scores = new TreeMap<>();
    for (GoldArticle article : gold) {
      ArticleText text = texts.get(article.label());
      List<Sentence> sentences = bodySentences(text.body(), article.lang());
      List<ArticleMention> mentions =
          extractor.extract(text.title(), text.body(), article.lang(), sentences);
      Map<String, Set<String>> surfacesByEntity = new TreeMap<>();
      for (ArticleMention mention : mentions) {
        surfacesByEntity
            .computeIfAbsent(mention.entityId(), id -> new LinkedHashSet<>())
            .add(mention.surface());
      }
      scores.computeIfAbsent(article.lang(), LanguageScore::new).add(article, surfacesByEntity);
    }

    StringBuilder table = new StringBuilder("EntityExtractor on the gold set (entity level):\n");
    scores.values().forEach(score -> table.append(score.report()));
    System.out.print(table);
    assertAll(scores.values().stream().map(LanguageScore::meetsTargets));
  }

  /** The body's sentences, split from its display text and mapped back, as the pipeline does. */
  private static List<Sentence> bodySentences(String body, String lang) {
    NormalizedText normalized = TextNormalizer.display(body, lang);
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.forLanguage(lang).split(normalized.text())) {
      sentences.add(
          new Sentence(
              normalized.originalStart(sentence.start()), normalized.originalEnd(sentence.end())));
    }
    return sentences;
  }

  private static List<GoldArticle> readGold() throws IOException {
    List<GoldArticle> gold = new ArrayList<>();
    try (InputStream in = EntityGoldSetTest.class.getResourceAsStream(GOLD_RESOURCE)) {
      assertTrue(in != null, "missing test resource " + GOLD_RESOURCE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertEquals(GOLD_HEADER, Arrays.asList(reader.readLine().split("\t", -1)), GOLD_RESOURCE);
      String line;
      for (int number = 2; (line = reader.readLine()) != null; number++) {
        String[] fields = line.split("\t", -1);
        assertEquals(4, fields.length, GOLD_RESOURCE + " line " + number + ": " + line);
        Set<String> ids =
            Arrays.stream(fields[3].split(","))
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        gold.add(new GoldArticle(fields[0], fields[1], fields[2], ids));
      }
    }
    return gold;
  }

  private static Gazetteer readGazetteer() throws IOException {
    Path file = Project.path(GAZETTEER_FILE);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Gazetteer.parse(reader, file.getFileName().toString());
    }
  }

  /**
   * The gold set is what the issue asks for, and names only entities the gazetteer has: a renamed
   * id would otherwise count as a miss.
   */
  private static void assertGoldSetShape(List<GoldArticle> gold, Gazetteer gazetteer) {
    assertTrue(gold.size() >= MIN_ARTICLES, "gold articles: " + gold.size());
    Map<String, Long> perLanguage =
        gold.stream().collect(Collectors.groupingBy(GoldArticle::lang, Collectors.counting()));
    for (String lang : List.of("ar", "en", "tr")) {
      assertTrue(
          perLanguage.getOrDefault(lang, 0L) >= MIN_ARTICLES_PER_LANGUAGE,
          "gold articles per language: " + perLanguage);
    }
    assertEquals(
        gold.size(),
        gold.stream().map(GoldArticle::label).distinct().count(),
        "an article is listed twice");
    Set<String> unknown = new TreeSet<>();
    for (GoldArticle article : gold) {
      assertTrue(CORPUS_FILES.containsKey(article.corpus()), "unknown corpus " + article.label());
      article.entityIds().stream()
          .filter(id -> gazetteer.get(id).isEmpty())
          .forEach(id -> unknown.add(article.label() + " " + id));
    }
    assertTrue(unknown.isEmpty(), "gold entity ids not in the gazetteer: " + unknown);
  }

  private static Set<String> keysOf(List<GoldArticle> gold, String corpus) {
    return gold.stream()
        .filter(article -> article.corpus().equals(corpus))
        .map(GoldArticle::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** ANT v2.1 files by their path in the archive, as TITLE and TEXT. */
  private Map<String, ArticleText> trecArticles(Path archive, Set<String> keys)
      throws IOException, InterruptedException {
    Path root = untar(archive, keys);
    return read(
        ANT,
        keys,
        key -> {
          String document = readString(root.resolve(key));
          return new ArticleText(field(TREC_TITLE, document), field(TREC_TEXT, document));
        });
  }

  /** TTC-3600 files by their path in the archive, without a byte order mark; they have no title. */
  private Map<String, ArticleText> ttcArticles(Path archive, Set<String> keys)
      throws IOException, InterruptedException {
    Path root = untar(archive, keys);
    return read(
        TTC,
        keys,
        key -> {
          String text = readString(root.resolve(key));
          boolean marked = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
          return new ArticleText("", marked ? text.substring(1) : text);
        });
  }

  /** FA-KES rows by unit_id, which must occur once in the file. */
  private static Map<String, ArticleText> faKesArticles(Path csv, Set<String> keys)
      throws IOException {
    Map<String, List<ArticleText>> rows = new HashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord row : parser) {
        if (keys.contains(row.get("unit_id"))) {
          rows.computeIfAbsent(row.get("unit_id"), id -> new ArrayList<>())
              .add(new ArticleText(row.get("article_title"), row.get("article_content")));
        }
      }
    }
    return read(
        FAKES,
        keys,
        key -> {
          List<ArticleText> found = rows.getOrDefault(key, List.of());
          assertEquals(1, found.size(), "FA-KES rows with unit_id " + key);
          return found.get(0);
        });
  }

  /** RSS items by link, as title and description, HTML and character references as stored. */
  private static Map<String, ArticleText> rssArticles(Path gzip, Set<String> keys)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, ArticleText> items = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gzip)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        boolean marked = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK;
        String record = marked ? line.substring(1) : line;
        if (record.isBlank()) {
          continue;
        }
        JsonNode properties = json.readTree(record).path("properties");
        String link = properties.path("link").path("stringValue").asText();
        if (keys.contains(link)) {
          items.put(
              link,
              new ArticleText(
                  properties.path("title").path("stringValue").asText(),
                  properties.path("description").path("stringValue").asText()));
        }
      }
    }
    return read(
        TR_RSS,
        keys,
        key -> {
          assertTrue(items.containsKey(key), "no RSS item with link " + key);
          return items.get(key);
        });
  }

  private static Map<String, ArticleText> read(
      String corpus, Set<String> keys, Function<String, ArticleText> reader) {
    Map<String, ArticleText> texts = new HashMap<>();
    for (String key : keys) {
      texts.put(corpus + ":" + key, reader.apply(key));
    }
    return texts;
  }

  /** Only {@code members} of {@code archive}, extracted into a new folder of the temp dir. */
  private Path untar(Path archive, Set<String> members) throws IOException, InterruptedException {
    Path target = Files.createTempDirectory(temp, "corpus");
    List<String> command =
        new ArrayList<>(List.of("tar", "-xzf", archive.toString(), "-C", target.toString()));
    command.addAll(members);
    Processes.run(command);
    return target;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String field(Pattern pattern, String document) {
    Matcher matcher = pattern.matcher(document);
    return matcher.find() ? matcher.group(1).strip() : "";
  }
}
