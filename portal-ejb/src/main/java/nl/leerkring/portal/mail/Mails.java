package nl.leerkring.portal.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.signals.Delivery;
import nl.leerkring.portal.signals.NotificationSetting;
import nl.leerkring.portal.signals.PerAccount;
import nl.leerkring.tenants.accounts.AccountLetter;
import nl.leerkring.tenants.accounts.OneTimeToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail queue: mail is queued in the transaction that caused it and sent later by {@link
 * MailJob}, each mail in its own transaction, so a crash loses none and a committed "sent" is never
 * sent again. (A crash between the server's acceptance and that commit sends that one mail twice,
 * with the same Message-ID; nothing can close that gap without the server's help.)
 */
@Stateless
public class Mails {

  private static final Logger LOG = Logger.getLogger(Mails.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Postman postman;

  @Inject
  @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  Clock clock = Clock.systemUTC();

  /**
   * Queues a mail in the caller's transaction, due after {@code hold}. A notification mail (one
   * with a kind) gets a one-click unsubscribe link.
   *
   * @return the queued mail's id
   */
  public String queue(Letter letter, Duration hold) {
    return queue(letter, hold, null);
  }

  /**
   * Queues a mail about one notification: it is dropped, unsent, if the notification is seen in the
   * portal before it is due ({@link #dropFor}).
   */
  public String queue(Letter letter, Duration hold, String notificationId) {
    String unsubscribe = letter.kind() == null ? null : OneTimeToken.create().token();
    QueuedMail mail =
        new QueuedMail(withFooter(letter), unsubscribe, clock.instant(), hold, notificationId);
    em.persist(mail);
    return mail.id();
  }

  /** Drops what still waits to be mailed about these notifications: the person has seen them. */
  public void dropFor(List<String> notificationIds) {
    if (notificationIds.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    em.createNamedQuery(QueuedMail.PENDING_OF_NOTIFICATIONS, QueuedMail.class)
        .setParameter("ids", notificationIds)
        .getResultList()
        .forEach(m -> m.drop(now));
  }

  /** The portal's public address, ending in a slash, for links in mail. */
  public String base() {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  /**
   * A mail about an account (a confirmation or reset link), queued with the change that made it.
   */
  public void on(@Observes AccountLetter letter) {
    queue(Letters.of(letter, publicUrl), Duration.ZERO);
  }

  /** The ids of at most {@code limit} mails that are due, oldest first. */
  public List<String> due(int limit) {
    return em.createNamedQuery(QueuedMail.DUE, String.class)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sends one queued mail, if it is still pending; a refusal by the server is recorded and retried
   * later, never thrown.
   *
   * @return whether it was sent now
   */
  public boolean send(String id) {
    QueuedMail mail = em.find(QueuedMail.class, id);
    if (mail == null || !mail.isPending()) {
      return false;
    }
    try {
      postman.deliver(mail.letter(), mail.id(), unsubscribeUrl(mail));
      mail.sent(clock.instant());
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Mail " + id + " not sent (attempt " + (mail.attempts() + 1) + ")", e);
      mail.failed(clock.instant(), e.toString());
      return false;
    }
  }

  /**
   * The one-click unsubscribe of RFC 8058: the kind of the mail the link came with is no longer
   * mailed to its recipient, and what of that kind still waits is dropped. Opening the link twice
   * is harmless.
   *
   * @throws PortalException {@code NOT_FOUND} for an unknown link
   */
  public void unsubscribe(String token) {
    QueuedMail mail =
        token == null || token.isBlank() || token.length() > 64
            ? null
            : em.createNamedQuery(QueuedMail.BY_UNSUBSCRIBE, QueuedMail.class)
                .setParameter("token", token.strip())
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (mail == null || mail.accountId() == null) {
      throw PortalException.notFound(MailCode.UNSUBSCRIBE_LINK_UNKNOWN);
    }
    NotificationSetting setting =
        em.find(NotificationSetting.class, new PerAccount(mail.accountId(), mail.kind()));
    if (setting == null) {
      em.persist(new NotificationSetting(mail.accountId(), mail.kind(), Delivery.OFF));
    } else {
      setting.deliver(Delivery.OFF);
    }
    Instant now = clock.instant();
    em.createNamedQuery(QueuedMail.PENDING_OF_KIND, QueuedMail.class)
        .setParameter("account", mail.accountId())
        .setParameter("kind", mail.kind())
        .getResultList()
        .forEach(m -> m.drop(now));
  }

  private String unsubscribeUrl(QueuedMail mail) {
    if (mail.unsubscribeToken() == null) {
      return null;
    }
    return base() + "api/unsubscribe/" + mail.unsubscribeToken();
  }

  private static Letter withFooter(Letter letter) {
    if (letter.kind() == null) {
      return letter;
    }
    String footer =
        Letters.text(
            letter.language(),
            "footer.unsubscribe",
            Letters.text(letter.language(), "signal." + letter.kind()));
    return new Letter(
        letter.accountId(),
        letter.to(),
        letter.language(),
        letter.subject(),
        letter.body() + "\n\n-- \n" + footer,
        letter.kind());
  }
}
