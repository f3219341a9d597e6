package io.storylines.ingest;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.tukaani.xz.XZInputStream;
import org.xerial.snappy.SnappyFramedInputStream;

/**
 * An input file's bytes, decompressed according to its name's last suffix, and the name without
 * that suffix (which then tells the record format: {@code news.jsonl.lz4} is JSON Lines).
 *
 * <ul>
 *   <li>{@code .zst}: Zstandard, read with zstd-jni, which Spark itself uses; Hadoop's
 *       ZStandardCodec needs the native libhadoop.
 *   <li>{@code .xz}: the xz format of the {@code xz} command-line tool, read with XZ for Java
 *       ({@code org.tukaani:xz}, which Spark itself ships); Hadoop has no codec for it.
 *       Concatenated streams are read one after the other, as {@code xz -d} does.
 *   <li>{@code .tgz}: gzip, and the name that remains ends in {@code .tar} ({@link ArchiveInput}).
 *   <li>{@code .lz4}: the LZ4 frame format of the {@code lz4} command-line tool (magic bytes {@code
 *       04 22 4D 18}), read with lz4-java; otherwise Hadoop's block format, which Spark writes
 *       ({@code df.write.option("compression", "lz4")}), read with Hadoop's Lz4Codec.
 *   <li>{@code .snappy}: the Snappy framing format of python-snappy and {@code snzip} (a stream
 *       identifier chunk, {@code FF 06 00 00 sNaPpY}), read with snappy-java; otherwise Hadoop's
 *       block format, which Spark writes, read with Hadoop's SnappyCodec.
 *   <li>any other suffix Hadoop has a codec for ({@code .gz}, {@code .bz2}, {@code .deflate}):
 *       that codec. Hadoop's gzip, bzip2, deflate, lz4 and snappy codecs need no native library.
 *   <li>no such suffix: the bytes as they are.
 * </ul>
 *
 * The choice between the two lz4 and the two snappy formats is made on the file's first bytes; a
 * file in neither form fails to open, with a message that says so.
 */
public final class CompressedInput {
  private static final String ZSTANDARD = ".zst";
  private static final String XZ = ".xz";
  private static final String TGZ = ".tgz";
  private static final String LZ4 = ".lz4";
  private static final String SNAPPY = ".snappy";

  /** The LZ4 frame format's magic number, 0x184D2204, as it is written: little-endian. */
  private static final byte[] LZ4_FRAME_MAGIC = {0x04, 0x22, 0x4D, 0x18};

  /** The Snappy framing format's stream identifier chunk: type 0xFF, length 6, "sNaPpY". */
  private static final byte[] SNAPPY_STREAM_IDENTIFIER = {
    (byte) 0xFF, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y'
  };

  /** The decompressed bytes and the file name without its compression suffix. */
  public record Opened(InputStream in, String name) {}

  private CompressedInput() {}

  /**
   * @param raw the file's bytes as stored; closed with the returned stream
   * @param path the file, whose name's suffix decides
   * @param size the file's length in bytes
   * @param codecs Hadoop's codecs, from the job's Hadoop configuration
   */
  public static Opened open(InputStream raw, Path path, long size, CompressionCodecFactory codecs)
      throws IOException {
    return open(raw, path.getName(), path.toString(), size, codecs);
  }

  /**
   * @param raw the bytes as stored; closed with the returned stream
   * @param name the file's or archive entry's name, whose last suffix decides
   * @param shown the file or entry as error messages name it
   * @param size the stored length in bytes, or {@link Long#MAX_VALUE} when it is not known
   * @param codecs Hadoop's codecs, from the job's Hadoop configuration
   */
  public static Opened open(
      InputStream raw, String name, String shown, long size, CompressionCodecFactory codecs)
      throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(ZSTANDARD)) {
      return new Opened(new ZstdInputStreamNoFinalizer(raw), strip(name, ZSTANDARD));
    }
    if (lower.endsWith(XZ)) {
      return new Opened(new XZInputStream(raw), strip(name, XZ));
    }
    if (lower.endsWith(TGZ)) {
      return new Opened(new GZIPInputStream(raw, 65536), strip(name, TGZ) + ".tar");
    }
    CompressionCodec codec = codecFor(codecs, name);
    if (lower.endsWith(LZ4) || lower.endsWith(SNAPPY)) {
      boolean lz4 = lower.endsWith(LZ4);
      BufferedInputStream in = new BufferedInputStream(raw);
      byte[] framed = lz4 ? LZ4_FRAME_MAGIC : SNAPPY_STREAM_IDENTIFIER;
      String rest = strip(name, lz4 ? LZ4 : SNAPPY);
      if (startsWith(in, framed)) {
        return new Opened(lz4 ? new LZ4FrameInputStream(in) : new SnappyFramedInputStream(in), rest);
      }
      if (codec == null) {
        throw new IOException("no Hadoop codec for " + shown + " (io.compression.codecs)");
      }
      checkBlockHeader(in, size, shown, lz4 ? "the lz4 frame format" : "the Snappy framing format");
      return new Opened(codec.createInputStream(in), rest);
    }
    if (codec == null) {
      return new Opened(raw, name);
    }
    return new Opened(
        codec.createInputStream(raw),
        CompressionCodecFactory.removeSuffix(name, codec.getDefaultExtension()));
  }

  /** Hadoop's codec for the name's last suffix, or null. */
  private static CompressionCodec codecFor(CompressionCodecFactory codecs, String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !name.substring(dot + 1).matches("[A-Za-z0-9]+")) {
      return null;
    }
    return codecs.getCodec(new Path("f" + name.substring(dot)));
  }

  /**
   * Hadoop's block format is a sequence of blocks, each an uncompressed length and a compressed
   * length (big-endian ints) and then that many compressed bytes. Hadoop's reader trusts those
   * lengths: on a JSON Lines file named {@code .lz4} it returned no bytes and no error, so the
   * file's records were lost without a trace. A first block whose lengths are not positive, or whose
   * compressed bytes would run past the end of the file, is refused here. An empty file is empty.
   */
  static void checkBlockHeader(BufferedInputStream in, long size, String path, String framed)
      throws IOException {
    byte[] head = peek(in, 8);
    if (head.length == 0) {
      return;
    }
    java.nio.ByteBuffer lengths = java.nio.ByteBuffer.wrap(Arrays.copyOf(head, 8));
    int uncompressed = lengths.getInt();
    int compressed = lengths.getInt();
    if (head.length < 8 || uncompressed <= 0 || compressed <= 0 || compressed > size - 8) {
      throw new IOException(
          path
              + " is in neither "
              + framed
              + " nor Hadoop's block format: its first block would hold "
              + uncompressed
              + " bytes compressed to "
              + compressed
              + ", in a file of "
              + size
              + " bytes");
    }
  }

  /** Whether the stream's next bytes are {@code prefix}; the stream is left where it was. */
  static boolean startsWith(BufferedInputStream in, byte[] prefix) throws IOException {
    return Arrays.equals(peek(in, prefix.length), prefix);
  }

  /** Up to the stream's next {@code n} bytes; the stream is left where it was. */
  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }
}
