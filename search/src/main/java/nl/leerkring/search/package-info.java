/**
 * Full-text search over what the portal holds: one Lucene index per node, derived from the database
 * and rebuildable at any time. Lucene is owned entirely by this module: its writer, searcher
 * manager, analyzers and field names never leak; callers see ids, the {@link
 * nl.leerkring.tenants.tenancy.Viewer} and small records. The module knows no JPA and no HTTP, so
 * it runs from a plain {@code main} or a JMH benchmark without a container.
 *
 * <p>Components: {@code access} turns a document's audience into indexed fields and a viewer into
 * the filter that every search is wrapped in; {@code analysis} turns Dutch text into terms
 * (stemming, stop words, compound splitting); {@code index} writes, refreshes, commits and reads
 * one index, and keeps its generations on disk.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Access is enforced here, inside the index, and not by callers filtering hits afterwards: a
 *       filter applied before collection is the only way that counts, facets, highlights and
 *       suggestions can never reveal a document the viewer may not open.
 *   <li>A document without access fields matches no viewer: forgetting to describe the audience
 *       fails closed.
 *   <li>The only dependencies are {@code tenants} (for the ids and the {@code Viewer}) and Lucene.
 *       Not even the Jakarta EE API: the module's exceptions carry no
 *       {@code @ApplicationException}; {@code portal-ejb} declares them application exceptions in
 *       its {@code ejb-jar.xml} when it needs to.
 * </ul>
 *
 * <p>Out of scope: deciding who may publish what (the catalog in {@code portal-ejb}), reading the
 * database or the change log (the caller feeds documents in), text extraction, and any HTTP or page
 * concern such as mapping a query syntax error to a status.
 */
package nl.leerkring.search;
