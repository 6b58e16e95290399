package nl.leerkring.portal.signals;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import nl.leerkring.portal.mail.Mails;
import nl.leerkring.portal.mail.MailsAccess;
import nl.leerkring.portal.publishing.PublishingAccess;
import nl.leerkring.tenants.accounts.AccountsAccess;

/**
 * The signals component wired outside the container, on one EntityManager and a clock, as CDI wires
 * it: the fan-out with its recipients and immediate mail, the digests, publishing's access check on
 * their subjects.
 */
final class Wiring {

  static final String PUBLIC_URL = "https://portal.example/";

  private Wiring() {}

  static Signals signals(EntityManager em, Clock clock) {
    Signals s = new Signals();
    s.em = em;
    s.clock = clock;
    s.mails = mails(em, clock);
    s.subjects = List.of(PublishingAccess.subjects(em));
    Recipients r = new Recipients();
    r.em = em;
    r.accounts = AccountsAccess.on(em);
    s.recipients = r;
    Mailing m = new Mailing();
    m.mails = s.mails;
    m.holdMinutes = 10;
    s.mailing = m;
    return s;
  }

  static Digests digests(EntityManager em, Clock clock) {
    Digests d = new Digests();
    d.em = em;
    d.clock = clock;
    d.mails = mails(em, clock);
    d.accounts = AccountsAccess.on(em);
    d.subjects = List.of(PublishingAccess.subjects(em));
    return d;
  }

  /** A saved-search match for one account: a signal that reaches just that person. */
  static Signal match(String accountId, String subject, String title) {
    return new Signal(
        SignalKind.SAVED_SEARCH_MATCH, null, null, subject, title, "app/x", null, accountId, null);
  }

  static Mails mails(EntityManager em, Clock clock) {
    Mails mails = new Mails();
    MailsAccess.prepare(mails, em, PUBLIC_URL, clock);
    return mails;
  }
}
