package nl.leerkring.portal.mail;

import java.util.Objects;

/**
 * A mail as rendered for one person, in their language, before it is queued.
 *
 * @param accountId the recipient's account, or {@code null} for an address without one
 * @param language {@code nl} or {@code en}
 * @param kind the notification kind a one-click unsubscribe turns off; {@code null} for mail about
 *     the account itself (a confirmation or reset link), which one does not unsubscribe from
 */
public record Letter(
    String accountId, String to, String language, String subject, String body, String kind) {

  public Letter {
    Objects.requireNonNull(to, "a letter needs an address");
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
    language = "en".equals(language) ? "en" : "nl";
  }
}
