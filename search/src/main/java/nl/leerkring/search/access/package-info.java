/**
 * Access in the index: a {@link nl.leerkring.search.access.Visibility} says who may read a document
 * (its owner tenant, its {@link nl.leerkring.search.access.Scope} and, for a circle, which circle)
 * and writes that onto the Lucene document; {@link nl.leerkring.search.access.AccessFilter} turns a
 * viewer into the query that matches exactly those documents, and combines it with the user's
 * query.
 *
 * <p>Decisions: the rule mirrors the catalog of {@code ARCHITECTURE.md} §4: a viewer reads public
 * documents, the circle documents of the circles in {@link
 * nl.leerkring.tenants.tenancy.Viewer#readableCircles()}, and the private documents of their own
 * home tenant. Platform admins get no extra read rights in search: administering tenants is not a
 * reason to read their workspaces, and a search over everything would make the index the one place
 * where tenant isolation does not hold. Access fields are indexed, not stored: they are only ever
 * matched. The access query is added as a {@code FILTER} clause, so it never changes a score.
 *
 * <p>Out of scope: whether a viewer may <em>publish</em> to a scope, and which circles a viewer
 * takes part in (both decided in {@code tenants} and {@code portal-ejb}; this component trusts the
 * {@code Viewer}).
 */
package nl.leerkring.search.access;
