package nl.leerkring.portal.meetings;

/**
 * A meeting as a coordinator plans or changes it. {@code start} and {@code end} are ISO local
 * date-times in Europe/Amsterdam ({@code 2026-12-10T14:00}); {@code host} is the slug of one of the
 * circle's gemeenten. {@code version} is the version a change started from (ignored when planning).
 */
public record MeetingDraft(
    String title,
    String start,
    String end,
    String place,
    String onlineUrl,
    String host,
    Integer capacity,
    String description,
    Long version) {}
