package nl.leerkring.portal.signals;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One person's mail preferences: a delivery per kind (the kind's default where none was chosen) and
 * a watch level per circle. A muted circle mails nothing; a watched one mails everything at once.
 */
record Preferences(Map<SignalKind, Delivery> kinds, Map<String, WatchLevel> circles) {

  static Preferences of(EntityManager em, String accountId) {
    Map<SignalKind, Delivery> kinds = new EnumMap<>(SignalKind.class);
    for (SignalKind k : SignalKind.values()) {
      kinds.put(k, k.defaultDelivery());
    }
    em.createNamedQuery(NotificationSetting.OF_ACCOUNT, NotificationSetting.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(
            s -> {
              try {
                kinds.put(SignalKind.valueOf(s.kind()), s.delivery());
              } catch (IllegalArgumentException retired) {
                // a kind no longer raised: nothing to deliver
              }
            });
    // Unsubscribed from a digest (its one-click link names DAILY or WEEKLY): none of it is mailed.
    for (Delivery digest : new Delivery[] {Delivery.DAILY, Delivery.WEEKLY}) {
      if (kinds.containsValue(digest) && isOff(em, accountId, digest.name())) {
        kinds.replaceAll((k, d) -> d == digest ? Delivery.OFF : d);
      }
    }
    Map<String, WatchLevel> circles = new HashMap<>();
    em.createNamedQuery(CircleWatch.OF_ACCOUNT, CircleWatch.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(w -> circles.put(w.circleId(), w.level()));
    return new Preferences(kinds, circles);
  }

  private static boolean isOff(EntityManager em, String accountId, String digest) {
    NotificationSetting s = em.find(NotificationSetting.class, new PerAccount(accountId, digest));
    return s != null && s.delivery() == Delivery.OFF;
  }

  /** How a notification of this kind in this circle is mailed. */
  Delivery deliveryOf(SignalKind kind, String circleId) {
    if (!kind.isReceived()) {
      return Delivery.OFF;
    }
    WatchLevel watch = circleId == null ? null : circles.get(circleId);
    if (watch == WatchLevel.MUTED) {
      return Delivery.OFF;
    }
    if (watch == WatchLevel.WATCHING) {
      return Delivery.IMMEDIATE;
    }
    return kinds.get(kind);
  }
}
