package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.PartnerStatus;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/** The programme page's form for a new partner: who, their role, and what they bring in a year. */
@Named
@RequestScoped
public class PartnerForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  private String organisation;
  private String role;
  private boolean coreGroup;
  private String yearlyContribution;
  private PartnerStatus status = PartnerStatus.JOINED;

  public String add() {
    return page.write(
        "partner",
        () ->
            programmes.savePartner(
                current.signedIn(),
                page.getId(),
                null,
                new ProgrammeData.Partner(
                    null,
                    organisation,
                    role,
                    coreGroup,
                    Texts.plainAmount(
                        Messages.text(faces, "programme.partner.contribution"), yearlyContribution),
                    EnumCodes.code(status))));
  }

  public PartnerStatus[] getStatuses() {
    return PartnerStatus.values();
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public boolean isCoreGroup() {
    return coreGroup;
  }

  public void setCoreGroup(boolean coreGroup) {
    this.coreGroup = coreGroup;
  }

  public String getYearlyContribution() {
    return yearlyContribution;
  }

  public void setYearlyContribution(String yearlyContribution) {
    this.yearlyContribution = yearlyContribution;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public void setStatus(PartnerStatus status) {
    this.status = status;
  }
}
