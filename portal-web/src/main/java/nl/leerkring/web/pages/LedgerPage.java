package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.LedgerView.CheckView;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.portal.ledger.Money;
import nl.leerkring.portal.ledger.RoundingPolicy;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A programme's cofinancing ledger: totals, funding sources, contributions, budget versions and the
 * current version's lines, each with the checks that concern it beside it (the programme-wide ones
 * at the top), a chart of planned and actual costs per calendar year, and the exports.
 *
 * <p>Amounts are typed in Dutch notation and read with the ledger core's {@link Money#parseDutch}
 * before anything is sent; a wrong one (three decimals, say) is shown beside its form and nothing
 * is saved. Warnings the boundary finds are saved and shown; what the ledger cannot hold is refused
 * by the boundary with a message, also beside the form. Sources, contributions and lines are edited
 * through {@code ?editSource=}, {@code ?editContribution=} and {@code ?editLine=}, with the version
 * they were read at in a hidden field.
 */
@Named
@RequestScoped
public class LedgerPage {

  static final List<String> SOURCE_KINDS =
      List.of("regiodeal", "spuk", "provincial", "other_subsidy", "own_budget");
  static final List<String> SOURCE_STATUSES =
      List.of("applied", "awarded", "established", "reclaimed");
  static final List<String> CATEGORIES =
      List.of("own_staff", "partner_staff", "external_services", "materials", "other");
  static final List<String> CONTRIBUTION_FORMS = List.of("in_kind", "cash");
  static final List<String> VERSION_KINDS = List.of("original", "revised");

  /** Checks whose numbers are percentages; the others compare amounts. */
  private static final Set<String> PERCENT_CHECKS =
      Set.of("SHARES_NOT_100", "OWN_SHARE_BELOW_MINIMUM");

  /** "code amount" or "code: amount", one per line. */
  private static final Pattern PAIR = Pattern.compile("^\\s*([^\\s:=]+)\\s*[:=]?\\s*(.*?)\\s*$");

  private static final int PERIOD_ROWS = 4;

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject Language language;

  @Inject FacesContext faces;

  private String id;
  private LedgerView view;
  private boolean loaded;
  private boolean initialized;
  private final Map<String, String> formErrors = new HashMap<>();
  private List<PeriodRow> periods;
  private Charts.Chart chart;
  private List<YearFigures> years;

  // a funding source
  private String sourceVersion;
  private String sourceName;
  private String grantor;
  private String kind = "regiodeal";
  private String decisionNumber;
  private String decisionDate;
  private String awarded;
  private String eligibleFrom;
  private String eligibleUntil;
  private String sourceStatus = "applied";
  private String rate;
  private boolean inKindAllowed;
  private String minimumOwnShare;
  private String statedAward;
  private String statedAwardWhere;
  private String yearlyAmounts;
  private String allocations;

  // a contribution
  private String contributionVersion;
  private String partner;
  private String contributionForm = "in_kind";
  private String cash;
  private String hours;
  private String hourlyRate;
  private String rateValidFrom;
  private boolean alreadyBudgeted;
  private String contributionLine;

  // a budget version
  private String versionKind;
  private String validFrom;
  private String validUntil;
  private String versionNote;

  // a line of the current version
  private String lineVersion;
  private String lineCode;
  private String lineCategory = "other";
  private String lineDescription;
  private String lineStatedTotal;
  private String lineStatedWhere;

  /** One period of a line as its form row holds it (the strings as typed). */
  public static class PeriodRow {
    private String label;
    private String start;
    private String end;
    private String planned;
    private String actual;
    private String forecast;

    boolean isBlank() {
      return KofferPage.trimmed(label) == null
          && KofferPage.trimmed(start) == null
          && KofferPage.trimmed(end) == null
          && KofferPage.trimmed(planned) == null
          && KofferPage.trimmed(actual) == null
          && KofferPage.trimmed(forecast) == null;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }

