package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.search.IndexStatus;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.tenants.Page;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Registration;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Platform administration: the gemeenten and accounts (searchable, a page at a time), the circles,
 * the forms that add them, and the search index. Editing one is {@link TenantForm}, {@link
 * CircleForm} and {@link AccountForm}. The boundaries refuse anyone but platform admins.
 */
@Named
@RequestScoped
public class AdminPage {

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject SearchService search;

  private IndexStatus index;
  private Page<TenantView> tenantPage;
  private Page<AccountView> accountPage;

  // new tenant
  private String tenantSlug;
  private String tenantName;
  private String tenantCbsCode;
  // new circle
  private String circleSlug;
  private String circleName;
  private String circleProgrammeLine;
  private LocalDate circleStart;
  private LocalDate circleEnd;
  private List<String> circleMembers = new ArrayList<>();
  // new account
  private String accountUsername;
  private String accountDisplayName;
  private String accountPassword;
  private String accountTenant;
  private String accountRole = "member";
  private String accountCoordinatorOf;

  public boolean isAllowed() {
    return current.get().isPlatformAdmin();
  }

  public List<TenantView> getTenants() {
    return tenants.all();
  }

  public List<CircleView> getCircles() {
    return circles.all();
  }

  public List<AccountView> getAccounts() {
    return isAllowed() ? accounts.all(current.signedIn()) : List.of();
  }

  /** The page of gemeenten asked for: {@code tq} (search text) and {@code tp} (page, from 1). */
  public Page<TenantView> getTenantPage() {
    if (tenantPage == null) {
      tenantPage =
          tenants.page(
              current.signedIn(), Page.Request.of(getTq(), Inputs.number(faces, "tp"), null));
    }
    return tenantPage;
  }

  /** The page of accounts asked for: {@code aq} (search text) and {@code ap} (page, from 1). */
  public Page<AccountView> getAccountPage() {
    if (accountPage == null) {
      accountPage =
          accounts.page(
              current.signedIn(), Page.Request.of(getAq(), Inputs.number(faces, "ap"), null));
    }
    return accountPage;
  }

  public String getTq() {
    return Inputs.param(faces, "tq");
  }

  public String getAq() {
    return Inputs.param(faces, "aq");
  }

