package nl.leerkring.tenants.tenancy;

/** How a viewer takes part in a circle. */
public enum CircleRole {
  /** Through their tenant, which is a member of the circle. */
  MEMBER,
  /** Moderates the circle. */
  COORDINATOR,
  /** Guides the circle without belonging to a tenant. */
  FACILITATOR,
  /** Was granted read access to what the circle publishes. */
  RESEARCHER
}
