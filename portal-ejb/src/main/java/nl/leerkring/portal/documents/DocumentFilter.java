package nl.leerkring.portal.documents;

/** Filters on a tenant's own document list; every field may be null. */
public record DocumentFilter(String type, String theme, String wijk, Integer year, String text) {

  public static DocumentFilter none() {
    return new DocumentFilter(null, null, null, null, null);
  }
}
