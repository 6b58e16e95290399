package nl.leerkring.portal.learning;

/**
 * The leerkring's three phases: specify the ambitions (2024), realise value and build the denkkader
 * (2025), reflect and secure (borging, 2026). Declared in their order.
 */
public enum Phase {
  SPECIFY,
  REALISE,
  REFLECT;

  /** Whether a text of this phase may build on what was learned in {@code other}: not later. */
  boolean buildsOn(Phase other) {
    return other.ordinal() <= ordinal();
  }
}