    public String getPlanned() {
      return planned;
    }

    public void setPlanned(String planned) {
      this.planned = planned;
    }

    public String getActual() {
      return actual;
    }

    public void setActual(String actual) {
      this.actual = actual;
    }

    public String getForecast() {
      return forecast;
    }

    public void setForecast(String forecast) {
      this.forecast = forecast;
    }
  }

  /** Planned and actual costs of the current budget in one calendar year (plain decimals). */
  public record YearFigures(int year, String planned, String actual) {}

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /**
   * Before rendering: loads the ledger (a boundary's message shows at the top), says what was
   * saved, and fills the edit forms with the entry being edited unless that form was just posted.
   */
  public void init() {
    if (initialized) {
      return;
    }
    initialized = true;
    if (getView() == null) {
      return;
    }
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    if (!params.containsKey("source-form") && getEditedSource() != null) {
      fill(getEditedSource());
    }
    if (!params.containsKey("contribution-form") && getEditedContribution() != null) {
      fill(getEditedContribution());
    }
    if (!params.containsKey("line-form") && getEditedLine() != null) {
      fill(getEditedLine());
    }
    if (versionKind == null) {
      versionKind = getView().ledger().versions().isEmpty() ? "original" : "revised";
    }
    if (!faces.isPostback()) {
      String saved = params.get("saved");
      if (saved != null && saved.matches("[a-z]{1,20}")) {
        Messages.info(faces, "ledger.saved." + saved);
      }
    }
  }

  private void fill(LedgerData.Source s) {
    sourceVersion = s.version() == null ? null : String.valueOf(s.version());
    sourceName = s.name();
    grantor = s.grantor();
    kind = s.kind();
    decisionNumber = s.decisionNumber();
    decisionDate = s.decisionDate() == null ? null : s.decisionDate().toString();
    awarded = Texts.dutchAmount(s.awarded());
    eligibleFrom = s.eligibleFrom() == null ? null : s.eligibleFrom().toString();
    eligibleUntil = s.eligibleUntil() == null ? null : s.eligibleUntil().toString();
    sourceStatus = s.status();
    rate = Texts.dutchNumber(s.rate());
    inKindAllowed = Boolean.TRUE.equals(s.inKindAllowed());
    minimumOwnShare = Texts.dutchNumber(s.minimumOwnShare());
    statedAward = Texts.dutchAmount(s.statedAward());
    statedAwardWhere = s.statedWhere();
    StringBuilder y = new StringBuilder();
    for (LedgerData.YearAmount a : nullSafe(s.yearlyAmounts())) {
      y.append(a.year()).append(' ').append(Texts.dutchAmount(a.amount())).append('\n');
    }
    yearlyAmounts = y.toString().strip();
    StringBuilder al = new StringBuilder();
    for (LedgerData.Allocation a : nullSafe(s.allocations())) {
      al.append(a.line()).append(' ').append(Texts.dutchAmount(a.amount())).append('\n');
    }
    allocations = al.toString().strip();
  }

  private void fill(LedgerData.Contribution c) {
    contributionVersion = c.version() == null ? null : String.valueOf(c.version());
    partner = c.partner();
    contributionForm = c.form();
    cash = Texts.dutchAmount(c.cash());
    hours = Texts.dutchNumber(c.hours());
    hourlyRate = Texts.dutchAmount(c.hourlyRate());
    rateValidFrom = c.rateValidFrom() == null ? null : c.rateValidFrom().toString();
    alreadyBudgeted = Boolean.TRUE.equals(c.alreadyBudgeted());
    contributionLine = c.line();
  }

  private void fill(LedgerData.Line l) {
    lineVersion = l.version() == null ? null : String.valueOf(l.version());
    lineCode = l.code();
    lineCategory = l.category();
    lineDescription = l.description();
    lineStatedTotal = Texts.dutchAmount(l.statedTotal());
    lineStatedWhere = l.statedWhere();
  }

