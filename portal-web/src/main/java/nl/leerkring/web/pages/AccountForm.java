package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.AccountChange;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.ResetLink;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Edits an account on the admin page ({@code ?account=<id>}): name, e-mail address, roles, the
 * circles it coordinates and whether it is active; and makes a one-time password-reset link, shown
 * once to the admin. Refused, the page keeps what was typed with the reasons beside the fields.
 */
@Named
@RequestScoped
public class AccountForm {

  @Inject CurrentViewer current;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject AdminPage adminPage;

  @Inject FieldErrors errors;

  private AccountView editing;
  private boolean loaded;
  private String displayName;
  private String email;
  private List<String> roles = new ArrayList<>();
  private List<String> coordinatorOf = new ArrayList<>();
  private boolean active;
  private String resetLink;
  private Instant resetExpires;

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
              ResetLink link = accounts.issueReset(current.signedIn(), a.id());
              resetLink = linkTo(faces, link);
              resetExpires = link.expiresAt();
            })) {
      Messages.info(faces, "admin.account.resetMade");
      adminPage.refresh();
    }
    return null;
  }

  /**
   * The form sends every field: an emptied one is blank, not "keep" (Faces hands empty input over
   * as null).
   */
  static String blankIfNull(String typed) {
    return typed == null ? "" : typed;
  }

  /** The address of the public reset page with the link's token, from this request's address. */
  static String linkTo(FacesContext faces, ResetLink link) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String base =
        request.getRequestURL().toString().replace(request.getRequestURI(), "")
            + request.getContextPath();
    return base + "/reset.xhtml?token=" + link.token();
  }

  public String getResetLink() {
    return resetLink;
  }

  public Instant getResetExpires() {
    return resetExpires;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String v) {
    displayName = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean v) {
    active = v;
  }
}
