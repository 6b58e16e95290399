package nl.leerkring.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The readable parts of an item's extracted text: its opening as a preview, and the passage around
 * the first place where the words a person searched for occur, cut into parts that are marked or
 * not. The page writes each part as escaped text (a marked one inside {@code <mark>}), so no markup
 * from a document ever reaches the page. Stateless.
 */
public final class Passages {

  /** A run of text, marked when it is one of the searched words. */
  public record Part(String text, boolean marked) {}

  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "en", "of", "niet");

  private Passages() {}

  /**
   * The opening of a text, whitespace made single, cut at the last word boundary before {@code max}
   * characters with an ellipsis; empty for no text.
   */
  static String preview(String text, int max) {
    String flat = flat(text);
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }

  /**
   * The words of a query as the passage marks them: without operators, quotes, wildcards or boosts,
   * at least two letters long, lower case.
   */
  static List<String> terms(String query) {
    List<String> out = new ArrayList<>();
    if (query == null) {
      return out;
    }
    for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 2 && !OPERATORS.contains(word) && !out.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * About {@code width} characters around the first occurrence of any term (also inside a longer
   * word: {@code zorg} in {@code mantelzorg}), cut at word boundaries, with every occurrence
   * marked; empty when no term occurs.
   */
  static List<Part> passage(String text, List<String> terms, int width) {
    String flat = flat(text);
    String lower = flat.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String t : terms) {
      int at = lower.indexOf(t);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    if (first < 0) {
      return List.of();
    }
    int from = Math.max(0, first - width / 3);
    int to = Math.min(flat.length(), from + width);
    if (from > 0) {
      int space = flat.indexOf(' ', from);
      from = space >= 0 && space < first ? space + 1 : from;
    }
    if (to < flat.length()) {
      int space = flat.lastIndexOf(' ', to);
      to = space > first ? space : to;
    }
    List<Part> parts = new ArrayList<>();
    if (from > 0) {
      parts.add(new Part("… ", false));
    }
    int at = from;
    while (at < to) {
      int next = -1;
      String found = null;
      for (String t : terms) {
        int i = lower.indexOf(t, at);
        if (i >= 0 && i + t.length() <= to && (next < 0 || i < next)) {
          next = i;
          found = t;
        }
      }
      if (next < 0) {
        parts.add(new Part(flat.substring(at, to), false));
        break;
      }
      if (next > at) {
        parts.add(new Part(flat.substring(at, next), false));
      }
      parts.add(new Part(flat.substring(next, next + found.length()), true));
      at = next + found.length();
    }
    if (to < flat.length()) {
      parts.add(new Part(" …", false));
    }
    return parts;
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
