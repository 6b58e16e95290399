package nl.leerkring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** The two rules every form of the portal shares: the version it started from, and its texts. */
class EditedVersionAndTextFieldTest {

  @Test
  void aChangeFromTheStoredVersionGoesThrough() {
    EditedVersion.require(3L, 3);
    EditedVersion.require(3L, 3, "anna", Instant.EPOCH);
  }

  @Test
  void aChangeWithoutAVersionIsRefusedOnTheVersionField() {
    PortalException e = assertThrows(PortalException.class, () -> EditedVersion.require(null, 3));
    assertEquals(Kind.INVALID, e.kind());
    assertEquals(List.of(Refusal.onField("version", CommonCode.VERSION_REQUIRED)), e.refusals());
  }

  @Test
  void aChangeFromAnOlderVersionIsAConflictThatSaysBothVersions() {
    PortalException e = assertThrows(PortalException.class, () -> EditedVersion.require(2L, 3));
    assertEquals(Kind.CONFLICT, e.kind());
    assertEquals(List.of(Refusal.of(CommonCode.CHANGED_MEANWHILE, 2L, 3L)), e.refusals());
  }

  @Test
  void aConflictNamesWhoSavedMeanwhileAndWhen() {
    Instant at = Instant.parse("2026-12-06T10:15:00Z");
    PortalException e =
        assertThrows(PortalException.class, () -> EditedVersion.require(2L, 3, "anna", at));
    assertEquals(Kind.CONFLICT, e.kind());
    assertEquals(
        List.of(Refusal.of(CommonCode.CHANGED_MEANWHILE_BY, "anna", at, 2L, 3L)), e.refusals());
    assertEquals(
        Kind.INVALID,
        assertThrows(PortalException.class, () -> EditedVersion.require(null, 3, "anna", at))
            .kind());
  }

  @Test
  void aTextIsStoredStrippedAndBlankIsNone() {
    assertEquals("Buurtkamer", TextField.required("title", "  Buurtkamer \n", 10));
    assertNull(TextField.optional("owner", "   ", 10));
    assertNull(TextField.optional("owner", null, 10));
  }

  @Test
  void aRequiredBlankTextOrATooLongOneIsRefusedOnItsField() {
    assertEquals(
        List.of(Refusal.onField("name", CommonCode.REQUIRED)),
        assertThrows(PortalException.class, () -> TextField.required("name", " ", 5)).refusals());
    PortalException tooLong =
        assertThrows(PortalException.class, () -> TextField.optional("title", "abcdef", 5));
    assertEquals(Kind.INVALID, tooLong.kind());
    assertEquals(List.of(Refusal.onField("title", CommonCode.TOO_LONG, 5)), tooLong.refusals());
  }

  @Test
  void everyWrongFieldIsCollectedBeforeTheWriteIsRefused() {
    Refusals wrong = new Refusals();
    String name = wrong.field("name", () -> TextField.required("name", "", 10));
    String title = wrong.field("title", () -> TextField.required("title", "Buurtkamer", 10));
    String owner = wrong.field("owner", () -> TextField.optional("owner", "x".repeat(11), 10));
    assertNull(name);
    assertEquals("Buurtkamer", title);
    assertNull(owner);
    PortalException e = assertThrows(PortalException.class, wrong::throwIfAny);
    assertEquals(Kind.INVALID, e.kind());
    assertEquals(
        List.of(
            Refusal.onField("name", CommonCode.REQUIRED),
            Refusal.onField("owner", CommonCode.TOO_LONG, 10)),
        e.refusals());
  }

  @Test
  void aRefusalWithoutAFieldIsKeptOnTheFieldBeingRead() {
    Refusals wrong = new Refusals();
    wrong.field(
        "rate",
        () -> {
          throw PortalException.invalid(CommonCode.REQUIRED);
        });
    assertEquals(
        List.of(Refusal.onField("rate", CommonCode.REQUIRED)),
        assertThrows(PortalException.class, wrong::throwIfAny).refusals());
  }

  @Test
  void whatIsNotInvalidInputIsNotCollected() {
    Refusals wrong = new Refusals();
    assertThrows(
        PortalException.class,
        () ->
            wrong.field(
                "x",
                () -> {
                  throw PortalException.forbidden(CommonCode.SIGN_IN_FIRST);
                }));
    wrong.throwIfAny();
  }
}
