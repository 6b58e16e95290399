package nl.leerkring.portal.signals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.leerkring.portal.mail.Letter;
import nl.leerkring.portal.mail.Letters;
import nl.leerkring.portal.mail.Mails;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues the immediate mail of a notification, in the person's language, held back {@code
 * portal.mail.hold-minutes} (default 10): if the person opens it in the portal meanwhile, the mail
 * is dropped ({@link Signals#read}). The text is the notification's own title and kind, which the
 * person may read; never more.
 */
@Dependent
class Mailing {

  @Inject Mails mails;

  @Inject
  @ConfigProperty(name = "portal.mail.hold-minutes", defaultValue = "10")
  int holdMinutes;

  /**
   * The words a notification is about (a reply), quoted as mail quotes ({@code > }) after {@code
   * before}; nothing when there are none.
   */
  static String quoted(String text, String before) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder q = new StringBuilder(before);
    for (String line : text.strip().split("\\R", -1)) {
      q.append("> ").append(line).append('\n');
    }
    return q.toString();
  }

  /** Queues the mail, if the person wants this kind at once and has an address ({@code a}). */
  void immediately(Addressee a, Preferences prefs, Notification n, Signal s) {
    if (a == null || prefs.deliveryOf(s.kind(), s.circleId()) != Delivery.IMMEDIATE) {
      return;
    }
    String language = a.language();
    String kind = Letters.text(language, "signal." + s.kind().name());
    mails.queue(
        new Letter(
            a.id(),
            a.email(),
            language,
            Letters.text(language, "notification.subject", kind, s.title()),
            Letters.text(
                    language,
                    "notification.body",
                    a.displayName(),
                    kind,
                    s.title(),
                    mails.base() + s.link())
                + quoted(s.text(), "\n\n"),
            s.kind().name()),
        Duration.ofMinutes(holdMinutes),
        n.id());
  }
}
