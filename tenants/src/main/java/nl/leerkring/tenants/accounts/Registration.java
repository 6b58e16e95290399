package nl.leerkring.tenants.accounts;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/**
 * A new account as a platform admin describes it. The tenant, if any, is passed beside it so that
 * the tenant binding sees it. The e-mail address an admin gives needs no confirmation link; the
 * language ({@code nl} when left out) is that of the account's mail.
 */
public record Registration(
    String username,
    String password,
    String displayName,
    Set<Role> roles,
    List<String> coordinatorOf,
    List<String> facilitatorOf,
    List<String> researcherOf,
    String email,
    String language) {

  /** A registration without e-mail address, in Dutch. */
  public Registration(
      String username,
      String password,
      String displayName,
      Set<Role> roles,
      List<String> coordinatorOf,
      List<String> facilitatorOf,
      List<String> researcherOf) {
    this(
        username,
        password,
        displayName,
        roles,
        coordinatorOf,
        facilitatorOf,
        researcherOf,
        null,
        null);
  }

  public Registration {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    coordinatorOf = coordinatorOf == null ? List.of() : List.copyOf(coordinatorOf);
    facilitatorOf = facilitatorOf == null ? List.of() : List.copyOf(facilitatorOf);
    researcherOf = researcherOf == null ? List.of() : List.copyOf(researcherOf);
  }
}
