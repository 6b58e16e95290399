package nl.leerkring.portal.publishing;

import java.util.Locale;
import nl.leerkring.portal.PortalException;

/**
 * How a coordinator narrows a moderation list; every part optional.
 *
 * @param kind what is published: {@code document}, {@code method}, {@code use}
 * @param text words in the title, the gemeente's name or (for reports) the reason
 * @param state for reports: {@code open} (the default), {@code handled} or {@code all}
 */
public record ModerationFilter(String kind, String text, String state) {

  public static final String OPEN = "open";
  public static final String HANDLED = "handled";
  public static final String ALL = "all";

  public ModerationFilter {
    kind = CatalogFilter.blankToNull(kind);
    text = CatalogFilter.blankToNull(text);
    state =
        CatalogFilter.blankToNull(state) == null ? OPEN : state.strip().toLowerCase(Locale.ROOT);
    if (!state.equals(OPEN) && !state.equals(HANDLED) && !state.equals(ALL)) {
      throw PortalException.invalidField("state", PublicationCode.STATE_UNKNOWN, state);
    }
  }

  public static ModerationFilter none() {
    return new ModerationFilter(null, null, null);
  }

  public boolean matches(PublicationView p) {
    return (kind == null || kind.equalsIgnoreCase(p.kind()))
        && (text == null
            || CatalogFilter.contains(p.title(), text)
            || CatalogFilter.contains(p.ownerName(), text));
  }

  /** Whether a report passes: its state, its item's kind and words in its title or reason. */
  public boolean matches(ReportView r) {
    boolean inState = state.equals(ALL) || (state.equals(HANDLED) == (r.handledAt() != null));
    return inState
        && (kind == null || kind.equalsIgnoreCase(r.kind()))
        && (text == null
            || CatalogFilter.contains(r.title(), text)
            || CatalogFilter.contains(r.reason(), text));
  }
}
