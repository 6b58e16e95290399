package nl.leerkring.search.index;

/** The facets a search result is counted by; {@link #param} is also the request parameter. */
public enum Facet {
  GEMEENTE("gemeente"),
  TYPE("type"),
  YEAR("year"),
  THEME("theme"),
  WIJK("wijk"),
  /** Who an item is shared with: {@code private}, {@code public} or a circle's slug. */
  CIRCLE("circle");

  private final String param;

  Facet(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }
}
