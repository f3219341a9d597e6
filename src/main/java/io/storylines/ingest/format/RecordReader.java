package io.storylines.ingest.format;

import io.storylines.ingest.SourceRecord;
import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of one (already decompressed) input file. A reader never throws on bad data:
 * a record it cannot parse becomes a failed {@link SourceRecord}, and an I/O error or a file that
 * ends in the middle of a record (a truncated .gz) becomes one final failed record with reason
 * {@code unreadable_file}, after which {@link #hasNext()} is false. Memory is bounded by
 * {@link ReaderOptions#maxRecordChars()}, whatever the size of the file or of one record.
 */
public interface RecordReader extends Iterator<SourceRecord>, Closeable {}
