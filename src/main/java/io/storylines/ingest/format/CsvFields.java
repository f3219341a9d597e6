package io.storylines.ingest.format;

import io.storylines.ingest.RecordFields;
import java.util.List;
import java.util.Set;

/**
 * The cells of one CSV row, looked up by header name (see {@link CsvHeader}). Cells are returned as
 * written, not trimmed; an empty cell is the empty string. A row with fewer cells than the header
 * gives null for the missing columns; cells beyond the header have no name and are not fields.
 */
final class CsvFields implements RecordFields {

  private final CsvHeader header;
  private final List<String> cells;

  CsvFields(CsvHeader header, List<String> cells) {
    this.header = header;
    this.cells = cells;
  }

  @Override
  public String get(String path) {
    int index = header.indexOf(path);
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }

  @Override
  public Set<String> names() {
    return header.names();
  }
}
