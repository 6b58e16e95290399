package nl.leerkring.portal.signals;

import nl.leerkring.tenants.Code;

/** Why the inbox refused a request; worded by the web layer. */
public enum SignalCode implements Code {
  SIGN_IN,
  /** {0} the id. */
  NOTIFICATION_NOT_FOUND,
  /** {0} what was given, as {@code name=value}. */
  SETTING_UNKNOWN,
  /** {0}: the circle slug. */
  CIRCLE_NOT_FOUND,
  /** {0}: the value given for since. */
  SINCE_UNREADABLE,
  /** {0}: the kind given; {1}: the kinds there are. */
  ACTIVITY_KIND_UNKNOWN,
  /** {0} the id. */
  SAVED_SEARCH_NOT_FOUND,
  /** {0} the most saved searches a person keeps. */
  SAVED_SEARCHES_FULL,
  /** {0} the parameter given; {1} the filters a search page knows. */
  FILTER_UNKNOWN
}
