package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.Ranking;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.web.security.CurrentViewer;

/**
 * "Welke methode past?" as a plain GET page: the situation comes from the address, so an answer can
 * be bookmarked and shared. The ranking and its reasons are the koffer's; this bean translates the
 * reason codes and formats the points.
 */
@Named
@RequestScoped
public class FitsPage {

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  /** A ranked method as the page shows it. */
  public record Fit(
      int rank, String methodId, String name, String scoreText, List<String> reasons) {}

  private static final Pattern SIMILAR =
      Pattern.compile("(\\d+) other gemeenten?, (\\d+) uses? in (.+)");
  private static final Pattern OUTCOMES =
      Pattern.compile("average rating ([\\d.]+) of 5 over (\\d+) rated uses?");
  private static final Pattern ELSEWHERE =
      Pattern.compile("(\\d+) other gemeenten?(?:, in other wijk types than (.+))?");
  private static final Pattern HOURS =
      Pattern.compile("needs ([\\d.]+) h/week, ([\\d.]+) available");
  private static final Pattern PEOPLE =
      Pattern.compile("needs (\\d+) (?:person|people), (\\d+) available");
  private static final Pattern BUDGET =
      Pattern.compile("needs a budget of €([\\d.]+), €([\\d.]+) available");

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
    wijktype = KofferPage.trimmed(params.get("wijktype"));
    String[] chosen = multi.get("vraagstuk");
    vraagstukken =
        chosen == null
            ? List.of()
            : Arrays.stream(chosen).map(KofferPage::trimmed).filter(v -> v != null).toList();
    themes = KofferPage.trimmed(params.get("themes"));
    hours = KofferPage.trimmed(params.get("hours"));
    people = KofferPage.trimmed(params.get("people"));
    budget = KofferPage.trimmed(params.get("budget"));
    if (!asked) {
      return;
    }
    BigDecimal h;
    Integer n;
    BigDecimal b;
    try {
      h = decimal(hours, "fits.hoursPerWeek");
      n = integer(people, "fits.people");
      b = decimal(budget, "fits.budget");
    } catch (NumberFormatException e) {
      return;
    }
    Ranking.Capacity capacity =
        h == null && n == null && b == null ? null : new Ranking.Capacity(h, n, b);
    Ranking.Situation situation =
        new Ranking.Situation(wijktype, vraagstukken, MethodEditPage.commaList(themes), capacity);
    Messages.attempt(
        faces,
        () -> {
          List<Ranking.Recommendation> ranked = koffer.recommend(current.signedIn(), situation);
          List<Fit> out = new ArrayList<>();
          int rank = 1;
          for (Ranking.Recommendation r : ranked) {
            out.add(
                new Fit(
                    rank++,
                    r.methodId(),
                    r.name(),
                    number(r.score(), false),
                    r.reasons().stream().map(this::reason).toList()));
          }
          fits = out;
        });
  }

  /** "+3 — wijktype: Vergrijsde krimpwijk". */
  private String reason(Ranking.Reason r) {
    String label = KofferPage.textOr(faces, "fits.reason." + r.code(), r.code());
    String detail =
        switch (r.code()) {
          case "wijktype" -> KofferPage.labels(List.of(r.detail()), wijktypes());
          case "vraagstuk" ->
              KofferPage.labels(MethodEditPage.commaList(r.detail()), vraagstukTerms());
          case "evidence" -> KofferPage.evidenceText(faces, r.detail());
          default -> detail(r.code(), r.detail());
        };
    return number(r.points(), true)
        + " — "
        + label
        + (detail == null || detail.isBlank() ? "" : ": " + detail);
  }

  /**
   * The ranking explains uses, outcomes and capacity in English prose ({@link
   * nl.leerkring.portal.koffer.MethodRanking}); the values are read back from it so the page can
   * say it in its own language. A detail in another shape is shown as it is.
   */
  private String detail(String code, String raw) {
    if (raw == null) {
      return null;
    }
    Locale locale = language.getLocale();
    Matcher m;
    switch (code) {
      case "used-in-similar-wijken" -> {
        m = SIMILAR.matcher(raw);
        if (m.matches()) {
          return KofferPage.format(
              faces,
              locale,
              "fits.detail.used-in-similar-wijken",
              Integer.valueOf(m.group(1)),
              Integer.valueOf(m.group(2)),
              KofferPage.labels(List.of(m.group(3)), wijktypes()));
        }
      }
      case "outcomes" -> {
        m = OUTCOMES.matcher(raw);
        if (m.matches()) {
          return KofferPage.format(
              faces,
              locale,
              "fits.detail.outcomes",
              number(new BigDecimal(m.group(1)), false),
              Integer.valueOf(m.group(2)));
        }
      }
      case "used-elsewhere" -> {
        m = ELSEWHERE.matcher(raw);
        if (m.matches()) {
          return m.group(2) == null
              ? KofferPage.format(
                  faces, locale, "fits.detail.used-elsewhere", Integer.valueOf(m.group(1)))
              : KofferPage.format(
                  faces,
                  locale,
                  "fits.detail.used-elsewhere.other",
                  Integer.valueOf(m.group(1)),
                  KofferPage.labels(List.of(m.group(2)), wijktypes()));
        }
      }
      case "too-many-hours" -> {
        m = HOURS.matcher(raw);
        if (m.matches()) {
          return KofferPage.format(
              faces,
              locale,
              "fits.detail.too-many-hours",
              number(new BigDecimal(m.group(1)), false),
              number(new BigDecimal(m.group(2)), false));
        }
      }
      case "too-many-people" -> {
        m = PEOPLE.matcher(raw);
        if (m.matches()) {
          return KofferPage.format(
              faces,
              locale,
              "fits.detail.too-many-people",
              Integer.valueOf(m.group(1)),
              Integer.valueOf(m.group(2)));
        }
      }
      case "over-budget" -> {
        m = BUDGET.matcher(raw);
        if (m.matches()) {
          NumberFormat euro = NumberFormat.getCurrencyInstance(locale);
          euro.setCurrency(Currency.getInstance("EUR"));
          return KofferPage.format(
              faces,
              locale,
              "fits.detail.over-budget",
              euro.format(new BigDecimal(m.group(1))),
              euro.format(new BigDecimal(m.group(2))));
        }
      }
      default -> {
        // shown as it is
      }
    }
    return raw;
  }

  private String number(BigDecimal value, boolean signed) {
    NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
    f.setMaximumFractionDigits(2);
    f.setMinimumFractionDigits(0);
    String text = f.format(value.abs());
    if (value.signum() < 0) {
      return "−" + text;
    }
    return signed ? "+" + text : text;
  }

  private BigDecimal decimal(String text, String labelKey) {
    if (text == null) {
      return null;
    }
    String t = text.replace(" ", "").replace("€", "");
    if (t.contains(",") && t.contains(".")) {
      t = t.replace(".", "");
    }
    try {
      return new BigDecimal(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      badNumber(labelKey);
      throw e;
    }
  }

  private Integer integer(String text, String labelKey) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      badNumber(labelKey);
      throw e;
    }
  }

  private void badNumber(String labelKey) {
    faces.addMessage(
        null,
        new jakarta.faces.application.FacesMessage(
            jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
            KofferPage.format(
                faces,
                language.getLocale(),
                "methodEdit.badNumber",
                Messages.text(faces, labelKey).toLowerCase(language.getLocale())),
            null));
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
    return KofferPage.format(faces, language.getLocale(), "fits.count", getFits().size());
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
