package nl.leerkring.portal.signals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.OncePerCluster;

/**
 * Fans queued signals out every 5 seconds, each in its own transaction ({@link Signals#fanOut}), so
 * a crash resumes with the signal it was working on and adds nothing twice, and a signal that fails
 * rolls back only itself. One node of a cluster runs it ({@link OncePerCluster}).
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

  /**
   * Fans out everything pending, batch by batch, each signal in its own transaction ({@link
   * Signals#fanOut} requires a new one, so a timer that runs its callback in a transaction does not
   * make the run one transaction); returns how many signals. A signal that fails is left pending
   * for the next run and the others go on: one bad signal must not hold up everyone's inbox.
   */
  static int run(Signals signals) {
    int done = 0;
    Set<String> failed = new HashSet<>();
    List<String> batch;
    int asked;
    do {
      asked = BATCH + failed.size(); // the failed ones come first again: ask past them
      batch = signals.pending(asked);
      for (String id : batch) {
        if (failed.contains(id)) {
          continue;
        }
        try {
          signals.fanOut(id);
          done++;
        } catch (RuntimeException e) {
          failed.add(id);
          LOG.log(Level.WARNING, "Signal " + id + " not fanned out", e);
        }
      }
    } while (batch.size() == asked && failed.size() < BATCH);
    return done;
  }
}
