package nl.leerkring.portal.publishing;

import java.util.List;

/**
 * One page of a longer list, with the length of the whole: as far as the viewer may read it, since
 * the whole is always counted after the access rule (a total must not reveal what is hidden).
 */
public record Listing<T>(List<T> items, long total, int page, int size) {

  public Listing {
    items = List.copyOf(items);
  }

  /** How many pages the whole fills; at least 1, so an empty list is "page 1 of 1". */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
