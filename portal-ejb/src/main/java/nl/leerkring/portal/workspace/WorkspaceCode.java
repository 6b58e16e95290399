package nl.leerkring.portal.workspace;

import nl.leerkring.tenants.Code;

/** What the tenant settings refuse; worded by the web layer (see {@link Code}). */
public enum WorkspaceCode implements Code {
  ADMINS_ONLY,
  /** {0}: the address given. */
  NOT_AN_EMAIL_ADDRESS,
  /** {0}: the language given; {1}: the languages offered. */
  LANGUAGE_NOT_OFFERED,
  /** The one setting a replacing PUT must hold. */
  DEFAULT_LOCALE_REQUIRED
}
