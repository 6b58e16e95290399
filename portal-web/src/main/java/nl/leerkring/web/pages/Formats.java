package nl.leerkring.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerkring.portal.koffer.Vocabularies;

/**
 * How pages write values: one place for dates, amounts, names and vocabulary labels, so every page
 * says them alike. Stateless and thread-safe.
 */
public final class Formats {

  private Formats() {}

  /** Vocabulary codes as their labels (unknown codes as they are), comma separated. */
  public static String labels(List<String> codes, List<Vocabularies.Term> terms) {
    if (codes == null || codes.isEmpty()) {
      return "";
    }
    Map<String, String> byCode = new LinkedHashMap<>();
    terms.forEach(t -> byCode.putIfAbsent(t.code().toLowerCase(Locale.ROOT), t.label()));
    return codes.stream()
        .map(c -> byCode.getOrDefault(c.strip().toLowerCase(Locale.ROOT), c))
        .collect(Collectors.joining(", "));
  }
}
