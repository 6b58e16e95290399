package nl.leerkring.portal.signals;

import java.time.Instant;

/** One notification as its recipient sees it. */
public record InboxItem(
    String id,
    String kind,
    String title,
    String link,
    Instant createdAt,
    boolean read,
    boolean done) {}
