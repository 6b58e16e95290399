package nl.leerkring.portal.publishing;

import java.time.Instant;

/** A publication as its owner, a coordinator or a reader sees it. */
public record PublicationView(
    String id,
    String kind,
    String subjectId,
    String title,
    String scope,
    String circle,
    String status,
    String reason,
    String ownerTenant,
    String ownerName,
    String submittedBy,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    Snapshot snapshot,
    String aboutId) {}
