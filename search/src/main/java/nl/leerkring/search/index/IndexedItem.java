package nl.leerkring.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerkring.search.access.Visibility;

/**
 * One thing the portal holds, as search sees it: a private case document in a tenant's workspace,
 * or a published snapshot in a circle's catalog.
 *
 * @param id unique in the index, such as {@code document:<uuid>} or {@code publication:<uuid>}
 * @param kind {@code document} (in a workspace), {@code publication} (the published copy of a
 *     workspace document: its owners find the workspace copy instead, so search folds it for them)
 *     or {@value #SHARED} (a published item that has no workspace copy in the index, such as a
 *     method card: its owners find it like everyone who may read it)
 * @param visibility who may read it; decides every search, count and suggestion
 * @param gemeente the name of the owning tenant, as readers know it
 * @param type the document type's code, such as {@code raadsvoorstel}
 * @param typeLabel the type as readers know it, such as {@code Raadsvoorstel}
 * @param audience the facet value for who it is shared with: {@code private}, {@code public} or the
 *     circle's slug
 * @param link the portal path where a reader opens it, such as {@code /app/item.xhtml?id=…}
 * @param text the extracted text; may be long
 */
public record IndexedItem(
    String id,
    String kind,
    Visibility visibility,
    String title,
    String summary,
    String text,
    String gemeente,
    String type,
    String typeLabel,
    LocalDate date,
    String number,
    List<String> themes,
    List<String> wijken,
    String audience,
    String link) {

  /** The kind of a published item without a workspace copy in the index. */
  public static final String SHARED = "shared";

  public IndexedItem {
    Objects.requireNonNull(id, "An indexed item needs an id.");
    Objects.requireNonNull(kind, "An indexed item needs a kind.");
    Objects.requireNonNull(visibility, "An indexed item needs a visibility.");
    Objects.requireNonNull(title, "An indexed item needs a title.");
    themes = themes == null ? List.of() : List.copyOf(themes);
    wijken = wijken == null ? List.of() : List.copyOf(wijken);
    summary = summary == null ? "" : summary;
    text = text == null ? "" : text;
  }

  /**
   * A digest of everything the index holds of this item: equal digests mean the index holds the
   * item as given. Reconciliation compares the database's items with the index's by it.
   */
  public String fingerprint() {
    String canonical =
        String.join(
            "\u001f",
            id,
            kind,
            String.valueOf(visibility),
            title,
            summary,
            text,
            String.valueOf(gemeente),
            String.valueOf(type),
            String.valueOf(typeLabel),
            String.valueOf(date),
            String.valueOf(number),
            String.join("\u001e", themes),
            String.join("\u001e", wijken),
            String.valueOf(audience),
            String.valueOf(link));
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
