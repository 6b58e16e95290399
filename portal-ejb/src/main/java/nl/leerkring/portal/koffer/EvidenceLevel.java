package nl.leerkring.portal.koffer;

import java.util.Arrays;
import java.util.Locale;
import nl.leerkring.portal.PortalException;

/**
 * How well a method's effect is known, after the Dutch databases of social interventions: from
 * practice experience up to proven effective. Every level above practice experience needs a source.
 */
public enum EvidenceLevel {
  /** Praktijkervaring: it worked for those who tried it. */
  PRAKTIJK("praktijk", "Praktijkervaring"),
  /** Goed beschreven: described well enough to be repeated. */
  GOED_BESCHREVEN("goed-beschreven", "Goed beschreven"),
  /** Goed onderbouwd: the working elements are backed by theory or research. */
  GOED_ONDERBOUWD("goed-onderbouwd", "Goed onderbouwd"),
  /** Effectief: effect shown in evaluation research. */
  EFFECTIEF("effectief", "Effectief");

  private final String slug;
  private final String label;

  EvidenceLevel(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  /** Whether a card at this level must name its source. */
  public boolean needsSource() {
    return this != PRAKTIJK;
  }

  public static EvidenceLevel parse(String value) {
    if (value == null || value.isBlank()) {
      throw PortalException.invalidField("evidence", KofferCode.REQUIRED);
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(l -> l.slug.equals(v) || l.name().equalsIgnoreCase(v))
        .findFirst()
        .orElseThrow(
            () -> PortalException.invalidField("evidence", KofferCode.EVIDENCE_UNKNOWN, value));
  }
}
