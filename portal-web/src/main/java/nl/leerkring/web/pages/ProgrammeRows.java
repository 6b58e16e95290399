package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerkring.portal.PortalException;
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

  /** Saves an action again with the status chosen beside it; everything else stays. */
  public String changeActionStatus() {
    return page.write(
        "rows",
        () -> {
          String actionId = Messages.row(faces);
          ProgrammeData.Action a =
              page.getActions().stream()
                  .filter(x -> x.id().equals(actionId))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          PortalException.invalid(
                              "That action is no longer in the programme; reload the page."));
          return programmes.saveAction(
              current.signedIn(),
              page.getId(),
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
        });
  }

  /** Marks a milestone reached today. */
  public String milestoneDone() {
    return page.write(
        "rows",
        () -> {
          String milestoneId = Messages.row(faces);
          ProgrammeData.Milestone m =
              page.getFull().milestones().stream()
                  .filter(x -> x.id().equals(milestoneId))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          PortalException.invalid(
                              "That milestone is no longer in the programme; reload the page."));
          return programmes.saveMilestone(
              current.signedIn(),
              page.getId(),
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
        });
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
        () -> programmes.deletePart(current.signedIn(), page.getId(), kind, Messages.row(faces)));
  }
}
