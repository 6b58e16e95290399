package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.portal.cofinancing.RollupView;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's cofinancing at a glance, for its coordinators: the statements waiting for a decision
 * (accept, or return with a reason), the roll-up per gemeente per calendar year and in total from
 * the accepted statements, who has no statement yet, a chart of pledged against required, and what
 * happens to the others if one gemeente withdraws. Choosing a circle and a year is a plain GET, so
 * every view has an address; the decisions are posts that carry the choice along.
 */
@Named
@RequestScoped
public class RollupPage {

  @Inject CurrentViewer current;

  @Inject Statements statements;

  @Inject Language language;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  private String circle;
  private Integer year;
  private boolean yearRead;
  private RollupView rollup;
  private boolean rollupLoaded;
  private List<Integer> allYears;
  private List<StatementView> inCircle;
  private List<StatementView> waiting;
  private Charts.Chart chart;

  /** One row of a roll-up table: a gemeente (or the circle) and its figures. */
  public record FigureRow(String name, RollupView.Figures figures) {}

  /** One roll-up table: a calendar year, or the total over the years shown. */
  public record YearTable(String id, String caption, List<FigureRow> rows, FigureRow total) {}

  /** What happens if one gemeente withdraws, with names instead of slugs. */
  public record Scenario(
      String id, String withdrawing, String redistributed, List<ChangeRow> changes) {}

  public record ChangeRow(String name, RollupView.Change change) {}

  /** Whether the viewer coordinates any circle (the navigation shows the page then). */
  public boolean isCoordinator() {
    return !getCoordinated().isEmpty();
  }

  public List<CircleGrant> getCoordinated() {
    return current.get().circles().stream()
        .filter(g -> g.role() == CircleRole.COORDINATOR)
        .toList();
  }

  /** Loads the roll-up before rendering, so a boundary's message shows at the top. */
  public void load() {
    if (isCoordinator()) {
      getRollup();
    }
  }

  public RollupView getRollup() {
    if (!rollupLoaded) {
      rollupLoaded = true;
      if (isCoordinator() && getCircle() != null) {
        Messages.attempt(
            faces, () -> rollup = statements.rollup(current.signedIn(), getCircle(), getYear()));
      }
    }
    return rollup;
  }

  /** Every calendar year the circle's statements touch, to choose from. */
  public List<Integer> getAllYears() {
    if (allYears == null) {
      allYears = List.of();
      RollupView r = getRollup();
      if (r != null && getYear() == null) {
        allYears = r.years();
      } else if (r != null) {
        Messages.attempt(
            faces,
            () -> allYears = statements.rollup(current.signedIn(), getCircle(), null).years());
      }
    }
    return allYears;
  }

  public List<StatementView> getStatements() {
    if (inCircle == null) {
      inCircle = List.of();
      if (isCoordinator() && getCircle() != null) {
        Messages.attempt(
            faces, () -> inCircle = statements.inCircle(current.signedIn(), getCircle()));
      }
    }
    return inCircle;
  }

  /** The statements waiting for a decision, each with its frozen ledger (totals and checks). */
  public List<StatementView> getWaiting() {
    if (waiting == null) {
      List<StatementView> out = new ArrayList<>();
      for (StatementView s : getStatements()) {
        if ("submitted".equals(s.status())) {
          Messages.attempt(faces, () -> out.add(statements.get(current.signedIn(), s.id())));
        }
      }
      waiting = out;
    }
    return waiting;
  }

  public String getCircleName() {
    RollupView r = getRollup();
    return r != null ? r.circleName() : Formats.circleName(current, getCircle());
  }

  // --- the tables ---

