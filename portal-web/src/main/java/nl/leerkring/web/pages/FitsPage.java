package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.Ranking;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.web.security.CurrentViewer;

/**
 * "Welke methode past?" as a plain GET page: the situation comes from the address, so an answer can
 * be bookmarked and shared. The ranking and its reasons are the koffer's; {@link ReasonTexts} words
 * the reason codes and their arguments in the page language.
 */
@Named
@RequestScoped
public class FitsPage {

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  /** A ranked method as the page shows it. */
  public record Fit(
      int rank, String methodId, String name, String scoreText, List<String> reasons) {}

  private boolean loaded;
  private boolean asked;
  private String wijktype;
  private List<String> vraagstukken = List.of();
  private String themes;
  private String hours;
  private String people;
  private String budget;
  private List<Vocabularies.Term> terms = List.of();
  private List<Fit> fits = List.of();

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    Map<String, String[]> multi = faces.getExternalContext().getRequestParameterValuesMap();
    Messages.attempt(faces, () -> terms = vocabularies.visible(current.signedIn()));
    asked = params.containsKey("ask");
    wijktype = Inputs.trimmed(params.get("wijktype"));
    String[] chosen = multi.get("vraagstuk");
    vraagstukken =
        chosen == null
            ? List.of()
            : Arrays.stream(chosen).map(Inputs::trimmed).filter(v -> v != null).toList();
    themes = Inputs.trimmed(params.get("themes"));
    hours = Inputs.trimmed(params.get("hours"));
    people = Inputs.trimmed(params.get("people"));
    budget = Inputs.trimmed(params.get("budget"));
    if (!asked) {
      return;
    }
    BigDecimal h = errors.decimal("fit-hours", hours, "fits.hoursPerWeek");
    Integer n = errors.integer("fit-people", people, "fits.people");
    BigDecimal b = errors.amountValue("fit-budget", budget, "fits.budget");
    if (errors.isAny()) {
      return;
    }
    ReasonTexts words =
        new ReasonTexts(
            faces.getApplication().getResourceBundle(faces, "msg"), language.getLocale(), terms);
    Messages.attempt(
        faces,
        () -> {
          Ranking.Capacity capacity =
              h == null && n == null && b == null
                  ? null
                  : new Ranking.Capacity(
                      h == null ? null : Hours.of(h), n, b == null ? null : Money.of(b));
          Ranking.Situation situation =
              new Ranking.Situation(wijktype, vraagstukken, Inputs.commaList(themes), capacity);
          List<Ranking.Recommendation> ranked = koffer.recommend(current.signedIn(), situation);
          List<Fit> out = new ArrayList<>();
          int rank = 1;
          for (Ranking.Recommendation r : ranked) {
            out.add(
                new Fit(
                    rank++,
                    r.methodId(),
                    r.name(),
                    words.number(r.score(), false),
                    r.reasons().stream().map(words::line).toList()));
          }
          fits = out;
        });
  }

  private List<Vocabularies.Term> wijktypes() {
    return terms.stream().filter(t -> t.kind().equals(Vocabularies.WIJKTYPE)).toList();
  }

  private List<Vocabularies.Term> vraagstukTerms() {
    return terms.stream().filter(t -> t.kind().equals(Vocabularies.VRAAGSTUK)).toList();
  }

  // --- for the page ---

  public boolean isAsked() {
    load();
    return asked;
  }

  public List<Fit> getFits() {
    load();
    return fits;
  }

  public String getCountText() {
    return Formats.format(faces, language.getLocale(), "fits.count", getFits().size());
  }

  public List<Vocabularies.Term> getWijktypes() {
    load();
    return wijktypes();
  }

  public List<Vocabularies.Term> getVraagstukTerms() {
    load();
    return vraagstukTerms();
  }

  public boolean chosen(String vraagstuk) {
    load();
    return vraagstukken.contains(vraagstuk);
  }

  public String getWijktype() {
    load();
    return wijktype;
  }

  public String getThemes() {
    load();
    return themes;
  }

  public String getHours() {
    load();
    return hours;
  }

  public String getPeople() {
    load();
    return people;
  }

  public String getBudget() {
    load();
    return budget;
  }
}
