package nl.leerkring.tenants.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * A person's identity: how they sign in, their roles, their home tenant and their circle
 * assignments.
 */
@Entity
@EntityListeners(ViewerChanges.class)
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.BY_IDS, query = "select a from Account a where a.id in :ids")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(
    name = Account.WITH_ASSIGNMENT,
    query =
        "select distinct a from Account a join a.assignments s"
            + " where s.circleId = :circle and s.role = :role order by a.username")
@NamedQuery(
    name = Account.MATCHING,
    query =
        "select a from Account a where lower(a.username) like :q escape '\\'"
            + " or lower(a.displayName) like :q escape '\\' or lower(a.email) like :q escape '\\'"
            + " order by a.username")
@NamedQuery(
    name = Account.COUNT_MATCHING,
    query =
        "select count(a) from Account a where lower(a.username) like :q escape '\\'"
            + " or lower(a.displayName) like :q escape '\\' or lower(a.email) like :q escape '\\'")
public class Account {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String BY_IDS = "Account.byIds";
  public static final String ALL = "Account.all";
  public static final String MATCHING = "Account.matching";
  public static final String WITH_ASSIGNMENT = "Account.withAssignment";
  public static final String COUNT_MATCHING = "Account.countMatching";

  /** The languages the portal speaks, Dutch first (the default). */
  public static final Set<String> LANGUAGES = Set.of("nl", "en");

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  /** Where the portal mails the person (reset links, notifications); optional. */
  @Column(length = 200)
  private String email;