  public LedgerView getView() {
    if (!loaded) {
      loaded = true;
      if (getId() != null && isInTenant()) {
        Messages.attempt(faces, () -> view = ledgers.view(current.signedIn(), getId()));
      }
    }
    return view;
  }

  public LedgerData getLedger() {
    return getView() == null ? null : getView().ledger();
  }

  /** The budget version that counts, or null before the first one. */
  public LedgerData.Version getCurrentVersion() {
    LedgerData l = getLedger();
    if (l == null) {
      return null;
    }
    return l.versions().stream()
        .filter(v -> Boolean.TRUE.equals(v.current()))
        .findFirst()
        .orElse(null);
  }

  public List<LedgerData.Line> getLines() {
    LedgerData.Version v = getCurrentVersion();
    return v == null ? List.of() : nullSafe(v.lines());
  }

  // --- checks beside what they are about ---

  /**
   * A check as the page shows it: the severity in words (never colour alone), what it is about in
   * the page language, both numbers and the difference in Dutch notation, and the boundary's own
   * explanation (in English, as the boundary words it).
   */
  public record CheckLine(
      String code,
      String css,
      String severity,
      String title,
      String about,
      String figures,
      String message) {}

  public List<CheckLine> checksFor(String subject) {
    if (getView() == null || subject == null) {
      return List.of();
    }
    return getView().checks().stream()
        .filter(c -> subject.equals(c.subject()))
        .map(c -> line(c, null))
        .toList();
  }

  /** Checks about a budget period (a period that crosses calendar years, for one). */
  public List<CheckLine> getPeriodChecks() {
    if (getView() == null) {
      return List.of();
    }
    Set<String> labels = periodLabels();
    Set<String> rows = rowSubjects();
    return getView().checks().stream()
        .filter(c -> c.subject() != null && labels.contains(c.subject()))
        .filter(c -> !rows.contains(c.subject()))
        .map(c -> line(c, c.subject()))
        .toList();
  }

  /** Checks about the programme as a whole, and any whose subject has no row on this page. */
  public List<CheckLine> getGeneralChecks() {
    if (getView() == null) {
      return List.of();
    }
    Set<String> known = rowSubjects();
    known.addAll(periodLabels());
    return getView().checks().stream()
        .filter(c -> c.subject() == null || !known.contains(c.subject()))
        .map(c -> line(c, c.subject()))
        .toList();
  }

  public int getWarningCount() {
    return getView() == null
        ? 0
        : (int) getView().checks().stream().filter(c -> !"INFO".equals(c.severity())).count();
  }

  /** "No warnings" or how many warnings and errors there are, for the top of the page. */
  public String getChecksCountText() {
    int count = getWarningCount();
    return count == 0
        ? text("ledger.checks.none")
        : KofferPage.format(faces, language.getLocale(), "ledger.checks.some", count);
  }

  private Set<String> rowSubjects() {
    Set<String> subjects = new HashSet<>();
    LedgerData l = getLedger();
    if (l != null) {
      l.sources().forEach(s -> subjects.add(s.id()));
      l.contributions().forEach(c -> subjects.add(c.id()));
      getLines().forEach(line -> subjects.add(line.code()));
    }
    return subjects;
  }

  private Set<String> periodLabels() {
    Set<String> labels = new HashSet<>();
    for (LedgerData.Line line : getLines()) {
      for (LedgerData.Amount a : nullSafe(line.amounts())) {
        labels.add(periodLabel(a));
      }
    }
    return labels;
  }

