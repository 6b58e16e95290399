package nl.leerkring.portal.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import nl.leerkring.tenants.cluster.OncePerCluster;

/**
 * Sends what is due from the mail queue every {@code 10} seconds, in batches. A singleton's write
 * lock keeps two runs on one node apart; one node of a cluster runs it ({@link OncePerCluster}).
 * Each mail is sent and marked in its own transaction ({@link Mails#send}), so a crash in the
 * middle of a batch resumes with the rest.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailJob {

  static final int BATCH = 200;

  @Inject OncePerCluster once;

  @Inject Mails mails;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void sendDue() {
    if (!once.claim("mail-send", Duration.ofSeconds(10))) {
      return; // another node of the cluster has this run
    }
    run(mails);
  }

  /** Sends due mail in batches until none is due; returns how many were sent. */
  static int run(Mails mails) {
    int sent = 0;
    List<String> batch;
    do {
      batch = mails.due(BATCH);
      int before = sent;
      for (String id : batch) {
        if (mails.send(id)) {
          sent++;
        }
      }
      if (sent == before) {
        break; // only refusals: the server is down, try again at the next run
      }
    } while (batch.size() == BATCH);
    return sent;
  }
}
