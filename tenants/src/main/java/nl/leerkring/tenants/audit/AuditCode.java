package nl.leerkring.tenants.audit;

import nl.leerkring.tenants.Code;

/** Why the audit log refused a request; worded by the web layer. */
public enum AuditCode implements Code {
  ONLY_PLATFORM_ADMINS
}