  /** A check for the page; {@code about} names its subject where no row shows it. */
  private CheckLine line(CheckView c, String about) {
    String code = c.code();
    List<String> figures = new ArrayList<>();
    if (c.expected() != null) {
      figures.add(
          KofferPage.textOr(faces, "check." + code + ".expected", text("check.expected"))
              + " "
              + figure(c, c.expected()));
    }
    if (c.actual() != null) {
      figures.add(
          KofferPage.textOr(faces, "check." + code + ".actual", text("check.actual"))
              + " "
              + figure(c, c.actual()));
    }
    if (c.difference() != null) {
      figures.add(
          KofferPage.textOr(faces, "check." + code + ".difference", text("check.difference"))
              + " "
              + figure(c, c.difference()));
    }
    return new CheckLine(
        code,
        c.severity() == null ? "info" : c.severity().toLowerCase(Locale.ROOT),
        KofferPage.textOr(faces, "check.severity." + c.severity(), c.severity()),
        KofferPage.textOr(faces, "check." + code, code),
        about,
        String.join(" · ", figures),
        c.message());
  }

  /** A check's number: a percentage for the share checks, an amount for every other. */
  private static String figure(CheckView c, String plain) {
    return PERCENT_CHECKS.contains(c.code()) ? Texts.percentText(plain) : Texts.euroText(plain);
  }

  // --- showing ---

  public String getPeriodText() {
    LedgerData l = getLedger();
    return l == null
        ? ""
        : ProgrammePage.span(language.getLocale(), l.periodStart(), l.periodEnd());
  }

  public String label(String prefix, String value) {
    return ProgrammePage.label(faces, prefix, value);
  }

  public String day(java.time.LocalDate date) {
    return KofferPage.date(language.getLocale(), date);
  }

  public String periodLabel(LedgerData.Amount a) {
    return a.label() != null && !a.label().isBlank()
        ? a.label().strip()
        : a.start() + " – " + a.end();
  }

  /** A line's description by its code, for contributions and allocations. */
  public String lineName(String code) {
    if (code == null) {
      return "";
    }
    return getLines().stream()
        .filter(l -> l.code().equals(code))
        .map(LedgerData.Line::description)
        .findFirst()
        .orElse(code);
  }

  public String getExportXlsxHref() {
    return exportHref("xlsx");
  }

  public String getExportCsvHref() {
    return exportHref("csv");
  }

  private String exportHref(String format) {
    return faces.getExternalContext().getRequestContextPath()
        + "/api/programmes/"
        + getId()
        + "/ledger/export?format="
        + format;
  }

  public String getProgrammeHref() {
    return faces.getExternalContext().getRequestContextPath()
        + "/app/programme.xhtml?id="
        + getId();
  }

  public String editHref(String param, String entry) {
    return faces.getExternalContext().getRequestContextPath()
        + "/app/ledger.xhtml?id="
        + getId()
        + "&"
        + param
        + "="
        + entry;
  }

  public String error(String form) {
    return formErrors.get(form);
  }

  // --- the chart: planned and actual per calendar year ---

  /**
   * The current budget's planned and actual costs per calendar year: each period's amounts split
   * pro rata by days with the ledger's own rounding policy, the way the exports and the roll-up
   * split them.
   */
  public List<YearFigures> getYears() {
    if (years == null) {
      Map<Integer, Money[]> perYear = new TreeMap<>();
      for (LedgerData.Line line : getLines()) {
        for (LedgerData.Amount a : nullSafe(line.amounts())) {
          if (a.start() == null || a.end() == null || a.end().isBefore(a.start())) {
            continue;
          }
          add(perYear, a, a.planned(), 0);
          add(perYear, a, a.actual(), 1);
        }
      }
      years =
          perYear.entrySet().stream()
              .map(
                  e ->
                      new YearFigures(e.getKey(), e.getValue()[0].plain(), e.getValue()[1].plain()))
              .toList();
    }
    return years;
  }

  private static void add(Map<Integer, Money[]> perYear, LedgerData.Amount a, String plain, int i) {
    Money amount = plain == null || plain.isBlank() ? Money.ZERO : Money.parse(plain);
    RoundingPolicy.splitByCalendarYear(amount, a.start(), a.end())
        .forEach(
            (year, part) -> {
              Money[] sums =
                  perYear.computeIfAbsent(year, y -> new Money[] {Money.ZERO, Money.ZERO});
              sums[i] = sums[i].plus(part);
            });
  }

