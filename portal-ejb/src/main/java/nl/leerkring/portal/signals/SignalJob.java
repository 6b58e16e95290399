package nl.leerkring.portal.signals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.OncePerCluster;

/**
 * Fans queued signals out every 5 seconds, each in its own transaction ({@link Signals#fanOut}), so
 * a crash resumes with the signal it was working on and adds nothing twice. One node of a cluster
 * runs it ({@link OncePerCluster}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignalJob {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(SignalJob.class.getName());

  @Inject OncePerCluster once;

  @Inject Signals signals;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  public void fanOut() {
    if (!once.claim("signal-fan-out", Duration.ofSeconds(5))) {
      return; // another node of the cluster has this run
    }
    run(signals);
  }

  /** Fans out everything pending, batch by batch; returns how many signals. */
  static int run(Signals signals) {
    int done = 0;
    List<String> batch;
    do {
      batch = signals.pending(BATCH);
      for (String id : batch) {
        try {
          signals.fanOut(id);
          done++;
        } catch (RuntimeException e) {
          // Left pending and tried again at the next run; the others go on.
          LOG.log(Level.WARNING, "Signal " + id + " not fanned out", e);
          return done;
        }
      }
    } while (batch.size() == BATCH);
    return done;
  }
}
