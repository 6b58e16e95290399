package nl.leerkring.portal.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What a component puts in the search index. {@link SearchService} finds every implementation
 * through CDI and hands each change-log entry of a {@link #kinds() kind} to the one that answers
 * for it; an entry of a kind no contributor answers for is not searchable and is skipped.
 *
 * <p>Implementations are boundaries ({@code @Stateless}, {@code @LocalBean}): each call runs in a
 * transaction of its own. For a {@link #perTenant() per-tenant} contributor that transaction is
 * bound to the {@link TenantId} argument (the class is {@code @TenantBound}), so one call reads one
 * tenant's workspace; otherwise the tenant argument is {@code null} and the call reads across
 * tenants (the catalog). Every method is called as {@link Viewer#system()}.
 *
 * <p>NOTE: {@link #item} re-reads the entity's current state, so applying an entry twice, or out of
 * order, is harmless.
 */
public interface SearchContributor {

  /** The change-log entity names this component answers for. */
  Set<String> kinds();

  /**
   * Whether its entities live in tenants' workspaces: then a change without a tenant is skipped,
   * and a rebuild reads them one tenant at a time.
   */
  boolean perTenant();

  /** The id an entity of this kind has in the index: what is deleted when it is gone. */
  String searchId(String kind, String entityId);

  /** The entity as it should be indexed now; empty when it is gone or no longer searchable. */
  Optional<IndexedItem> item(Viewer system, TenantId tenant, String kind, String entityId);

  /** How many items a rebuild will read (of this tenant, when per tenant); for its progress. */
  long count(Viewer system, TenantId tenant);

  /**
   * For a rebuild: the next items in id order after the item with search id {@code afterId} ({@code
   * null}: from the start), at most {@code max}. Fewer than {@code max} means the end.
   */
  List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max);
}
