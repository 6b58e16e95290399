package nl.leerkring.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The assertion the entity tests of this module share: a write refused as invalid input. */
public final class Invalid {

  private Invalid() {}

  /** Runs {@code executable}, asserts it is refused as {@code INVALID}, and returns the refusal. */
  public static TenantsException invalid(Executable executable) {
    TenantsException e = assertThrows(TenantsException.class, executable);
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    return e;
  }
}