  /**
   * The address of another page of one list, keeping the other list's search and page: {@code list}
   * is {@code t} (gemeenten) or {@code a} (accounts).
   */
  public String pageLink(String list, int page) {
    StringBuilder url = new StringBuilder("?");
    for (String key : List.of("tq", "tp", "aq", "ap")) {
      String value = key.equals(list + "p") ? String.valueOf(page) : Inputs.param(faces, key);
      if (value != null) {
        url.append(url.length() == 1 ? "" : "&")
            .append(key)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return url.toString();
  }

  /** Reads the lists again when the page shows them: a form of the page just changed one. */
  void refresh() {
    tenantPage = null;
    accountPage = null;
  }

  /** The search index's state, read once per request. */
  public IndexStatus getIndex() {
    if (index == null) {
      index = search.status();
    }
    return index;
  }

  public String rebuildIndex() {
    if (Messages.attempt(faces, () -> search.rebuild(current.signedIn()))) {
      Messages.info(faces, "admin.search.started");
      index = null;
    }
    return null;
  }

  public String addTenant() {
    if (errors.run(
        FieldErrors.fields("slug", "t-slug", "name", "t-name", "cbsCode", "t-cbs"),
        () -> tenants.register(current.signedIn(), tenantSlug, tenantName, tenantCbsCode))) {
      Messages.info(faces, "admin.saved");
      tenantSlug = tenantName = tenantCbsCode = null;
      refresh();
    }
    return null;
  }

  public String addCircle() {
    if (errors.run(
        FieldErrors.fields(
            "slug", "c-slug",
            "name", "c-name",
            "programmeLine", "c-line",
            "start", "c-start",
            "end", "c-end",
            "members", "c-name"),
        () ->
            circles.create(
                current.signedIn(),
                circleSlug,
                circleName,
                circleProgrammeLine,
                circleStart,
                circleEnd,
                circleMembers))) {
      Messages.info(faces, "admin.saved");
      circleSlug = circleName = circleProgrammeLine = null;
      circleStart = circleEnd = null;
      circleMembers = new ArrayList<>();
      refresh();
    }
    return null;
  }

  public String addAccount() {
    Viewer viewer = current.signedIn();
    if (errors.run(
        FieldErrors.fields(
            "username", "a-username",
            "displayName", "a-name",
            "password", "a-password",
            "tenant", "a-tenant",
            "roles", "a-role",
            "coordinatorOf", "a-circle"),
        () -> {
          TenantId tenant =
              accountTenant == null || accountTenant.isBlank()
                  ? null
                  : new TenantId(tenants.bySlug(accountTenant).id());
          Set<Role> roles = EnumSet.of(Role.parse(accountRole));
          List<String> coordinated =
              accountCoordinatorOf == null || accountCoordinatorOf.isBlank()
                  ? List.of()
                  : List.of(accountCoordinatorOf);
          List<String> guided = roles.contains(Role.FACILITATOR) ? coordinated : List.of();
          List<String> read = roles.contains(Role.RESEARCHER) ? coordinated : List.of();
          List<String> coordinates =
              roles.contains(Role.FACILITATOR) || roles.contains(Role.RESEARCHER)
                  ? List.of()
                  : coordinated;
          accounts.register(
              viewer,
              tenant,
              new Registration(
                  accountUsername,
                  accountPassword,
                  accountDisplayName,
                  roles,
                  coordinates,
                  guided,
                  read));
        })) {
      Messages.info(faces, "admin.saved");
      accountUsername = accountDisplayName = accountPassword = accountTenant = null;
      accountCoordinatorOf = null;
      accountRole = "member";
      refresh();
    }
    return null;
  }

  /** The roles an account's edit form offers; coordinators are made per circle. */
  public List<String> getEditableRoles() {
    return List.of("member", "tenant-admin", "facilitator", "researcher", "platform-admin");
  }

  public List<String> getRoleChoices() {
    return List.of(
        "member", "tenant-admin", "coordinator", "facilitator", "researcher", "platform-admin");
  }

  public String getTenantSlug() {
    return tenantSlug;
  }

  public void setTenantSlug(String v) {
    tenantSlug = v;
  }

  public String getTenantName() {
    return tenantName;
  }

  public void setTenantName(String v) {
    tenantName = v;
  }

  public String getTenantCbsCode() {
    return tenantCbsCode;
  }

  public void setTenantCbsCode(String v) {
    tenantCbsCode = v;
  }

  public String getCircleSlug() {
    return circleSlug;
  }

  public void setCircleSlug(String v) {
    circleSlug = v;
  }

  public String getCircleName() {
    return circleName;
  }

  public void setCircleName(String v) {
    circleName = v;
  }

  public String getCircleProgrammeLine() {
    return circleProgrammeLine;
  }

  public void setCircleProgrammeLine(String v) {
    circleProgrammeLine = v;
  }

  public LocalDate getCircleStart() {
    return circleStart;
  }

  public void setCircleStart(LocalDate v) {
    circleStart = v;
  }

  public LocalDate getCircleEnd() {
    return circleEnd;
  }

  public void setCircleEnd(LocalDate v) {
    circleEnd = v;
  }

  public List<String> getCircleMembers() {
    return circleMembers;
  }

  public void setCircleMembers(List<String> v) {
    circleMembers = v == null ? new ArrayList<>() : v;
  }

  public String getAccountUsername() {
    return accountUsername;
  }

  public void setAccountUsername(String v) {
    accountUsername = v;
  }

  public String getAccountDisplayName() {
    return accountDisplayName;
  }

  public void setAccountDisplayName(String v) {
    accountDisplayName = v;
  }

  public String getAccountPassword() {
    return accountPassword;
  }

  public void setAccountPassword(String v) {
    accountPassword = v;
  }

  public String getAccountTenant() {
    return accountTenant;
  }

  public void setAccountTenant(String v) {
    accountTenant = v;
  }

  public String getAccountRole() {
    return accountRole;
  }

  public void setAccountRole(String v) {
    accountRole = v;
  }

  public String getAccountCoordinatorOf() {
    return accountCoordinatorOf;
  }

  public void setAccountCoordinatorOf(String v) {
    accountCoordinatorOf = v;
  }
}
