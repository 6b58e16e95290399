package nl.leerkring.portal.signals;

import java.util.Map;

/**
 * A search to save: a name of its owner's choosing, the query as typed and the search page's filter
 * parameters ({@code type}, {@code gemeente}, {@code year}, {@code theme}, {@code wijk}, {@code
 * circle}).
 */
public record SavedSearchRequest(String name, String query, Map<String, String> filters) {}
