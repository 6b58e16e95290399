package nl.leerkring.portal.mail;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires a {@link Mails} outside the container, for the tests of other components. */
public final class MailsAccess {

  private MailsAccess() {}

  public static void prepare(Mails mails, EntityManager em, String publicUrl) {
    mails.em = em;
    mails.publicUrl = publicUrl;
    mails.clock = Clock.systemUTC();
  }
}
