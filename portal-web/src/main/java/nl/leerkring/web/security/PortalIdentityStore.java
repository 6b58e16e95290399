package nl.leerkring.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The portal's own identity store: usernames and PBKDF2 password hashes in the portal's database.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  /** Request attribute telling the login page why sign-in failed (throttled or bad credentials). */
  public static final String FAILURE = "nl.leerkring.web.signInFailure";

  @Inject Accounts accounts;

  @Inject HttpServletRequest request;

  @Inject ClientAddress clientAddress;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    try {
      String username =
          accounts.authenticate(
              credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
      return new CredentialValidationResult(username, groupsOf(accounts.viewerOf(username)));
    } catch (TenantsException e) {
      request.setAttribute(FAILURE, e);
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  static Set<String> groupsOf(Viewer viewer) {
    return viewer.roles().stream().map(Role::label).collect(Collectors.toSet());
  }
}
