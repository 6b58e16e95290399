package nl.leerkring.portal.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.portal.mail.MailsAccess;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Immediate mail from signal to SMTP (GreenMail), through the real queue, fan-out and persistence
 * unit: held back {@code portal.mail.hold-minutes}, dropped when the person opened the notification
 * in the portal meanwhile, sent once otherwise; not at all for a kind the person wants in a digest.
 */
class ImmediateMailTest extends DatabaseTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private Instant now = Instant.parse("2026-12-07T09:00:00Z");

  @Test
  void heldMailIsDroppedWhenSeenMeanwhileAndSentOnceOtherwise() throws Exception {
    Account anna = db.unbound(em -> MemberBuilder.persistAccount(em, "anna@example.org", "nl"));
    db.unbound(
        em -> {
          em.persist(new NotificationSetting(anna.id(), "SAVED_SEARCH_MATCH", Delivery.IMMEDIATE));
          return null;
        });
    Viewer viewer =
        new Viewer(
            anna.id(),
            anna.username(),
            anna.displayName(),
            null,
            Set.of(Role.RESEARCHER),
            List.of());
    signal(anna, "seen-1", "Al gezien in de portal");
    signal(anna, "new-2", "Nog niet gezien");
    db.unbound( // from now on this person wants the kind in the daily digest
        em -> {
          em.find(NotificationSetting.class, new PerAccount(anna.id(), "SAVED_SEARCH_MATCH"))
              .deliver(Delivery.DAILY);
          return null;
        });
    signal(anna, "daily-3", "Voor het overzicht");
    assertEquals(0, sendDue(), "held back");

    String seen =
        inTx(s -> s.inbox(viewer, false, 1, 20)).items().stream()
            .filter(i -> i.title().equals("Al gezien in de portal"))
            .findFirst()
            .orElseThrow()
            .id();
    inTx(s -> s.read(viewer, seen));
    now = now.plus(Duration.ofMinutes(10));

    assertEquals(1, sendDue());
    assertEquals(0, sendDue(), "sent once");
    assertEquals(1, smtp.getReceivedMessages().length);
    String subject = smtp.getReceivedMessages()[0].getSubject();
    assertTrue(subject.contains("Nog niet gezien"), subject);
  }

  /** A saved-search match for the account, queued and fanned out as the job does. */
  private void signal(Account to, String subject, String title) {
    String id =
        inTx(
            s -> {
              s.on(Wiring.match(to.id(), subject, title));
              s.em.flush();
              return s.pending(1).get(0);
            });
    assertEquals(1, (int) inTx(s -> s.fanOut(id)));
  }

  private int sendDue() {
    return db.unbound(
        em -> MailsAccess.sendDue(Wiring.mails(em, clock()), smtp.getSmtp().getPort()));
  }

  private <R> R inTx(Function<Signals, R> work) {
    return db.unbound((EntityManager em) -> work.apply(Wiring.signals(em, clock())));
  }

  private Clock clock() {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
