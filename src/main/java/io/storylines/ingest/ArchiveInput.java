package io.storylines.ingest;

import io.storylines.ingest.format.FormatSniffer;
import io.storylines.ingest.format.InputFormat;
import io.storylines.ingest.format.ReaderOptions;
import io.storylines.ingest.format.RecordReader;
import io.storylines.ingest.format.RecordReaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The records of a {@code .zip} or {@code .tar} input file (a {@code .tar} may be compressed:
 * {@code .tar.gz}, {@code .tgz}, {@code .tar.bz2}, {@code .tar.xz}, {@code .tar.zst}, as {@link
 * CompressedInput} says), read entry by entry as one stream, with Apache Commons Compress (which
 * Spark ships). A corpus downloaded as an archive is read without unpacking it first.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The archive is one input file: its records carry its path and count towards it in the run
 *       manifest, numbered across its entries in archive order. A record's locator names its entry:
 *       {@code news/2025-01.jsonl: line 12}.
 *   <li>Entries are chosen as files in a folder are: directories, hidden entries and the entries of
 *       hidden folders (a name starting with {@code .} or {@code _}, such as macOS's {@code
 *       __MACOSX/} or {@code _delta_log/}) are skipped, and so, with {@code --format auto}, are
 *       entries whose name has no input-format extension. Skipped
 *       entries other than directories are reported to the reader's caller, as {@code
 *       archive!/entry}; the job lists them in the run manifest.
 *   <li>Each entry is decompressed by its own suffix ({@code news.jsonl.gz} inside a {@code .zip})
 *       and read in its own format, as a file of that name would be.
 *   <li>An entry that cannot be read becomes one {@code unreadable_file} reject, and the next entry
 *       is read: an entry the zip reader cannot decode (encrypted, or an unsupported method), an
 *       archive inside the archive, and a Parquet entry (Spark reads Parquet from files only;
 *       unpack it). An archive that breaks off ends with one {@code unreadable_file} reject: the
 *       entry's own, when it breaks off inside an entry.
 * </ul>
 *
 * <p>Zip files are read from the start, entry by entry (their local headers), not through their
 * central directory, so that the archive streams from any Hadoop filesystem as other files do.
 * Stored entries with a data descriptor are read too.
 */
public final class ArchiveInput {
  private static final String ZIP = ".zip";
  private static final String TAR = ".tar";

  private ArchiveInput() {}

