package io.storylines.ingest;

import java.util.Set;

/**
 * The fields of one source record, looked up by name. A name may be a dotted path into nested data
 * ({@code properties.title.stringValue}) for formats that nest (JSON, Parquet structs). Lookups of
 * plain names are case-sensitive for JSON and Parquet, and case-insensitive for CSV headers and TREC
 * tags, which are conventionally upper-case.
 */
public interface RecordFields {

  /**
   * Returns the field's value as text, or {@code null} when the field is absent or JSON null.
   * Numbers and booleans are returned as their literal text (so an epoch date given as a number can
   * still be parsed as a date).
   *
   * @throws WrongTypeException when the field holds an object or an array
   */
  String get(String path) throws WrongTypeException;

  /** The top-level field names, in record order; used for error messages. */
  Set<String> names();

  /** A field exists but has a type that cannot be read as text. */
  final class WrongTypeException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongTypeException(String path, String actualType) {
      super("field '" + path + "' is " + actualType + ", not text");
    }
  }
}
