package nl.leerkring.portal.signals;

import java.util.List;

/** A page of a person's inbox, newest first, and how many of all are unread. */
public record Inbox(long unread, List<InboxItem> items, long total, int page, int size) {}
