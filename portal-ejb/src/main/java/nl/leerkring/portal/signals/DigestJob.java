package nl.leerkring.portal.signals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends the daily digest at 06:30 and the weekly one on Monday at 06:45 (Europe/Amsterdam), in
 * batches of {@link #BATCH}, each batch its own transaction ({@link Digests#batch}). A cluster runs
 * it on one node by wrapping these methods; a second run of the same period sends nothing twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

  static final int BATCH = 200;

  @Inject Digests digests;

  @Schedule(hour = "6", minute = "30", timezone = "Europe/Amsterdam", persistent = false)
  public void daily() {
    Digests.run(digests, Delivery.DAILY, BATCH);
  }

  @Schedule(
      dayOfWeek = "Mon",
      hour = "6",
      minute = "45",
      timezone = "Europe/Amsterdam",
      persistent = false)
  public void weekly() {
    Digests.run(digests, Delivery.WEEKLY, BATCH);
  }
}
