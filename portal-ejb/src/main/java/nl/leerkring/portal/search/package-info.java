/**
 * The node's search index inside the portal: {@link nl.leerkring.portal.search.SearchService} opens
 * the live index under {@code <portal.data-dir>/index}, follows the change log with a {@link
 * nl.leerkring.portal.search.ChangeFollower}, rebuilds from the database beside the live index when
 * asked (or at the first start, or when the schema version changed) and answers searches as a
 * viewer.
 *
 * <p>Extension point: a component makes its entities searchable with one class implementing {@link
 * nl.leerkring.portal.search.SearchContributor} (today {@code documents.DocumentIndexing} and
 * {@code publishing.PublicationIndexing}; koffer cards and uses are searched as publications). It
 * names the change-log kinds it answers for, loads one entity as an {@code IndexedItem} (or says it
 * is gone), counts and reads all of them in id-ordered batches for a rebuild, and says whether they
 * live in tenants' workspaces (read one tenant per transaction, bound by {@code @TenantBound}) or
 * across tenants. {@code SearchService} finds the contributors through CDI {@code Instance<>};
 * {@link nl.leerkring.portal.search.Contributors} dispatches by kind, so neither has a switch or a
 * per-kind loop. A kind that no contributor answers for is not searchable: its entries are skipped.
 * Two contributors for one kind stop the start.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Applying a change re-reads the entity's current state through its contributor, so applying
 *       an entry twice is harmless and the follower may restart from a safe, slightly earlier
 *       point. A workspace entry that names no tenant is skipped (logged), never guessed.
 *   <li>A commit that wrote to the change log wakes the follower of every node at once ({@code
 *       changes.ChangeSignal}: directly on its own node, through the cluster's topic on the
 *       others); the change log is also polled every 250 ms, for lost messages. The searcher is
 *       refreshed after each batch, so a change is searchable within a second; the search code is
 *       warmed up at start ({@link nl.leerkring.portal.search.IndexWarmUp}), so a node's first
 *       change is not the slow one; {@link nl.leerkring.portal.search.SearchService#catchUp()}
 *       applies everything at once for a user who asked to wait ({@code ?refresh=true}). The index
 *       commits every few seconds with the position it reflects; after a crash it replays from that
 *       position.
 *   <li>A rebuild reads the database in id-ordered batches into a new generation, replays the
 *       change log from shortly before it started, and swaps the new index in between two polls.
 *       Searches never wait for it.
 *   <li>Search needs a signed-in viewer, as the catalog does.
 * </ul>
 */
package nl.leerkring.portal.search;
