package nl.leerkring.portal.search;

import nl.leerkring.tenants.Code;

/** What the search boundary refuses; worded by the web layer (see {@link Code}). */
public enum SearchCode implements Code {
  ADMINS_ONLY,
  SIGN_IN_TO_SEARCH,
  /** {0}: how far the rebuild is, in percent. */
  BEING_PREPARED
}
