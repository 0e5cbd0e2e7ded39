package org.paperscope.common.input.formats;

import java.util.List;

/**
 * What an adapter read from one file: the items and the items it already had to drop.
 *
 * @param format   the format the file was read as
 * @param encoding the character encoding used
 * @param items    readable items in file order
 * @param rejects  items dropped while reading (record too large, bad record)
 */
public record SourceRead(InputFormat format, String encoding, List<SourceItem> items, List<ItemReject> rejects) {
  public SourceRead {
    items = List.copyOf(items);
    rejects = List.copyOf(rejects);
  }
}
