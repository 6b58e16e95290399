package nl.leerkring.portal.documents;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How a tenant's case documents are indexed: as private items of their tenant, with the text of the
 * current original. Read by the portal's indexer only, as {@link Viewer#system()}, one tenant per
 * call: the methods that read are {@code @TenantBound} (not the class, whose other methods take no
 * viewer).
 */
@Stateless
@Local(SearchContributor.class)
@LocalBean
public class DocumentIndexing implements SearchContributor {

  /** The change-log entity name of a case document. */
  public static final String ENTITY = Documents.ENTITY;

  @PersistenceContext EntityManager em;

  @Inject BlobStore blobs;

  @Inject DocumentRows rows;

  @Inject Tenants tenants;

  @Override
  public Set<String> kinds() {
    return Set.of(ENTITY);
  }

  @Override
  public boolean perTenant() {
    return true;
  }

  /**
   * The document as it should be indexed now; empty when it no longer exists or is in the trash.
   */
  @Override
  @TenantBound
  public Optional<IndexedItem> item(
      Viewer system, TenantId tenant, String kind, String documentId) {
    Document d = em.find(Document.class, documentId);
    return d == null || d.inTrash()
        ? Optional.empty()
        : Optional.of(toItem(d, tenant, gemeente(tenant)));
  }

  /** A batch of the tenant's documents in id order, after {@code afterId}; for a rebuild. */
  @Override
  @TenantBound
  public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
    String gemeente = gemeente(tenant);
    return em
        .createQuery(
            "select d from Document d where d.id > :after and d.deletedAt is null order by d.id",
            Document.class)
        .setParameter("after", afterId == null ? "" : SearchContributor.entityId(afterId))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(d -> toItem(d, tenant, gemeente))
        .toList();
  }

  /** How many documents the tenant has; for a rebuild's progress. */
  @Override
  @TenantBound
  public long count(Viewer system, TenantId tenant) {
    return em.createQuery("select count(d) from Document d where d.deletedAt is null", Long.class)
        .getSingleResult();
  }

  /** The id an indexed document is known by in search. */
  private static String searchId(String documentId) {
    return SearchContributor.searchId(ENTITY, documentId);
  }

  private String gemeente(TenantId tenant) {
    return tenants.byId(tenant).map(TenantView::name).orElse(tenant.value());
  }

  private IndexedItem toItem(Document d, TenantId owner, String gemeente) {
    String text = rows.original(d).map(f -> blobs.readText(f.text())).orElse("");
    return new IndexedItem(
        searchId(d.id()),
        ENTITY,
        Visibility.privateTo(owner),
        d.title(),
        d.summary(),
        text,
        gemeente,
        d.type().slug(),
        d.type().label(),
        d.date(),
        d.number(),
        List.copyOf(d.themes()),
        List.copyOf(d.wijken()),
        "private",
        "/app/document.xhtml?id=" + d.id());
  }
}
