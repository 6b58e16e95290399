package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.AccountChange;
import nl.leerkring.tenants.accounts.MemberView;
import nl.leerkring.tenants.accounts.Members;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Edits a member of the viewer's own gemeente on the members page ({@code ?member=<id>}): name,
 * e-mail address, job title, tenant admin or not, active or not; and makes a one-time
 * password-reset link, shown once. The boundary refuses anyone but the gemeente's admins.
 */
@Named
@RequestScoped
public class MemberForm extends PersonForm {

  @Inject Members members;

  @Inject MembersPage membersPage;

  @Inject FieldErrors errors;

  private MemberView editing;
  private boolean loaded;
  private String jobTitle;
  private boolean tenantAdmin;

  /** The member being edited, or null. */
  public MemberView getEditing() {
    if (!loaded) {
      loaded = true;
      Viewer v = current.get();
      String id = Inputs.param(faces, "member");
      try {
        editing =
            id == null || v.homeTenant().isEmpty() || !v.mayAdminister(v.homeTenant().get())
                ? null
                : members.get(v, v.homeTenant().get(), id);
      } catch (TenantsException gone) {
        editing = null;
      }
      if (editing != null && !faces.isPostback()) {
        displayName = editing.displayName();
        email = editing.email();
        jobTitle = editing.jobTitle();
        tenantAdmin = editing.roles().contains(Role.TENANT_ADMIN);
        active = editing.active();
      }
    }
    return editing;
  }

  public String save() {
    MemberView m = getEditing();
    Viewer v = current.signedIn();
    if (m != null
        && errors.run(
            FieldErrors.fields(
                "displayName", "me-name",
                "email", "me-email",
                "jobTitle", "me-job",
                "roles", "me-admin",
                "active", "me-active"),
            () -> {
              Set<Role> roles = EnumSet.copyOf(m.roles());
              roles.remove(Role.TENANT_ADMIN);
              if (tenantAdmin) {
                roles.add(Role.TENANT_ADMIN);
              }
              members.edit(
                  v,
                  tenant(v),
                  m.id(),
                  new AccountChange(
                      blankIfNull(displayName),
                      blankIfNull(email),
                      AccountChange.names(roles),
                      null,
                      active),
                  blankIfNull(jobTitle));
            })) {
      Messages.info(faces, "members.saved");
      loaded = false;
      membersPage.refresh();
    }
    return null;
  }

  /** Makes a reset link and shows it this once; the member's password and sign-ins end. */
  public String reset() {
    MemberView m = getEditing();
    Viewer v = current.signedIn();
    if (m != null
        && errors.run(
            Map.of(),
            () -> {
              show(members.issueReset(v, tenant(v), m.id()));
            })) {
      Messages.info(faces, "admin.account.resetMade");
    }
    return null;
  }

  private static TenantId tenant(Viewer v) {
    return v.homeTenant().orElseThrow();
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String v) {
    jobTitle = v;
  }

  public boolean isTenantAdmin() {
    return tenantAdmin;
  }

  public void setTenantAdmin(boolean v) {
    tenantAdmin = v;
  }
}
