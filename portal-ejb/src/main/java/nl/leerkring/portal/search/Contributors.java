package nl.leerkring.portal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The search contributors of the portal, by the kind each answers for: applies a change-log entry
 * to an index, and reads everything into a new one for a rebuild. Two contributors answering for
 * one kind is a programming error, refused at start.
 *
 * <p>NOTE: holds no index state; thread-safe as long as the contributors are.
 */
final class Contributors {

  private static final Logger LOG = Logger.getLogger(Contributors.class.getName());

  private final List<SearchContributor> all;
  private final Map<String, SearchContributor> byKind = new HashMap<>();

  Contributors(Iterable<? extends SearchContributor> contributors) {
    List<SearchContributor> found = new ArrayList<>();
    for (SearchContributor c : contributors) {
      found.add(c);
      for (String kind : c.kinds()) {
        SearchContributor earlier = byKind.putIfAbsent(kind, c);
        if (earlier != null) {
          throw new IllegalStateException(
              "Two search contributors answer for '" + kind + "': " + earlier + " and " + c);
        }
      }
    }
    this.all = List.copyOf(found);
  }

  /** The kinds some contributor answers for, sorted; for the log. */
  Set<String> kinds() {
    return new TreeSet<>(byKind.keySet());
  }

  /**
   * Brings the index in line with the entity's current state. A kind no contributor answers for is
   * not searchable: nothing to do. A per-tenant entity whose entry names no tenant is skipped.
   */
  void apply(SearchIndex index, long seq, String kind, String entityId, String tenantId) {
    SearchContributor c = byKind.get(kind);
    if (c == null) {
      return;
    }
    TenantId tenant = null;
    if (c.perTenant()) {
      if (tenantId == null) {
        LOG.warning(() -> "Change " + seq + " names no tenant; skipped.");
        return;
      }
      tenant = new TenantId(tenantId);
    }
    Optional<IndexedItem> item = c.item(Viewer.system(), tenant, kind, entityId);
    if (item.isPresent()) {
      index.upsert(item.get());
    } else {
      index.delete(SearchContributor.searchId(kind, entityId));
    }
  }

  /** How many items a rebuild over these tenants reads. */
  long count(List<TenantId> tenants) {
    long total = 0;
    for (SearchContributor c : all) {
      for (TenantId tenant : scopes(c, tenants)) {
        total += c.count(Viewer.system(), tenant);
      }
    }
    return total;
  }

  /**
   * Reads every item into the index, batch by batch (one transaction per batch, bound to its tenant
   * for a per-tenant contributor), telling {@code advanced} how many each batch held.
   */
  void rebuild(SearchIndex next, List<TenantId> tenants, int batchSize, IntConsumer advanced) {
    forEachBatch(
        tenants,
        batchSize,
        (tenant, batch) -> {
          batch.forEach(next::upsert);
          advanced.accept(batch.size());
        });
  }

  /**
   * Every item the database holds, by search id: its fingerprint, and (in {@code tenantOf}) the
   * tenant it was read under ({@code null} for the catalog). Read batch by batch, as a rebuild.
   */
  Map<String, String> fingerprints(
      List<TenantId> tenants, int batchSize, Map<String, TenantId> tenantOf) {
    Map<String, String> found = new HashMap<>();
    forEachBatch(
        tenants,
        batchSize,
        (tenant, batch) -> {
          for (IndexedItem item : batch) {
            found.put(item.id(), item.fingerprint());
            tenantOf.put(item.id(), tenant);
          }
        });
    return found;
  }

  /**
   * Reads every item batch by batch (one transaction per batch, bound to its tenant for a
   * per-tenant contributor) and hands each batch on with its tenant.
   */
  private void forEachBatch(
      List<TenantId> tenants, int batchSize, BiConsumer<TenantId, List<IndexedItem>> each) {
    for (SearchContributor c : all) {
      for (TenantId tenant : scopes(c, tenants)) {
        String after = null;
        List<IndexedItem> batch;
        do {
          batch = c.batch(Viewer.system(), tenant, after, batchSize);
          each.accept(tenant, batch);
          if (!batch.isEmpty()) {
            after = batch.get(batch.size() - 1).id();
          }
        } while (batch.size() == batchSize);
      }
    }
  }

  /** Each tenant for a per-tenant contributor; one read across tenants ({@code null}) otherwise. */
  private static List<TenantId> scopes(SearchContributor c, List<TenantId> tenants) {
    return c.perTenant() ? tenants : Collections.singletonList(null);
  }
}
