package nl.leerkring.portal.setup;

import nl.leerkring.tenants.Code;

/** What setting up the demo refuses; worded by the web layer (see {@link Code}). */
public enum SetupCode implements Code {
  /** {0}: the slug asked for. */
  NO_DEMO_TENANT
}
