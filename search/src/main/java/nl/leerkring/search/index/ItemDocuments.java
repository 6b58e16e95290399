package nl.leerkring.search.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How an {@link IndexedItem} becomes a Lucene document: which fields are searched, highlighted,
 * stored, filtered, faceted and sorted on. Private to the index: its fields are {@link Fields}.
 *
 * <p>NOTE: stateless; thread-safe.
 */
final class ItemDocuments {

  private static final FieldType HIGHLIGHTED = highlightedText();

  private ItemDocuments() {}

  static String filterField(Facet facet) {
    return "filter." + facet.param();
  }

  static Document toDocument(IndexedItem item) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, item.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(item.id())));
    d.add(new StringField(Fields.KIND, item.kind(), Field.Store.YES));
    d.add(new StoredField(Fields.FINGERPRINT, item.fingerprint()));
    item.visibility().writeTo(d);
    d.add(new Field(Fields.TITLE, item.title(), HIGHLIGHTED));
    String body = item.summary().isBlank() ? item.text() : item.summary() + "\n\n" + item.text();
    d.add(new Field(Fields.BODY, body, HIGHLIGHTED));
    // The parts of compounds, in a field of their own: a match on a part has its own statistics.
    d.add(new TextField(Fields.PARTS, item.title() + "\n\n" + body, Field.Store.NO));
    StringBuilder words = new StringBuilder(item.title());
    item.themes().forEach(t -> words.append(' ').append(t));
    item.wijken().forEach(w -> words.append(' ').append(w));
    d.add(new TextField(Fields.WORDS, words.toString(), Field.Store.NO));
    // Themes, wijken, type, gemeente and number are searched too (not highlighted): a reader who
    // types "gezondheid" expects the documents filed under that theme.
    StringBuilder meta = new StringBuilder();
    for (String part : new String[] {item.typeLabel(), item.gemeente(), item.number()}) {
      if (part != null) {
        meta.append(part).append(' ');
      }
    }
    item.themes().forEach(t -> meta.append(t).append(' '));
    item.wijken().forEach(w -> meta.append(w).append(' '));
    d.add(new TextField(Fields.META, meta.toString(), Field.Store.NO));
    Map<Facet, List<String>> values = new HashMap<>();
    values.put(Facet.GEMEENTE, optional(item.gemeente()));
    values.put(Facet.TYPE, optional(item.type()));
    values.put(
        Facet.YEAR,
        item.date() == null ? List.of() : List.of(String.valueOf(item.date().getYear())));
    values.put(Facet.THEME, item.themes());
    values.put(Facet.WIJK, item.wijken());
    values.put(Facet.CIRCLE, optional(item.audience()));
    values.forEach(
        (facet, list) ->
            list.stream()
                .filter(v -> v != null && !v.isBlank())
                .distinct()
                .forEach(
                    v -> {
                      d.add(new SortedSetDocValuesFacetField(facet.param(), v));
                      d.add(
                          new StringField(
                              filterField(facet),
                              v.toLowerCase(java.util.Locale.ROOT),
                              Field.Store.NO));
                    }));
    store(d, Fields.GEMEENTE, item.gemeente());
    store(d, Fields.TYPE, item.type());
    store(d, Fields.TYPE_LABEL, item.typeLabel());
    store(d, Fields.NUMBER, item.number());
    store(d, Fields.AUDIENCE, item.audience());
    store(d, Fields.LINK, item.link());
    item.themes().forEach(t -> store(d, Fields.THEME, t));
    item.wijken().forEach(w -> store(d, Fields.WIJK, w));
    if (item.date() != null) {
      store(d, Fields.DATE, item.date().toString());
      d.add(new NumericDocValuesField(Fields.DATE_SORT, item.date().toEpochDay()));
    }
    return d;
  }

  private static List<String> optional(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  private static void store(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StoredField(field, value));
    }
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Facet.THEME.param(), true);
    config.setMultiValued(Facet.WIJK.param(), true);
    // Filters use their own fields, so the facet fields need no drill-down terms.
    for (Facet facet : Facet.values()) {
      config.setDrillDownTermsIndexing(facet.param(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }
}
