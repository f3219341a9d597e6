package io.storylines.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a file's {@link InputFormat} from its name and first bytes, for {@link InputFormat#AUTO}.
 *
 * <p>Rules, on the file name with any directories and a final compression suffix ({@code .gz},
 * {@code .bz2}, {@code .xz}, {@code .zst}, {@code .lz4}, {@code .snappy}, {@code .deflate}) removed (the reader
 * decompresses them), ignoring case:
 *
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}: JSONL.
 *   <li>{@code .json}: JSON when the first character is {@code [}, else JSONL (so an object per
 *       line, an empty file, or anything else is read line by line and rejected line by line).
 *   <li>{@code .csv}, {@code .tsv}: CSV ({@link #isTabSeparated(String)} tells the delimiter).
 *   <li>{@code .parquet}: PARQUET.
 *   <li>{@code .sgm}, {@code .sgml}, {@code .trec}, {@code .xml}: TREC.
 *   <li>{@code .txt}: TREC when {@code <DOC} or {@code <REUTERS} (any case) appears in the first
 *       bytes, else unknown.
 *   <li>Any other name: by the first character, {@code [} JSON, <code>&#123;</code> JSONL, {@code
 *       <} TREC, else unknown.
 * </ul>
 *
 * <p>"First character" means the first one that is not whitespace, after a UTF-8 or UTF-16
 * byte-order mark; the first bytes are decoded as UTF-16 after a UTF-16 mark, else as UTF-8.
 */
public final class FormatSniffer {

  /** How many bytes {@link RecordReaders} reads for {@link #detect(String, byte[])}. */
  public static final int SNIFF_BYTES = 8192;

  private static final Set<String> EXTENSIONS =
      Set.of(
          "jsonl", "ndjson", "json", "csv", "tsv", "parquet", "txt", "sgm", "sgml", "trec", "xml",
          "zip", "tar", "tgz");

  /**
   * Compression suffixes of the files {@link InputFormat#AUTO} reads, each decompressed as {@code
   * CompressedInput} says: gzip, bzip2 and deflate by Hadoop's codecs; xz by XZ for Java; Zstandard
   * by zstd-jni; lz4 and snappy in the command-line tools' frame formats or in Hadoop's block
   * format, which Spark writes.
   */
  private static final java.util.List<String> COMPRESSED =
      java.util.List.of(".gz", ".bz2", ".xz", ".zst", ".lz4", ".snappy", ".deflate");

  private FormatSniffer() {}

  /**
   * @param fileName the file's name (a path is fine), with or without {@code .gz}
   * @param firstBytes the first bytes of the decompressed content; may be shorter than {@link
   *     #SNIFF_BYTES}, or empty
   * @return the format, or null when it cannot be told
   */
  public static InputFormat detect(String fileName, byte[] firstBytes) {
    String head = decode(firstBytes);
    int first = firstCharacter(head);
    switch (extension(fileName)) {
      case "jsonl", "ndjson":
        return InputFormat.JSONL;
      case "json":
        return first == '[' ? InputFormat.JSON : InputFormat.JSONL;
      case "csv", "tsv":
        return InputFormat.CSV;
      case "parquet":
        return InputFormat.PARQUET;
      case "sgm", "sgml", "trec", "xml":
        return InputFormat.TREC;
      case "txt":
        return hasRecordTag(head) ? InputFormat.TREC : null;
      default:
        return switch (first) {
          case '[' -> InputFormat.JSON;
          case '{' -> InputFormat.JSONL;
          case '<' -> InputFormat.TREC;
          default -> null;
        };
    }
  }

  /**
   * True for a name that {@link InputFormat#AUTO} reads: one of the extensions above, or an
   * archive ({@code .zip}, {@code .tar}, {@code .tgz}, whose entries {@code ArchiveInput} reads),
   * with or without a compression suffix, and not hidden (starting with {@code .} or {@code _}).
   */
  public static boolean isCandidateFileName(String fileName) {
    String name = baseName(fileName);
    if (name.isEmpty() || isHidden(name)) {
      return false;
    }
    return EXTENSIONS.contains(extension(name));
  }

  /**
   * True for a file or folder name (one path component) that is hidden from the input: starting
   * with {@code .} or {@code _}, as Spark's and Hadoop's own files ({@code _SUCCESS}, {@code
   * .crc}) and folders ({@code _delta_log}, macOS's {@code __MACOSX}) do.
   */
  public static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** True for a {@code .tsv} name, with or without {@code .gz}: CSV with a TAB delimiter. */
  public static boolean isTabSeparated(String fileName) {
    return extension(fileName).equals("tsv");
  }

  /** The lower-case extension after removing directories and a final compression suffix; "" if none. */
  static String extension(String fileName) {
    String name = baseName(fileName).toLowerCase(Locale.ROOT);
    for (String compressed : COMPRESSED) {
      if (name.endsWith(compressed)) {
        name = name.substring(0, name.length() - compressed.length());
        break;
      }
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** The name without its folders, split at {@code /} and at {@code \} (Windows zip tools). */
  public static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }

  private static String decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int firstCharacter(String head) {
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasRecordTag(String head) {
    String upper = head.toUpperCase(Locale.ROOT);
    return upper.contains("<DOC") || upper.contains("<REUTERS");
  }
}
