package nl.leerkring.portal.programmes;

import java.util.Locale;

/** The phases of a plan van aanpak (DOMAIN.md, Deventer's Buurtmakerij). */
public enum Phase {
  ONDERZOEK,
  KWARTIERMAKEN,
  UITVOERING,
  EVALUATIE;

  static Phase parse(String field, String text) {
    return Enums.parse(Phase.class, field, text, ONDERZOEK);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
