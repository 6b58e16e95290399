package nl.leerkring.tenants.accounts;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/** An account as platform admins see it. Never carries the password hash. */
public record AccountView(
    String id,
    String username,
    String displayName,
    String tenant,
    Set<Role> roles,
    List<String> coordinatorOf,
    boolean active,
    String email) {}