  public List<YearTable> getTables() {
    RollupView r = getRollup();
    if (r == null) {
      return List.of();
    }
    List<YearTable> tables = new ArrayList<>();
    for (Integer y : r.years()) {
      List<FigureRow> rows = new ArrayList<>();
      for (RollupView.Member m : r.members()) {
        rows.add(new FigureRow(m.name(), inYear(m, y)));
      }
      tables.add(
          new YearTable(
              "rollup-" + y,
              Formats.format(faces, language.getLocale(), "rollup.tableYear", String.valueOf(y)),
              rows,
              new FigureRow(Messages.text(faces, "rollup.circleTotal"), inYear(r.total(), y))));
    }
    if (r.years().size() != 1) {
      List<FigureRow> rows = new ArrayList<>();
      for (RollupView.Member m : r.members()) {
        rows.add(new FigureRow(m.name(), m.total()));
      }
      tables.add(
          new YearTable(
              "rollup-total",
              Messages.text(faces, "rollup.tableTotal"),
              rows,
              new FigureRow(Messages.text(faces, "rollup.circleTotal"), r.total().total())));
    }
    return tables;
  }

  private static RollupView.Figures inYear(RollupView.Member m, Integer y) {
    return m.years().stream()
        .filter(f -> Objects.equals(f.year(), y))
        .findFirst()
        .orElse(m.total());
  }

  /** Figures shown in the chart: the chosen year, or the total over the years. */
  private RollupView.Figures shown(RollupView.Member m) {
    return getYear() == null ? m.total() : inYear(m, getYear());
  }

  public Charts.Chart getChart() {
    if (chart == null) {
      RollupView r = getRollup();
      List<Charts.Row> rows = new ArrayList<>();
      if (r != null) {
        for (RollupView.Member m : r.members()) {
          RollupView.Figures f = shown(m);
          rows.add(
              new Charts.Row(
                  m.name(),
                  List.of(Charts.value(f.pledgedInKind()), Charts.value(f.pledgedCash())),
                  Charts.value(f.required())));
        }
      }
      chart =
          Charts.stacked(
              rows,
              List.of(
                  new Charts.Series("portal-chart__in-kind", text("rollup.pledgedInKind")),
                  new Charts.Series("portal-chart__cash", text("rollup.pledgedCash"))),
              new Charts.Series("portal-chart__required", text("rollup.required")),
              (group, series, value) ->
                  group.label()
                      + ", "
                      + series.label().toLowerCase(language.getLocale())
                      + ": "
                      + Texts.euroText(value == null ? null : value.toPlainString()));
    }
    return chart;
  }

