package nl.leerkring.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.portal.signals.Delivery;
import nl.leerkring.portal.signals.NotificationSetting;
import nl.leerkring.portal.signals.PerAccount;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.AccountLetter;
import nl.leerkring.tenants.accounts.MemberBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail queue against a real SMTP server (GreenMail) and the real persistence unit: what is
 * queued is sent once, in the person's language, with RFC 8058 unsubscribe headers; held mail
 * waits; a refusing server is retried; unsubscribing turns the kind off; without an SMTP host the
 * mail lands in the outbox as an {@code .eml} file.
 */
class MailsTest extends DatabaseTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path outbox;

  private Instant now = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void aNotificationIsSentOnceOverSmtpWithOneClickUnsubscribe() throws Exception {
    Account anna = account("anna@example.org", "en");
    String id = inTx(m -> m.queue(notification(anna, "SUBMISSION_WAITING"), Duration.ZERO));

    assertEquals(1, sendDue());
    assertEquals(0, sendDue(), "a sent mail is never sent again");

    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage mail = received[0];
    assertEquals("anna@example.org", mail.getAllRecipients()[0].toString());
    assertEquals("<" + id + "@leerkring>", mail.getMessageID());
    assertEquals("en", mail.getHeader("Content-Language")[0]);
    String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
    assertTrue(
        unsubscribe.matches("<https://portal\\.example/api/unsubscribe/[A-Za-z0-9_-]{43}>"),
        unsubscribe);
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
    assertTrue(mail.getContent().toString().contains("Unsubscribe"), "the English footer");
  }

  @Test
  void heldMailWaitsUntilItsTime() {
    Account bram = account("bram@example.org", "nl");
    inTx(m -> m.queue(notification(bram, "ITEM_HIDDEN"), Duration.ofMinutes(10)));

    assertEquals(0, sendDue());
    now = now.plus(Duration.ofMinutes(10));
    assertEquals(1, sendDue());
  }

  @Test
  void aRefusingServerIsTriedAgainLaterAndNothingIsLost() {
    Account cor = account("cor@example.org", "nl");
    String id = inTx(m -> m.queue(notification(cor, "ITEM_REPORTED"), Duration.ZERO));
    int port = smtp.getSmtp().getPort();
    smtp.stop();
    try {
      assertEquals(0, sendDue(port));
      int attempts = inTx(m -> m.em.find(QueuedMail.class, id).attempts());
      assertEquals(1, attempts);
      assertEquals(0, sendDue(port), "not due again before its pause");
    } finally {
      smtp.start();
    }
    now = now.plus(Duration.ofMinutes(2));
    assertEquals(1, sendDue(smtp.getSmtp().getPort()));
    assertEquals(1, smtp.getReceivedMessages().length);
  }

  @Test
  void oneClickUnsubscribeTurnsTheKindOffAndDropsWhatWaits() throws Exception {
    Account dirk = account("dirk@example.org", "nl");
    inTx(m -> m.queue(notification(dirk, "MEETING_PLANNED"), Duration.ZERO));
    inTx(m -> m.queue(notification(dirk, "MEETING_PLANNED"), Duration.ofMinutes(10)));
    inTx(m -> m.queue(notification(dirk, "ITEM_HIDDEN"), Duration.ofMinutes(10)));
    assertEquals(1, sendDue());
    String header = smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
    String token = header.substring(header.lastIndexOf('/') + 1, header.length() - 1);

    inTx(
        m -> {
          m.unsubscribe(token);
          m.unsubscribe(token); // a mail client may post twice
          return null;
        });

    assertEquals(
        Delivery.OFF,
        inTx(
            m ->
                m.em
                    .find(NotificationSetting.class, new PerAccount(dirk.id(), "MEETING_PLANNED"))
                    .delivery()));
    now = now.plus(Duration.ofMinutes(10));
    assertEquals(1, sendDue(), "only the other kind is still sent");
    assertThrows(PortalException.class, () -> inTx(m -> runUnsubscribe(m, "no-such-token-at-all")));
  }

  @Test
  void withoutAnSmtpHostMailIsWrittenToTheOutbox() throws Exception {
    Account eva = account("eva@example.org", "nl");
    inTx(
        m -> {
          m.on(
              new AccountLetter(
                  AccountLetter.Kind.EMAIL_CONFIRMATION,
                  eva.id(),
                  "eva.nieuw@example.org",
                  "nl",
                  "Eva",
                  "tok3n",
                  now.plus(Duration.ofHours(48))));
          return null;
        });

    assertEquals(1, sendDue(-1));
    List<Path> files;
    try (Stream<Path> s = Files.list(outbox)) {
      files = s.toList();
    }
    assertEquals(1, files.size());
    assertTrue(files.get(0).toString().endsWith(".eml"));
    MimeMessage mail;
    try (InputStream in = Files.newInputStream(files.get(0))) {
      mail = new MimeMessage(null, in);
    }
    assertEquals("eva.nieuw@example.org", mail.getAllRecipients()[0].toString());
    assertEquals("Bevestig uw e-mailadres voor de leerkring", mail.getSubject());
    String body = mail.getContent().toString();
    assertTrue(
        body.contains("https://portal.example/confirm-email.xhtml?token=tok3n"),
        "the link: " + body);
    assertFalse(
        mail.getHeader("List-Unsubscribe") != null,
        "one does not unsubscribe from mail about one's own account");
    assertNotNull(mail.getHeader("Auto-Submitted"));
  }

  private static Void runUnsubscribe(Mails m, String token) {
    m.unsubscribe(token);
    return null;
  }

  private Letter notification(Account to, String kind) {
    return new Letter(to.id(), to.email(), to.language(), "Iets nieuws", "Er wacht iets.", kind);
  }

  private Account account(String email, String language) {
    return db.unbound(em -> MemberBuilder.persistAccount(em, email, language));
  }

  private int sendDue() {
    return sendDue(smtp.getSmtp().getPort());
  }

  /** One run of the job, with the SMTP server at the port, or the outbox for a negative port. */
  private int sendDue(int port) {
    Postman postman = new Postman();
    postman.host = port < 0 ? Optional.empty() : Optional.of("127.0.0.1");
    postman.port = Math.max(port, 0);
    postman.username = Optional.empty();
    postman.password = Optional.empty();
    postman.from = "Leerkring <noreply@leerkring.invalid>";
    postman.outboxDir = Optional.of(outbox.toString());
    postman.dataDir = outbox.toString();
    return inTx(m -> MailJob.run(withPostman(m, postman)));
  }

  private static Mails withPostman(Mails m, Postman p) {
    m.postman = p;
    return m;
  }

  private <R> R inTx(Function<Mails, R> work) {
    return db.unbound((EntityManager em) -> work.apply(mails(em)));
  }

  private Mails mails(EntityManager em) {
    Mails m = new Mails();
    m.em = em;
    m.publicUrl = "https://portal.example";
    m.clock = Clock.fixed(now, ZoneOffset.UTC);
    return m;
  }
}
