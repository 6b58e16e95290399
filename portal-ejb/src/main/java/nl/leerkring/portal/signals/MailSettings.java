package nl.leerkring.portal.signals;

import java.util.Map;

/**
 * What a person wants mailed: a delivery per kind ({@code IMMEDIATE|DAILY|WEEKLY|OFF}) and a watch
 * level per circle they take part in ({@code WATCHING|NORMAL|MUTED}), by circle slug.
 */
public record MailSettings(Map<String, String> email, Map<String, String> watch) {}
