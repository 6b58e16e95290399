package nl.leerkring.tenants.tenancy;

import java.util.Locale;
import nl.leerkring.tenants.TenantsException;

/** What a person may do in the portal. Coordinator is held per circle; the others per account. */
public enum Role {
  /** A civil servant of a tenant: works in the tenant's private workspace. */
  MEMBER,
  /** Manages the members of their own tenant only. */
  TENANT_ADMIN,
  /** Moderates one or more circles; derived from the circles an account coordinates. */
  COORDINATOR,
  /** Guides circles (e.g. a university or advisory bureau); belongs to no tenant. */
  FACILITATOR,
  /** Reads what is published publicly or to circles that granted access; belongs to no tenant. */
  RESEARCHER,
  /** Creates tenants, circles and accounts. */
  PLATFORM_ADMIN;

  /** Parses {@code "tenant-admin"}, {@code "TENANT_ADMIN"} and {@code "tenant_admin"} alike. */
  public static Role parse(String text) {
    if (text == null) {
      throw TenantsException.invalidField("roles", TenancyCode.ROLE_REQUIRED);
    }
    try {
      return valueOf(text.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw TenantsException.invalidField("roles", TenancyCode.ROLE_UNKNOWN, text);
    }
  }

  /** The name used in tokens and URLs, e.g. {@code tenant-admin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
