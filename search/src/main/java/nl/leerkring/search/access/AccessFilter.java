package nl.leerkring.search.access;

import java.util.List;
import java.util.Objects;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The documents a viewer may open, as a Lucene query: every {@link Scope#PUBLIC} document, the
 * {@link Scope#CIRCLE} documents of the circles in {@link Viewer#readableCircles()}, and the {@link
 * Scope#PRIVATE} documents owned by the viewer's home tenant, if they have one. An anonymous viewer
 * reads public documents only.
 *
 * <p>A platform admin gets no special read rights here: they read what their own tenant and circle
 * grants allow, like anyone else. Administering tenants happens through the boundaries, never
 * through search.
 *
 * <p>NOTE: stateless and thread-safe; the queries it returns are immutable. Combine a user's query
 * with access only through {@link #restrict(Query, Viewer)}.
 */
public final class AccessFilter {

  private AccessFilter() {}

  /** Matches exactly the documents this viewer may open; scores are constant. */
  public static Query forViewer(Viewer viewer) {
    Objects.requireNonNull(viewer, "A viewer is required; use Viewer.anonymous() for nobody.");
    BooleanQuery.Builder readable = new BooleanQuery.Builder();
    readable.add(scope(Scope.PUBLIC), Occur.SHOULD);
    if (!viewer.readableCircles().isEmpty()) {
      List<BytesRef> circles =
          viewer.readableCircles().stream().map(c -> new BytesRef(c.value())).toList();
      readable.add(
          both(scope(Scope.CIRCLE), new TermInSetQuery(Visibility.CIRCLE_FIELD, circles)),
          Occur.SHOULD);
    }
    viewer
        .homeTenant()
        .ifPresent(
            tenant ->
                readable.add(
                    both(
                        scope(Scope.PRIVATE),
                        new TermQuery(new Term(Visibility.OWNER_FIELD, tenant.value()))),
                    Occur.SHOULD));
    return new ConstantScoreQuery(readable.build());
  }

  /**
   * The user's query, restricted to what the viewer may open: the user query decides the score
   * ({@code MUST}), the access query only filters ({@code FILTER}). Counts, and anything else
   * computed over the result, see only readable documents.
   */
  public static BooleanQuery restrict(Query userQuery, Viewer viewer) {
    Objects.requireNonNull(userQuery, "A query is required.");
    return new BooleanQuery.Builder()
        .add(userQuery, Occur.MUST)
        .add(forViewer(viewer), Occur.FILTER)
        .build();
  }

  /**
   * The documents owned by a tenant, in any scope. Only for narrowing a query that is already
   * restricted: on its own it grants nothing.
   */
  public static Query ownedBy(TenantId tenant) {
    return new TermQuery(new Term(Visibility.OWNER_FIELD, tenant.value()));
  }

  private static Query scope(Scope scope) {
    return new TermQuery(new Term(Visibility.SCOPE_FIELD, scope.name()));
  }

  private static Query both(Query first, Query second) {
    return new BooleanQuery.Builder().add(first, Occur.FILTER).add(second, Occur.FILTER).build();
  }
}
