package nl.leerkring.web.api;

import nl.leerkring.tenants.Code;

/**
 * What the web layer itself answers with (an address, method, media type or body it cannot take, a
 * refused session or token, an incident); worded from the same bundles as the boundaries' codes.
 */
public enum ApiCode implements Code {
  NOTHING_HERE,
  METHOD_NOT_ALLOWED,
  SEND_JSON,
  /** {0}: the parameter. */
  BAD_PARAMETER,
  BODY_NOT_JSON_FOR_ENDPOINT,
  BODY_NOT_JSON,
  BODY_UNREADABLE,
  CONCURRENT_CHANGE,
  /** {0}: the incident id. */
  INCIDENT,
  /** {0}, {1}: the least and the most; {2}: the number sent. */
  NOT_A_WHOLE_NUMBER,
  NUL_IN_BODY,
  NUL_IN_ADDRESS,
  CROSS_SITE,
  TOKEN_INVALID,
  SIGN_IN_TO_ASK,
  SIGN_IN_FIRST,
  METRICS_ONLY,
  /** {0}: the text sent. */
  NOT_A_YEAR,
  /** {0}: the text sent. */
  NOT_A_NUMBER,
  SEARCH_STATE_ADMINS_ONLY,
  /** {0}: the status code of an answer without words of its own. */
  OTHER
}
