package nl.leerkring.tenants;

import java.util.List;
import java.util.Locale;

/**
 * One page of a searchable list: its items, the total over all pages, the page number (from 1) and
 * the page size. Lists of accounts and gemeenten grow with the portal, so boundaries answer them a
 * page at a time.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public Page {
    items = List.copyOf(items);
  }

  /** The page {@code request} asks for of a whole list already read (a gemeente's members). */
  public static <T> Page<T> of(List<T> all, Request request) {
    int from = Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return new Page<>(all.subList(from, to), all.size(), request.page(), request.size());
  }

  /** The number of pages, at least 1. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** What was asked for, made safe: page from 1, size from 1 to {@value #MAX_SIZE}. */
  public record Request(String q, int page, int size) {

    public Request {
      q = q == null || q.isBlank() ? null : q.strip();
      page = Math.max(1, page);
      size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static Request of(String q, Integer page, Integer size) {
      return new Request(q, page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The first row of the page. */
    public int offset() {
      return (page - 1) * size;
    }

    /** The search text as a case-insensitive {@code like} pattern matching anywhere. */
    public String pattern() {
      if (q == null) {
        return "%";
      }
      String escaped =
          q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      return "%" + escaped + "%";
    }
  }
}
