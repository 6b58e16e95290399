package nl.leerkring.portal.documents;

import java.util.Locale;
import nl.leerkring.portal.PortalException;

/** The kinds of case document gemeenten share. */
public enum DocumentType {
  NOTA_BW("nota-bw", "Nota B&W"),
  RAADSMEDEDELING("raadsmededeling", "Raadsmededeling"),
  EVALUATIE("evaluatie", "Evaluatie"),
  VOORTGANGSRAPPORTAGE("voortgangsrapportage", "Voortgangsrapportage"),
  PLAN_VAN_AANPAK("plan-van-aanpak", "Plan van aanpak"),
  INTERVIEW("interview", "Interview"),
  OVERIG("overig", "Overig");

  private final String slug;
  private final String label;

  DocumentType(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  /** The name in URLs and JSON, e.g. {@code nota-bw}. */
  public String slug() {
    return slug;
  }

  /** The Dutch name people read. */
  public String label() {
    return label;
  }

  /**
   * Accepts {@code nota-bw}, {@code NOTA_BW} and {@code nota_bw}; anything else is {@code INVALID}.
   */
  public static DocumentType parse(String text) {
    if (text == null || text.isBlank()) {
      throw PortalException.invalidField("type", DocumentCode.TYPE_REQUIRED);
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (DocumentType t : values()) {
      if (t.slug.equals(wanted)) {
        return t;
      }
    }
    throw PortalException.invalidField("type", DocumentCode.TYPE_UNKNOWN, text);
  }
}
