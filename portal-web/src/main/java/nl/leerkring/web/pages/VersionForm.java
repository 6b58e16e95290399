package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.cofinancing.BudgetVersion;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The ledger's form for a new budget version: the first is the original budget, a later one a
 * revision (the boundary copies the current version's lines into it).
 */
@Named
@RequestScoped
public class VersionForm {

  @Inject LedgerPage page;

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private BudgetVersion.Kind kind;
  private String validFrom;
  private String validUntil;
  private String note;

  @PostConstruct
  void fill() {
    LedgerData ledger = page.getLedger();
    kind =
        ledger == null || ledger.versions().isEmpty()
            ? BudgetVersion.Kind.ORIGINAL
            : BudgetVersion.Kind.REVISED;
  }

  public String add() {
    LedgerData.Version v =
        new LedgerData.Version(
            null,
            null,
            null,
            EnumCodes.code(kind),
            errors.day("ve-from", validFrom, "ledger.version.validFrom"),
            errors.day("ve-until", validUntil, "ledger.version.validUntil"),
            note,
            null,
            null);
    return page.write(
        "version",
        FieldErrors.fields(
            "kind", "ve-kind", "validFrom", "ve-from", "validUntil", "ve-until", "note", "ve-note"),
        () -> ledgers.addVersion(current.signedIn(), page.programmeId(), v));
  }

  public BudgetVersion.Kind[] getKinds() {
    return BudgetVersion.Kind.values();
  }

  public BudgetVersion.Kind getKind() {
    return kind;
  }

  public void setKind(BudgetVersion.Kind kind) {
    this.kind = kind;
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

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
