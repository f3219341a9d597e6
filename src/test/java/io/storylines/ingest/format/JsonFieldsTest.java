package io.storylines.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.ingest.RecordFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static RecordFields fields(String json) {
    return JsonObjects.toRecord("line 1", json, 1, 1).fields();
  }

  @Test
  void dottedPathReachesNestedField() throws Exception {
    RecordFields fields = fields("{\"properties\": {\"title\": {\"stringValue\": \"Haber\"}}}");
    assertEquals("Haber", fields.get("properties.title.stringValue"));
  }

  @Test
  void keyHoldingDotsMatchesWhole() throws Exception {
    RecordFields fields = fields("{\"og.title\": \"a\", \"meta\": {\"og.title\": \"b\"}}");
    assertEquals("a", fields.get("og.title"));
    assertEquals("b", fields.get("meta.og.title"));
  }

  @Test
  void namesAreCaseSensitive() throws Exception {
    assertNull(fields("{\"Title\": \"a\"}").get("title"));
  }

  @Test
  void integersAndBooleansAreTheirText() throws Exception {
    RecordFields fields =
        fields("{\"published\": 1519000000, \"big\": 123456789012345678901, \"ok\": true}");
    assertEquals("1519000000", fields.get("published"));
    assertEquals("123456789012345678901", fields.get("big"));
    assertEquals("true", fields.get("ok"));
  }

  @Test
  void decimalsAreInPlainNotation() throws Exception {
    RecordFields fields = fields("{\"a\": 1.5e3, \"b\": 2.50}");
    assertEquals("1500", fields.get("a"));
    assertEquals("2.50", fields.get("b"));
  }

  @Test
  void nullAndMissingAreNull() throws Exception {
    RecordFields fields = fields("{\"a\": null, \"s\": \"text\", \"list\": [1]}");
    assertNull(fields.get("a"));
    assertNull(fields.get("absent"));
    assertNull(fields.get("s.deeper"));
    assertNull(fields.get("list.0"));
  }

  @Test
  void objectOrArrayIsWrongType() {
    RecordFields fields = fields("{\"o\": {\"x\": 1}, \"a\": [1]}");
    RecordFields.WrongTypeException object =
        assertThrows(RecordFields.WrongTypeException.class, () -> fields.get("o"));
    assertEquals("field 'o' is an object, not text", object.getMessage());
    RecordFields.WrongTypeException array =
        assertThrows(RecordFields.WrongTypeException.class, () -> fields.get("a"));
    assertEquals("field 'a' is an array, not text", array.getMessage());
  }

  @Test
  void namesAreTheTopLevelKeysInOrder() {
    RecordFields fields = fields("{\"z\": 1, \"a\": {\"inner\": 2}, \"m\": 3}");
    assertEquals(List.of("z", "a", "m"), new ArrayList<>(fields.names()));
  }
}
