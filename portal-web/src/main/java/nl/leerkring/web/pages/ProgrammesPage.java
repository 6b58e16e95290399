package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The gemeente's programmes, and starting one. Amounts and the own share are typed in Dutch
 * notation and sent to the boundary as plain decimals; an unreadable one is shown beside the form
 * and nothing is saved.
 */
@Named
@RequestScoped
public class ProgrammesPage {

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject Language language;

  @Inject FacesContext faces;

  private List<ProgrammeData.Head> list;
  private String formError;

  // the form
  private String name;
  private String description;
  private String periodStart;
  private String periodEnd;
  private String phase = "onderzoek";
  private String wijken;
  private String statedContributions;
  private String statedContributionsWhere;
  private String statedBudget;
  private String statedBudgetWhere;
  private String statedOwnShare;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /** Loads the list before rendering, so a boundary's message shows at the top. */
  public void load() {
    getList();
  }

  public List<ProgrammeData.Head> getList() {
    if (list == null) {
      list = List.of();
      if (isInTenant()) {
        Messages.attempt(faces, () -> list = programmes.list(current.signedIn()));
      }
    }
    return list;
  }

  public List<String> getPhases() {
    return ProgrammePage.PHASES;
  }

  public String phaseLabel(String phase) {
    return ProgrammePage.label(faces, "phase.", phase);
  }

  public String period(ProgrammeData.Head head) {
    return ProgrammePage.span(language.getLocale(), head.periodStart(), head.periodEnd());
  }

  /** Starts the programme and opens it. */
  public String create() {
    ProgrammeData.Full created;
    try {
      ProgrammeData.Head draft =
          head(
              null,
              null,
              name,
              description,
              Texts.day(Messages.text(faces, "programmes.periodStart"), periodStart),
              Texts.day(Messages.text(faces, "programmes.periodEnd"), periodEnd),
              phase,
              wijken,
              statedOwnShare,
              statedContributions,
              statedContributionsWhere,
              statedBudget,
              statedBudgetWhere);
      created = programmes.create(current.signedIn(), draft);
    } catch (PortalException | TenantsException e) {
      formError = e.getMessage();
      Messages.error(faces, "form.notSaved");
      return null;
    }
    return "/app/programme.xhtml?faces-redirect=true&created=1&id=" + created.programme().id();
  }

  /** The programme's head from the form fields; amounts and percentages as plain decimals. */
  static ProgrammeData.Head head(
      String id,
      Long version,
      String name,
      String description,
      LocalDate start,
      LocalDate end,
      String phase,
      String wijken,
      String ownShare,
      String contributions,
      String contributionsWhere,
      String budget,
      String budgetWhere) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return new ProgrammeData.Head(
        id,
        version,
        name,
        description,
        start,
        end,
        phase,
        MethodEditPage.commaList(wijken),
        Texts.plainPercentage(ownShare),
        Texts.plainAmount(Messages.text(faces, "programmes.statedContributions"), contributions),
        contributionsWhere,
        Texts.plainAmount(Messages.text(faces, "programmes.statedBudget"), budget),
        budgetWhere,
        null,
        null);
  }

  public String getFormError() {
    return formError;
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

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
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
