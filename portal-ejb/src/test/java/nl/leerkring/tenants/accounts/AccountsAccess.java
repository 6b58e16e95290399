package nl.leerkring.tenants.accounts;

import jakarta.persistence.EntityManager;

/** Wires an {@link Accounts} outside the container, for what reads viewers in bulk. */
public final class AccountsAccess {

  private AccountsAccess() {}

  public static Accounts on(EntityManager em) {
    Accounts accounts = new Accounts();
    accounts.em = em;
    return accounts;
  }
}
