package nl.leerkring.tenants.accounts;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/**
 * An edit of an account. A field left {@code null} keeps its value; an empty e-mail address removes
 * it.
 *
 * @param roles role names as clients write them ({@code tenant-admin}); an unknown one is refused
 *     on the field {@code roles}, together with every other wrong field
 * @param coordinatorOf the slugs of every circle the account coordinates, replacing the present
 *     ones (platform admins only)
 * @param active false deactivates the account (its sign-ins end at once), true reactivates it
 */
public record AccountChange(
    String displayName,
    String email,
    List<String> roles,
    List<String> coordinatorOf,
    Boolean active) {

  public AccountChange {
    roles = roles == null ? null : List.copyOf(roles);
    coordinatorOf = coordinatorOf == null ? null : List.copyOf(coordinatorOf);
  }

  /** The names of these roles, as {@link #roles} takes them. */
  public static List<String> names(Set<Role> roles) {
    return roles.stream().map(Role::label).sorted().toList();
  }
}
