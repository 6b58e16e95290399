package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.cofinancing.CostCategory;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The ledger's form for a line of the current budget version, new or the one of {@code ?editLine=},
 * with its amounts per period as rows: at least four, and one more than the line being edited has.
 * The rows are filled from that line unless the form was just posted (then they hold what was
 * typed), so the number of rows is the same before and after a post.
 */
@Named
@RequestScoped
public class LineForm {

  private static final int PERIOD_ROWS = 4;

  @Inject LedgerPage page;

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private String version;
  private String code;
  private CostCategory category = CostCategory.OTHER;
  private String description;
  private String statedTotal;
  private String statedWhere;
  private final List<PeriodRow> periods = new ArrayList<>();

  @PostConstruct
  void fill() {
    LedgerData.Line edited = page.getEditedLine();
    List<LedgerData.Amount> amounts =
        edited == null ? List.of() : LedgerPage.nullSafe(edited.amounts());
    boolean posted = FormErrors.posted(faces, "line-form");
    for (int i = 0; i < Math.max(PERIOD_ROWS, amounts.size() + 1); i++) {
      periods.add(!posted && i < amounts.size() ? PeriodRow.of(amounts.get(i)) : new PeriodRow());
    }
    if (edited == null || posted) {
      return;
    }
    version = edited.version() == null ? null : String.valueOf(edited.version());
    code = edited.code();
    category = EnumCodes.of(CostCategory.class, edited.category(), category);
    description = edited.description();
    statedTotal = Texts.dutchAmount(edited.statedTotal());
    statedWhere = edited.statedWhere();
  }

  public String save() {
    String entry = page.getEditLine();
    List<LedgerData.Amount> amounts = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      PeriodRow row = periods.get(i);
      if (!row.isBlank()) {
        amounts.add(amount(formats.format("ledger.period.n", i + 1), i, row));
      }
    }
    LedgerData.Line line =
        new LedgerData.Line(
            null,
            Inputs.version(version),
            Inputs.trimmed(code),
            EnumCodes.code(category),
            description,
            errors.amount("ln-stated", statedTotal, "ledger.line.statedTotal"),
            statedWhere,
            amounts,
            null,
            null,
            null);
    return page.write(
        "line",
        FieldErrors.fields(
            "code", "ln-code",
            "category", "ln-category",
            "description", "ln-description",
            "statedTotal", "ln-stated",
            "statedWhere", "ln-stated-where",
            "amounts[].label", "periods:{0}:p-label",
            "amounts[].start", "periods:{0}:p-start",
            "amounts[].end", "periods:{0}:p-end",
            "amounts[].planned", "periods:{0}:p-planned",
            "amounts[].actual", "periods:{0}:p-actual",
            "amounts[].forecast", "periods:{0}:p-forecast",
            "amounts", "periods:0:p-start",
            "version", "ln-description"),
        () -> ledgers.saveLine(current.signedIn(), page.programmeId(), entry, line));
  }

  /**
   * A period row read strictly; an error names the row and the field ("Periode 2 › Gepland") and
   * stands beside that row's input ({@code periods:<i>:p-planned}).
   */
  private LedgerData.Amount amount(String where, int i, PeriodRow row) {
    String id = "periods:" + i + ":p-";
    return new LedgerData.Amount(
        Inputs.trimmed(row.getLabel()),
        errors.day(id + "start", row.getStart(), where + " › " + text("ledger.period.start")),
        errors.day(id + "end", row.getEnd(), where + " › " + text("ledger.period.end")),
        errors.amount(id + "planned", row.getPlanned(), where + " › " + text("ledger.planned")),
        errors.amount(id + "actual", row.getActual(), where + " › " + text("ledger.actual")),
        errors.amount(id + "forecast", row.getForecast(), where + " › " + text("ledger.forecast")));
  }

  private String text(String key) {
    return Messages.text(faces, key);
  }

  public CostCategory[] getCategories() {
    return CostCategory.values();
  }

  public List<PeriodRow> getPeriods() {
    return periods;
  }

  // --- properties ---

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CostCategory getCategory() {
    return category;
  }

  public void setCategory(CostCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getStatedTotal() {
    return statedTotal;
  }

  public void setStatedTotal(String statedTotal) {
    this.statedTotal = statedTotal;
  }

  public String getStatedWhere() {
    return statedWhere;
  }

  public void setStatedWhere(String statedWhere) {
    this.statedWhere = statedWhere;
  }
}
