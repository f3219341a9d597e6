package io.storylines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.config.StorylinesConfig;
import io.storylines.run.RunResult;
import io.storylines.testing.SharedSpark;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One whole-job run over a folder of hostile inputs, one file per situation, then one test per
 * situation on what the run published: the {@code articles} and {@code rejects} tables, read back by
 * input file name and locator, and the per-file counts of {@code _run.json}.
 *
 * <p>Outcomes pinned here that the docs leave open: a date in the future or before 1900 is accepted
 * as written; a NUL written as a JSON escape is accepted and kept in {@code body}, while a raw NUL byte
 * is bad JSON ({@code malformed_record}); a CSV file whose first line is data takes that line as its
 * header, so it is not a record and the next rows have no {@code body} column.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  private static final int LARGE_BODY_CHARS = 30 * 1024 * 1024;

  private static final int MAX_SENTENCE_CODE_POINTS = 1000;

  private Path input;
  private Path output;
  private RunResult result;
  private JsonNode manifest;
  private final Map<String, Row> articleByLocation = new HashMap<>();
  private final Map<String, Row> rejectByLocation = new HashMap<>();

  private static String line(String id, String date, String body) {
    return "{\"id\":\"" + id + "\",\"source\":\"s\",\"date\":\"" + date + "\",\"body\":\"" + body + "\"}\n";
  }

  @BeforeAll
  void runTheJobOnceOverEveryHostileInput(SparkSession spark, @TempDir Path temp) throws IOException {
    input = Files.createDirectories(temp.resolve("in"));
    output = temp.resolve("out");
    String d = "2025-05-13";
    write(
        "malformed-line.jsonl",
        line("ml1", d, "good one") + "{\"id\":\"ml2\",\"body\": \n" + line("ml3", d, "good three"));
    write(
        "cut-array.json",
        "[\n" + line("ca1", d, "first").trim() + ",\n" + line("ca2", d, "second").trim()
            + ",\n{\"id\":\"ca3\",\"body\":\"cut her");
    StringBuilder gz = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      gz.append(line("gz" + i, d, "gzip body number " + i + " " + "x".repeat(i % 50)));
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(gz.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] gzBytes = compressed.toByteArray();
    Files.write(input.resolve("truncated.jsonl.gz"), Arrays.copyOf(gzBytes, gzBytes.length / 2));
    write("empty.jsonl", "");
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Files.write(input.resolve("binary.jsonl"), noise);
    Files.write(input.resolve("invalid-utf8.jsonl"), concat(
        line("iu1", d, "fine").getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"iu2\",\"source\":\"s\",\"date\":\"2025-05-13\",\"body\":\"bad \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1),
        line("iu3", d, "fine too").getBytes(StandardCharsets.UTF_8)));
    Files.write(input.resolve("utf16.jsonl"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        line("u16", d, "قال المتحدث إن الاجتماع عقد في دمشق").getBytes(StandardCharsets.UTF_16LE)));
    Files.write(input.resolve("utf8-bom.jsonl"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        line("bom", d, "a body after a byte-order mark").getBytes(StandardCharsets.UTF_8)));
    write(
        "nul.jsonl",
        line("nul1", d, "before\\u0000after the escaped null")
            + line("nul2", d, "before\u0000after the raw null"));
    write("surrogate.jsonl", line("sur", d, "lone \\ud800 surrogate in a body"));
    write("fields.jsonl",
        "{\"id\":\"mb\",\"source\":\"s\",\"date\":\"2025-05-13\",\"title\":\"no body\"}\n"
        + line("ws", d, "  \\t  ")
        + line("html", d, "<div><br/></div>")
        + "{\"id\":\"to\",\"source\":\"s\",\"date\":\"2025-05-13\",\"title\":{\"text\":\"t\"},\"body\":\"title object\"}\n"
        + "{\"id\":\"ep\",\"source\":\"s\",\"date\":1747094400,\"body\":\"epoch seconds\"}\n"
        + "{\"id\":\"xf\",\"source\":\"s\",\"date\":\"2025-05-13\",\"body\":\"extra fields\",\"mood\":{\"a\":[1,2]},\"x\":7}\n");
    try (BufferedWriter out = Files.newBufferedWriter(input.resolve("large.jsonl"), StandardCharsets.UTF_8)) {
      out.write(line("lg1", d, "small before"));
      out.write("{\"id\":\"lg2\",\"source\":\"s\",\"date\":\"2025-05-13\",\"body\":\"");
      char[] chunk = new char[1 << 16];
      Arrays.fill(chunk, 'a');
      for (int i = 0; i < LARGE_BODY_CHARS / chunk.length; i++) {
        out.write(chunk);
      }
      out.write("\"}\n");
      out.write(line("lg3", d, "small after"));
    }
    write("dates.jsonl",
        line("future", "2099-01-01", "from the future")
        + line("old", "1850-06-01", "from long ago")
        + line("offset", "2025-05-13T10:00:00+03:00", "with an offset")
        + line("nozone", "2025-05-13T10:00:00", "without a zone")
        + line("arabic", "٢٠٢٥-٠٥-١٣", "arabic-indic digits"));
    write("dup-a.jsonl", line("d1", d, "first d1") + line("d1", d, "second d1") + line("d2", d, "first d2"));
    write("dup-b.jsonl", line("d2", d, "second d2"));
    write("dup-markup.jsonl", line("d3", d, "<div><br/></div>") + line("d3", d, "the text of d3"));
    write(
        "unbalanced.csv",
        "id,source,date,body\nub1,s,2025-05-13,fine\n"
            + "ub2,s,2025-05-13,\"never closed\nub3,s,2025-05-13,swallowed\n");
    write("headerless.csv", "hl1,s,2025-05-13,text one\nhl2,s,2025-05-13,text two\n");
    write("extra-columns.csv", "id,source,date,body\nec1,s,2025-05-13,fine,extra,more\n");
    write("semicolon.csv", "id;source;date;body\nsc1;s;2025-05-13;semi, colon\n");
    write(
        "unclosed.trec",
        "<DOC>\n<DOCNO>tu1</DOCNO>\n<DATE>2025-05-13</DATE>\n<TEXT>never closed</TEXT>\n"
            + "<DOC>\n<DOCNO>tu2</DOCNO>\n<DATE>2025-05-13</DATE>\n<TEXT>closed</TEXT>\n</DOC>\n"
            + "<DOC>\n<DOCNO>tu3</DOCNO>\n<DATE>2025-05-13</DATE>\n<TEXT>last, unclosed</TEXT>\n");
    write(
        "nested.trec",
        "<DOC>\n<DOCNO>tn1</DOCNO>\n<DATE>2025-05-13</DATE>\n"
            + "<TEXT><P>para <B>one</B></P>\n<P>para two</P></TEXT>\n</DOC>\n");
    write("scripts.jsonl",
        line("rtl", d, "\u200fقال\u200e Ankara’da 🎉 officials, 北京 и Москва said. 👩‍👩‍👧 ok.")
        + line("long", d, "word ".repeat(1000).trim()));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input.resolve("bundle.zip")))) {
      for (String name : List.of("notes.md", "__MACOSX/._a.jsonl", "a.jsonl", ".DS_Store")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(line("zp", d, "from inside a zip").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    result =
        StorylinesJob.run(
            spark,
            StorylinesConfig.builder().input(input.toString()).output(output.toString()).build());
    manifest = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    for (Row article : spark.read().parquet(output.resolve("articles").toString()).collectAsList()) {
      articleByLocation.put(location(article), article);
    }
    for (Row reject : spark.read().parquet(output.resolve("rejects").toString()).collectAsList()) {
      rejectByLocation.put(location(reject), reject);
    }
  }

  /** {@code file-name|locator}, the key of a published row. */
  private static String location(Row row) {
    String file = row.getAs("input_file");
    return file.substring(file.lastIndexOf('/') + 1) + "|" + row.getAs("input_locator");
  }

  private Row article(String file, String locator) {
    Row article = articleByLocation.get(file + "|" + locator);
    assertNotNull(
        article,
        "no article at " + file + " " + locator + "; reject there: "
            + rejectByLocation.get(file + "|" + locator));
    return article;
  }

  private Row reject(String file, String locator) {
    Row reject = rejectByLocation.get(file + "|" + locator);
    assertNotNull(
        reject,
        "no reject at " + file + " " + locator + "; article there: "
            + articleByLocation.get(file + "|" + locator));
    return reject;
  }

  private void assertRejected(String file, String locator, String reason, String stage) {
    Row reject = reject(file, locator);
    assertEquals(
        reason,
        reject.getAs("reason"),
        () -> "reason at " + file + " " + locator + ": " + reject.getAs("detail"));
    assertEquals(stage, reject.getAs("stage"), () -> "stage at " + file + " " + locator);
  }

  /** The manifest entry of one input file. */
  private JsonNode inputEntry(String file) {
    for (JsonNode entry : manifest.get("inputs")) {
      if (entry.get("path").asText().endsWith("/" + file)) {
        return entry;
      }
    }
    return fail("no input " + file + " in _run.json");
  }

  /** Asserts a file's read, accepted and rejected counts, in the manifest and in the tables. */
  private void assertCounts(String file, long read, long accepted, long rejected) {
    JsonNode entry = inputEntry(file);
    assertEquals(read, entry.get("records_read").asLong(), file + " records_read");
    assertEquals(accepted, entry.get("articles_accepted").asLong(), file + " articles_accepted");
    assertEquals(rejected, entry.get("records_rejected").asLong(), file + " records_rejected");
    assertEquals(accepted, countIn(articleByLocation, file), file + " articles");
    assertEquals(rejected, countIn(rejectByLocation, file), file + " rejects");
  }

  private static long countIn(Map<String, Row> byLocation, String file) {
    return byLocation.keySet().stream().filter(key -> key.startsWith(file + "|")).count();
  }

  private static Instant publishedAt(Row article) {
    return ((Timestamp) article.getAs("published_at")).toInstant();
  }

  @Test
  void runSucceedsAndEveryFileBalances() throws IOException {
    assertEquals("succeeded", manifest.get("status").asText());
    assertEquals(result.recordsRead(), result.articlesAccepted() + result.recordsRejected());
    try (Stream<Path> files = Files.list(input)) {
      assertEquals(files.count(), manifest.get("inputs").size(), "every input file is in _run.json");
    }
    for (JsonNode entry : manifest.get("inputs")) {
      assertEquals(
          entry.get("records_read").asLong(),
          entry.get("articles_accepted").asLong() + entry.get("records_rejected").asLong(),
          () -> "records_read = articles_accepted + records_rejected for " + entry.get("path"));
    }
    assertEquals(result.articlesAccepted(), articleByLocation.size());
    assertEquals(result.recordsRejected(), rejectByLocation.size());
  }

  @Test
  void malformedJsonLineIsRejectedAndItsNeighboursAccepted() {
    assertCounts("malformed-line.jsonl", 3, 2, 1);
    article("malformed-line.jsonl", "line 1");
    assertRejected("malformed-line.jsonl", "line 2", "malformed_record", "ingest");
    article("malformed-line.jsonl", "line 3");
  }

  @Test
  void jsonArrayCutOffKeepsTheElementsBeforeTheCut() {
    assertCounts("cut-array.json", 3, 2, 1);
    assertEquals("s:ca1", article("cut-array.json", "element 1 (line 2)").getAs("article_id"));
    assertEquals("s:ca2", article("cut-array.json", "element 2 (line 3)").getAs("article_id"));
    assertRejected("cut-array.json", "element 3 (line 4)", "malformed_record", "ingest");
  }

  @Test
  void truncatedGzipKeepsItsEarlierRecordsAndIsOneUnreadableFile() {
    JsonNode entry = inputEntry("truncated.jsonl.gz");
    long read = entry.get("records_read").asLong();
    assertTrue(read > 100 && read < 2000, "read " + read);
    assertCounts("truncated.jsonl.gz", read, read - 1, 1);
    assertRejected("truncated.jsonl.gz", "line " + read, "unreadable_file", "ingest");
    for (long line = 1; line < read; line++) {
      assertEquals("s:gz" + (line - 1), article("truncated.jsonl.gz", "line " + line).getAs("article_id"));
    }
    assertEquals(List.of("file:" + input.resolve("truncated.jsonl.gz")), result.unreadableFiles());
  }

  @Test
  void archiveEntriesThatAreNotInputsAreListedInTheManifest() {
    assertCounts("bundle.zip", 1, 1, 0);
    assertEquals("s:zp", article("bundle.zip", "a.jsonl: line 1").getAs("article_id"));
    String zip = "file:" + input.resolve("bundle.zip");
    List<String> skipped = new ArrayList<>();
    manifest.get("skipped_archive_entries").forEach(entry -> skipped.add(entry.asText()));
    assertEquals(List.of(zip + "!/.DS_Store", zip + "!/__MACOSX/._a.jsonl", zip + "!/notes.md"), skipped);
  }

  @Test
  void emptyFileHasNoRecords() {
    assertCounts("empty.jsonl", 0, 0, 0);
  }

  @Test
  void binaryFileNamedJsonlIsRejectedLineByLine() {
    long read = inputEntry("binary.jsonl").get("records_read").asLong();
    assertTrue(read > 0);
    assertCounts("binary.jsonl", read, 0, read);
    rejectByLocation.forEach(
        (location, reject) -> {
          if (location.startsWith("binary.jsonl|")) {
            assertTrue(
                Set.of("malformed_record", "bad_encoding").contains((String) reject.getAs("reason")),
                location + ": " + reject.getAs("reason"));
          }
        });
  }

  @Test
  void invalidUtf8IsBadEncodingForItsLineOnly() {
    assertCounts("invalid-utf8.jsonl", 3, 2, 1);
    article("invalid-utf8.jsonl", "line 1");
    assertRejected("invalid-utf8.jsonl", "line 2", "bad_encoding", "ingest");
    article("invalid-utf8.jsonl", "line 3");
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    assertCounts("utf16.jsonl", 1, 1, 0);
    Row article = article("utf16.jsonl", "line 1");
    assertEquals("s:u16", article.getAs("article_id"));
    assertEquals("قال المتحدث إن الاجتماع عقد في دمشق", article.getAs("body"));
  }

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheRecord() {
    assertCounts("utf8-bom.jsonl", 1, 1, 0);
    assertEquals("s:bom", article("utf8-bom.jsonl", "line 1").getAs("article_id"));
  }

  @Test
  void escapedNulIsKeptInTheBodyAndRawNulIsBadJson() {
    assertCounts("nul.jsonl", 2, 1, 1);
    Row escaped = article("nul.jsonl", "line 1");
    String body = escaped.getAs("body");
    assertEquals("before\u0000after the escaped null", body);
    assertEquals(List.of(List.of(0, body.length())), spans(escaped));
    assertRejected("nul.jsonl", "line 2", "malformed_record", "ingest");
  }

  @Test
  void escapedLoneSurrogateIsAcceptedAsTheReplacementCharacter() {
    assertCounts("surrogate.jsonl", 1, 1, 0);
    Row article = article("surrogate.jsonl", "line 1");
    assertEquals("s:sur", article.getAs("article_id"));
    assertEquals("lone \uFFFD surrogate in a body", article.getAs("body"));
    assertEquals(List.of(List.of(0, 26)), spans(article));
  }

  @Test
  void missingBodyIsMissingBody() {
    assertRejected("fields.jsonl", "line 1", "missing_body", "ingest");
  }

  @Test
  void whitespaceBodyIsEmptyTextAtIngest() {
    assertRejected("fields.jsonl", "line 2", "empty_text", "ingest");
  }

  @Test
  void markupOnlyBodyIsEmptyTextAtTheTextStage() {
    assertRejected("fields.jsonl", "line 3", "empty_text", "text");
  }

  @Test
  void titleObjectIsWrongType() {
    assertRejected("fields.jsonl", "line 4", "wrong_type", "ingest");
  }

  @Test
  void numericDateIsEpochSeconds() {
    assertEquals(Instant.ofEpochSecond(1747094400L), publishedAt(article("fields.jsonl", "line 5")));
  }

  @Test
  void unknownFieldsAreIgnored() {
    assertEquals("extra fields", article("fields.jsonl", "line 6").getAs("body"));
    assertCounts("fields.jsonl", 6, 2, 4);
  }

  @Test
  void bodyOverTheLimitIsTooLargeAndItsNeighboursAccepted() {
    assertCounts("large.jsonl", 3, 2, 1);
    article("large.jsonl", "line 1");
    assertRejected("large.jsonl", "line 2", "too_large", "ingest");
    assertTrue(((String) reject("large.jsonl", "line 2").getAs("raw")).length() <= 2048);
    article("large.jsonl", "line 3");
  }

  @Test
  void futureDateIsAcceptedAsWritten() {
    Row article = article("dates.jsonl", "line 1");
    assertEquals(Instant.parse("2099-01-01T00:00:00Z"), publishedAt(article));
    assertEquals("2099-01", article.getAs("period"));
  }

  @Test
  void dateBefore1900IsAcceptedAsWritten() {
    Row article = article("dates.jsonl", "line 2");
    assertEquals(Instant.parse("1850-06-01T00:00:00Z"), publishedAt(article));
    assertEquals("1850-06", article.getAs("period"));
  }

  @Test
  void dateWithAnOffsetIsConvertedToUtc() {
    assertEquals(Instant.parse("2025-05-13T07:00:00Z"), publishedAt(article("dates.jsonl", "line 3")));
  }

  @Test
  void dateWithoutAZoneIsUtc() {
    assertEquals(Instant.parse("2025-05-13T10:00:00Z"), publishedAt(article("dates.jsonl", "line 4")));
  }

  @Test
  void dateInArabicIndicDigitsIsRead() {
    assertEquals(Instant.parse("2025-05-13T00:00:00Z"), publishedAt(article("dates.jsonl", "line 5")));
    assertCounts("dates.jsonl", 5, 5, 0);
  }

  @Test
  void duplicateIdsKeepTheFirstWithinAndAcrossFiles() {
    assertCounts("dup-a.jsonl", 3, 2, 1);
    assertCounts("dup-b.jsonl", 1, 0, 1);
    assertEquals("first d1", article("dup-a.jsonl", "line 1").getAs("body"));
    assertRejected("dup-a.jsonl", "line 2", "duplicate_id", "ids");
    assertEquals("first d2", article("dup-a.jsonl", "line 3").getAs("body"));
    assertRejected("dup-b.jsonl", "line 1", "duplicate_id", "ids");
  }

  @Test
  void anIdWhoseFirstRecordHasNoTextKeepsTheNextRecordWithText() {
    assertRejected("dup-markup.jsonl", "line 1", "empty_text", "text");
    assertEquals("the text of d3", article("dup-markup.jsonl", "line 2").getAs("body"));
    assertCounts("dup-markup.jsonl", 2, 1, 1);
  }

  @Test
  void csvUnbalancedQuoteIsOneMalformedRecordForTheRest() {
    assertCounts("unbalanced.csv", 2, 1, 1);
    article("unbalanced.csv", "row 1 (line 2)");
    assertRejected("unbalanced.csv", "row 2 (line 3)", "malformed_record", "ingest");
    String raw = reject("unbalanced.csv", "row 2 (line 3)").getAs("raw");
    assertTrue(raw.contains("swallowed"), raw);
  }

  @Test
  void csvWithoutHeaderTakesItsFirstRowAsTheHeader() {
    assertCounts("headerless.csv", 1, 0, 1);
    assertRejected("headerless.csv", "row 1 (line 2)", "missing_body", "ingest");
  }

  @Test
  void csvExtraColumnsAreIgnored() {
    assertCounts("extra-columns.csv", 1, 1, 0);
    assertEquals("fine", article("extra-columns.csv", "row 1 (line 2)").getAs("body"));
  }

  @Test
  void csvSemicolonDelimiterIsDetected() {
    assertCounts("semicolon.csv", 1, 1, 0);
    assertEquals("semi, colon", article("semicolon.csv", "row 1 (line 2)").getAs("body"));
  }

  @Test
  void trecDocWithoutClosingTagIsRead() {
    assertCounts("unclosed.trec", 3, 3, 0);
    assertEquals("never closed", article("unclosed.trec", "DOCNO tu1").getAs("body"));
    assertEquals("closed", article("unclosed.trec", "DOCNO tu2").getAs("body"));
    assertEquals("last, unclosed", article("unclosed.trec", "DOCNO tu3").getAs("body"));
  }

  @Test
  void trecNestedTagsAreRead() {
    assertCounts("nested.trec", 1, 1, 0);
    assertEquals("para one\npara two", article("nested.trec", "DOCNO tn1").getAs("body"));
  }

  @Test
  void bidiMarksEmojiAndMixedScriptsAreAccepted() {
    Row article = article("scripts.jsonl", "line 1");
    String body = article.getAs("body");
    assertEquals("\u200fقال\u200e Ankara’da 🎉 officials, 北京 и Москва said. 👩‍👩‍👧 ok.", body);
    int codePoints = body.codePointCount(0, body.length());
    for (List<Integer> span : spans(article)) {
      assertTrue(0 <= span.get(0) && span.get(0) < span.get(1) && span.get(1) <= codePoints, span.toString());
    }
  }

  @Test
  void sentenceWithoutPunctuationIsCappedAtAThousandCodePoints() {
    assertCounts("scripts.jsonl", 2, 2, 0);
    Row article = article("scripts.jsonl", "line 2");
    assertEquals(4999, ((String) article.getAs("body")).length());
    List<List<Integer>> spans = spans(article);
    assertTrue(spans.size() >= 5, spans.toString());
    for (List<Integer> span : spans) {
      assertTrue(span.get(1) - span.get(0) <= MAX_SENTENCE_CODE_POINTS, span.toString());
    }
  }

  /** The {@code sentences} of an article as {@code [start, end]} pairs. */
  private static List<List<Integer>> spans(Row article) {
    List<Row> sentences = article.getList(article.fieldIndex("sentences"));
    return sentences.stream()
        .map(sentence -> List.of(sentence.<Integer>getAs("start"), sentence.<Integer>getAs("end")))
        .toList();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    return out.toByteArray();
  }
}
