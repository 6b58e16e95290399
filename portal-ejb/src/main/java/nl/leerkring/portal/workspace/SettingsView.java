package nl.leerkring.portal.workspace;

/** A tenant's settings, as read and as written. */
public record SettingsView(String contactEmail, String welcomeText, String defaultLocale) {}
