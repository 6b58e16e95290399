package nl.leerkring.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The page language: Dutch unless the browser prefers English, or the person chose with {@code
 * ?lang=}.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private Locale chosen;

  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String asked = faces.getExternalContext().getRequestParameterMap().get("lang");
    if ("nl".equals(asked) || "en".equals(asked)) {
      chosen = Locale.forLanguageTag(asked);
    }
    if (chosen != null) {
      return chosen;
    }
    // Without an Accept-Language header the servlet container reports the JVM's default locale,
    // which may be English; the portal's default is Dutch.
    String header = faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
    if (header == null || header.isBlank()) {
      return DUTCH;
    }
    Locale preferred = faces.getExternalContext().getRequestLocale();
    return preferred != null && "en".equals(preferred.getLanguage()) ? Locale.ENGLISH : DUTCH;
  }

  public String getCode() {
    return getLocale().getLanguage();
  }
}
