package org.paperscope.jobs.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The output iterator of a {@code mapPartitions} that turns each input item into zero or more
 * rows: it expands one item at a time, when Spark asks for the next row, so a task holds the rows
 * of one item, never the rows of its whole partition.
 *
 * <p>Collecting a partition's rows into a list first costs memory in proportion to the partition:
 * the open vocabulary's word counts of xwlb ×10 (one bean per article and word) exhausted a 1 GB
 * heap that way (docs/performance.md, "Rows of one item at a time").
 */
public final class PerItem<I, O> implements Iterator<O> {
  private final Iterator<I> items;
  private final BiConsumer<I, Consumer<O>> expand;
  private final ArrayDeque<O> pending = new ArrayDeque<>();
  private final Consumer<O> sink = pending::add;

  private PerItem(Iterator<I> items, BiConsumer<I, Consumer<O>> expand) {
    this.items = items;
    this.expand = expand;
  }

  /** The rows of {@code items}: {@code expand} gets each item and a sink for its rows. */
  public static <I, O> Iterator<O> rows(Iterator<I> items, BiConsumer<I, Consumer<O>> expand) {
    return new PerItem<>(items, expand);
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && items.hasNext()) {
      expand.accept(items.next(), sink);
    }
    return !pending.isEmpty();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }
}
