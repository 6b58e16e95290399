package nl.leerkring.portal.publishing;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How the catalog is indexed: a publication is an item while it is {@link
 * Publication.Status#PUBLISHED}, visible to its circle or to everyone as its scope says, with the
 * text of the published original. In any other state it is not in the index. Read by the portal's
 * indexer only.
 */
@Stateless
@Local(SearchContributor.class)
@LocalBean
public class PublicationIndexing implements SearchContributor {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call through the service loader, under the class loader's lock (a soak's flight recording found
   * request threads queueing there).
   */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  /** The change-log entity name of a publication. */
  public static final String ENTITY = Publications.ENTITY;

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject BlobStore blobs;

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Override
  public Set<String> kinds() {
    return Set.of(ENTITY);
  }

  /** The catalog is read across tenants: the tenant argument is always {@code null}. */
  @Override
  public boolean perTenant() {
    return false;
  }

  /** The publication as it should be indexed now; empty when it is not (or no longer) published. */
  @Override
  public Optional<IndexedItem> item(
      Viewer system, TenantId tenant, String kind, String publicationId) {
    Publication p = em.find(Publication.class, publicationId);
    return p == null || p.status() != Publication.Status.PUBLISHED
        ? Optional.empty()
        : Optional.of(toItem(p));
  }

  /** A batch of published items in id order, after {@code afterId}; for a rebuild. */
  @Override
  public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
    return em
        .createQuery(
            "select p from Publication p where p.status = :status and p.id > :after order by p.id",
            Publication.class)
        .setParameter("status", Publication.Status.PUBLISHED)
        .setParameter("after", afterId == null ? "" : SearchContributor.entityId(afterId))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(this::toItem)
        .toList();
  }

  @Override
  public long count(Viewer system, TenantId tenant) {
    return em.createQuery("select count(p) from Publication p where p.status = :status", Long.class)
        .setParameter("status", Publication.Status.PUBLISHED)
        .getSingleResult();
  }

  /** The id a publication is known by in search. */
  private static String searchId(String publicationId) {
    return SearchContributor.searchId(ENTITY, publicationId);
  }

  private IndexedItem toItem(Publication p) {
    Snapshot s = Snapshot.read(JSON, p.snapshotJson());
    TenantId owner = new TenantId(p.ownerTenant());
    String slug = circles.byId(new CircleId(p.circleId())).slug();
    boolean everyone = p.scope() == Scope.PUBLIC;
    String text =
        s.details() != null
            ? wordsOf(s.details())
            : s.files().stream()
                .filter(f -> f.annexNo() == null)
                .findFirst()
                .map(f -> read(f.text()))
                .orElse("");
    return new IndexedItem(
        searchId(p.id()),
        // Only a document has a workspace copy in the index, which its owners find instead.
        "document".equals(s.kind()) ? ENTITY : IndexedItem.SHARED,
        everyone
            ? Visibility.publicFrom(owner)
            : Visibility.inCircle(owner, new CircleId(p.circleId())),
        s.title(),
        s.summary(),
        text,
        tenants.byId(owner).map(TenantView::name).orElse(p.ownerTenant()),
        s.type(),
        s.typeLabel(),
        s.date(),
        s.number(),
        s.themes(),
        s.wijken(),
        everyone ? "public" : slug,
        linkOf(p));
  }

  /** Where a reader opens the item: a document's snapshot, or the koffer card of a method. */
  private static String linkOf(Publication p) {
    return switch (p.kind()) {
      case "method" -> "/app/method.xhtml?id=" + p.subjectId();
      case "use" -> "/app/method.xhtml?id=" + p.aboutId();
      default -> "/app/item.xhtml?id=" + p.id();
    };
  }

  private static final java.util.regex.Pattern UUID =
      java.util.regex.Pattern.compile(
          "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final java.util.regex.Pattern ISO_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final java.util.regex.Pattern SLUG =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
  private static final java.time.format.DateTimeFormatter DUTCH_DAY =
      java.time.format.DateTimeFormatter.ofPattern(
          "d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));

  /**
   * The words in a kind's own content (JSON written by its boundary), as readers read them: every
   * string value except ids (fields named {@code id} or {@code …Id}, and UUIDs) and codes written
   * as slugs ({@code langer-thuis-wonen}, whose label or name is beside them), with days written
   * the Dutch way ({@code 15 januari 2025}). Snippets and citations quote this text, so nothing
   * here may be a raw id or an ISO date.
   */
  static String wordsOf(String json) {
    StringBuilder out = new StringBuilder();
    String key = null;
    try (var parser = JSON_P.createParser(new java.io.StringReader(json))) {
      while (parser.hasNext()) {
        var event = parser.next();
        if (event == jakarta.json.stream.JsonParser.Event.KEY_NAME) {
          key = parser.getString();
        } else if (event == jakarta.json.stream.JsonParser.Event.VALUE_STRING) {
          String word = readable(key, parser.getString());
          if (word != null) {
            out.append(word).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static String readable(String key, String value) {
    String v = value.strip();
    if (key != null && (key.equals("id") || key.endsWith("Id"))) {
      return null;
    }
    if (ISO_DAY.matcher(v).matches()) {
      try {
        return DUTCH_DAY.format(java.time.LocalDate.parse(v));
      } catch (java.time.format.DateTimeParseException notADay) {
        return v;
      }
    }
    return UUID.matcher(v).matches() || SLUG.matcher(v).matches() ? null : value;
  }

  private String read(String sha256) {
    return sha256 == null ? "" : blobs.readText(new BlobId(sha256));
  }
}