  public Charts.Chart getChart() {
    if (chart == null) {
      List<Charts.Series> series =
          List.of(
              new Charts.Series("portal-chart__planned", Messages.text(faces, "ledger.planned")),
              new Charts.Series("portal-chart__actual", Messages.text(faces, "ledger.actual")));
      List<Charts.Group> groups =
          getYears().stream()
              .map(
                  y ->
                      new Charts.Group(
                          String.valueOf(y.year()),
                          List.of(Charts.value(y.planned()), Charts.value(y.actual()))))
              .toList();
      chart =
          Charts.grouped(
              groups,
              series,
              (group, s, value) ->
                  group.label()
                      + " "
                      + s.label().toLowerCase(language.getLocale())
                      + ": "
                      + Texts.euroText(value.toPlainString()));
    }
    return chart;
  }

  public String getChartSummary() {
    StringBuilder text = new StringBuilder();
    for (YearFigures y : getYears()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(
          KofferPage.format(
              faces,
              language.getLocale(),
              "ledger.chart.year",
              String.valueOf(y.year()),
              Texts.euroText(y.planned()),
              Texts.euroText(y.actual())));
    }
    return text.toString();
  }

  // --- the entries being edited ---

  public String getEditSource() {
    return param("editSource");
  }

  public String getEditContribution() {
    return param("editContribution");
  }

  public String getEditLine() {
    return param("editLine");
  }

  public LedgerData.Source getEditedSource() {
    String entry = getEditSource();
    LedgerData l = getLedger();
    return entry == null || l == null
        ? null
        : l.sources().stream().filter(s -> entry.equals(s.id())).findFirst().orElse(null);
  }

  public LedgerData.Contribution getEditedContribution() {
    String entry = getEditContribution();
    LedgerData l = getLedger();
    return entry == null || l == null
        ? null
        : l.contributions().stream().filter(c -> entry.equals(c.id())).findFirst().orElse(null);
  }

  public LedgerData.Line getEditedLine() {
    String entry = getEditLine();
    return entry == null
        ? null
        : getLines().stream().filter(l -> entry.equals(l.id())).findFirst().orElse(null);
  }

