package nl.leerkring.portal;

import nl.leerkring.tenants.TenantsException;

/**
 * Optimistic locking made readable, one rule for every form that changes a saved row: the editor
 * sends the version it started from; without one the change is refused (400), and started from
 * another version than the stored row's it is refused as a conflict (409) that says what happened
 * and what to do. Nothing is saved then.
 */
public final class EditedVersion {

  private EditedVersion() {}

  /**
   * @param missing the whole message when no version was sent
   * @param whatHappened how the row changed meanwhile ("This programme was saved by … after you
   *     opened it")
   * @param whatToDo the advice after "Nothing was saved: " ("reload and make your change again.")
   */
  public static void require(
      Long sent, long stored, String missing, String whatHappened, String whatToDo) {
    if (sent == null) {
      throw PortalException.invalid(missing);
    }
    if (sent != stored) {
      throw new PortalException(
          TenantsException.Kind.CONFLICT,
          whatHappened
              + " (you started from version "
              + sent
              + ", it is now at "
              + stored
              + "). Nothing was saved: "
              + whatToDo);
    }
  }
}
