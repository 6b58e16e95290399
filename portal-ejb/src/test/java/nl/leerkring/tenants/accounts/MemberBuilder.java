package nl.leerkring.tenants.accounts;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * Test data: a member with its account, written into the current tenant. Lives in the package it
 * builds.
 */
public final class MemberBuilder {

  private MemberBuilder() {}

  public static Member persistMember(EntityManager em, TenantId tenant) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Account account =
        new Account(
            "lid-" + suffix, "Lid " + suffix, "not-a-real-hash", tenant, Set.of(Role.MEMBER));
    em.persist(account);
    Member member = new Member(account, "lid-" + suffix + "@example.org", "beleidsmedewerker");
    em.persist(member);
    return member;
  }

  /** An account with no tenant, an e-mail address and a language, as the mail tests need. */
  public static Account persistAccount(EntityManager em, String email, String language) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Account account =
        new Account(
            "mail-" + suffix, "Mia " + suffix, "not-a-real-hash", null, Set.of(Role.RESEARCHER));
    account.describe(account.displayName(), email);
    account.speak(language);
    em.persist(account);
    return account;
  }
}
