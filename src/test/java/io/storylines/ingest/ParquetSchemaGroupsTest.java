package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** The rules of {@link ParquetSchemaGroups}, one per test. */
class ParquetSchemaGroupsTest {

  private static MessageType schema(String fields) {
    return MessageTypeParser.parseMessageType("message spark_schema { " + fields + " }");
  }

  private static boolean agree(String a, String b) {
    return ParquetSchemaGroups.agree(schema(a), schema(b));
  }

  @Test
  void sameColumnSameTypeAgrees() {
    assertTrue(agree("optional binary id (STRING);", "optional binary id (STRING);"));
  }

  @Test
  void optionalAndRequiredAgree() {
    assertTrue(agree("optional binary id (STRING);", "required binary id (STRING);"));
  }

  @Test
  void columnsOfOnlyOneSchemaAgree() {
    assertTrue(agree("optional binary id (STRING); optional binary a (STRING);", "optional binary id (STRING); optional int64 b;"));
  }

  @Test
  void numberAndTextDisagree() {
    assertFalse(agree("optional int64 id;", "optional binary id (STRING);"));
  }

  @Test
  void int32AndInt64Disagree() {
    assertFalse(agree("optional int32 n;", "optional int64 n;"));
  }

  @Test
  void stringAndPlainBinaryDisagree() {
    assertFalse(agree("optional binary body (STRING);", "optional binary body;"));
  }

  @Test
  void decimalsOfDifferentScalesDisagree() {
    assertFalse(agree("optional int64 price (DECIMAL(12,2));", "optional int64 price (DECIMAL(12,4));"));
  }

  @Test
  void timestampUnitsDisagree() {
    assertFalse(agree("optional int64 t (TIMESTAMP(MICROS,true));", "optional int64 t (TIMESTAMP(MILLIS,true));"));
  }

  @Test
  void fixedLengthsMustMatch() {
    assertFalse(agree("optional fixed_len_byte_array(16) u;", "optional fixed_len_byte_array(8) u;"));
  }

  @Test
  void repeatedAndSingleDisagree() {
    assertFalse(agree("repeated binary tag (STRING);", "optional binary tag (STRING);"));
  }

  @Test
  void groupAndPrimitiveDisagree() {
    assertFalse(agree("optional group meta { optional binary a (STRING); }", "optional binary meta (STRING);"));
  }

  @Test
  void nestedFieldsAreComparedByName() {
    assertTrue(agree("optional group meta { optional binary a (STRING); }", "optional group meta { optional int64 b; }"));
    assertFalse(agree("optional group meta { optional binary a (STRING); }", "optional group meta { optional int64 a; }"));
  }

  @Test
  void listAndPlainGroupDisagree() {
    assertFalse(
        agree(
            "optional group tags (LIST) { repeated group list { optional binary element (STRING); } }",
            "optional group tags { repeated group list { optional binary element (STRING); } }"));
  }

  @Test
  void schemasGoToTheFirstGroupTheyAgreeWith() {
    Map<String, List<String>> bySchema = new LinkedHashMap<>();
    bySchema.put(schema("optional binary id (STRING); optional binary a (STRING);").toString(), List.of("f1"));
    bySchema.put(schema("optional int64 id; optional binary a (STRING);").toString(), List.of("f2", "f3"));
    bySchema.put(schema("optional binary id (STRING); optional binary b (STRING);").toString(), List.of("f4"));
    bySchema.put(schema("optional int64 id; optional binary b (STRING);").toString(), List.of("f5"));
    bySchema.put(schema("optional binary id (STRING); optional int64 a;").toString(), List.of("f6"));
    assertEquals(List.of(List.of("f1", "f4"), List.of("f2", "f3", "f5"), List.of("f6")), ParquetSchemaGroups.of(bySchema));
  }

  @Test
  void aSchemaThatDoesNotParseIsReadAlone() {
    Map<String, List<String>> bySchema = new LinkedHashMap<>();
    bySchema.put("not a schema", List.of("odd"));
    bySchema.put(schema("optional binary id (STRING);").toString(), List.of("f1"));
    bySchema.put(schema("required binary id (STRING);").toString(), List.of("f2"));
    assertEquals(List.of(List.of("odd"), List.of("f1", "f2")), ParquetSchemaGroups.of(bySchema));
  }

  @Test
  void footerSchemaTextsOfSparkTypesParseBack() {
    MessageType written =
        schema(
            "optional binary id (STRING); optional int64 t (TIMESTAMP(MICROS,true)); optional int32 d (DATE);"
                + " optional int64 price (DECIMAL(12,2)); optional group tags (LIST) { repeated group list {"
                + " optional binary element (STRING); } } optional group m (MAP) { repeated group key_value {"
                + " required binary key (STRING); optional double value; } }");
    assertEquals(written, MessageTypeParser.parseMessageType(written.toString()));
  }
}
