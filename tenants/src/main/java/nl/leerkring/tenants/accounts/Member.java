package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A civil servant in their gemeente's workspace. Tenant-owned: invisible to every other tenant. */
@Entity
@Table(name = "tenant_member")
@NamedQuery(name = Member.ALL, query = "select m from Member m order by m.joinedAt")
@NamedQuery(name = Member.BY_ACCOUNT, query = "select m from Member m where m.accountId = :account")
public class Member extends TenantOwned {

  public static final String ALL = "Member.all";
  public static final String BY_ACCOUNT = "Member.byAccount";

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(length = 200)
  private String email;

  @Column(name = "job_title", length = 200)
  private String jobTitle;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected Member() {}

  Member(Account account, String email, String jobTitle) {
    this.accountId = account.id();
    this.email = optionalEmail(email);
    this.jobTitle = optionalJobTitle(jobTitle);
    this.joinedAt = Instant.now();
  }

  /** Sets the contact address (checked like the account's) and the job title; blank is none. */
  void describe(String newEmail, String newJobTitle) {
    String e = Account.optionalEmail(newEmail);
    String job = optionalJobTitle(newJobTitle);
    this.email = e;
    this.jobTitle = job;
  }

  private static String optionalEmail(String email) {
    return Account.optionalEmail(email);
  }

  private static String optionalJobTitle(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > 200) {
      throw TenantsException.invalidField("jobTitle", AccountCode.JOB_TITLE_TOO_LONG, 200);
    }
    return text.strip();
  }

  public String accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public String jobTitle() {
    return jobTitle;
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