  /**
   * The period rows of the line form: at least four, and one more than the line being edited has.
   * The rows are filled from that line unless the form was just posted (then they hold what was
   * typed), so the number of rows is the same before and after a post.
   */
  public List<PeriodRow> getPeriods() {
    if (periods == null) {
      LedgerData.Line edited = getEditedLine();
      List<LedgerData.Amount> amounts = edited == null ? List.of() : nullSafe(edited.amounts());
      int size = Math.max(PERIOD_ROWS, amounts.size() + 1);
      periods = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        periods.add(new PeriodRow());
      }
      if (!faces.getExternalContext().getRequestParameterMap().containsKey("line-form")) {
        for (int i = 0; i < amounts.size(); i++) {
          LedgerData.Amount a = amounts.get(i);
          PeriodRow row = periods.get(i);
          row.label = a.label();
          row.start = a.start() == null ? null : a.start().toString();
          row.end = a.end() == null ? null : a.end().toString();
          row.planned = Texts.dutchAmount(a.planned());
          row.actual = Texts.dutchAmount(a.actual());
          row.forecast = Texts.dutchAmount(a.forecast());
        }
      }
    }
    return periods;
  }

  // --- actions ---

  public String saveSource() {
    String entry = getEditSource();
    return write(
        "source",
        () -> {
          LedgerData.Source source =
              new LedgerData.Source(
                  null,
                  version(sourceVersion),
                  sourceName,
                  grantor,
                  kind,
                  decisionNumber,
                  Texts.day(text("ledger.source.decisionDate"), decisionDate),
                  Texts.plainAmount(text("ledger.source.awarded"), awarded),
                  Texts.day(text("ledger.source.eligibleFrom"), eligibleFrom),
                  Texts.day(text("ledger.source.eligibleUntil"), eligibleUntil),
                  sourceStatus,
                  Texts.plainPercentage(rate),
                  inKindAllowed,
                  Texts.plainPercentage(minimumOwnShare),
                  Texts.plainAmount(text("ledger.source.statedAward"), statedAward),
                  statedAwardWhere,
                  yearly(yearlyAmounts),
                  allocations(allocations));
          return ledgers.saveSource(current.signedIn(), getId(), entry, source);
        });
  }

  public String saveContribution() {
    String entry = getEditContribution();
    return write(
        "contribution",
        () -> {
          boolean inCash = "cash".equals(contributionForm);
          LedgerData.Contribution contribution =
              new LedgerData.Contribution(
                  null,
                  version(contributionVersion),
                  partner,
                  contributionForm,
                  inCash ? Texts.plainAmount(text("ledger.contribution.cash"), cash) : null,
                  inCash ? null : Texts.plainHours(text("ledger.contribution.hours"), hours),
                  inCash
                      ? null
                      : Texts.plainAmount(text("ledger.contribution.hourlyRate"), hourlyRate),
                  inCash ? null : Texts.day(text("ledger.contribution.validFrom"), rateValidFrom),
                  alreadyBudgeted,
                  KofferPage.trimmed(contributionLine),
                  null);
          return ledgers.saveContribution(current.signedIn(), getId(), entry, contribution);
        });
  }

  public String addVersion() {
    return write(
        "version",
        () ->
            ledgers.addVersion(
                current.signedIn(),
                getId(),
                new LedgerData.Version(
                    null,
                    null,
                    null,
                    versionKind,
                    Texts.day(text("ledger.version.validFrom"), validFrom),
                    Texts.day(text("ledger.version.validUntil"), validUntil),
                    versionNote,
                    null,
                    null)));
  }

  public String saveLine() {
    String entry = getEditLine();
    return write(
        "line",
        () -> {
          List<LedgerData.Amount> amounts = new ArrayList<>();
          List<PeriodRow> rows = getPeriods();
          for (int i = 0; i < rows.size(); i++) {
            PeriodRow row = rows.get(i);
            if (row.isBlank()) {
              continue;
            }
            String where = KofferPage.format(faces, language.getLocale(), "ledger.period.n", i + 1);
            amounts.add(
                new LedgerData.Amount(
                    KofferPage.trimmed(row.label),
                    Texts.day(where + " › " + text("ledger.period.start"), row.start),
                    Texts.day(where + " › " + text("ledger.period.end"), row.end),
                    Texts.plainAmount(where + " › " + text("ledger.planned"), row.planned),
                    Texts.plainAmount(where + " › " + text("ledger.actual"), row.actual),
                    Texts.plainAmount(where + " › " + text("ledger.forecast"), row.forecast)));
          }
          LedgerData.Line line =
              new LedgerData.Line(
                  null,
                  version(lineVersion),
                  KofferPage.trimmed(lineCode),
                  lineCategory,
                  lineDescription,
                  Texts.plainAmount(text("ledger.line.statedTotal"), lineStatedTotal),
                  lineStatedWhere,
                  amounts,
                  null,
                  null,
                  null);
          return ledgers.saveLine(current.signedIn(), getId(), entry, line);
        });
  }

  /**
   * Deletes the funding source of the row whose button was pressed: its id is a plain hidden field
   * {@code row} of that row's own form (see {@link Messages#row}).
   */
  public String deleteSource() {
    return write(
        "source", () -> ledgers.deleteSource(current.signedIn(), getId(), Messages.row(faces)));
  }

  /** Deletes the contribution of the row whose button was pressed (see {@link #deleteSource}). */
  public String deleteContribution() {
    return write(
        "contribution",
        () -> ledgers.deleteContribution(current.signedIn(), getId(), Messages.row(faces)));
  }

  /** Deletes the budget line of the row whose button was pressed (see {@link #deleteSource}). */
  public String deleteLine() {
    return write(
        "line", () -> ledgers.deleteLine(current.signedIn(), getId(), Messages.row(faces)));
  }

  /**
   * Runs one write; on success redirects to the ledger with a message (post/redirect/get), else
   * keeps the form's input and shows the message beside it. Nothing was saved then: the boundary
   * checks a write as a whole and rolls it back.
   */
  private String write(String form, Supplier<?> call) {
    try {
      call.get();
    } catch (PortalException | TenantsException e) {
      formErrors.put(form, e.getMessage());
      Messages.error(faces, "form.notSaved");
      return null;
    }
    return "/app/ledger.xhtml?faces-redirect=true&saved=" + form + "&id=" + getId();
  }

  // --- reading the text areas ---

  /** "2024 27.000,00" per line: a calendar year and its amount. */
  private List<LedgerData.YearAmount> yearly(String text) {
    List<LedgerData.YearAmount> out = new ArrayList<>();
    String label = text("ledger.source.yearly");
    for (String line : MethodEditPage.lines(text)) {
      Matcher m = PAIR.matcher(line);
      if (!m.matches() || !m.group(1).matches("\\d{4}") || m.group(2).isBlank()) {
        throw PortalException.invalid(
            KofferPage.format(faces, language.getLocale(), "ledger.badYearLine", label, line));
      }
      out.add(
          new LedgerData.YearAmount(
              Integer.valueOf(m.group(1)),
              Texts.plainAmount(label + " › " + m.group(1), m.group(2))));
    }
    return out;
  }

  /** "materiaalkosten 38.000,00" per line: a budget line's code and the amount allocated to it. */
  private List<LedgerData.Allocation> allocations(String text) {
    List<LedgerData.Allocation> out = new ArrayList<>();
    String label = text("ledger.source.allocations");
    for (String line : MethodEditPage.lines(text)) {
      Matcher m = PAIR.matcher(line);
      if (!m.matches() || m.group(2).isBlank()) {
        throw PortalException.invalid(
            KofferPage.format(
                faces, language.getLocale(), "ledger.badAllocationLine", label, line));
      }
      String code = m.group(1).toLowerCase(Locale.ROOT);
      out.add(new LedgerData.Allocation(code, Texts.plainAmount(label + " › " + code, m.group(2))));
    }
    return out;
  }

  private String text(String key) {
    return Messages.text(faces, key);
  }

  private String param(String name) {
    return KofferPage.trimmed(faces.getExternalContext().getRequestParameterMap().get(name));
  }

  private static Long version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

  // --- choices ---

  public List<String> getSourceKinds() {
    return SOURCE_KINDS;
  }

  public List<String> getSourceStatuses() {
    return SOURCE_STATUSES;
  }

  public List<String> getCategories() {
    return CATEGORIES;
  }

  public List<String> getContributionForms() {
    return CONTRIBUTION_FORMS;
  }

  public List<String> getVersionKinds() {
    return VERSION_KINDS;
  }

  // --- properties ---

  /** The programme id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = KofferPage.trimmed(faces.getExternalContext().getRequestParameterMap().get("id"));
    }
    return id;
  }

  public void setId(String id) {
    this.id = KofferPage.trimmed(id);
  }

  public String getSourceVersion() {
    return sourceVersion;
  }

  public void setSourceVersion(String sourceVersion) {
    this.sourceVersion = sourceVersion;
  }

  public String getSourceName() {
    return sourceName;
  }

  public void setSourceName(String sourceName) {
    this.sourceName = sourceName;
  }

  public String getGrantor() {
    return grantor;
  }

  public void setGrantor(String grantor) {
    this.grantor = grantor;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public void setDecisionNumber(String decisionNumber) {
    this.decisionNumber = decisionNumber;
  }

  public String getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(String decisionDate) {
    this.decisionDate = decisionDate;
  }

  public String getAwarded() {
    return awarded;
  }

  public void setAwarded(String awarded) {
    this.awarded = awarded;
  }

  public String getEligibleFrom() {
    return eligibleFrom;
  }

  public void setEligibleFrom(String eligibleFrom) {
    this.eligibleFrom = eligibleFrom;
  }

  public String getEligibleUntil() {
    return eligibleUntil;
  }

  public void setEligibleUntil(String eligibleUntil) {
    this.eligibleUntil = eligibleUntil;
  }

  public String getSourceStatus() {
    return sourceStatus;
  }

  public void setSourceStatus(String sourceStatus) {
    this.sourceStatus = sourceStatus;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public boolean isInKindAllowed() {
    return inKindAllowed;
  }

  public void setInKindAllowed(boolean inKindAllowed) {
    this.inKindAllowed = inKindAllowed;
  }

  public String getMinimumOwnShare() {
    return minimumOwnShare;
  }

  public void setMinimumOwnShare(String minimumOwnShare) {
    this.minimumOwnShare = minimumOwnShare;
  }

  public String getStatedAward() {
    return statedAward;
  }

  public void setStatedAward(String statedAward) {
    this.statedAward = statedAward;
  }

  public String getStatedAwardWhere() {
    return statedAwardWhere;
  }

  public void setStatedAwardWhere(String statedAwardWhere) {
    this.statedAwardWhere = statedAwardWhere;
  }

  public String getYearlyAmounts() {
    return yearlyAmounts;
  }

  public void setYearlyAmounts(String yearlyAmounts) {
    this.yearlyAmounts = yearlyAmounts;
  }

  public String getAllocations() {
    return allocations;
  }

  public void setAllocations(String allocations) {
    this.allocations = allocations;
  }

  public String getContributionVersion() {
    return contributionVersion;
  }

  public void setContributionVersion(String contributionVersion) {
    this.contributionVersion = contributionVersion;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public String getContributionForm() {
    return contributionForm;
  }

  public void setContributionForm(String contributionForm) {
    this.contributionForm = contributionForm;
  }

  public String getCash() {
    return cash;
  }

  public void setCash(String cash) {
    this.cash = cash;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(String hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public String getRateValidFrom() {
    return rateValidFrom;
  }

  public void setRateValidFrom(String rateValidFrom) {
    this.rateValidFrom = rateValidFrom;
  }

  public boolean isAlreadyBudgeted() {
    return alreadyBudgeted;
  }

  public void setAlreadyBudgeted(boolean alreadyBudgeted) {
    this.alreadyBudgeted = alreadyBudgeted;
  }

  public String getContributionLine() {
    return contributionLine;
  }

  public void setContributionLine(String contributionLine) {
    this.contributionLine = contributionLine;
  }

  public String getVersionKind() {
    return versionKind;
  }

  public void setVersionKind(String versionKind) {
    this.versionKind = versionKind;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getVersionNote() {
    return versionNote;
  }

  public void setVersionNote(String versionNote) {
    this.versionNote = versionNote;
  }

  public String getLineVersion() {
    return lineVersion;
  }

  public void setLineVersion(String lineVersion) {
    this.lineVersion = lineVersion;
  }

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public String getLineCategory() {
    return lineCategory;
  }

  public void setLineCategory(String lineCategory) {
    this.lineCategory = lineCategory;
  }

  public String getLineDescription() {
    return lineDescription;
  }

  public void setLineDescription(String lineDescription) {
    this.lineDescription = lineDescription;
  }

  public String getLineStatedTotal() {
    return lineStatedTotal;
  }

  public void setLineStatedTotal(String lineStatedTotal) {
    this.lineStatedTotal = lineStatedTotal;
  }

  public String getLineStatedWhere() {
    return lineStatedWhere;
  }

  public void setLineStatedWhere(String lineStatedWhere) {
    this.lineStatedWhere = lineStatedWhere;
  }
}
