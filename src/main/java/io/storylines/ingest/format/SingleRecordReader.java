package io.storylines.ingest.format;

import io.storylines.ingest.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * A reader of one record that stands for a whole file (an unknown format, a file that cannot be
 * opened).
 */
final class SingleRecordReader implements RecordReader {

  private final Closeable source;
  private SourceRecord record;

  SingleRecordReader(SourceRecord record, Closeable source) {
    this.record = record;
    this.source = source;
  }

  @Override
  public boolean hasNext() {
    return record != null;
  }

  @Override
  public SourceRecord next() {
    if (record == null) {
      throw new NoSuchElementException("no more records");
    }
    SourceRecord result = record;
    record = null;
    return result;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
