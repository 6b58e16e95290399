package nl.leerkring.tenants.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Sign-in, password changes, the Viewer of an account, and accounts created and changed by platform
 * admins.
 */
@Stateless
public class Accounts {

  /**
   * One answer for an unknown user and a wrong password, so neither reveals which accounts exist.
   */
  public static final String BAD_CREDENTIALS = "Unknown username or wrong password.";

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject Registrar registrar;

  @Inject LoginThrottle throttle;

  @Inject Circles circles;

  @Inject Audit audit;

  /**
   * Checks a username and password.
   *
   * @param source the network address the attempt comes from, as the web layer determined it: the
   *     throttle counts failures per username and address (see {@link LoginThrottle})
   * @return the account's username in canonical (lower) case
   * @throws TenantsException {@code UNAUTHENTICATED} with {@link #BAD_CREDENTIALS}, or {@code
   *     THROTTLED}
   */
  public String authenticate(String username, String password, String source) {
    refuseIfThrottled(username, source);
    Optional<Account> account = lookUp(username);
    boolean valid;
    if (account.isPresent() && password != null) {
      // A deactivated account costs the same hash and gets the same answer as a wrong password.
      valid = passwords.verify(password, account.get().passwordHash()) && account.get().isActive();
    } else {
      passwords.spendDecoyTime(password == null ? "" : password);
      valid = false;
    }
    if (!valid) {
      throttle.failed(username, source);
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, BAD_CREDENTIALS);
    }
    throttle.succeeded(username, source);
    return account.get().username();
  }

  /** The viewer for a signed-in username: home tenant, the circles taken part in, and roles. */
  public Viewer viewerOf(String username) {
    return signedIn(username).viewer();
  }

  /**
   * The viewer of an active account and the credential version its tokens and sessions must carry.
   *
   * @throws TenantsException {@code UNAUTHENTICATED} when the account is gone or deactivated
   */
  public SignedIn signedIn(String username) {
    Account account =
        lookUp(username)
            .filter(Account::isActive)
            .orElseThrow(
                () ->
                    new TenantsException(
                        TenantsException.Kind.UNAUTHENTICATED,
                        "The account no longer exists or is deactivated."));
    return new SignedIn(viewerOf(account), account.credentialVersion());
  }

  private Viewer viewerOf(Account account) {
    List<CircleGrant> grants = new ArrayList<>();
    TenantId home = account.homeTenant();
    if (home != null) {
      for (Circle c : circles.withMember(home)) {
        grants.add(new CircleGrant(c.id(), c.slug(), c.name(), CircleRole.MEMBER));
      }
    }
    Set<Role> roles = new java.util.HashSet<>(account.roles());
    roles.remove(Role.COORDINATOR); // a coordinator of nothing is none: see the assignments below
    for (CircleAssignment a : account.assignments()) {
      Circle c = circles.byId(a.circle());
      if (c != null) {
        grants.add(new CircleGrant(c.id(), c.slug(), c.name(), a.role()));
        if (a.role() == CircleRole.COORDINATOR) {
          roles.add(Role.COORDINATOR);
        }
      }
    }
    return new Viewer(account.id(), account.username(), account.displayName(), home, roles, grants);
  }

  /**
   * Changes the viewer's own password. Every earlier token and session of the account ends; the
   * caller signs the asking one in again with the answer.
   *
   * @param source the network address the request comes from: wrong current passwords are throttled
   *     like failed sign-ins
   * @return the viewer with the account's new credential version
   */
  public SignedIn changePassword(Viewer viewer, String current, String replacement, String source) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, "Sign in first.");
    }
    Account account = em.find(Account.class, viewer.accountId());
    if (account == null || !account.isActive()) {
      throw new TenantsException(
          TenantsException.Kind.UNAUTHENTICATED, "The account no longer exists.");
    }
    refuseIfThrottled(account.username(), source);
    if (current == null || !passwords.verify(current, account.passwordHash())) {
      throttle.failed(account.username(), source);
      throw TenantsException.invalid("The current password is not correct.");
    }
    Passwords.requireAcceptable(account.username(), replacement);
    account.changePassword(passwords.hash(replacement));
    audit.record(
        viewer, account.homeTenant(), "account.password-changed", "account:" + account.id(), null);
    return new SignedIn(viewer, account.credentialVersion());
  }

  /**
   * Replaces an account's roles and, if given, the circles it coordinates; its tokens and sessions
   * end. Platform admins only.
   *
   * @param coordinatorOf circle slugs, or {@code null} to leave the coordinated circles as they are
   */
  public AccountView changeRoles(
      Viewer viewer, String accountId, Set<Role> roles, List<String> coordinatorOf) {
    Account account = administered(viewer, accountId);
    account.assignRoles(roles);
    if (coordinatorOf != null) {
      Set<CircleId> coordinated = new HashSet<>();
      coordinatorOf.forEach(slug -> coordinated.add(circles.idOf(slug)));
      account.assign(CircleRole.COORDINATOR, coordinated);
    }
    audit.record(
        viewer,
        account.homeTenant(),
        "account.roles-changed",
        "account:" + account.id(),
        account.username() + " roles=" + account.roles() + " coordinatorOf=" + coordinatorOf);
    return view(account);
  }

  /** Deactivates an account: it can no longer sign in, and its tokens and sessions end at once. */
  public void deactivate(Viewer viewer, String accountId) {
    Account account = administered(viewer, accountId);
    if (account.id().equals(viewer.accountId())) {
      throw TenantsException.invalid("Platform admins cannot deactivate their own account.");
    }
    account.deactivate();
    audit.record(
        viewer,
        account.homeTenant(),
        "account.deactivated",
        "account:" + account.id(),
        account.username());
  }

  private Account administered(Viewer viewer, String accountId) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins change accounts.");
    }
    Account account = accountId == null ? null : em.find(Account.class, accountId);
    if (account == null) {
      throw TenantsException.notFound("No account '" + accountId + "'.");
    }
    return account;
  }

  /**
   * Creates an account; with a tenant, also its {@link Member} record in that tenant's workspace.
   *
   * @param tenant the home tenant, or {@code null} for facilitators, researchers and admins
   */
  @TenantBound
  public AccountView register(Viewer viewer, TenantId tenant, Registration r) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins create accounts this way.");
    }
    Account account =
        registrar.newAccount(r.username(), r.password(), r.displayName(), tenant, r.roles());
    assign(account, r.coordinatorOf(), CircleRole.COORDINATOR);
    assign(account, r.facilitatorOf(), CircleRole.FACILITATOR);
    assign(account, r.researcherOf(), CircleRole.RESEARCHER);
    if (!r.facilitatorOf().isEmpty() && !account.roles().contains(Role.FACILITATOR)) {
      throw TenantsException.invalid("Only facilitators can be facilitator of a circle.");
    }
    if (!r.researcherOf().isEmpty() && !account.roles().contains(Role.RESEARCHER)) {
      throw TenantsException.invalid("Only researchers can be granted research access.");
    }
    em.persist(account);
    if (tenant != null) {
      em.persist(new Member(account, null, null));
    }
    audit.record(
        viewer,
        tenant,
        "account.registered",
        "account:" + account.id(),
        account.username() + " roles=" + account.roles() + " coordinatorOf=" + r.coordinatorOf());
    return view(account);
  }

  public boolean exists(String username) {
    return lookUp(username).isPresent();
  }

  /** Creates the first platform admin unless an account named {@code admin} exists. */
  public boolean ensureFirstAdmin(String password) {
    if (lookUp("admin").isPresent()) {
      return false;
    }
    Account admin =
        registrar.newAccount(
            "admin", password, "Platformbeheerder", null, Set.of(Role.PLATFORM_ADMIN));
    em.persist(admin);
    audit.record(Viewer.system(), null, "account.registered", "account:" + admin.id(), "admin");
    return true;
  }

  public List<AccountView> all(Viewer viewer) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins list all accounts.");
    }
    return em.createNamedQuery(Account.ALL, Account.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  private void assign(Account account, List<String> circleSlugs, CircleRole role) {
    for (String slug : circleSlugs) {
      account.assign(new CircleAssignment(circles.idOf(slug), role));
    }
  }

  private void refuseIfThrottled(String username, String source) {
    Duration wait = throttle.waitFor(username, source);
    if (!wait.isZero()) {
      throw new TenantsException(
          TenantsException.Kind.THROTTLED,
          "Too many failed attempts. Try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
    }
  }

  private Optional<Account> lookUp(String username) {
    return registrar.lookUp(username);
  }

  private AccountView view(Account a) {
    List<String> coordinated =
        a.assignments().stream()
            .filter(x -> x.role() == CircleRole.COORDINATOR)
            .map(x -> circles.byId(x.circle()))
            .filter(c -> c != null)
            .map(Circle::slug)
            .sorted()
            .collect(Collectors.toList());
    return new AccountView(
        a.id(),
        a.username(),
        a.displayName(),
        a.homeTenant() == null ? null : a.homeTenant().value(),
        a.roles(),
        coordinated,
        a.isActive());
  }
}
