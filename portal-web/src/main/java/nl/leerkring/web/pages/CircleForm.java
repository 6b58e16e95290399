package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.tenants.Page;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle on the admin page ({@code ?circle=<slug>}): its name and period, the gemeenten taking
 * part (add, remove) and its coordinators (appoint by username, relieve). Each button posts its own
 * small form; refused, the page keeps what was typed with the reasons beside the fields.
 */
@Named
@RequestScoped
public class CircleForm {

  @Inject CurrentViewer current;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private CircleView editing;
  private List<AccountView> coordinators;
  private boolean loaded;
  private String name;
  private String start;
  private String end;
  private String newMember;
  private String newCoordinator;

  /** The circle being edited, or null. */
  public CircleView getEditing() {
    if (!loaded) {
      loaded = true;
      coordinators = null;
      String slug = Inputs.param(faces, "circle");
      try {
        editing = slug == null ? null : circles.bySlug(slug);
      } catch (TenantsException gone) {
        editing = null;
      }
      if (editing != null && !faces.isPostback()) {
        name = editing.name();
        start = Objects.toString(editing.periodStart(), null);
        end = Objects.toString(editing.periodEnd(), null);
      }
    }
    return editing;
  }

  public List<AccountView> getCoordinators() {
    if (coordinators == null) {
      coordinators =
          getEditing() == null
              ? List.of()
              : accounts.coordinatorsOf(current.signedIn(), editing.slug());
    }
    return coordinators;
  }

  public String save() {
    LocalDate from = errors.day("ce-start", start, "admin.circle.start");
    LocalDate until = errors.day("ce-end", end, "admin.circle.end");
    write(
        FieldErrors.fields("name", "ce-name", "start", "ce-start", "end", "ce-end"),
        () -> circles.change(current.signedIn(), editing.slug(), name, from, until),
        "admin.circle.saved");
    return null;
  }

  public String admit() {
    if (write(
        Map.of("tenant", "ce-member"),
        () -> circles.admit(current.signedIn(), editing.slug(), newMember),
        "admin.circle.memberAdded")) {
      newMember = null;
    }
    return null;
  }

  /** Removes the gemeente of the row whose button was pressed. */
  public String release() {
    write(
        Map.of(),
        () -> circles.release(current.signedIn(), editing.slug(), Messages.row(faces)),
        "admin.circle.memberRemoved");
    return null;
  }

  /** Appoints the account with the typed username. */
  public String appoint() {
    if (write(
        Map.of("username", "ce-coordinator"),
        () ->
            accounts.appointCoordinator(
                current.signedIn(), editing.slug(), accountIdOf(newCoordinator)),
        "admin.circle.coordinatorAdded")) {
      newCoordinator = null;
    }
    return null;
  }

  /** Relieves the coordinator of the row whose button was pressed. */
  public String relieve() {
    write(
        Map.of(),
        () -> accounts.relieveCoordinator(current.signedIn(), editing.slug(), Messages.row(faces)),
        "admin.circle.coordinatorRemoved");
    return null;
  }

  private String accountIdOf(String username) {
    String wanted = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    return accounts
        .page(current.signedIn(), new Page.Request(wanted, 1, Page.MAX_SIZE))
        .items()
        .stream()
        .filter(a -> a.username().equals(wanted))
        .map(AccountView::id)
        .findFirst()
        .orElseThrow(
            () ->
                TenantsException.invalidField(
                    "username",
                    nl.leerkring.tenants.accounts.AccountCode.ACCOUNT_NOT_FOUND,
                    wanted));
  }

  private boolean write(Map<String, String> fields, Runnable call, String saved) {
    if (getEditing() != null && errors.run(fields, call)) {
      Messages.info(faces, saved);
      loaded = false;
      return true;
    }
    return false;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String v) {
    start = v;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String v) {
    end = v;
  }

  public String getNewMember() {
    return newMember;
  }

  public void setNewMember(String v) {
    newMember = v;
  }

  public String getNewCoordinator() {
    return newCoordinator;
  }

  public void setNewCoordinator(String v) {
    newCoordinator = v;
  }
}
