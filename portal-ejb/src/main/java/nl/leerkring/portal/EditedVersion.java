package nl.leerkring.portal;

/**
 * Optimistic locking made readable, one rule for every form that changes a saved row: the editor
 * sends the version it started from; without one the change is refused (400, on the field {@code
 * version}), and started from another version than the stored row's it is refused as a conflict
 * (409) that says what happened and what to do. Nothing is saved then.
 */
public final class EditedVersion {

  private EditedVersion() {}

  public static void require(Long sent, long stored) {
    if (sent == null) {
      throw PortalException.invalidField("version", CommonCode.VERSION_REQUIRED);
    }
    if (sent != stored) {
      throw PortalException.conflict(CommonCode.CHANGED_MEANWHILE, sent, stored);
    }
  }

  /** As {@link #require(Long, long)}, naming who saved the row meanwhile and when. */
  public static void require(Long sent, long stored, String savedBy, Object savedAt) {
    if (sent != null && sent != stored) {
      throw PortalException.conflict(
          CommonCode.CHANGED_MEANWHILE_BY, savedBy, savedAt, sent, stored);
    }
    require(sent, stored);
  }
}
