package nl.leerkring.portal.publishing;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a catalog's filters offer: only values that occur among the items the viewer may read.
 *
 * @param kinds the kinds, sorted
 * @param types document types as code and label, by label
 * @param themes the themes, sorted the Dutch way
 */
public record CatalogChoices(List<String> kinds, List<Type> types, List<String> themes) {

  /** A type code with the label an owner gave it. */
  public record Type(String code, String label) {}

  static CatalogChoices of(List<PublicationView> readable) {
    Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
    TreeSet<String> kinds = new TreeSet<>();
    Map<String, String> types = new TreeMap<>();
    TreeSet<String> themes = new TreeSet<>(dutch);
    for (PublicationView p : readable) {
      kinds.add(p.kind());
      if (p.type() != null) {
        types.putIfAbsent(p.type(), p.typeLabel() == null ? p.type() : p.typeLabel());
      }
      themes.addAll(p.themes());
    }
    List<Type> byLabel = new ArrayList<>();
    types.forEach((code, label) -> byLabel.add(new Type(code, label)));
    byLabel.sort((a, b) -> dutch.compare(a.label(), b.label()));
    return new CatalogChoices(List.copyOf(kinds), List.copyOf(byLabel), List.copyOf(themes));
  }
}
