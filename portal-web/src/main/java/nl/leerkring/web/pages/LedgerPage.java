package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.portal.programmes.ProgrammeId;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A programme's cofinancing ledger as the page reads it: the ledger and its totals, the entry being
 * edited, links, and how a form's write ends. Each form has its own bean ({@link SourceForm},
 * {@link ContributionForm}, {@link VersionForm}, {@link LineForm}); the checks beside what they are
 * about are {@link LedgerFindings}, the chart per calendar year {@link LedgerChart}.
 *
 * <p>Amounts are typed in Dutch notation and read with the ledger core's {@code Money.parseDutch}
 * before anything is sent; a wrong one (three decimals, say) is shown beside its form and nothing
 * is saved. Warnings the boundary finds are saved and shown; what the ledger cannot hold is refused
 * by the boundary with a message, also beside the form. Sources, contributions and lines are edited
 * through {@code ?editSource=}, {@code ?editContribution=} and {@code ?editLine=}, with the version
 * they were read at in a hidden field.
 */
@Named
@RequestScoped
public class LedgerPage {

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  private String id;
  private LedgerView view;
  private boolean loaded;
  private boolean initialized;
  private FormErrors errors;

  @Inject FieldErrors fieldErrors;

  @Inject Gone gone;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /**
   * Before rendering: loads the ledger (a boundary's message shows at the top), says what was
   * saved.
   */
  public void init() {
    if (initialized) {
      return;
    }
    initialized = true;
    if (getView() != null && !faces.isPostback()) {
      FormErrors.sayWhatWasSaved(faces, "ledger");
    }
  }

  public LedgerView getView() {
    if (!loaded) {
      loaded = true;
      if (getId() != null && isInTenant()) {
        gone.load(
            "programme",
            "/app/programmes.xhtml",
            () -> view = ledgers.view(current.signedIn(), programmeId()));
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

  // --- showing ---

  public String getPeriodText() {
    LedgerData l = getLedger();
    return l == null ? "" : formats.span(l.periodStart(), l.periodEnd());
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

  /** The ledger's export in a format ({@code xlsx}, {@code csv}), downloaded with the session. */
  public String exportHref(String format) {
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

  // --- writing ---

  /**
   * Runs one form's write: saved, back to the ledger with a message at the top; refused, the
   * reasons in the summary and beside the fields (see {@link FormErrors}).
   */
  String write(String form, java.util.Map<String, String> fields, Supplier<?> call) {
    if (errors == null) {
      errors = new FormErrors(fieldErrors);
    }
    return errors.write(faces, form, fields, call, "ledger", getId(), form);
  }

  /**
   * Deletes the funding source of the row whose button was pressed: its id is a plain hidden field
   * {@code row} of that row's own form (see {@link Messages#row}).
   */
  public String deleteSource() {
    return write(
        "source",
        java.util.Map.of(),
        () -> ledgers.deleteSource(current.signedIn(), programmeId(), Messages.row(faces)));
  }

  /** Deletes the contribution of the row whose button was pressed (see {@link #deleteSource}). */
  public String deleteContribution() {
    return write(
        "contribution",
        java.util.Map.of(),
        () -> ledgers.deleteContribution(current.signedIn(), programmeId(), Messages.row(faces)));
  }

  /** Deletes the budget line of the row whose button was pressed (see {@link #deleteSource}). */
  public String deleteLine() {
    return write(
        "line",
        java.util.Map.of(),
        () -> ledgers.deleteLine(current.signedIn(), programmeId(), Messages.row(faces)));
  }

  private String param(String name) {
    return Inputs.trimmed(faces.getExternalContext().getRequestParameterMap().get(name));
  }

  static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The programme id: the request parameter, also on a postback (see DocumentPage#getId). */
  /** The programme this page shows, as the boundaries take it. */
  ProgrammeId programmeId() {
    return ProgrammeId.of(getId());
  }

  public String getId() {
    if (id == null) {
      id = param("id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }
}
