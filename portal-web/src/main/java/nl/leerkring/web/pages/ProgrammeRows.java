package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerkring.portal.programmes.ActionStatus;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The buttons beside the programme page's rows: an action's new status, a milestone reached, and
 * deleting a partner, action or milestone. Each button posts its row's id (see {@link
 * Messages#row}); a refusal shows above the rows.
 */
@Named
@RequestScoped
public class ProgrammeRows {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  /** Saves an action again with the status chosen beside it; everything else stays. */
  public String changeActionStatus() {
    String actionId = Inputs.param(faces, "row");
    ProgrammeData.Action a =
        page.getActions().stream().filter(x -> x.id().equals(actionId)).findFirst().orElse(null);
    if (a == null) {
      return gone();
    }
    return page.write(
        "rows",
        java.util.Map.of(),
        () -> {
          return programmes.saveAction(
              current.signedIn(),
              page.programmeId(),
              actionId,
              new ProgrammeData.Action(
                  null,
                  a.goal(),
                  a.title(),
                  a.owner(),
                  a.partners(),
                  Messages.typed(faces, "status"),
                  a.phase(),
                  a.quarter(),
                  a.method(),
                  a.position(),
                  null));
        },
        "rows");
  }

  /** Marks a milestone reached today. */
  public String milestoneDone() {
    String milestoneId = Inputs.param(faces, "row");
    ProgrammeData.Milestone m =
        page.getFull() == null
            ? null
            : page.getFull().milestones().stream()
                .filter(x -> x.id().equals(milestoneId))
                .findFirst()
                .orElse(null);
    if (m == null) {
      return gone();
    }
    return page.write(
        "rows",
        java.util.Map.of(),
        () -> {
          return programmes.saveMilestone(
              current.signedIn(),
              page.programmeId(),
              milestoneId,
              new ProgrammeData.Milestone(
                  null,
                  m.action(),
                  m.title(),
                  m.dueDate(),
                  m.indicator(),
                  m.target(),
                  m.achieved(),
                  LocalDate.now(),
                  null));
        },
        "rows");
  }

  /** A row that is no longer in the programme (deleted meanwhile): the page says so. */
  private String gone() {
    errors.addText(null, "errors.gone");
    return null;
  }

  /** The statuses an action's row offers, as the codes its plain select posts. */
  public List<String> getActionStatuses() {
    return Arrays.stream(ActionStatus.values()).map(EnumCodes::code).toList();
  }

  public String deleteAction() {
    return delete("actions");
  }

  public String deleteMilestone() {
    return delete("milestones");
  }

  public String deletePartner() {
    return delete("partners");
  }

  private String delete(String kind) {
    return page.write(
        "rows",
        java.util.Map.of(),
        () ->
            programmes.deletePart(
                current.signedIn(), page.programmeId(), kind, Messages.row(faces)),
        "rows");
  }
}
