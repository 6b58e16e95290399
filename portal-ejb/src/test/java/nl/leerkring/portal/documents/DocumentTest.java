package nl.leerkring.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** The rules a case document keeps itself: its description, edits, the prullenbak and the purge. */
class DocumentTest {

  private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
  private static final Duration THIRTY_DAYS = Duration.ofDays(30);

  private static DocumentMetadata metadata(String title, String type) {
    return new DocumentMetadata(
        title,
        type,
        LocalDate.of(2025, 3, 1),
        "2025-229",
        "Blijfwijk",
        List.of("Gezondheid"),
        List.of("wonen"),
        List.of("Duiven-Zuid"),
        "Samenvatting");
  }

  private static Document document() {
    return new Document(metadata("Nota Blijfwijk", "nota-bw"), "jan");
  }

  @Test
  void anEditKeepsWhichFieldsChangedWhoAndWhen() {
    Document d = document();
    List<String> changed =
        d.edit(
            new DocumentMetadata(
                "Nota Blijfwijk 2",
                "evaluatie",
                LocalDate.of(2025, 3, 1),
                "2025-229",
                "Blijfwijk",
                List.of("gezondheid"),
                List.of("wonen", "zorg"),
                List.of("Duiven-Zuid"),
                "Samenvatting"),
            0L,
            "piet",
            MONDAY);
    assertEquals(List.of("title", "type", "tags"), changed, "themes are compared lower-cased");
    assertEquals("Nota Blijfwijk 2", d.title());
    assertEquals(DocumentType.EVALUATIE, d.type());
    assertEquals(MONDAY, d.updatedAt());
    DocumentEvent event = d.history().get(0);
    assertEquals(DocumentEvent.What.EDITED, event.what());
    assertEquals("piet", event.by());
    assertEquals(MONDAY, event.at());
    assertEquals(List.of("title", "type", "tags"), event.fields());
  }

  @Test
  void anEditThatChangesNothingLeavesNoHistory() {
    Document d = document();
    Instant before = d.updatedAt();
    assertEquals(List.of(), d.edit(metadata("Nota Blijfwijk", "nota-bw"), 0L, "piet", MONDAY));
    assertTrue(d.history().isEmpty());
    assertEquals(before, d.updatedAt());
  }

  @Test
  void anEditOverAnotherVersionIsRefusedAndChangesNothing() {
    Document d = document();
    PortalException e =
        assertThrows(
            PortalException.class,
            () -> d.edit(metadata("Andere titel", "nota-bw"), 3L, "piet", MONDAY));
    assertEquals(TenantsException.Kind.CONFLICT, e.kind());
    assertEquals(DocumentCode.CHANGED_MEANWHILE, e.refusals().get(0).code());
    assertEquals("Nota Blijfwijk", d.title());
    PortalException missing =
        assertThrows(
            PortalException.class,
            () -> d.edit(metadata("Andere titel", "nota-bw"), null, "piet", MONDAY));
    assertEquals(TenantsException.Kind.INVALID, missing.kind());
    assertEquals("version", missing.refusals().get(0).field());
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    DocumentMetadata wrong =
        new DocumentMetadata(
            " ",
            "",
            LocalDate.of(1850, 1, 1),
            "x".repeat(51),
            null,
            List.of(),
            java.util.Collections.nCopies(21, "t"),
            List.of(),
            null);
    PortalException e = assertThrows(PortalException.class, () -> Document.check(wrong));
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    assertEquals(
        List.of("title", "type", "date", "number", "tags"),
        e.refusals().stream().map(Refusal::field).toList());
    assertEquals(
        List.of(
            DocumentCode.REQUIRED,
            DocumentCode.TYPE_REQUIRED,
            DocumentCode.DATE_IMPLAUSIBLE,
            DocumentCode.TOO_LONG,
            DocumentCode.TOO_MANY),
        e.refusals().stream().map(Refusal::code).toList());
  }

  @Test
  void anUnknownTypeIsNamed() {
    PortalException e =
        assertThrows(PortalException.class, () -> Document.check(metadata("T", "brief")));
    assertEquals(DocumentCode.TYPE_UNKNOWN, e.refusals().get(0).code());
    assertEquals(List.of("brief"), e.refusals().get(0).args());
  }

  @Test
  void aSharedDocumentCannotBeDeletedUntilWithdrawn() {
    Document d = document();
    PortalException e = assertThrows(PortalException.class, () -> d.trash(true, "piet", MONDAY));
    assertEquals(TenantsException.Kind.CONFLICT, e.kind());
    assertEquals(DocumentCode.STILL_SHARED, e.refusals().get(0).code());
    assertFalse(d.inTrash());
    assertTrue(d.history().isEmpty());
  }

  @Test
  void aDeletedDocumentWaitsInTheTrashAndCanBeRestored() {
    Document d = document();
    d.trash(false, "piet", MONDAY);
    assertTrue(d.inTrash());
    assertEquals("piet", d.deletedBy());
    assertEquals(MONDAY.plus(THIRTY_DAYS), d.purgeAfter(THIRTY_DAYS));
    assertThrows(
        PortalException.class,
        () -> d.edit(metadata("X", "nota-bw"), 0L, "piet", MONDAY),
        "a document in the trash is not edited");
    assertThrows(PortalException.class, d::nextVersion, "nor given a new version");
    assertThrows(PortalException.class, () -> d.trash(false, "piet", MONDAY), "nor deleted twice");

    d.restore("jan", MONDAY.plusSeconds(60));
    assertFalse(d.inTrash());
    assertNull(d.purgeAfter(THIRTY_DAYS));
    assertEquals(
        List.of(DocumentEvent.What.DELETED, DocumentEvent.What.RESTORED),
        d.history().stream().map(DocumentEvent::what).toList());
    assertEquals("Nota Blijfwijk", d.title(), "restored as it was");
  }

  @Test
  void restoringADocumentNotInTheTrashIsAConflict() {
    PortalException e =
        assertThrows(PortalException.class, () -> document().restore("jan", MONDAY));
    assertEquals(TenantsException.Kind.CONFLICT, e.kind());
    assertEquals(DocumentCode.NOT_IN_TRASH, e.refusals().get(0).code());
  }

  @Test
  void aDocumentIsPurgedOnlyAfterTheWholeRetentionPeriod() {
    Document d = document();
    assertFalse(d.purgeDue(MONDAY.plus(Duration.ofDays(365)), THIRTY_DAYS), "not in the trash");
    d.trash(false, "piet", MONDAY);
    assertFalse(d.purgeDue(MONDAY, THIRTY_DAYS));
    assertFalse(d.purgeDue(MONDAY.plus(THIRTY_DAYS).minusSeconds(1), THIRTY_DAYS));
    assertTrue(d.purgeDue(MONDAY.plus(THIRTY_DAYS), THIRTY_DAYS));
    assertTrue(d.purgeDue(MONDAY.plus(Duration.ofDays(31)), THIRTY_DAYS));
    assertFalse(
        d.purgeDue(MONDAY.plus(Duration.ofDays(31)), Duration.ofDays(60)),
        "the retention is configurable");
    d.restore("jan", MONDAY.plus(Duration.ofDays(29)));
    assertFalse(d.purgeDue(MONDAY.plus(Duration.ofDays(31)), THIRTY_DAYS), "restored in time");
  }
}
