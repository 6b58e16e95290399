package nl.leerkring.tenants.accounts;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/**
 * A new account as a platform admin describes it. The tenant, if any, is passed beside it so that
 * the tenant binding sees it.
 */
public record Registration(
    String username,
    String password,
    String displayName,
    Set<Role> roles,
    List<String> coordinatorOf,
    List<String> facilitatorOf,
    List<String> researcherOf) {

  public Registration {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    coordinatorOf = coordinatorOf == null ? List.of() : List.copyOf(coordinatorOf);
    facilitatorOf = facilitatorOf == null ? List.of() : List.copyOf(facilitatorOf);
    researcherOf = researcherOf == null ? List.of() : List.copyOf(researcherOf);
  }
}
