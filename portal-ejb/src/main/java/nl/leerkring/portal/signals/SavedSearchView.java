package nl.leerkring.portal.signals;

import java.time.Instant;
import java.util.Map;

/**
 * A saved search as its owner sees it.
 *
 * @param filters the search page's filter parameters ({@code type}, {@code gemeente}, {@code year},
 *     {@code theme}, {@code wijk}, {@code circle}) and their values
 * @param link the search page with this query and these filters, relative to the portal's root
 * @param matchedAt when it last found new material, or {@code null}
 */
public record SavedSearchView(
    String id,
    String name,
    String query,
    Map<String, String> filters,
    String link,
    Instant createdAt,
    Instant matchedAt) {}
