package nl.leerkring.portal.publishing;

import nl.leerkring.tenants.Code;

/** Why publishing, moderation or the catalog refused a request; worded by the web layer. */
public enum PublicationCode implements Code {
  /** {0}: the publication id, for logs; the words name no id. */
  NOT_FOUND,
  /** {0}: the report id. */
  REPORT_NOT_FOUND,
  /** {0}: the circle's slug. */
  CIRCLE_NOT_TAKEN_PART,
  MEMBERS_ONLY,
  CIRCLE_REQUIRED,
  /** {0}: the circle's slug. */
  NOT_A_MEMBER,
  /** {0}: the circle's slug. */
  ALREADY_WAITING,
  /** {0}: the circle's slug. */
  COORDINATORS_ONLY,
  OWN_SUBMISSION,
  CANNOT_APPROVE,
  CANNOT_RETURN,
  CANNOT_WITHDRAW,
  CANNOT_HIDE,
  CANNOT_RESTORE,
  /** {0}: the circle's slug. */
  ABOUT_NOT_IN_CIRCLE,
  ABOUT_NOT_PUBLIC,
  REASON_REQUIRED,
  /** {0}: the longest reason allowed. */
  REASON_TOO_LONG,
  /** {0}: what was sent. */
  SCOPE_UNKNOWN,
  /** {0}: what was sent. */
  PAGE_INVALID,
  /** {0}: the largest page size. */
  SIZE_INVALID,
  /** {0}: what was sent. */
  SORT_UNKNOWN,
  /** {0}: what was sent. */
  STATE_UNKNOWN
}
