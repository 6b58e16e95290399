package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.leerkring.portal.koffer.EvidenceLevel;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.KofferFilter;
import nl.leerkring.portal.koffer.Views.KofferEntry;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's koffer as a plain GET page: the published method cards with filters (theme, wijk type,
 * vraagstuk, evidence level) and order from the address. Without a circle, the first circle the
 * person takes part in. The static helpers are shared by the other koffer pages.
 */
@Named
@RequestScoped
public class KofferPage {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  private boolean loaded;
  private String circle;
  private String theme;
  private String wijktype;
  private String vraagstuk;
  private String evidence;
  private String sort;
  private List<KofferEntry> entries = List.of();
  private List<Vocabularies.Term> terms = List.of();

  /** Reads the address and asks the koffer once, before rendering (so messages show on top). */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    circle = trimmed(params.get("circle"));
    theme = trimmed(params.get("theme"));
    wijktype = trimmed(params.get("wijktype"));
    vraagstuk = trimmed(params.get("vraagstuk"));
    evidence = trimmed(params.get("evidence"));
    sort = trimmed(params.get("sort"));
    if (circle == null) {
      circle = getCircles().stream().findFirst().map(CircleGrant::slug).orElse(null);
    }
    if (circle == null) {
      return;
    }
    Messages.attempt(faces, () -> terms = vocabularies.ofCircle(current.signedIn(), circle));
    Messages.attempt(
        faces,
        () ->
            entries =
                koffer.browse(
                    current.signedIn(),
                    circle,
                    new KofferFilter(theme, wijktype, vraagstuk, evidence, sort)));
  }

  /** The circles the person takes part in, each once. */
  public List<CircleGrant> getCircles() {
    Map<String, CircleGrant> bySlug = new LinkedHashMap<>();
    current.get().circles().forEach(g -> bySlug.putIfAbsent(g.slug(), g));
    return List.copyOf(bySlug.values());
  }

  /** The other circles, to switch to their koffer. */
  public List<CircleGrant> getOtherCircles() {
    load();
    return getCircles().stream().filter(g -> !g.slug().equals(circle)).toList();
  }

  public String getCircleName() {
    load();
    return circleName(current, circle);
  }

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  public List<KofferEntry> getEntries() {
    load();
    return entries;
  }

  public String getCountText() {
    return format(faces, language.getLocale(), "koffer.count", getEntries().size());
  }

  public List<Vocabularies.Term> getWijktypes() {
    load();
    return terms.stream().filter(t -> t.kind().equals(Vocabularies.WIJKTYPE)).toList();
  }

  public List<Vocabularies.Term> getVraagstukken() {
    load();
    return terms.stream().filter(t -> t.kind().equals(Vocabularies.VRAAGSTUK)).toList();
  }

  public List<String> getEvidenceLevels() {
    return evidenceSlugs();
  }

  public String evidenceLabel(String slug) {
    return evidenceText(faces, slug);
  }

  public String usesText(KofferEntry e) {
    return format(faces, language.getLocale(), "koffer.usesText", e.uses(), e.gemeenten());
  }

  public String ratingText(BigDecimal average) {
    return KofferPage.rating(faces, language.getLocale(), average);
  }

  /** Words comma separated (EL's String.join picks the varargs overload for a list). */
  public String joined(List<String> words) {
    return Texts.joinWords(words);
  }

  /** The labels of vocabulary codes, comma separated. */
  public String wijktypeLabels(List<String> codes) {
    return Formats.labels(codes, getWijktypes());
  }

  public String vraagstukLabels(List<String> codes) {
    return Formats.labels(codes, getVraagstukken());
  }

  // --- what was asked, for the form ---

  public String getCircle() {
    load();
    return circle;
  }

  public String getTheme() {
    load();
    return theme;
  }

  public String getWijktype() {
    load();
    return wijktype;
  }

  public String getVraagstuk() {
    load();
    return vraagstuk;
  }

  public String getEvidence() {
    load();
    return evidence;
  }

  public String getSort() {
    load();
    return sort == null ? "uses" : sort;
  }

  // --- shared by the koffer pages ---

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static List<String> evidenceSlugs() {
    List<String> out = new ArrayList<>();
    for (EvidenceLevel l : EvidenceLevel.values()) {
      out.add(l.slug());
    }
    return out;
  }

  /** An evidence level in the page language, from its slug (or its Dutch label). */
  static String evidenceText(FacesContext faces, String slugOrLabel) {
    if (slugOrLabel == null || slugOrLabel.isBlank()) {
      return "";
    }
    for (EvidenceLevel l : EvidenceLevel.values()) {
      if (l.slug().equalsIgnoreCase(slugOrLabel) || l.label().equalsIgnoreCase(slugOrLabel)) {
        return Messages.text(faces, "koffer.evidence." + l.slug());
      }
    }
    return slugOrLabel;
  }

  static String circleName(CurrentViewer current, String slug) {
    if (slug == null) {
      return "";
    }
    return current.get().circles().stream()
        .filter(g -> g.slug().equals(slug))
        .map(CircleGrant::name)
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(slug);
  }

  static String format(FacesContext faces, Locale locale, String key, Object... args) {
    return new MessageFormat(Messages.text(faces, key), locale).format(args);
  }

  /** A message if the bundle has it, else {@code fallback}. */
  static String textOr(FacesContext faces, String key, String fallback) {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return msg.containsKey(key) ? msg.getString(key) : fallback;
  }

  static String rating(FacesContext faces, Locale locale, BigDecimal average) {
    if (average == null) {
      return Messages.text(faces, "koffer.noRating");
    }
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    n.setMinimumFractionDigits(1);
    n.setMaximumFractionDigits(1);
    return format(faces, locale, "koffer.ratingValue", n.format(average));
  }

  static String dateTime(Locale locale, Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(ZONE)
        .format(at);
  }

  static String date(Locale locale, LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }
}
