/**
 * The index and every way of reading it. {@link nl.leerkring.search.index.SearchIndex} owns one
 * Lucene index (one writer, searchers from a {@code SearcherManager} built with their facet
 * ordinals once per refresh); {@link nl.leerkring.search.index.IndexHome} keeps its generations on
 * disk and switches the live one atomically after a rebuild. Callers describe items with {@link
 * nl.leerkring.search.index.IndexedItem} and ask with {@link
 * nl.leerkring.search.index.SearchRequest}; they never see a Lucene type. Inside, {@code
 * ItemDocuments} maps an item to its fields, {@code FacetCounts} counts facets over collected hits,
 * {@code Passages} highlights the body passages of a page, {@code Hits} turns stored fields and
 * passages into results, and {@code ReadableStatistics} and {@code SimilarTerms} keep ranking
 * inside what the viewer may read.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every read method takes the {@code Viewer} and restricts its query with {@link
 *       nl.leerkring.search.access.AccessFilter} before anything is collected, so totals, facet
 *       counts, highlights, "more like this" and suggestions are computed over readable items only.
 *       Suggestions are words from titles, themes and wijken that occur in at least one readable
 *       item, ranked by how many readable items hold them.
 *   <li>A member's own publication is folded into their workspace copy, so nothing shows twice.
 *   <li>Readers type queries the way they use web search: all words must occur; {@code OR}, {@code
 *       NOT}, {@code -word}, quotes and {@code prefix*} work. Common mistakes (an open quote or
 *       bracket, a leading wildcard, a dangling operator) get their own message; anything else the
 *       parser refuses gets a general one that says what to check.
 *   <li>Facet filters match exact values (case-insensitive) through their own untokenised fields;
 *       an unknown value simply finds nothing.
 *   <li>Deep pages past {@link nl.leerkring.search.index.SearchRequest#MAX_WINDOW} answer with the
 *       total and no hits rather than collecting ten thousand documents.
 *   <li>Ranking statistics follow access (F10): BM25's document frequencies, term frequencies and
 *       average field lengths, the choice of "more like this" words and of suggestion candidates
 *       are counted over the viewer's readable documents only ({@code ReadableStatistics}), never
 *       over the whole index, so no score, order or suggestion moves when another gemeente adds
 *       private text. The readable documents of an access filter are found once per reader
 *       generation and kept with that searcher; term figures are counted per query. Ties in every
 *       order end on the item's id, never on where a document happens to sit in the index. A fuzzy
 *       word matches every word within its edits (constant score) rather than the 50 nearest words
 *       of the whole index.
 *   <li>Passages (F12) take their offsets from the body's postings for every query, prefixes
 *       included, so no text is analysed again to highlight it; each hit's stored fields, body
 *       included, are read once per page; sentence boundaries are the JDK's, read forward once per
 *       body ({@code Passages}, {@code SentenceBreaks}).
 * </ul>
 *
 * <p>Out of scope: where items come from and when (the portal follows its change log and calls
 * {@code upsert}/{@code delete}/{@code commit}), and how results are shown.
 */
package nl.leerkring.search.index;
