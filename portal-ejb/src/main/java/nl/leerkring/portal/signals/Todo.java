package nl.leerkring.portal.signals;

import java.time.LocalDate;

/** Something that waits for the person, with where to do it; gone once it is done. */
public record Todo(String kind, String title, String link, LocalDate due) {}
