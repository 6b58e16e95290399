package nl.leerkring.portal.cofinancing.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;

/** An export ready to download: its bytes, media type and file name. */
public record Export(String fileName, String mediaType, byte[] content) {

  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The formats the ledger and roll-up exports offer. */
  public enum Format {
    XLSX,
    CSV;

    public static Format parse(String text) {
      if (text == null || text.isBlank()) {
        return XLSX;
      }
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw PortalException.invalidField(
            "format", CommonCode.NOT_ONE_OF, text, java.util.List.of("xlsx", "csv"));
      }
    }
  }

  public static Export xlsx(String name, byte[] content) {
    return new Export(name + ".xlsx", XLSX_TYPE, content);
  }

  public static Export csv(String name, String content) {
    return new Export(
        name + ".csv", "text/csv; charset=UTF-8", content.getBytes(StandardCharsets.UTF_8));
  }
}
