package org.paperscope.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PerItemTest {

  @Test
  void expandsOneItemAtATimeAsRowsAreAskedFor() {
    List<Integer> expanded = new ArrayList<>();
    Iterator<String> rows = PerItem.rows(List.of(2, 0, 3).iterator(), (Integer n, Consumer<String> out) -> {
      expanded.add(n);
      for (int i = 0; i < n; i++) {
        out.accept(n + "." + i);
      }
    });
    assertEquals(List.of(), expanded, "nothing is expanded before a row is asked for");
    assertEquals("2.0", rows.next());
    assertEquals(List.of(2), expanded, "the first row needs the first item only");
    assertEquals("2.1", rows.next());
    assertEquals(List.of(2), expanded);
    assertEquals("3.0", rows.next());
    assertEquals(List.of(2, 0, 3), expanded, "an item without rows is passed over");
    assertEquals("3.1", rows.next());
    assertEquals("3.2", rows.next());
    assertFalse(rows.hasNext());
    assertThrows(NoSuchElementException.class, rows::next);
  }

  @Test
  void hasNextIsFalseWhenNoItemHasRows() {
    Iterator<String> rows = PerItem.rows(List.of(1, 2).iterator(), (Integer n, Consumer<String> out) -> { });
    assertFalse(rows.hasNext());
    assertFalse(PerItem.<Integer, String>rows(List.<Integer>of().iterator(), (n, out) -> out.accept("x")).hasNext());
  }

  @Test
  void hasNextDoesNotConsumeRows() {
    Iterator<String> rows = PerItem.rows(List.of(1).iterator(), (Integer n, Consumer<String> out) -> out.accept("only"));
    assertTrue(rows.hasNext());
    assertTrue(rows.hasNext());
    assertEquals("only", rows.next());
    assertFalse(rows.hasNext());
  }
}