  /** The language the person reads the portal's mail in: {@code nl} or {@code en}. */
  @Column(nullable = false, length = 5)
  private String language = "nl";

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "tenant_id", length = 36)
  private String homeTenant;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "circle_assignment", joinColumns = @JoinColumn(name = "account_id"))
  private Set<CircleAssignment> assignments = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  /**
   * Raised by every change that must end the account's earlier sign-ins: its password, its roles,
   * its circle assignments, deactivation. Tokens and sessions carry the value they were issued
   * under; an older one is refused.
   */
  @Column(name = "credential_version", nullable = false)
  private long credentialVersion;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Account() {}

  Account(
      String username, String displayName, String passwordHash, TenantId home, Set<Role> roles) {
    this.id = UUID.randomUUID().toString();
    this.username = normalise(username);
    this.displayName = requireDisplayName(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.homeTenant = home == null ? null : home.value();
    this.roles = requireRolesFit(home, roles);
    this.createdAt = Instant.now();
    this.passwordChangedAt = createdAt;
  }

  /** Usernames are case-insensitive: stored and looked up in lower case. */
  public static String normalise(String username) {
    if (username == null
        || username.isBlank()
        || username.length() > 100
        || !username.strip().matches("[A-Za-z0-9._@-]+")) {
      throw TenantsException.invalidField(
          "username", AccountCode.USERNAME_INVALID, String.valueOf(username));
    }
    return username.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A username in a gemeente's namespace, {@code <slug>.<name>}; a name that already starts with
   * {@code <slug>.} is kept. Slugs hold no dots, so namespaces do not overlap. Tenant admins name
   * new members only this way: were they free to pick any name, the "taken" answer would tell them
   * which usernames other gemeenten have.
   */
  static String inNamespaceOf(String slug, String username) {
    String name = normalise(username);
    String prefix = slug + ".";
    return name.startsWith(prefix) ? name : normalise(prefix + name);
  }

  private static String requireDisplayName(String name) {
    if (!isDisplayName(name)) {
      throw TenantsException.invalidField("displayName", AccountCode.DISPLAY_NAME_REQUIRED);
    }
    return name.strip();
  }

  static boolean isDisplayName(String name) {
    return name != null && !name.isBlank() && name.length() <= 200;
  }

  /**
   * An optional e-mail address: blank is none.
   *
   * @throws TenantsException {@code INVALID} on the field {@code email}
   */
  static String optionalEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String e = email.strip();
    if (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw TenantsException.invalidField("email", AccountCode.EMAIL_INVALID, e);
    }
    return e;
  }

  /**
   * Tenant roles need a home tenant; facilitators and researchers must not have one. Which circles
   * a coordinator coordinates is held in {@link CircleAssignment}s.
   */
  static Set<Role> requireRolesFit(TenantId home, Set<Role> requested) {
    Set<Role> roles = requested.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requested);
    if (home != null) {
      roles.add(Role.MEMBER);
      if (roles.contains(Role.FACILITATOR) || roles.contains(Role.RESEARCHER)) {
        throw TenantsException.invalidField(
            "roles", AccountCode.NO_TENANT_FOR_FACILITATORS_AND_RESEARCHERS);
      }
    } else if (roles.contains(Role.MEMBER) || roles.contains(Role.TENANT_ADMIN)) {
      throw TenantsException.invalidField("roles", AccountCode.TENANT_ROLES_NEED_TENANT);
    }
    if (roles.isEmpty()) {
      throw TenantsException.invalidField("roles", AccountCode.ROLE_REQUIRED);
    }
    return new HashSet<>(roles);
  }

  /** Gives the account a part in a circle; its earlier sign-ins end. */
  void assign(CircleAssignment assignment) {
    if (assignments.add(assignment)) {
      endEarlierSignIns();
    }
  }

  /**
   * Replaces the circles in which the account has this role; its earlier sign-ins end if they
   * differ.
   */
  void assign(CircleRole role, Set<CircleId> circles) {
    Set<CircleAssignment> wanted = new HashSet<>();
    circles.forEach(c -> wanted.add(new CircleAssignment(c, role)));
    Set<CircleAssignment> current = new HashSet<>();
    assignments.stream().filter(a -> a.role() == role).forEach(current::add);
    if (!wanted.equals(current)) {
      assignments.removeAll(current);
      assignments.addAll(wanted);
      endEarlierSignIns();
    }
  }

  /**
   * Replaces the roles, by the same rule as at creation; its earlier sign-ins end if they differ.
   */
  void assignRoles(Set<Role> requested) {
    Set<Role> fitting = requireRolesFit(homeTenant(), requested);
    if (!fitting.equals(roles)) {
      roles.clear();
      roles.addAll(fitting);
      endEarlierSignIns();
    }
  }

  /**
   * Sets a new password, whether changed by its owner or reset: every earlier sign-in ends,
   * including the one that asked for it (the caller signs that one in again).
   */
  void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordChangedAt = Instant.now();
    endEarlierSignIns();
  }

  /** The account can no longer sign in, and its tokens and sessions end at once. */
  void deactivate() {
    if (active) {
      active = false;
      endEarlierSignIns();
    }
  }

  /**
   * The account may sign in again, with the password it had (or one set by a reset link). Tokens
   * from before the deactivation stay ended: it raised the credential version.
   *
   * @return whether it was inactive
   */
  boolean reactivate() {
    boolean was = !active;
    active = true;
    return was;
  }

  /** Changes the name shown for the account and its e-mail address (blank: none). */
  void describe(String newDisplayName, String newEmail) {
    String name = requireDisplayName(newDisplayName);
    String mail = optionalEmail(newEmail);
    this.displayName = name;
    this.email = mail;
  }

  /** Changes the name shown for the account, as its owner may (the address needs a link). */
  void rename(String newDisplayName) {
    this.displayName = requireDisplayName(newDisplayName);
  }

  /**
   * The address confirmed through the link mailed to it, or none (blank): removing one needs no
   * link.
   */
  void confirmEmail(String confirmed) {
    this.email = optionalEmail(confirmed);
  }

  /**
   * The language of the account's mail.
   *
   * @throws TenantsException {@code INVALID} on the field {@code language} for one the portal does
   *     not speak
   */
  void speak(String newLanguage) {
    this.language = requireLanguage(newLanguage);
  }

  static String requireLanguage(String language) {
    String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(l)) {
      throw TenantsException.invalidField(
          "language", AccountCode.LANGUAGE_UNKNOWN, String.valueOf(language));
    }
    return l;
  }

  /** Makes the account a coordinator of the circle; its earlier sign-ins end. */
  boolean appoint(CircleId circle) {
    boolean added = assignments.add(new CircleAssignment(circle, CircleRole.COORDINATOR));
    if (added) {
      roles.add(Role.COORDINATOR);
      endEarlierSignIns();
    }
    return added;
  }

  /**
   * The account no longer coordinates the circle; a coordinator of nothing loses the role. Its
   * earlier sign-ins end.
   */
  boolean relieve(CircleId circle) {
    boolean removed = assignments.remove(new CircleAssignment(circle, CircleRole.COORDINATOR));
    if (removed) {
      if (assignments.stream().noneMatch(a -> a.role() == CircleRole.COORDINATOR)
          && roles.size() > 1) {
        roles.remove(Role.COORDINATOR);
      }
      endEarlierSignIns();
    }
    return removed;
  }

  private void endEarlierSignIns() {
    credentialVersion++;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String language() {
    return language;
  }

  String passwordHash() {
    return passwordHash;
  }

  public TenantId homeTenant() {
    return homeTenant == null ? null : new TenantId(homeTenant);
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public Set<CircleAssignment> assignments() {
    return Collections.unmodifiableSet(assignments);
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public long credentialVersion() {
    return credentialVersion;
  }

  public boolean isActive() {
    return active;
  }
}
