package nl.leerkring.portal.signals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.leerkring.tenants.cluster.OncePerCluster;

/**
 * Sends the daily digest at 06:30 and the weekly one on Monday at 06:45 (Europe/Amsterdam), in
 * batches of {@link #BATCH}, each batch its own transaction ({@link Digests#batch}). One node of a
 * cluster runs it ({@link OncePerCluster}); a second run of the same period sends nothing twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

  static final int BATCH = 200;

  @Inject OncePerCluster once;

  @Inject Digests digests;

  @Schedule(hour = "6", minute = "30", timezone = "Europe/Amsterdam", persistent = false)
  public void daily() {
    if (!once.claim("daily-digest", Duration.ofDays(1))) {
      return; // another node of the cluster has this run
    }
    Digests.run(digests, Delivery.DAILY, BATCH);
  }

  @Schedule(
      dayOfWeek = "Mon",
      hour = "6",
      minute = "45",
      timezone = "Europe/Amsterdam",
      persistent = false)
  public void weekly() {
    if (!once.claim("weekly-digest", Duration.ofDays(7))) {
      return; // another node of the cluster has this run
    }
    Digests.run(digests, Delivery.WEEKLY, BATCH);
  }
}
