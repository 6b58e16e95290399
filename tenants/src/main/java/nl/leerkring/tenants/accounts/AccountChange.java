package nl.leerkring.tenants.accounts;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/**
 * An edit of an account. A field left {@code null} keeps its value; an empty e-mail address removes
 * it.
 *
 * @param coordinatorOf the slugs of every circle the account coordinates, replacing the present
 *     ones (platform admins only)
 * @param active false deactivates the account (its sign-ins end at once), true reactivates it
 */
public record AccountChange(
    String displayName, String email, Set<Role> roles, List<String> coordinatorOf, Boolean active) {

  public AccountChange {
    roles = roles == null ? null : Set.copyOf(roles);
    coordinatorOf = coordinatorOf == null ? null : List.copyOf(coordinatorOf);
  }
}
