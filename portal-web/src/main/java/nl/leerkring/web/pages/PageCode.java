package nl.leerkring.web.pages;

import nl.leerkring.tenants.Code;

/** What a page itself refuses before a boundary is asked; worded from the codes bundles. */
public enum PageCode implements Code {
  /** A row's button was posted without the row's id (a stale or tampered page). */
  NO_ROW_CHOSEN
}
