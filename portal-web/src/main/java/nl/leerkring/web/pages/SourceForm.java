package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.portal.cofinancing.SourceKind;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The ledger's form for a funding source, new or the one of {@code ?editSource=} (filled with what
 * was saved and the version it was read at, unless this form was just posted). Yearly amounts and
 * allocations are typed one per line, {@code "2024 27.000,00"} and {@code "materiaalkosten
 * 38.000,00"}.
 */
@Named
@RequestScoped
public class SourceForm {

  /** "code amount" or "code: amount", one per line. */
  private static final Pattern PAIR = Pattern.compile("^\\s*([^\\s:=]+)\\s*[:=]?\\s*(.*?)\\s*$");

  @Inject LedgerPage page;

  @Inject CurrentViewer current;

  @Inject Ledgers ledgers;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  /** The boundary's field names and this form's inputs. */
  static final java.util.Map<String, String> FIELDS =
      FieldErrors.fields(
          "name", "so-name",
          "grantor", "so-grantor",
          "kind", "so-kind",
          "decisionNumber", "so-decision-number",
          "decisionDate", "so-decision-date",
          "awarded", "so-awarded",
          "eligibleFrom", "so-from",
          "eligibleUntil", "so-until",
          "status", "so-status",
          "rate", "so-rate",
          "inKindAllowed", "so-in-kind",
          "minimumOwnShare", "so-minimum",
          "statedAward", "so-stated",
          "statedWhere", "so-stated-where",
          "yearlyAmounts", "so-yearly",
          "allocations", "so-allocations",
          "version", "so-name");

  private String version;
  private String name;
  private String grantor;
  private SourceKind kind = SourceKind.REGIODEAL;
  private String decisionNumber;
  private String decisionDate;
  private String awarded;
  private String eligibleFrom;
  private String eligibleUntil;
  private SourceStatus status = SourceStatus.APPLIED;
  private String rate;
  private boolean inKindAllowed;
  private String minimumOwnShare;
  private String statedAward;
  private String statedAwardWhere;
  private String yearlyAmounts;
  private String allocations;

  @PostConstruct
  void fill() {
    LedgerData.Source s = page.getEditedSource();
    if (s == null || FormErrors.posted(faces, "source-form")) {
      return;
    }
    version = s.version() == null ? null : String.valueOf(s.version());
    name = s.name();
    grantor = s.grantor();
    kind = EnumCodes.of(SourceKind.class, s.kind(), kind);
    decisionNumber = s.decisionNumber();
    decisionDate = PageFormats.isoDay(s.decisionDate());
    awarded = Texts.dutchAmount(s.awarded());
    eligibleFrom = PageFormats.isoDay(s.eligibleFrom());
    eligibleUntil = PageFormats.isoDay(s.eligibleUntil());
    status = EnumCodes.of(SourceStatus.class, s.status(), status);
    rate = Texts.dutchNumber(s.rate());
    inKindAllowed = Boolean.TRUE.equals(s.inKindAllowed());
    minimumOwnShare = Texts.dutchNumber(s.minimumOwnShare());
    statedAward = Texts.dutchAmount(s.statedAward());
    statedAwardWhere = s.statedWhere();
    StringBuilder y = new StringBuilder();
    for (LedgerData.YearAmount a : LedgerPage.nullSafe(s.yearlyAmounts())) {
      y.append(a.year()).append(' ').append(Texts.dutchAmount(a.amount())).append('\n');
    }
    yearlyAmounts = y.toString().strip();
    StringBuilder al = new StringBuilder();
    for (LedgerData.Allocation a : LedgerPage.nullSafe(s.allocations())) {
      al.append(a.line()).append(' ').append(Texts.dutchAmount(a.amount())).append('\n');
    }
    allocations = al.toString().strip();
  }

  public String save() {
    String entry = page.getEditSource();
    LedgerData.Source source =
        new LedgerData.Source(
            null,
            Inputs.version(version),
            name,
            grantor,
            EnumCodes.code(kind),
            decisionNumber,
            errors.day("so-decision-date", decisionDate, "ledger.source.decisionDate"),
            errors.amount("so-awarded", awarded, "ledger.source.awarded"),
            errors.day("so-from", eligibleFrom, "ledger.source.eligibleFrom"),
            errors.day("so-until", eligibleUntil, "ledger.source.eligibleUntil"),
            EnumCodes.code(status),
            Texts.plainPercentage(rate),
            inKindAllowed,
            Texts.plainPercentage(minimumOwnShare),
            errors.amount("so-stated", statedAward, "ledger.source.statedAward"),
            statedAwardWhere,
            yearly(yearlyAmounts),
            allocations(allocations));
    return page.write(
        "source",
        FIELDS,
        () -> ledgers.saveSource(current.signedIn(), page.programmeId(), entry, source));
  }

  /** "2024 27.000,00" per line: a calendar year and its amount. */
  private List<LedgerData.YearAmount> yearly(String text) {
    List<LedgerData.YearAmount> out = new ArrayList<>();
    String label = text("ledger.source.yearly");
    for (String line : Inputs.lines(text)) {
      Matcher m = PAIR.matcher(line);
      if (!m.matches() || !m.group(1).matches("\\d{4}") || m.group(2).isBlank()) {
        errors.add("so-yearly", formats.format("ledger.badYearLine", label, line));
        continue;
      }
      out.add(
          new LedgerData.YearAmount(
              Integer.valueOf(m.group(1)),
              errors.amount("so-yearly", m.group(2), label + " › " + m.group(1))));
    }
    return out;
  }

  /** "materiaalkosten 38.000,00" per line: a budget line's code and the amount allocated to it. */
  private List<LedgerData.Allocation> allocations(String text) {
    List<LedgerData.Allocation> out = new ArrayList<>();
    String label = text("ledger.source.allocations");
    for (String line : Inputs.lines(text)) {
      Matcher m = PAIR.matcher(line);
      if (!m.matches() || m.group(2).isBlank()) {
        errors.add("so-allocations", formats.format("ledger.badAllocationLine", label, line));
        continue;
      }
      String code = m.group(1).toLowerCase(Locale.ROOT);
      out.add(
          new LedgerData.Allocation(
              code, errors.amount("so-allocations", m.group(2), label + " › " + code)));
    }
    return out;
  }

  private String text(String key) {
    return Messages.text(faces, key);
  }

  public SourceKind[] getKinds() {
    return SourceKind.values();
  }

  public SourceStatus[] getStatuses() {
    return SourceStatus.values();
  }

  // --- properties ---

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getGrantor() {
    return grantor;
  }

  public void setGrantor(String grantor) {
    this.grantor = grantor;
  }

  public SourceKind getKind() {
    return kind;
  }

  public void setKind(SourceKind kind) {
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

  public SourceStatus getStatus() {
    return status;
  }

  public void setStatus(SourceStatus status) {
    this.status = status;
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
}
