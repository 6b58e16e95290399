/**
 * The node's search index inside the portal: {@link nl.leerkring.portal.search.SearchService} opens
 * the live index under {@code <portal.data-dir>/index}, follows the change log with a {@link
 * nl.leerkring.portal.search.ChangeFollower}, rebuilds from the database beside the live index when
 * asked (or at the first start, or when the schema version changed) and answers searches as a
 * viewer.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Each aggregate says how it is indexed ({@code DocumentIndexing}, {@code
 *       PublicationIndexing}); applying a change re-reads the entity's current state, so applying
 *       an entry twice is harmless and the follower may restart from a safe, slightly earlier
 *       point.
 *   <li>The change log is polled every 250 ms and the searcher refreshed after each batch, so a
 *       change is searchable within a second; {@link
 *       nl.leerkring.portal.search.SearchService#catchUp()} applies everything at once for a user
 *       who asked to wait ({@code ?refresh=true}). The index commits every few seconds with the
 *       position it reflects; after a crash it replays from that position.
 *   <li>A rebuild reads the database in id-ordered batches into a new generation, replays the
 *       change log from shortly before it started, and swaps the new index in between two polls.
 *       Searches never wait for it.
 *   <li>Search needs a signed-in viewer, as the catalog does.
 * </ul>
 */
package nl.leerkring.portal.search;
