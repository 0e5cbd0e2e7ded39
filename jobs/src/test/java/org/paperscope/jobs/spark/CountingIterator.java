package org.paperscope.jobs.spark;

import java.util.Iterator;
import java.util.List;

/** An iterator over a list that counts the items taken from it: for tests of lazy partition functions. */
public final class CountingIterator<T> implements Iterator<T> {
  private final Iterator<T> items;
  private int taken;

  public CountingIterator(List<T> items) {
    this.items = items.iterator();
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public T next() {
    taken++;
    return items.next();
  }

  /** How many items were taken so far. */
  public int taken() {
    return taken;
  }
}