  /** True for a name, without its compression suffix, that ends in {@code .zip} or {@code .tar}. */
  public static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(ZIP) || lower.endsWith(TAR);
  }

  /**
   * @param in the archive's bytes, already decompressed ({@code .tar.gz}: the tar); closed by the
   *     reader
   * @param name the archive's name without its compression suffix
   * @param shown the archive's path, for messages
   * @param format the configured format; AUTO decides per entry
   * @param skipped told of each entry passed over, other than directories, as {@code shown + "!/"
   *     + entry name}, when the reader reaches it
   */
  public static RecordReader reader(
      InputStream in,
      String name,
      String shown,
      InputFormat format,
      ReaderOptions options,
      CompressionCodecFactory codecs,
      Consumer<String> skipped) {
    ArchiveInputStream<?> archive =
        name.toLowerCase(Locale.ROOT).endsWith(ZIP)
            ? new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true)
            : new TarArchiveInputStream(in, StandardCharsets.UTF_8.name());
    return new EntryRecords(archive, shown, format, options, codecs, skipped);
  }

  /**
   * Whether an entry of this name is read: as a folder walk would, none under a hidden folder or
   * hidden itself ({@link FormatSniffer#isHidden}, which covers {@code __MACOSX/}), and with AUTO
   * only those with an input-format extension. Names are split at {@code /} and at {@code \},
   * which zip tools on Windows write.
   */
  static boolean isRead(String entryName, InputFormat format) {
    String[] parts = entryName.split("[/\\\\]");
    for (String part : parts) {
      if (FormatSniffer.isHidden(part)) {
        return false;
      }
    }
    String base = FormatSniffer.baseName(entryName);
    return !base.isEmpty() && (format != InputFormat.AUTO || FormatSniffer.isCandidateFileName(base));
  }

  /** The records of every entry read, one entry after the other. */
  private static final class EntryRecords implements RecordReader {
    private final ArchiveInputStream<?> archive;
    private final String shown;
    private final InputFormat format;
    private final ReaderOptions options;
    private final CompressionCodecFactory codecs;
    private final Consumer<String> skipped;
    private RecordReader current;
    private String entry;
    private SourceRecord pending;
    private boolean ended;
    /** Whether the last record of the entry read so far was an unreadable_file reject. */
    private boolean entryBroke;

    EntryRecords(
        ArchiveInputStream<?> archive,
        String shown,
        InputFormat format,
        ReaderOptions options,
        CompressionCodecFactory codecs,
        Consumer<String> skipped) {
      this.archive = archive;
      this.shown = shown;
      this.format = format;
      this.options = options;
      this.codecs = codecs;
      this.skipped = skipped;
    }

    @Override
    public boolean hasNext() {
      while (pending == null && (current == null || !current.hasNext())) {
        closeEntry();
        if (ended) {
          return false;
        }
        advance();
      }
      return true;
    }

    @Override
    public SourceRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more records in " + shown);
      }
      if (pending != null) {
        SourceRecord failure = pending;
        pending = null;
        return failure;
      }
      SourceRecord record = current.next();
      entryBroke = record.failure() == RejectReason.UNREADABLE_FILE;
      return record.inEntry(entry);
    }

    /** Moves to the next entry: its reader, or its reject, or nothing for a skipped entry. */
    private void advance() {
      ArchiveEntry next;
      try {
        next = archive.getNextEntry();
      } catch (IOException | RuntimeException e) {
        ended = true;
        if (entryBroke) {
          // The entry's own reject already says where the archive broke off.
          return;
        }
        pending =
            SourceRecord.failed(
                entry == null ? "file" : "after " + entry,
                "",
                RejectReason.UNREADABLE_FILE,
                "cannot read the archive "
                    + shown
                    + (entry == null ? " at its first entry: " : " after entry " + entry + ": ")
                    + e);
        return;
      }
      if (next == null) {
        ended = true;
        return;
      }
      if (next.isDirectory()) {
        return;
      }
      if (!isRead(next.getName(), format)) {
        skipped.accept(shown + "!/" + next.getName());
        return;
      }
      entry = next.getName();
      if (!archive.canReadEntryData(next)) {
        pending = entryFailure("the archive's reader cannot decode it (encrypted, or a compression method it does not know)");
        return;
      }
      String base = FormatSniffer.baseName(entry);
      try {
        long size = next.getSize() >= 0 ? next.getSize() : Long.MAX_VALUE;
        CompressedInput.Opened opened =
            CompressedInput.open(new Unclosed(archive), base, shown + "!/" + entry, size, codecs);
        String inner = opened.name().toLowerCase(Locale.ROOT);
        if (isArchive(inner)) {
          pending = entryFailure("an archive inside an archive is not read; unpack it");
        } else if (format == InputFormat.PARQUET
            || (format == InputFormat.AUTO && inner.endsWith(".parquet"))) {
          pending = entryFailure("Parquet is read from files only, not from inside an archive; unpack it");
        } else {
          current = RecordReaders.open(format, opened.name(), opened.in(), options);
        }
      } catch (IOException | RuntimeException e) {
        pending = entryFailure("cannot open it: " + e);
      }
    }

    private SourceRecord entryFailure(String why) {
      return SourceRecord.failed(
              "file", "", RejectReason.UNREADABLE_FILE, shown + "!/" + entry + ": " + why)
          .inEntry(entry);
    }

    private void closeEntry() {
      if (current != null) {
        try {
          current.close();
        } catch (IOException e) {
          // Closing an entry's reader closes nothing that the archive needs.
        } finally {
          current = null;
        }
      }
    }

    @Override
    public void close() throws IOException {
      closeEntry();
      archive.close();
    }
  }

  /** An entry's bytes: closing them leaves the archive open for its next entry. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
