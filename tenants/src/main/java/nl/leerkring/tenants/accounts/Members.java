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
import nl.leerkring.tenants.Page;
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

  @Inject AccountEditor editor;

  public List<MemberView> list(Viewer viewer, TenantId tenant) {
    List<Member> members = em.createNamedQuery(Member.ALL, Member.class).getResultList();
    return views(members);
  }

  /**
   * The members whose username, name, e-mail address or job title contains {@code q} (any case);
   * all of them when {@code q} is blank.
   */
  public List<MemberView> list(Viewer viewer, TenantId tenant, String q) {
    List<MemberView> all = list(viewer, tenant);
    if (q == null || q.isBlank()) {
      return all;
    }
    String text = q.strip().toLowerCase(java.util.Locale.ROOT);
    return all.stream()
        .filter(
            m ->
                java.util.stream.Stream.of(m.username(), m.displayName(), m.email(), m.jobTitle())
                    .anyMatch(
                        f -> f != null && f.toLowerCase(java.util.Locale.ROOT).contains(text)))
        .toList();
  }

  /**
   * As {@link #list(Viewer, TenantId, String)}, a page at a time ({@code request.q()} searches).
   */
  public Page<MemberView> page(Viewer viewer, TenantId tenant, Page.Request request) {
    return Page.of(list(viewer, tenant, request.q()), request);
  }

  /**
   * Edits a member of the gemeente, as its tenant admins (and platform admins) may: name, e-mail
   * address, job title, the member and tenant-admin roles, and whether the account is active. Roles
   * beyond those and the circles an account coordinates are the platform admins' (403 when
   * changed). A member of another gemeente is not found here.
   *
   * @param jobTitle the new job title, {@code null} to keep it, blank to remove it
   */
  public MemberView edit(
      Viewer viewer, TenantId tenant, String memberId, AccountChange change, String jobTitle) {
    requireAdmin(viewer, tenant);
    Member member = existing(memberId);
    Account account = em.find(Account.class, member.accountId());
    String summary = editor.apply(viewer, account, change, viewer.isPlatformAdmin());
    String job = member.jobTitle();
    member.describe(account.email(), jobTitle == null ? member.jobTitle() : jobTitle);
    if (!java.util.Objects.equals(job, member.jobTitle())) {
      summary = (summary + " job=" + member.jobTitle()).strip();
    }
    if (!summary.isEmpty()) {
      audit.record(
          viewer,
          tenant,
          "member.changed",
          "member:" + member.id(),
          account.username() + " " + summary);
    }
    return views(List.of(member)).get(0);
  }

  /**
   * Issues a one-time password-reset link for a member of the gemeente; the member's present
   * password, tokens and sessions end at once. For its tenant admins and platform admins.
   */
  public ResetLink issueReset(Viewer viewer, TenantId tenant, String memberId) {
    requireAdmin(viewer, tenant);
    Member member = existing(memberId);
    Account account = em.find(Account.class, member.accountId());
    if (!viewer.isPlatformAdmin() && account.roles().contains(Role.PLATFORM_ADMIN)) {
      throw TenantsException.forbidden(AccountCode.PLATFORM_ONLY);
    }
    ResetLink link = editor.issueReset(viewer, account);
    audit.record(
        viewer,
        tenant,
        "member.password-reset-issued",
        "member:" + member.id(),
        account.username() + " expires " + link.expiresAt());
    return link;
  }

  private static void requireAdmin(Viewer viewer, TenantId tenant) {
    if (!viewer.mayAdminister(tenant)) {
      throw TenantsException.forbidden(AccountCode.ONLY_TENANT_ADMINS);
    }
  }

  private Member existing(String memberId) {
    Member member = memberId == null ? null : em.find(Member.class, memberId);
    if (member == null) {
      throw TenantsException.notFound(AccountCode.MEMBER_NOT_FOUND, String.valueOf(memberId));
    }
    return member;
  }

  /**
   * One member; a member of another tenant is {@link TenantsException.Kind#NOT_FOUND}, like a
   * missing one.
   */
  public MemberView get(Viewer viewer, TenantId tenant, String memberId) {
    return views(List.of(existing(memberId))).get(0);
  }

  public MemberView add(Viewer viewer, TenantId tenant, NewMember m) {
    requireAdmin(viewer, tenant);
    EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
    if (m.tenantAdmin()) {
      roles.add(Role.TENANT_ADMIN);
    }
    Tenant home = em.find(Tenant.class, tenant.value());
    if (home == null) {
      throw TenantsException.notFound(
          nl.leerkring.tenants.directory.DirectoryCode.TENANT_NOT_FOUND, tenant.value());
    }
    Account account =
        registrar.newAccount(
            Account.inNamespaceOf(home.slug(), m.username()),
            m.password(),
            m.displayName(),
            tenant,
            roles);
    Member member = new Member(account, m.email(), m.jobTitle());
    account.describe(account.displayName(), member.email());
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
                  a.email() != null ? a.email() : m.email(),
                  m.jobTitle(),
                  a.roles(),
                  m.joinedAt(),
                  a.isActive());
            })
        .toList();
  }
}
