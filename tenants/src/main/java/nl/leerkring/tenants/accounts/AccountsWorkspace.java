package nl.leerkring.tenants.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * What accounts keep in a tenant's workspace: its memberships, and for the export the accounts of
 * its members (never their password hashes) and their roles within the gemeente.
 */
@ApplicationScoped
public class AccountsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(Member.class);
  }

  /**
   * An imported account gets no password (its members ask their admin for a reset link) and only
   * the roles a gemeente gives itself: a platform role travels with no export.
   */
  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned("accounts", "account", "Een account van een lid (zonder wachtwoord).")
            .withholding("password_hash")
            .uniqueIn("username"),
        WorkspaceTable.partOf(
                "account-roles", "account_role", "account_id", "account", "Een rol van een lid.")
            .importingOnly("role", Set.of(Role.MEMBER.name(), Role.TENANT_ADMIN.name())),
        WorkspaceTable.owned("members", "tenant_member", "Een lidmaatschap van de gemeente."));
  }
}
