package nl.leerkring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** The two rules every form of the portal shares: the version it started from, and its texts. */
class EditedVersionAndTextFieldTest {

  @Test
  void aChangeFromTheStoredVersionGoesThrough() {
    EditedVersion.require(3L, 3, "missing", "changed", "reload.");
  }

  @Test
  void aChangeWithoutAVersionIsRefusedWithTheMessageGiven() {
    PortalException e =
        assertThrows(
            PortalException.class,
            () -> EditedVersion.require(null, 3, "Send the version.", "changed", "reload."));
    assertEquals(Kind.INVALID, e.kind());
    assertEquals("Send the version.", e.getMessage());
  }

  @Test
  void aChangeFromAnOlderVersionIsAConflictThatSaysBothVersions() {
    PortalException e =
        assertThrows(
            PortalException.class,
            () ->
                EditedVersion.require(
                    2L, 3, "missing", "This line was changed by someone else", "reload."));
    assertEquals(Kind.CONFLICT, e.kind());
    assertEquals(
        "This line was changed by someone else (you started from version 2, it is now at 3)."
            + " Nothing was saved: reload.",
        e.getMessage());
  }

  @Test
  void aTextIsStoredStrippedAndBlankIsNone() {
    assertEquals("Buurtkamer", TextField.required("Action › title", "  Buurtkamer \n", 10));
    assertNull(TextField.optional("Action › owner", "   ", 10));
    assertNull(TextField.optional("Action › owner", null, 10));
  }

  @Test
  void aRequiredBlankTextOrATooLongOneIsRefusedByName() {
    assertEquals(
        "Theme › name is required.",
        assertThrows(PortalException.class, () -> TextField.required("Theme › name", " ", 5))
            .getMessage());
    PortalException tooLong =
        assertThrows(PortalException.class, () -> TextField.optional("Goal › title", "abcdef", 5));
    assertEquals(Kind.INVALID, tooLong.kind());
    assertEquals("Goal › title is longer than 5 characters.", tooLong.getMessage());
  }
}
