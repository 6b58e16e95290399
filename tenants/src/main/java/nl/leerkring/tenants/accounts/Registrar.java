package nl.leerkring.tenants.accounts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * Finds accounts and makes new ones; shared by {@link Accounts} and {@link Members}, inside their
 * transaction.
 */
@Dependent
class Registrar {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  /** A new, not yet persisted account; the username must be free and the password acceptable. */
  Account newAccount(
      String username, String password, String displayName, TenantId tenant, Set<Role> roles) {
    String name = Account.normalise(username);
    if (lookUp(name).isPresent()) {
      throw new TenantsException(
          TenantsException.Kind.CONFLICT,
          java.util.List.of(
              nl.leerkring.tenants.Refusal.onField("username", AccountCode.USERNAME_TAKEN, name)));
    }
    Passwords.requireAcceptable(name, password);
    return new Account(name, displayName, passwords.hash(password), tenant, roles);
  }

  Optional<Account> lookUp(String username) {
    if (username == null || username.isBlank() || username.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  List<Account> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Account.BY_IDS, Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
