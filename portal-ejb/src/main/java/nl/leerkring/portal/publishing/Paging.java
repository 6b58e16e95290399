package nl.leerkring.portal.publishing;

import java.util.List;
import nl.leerkring.portal.PortalException;

/**
 * Which page of a list a reader asks for: pages count from 1; a page holds {@value #DEFAULT_SIZE}
 * entries unless asked otherwise, at most {@value #MAX_SIZE}. {@link #whole()} is the one
 * exception: REST clients that ask for no page get the whole list, as before lists were paged.
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** The most a whole list holds: the boundaries' own guard on the rows they read. */
  static final int WHOLE = 10_000;

  public Paging {
    if (page < 1) {
      throw PortalException.invalidField("page", PublicationCode.PAGE_INVALID, page);
    }
    if (size < 1 || (size > MAX_SIZE && size != WHOLE)) {
      throw PortalException.invalidField("size", PublicationCode.SIZE_INVALID, MAX_SIZE);
    }
  }

  /** Everything on one page. */
  public static Paging whole() {
    return new Paging(1, WHOLE);
  }

  public boolean isWhole() {
    return size == WHOLE;
  }

  /** The first page of the default size. */
  public static Paging first() {
    return new Paging(1, DEFAULT_SIZE);
  }

  /** A page as asked for; what is left out takes its default. */
  public static Paging of(Integer page, Integer size) {
    if (size != null && size > MAX_SIZE) {
      throw PortalException.invalidField("size", PublicationCode.SIZE_INVALID, MAX_SIZE);
    }
    return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** This page of a whole list, with the size of the whole. */
  public <T> Listing<T> of(List<T> all) {
    long from = (long) (page - 1) * size;
    List<T> items =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + size));
    return new Listing<>(List.copyOf(items), all.size(), page, size);
  }
}
