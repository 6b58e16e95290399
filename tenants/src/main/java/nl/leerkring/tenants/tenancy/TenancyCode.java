package nl.leerkring.tenants.tenancy;

import nl.leerkring.tenants.Code;

/** Why tenancy refused a request; worded by the web layer. */
public enum TenancyCode implements Code {
  ROLE_REQUIRED,
  /** {0} the role as typed. */
  ROLE_UNKNOWN,
  /** The viewer may not work in the tenant asked for; {0} its id, for logs, not to be shown. */
  NOT_YOUR_TENANT,
  /** {0} the id as given. */
  TENANT_ID_INVALID
}
