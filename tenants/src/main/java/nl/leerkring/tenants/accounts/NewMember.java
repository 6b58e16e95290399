package nl.leerkring.tenants.accounts;

/** A new civil servant as their tenant admin describes them. */
public record NewMember(
    String username,
    String password,
    String displayName,
    String email,
    String jobTitle,
    boolean tenantAdmin) {}
