package nl.leerkring.tenants.tenancy;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: computed once per request at the edge and passed explicitly to every boundary,
 * which decides from it what the request may do. Pages and resources never decide access
 * themselves.
 *
 * <p>NOTE: immutable and thread-safe. An anonymous viewer has no account, no tenant, no circles and
 * no roles.
 *
 * @param accountId the signed-in account, {@code null} when anonymous
 * @param tenant the home tenant, {@code null} for people without one (facilitators, researchers,
 *     admins)
 */
public record Viewer(
    String accountId,
    String username,
    String displayName,
    TenantId tenant,
    Set<Role> roles,
    List<CircleGrant> circles) {

  private static final Viewer ANONYMOUS = new Viewer(null, null, null, null, Set.of(), List.of());

  public Viewer {
    java.util.Objects.requireNonNull(roles, "Roles are required (may be empty).");
    java.util.Objects.requireNonNull(circles, "Circles are required (may be empty).");
    if (accountId == null && (tenant != null || !roles.isEmpty() || !circles.isEmpty())) {
      throw new IllegalArgumentException("An anonymous viewer has no tenant, roles or circles.");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    circles =
        circles.stream()
            .sorted(Comparator.comparing(CircleGrant::slug).thenComparing(CircleGrant::role))
            .toList();
  }

  private static final Viewer SYSTEM =
      new Viewer("system", "system", "Portal", null, Set.of(Role.PLATFORM_ADMIN), List.of());

  public static Viewer anonymous() {
    return ANONYMOUS;
  }

  /**
   * The portal itself, for work nobody asked for in a request: the first start and its demo data.
   */
  public static Viewer system() {
    return SYSTEM;
  }

  public boolean isAnonymous() {
    return accountId == null;
  }

  public Optional<TenantId> homeTenant() {
    return Optional.ofNullable(tenant);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isPlatformAdmin() {
    return has(Role.PLATFORM_ADMIN);
  }

  /** A member (of any role) whose home tenant this is. */
  public boolean belongsTo(TenantId other) {
    return tenant != null && tenant.equals(other);
  }

  /** May manage the members and settings of this tenant: its tenant admins and platform admins. */
  public boolean mayAdminister(TenantId other) {
    return isPlatformAdmin() || (belongsTo(other) && has(Role.TENANT_ADMIN));
  }

  /**
   * May work in this tenant's private workspace: its own members, and platform admins acting by
   * path.
   */
  public boolean mayWorkIn(TenantId other) {
    return belongsTo(other) || isPlatformAdmin();
  }

  public boolean coordinates(CircleId circle) {
    return circles.stream()
        .anyMatch(g -> g.circle().equals(circle) && g.role() == CircleRole.COORDINATOR);
  }

  /** Takes part in the circle in any way, and so may read what is published to it. */
  public boolean takesPartIn(CircleId circle) {
    return circles.stream().anyMatch(g -> g.circle().equals(circle));
  }

  /** The circles whose published catalog this viewer may read. */
  public Set<CircleId> readableCircles() {
    return circles.stream().map(CircleGrant::circle).collect(Collectors.toUnmodifiableSet());
  }
}
