package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.tenants.Page;
import nl.leerkring.tenants.accounts.MemberView;
import nl.leerkring.tenants.accounts.Members;
import nl.leerkring.tenants.accounts.NewMember;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The members of the viewer's own gemeente, searchable; its tenant admins add members here and edit
 * them with {@link MemberForm}.
 */
@Named
@RequestScoped
public class MembersPage {

  @Inject CurrentViewer current;

  @Inject Members members;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject Tenants tenants;

  private Page<MemberView> list;

  private String username;
  private String displayName;
  private String email;
  private String jobTitle;
  private String password;
  private boolean tenantAdmin;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  public boolean isAdmin() {
    Viewer v = current.get();
    return v.homeTenant().map(v::mayAdminister).orElse(false);
  }

  /** What every new member's username starts with: the gemeente's namespace ({@code duiven.}). */
  public String getUsernamePrefix() {
    return current.get().homeTenant().flatMap(tenants::byId).map(t -> t.slug() + ".").orElse("");
  }

  /** The page of members asked for: {@code q} (search text) and {@code p} (page, from 1). */
  public Page<MemberView> getMemberPage() {
    if (list == null) {
      Viewer v = current.signedIn();
      Page.Request asked = Page.Request.of(getQ(), Inputs.number(faces, "p"), null);
      list = v.homeTenant().map(t -> members.page(v, t, asked)).orElse(Page.of(List.of(), asked));
    }
    return list;
  }

  /** The address of another page of the list, with the same search. */
  public String pageLink(int page) {
    String q = getQ();
    return "?p=" + page + (q == null ? "" : "&q=" + Links.encode(q));
  }

  /** Reads the list again when the page shows it: a form of the page just changed it. */
  void refresh() {
    list = null;
  }

  /** The search text ({@code q}) the list is filtered by, or null. */
  public String getQ() {
    return Inputs.param(faces, "q");
  }

  public String add() {
    Viewer v = current.signedIn();
    if (v.homeTenant().isEmpty()) {
      Messages.error(faces, "members.noTenant");
      return null;
    }
    boolean added =
        errors.run(
            FieldErrors.fields(
                "username", "m-username",
                "password", "m-password",
                "displayName", "m-name",
                "email", "m-email",
                "jobTitle", "m-job"),
            () ->
                members.add(
                    v,
                    v.homeTenant().get(),
                    new NewMember(username, password, displayName, email, jobTitle, tenantAdmin)));
    if (added) {
      Messages.info(faces, "members.added");
      username = displayName = email = jobTitle = password = null;
      tenantAdmin = false;
      list = null;
    }
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isTenantAdmin() {
    return tenantAdmin;
  }

  public void setTenantAdmin(boolean tenantAdmin) {
    this.tenantAdmin = tenantAdmin;
  }
}
