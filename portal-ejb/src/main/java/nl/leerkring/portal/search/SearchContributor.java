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
 * <p>Implementations are boundaries ({@code @Stateless}): each call runs in a transaction of its
 * own. For a {@link #perTenant() per-tenant} contributor that transaction is bound to the {@link
 * TenantId} argument (its reading methods are {@code @TenantBound}), so one call reads one tenant's
 * workspace; otherwise the tenant argument is {@code null} and the call reads across tenants (the
 * catalog). The methods with a viewer are called as {@link Viewer#system()}.
 *
 * <p>NOTE: a session bean must name this interface in {@code @Local(SearchContributor.class)} (with
 * {@code @LocalBean} to keep its no-interface view); without it the interface is not one of its
 * bean types and CDI does not find it. Put {@code @TenantBound} on the methods that take a viewer,
 * not on the class: the binding refuses a call without a {@link Viewer} argument.
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

  /**
   * The id an entity of this kind has in the index, what is deleted when it is gone: {@code
   * <kind>:<entity id>}, as every item's id is written.
   */
  static String searchId(String kind, String entityId) {
    return kind + ":" + entityId;
  }

  /** The entity id in a search id written by {@link #searchId}. */
  static String entityId(String searchId) {
    return searchId.substring(searchId.indexOf(':') + 1);
  }

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
