package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.ingest.format.InputFormat;
import io.storylines.ingest.format.ReaderOptions;
import io.storylines.ingest.format.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.junit.jupiter.api.Test;

/** The entry rules of {@link ArchiveInput}, without Spark. */
class ArchiveInputTest {
  private static final String TWO = "{\"id\":\"a\",\"body\":\"one\"}\n{\"id\":\"b\",\"body\":\"two\"}\n";
  private static final String ONE = "[{\"id\":\"c\",\"body\":\"three\"}]";
  private static final CompressionCodecFactory CODECS = new CompressionCodecFactory(new Configuration());

  /** Each record as {@code locator} or {@code locator -> reason}. */
  private static List<String> records(byte[] file, String name, InputFormat format) throws IOException {
    return records(file, name, format, new ArrayList<>());
  }

  /** As {@link #records(byte[], String, InputFormat)}, adding the entries skipped to {@code skipped}. */
  private static List<String> records(byte[] file, String name, InputFormat format, List<String> skipped)
      throws IOException {
    CompressedInput.Opened opened =
        CompressedInput.open(new ByteArrayInputStream(file), new Path("file:/in/" + name), file.length, CODECS);
    assertTrue(ArchiveInput.isArchive(opened.name()), opened.name());
    List<String> records = new ArrayList<>();
    try (RecordReader reader =
        ArchiveInput.reader(
            opened.in(), opened.name(), "file:/in/" + name, format, ReaderOptions.defaults(), CODECS, skipped::add)) {
      reader.forEachRemaining(
          r -> records.add(r.isParsed() ? r.locator() : r.locator() + " -> " + r.failure().code() + ": " + r.failureDetail()));
    }
    return records;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(Object... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        Object content = namesAndContents[i + 1];
        zip.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void entriesAreReadInOrderAndLocatedByName() throws IOException {
    byte[] file =
        zip(
            "news/", "",
            "news/a.jsonl", TWO,
            "README.md", "# not an input",
            "__MACOSX/news/._a.jsonl", "resource fork",
            "news/_SUCCESS", "",
            "news/b.json.gz", gzip(ONE));
    List<String> skipped = new ArrayList<>();
    assertEquals(
        List.of("news/a.jsonl: line 1", "news/a.jsonl: line 2", "news/b.json.gz: element 1 (line 1)"),
        records(file, "corpus.zip", InputFormat.AUTO, skipped));
    // Every entry passed over but the folder, by its place in the archive.
    assertEquals(
        List.of(
            "file:/in/corpus.zip!/README.md",
            "file:/in/corpus.zip!/__MACOSX/news/._a.jsonl",
            "file:/in/corpus.zip!/news/_SUCCESS"),
        skipped);
  }

  @Test
  void archivesAndParquetInsideAnArchiveAreRejectsAndTheNextEntryIsRead() throws IOException {
    byte[] file = zip("inner.zip", zip("a.jsonl", TWO), "part-0.parquet", "PAR1", "z.jsonl", TWO);
    List<String> records = records(file, "corpus.zip", InputFormat.AUTO);
    assertEquals(4, records.size(), records.toString());
    assertTrue(records.get(0).startsWith("inner.zip: file -> unreadable_file: file:/in/corpus.zip!/inner.zip: an archive inside an archive"), records.get(0));
    assertTrue(records.get(1).startsWith("part-0.parquet: file -> unreadable_file: ") && records.get(1).contains("unpack it"), records.get(1));
    assertEquals(List.of("z.jsonl: line 1", "z.jsonl: line 2"), records.subList(2, 4));
  }

  @Test
  void aConfiguredFormatReadsEveryEntryThatIsNotHidden() throws IOException {
    byte[] file = zip("a.data", TWO, ".hidden.data", TWO);
    List<String> skipped = new ArrayList<>();
    assertEquals(List.of("a.data: line 1", "a.data: line 2"), records(file, "corpus.zip", InputFormat.JSONL, skipped));
    assertEquals(List.of("file:/in/corpus.zip!/.hidden.data"), skipped);
  }

  @Test
  void compressedTarsAreRead() throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GZIPOutputStream(tar))) {
      byte[] content = TWO.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("corpus/a.jsonl");
      entry.setSize(content.length);
      out.putArchiveEntry(entry);
      out.write(content);
      out.closeArchiveEntry();
    }
    List<String> expected = List.of("corpus/a.jsonl: line 1", "corpus/a.jsonl: line 2");
    assertEquals(expected, records(tar.toByteArray(), "corpus.tar.gz", InputFormat.AUTO));
    assertEquals(expected, records(tar.toByteArray(), "corpus.tgz", InputFormat.AUTO));
  }

  @Test
  void anArchiveThatBreaksOffEndsWithAnUnreadableFileReject() throws IOException {
    // Lines that do not compress away, so that the cut falls inside b.jsonl's data, not in the
    // central directory at the end (which a streaming read does not need).
    StringBuilder many = new StringBuilder();
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < 400; i++) {
      many.append("{\"id\":\"").append(Long.toHexString(random.nextLong())).append("\"}\n");
    }
    byte[] whole = zip("a.jsonl", TWO, "b.jsonl", many.toString());
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
    List<String> records = records(cut, "corpus.zip", InputFormat.AUTO);
    assertEquals(List.of("a.jsonl: line 1", "a.jsonl: line 2"), records.subList(0, 2));
    String last = records.get(records.size() - 1);
    assertTrue(last.contains(" -> unreadable_file: "), last);
    assertTrue(last.startsWith("b.jsonl: "), last);
    assertEquals(1, records.stream().filter(r -> r.contains(" -> ")).count(), records.toString());
  }

  @Test
  void entryNamesAreChosenAsFileNamesAre() {
    assertTrue(ArchiveInput.isRead("dir/a.json", InputFormat.AUTO));
    assertTrue(ArchiveInput.isRead("a.jsonl.zst", InputFormat.AUTO));
    assertFalse(ArchiveInput.isRead("dir/notes.md", InputFormat.AUTO));
    assertFalse(ArchiveInput.isRead("__MACOSX/a.json", InputFormat.CSV));
    assertFalse(ArchiveInput.isRead("dir/.a.json", InputFormat.CSV));
    assertFalse(ArchiveInput.isRead("dir/_SUCCESS", InputFormat.CSV));
    assertTrue(ArchiveInput.isRead("dir/notes.md", InputFormat.CSV));
    // As in a folder walk, nothing under a hidden folder, and Windows separators too.
    assertFalse(ArchiveInput.isRead("table/_delta_log/00000.json", InputFormat.AUTO));
    assertFalse(ArchiveInput.isRead("dir\\.hidden.json", InputFormat.AUTO));
    assertTrue(ArchiveInput.isRead("dir\\a.json", InputFormat.AUTO));
  }
}
