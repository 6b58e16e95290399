package nl.leerkring.portal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** The transitions of a publication, and who may make them. */
class PublicationTest {

  private static Publication submittedBy(String username) {
    Snapshot snapshot =
        new Snapshot(
            "document",
            "doc-1",
            "Nota",
            "nota-bw",
            "Nota",
            LocalDate.of(2025, 3, 1),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            "samenvatting",
            1,
            List.of(),
            null,
            null,
            List.of());
    return new Publication(snapshot, "{}", "tenant-1", "circle-1", Scope.CIRCLE, username);
  }

  @Test
  void nobodyApprovesTheirOwnSubmission() {
    Publication p = submittedBy("lid-en-coordinator");
    PortalException refused =
        assertThrows(PortalException.class, () -> p.approve("lid-en-coordinator"));
    assertEquals(Kind.FORBIDDEN, refused.kind());
    assertEquals(PublicationCode.OWN_SUBMISSION, refused.refusals().get(0).code());
    assertEquals(Publication.Status.SUBMITTED, p.status(), "nothing changed");
    assertEquals(null, p.decidedBy());
  }

  @Test
  void anotherCoordinatorApproves() {
    Publication p = submittedBy("lid-en-coordinator");
    p.approve("coordinator");
    assertEquals(Publication.Status.PUBLISHED, p.status());
    assertEquals("coordinator", p.decidedBy());
  }

  @Test
  void returningOnesOwnSubmissionOnlyStopsItAndIsAllowed() {
    Publication p = submittedBy("lid-en-coordinator");
    p.giveBack("lid-en-coordinator", "Nog niet af.");
    assertEquals(Publication.Status.RETURNED, p.status());
  }

  @Test
  void aDecidedSubmissionIsNotApprovedAgain() {
    Publication p = submittedBy("lid");
    p.approve("coordinator");
    assertEquals(
        Kind.CONFLICT, assertThrows(PortalException.class, () -> p.approve("ander")).kind());
  }

  @Test
  void aHandledReportKeepsWhoHandledItFirst() {
    Publication p = submittedBy("duiven.lid");
    p.approve("coordinator");
    Report report = new Report(p, "wijchen.lid", "Er staan namen van bewoners in");
    assertTrue(!report.isHandled() && report.handledBy() == null && report.handledAt() == null);
    report.handle("coordinator");
    assertTrue(report.isHandled());
    assertEquals("coordinator", report.handledBy());
    var first = report.handledAt();
    report.handle("tweede.coordinator");
    assertEquals("coordinator", report.handledBy(), "marking it again changes nothing");
    assertEquals(first, report.handledAt());
  }

  @Test
  void aReportNeedsAReasonOfAtMostTwoThousandCharacters() {
    Publication p = submittedBy("duiven.lid");
    PortalException blank =
        assertThrows(PortalException.class, () -> new Report(p, "wijchen.lid", " "));
    assertEquals(PublicationCode.REASON_REQUIRED, blank.refusals().get(0).code());
    assertEquals("reason", blank.refusals().get(0).field());
    PortalException longer =
        assertThrows(PortalException.class, () -> new Report(p, "wijchen.lid", "x".repeat(2001)));
    assertEquals(PublicationCode.REASON_TOO_LONG, longer.refusals().get(0).code());
  }

  // --- its gemeente leaves the circle (F9) ---

  @Test
  void aWaitingSubmissionIsReturnedWhenItsGemeenteLeavesTheCircle() {
    Publication p = submittedBy("lid");
    p.endAsOwnerLeft("admin");
    assertEquals(Publication.Status.RETURNED, p.status());
    assertEquals("admin", p.decidedBy());
    assertEquals(Publication.LEFT_CIRCLE, p.reason());
  }

  @Test
  void aPublishedOrHiddenItemIsWithdrawnWhenItsGemeenteLeavesTheCircle() {
    Publication published = submittedBy("lid");
    published.approve("coordinator");
    published.endAsOwnerLeft("admin");
    assertEquals(Publication.Status.WITHDRAWN, published.status());

    Publication hidden = submittedBy("lid");
    hidden.approve("coordinator");
    hidden.hide("coordinator", "gemeld");
    hidden.endAsOwnerLeft("admin");
    assertEquals(Publication.Status.WITHDRAWN, hidden.status());
  }

  @Test
  void historyStaysAsItWasWhenItsGemeenteLeavesTheCircle() {
    Publication returned = submittedBy("lid");
    returned.giveBack("coordinator", "nog niet af");
    returned.endAsOwnerLeft("admin");
    assertEquals(Publication.Status.RETURNED, returned.status());
    assertEquals("nog niet af", returned.reason(), "the coordinator's reason stays");
    assertEquals("coordinator", returned.decidedBy());
  }
}
