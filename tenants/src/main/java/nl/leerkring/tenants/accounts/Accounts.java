package nl.leerkring.tenants.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/** Sign-in, password changes, the Viewer of an account, and accounts created by platform admins. */
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
   * @return the account's username in canonical (lower) case
   * @throws TenantsException {@code UNAUTHENTICATED} with {@link #BAD_CREDENTIALS}, or {@code
   *     THROTTLED}
   */
  public String authenticate(String username, String password) {
    refuseIfThrottled(username);
    Optional<Account> account = lookUp(username);
    boolean valid;
    if (account.isPresent() && password != null) {
      valid = passwords.verify(password, account.get().passwordHash());
    } else {
      passwords.spendDecoyTime(password == null ? "" : password);
      valid = false;
    }
    if (!valid) {
      throttle.failed(username);
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, BAD_CREDENTIALS);
    }
    throttle.succeeded(username);
    return account.get().username();
  }

  /** The viewer for a signed-in username: home tenant, the circles taken part in, and roles. */
  public Viewer viewerOf(String username) {
    Account account =
        lookUp(username)
            .orElseThrow(
                () ->
                    new TenantsException(
                        TenantsException.Kind.UNAUTHENTICATED, "The account no longer exists."));
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

  public void changePassword(Viewer viewer, String current, String replacement) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, "Sign in first.");
    }
    Account account = em.find(Account.class, viewer.accountId());
    if (account == null) {
      throw new TenantsException(
          TenantsException.Kind.UNAUTHENTICATED, "The account no longer exists.");
    }
    refuseIfThrottled(account.username());
    if (current == null || !passwords.verify(current, account.passwordHash())) {
      throttle.failed(account.username());
      throw TenantsException.invalid("The current password is not correct.");
    }
    Passwords.requireAcceptable(account.username(), replacement);
    account.changePasswordHash(passwords.hash(replacement));
    audit.record(
        viewer, account.homeTenant(), "account.password-changed", "account:" + account.id(), null);
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

  private void refuseIfThrottled(String username) {
    Duration wait = throttle.waitFor(username);
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
        coordinated);
  }
}
