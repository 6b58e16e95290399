package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.AccountChange;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Role;

/**
 * Edits an account on the admin page ({@code ?account=<id>}): name, e-mail address, roles, the
 * circles it coordinates and whether it is active; and makes a one-time password-reset link, shown
 * once to the admin. Refused, the page keeps what was typed with the reasons beside the fields.
 */
@Named
@RequestScoped
public class AccountForm extends PersonForm {

  @Inject Accounts accounts;

  @Inject AdminPage adminPage;

  @Inject FieldErrors errors;

  private AccountView editing;
  private boolean loaded;
  private List<String> roles = new ArrayList<>();
  private List<String> coordinatorOf = new ArrayList<>();

  /** The account being edited, or null. */
  public AccountView getEditing() {
    if (!loaded) {
      loaded = true;
      String id = Inputs.param(faces, "account");
      try {
        editing = id == null ? null : accounts.get(current.signedIn(), id);
      } catch (TenantsException goneOrNotAllowed) {
        editing = null;
      }
      if (editing != null && !faces.isPostback()) {
        displayName = editing.displayName();
        email = editing.email();
        roles = editing.roles().stream().map(Role::label).collect(Collectors.toList());
        roles.remove(Role.COORDINATOR.label()); // held per circle, below
        coordinatorOf = new ArrayList<>(editing.coordinatorOf());
        active = editing.active();
      }
    }
    return editing;
  }

  public String save() {
    AccountView a = getEditing();
    if (a != null
        && errors.run(
            FieldErrors.fields(
                "displayName", "ae-name",
                "email", "ae-email",
                "roles", "ae-roles",
                "coordinatorOf", "ae-circles",
                "active", "ae-active"),
            () -> {
              accounts.edit(
                  current.signedIn(),
                  a.id(),
                  new AccountChange(
                      blankIfNull(displayName), blankIfNull(email), roles, coordinatorOf, active));
            })) {
      Messages.info(faces, "admin.account.saved");
      loaded = false;
      adminPage.refresh();
    }
    return null;
  }

  /** Makes a reset link and shows it this once; the account's password and sign-ins end. */
  public String reset() {
    AccountView a = getEditing();
    if (a != null
        && errors.run(
            Map.of(),
            () -> {
              show(accounts.issueReset(current.signedIn(), a.id()));
            })) {
      Messages.info(faces, "admin.account.resetMade");
      adminPage.refresh();
    }
    return null;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> v) {
    roles = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getCoordinatorOf() {
    return coordinatorOf;
  }

  public void setCoordinatorOf(List<String> v) {
    coordinatorOf = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }
}
