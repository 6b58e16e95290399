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
}
