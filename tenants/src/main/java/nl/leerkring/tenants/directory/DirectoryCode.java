package nl.leerkring.tenants.directory;

import nl.leerkring.tenants.Code;

/** Why the directory (gemeenten and circles) refused a request; worded by the web layer. */
public enum DirectoryCode implements Code {
  /** {0} the slug as typed. */
  TENANT_SLUG_INVALID,
  /** {0} the slug as typed. */
  CIRCLE_SLUG_INVALID,
  NAME_REQUIRED,
  /** {0} the code as typed. */
  CBS_CODE_INVALID,
  /** {0} the end, {1} the start. */
  PERIOD_ENDS_BEFORE_START,
  ONLY_PLATFORM_ADMINS,
  /** {0} the slug. */
  TENANT_SLUG_TAKEN,
  /** {0} the slug. */
  CIRCLE_SLUG_TAKEN,
  /** {0} the code. */
  CBS_CODE_TAKEN,
  /** {0} the slug. */
  TENANT_NOT_FOUND,
  /** {0} the slug. */
  CIRCLE_NOT_FOUND,
  /** {0} the gemeente's name, {1} the circle's name. */
  ALREADY_MEMBER,
  /** {0} the gemeente's name, {1} the circle's name. */
  NOT_A_MEMBER,
  /** {0} the account id. */
  ACCOUNT_NOT_FOUND,
  /** {0} the username: facilitators and researchers guide or read, they do not coordinate. */
  NOT_A_COORDINATOR_ROLE
}