  public String getChartSummary() {
    RollupView r = getRollup();
    if (r == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (RollupView.Member m : r.members()) {
      RollupView.Figures f = shown(m);
      parts.add(
          Formats.format(
              faces,
              language.getLocale(),
              "rollup.chart.member",
              m.name(),
              Texts.euroText(f.pledgedInKind()),
              Texts.euroText(f.pledgedCash()),
              Texts.euroText(f.required())));
    }
    return String.join("; ", parts);
  }

  public String getChartTitle() {
    return getYear() == null
        ? text("rollup.chart.titleTotal")
        : Formats.format(
            faces, language.getLocale(), "rollup.chart.titleYear", String.valueOf(getYear()));
  }

  public List<Scenario> getScenarios() {
    RollupView r = getRollup();
    if (r == null) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    r.members().forEach(m -> names.put(m.gemeente(), m.name()));
    List<Scenario> out = new ArrayList<>();
    int i = 0;
    for (RollupView.WithdrawalView w : r.withdrawals()) {
      out.add(
          new Scenario(
              "withdrawal-" + i++,
              names.getOrDefault(w.withdrawing(), w.withdrawing()),
              w.redistributed(),
              w.changes().stream()
                  .map(c -> new ChangeRow(names.getOrDefault(c.gemeente(), c.gemeente()), c))
                  .toList()));
    }
    return out;
  }

  // --- showing ---

  public String statusLabel(String status) {
    return PageFormats.label(faces, "statementStatus.", status);
  }

  public String when(Instant at) {
    return Formats.dateTime(language.getLocale(), at);
  }

  public String span(LocalDate start, LocalDate end) {
    return PageFormats.span(language.getLocale(), start, end);
  }

  /** Warnings and errors of a statement's frozen ledger (the info findings left out). */
  public long warnings(StatementView s) {
    return s.ledger() == null
        ? 0
        : s.ledger().checks().stream().filter(c -> !"INFO".equals(c.severity())).count();
  }

  public String checkTitle(String code) {
    return Formats.textOr(faces, "check." + code, code);
  }

  public String getExportXlsxHref() {
    return exportHref("xlsx");
  }

  public String getExportCsvHref() {
    return exportHref("csv");
  }

  private String exportHref(String format) {
    return faces.getExternalContext().getRequestContextPath()
        + "/api/circles/"
        + encoded(getCircle())
        + "/rollup/export?format="
        + format
        + (getYear() == null ? "" : "&year=" + getYear());
  }

  // --- decisions ---

  /**
   * Accepts the statement of the row whose button was pressed: its id is a plain hidden field
   * {@code row} of that row's own form (see {@link Messages#row}).
   */
  public String accept() {
    if (Messages.attempt(faces, () -> statements.accept(current.signedIn(), Messages.row(faces)))) {
      redirect("accepted");
    }
    return null;
  }

  /**
   * Returns the statement of the row whose button was pressed, with the reason typed beside it: a
   * plain field {@code reason} of that row's own form, read from the request.
   */
  public String giveBack() {
    String statementId = Inputs.trimmed(Messages.typed(faces, "row"));
    if (fieldErrors.run(
        FieldErrors.fields("reason", statementId == null ? null : "reason-" + statementId),
        () ->
            statements.giveBack(
                current.signedIn(), Messages.row(faces), Messages.typed(faces, "reason")))) {
      redirect("returned");
    }
    return null;
  }

  /** Post/redirect/get back to the same circle and year, with what was decided. */
  private void redirect(String what) {
    String url =
        faces.getExternalContext().getRequestContextPath()
            + "/app/rollup.xhtml?done="
            + what
            + (getCircle() == null ? "" : "&circle=" + encoded(getCircle()))
            + (getYear() == null ? "" : "&year=" + getYear());
    try {
      faces.getExternalContext().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /**
   * A request parameter put into a link or a redirect, as a path segment or a query value: spaces
   * as {@code %20}, which both read back as a space.
   */
  static String encoded(String value) {
    return value == null
        ? ""
        : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Says what was decided, after the redirect. */
  public void init() {
    load();
    if (!faces.isPostback()) {
      String done = faces.getExternalContext().getRequestParameterMap().get("done");
      if ("accepted".equals(done) || "returned".equals(done)) {
        Messages.info(faces, "rollup." + done);
      }
    }
  }

  private String text(String key) {
    return Messages.text(faces, key);
  }

  // --- properties ---

  /**
   * The circle: the request parameter (also on a postback, from a hidden field), else the first
   * circle the viewer coordinates.
   */
  public String getCircle() {
    if (circle == null) {
      circle = Inputs.trimmed(faces.getExternalContext().getRequestParameterMap().get("circle"));
      if (circle == null && isCoordinator()) {
        circle = getCoordinated().get(0).slug();
      }
    }
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = Inputs.trimmed(circle);
  }

  /** The calendar year asked for, or null for all years. */
  public Integer getYear() {
    if (!yearRead) {
      yearRead = true;
      String y = Inputs.trimmed(faces.getExternalContext().getRequestParameterMap().get("year"));
      if (y != null && y.matches("\\d{4}")) {
        year = Integer.valueOf(y);
      }
    }
    return year;
  }

  /** What was typed as the reason for returning a statement, to show it again after an error. */
  /** Whether the viewer submitted this statement: no one accepts their own (four eyes). */
  public boolean ownSubmission(StatementView statement) {
    return statement.submittedBy().equals(current.get().username());
  }

  public String typedReason(String statementId) {
    return Messages.typedBeside(faces, statementId, "reason");
  }
}
