/**
 * What the nodes of a cluster share: Payara Micro's own Hazelcast, reached through {@link
 * nl.leerkring.tenants.cluster.Grid}. Four things use it: the viewer caches of all nodes forget a
 * changed account or circle at once (a topic), the sign-in throttle counts failures over all nodes
 * (a map whose entries expire when idle), scheduled work runs once per cluster ({@link
 * nl.leerkring.tenants.cluster.OncePerCluster}), and a commit that wrote to the change log wakes
 * the index followers of all nodes (a topic; {@code portal.changes.ChangeSignal}).
 *
 * <p>Decisions: the grid is looked up, not required. Without Hazelcast ({@code --nohazelcast}: the
 * embedded default, {@code ./mvnw -Prun}, the integration tests) every piece falls back to this
 * node alone, with the same rules and no startup cost. Only JDK types (strings, numbers) go into
 * the grid, so a value never has to be deserialised by a class loader that does not know the WAR;
 * the rules that use the values stay in plain classes, tested without a cluster. A lost topic
 * message is not a lost change: the viewer cache's time limit ({@code portal.viewer-cache.seconds})
 * remains the fallback. It lives in this module because accounts (the lowest module) need it.
 *
 * <p>Out of scope: the index (each node keeps its own and follows the database's change log, see
 * {@code nl.leerkring.portal.search}) and web sessions (Payara keeps those of a distributable WAR
 * in the same grid by itself).
 */
package nl.leerkring.tenants.cluster;
