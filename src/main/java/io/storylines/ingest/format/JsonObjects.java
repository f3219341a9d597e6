package io.storylines.ingest.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;

/**
 * Parses the text of one JSON record (a line, an array element) into a {@link SourceRecord}: a
 * parsed record when the text is exactly one JSON object, else a {@code malformed_record} whose
 * detail is Jackson's message with the line and column in the file.
 */
final class JsonObjects {

  /** How much of a parser message a detail keeps. */
  private static final int MESSAGE_LIMIT = 300;

  /** Immutable, so one is shared. Decimals are kept exact so they can be returned as written. */
  private static final ObjectReader READER =
      new ObjectMapper()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private JsonObjects() {}

  /**
   * @param text the record, which starts at {@code line} and {@code column} of the file
   */
  static SourceRecord toRecord(String locator, String text, long line, long column) {
    JsonNode node;
    try {
      node = READER.readTree(text);
    } catch (JacksonException e) {
      return SourceRecord.failed(
          locator, text, RejectReason.MALFORMED_RECORD, describe(e, line, column));
    }
    if (node == null || node.isMissingNode()) {
      return SourceRecord.failed(
          locator, text, RejectReason.MALFORMED_RECORD, "no JSON value in the record");
    }
    if (!node.isObject()) {
      return SourceRecord.failed(
          locator,
          text,
          RejectReason.MALFORMED_RECORD,
          "record is " + JsonFields.typeName(node) + ", not a JSON object");
    }
    return SourceRecord.parsed(locator, text, new JsonFields((ObjectNode) node));
  }

  private static String describe(JacksonException e, long line, long column) {
    String message =
        e instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : e.getMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    // Jackson names the source in nested locations ("[Source: REDACTED (...); line: 1, ...]"):
    // the locator already says where the record is.
    message = message.replaceAll("Source: [^;\\]]*; ", "").replaceAll("\\s+", " ").trim();
    if (message.length() > MESSAGE_LIMIT) {
      message = message.substring(0, MESSAGE_LIMIT) + "...";
    }
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    long fileLine = line + location.getLineNr() - 1;
    long fileColumn =
        location.getLineNr() == 1 ? column + location.getColumnNr() - 1 : location.getColumnNr();
    return message + " (line " + fileLine + " column " + fileColumn + ")";
  }
}
