package nl.leerkring.tenants.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.tenants.Page;
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

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject Registrar registrar;

  @Inject LoginThrottle throttle;

  @Inject Circles circles;

  @Inject Audit audit;

  @Inject AccountEditor editor;

  /**
   * Checks a username and password.
   *
   * @param source the network address the attempt comes from, as the web layer determined it: the
   *     throttle counts failures per username and address (see {@link LoginThrottle})
   * @return the account's username in canonical (lower) case
   * @throws TenantsException {@code UNAUTHENTICATED} with {@link AccountCode#BAD_CREDENTIALS}, or
   *     {@code THROTTLED}
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
      // One answer for an unknown user and a wrong password: neither reveals which accounts exist.
      throw new TenantsException(
          TenantsException.Kind.UNAUTHENTICATED, AccountCode.BAD_CREDENTIALS);
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
                        TenantsException.Kind.UNAUTHENTICATED, AccountCode.ACCOUNT_ENDED));
    return new SignedIn(viewerOf(account), account.credentialVersion());
  }

  /**
   * The viewers of the active accounts among these ids, each as {@link #viewerOf(String)} builds
   * it, for many at once: three plain queries per 500 accounts (the accounts, their roles, their
   * circle assignments; no entities to manage) and the circles once, put together in memory. Ended
   * or unknown accounts are left out. Addresses notifications to thousands of people without a
   * query per person.
   */
  public List<Viewer> viewersOf(Collection<String> accountIds) {
    Map<String, Circle> byId = new HashMap<>();
    Map<TenantId, List<Circle>> byMember = new HashMap<>();
    for (Circle c : em.createNamedQuery(Circle.ALL, Circle.class).getResultList()) {
      byId.put(c.id().value(), c); // ordered by name, as withMember answers
      c.memberTenantIds()
          .forEach(t -> byMember.computeIfAbsent(new TenantId(t), k -> new ArrayList<>()).add(c));
    }
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(accountIds));
    List<Viewer> viewers = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      Map<String, Set<Role>> roles = new HashMap<>();
      rows("select a.id, r from Account a join a.roles r where a.id in :ids", chunk)
          .forEach(
              r ->
                  roles
                      .computeIfAbsent((String) r[0], k -> new java.util.HashSet<>())
                      .add((Role) r[1]));
      Map<String, List<CircleAssignment>> assigned = new HashMap<>();
      rows(
              "select a.id, g.circleId, g.role from Account a join a.assignments g"
                  + " where a.id in :ids",
              chunk)
          .forEach(
              r ->
                  assigned
                      .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                      .add(new CircleAssignment(new CircleId((String) r[1]), (CircleRole) r[2])));
      for (Object[] a :
          rows(
              "select a.id, a.username, a.displayName, a.homeTenant from Account a"
                  + " where a.id in :ids and a.active = true",
              chunk)) {
        String id = (String) a[0];
        viewers.add(
            viewerOf(
                id,
                (String) a[1],
                (String) a[2],
                a[3] == null ? null : new TenantId((String) a[3]),
                roles.getOrDefault(id, Set.of()),
                assigned.getOrDefault(id, List.of()),
                t -> byMember.getOrDefault(t, List.of()),
                c -> byId.get(c.value())));
      }
    }
    return viewers;
  }

  private List<Object[]> rows(String jpql, List<String> ids) {
    return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
  }

  private Viewer viewerOf(Account account) {
    return viewerOf(
        account.id(),
        account.username(),
        account.displayName(),
        account.homeTenant(),
        account.roles(),
        account.assignments(),
        circles::withMember,
        circles::byId);
  }

  private static Viewer viewerOf(
      String id,
      String username,
      String displayName,
      TenantId home,
      Set<Role> accountRoles,
      Collection<CircleAssignment> assignments,
      Function<TenantId, List<Circle>> circlesWithMember,
      Function<CircleId, Circle> circleById) {
    List<CircleGrant> grants = new ArrayList<>();
    if (home != null) {
      for (Circle c : circlesWithMember.apply(home)) {
        grants.add(new CircleGrant(c.id(), c.slug(), c.name(), CircleRole.MEMBER));
      }
    }
    Set<Role> roles = new java.util.HashSet<>(accountRoles);
    roles.remove(Role.COORDINATOR); // a coordinator of nothing is none: see the assignments below
    for (CircleAssignment a : assignments) {
      Circle c = circleById.apply(a.circle());
      if (c != null) {
        grants.add(new CircleGrant(c.id(), c.slug(), c.name(), a.role()));
        if (a.role() == CircleRole.COORDINATOR) {
          roles.add(Role.COORDINATOR);
        }
      }
    }
    return new Viewer(id, username, displayName, home, roles, grants);
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
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, AccountCode.SIGN_IN_FIRST);
    }
    Account account = em.find(Account.class, viewer.accountId());
    if (account == null || !account.isActive()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, AccountCode.ACCOUNT_ENDED);
    }
    refuseIfThrottled(account.username(), source);
    if (current == null || !passwords.verify(current, account.passwordHash())) {
      throttle.failed(account.username(), source);
      throw TenantsException.invalidField("currentPassword", AccountCode.CURRENT_PASSWORD_WRONG);
    }
    Passwords.requireAcceptable(account.username(), replacement);
    account.changePassword(passwords.hash(replacement));
    audit.record(
        viewer, account.homeTenant(), "account.password-changed", "account:" + account.id(), null);
    return new SignedIn(viewer, account.credentialVersion());
  }

  /**
   * Replaces an account's roles and, if given, the circles it coordinates; its tokens and sessions
   * end. Platform admins only. The same as {@link #edit} with only these fields.
   *
   * @param coordinatorOf circle slugs, or {@code null} to leave the coordinated circles as they are
   */
  public AccountView changeRoles(
      Viewer viewer, String accountId, Set<Role> roles, List<String> coordinatorOf) {
    return edit(
        viewer,
        accountId,
        new AccountChange(null, null, AccountChange.names(roles), coordinatorOf, null));
  }

  /** Deactivates an account: it can no longer sign in, and its tokens and sessions end at once. */
  public void deactivate(Viewer viewer, String accountId) {
    edit(viewer, accountId, new AccountChange(null, null, null, null, false));
  }

  /**
   * Edits an account: name, e-mail address, roles, the circles it coordinates, and whether it is
   * active. A change of roles or circles and a deactivation end its tokens and sessions at once.
   * Platform admins only; they cannot deactivate themselves or take their own admin role.
   */
  public AccountView edit(Viewer viewer, String accountId, AccountChange change) {
    Account account = administered(viewer, accountId);
    String summary = editor.apply(viewer, account, change, true);
    if (!summary.isEmpty()) {
      audit.record(
          viewer,
          account.homeTenant(),
          "account.changed",
          "account:" + account.id(),
          account.username() + " " + summary);
    }
    return view(account);
  }

  /**
   * Issues a one-time password-reset link for an account, valid for {@code
   * portal.password-reset.hours} (default 24). The account's present password, tokens and sessions
   * end at once. Platform admins only.
   */
  public ResetLink issueReset(Viewer viewer, String accountId) {
    Account account = administered(viewer, accountId);
    ResetLink link = editor.issueReset(viewer, account);
    audit.record(
        viewer,
        account.homeTenant(),
        "account.password-reset-issued",
        "account:" + account.id(),
        account.username() + " expires " + link.expiresAt());
    return link;
  }

  /**
   * Sets a new password with a reset link; the link then never works again. Anyone holding the link
   * may: it is the proof.
   *
   * @return the username whose password was set, to sign in with
   */
  public String resetPassword(String token, String newPassword) {
    Account account = editor.useReset(token, newPassword);
    audit.record(
        Viewer.system(),
        account.homeTenant(),
        "account.password-reset-used",
        "account:" + account.id(),
        account.username());
    return account.username();
  }

  /**
   * Makes an account a coordinator of a circle; its tokens and sessions end. Platform admins only.
   */
  public AccountView appointCoordinator(Viewer viewer, String circleSlug, String accountId) {
    Account account = administered(viewer, accountId);
    Circle circle = circleOf(circleSlug);
    if (account.appoint(circle.id())) {
      audit.record(
          viewer,
          account.homeTenant(),
          "circle.coordinator-appointed",
          "circle:" + circle.id(),
          circle.slug() + " " + account.username());
    }
    return view(account);
  }

  /** The account no longer coordinates the circle; its tokens and sessions end. */
  public AccountView relieveCoordinator(Viewer viewer, String circleSlug, String accountId) {
    Account account = administered(viewer, accountId);
    Circle circle = circleOf(circleSlug);
    if (!account.relieve(circle.id())) {
      throw TenantsException.notFound(AccountCode.NOT_A_COORDINATOR, circle.name());
    }
    audit.record(
        viewer,
        account.homeTenant(),
        "circle.coordinator-relieved",
        "circle:" + circle.id(),
        circle.slug() + " " + account.username());
    return view(account);
  }

  private Circle circleOf(String slug) {
    Circle circle = circles.find(slug);
    if (circle == null) {
      throw TenantsException.notFound(
          nl.leerkring.tenants.directory.DirectoryCode.CIRCLE_NOT_FOUND, String.valueOf(slug));
    }
    return circle;
  }

  private Account administered(Viewer viewer, String accountId) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(AccountCode.ONLY_PLATFORM_ADMINS);
    }
    Account account = accountId == null ? null : em.find(Account.class, accountId);
    if (account == null) {
      throw TenantsException.notFound(AccountCode.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
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
      throw TenantsException.forbidden(AccountCode.ONLY_PLATFORM_ADMINS);
    }
    Account account =
        registrar.newAccount(r.username(), r.password(), r.displayName(), tenant, r.roles());
    account.describe(account.displayName(), r.email());
    if (r.language() != null) {
      account.speak(r.language());
    }
    assign(account, "coordinatorOf", r.coordinatorOf(), CircleRole.COORDINATOR);
    assign(account, "facilitatorOf", r.facilitatorOf(), CircleRole.FACILITATOR);
    assign(account, "researcherOf", r.researcherOf(), CircleRole.RESEARCHER);
    if (!r.facilitatorOf().isEmpty() && !account.roles().contains(Role.FACILITATOR)) {
      throw TenantsException.invalidField("facilitatorOf", AccountCode.ONLY_FACILITATORS_GUIDE);
    }
    if (!r.researcherOf().isEmpty() && !account.roles().contains(Role.RESEARCHER)) {
      throw TenantsException.invalidField("researcherOf", AccountCode.ONLY_RESEARCHERS_READ);
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
      throw TenantsException.forbidden(AccountCode.ONLY_PLATFORM_ADMINS);
    }
    return em.createNamedQuery(Account.ALL, Account.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  /**
   * One page of the accounts whose username, name or e-mail address contains {@code q} (any case),
   * by username; platform admins only.
   */
  public Page<AccountView> page(Viewer viewer, Page.Request request) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(AccountCode.ONLY_PLATFORM_ADMINS);
    }
    long total =
        em.createNamedQuery(Account.COUNT_MATCHING, Long.class)
            .setParameter("q", request.pattern())
            .getSingleResult();
    List<AccountView> items =
        em
            .createNamedQuery(Account.MATCHING, Account.class)
            .setParameter("q", request.pattern())
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(this::view)
            .toList();
    return new Page<>(items, total, request.page(), request.size());
  }

  /** The accounts that coordinate the circle, by username; platform admins only. */
  public List<AccountView> coordinatorsOf(Viewer viewer, String circleSlug) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(AccountCode.ONLY_PLATFORM_ADMINS);
    }
    return em
        .createNamedQuery(Account.WITH_ASSIGNMENT, Account.class)
        .setParameter("circle", circleOf(circleSlug).id().value())
        .setParameter("role", CircleRole.COORDINATOR)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** One account; platform admins only. */
  public AccountView get(Viewer viewer, String accountId) {
    return view(administered(viewer, accountId));
  }

  private void assign(Account account, String field, List<String> circleSlugs, CircleRole role) {
    for (String slug : circleSlugs) {
      account.assign(new CircleAssignment(circles.idOf(field, slug), role));
    }
  }

  private void refuseIfThrottled(String username, String source) {
    Duration wait = throttle.waitFor(username, source);
    if (!wait.isZero()) {
      throw new TenantsException(
          TenantsException.Kind.THROTTLED, AccountCode.THROTTLED, Math.max(1, wait.toSeconds()));
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
        a.isActive(),
        a.email());
  }
}
