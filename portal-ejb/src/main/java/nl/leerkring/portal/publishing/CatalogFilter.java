package nl.leerkring.portal.publishing;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import nl.leerkring.portal.PortalException;

/**
 * How a reader narrows and orders a circle's catalog; every part optional, matched without regard
 * to case.
 *
 * @param kind what is published: {@code document}, {@code method}, {@code use}
 * @param type a document type code, e.g. {@code nota-bw}
 * @param theme a theme as the item names it
 * @param text words in the title, the gemeente's name or the summary
 * @param sort {@code date} (newest first, the default) or {@code title} (A to Z, as Dutch sorts)
 */
public record CatalogFilter(String kind, String type, String theme, String text, String sort) {

  public static final String BY_DATE = "date";
  public static final String BY_TITLE = "title";

  public CatalogFilter {
    kind = blankToNull(kind);
    type = blankToNull(type);
    theme = blankToNull(theme);
    text = blankToNull(text);
    sort = blankToNull(sort) == null ? BY_DATE : sort.strip().toLowerCase(Locale.ROOT);
    if (!sort.equals(BY_DATE) && !sort.equals(BY_TITLE)) {
      throw PortalException.invalidField("sort", PublicationCode.SORT_UNKNOWN, sort);
    }
  }

  public static CatalogFilter none() {
    return new CatalogFilter(null, null, null, null, null);
  }

  /** Whether a published item (with its type and themes filled in) passes every part given. */
  public boolean matches(PublicationView p) {
    return (kind == null || kind.equalsIgnoreCase(p.kind()))
        && (type == null || type.equalsIgnoreCase(p.type()))
        && (theme == null || p.themes().stream().anyMatch(theme::equalsIgnoreCase))
        && (text == null
            || contains(p.title(), text)
            || contains(p.ownerName(), text)
            || contains(p.summary(), text));
  }

  /**
   * The order asked for. By date: the item's own date (a document's), newest first, then the title;
   * by title: A to Z with Dutch collation (case and accents second), then newest first.
   */
  public Comparator<PublicationView> order() {
    Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
    Comparator<PublicationView> byTitle =
        Comparator.comparing(p -> p.title() == null ? "" : p.title(), dutch);
    Comparator<PublicationView> newest =
        Comparator.comparing(
            PublicationView::itemDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    return sort.equals(BY_TITLE) ? byTitle.thenComparing(newest) : newest.thenComparing(byTitle);
  }

  static boolean contains(String haystack, String needle) {
    return haystack != null
        && haystack.toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
