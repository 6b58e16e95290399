package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.KofferFilter;
import nl.leerkring.portal.koffer.Views.KofferEntry;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's koffer as a plain GET page: the published method cards with filters (theme, wijk type,
 * vraagstuk, evidence level) and order from the address. Without a circle, the first circle the
 * person takes part in.
 */
@Named
@RequestScoped
public class KofferPage {

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
    circle = Inputs.trimmed(params.get("circle"));
    theme = Inputs.trimmed(params.get("theme"));
    wijktype = Inputs.trimmed(params.get("wijktype"));
    vraagstuk = Inputs.trimmed(params.get("vraagstuk"));
    evidence = Inputs.trimmed(params.get("evidence"));
    sort = Inputs.trimmed(params.get("sort"));
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
    return Formats.circleName(current, circle);
  }

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  public List<KofferEntry> getEntries() {
    load();
    return entries;
  }

  public String getCountText() {
    return Formats.format(faces, language.getLocale(), "koffer.count", getEntries().size());
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
    return Formats.evidenceSlugs();
  }

  public String evidenceLabel(String slug) {
    return Formats.evidenceText(faces, slug);
  }

  public String usesText(KofferEntry e) {
    return Formats.format(faces, language.getLocale(), "koffer.usesText", e.uses(), e.gemeenten());
  }

  public String ratingText(BigDecimal average) {
    return Formats.rating(faces, language.getLocale(), average);
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
}
