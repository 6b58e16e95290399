package nl.leerkring.tenants.accounts;

import java.time.Instant;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;

/** A member of a tenant as the tenant's own members see them. */
public record MemberView(
    String id,
    String username,
    String displayName,
    String email,
    String jobTitle,
    Set<Role> roles,
    Instant joinedAt,
    boolean active) {}
