package nl.leerkring.portal.search;

import nl.leerkring.tenants.Code;

/**
 * What the search boundary refuses; worded by the web layer (see {@link Code}). The search module's
 * own reasons ({@code SearchException.Reason}) have a constant of the same name here.
 */
public enum SearchCode implements Code {
  ADMINS_ONLY,
  SIGN_IN_TO_SEARCH,
  /** {0}: how far the rebuild is, in percent. */
  BEING_PREPARED,
  /** {0}: the id asked for (for logs). */
  ITEM_NOT_FOUND,
  PAGE_BELOW_ONE,
  /** {0}: the largest page size. */
  PAGE_SIZE,
  /** {0}: the query's length, {1}: the most characters. */
  QUERY_TOO_LONG,
  TOO_MANY_TERMS,
  PREFIX_MATCHES_TOO_MUCH,
  UNREADABLE,
  QUOTE_NOT_CLOSED,
  CLOSING_BRACKET_FIRST,
  BRACKET_NOT_CLOSED,
  /** {0}: the word. */
  PREFIX_TOO_SHORT,
  /** {0}: the word. */
  WILDCARD_FIRST,
  /** {0}: the operator. */
  OPERATOR_ALONE
}
