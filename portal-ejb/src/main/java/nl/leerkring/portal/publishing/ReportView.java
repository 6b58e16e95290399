package nl.leerkring.portal.publishing;

import java.time.Instant;

/** A report as the circle's coordinators see it. */
public record ReportView(
    String id, String publicationId, String title, String reportedBy, String reason, Instant at) {}
