package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.programmes.ActionShares;
import nl.leerkring.portal.programmes.ActionShares.ShareView;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The programme page's form to share one action ({@code &shareAction=}) with the gemeente's
 * circles: a box per circle, ticked where it is shared; the boundary shares it with the ticked ones
 * and withdraws it from the others.
 */
@Named
@RequestScoped
public class ActionShareForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject ActionShares shares;

  @Inject FacesContext faces;

  private List<ShareView> circles;
  private List<String> chosen;

  public String save() {
    ProgrammeData.Action action = getAction();
    if (action == null) {
      return null;
    }
    return page.write(
        "share",
        FieldErrors.fields("circle", "sh-circles"),
        () -> shares.choose(current.signedIn(), page.programmeId(), action.id(), getChosen()),
        "shares");
  }

  /** The action being shared, when it is one of this programme's; else null (no form). */
  public ProgrammeData.Action getAction() {
    String id = page.editing("shareAction");
    return id == null
        ? null
        : page.getActions().stream().filter(a -> id.equals(a.id())).findFirst().orElse(null);
  }

  /** The gemeente's circles, each saying whether the action is shared there. */
  public List<ShareView> getCircles() {
    if (circles == null) {
      ProgrammeData.Action action = getAction();
      circles =
          action == null
              ? List.of()
              : shares.of(current.signedIn(), page.programmeId(), action.id());
    }
    return circles;
  }

  /** The circles ticked: where it is shared, until the form says otherwise. */
  public List<String> getChosen() {
    if (chosen == null) {
      chosen =
          new ArrayList<>(
              getCircles().stream().filter(ShareView::shared).map(ShareView::circle).toList());
    }
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
