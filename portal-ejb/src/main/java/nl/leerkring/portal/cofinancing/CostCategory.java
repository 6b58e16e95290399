package nl.leerkring.portal.cofinancing;

/** What a budget line pays for (the categories of DOMAIN.md's examples). */
public enum CostCategory {
  /** The gemeente's own staff hours. */
  OWN_STAFF,
  /** Hours of partners' staff, such as a community worker. */
  PARTNER_STAFF,
  /** Facilitators and advisers (a university, an advisory bureau). */
  EXTERNAL_SERVICES,
  MATERIALS,
  OTHER
}
