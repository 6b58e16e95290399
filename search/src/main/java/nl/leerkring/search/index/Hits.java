package nl.leerkring.search.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * A hit as callers see it: its stored fields, its score and its highlighted passages.
 *
 * <p>NOTE: stateless; thread-safe.
 */
final class Hits {

  /** The stored fields a hit shows, and the body its passages are taken from. */
  private static final Set<String> READ_FIELDS =
      Set.of(
          Fields.ID,
          Fields.KIND,
          Fields.TITLE,
          Fields.GEMEENTE,
          Fields.TYPE,
          Fields.TYPE_LABEL,
          Fields.DATE,
          Fields.NUMBER,
          Fields.AUDIENCE,
          Fields.THEME,
          Fields.WIJK,
          Fields.LINK,
          Fields.BODY);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Hits() {}

  /**
   * The stored fields of a page of hits, the body with them: each document is read and decompressed
   * once, for its hit and its passages alike.
   */
  static Document[] read(IndexSearcher s, ScoreDoc[] page) throws IOException {
    Document[] docs = new Document[page.length];
    // One reader of stored fields for the page: a new one per hit starts every block afresh.
    StoredFields stored = page.length == 0 ? null : s.storedFields();
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, READ_FIELDS);
    }
    return docs;
  }

  static String[] bodies(Document[] docs) {
    String[] bodies = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      bodies[i] = docs[i].get(Fields.BODY);
    }
    return bodies;
  }

  /**
   * The hits of a page with their passages.
   *
   * @param docs the page's stored fields, as {@link #read} gives them
   * @param formatted per hit, its passages as {@link Passages#of} gives them
   */
  static List<SearchResult.Hit> page(ScoreDoc[] page, Document[] docs, String[] formatted) {
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      List<String> snippets = splitPassages(formatted[i]);
      hits.add(hit(docs[i], page[i], snippets, snippets.isEmpty() ? "" : plain(snippets.get(0))));
    }
    return hits;
  }

  static List<String> splitPassages(String formatted) {
    if (formatted == null || formatted.isBlank()) {
      return List.of();
    }
    return Arrays.stream(formatted.split("\u0000"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** A highlighted, escaped passage as plain text, for a citation. */
  static String plain(String snippet) {
    String unmarked =
        snippet
            .replace("<mark>", "")
            .replace("</mark>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#x2F;", "/")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    // As String.replaceAll, without compiling the pattern for every hit.
    return WHITESPACE.matcher(unmarked).replaceAll(" ").strip();
  }

  private static SearchResult.Hit hit(
      Document d, ScoreDoc sd, List<String> snippets, String passage) {
    String date = d.get(Fields.DATE);
    return new SearchResult.Hit(
        d.get(Fields.ID),
        d.get(Fields.KIND),
        d.get(Fields.TITLE),
        d.get(Fields.GEMEENTE),
        d.get(Fields.TYPE),
        d.get(Fields.TYPE_LABEL),
        date == null ? null : LocalDate.parse(date),
        d.get(Fields.NUMBER),
        d.get(Fields.AUDIENCE),
        List.of(d.getValues(Fields.THEME)),
        List.of(d.getValues(Fields.WIJK)),
        d.get(Fields.LINK),
        Float.isNaN(sd.score) ? 0f : sd.score,
        snippets,
        passage);
  }
}
