package nl.leerkring.tenants.accounts;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Edits accounts and issues their reset links, for {@link Accounts} (platform admins) and {@link
 * Members} (a gemeente's admins, for its own members), inside their transaction. Every wrong field
 * is reported at once and nothing is changed then. Each change that must end sign-ins goes through
 * the {@link Account}'s own methods, which raise its credential version.
 */
@Dependent
class AccountEditor {

  /** What a gemeente's admin may give or take; every other role is the platform admins'. */
  static final Set<Role> TENANT_ROLES = EnumSet.of(Role.MEMBER, Role.TENANT_ADMIN);

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Passwords passwords;

  @Inject Event<AccountLetter> letters;

  @Inject
  @ConfigProperty(name = "portal.password-reset.hours", defaultValue = "24")
  int resetHours;

  Clock clock = Clock.systemUTC();

  /**
   * Applies the change as a platform admin ({@code platform}) or a gemeente's admin may.
   *
   * @return a before/after summary for the audit log, empty when nothing changed
   */
  String apply(Viewer viewer, Account account, AccountChange change, boolean platform) {
    List<Refusal> wrong = new ArrayList<>();
    List<Refusal> forbidden = new ArrayList<>();
    boolean self = account.id().equals(viewer.accountId());
    String name = change.displayName() == null ? account.displayName() : change.displayName();
    String email = change.email() == null ? account.email() : change.email();
    if (!Account.isDisplayName(name)) {
      wrong.add(Refusal.onField("displayName", AccountCode.DISPLAY_NAME_REQUIRED));
    }
    String mail = checked(wrong, () -> Account.optionalEmail(email));

    Set<Role> roles = null;
    if (change.roles() != null) {
      Set<Role> requested = EnumSet.noneOf(Role.class);
      for (String roleName : change.roles()) {
        Role role = checked(wrong, () -> Role.parse(roleName));
        if (role != null) {
          requested.add(role);
        }
      }
      if (!platform) {
        Set<Role> theirs = platformRoles(account.roles());
        if (!platformRoles(requested).equals(theirs)) {
          forbidden.add(Refusal.onField("roles", AccountCode.PLATFORM_ONLY));
        }
      }
      if (change.coordinatorOf() != null && !change.coordinatorOf().isEmpty()) {
        requested.add(Role.COORDINATOR);
      }
      roles = checked(wrong, () -> Account.requireRolesFit(account.homeTenant(), requested));
      if (self
          && roles != null
          && account.roles().contains(Role.PLATFORM_ADMIN) != roles.contains(Role.PLATFORM_ADMIN)) {
        wrong.add(Refusal.onField("roles", AccountCode.OWN_ADMIN_ROLE));
      }
      if (self && roles != null && !platform && !roles.contains(Role.TENANT_ADMIN)) {
        wrong.add(Refusal.onField("roles", AccountCode.OWN_ADMIN_ROLE));
      }
    }
    if (!platform && account.roles().contains(Role.PLATFORM_ADMIN)) {
      forbidden.add(Refusal.of(AccountCode.PLATFORM_ONLY));
    }

    Set<CircleId> coordinated = null;
    if (change.coordinatorOf() != null) {
      coordinated = new HashSet<>();
      for (String slug : change.coordinatorOf()) {
        Circle circle = circles.find(slug);
        if (circle == null) {
          wrong.add(
              Refusal.onField(
                  "coordinatorOf",
                  nl.leerkring.tenants.directory.DirectoryCode.CIRCLE_NOT_FOUND,
                  String.valueOf(slug)));
        } else {
          coordinated.add(circle.id());
        }
      }
      if (!platform && !coordinated.equals(coordinatedBy(account))) {
        forbidden.add(Refusal.onField("coordinatorOf", AccountCode.PLATFORM_ONLY));
      }
    }
    if (self && Boolean.FALSE.equals(change.active())) {
      wrong.add(Refusal.onField("active", AccountCode.OWN_ACCOUNT_DEACTIVATION));
    }
    if (!forbidden.isEmpty()) {
      throw new TenantsException(TenantsException.Kind.FORBIDDEN, forbidden);
    }
    if (!wrong.isEmpty()) {
      throw TenantsException.invalid(wrong);
    }

    String before = summary(account);
    account.describe(name, mail);
    if (roles != null) {
      account.assignRoles(roles);
    }
    if (coordinated != null) {
      account.assign(CircleRole.COORDINATOR, coordinated);
    }
    if (Boolean.TRUE.equals(change.active())) {
      account.reactivate();
    } else if (Boolean.FALSE.equals(change.active())) {
      account.deactivate();
    }
    String after = summary(account);
    return before.equals(after) ? "" : before + " -> " + after;
  }

  /**
   * Issues a one-time reset link and ends the account's password, tokens and sessions at once: an
   * admin resets because a password is lost or known to someone else, and either way the old one
   * must stop working now. Earlier links of the account stop working too.
   */
  ResetLink issueReset(Viewer viewer, Account account) {
    if (!account.isActive()) {
      throw TenantsException.conflict(AccountCode.ACCOUNT_INACTIVE);
    }
    var now = clock.instant();
    em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class)
        .setParameter("account", account.id())
        .getResultList()
        .forEach(r -> r.end(now));
    PasswordReset.Issued issued =
        PasswordReset.issue(account, viewer.username(), now, Duration.ofHours(resetHours));
    em.persist(issued.reset());
    account.changePassword(passwords.hash(Passwords.generate()));
    if (account.email() != null) {
      letters.fire(
          new AccountLetter(
              AccountLetter.Kind.PASSWORD_RESET,
              account.id(),
              account.email(),
              account.language(),
              account.displayName(),
              issued.token(),
              issued.reset().expiresAt()));
    }
    return new ResetLink(issued.token(), issued.reset().expiresAt());
  }

  /**
   * Sets a new password with a reset link, which then never works again.
   *
   * @return the account whose password was set
   * @throws TenantsException {@code INVALID} for an unknown, used or expired link (one answer for
   *     all three), or a password that breaks the rule
   */
  Account useReset(String token, String newPassword) {
    var now = clock.instant();
    String hash = OneTimeToken.hashOf(token);
    PasswordReset reset =
        hash == null
            ? null
            : em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .orElse(null);
    Account account = reset == null ? null : em.find(Account.class, reset.accountId());
    if (reset == null || !reset.isUsable(now) || account == null || !account.isActive()) {
      throw TenantsException.invalid(AccountCode.RESET_LINK_INVALID);
    }
    Passwords.requireAcceptable(account.username(), newPassword);
    account.changePassword(passwords.hash(newPassword));
    reset.end(now);
    return account;
  }

  Set<CircleId> coordinatedBy(Account account) {
    Set<CircleId> out = new HashSet<>();
    account.assignments().stream()
        .filter(a -> a.role() == CircleRole.COORDINATOR)
        .forEach(a -> out.add(a.circle()));
    return out;
  }

  private static Set<Role> platformRoles(Set<Role> roles) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    out.addAll(roles);
    out.removeAll(TENANT_ROLES);
    return out;
  }

  private static <T> T checked(List<Refusal> wrong, Supplier<T> check) {
    try {
      return check.get();
    } catch (TenantsException e) {
      wrong.addAll(e.refusals());
      return null;
    }
  }

  private String summary(Account a) {
    Set<String> coordinated = new TreeSet<>();
    for (CircleId id : coordinatedBy(a)) {
      Circle c = circles.byId(id);
      coordinated.add(c == null ? id.value() : c.slug());
    }
    return "name="
        + a.displayName()
        + " email="
        + Objects.toString(a.email(), "")
        + " roles="
        + new TreeSet<>(a.roles())
        + " coordinatorOf="
        + coordinated
        + " active="
        + a.isActive();
  }
}
