package io.storylines.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  private static InputFormat detect(String name, String content) {
    return FormatSniffer.detect(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sniffsJsonlAndNdjsonByExtension() {
    assertEquals(InputFormat.JSONL, detect("news.jsonl", "[1]"));
    assertEquals(InputFormat.JSONL, detect("news.ndjson", ""));
  }

  @Test
  void sniffsJsonFileStartingWithBracketAsJsonArray() {
    assertEquals(InputFormat.JSON, detect("news.json", " \n [{\"a\": 1}]"));
  }

  @Test
  void sniffsJsonFileStartingWithBraceAsJsonl() {
    assertEquals(InputFormat.JSONL, detect("news.json", "{\"a\": 1}\n{\"a\": 2}\n"));
  }

  @Test
  void sniffsJsonFileAfterUtf8Bom() {
    assertEquals(InputFormat.JSON, detect("news.json", "\uFEFF[]"));
  }

  @Test
  void sniffsJsonFileInUtf16() {
    byte[] utf16 = "\uFEFF [ ]".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(InputFormat.JSON, FormatSniffer.detect("news.json", utf16));
  }

  @Test
  void sniffsCsvAndTsvAsCsv() {
    assertEquals(InputFormat.CSV, detect("a.csv", "x,y"));
    assertEquals(InputFormat.CSV, detect("a.tsv", "x\ty"));
    assertTrue(FormatSniffer.isTabSeparated("dir/a.TSV.gz"));
    assertFalse(FormatSniffer.isTabSeparated("a.csv"));
  }

  @Test
  void sniffsParquetByExtension() {
    assertEquals(InputFormat.PARQUET, detect("part-0001.snappy.parquet", "PAR1"));
  }

  @Test
  void sniffsSgmlExtensionsAsTrec() {
    assertEquals(InputFormat.TREC, detect("reut2-000.sgm", "<!DOCTYPE lewis>"));
    assertEquals(InputFormat.TREC, detect("a.sgml", ""));
    assertEquals(InputFormat.TREC, detect("a.trec", ""));
    assertEquals(InputFormat.TREC, detect("a.xml", "<root/>"));
  }

  @Test
  void sniffsTxtAsTrecOnlyWithRecordTag() {
    assertEquals(InputFormat.TREC, detect("AL-1.txt", "<DOC>\n<DOCNO>AL-1</DOCNO>"));
    assertEquals(InputFormat.TREC, detect("r.txt", "header\n<reuters newid=1>"));
    assertNull(detect("readme.txt", "Just some notes."));
  }

  @Test
  void sniffsIgnoringGzSuffixCaseAndDirectories() {
    assertEquals(InputFormat.JSONL, detect("/data/in/News.JSONL.GZ", "{}"));
    assertEquals(InputFormat.CSV, detect("c:\\data\\a.csv.gz", ""));
  }

  @Test
  void sniffsUnknownExtensionByFirstCharacter() {
    assertEquals(InputFormat.JSON, detect("dump.dat", "  [ {} ]"));
    assertEquals(InputFormat.JSONL, detect("dump", "{}"));
    assertEquals(InputFormat.TREC, detect("dump.gz", "<DOC>"));
  }

  @Test
  void sniffsNothingFromUnknownContent() {
    assertNull(detect("photo.jpg", "\u00ff\u00d8binary"));
    assertNull(detect("empty.bin", ""));
    assertNull(FormatSniffer.detect("none", new byte[0]));
  }

  @Test
  void candidateFileNamesHaveAReadableExtension() {
    for (String name :
        new String[] {
          "a.jsonl",
          "a.ndjson",
          "a.json",
          "a.csv",
          "a.tsv",
          "a.parquet",
          "a.txt",
          "a.sgm",
          "a.sgml",
          "a.trec",
          "a.xml",
          "a.json.gz",
          "A.CSV.GZ",
          "a.jsonl.bz2",
          "a.json.zst",
          "A.JSONL.ZST",
          "a.json.xz",
          "corpus.zip",
          "corpus.tar",
          "corpus.tgz",
          "corpus.tar.gz",
          "corpus.tar.xz",
          "a.json.lz4",
          "part-00000-1.json.snappy",
          "a.csv.deflate",
          "dir/part-1.snappy.parquet"
        }) {
      assertTrue(FormatSniffer.isCandidateFileName(name), name);
    }
  }

  @Test
  void otherFileNamesAreNotCandidates() {
    for (String name : new String[] {"a.gz", "a.bz2", "a.zst", "a.jpg", "README", "a.json.bak", "a.crc", "a.lz4", "a.snappy", "a.xz", "a.7z", "a.rar", ""}) {
      assertFalse(FormatSniffer.isCandidateFileName(name), name);
    }
  }

  @Test
  void hiddenFilesAreNotCandidates() {
    assertFalse(FormatSniffer.isCandidateFileName(".part-0.json.crc"));
    assertFalse(FormatSniffer.isCandidateFileName("_SUCCESS"));
    assertFalse(FormatSniffer.isCandidateFileName("out/_temporary.json"));
    assertFalse(FormatSniffer.isCandidateFileName(".news.json"));
  }
}
