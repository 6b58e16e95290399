package nl.leerkring.tenants.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.Tenant;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The members of one tenant. Its own members may list them; its tenant admins (and platform admins)
 * add them. The tenant binding makes every query here see that tenant's members only. Members added
 * here get a username in the gemeente's namespace ({@code duiven.jan}), so that the answer "taken"
 * can only be about a name of the own gemeente (see {@link Account#inNamespaceOf}).
 */
@Stateless
@TenantBound
public class Members {

  @PersistenceContext EntityManager em;

  @Inject Registrar registrar;

  @Inject Audit audit;

  public List<MemberView> list(Viewer viewer, TenantId tenant) {
    List<Member> members = em.createNamedQuery(Member.ALL, Member.class).getResultList();
    return views(members);
  }

  /**
   * One member; a member of another tenant is {@link TenantsException.Kind#NOT_FOUND}, like a
   * missing one.
   */
  public MemberView get(Viewer viewer, TenantId tenant, String memberId) {
    Member member = memberId == null ? null : em.find(Member.class, memberId);
    if (member == null) {
      throw TenantsException.notFound("No member '" + memberId + "' in this tenant.");
    }
    return views(List.of(member)).get(0);
  }

  public MemberView add(Viewer viewer, TenantId tenant, NewMember m) {
    if (!viewer.mayAdminister(tenant)) {
      throw TenantsException.forbidden("Only the tenant's admins add members.");
    }
    EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
    if (m.tenantAdmin()) {
      roles.add(Role.TENANT_ADMIN);
    }
    Tenant home = em.find(Tenant.class, tenant.value());
    if (home == null) {
      throw TenantsException.notFound("No tenant '" + tenant.value() + "'.");
    }
    Account account =
        registrar.newAccount(
            Account.inNamespaceOf(home.slug(), m.username()),
            m.password(),
            m.displayName(),
            tenant,
            roles);
    Member member = new Member(account, m.email(), m.jobTitle());
    em.persist(account);
    em.persist(member);
    audit.record(
        viewer,
        tenant,
        "member.added",
        "member:" + member.id(),
        account.username() + " roles=" + account.roles());
    return views(List.of(member)).get(0);
  }

  private List<MemberView> views(List<Member> members) {
    Map<String, Account> byId =
        registrar.byIds(members.stream().map(Member::accountId).toList()).stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    return members.stream()
        .filter(m -> byId.containsKey(m.accountId()))
        .map(
            m -> {
              Account a = byId.get(m.accountId());
              return new MemberView(
                  m.id(),
                  a.username(),
                  a.displayName(),
                  m.email(),
                  m.jobTitle(),
                  a.roles(),
                  m.joinedAt());
            })
        .toList();
  }
}
