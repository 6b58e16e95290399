package nl.leerkring.tenants.accounts;

import nl.leerkring.tenants.Code;

/** Why accounts, members and sign-in refused a request; worded by the web layer. */
public enum AccountCode implements Code {
  /** {0} the username as typed. */
  USERNAME_INVALID,
  /** {0} the username. */
  USERNAME_TAKEN,
  DISPLAY_NAME_REQUIRED,
  /** {0} the address as typed. */
  EMAIL_INVALID,
  /** {0} the longest length. */
  JOB_TITLE_TOO_LONG,
  /** {0} the shortest, {1} the longest length. */
  PASSWORD_LENGTH,
  PASSWORD_IS_USERNAME,
  ROLE_REQUIRED,
  NO_TENANT_FOR_FACILITATORS_AND_RESEARCHERS,
  TENANT_ROLES_NEED_TENANT,
  ONLY_FACILITATORS_GUIDE,
  ONLY_RESEARCHERS_READ,
  /** One answer for an unknown username and a wrong password. */
  BAD_CREDENTIALS,
  ACCOUNT_ENDED,
  SIGN_IN_FIRST,
  CURRENT_PASSWORD_WRONG,
  /** {0} seconds to wait. */
  THROTTLED,
  ONLY_PLATFORM_ADMINS,
  ONLY_TENANT_ADMINS,
  /** {0} the id. */
  ACCOUNT_NOT_FOUND,
  /** {0} the id. */
  MEMBER_NOT_FOUND,
  OWN_ACCOUNT_DEACTIVATION,
  /** {0} the circle's name. */
  NOT_A_COORDINATOR,
  OWN_ADMIN_ROLE,
  /** A field only platform admins change (circles, roles beyond member and tenant admin). */
  PLATFORM_ONLY,
  ACCOUNT_INACTIVE,
  /** The reset link is unknown, used or expired. */
  RESET_LINK_INVALID,
  /** {0} the language as given. */
  LANGUAGE_UNKNOWN,
  /** The e-mail confirmation link is unknown, used or expired. */
  EMAIL_LINK_INVALID
}
