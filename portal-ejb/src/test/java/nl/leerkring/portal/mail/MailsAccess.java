package nl.leerkring.portal.mail;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires a {@link Mails} outside the container, for the tests of other components. */
public final class MailsAccess {

  private MailsAccess() {}

  public static void prepare(Mails mails, EntityManager em, String publicUrl) {
    prepare(mails, em, publicUrl, Clock.systemUTC());
  }

  public static void prepare(Mails mails, EntityManager em, String publicUrl, Clock clock) {
    mails.em = em;
    mails.publicUrl = publicUrl;
    mails.clock = clock;
  }

  /** One run of the mail job against the SMTP server on this local port; how many were sent. */
  public static int sendDue(Mails mails, int smtpPort) {
    Postman postman = new Postman();
    postman.host = java.util.Optional.of("127.0.0.1");
    postman.port = smtpPort;
    postman.username = java.util.Optional.empty();
    postman.password = java.util.Optional.empty();
    postman.from = "Leerkring <noreply@leerkring.invalid>";
    postman.outboxDir = java.util.Optional.empty();
    postman.dataDir = System.getProperty("java.io.tmpdir");
    mails.postman = postman;
    return MailJob.run(mails);
  }
}
