/**
 * The index and every way of reading it. {@link nl.leerkring.search.index.SearchIndex} owns one
 * Lucene index (one writer, searchers from a {@code SearcherManager} built with their facet
 * ordinals once per refresh); {@link nl.leerkring.search.index.IndexHome} keeps its generations on
 * disk and switches the live one atomically after a rebuild. Callers describe items with {@link
 * nl.leerkring.search.index.IndexedItem} and ask with {@link
 * nl.leerkring.search.index.SearchRequest}; they never see a Lucene type.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every read method takes the {@code Viewer} and restricts its query with {@link
 *       nl.leerkring.search.access.AccessFilter} before anything is collected, so totals, facet
 *       counts, highlights, "more like this" and suggestions are computed over readable items only.
 *       Suggestions are words from titles, themes and wijken, each checked to occur in at least one
 *       readable item; ranking among candidates uses counts over readable items alone.
 *   <li>A member's own publication is folded into their workspace copy, so nothing shows twice.
 *   <li>Readers type queries the way they use web search: all words must occur; {@code OR}, {@code
 *       NOT}, {@code -word}, quotes and {@code prefix*} work. Common mistakes (an open quote or
 *       bracket, a leading wildcard, a dangling operator) get their own message; anything else the
 *       parser refuses gets a general one that says what to check.
 *   <li>Facet filters match exact values (case-insensitive) through their own untokenised fields;
 *       an unknown value simply finds nothing.
 *   <li>Deep pages past {@link nl.leerkring.search.index.SearchRequest#MAX_WINDOW} answer with the
 *       total and no hits rather than collecting ten thousand documents.
 *   <li>Lucene's global term statistics (BM25's IDF, "more like this" term choice) span the whole
 *       index. They decide order and term choice only; no count or word derived from them is shown.
 * </ul>
 *
 * <p>Out of scope: where items come from and when (the portal follows its change log and calls
 * {@code upsert}/{@code delete}/{@code commit}), and how results are shown.
 */
package nl.leerkring.search.index;
