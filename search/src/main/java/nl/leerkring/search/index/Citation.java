package nl.leerkring.search.index;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a hit is cited: gemeente, year, title, type and number, date, the passage and a stable link,
 * as one line a researcher can paste into a report.
 *
 * <p>Example: {@code Gemeente Duiven (2024). Cofinanciering Blijfwijk. Raadsvoorstel 2024-17, 12
 * maart 2024. "… de wijkaanpak …" https://portal.example/app/item.xhtml?id=…}
 */
public final class Citation {

  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  private Citation() {}

  /**
   * @param link the absolute address of the item (its published snapshot, or the workspace copy)
   */
  public static String of(SearchResult.Hit hit, String link) {
    StringBuilder b = new StringBuilder();
    if (hit.gemeente() != null) {
      b.append("Gemeente ").append(hit.gemeente()).append(' ');
    }
    LocalDate date = hit.date();
    b.append('(').append(date == null ? "z.d." : String.valueOf(date.getYear())).append("). ");
    b.append(sentence(hit.title()));
    String type = hit.typeLabel() == null ? "" : hit.typeLabel();
    String number = hit.number() == null ? "" : hit.number();
    if (!type.isEmpty() || !number.isEmpty()) {
      b.append(' ').append((type + " " + number).strip());
      b.append(date == null ? ". " : ", " + DUTCH_DATE.format(date) + ". ");
    } else if (date != null) {
      b.append(' ').append(DUTCH_DATE.format(date)).append(". ");
    } else {
      b.append(' ');
    }
    if (hit.passage() != null && !hit.passage().isBlank()) {
      b.append("\u201C").append(hit.passage().strip()).append("\u201D ");
    }
    b.append(link);
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  private static String sentence(String text) {
    String t = text == null ? "" : text.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }
}
