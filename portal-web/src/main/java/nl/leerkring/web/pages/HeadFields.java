package nl.leerkring.web.pages;

import nl.leerkring.portal.programmes.Phase;
import nl.leerkring.portal.programmes.ProgrammeData;

/**
 * A programme's head as its forms hold it (the strings as typed, the phase as its enum): the form
 * that starts a programme ({@link ProgrammesPage}) and the one that changes it ({@link HeadForm}).
 * Amounts and the own share are in Dutch notation and sent as plain decimals; an unreadable one is
 * refused with the field's label.
 */
public class HeadFields {

  private String name;
  private String description;
  private String periodStart;
  private String periodEnd;
  private Phase phase = Phase.ONDERZOEK;
  private String wijken;
  private String statedContributions;
  private String statedContributionsWhere;
  private String statedBudget;
  private String statedBudgetWhere;
  private String statedOwnShare;

  /** The fields of a saved head, amounts in Dutch notation. */
  void fill(ProgrammeData.Head h) {
    name = h.name();
    description = h.description();
    periodStart = PageFormats.isoDay(h.periodStart());
    periodEnd = PageFormats.isoDay(h.periodEnd());
    phase = EnumCodes.of(Phase.class, h.phase(), phase);
    wijken = Texts.joinWords(h.wijken());
    statedContributions = Texts.dutchAmount(h.statedContributions());
    statedContributionsWhere = h.statedContributionsWhere();
    statedBudget = Texts.dutchAmount(h.statedBudget());
    statedBudgetWhere = h.statedBudgetWhere();
    statedOwnShare = Texts.dutchNumber(h.statedOwnShare());
  }

  /**
   * The head to send, amounts and percentages as plain decimals; what cannot be read is noted in
   * {@code errors} against the input {@code prefix + "start"} etc. ({@code h-}, {@code pr-}).
   */
  ProgrammeData.Head toHead(FieldErrors errors, String prefix, String id, Long version) {
    return new ProgrammeData.Head(
        id,
        version,
        errors.required(prefix + "name", name, "programmes.name"),
        description,
        errors.day(prefix + "start", periodStart, "programmes.periodStart"),
        errors.day(prefix + "end", periodEnd, "programmes.periodEnd"),
        EnumCodes.code(phase),
        Inputs.commaList(wijken),
        Texts.plainPercentage(statedOwnShare),
        errors.amount(
            prefix + "contributions", statedContributions, "programmes.statedContributions"),
        statedContributionsWhere,
        errors.amount(prefix + "budget", statedBudget, "programmes.statedBudget"),
        statedBudgetWhere,
        null,
        null);
  }

  /** The boundary's field names and the inputs of the form whose ids start with {@code prefix}. */
  static java.util.Map<String, String> fields(String prefix) {
    return FieldErrors.fields(
        "name", prefix + "name",
        "description", prefix + "description",
        "periodStart", prefix + "start",
        "periodEnd", prefix + "end",
        "phase", prefix + "phase",
        "wijken", prefix + "wijken",
        "statedOwnShare", prefix + "own-share",
        "statedContributions", prefix + "contributions",
        "statedContributionsWhere", prefix + "contributions-where",
        "statedBudget", prefix + "budget",
        "statedBudgetWhere", prefix + "budget-where",
        "version", prefix + "name");
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  // --- properties ---

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(String periodStart) {
    this.periodStart = periodStart;
  }

  public String getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(String periodEnd) {
    this.periodEnd = periodEnd;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public String getWijken() {
    return wijken;
  }

  public void setWijken(String wijken) {
    this.wijken = wijken;
  }

  public String getStatedContributions() {
    return statedContributions;
  }

  public void setStatedContributions(String statedContributions) {
    this.statedContributions = statedContributions;
  }

  public String getStatedContributionsWhere() {
    return statedContributionsWhere;
  }

  public void setStatedContributionsWhere(String statedContributionsWhere) {
    this.statedContributionsWhere = statedContributionsWhere;
  }

  public String getStatedBudget() {
    return statedBudget;
  }

  public void setStatedBudget(String statedBudget) {
    this.statedBudget = statedBudget;
  }

  public String getStatedBudgetWhere() {
    return statedBudgetWhere;
  }

  public void setStatedBudgetWhere(String statedBudgetWhere) {
    this.statedBudgetWhere = statedBudgetWhere;
  }

  public String getStatedOwnShare() {
    return statedOwnShare;
  }

  public void setStatedOwnShare(String statedOwnShare) {
    this.statedOwnShare = statedOwnShare;
  }
}
