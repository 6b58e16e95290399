package nl.leerkring.portal.publishing;

import java.time.Instant;

/**
 * A report as the circle's coordinators see it.
 *
 * @param kind the kind of the reported item
 * @param state {@code OPEN}, or {@code HANDLED} once a coordinator marked it so
 * @param handledBy who marked it handled; null while open
 * @param handledAt when; null while open
 */
public record ReportView(
    String id,
    String publicationId,
    String title,
    String reportedBy,
    String reason,
    Instant at,
    String kind,
    String state,
    String handledBy,
    Instant handledAt) {

  /** The report about {@code p}; the publication's title and kind are left out when it is gone. */
  static ReportView of(Report r, Publication p) {
    return new ReportView(
        r.id(),
        r.publicationId(),
        p == null ? null : p.title(),
        r.reportedBy(),
        r.reason(),
        r.at(),
        p == null ? null : p.kind(),
        r.isHandled() ? "HANDLED" : "OPEN",
        r.handledBy(),
        r.handledAt());
  }
}
