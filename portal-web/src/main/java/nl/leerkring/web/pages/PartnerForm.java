package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.PartnerStatus;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The programme page's form for a partner: who, their role, and what they bring in a year; new, or
 * in edit mode ({@code editPartner}).
 */
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

  @Inject FieldErrors errors;

  @PostConstruct
  void fill() {
    ProgrammeData.Partner edited = page.getEditedPartner();
    if (edited == null || FormErrors.posted(faces, "partner-form")) {
      return;
    }
    organisation = edited.organisation();
    role = edited.role();
    coreGroup = Boolean.TRUE.equals(edited.coreGroup());
    yearlyContribution = Texts.dutchAmount(edited.yearlyContribution());
    status = EnumCodes.of(PartnerStatus.class, edited.status(), status);
  }

  public String save() {
    ProgrammeData.Partner partner =
        new ProgrammeData.Partner(
            null,
            errors.required("pa-organisation", organisation, "programme.partner.organisation"),
            role,
            coreGroup,
            errors.amount("pa-contribution", yearlyContribution, "programme.partner.contribution"),
            EnumCodes.code(status));
    return page.write(
        "partner",
        FieldErrors.fields(
            "organisation", "pa-organisation",
            "role", "pa-role",
            "coreGroup", "pa-core",
            "yearlyContribution", "pa-contribution",
            "status", "pa-status"),
        () ->
            programmes.savePartner(
                current.signedIn(), page.programmeId(), page.editing("editPartner"), partner),
        page.editing("editPartner") == null ? "partner" : "partnerEdited");
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
