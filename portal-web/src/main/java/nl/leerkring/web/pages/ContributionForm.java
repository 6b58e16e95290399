package nl.leerkring.web.pages;

import static nl.leerkring.portal.cofinancing.ContributionForm.CASH;
import static nl.leerkring.portal.cofinancing.ContributionForm.IN_KIND;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The ledger's form for a partner's contribution, new or the one of {@code ?editContribution=}: in
 * cash (an amount) or in kind (hours × an hourly rate valid from a day); only the fields of the
 * chosen form are sent.
 */
@Named
@RequestScoped
public class ContributionForm {

  @Inject LedgerPage page;

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private String version;
  private String partner;
  private nl.leerkring.portal.cofinancing.ContributionForm form = IN_KIND;
  private String cash;
  private String hours;
  private String hourlyRate;
  private String rateValidFrom;
  private boolean alreadyBudgeted;
  private String line;

  @PostConstruct
  void fill() {
    LedgerData.Contribution c = page.getEditedContribution();
    if (c == null || FormErrors.posted(faces, "contribution-form")) {
      return;
    }
    version = c.version() == null ? null : String.valueOf(c.version());
    partner = c.partner();
    form = EnumCodes.of(nl.leerkring.portal.cofinancing.ContributionForm.class, c.form(), form);
    cash = Texts.dutchAmount(c.cash());
    hours = Texts.dutchNumber(c.hours());
    hourlyRate = Texts.dutchAmount(c.hourlyRate());
    rateValidFrom = PageFormats.isoDay(c.rateValidFrom());
    alreadyBudgeted = Boolean.TRUE.equals(c.alreadyBudgeted());
    line = c.line();
  }

  public String save() {
    String entry = page.getEditContribution();
    boolean inCash = form == CASH;
    LedgerData.Contribution contribution =
        new LedgerData.Contribution(
            null,
            Inputs.version(version),
            partner,
            EnumCodes.code(form),
            inCash ? errors.amount("co-cash", cash, "ledger.contribution.cash") : null,
            inCash ? null : errors.hours("co-hours", hours, "ledger.contribution.hours"),
            inCash ? null : errors.amount("co-rate", hourlyRate, "ledger.contribution.hourlyRate"),
            inCash
                ? null
                : errors.day("co-valid-from", rateValidFrom, "ledger.contribution.validFrom"),
            alreadyBudgeted,
            Inputs.trimmed(line),
            null);
    return page.write(
        "contribution",
        FieldErrors.fields(
            "partner", "co-partner",
            "form", "co-form",
            "cash", "co-cash",
            "hours", "co-hours",
            "hourlyRate", "co-rate",
            "rateValidFrom", "co-valid-from",
            "alreadyBudgeted", "co-budgeted",
            "line", "co-line",
            "version", "co-partner"),
        () ->
            ledgers.saveContribution(current.signedIn(), page.programmeId(), entry, contribution));
  }

  private String text(String key) {
    return Messages.text(faces, key);
  }

  public nl.leerkring.portal.cofinancing.ContributionForm[] getForms() {
    return nl.leerkring.portal.cofinancing.ContributionForm.values();
  }

  // --- properties ---

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public nl.leerkring.portal.cofinancing.ContributionForm getForm() {
    return form;
  }

  public void setForm(nl.leerkring.portal.cofinancing.ContributionForm form) {
    this.form = form;
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

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }
}
