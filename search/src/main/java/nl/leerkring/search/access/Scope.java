package nl.leerkring.search.access;

/** Who a document is meant for. */
public enum Scope {
  /** The owner tenant's own workspace: readable by that tenant's members only. */
  PRIVATE,
  /** Published to one circle: readable by everyone who takes part in that circle. */
  CIRCLE,
  /** Published to everybody, signed in or not. */
  PUBLIC
}
