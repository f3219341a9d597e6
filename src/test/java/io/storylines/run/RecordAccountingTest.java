package io.storylines.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordAccountingTest {

  @Test
  void holdsWhenEveryFileAddsUp() {
    RecordAccounting accounting =
        new RecordAccounting(
            Map.of("a", 10L, "b", 3L), Map.of("a", 8L, "b", 3L), Map.of("a", 2L));
    assertEquals(List.of(), accounting.mismatches());
    assertDoesNotThrow(accounting::check);
  }

  @Test
  void lostRecordIsReportedWithItsFile() {
    RecordAccounting accounting =
        new RecordAccounting(Map.of("a", 10L), Map.of("a", 8L), Map.of("a", 1L));
    IllegalStateException e = assertThrows(IllegalStateException.class, accounting::check);
    assertTrue(e.getMessage().contains("a: read 10 != accepted 8 + rejected 1"), e.getMessage());
  }

  @Test
  void rowsFromAFileThatWasNotReadAreReported() {
    RecordAccounting accounting =
        new RecordAccounting(Map.of("a", 1L), Map.of("a", 1L, "ghost", 1L), Map.of());
    assertEquals(List.of("ghost: read 0 != accepted 1 + rejected 0"), accounting.mismatches());
  }

  @Test
  void fileWithNoRecordsAddsUp() {
    RecordAccounting accounting = new RecordAccounting(Map.of("empty", 0L), Map.of(), Map.of());
    assertEquals(List.of(), accounting.mismatches());
  }
}
