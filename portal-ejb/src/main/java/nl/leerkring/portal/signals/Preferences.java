package nl.leerkring.portal.signals;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's mail preferences: a delivery per kind (the kind's default where none was chosen) and
 * a watch level per circle. A muted circle mails nothing; a watched one mails everything at once.
 */
record Preferences(Map<SignalKind, Delivery> kinds, Map<String, WatchLevel> circles) {

  static Preferences of(EntityManager em, String accountId) {
    return of(em, List.of(accountId)).get(accountId);
  }

  /** The preferences of each of these people, read in two queries for all of them. */
  static Map<String, Preferences> of(EntityManager em, Collection<String> accountIds) {
    Map<String, Preferences> all = new HashMap<>();
    for (String id : accountIds) {
      Map<SignalKind, Delivery> kinds = new EnumMap<>(SignalKind.class);
      for (SignalKind k : SignalKind.values()) {
        kinds.put(k, k.defaultDelivery());
      }
      all.put(id, new Preferences(kinds, new HashMap<>()));
    }
    if (accountIds.isEmpty()) {
      return all;
    }
    Map<String, List<Delivery>> digestsOff = new HashMap<>();
    em.createNamedQuery(NotificationSetting.OF_ACCOUNT, NotificationSetting.class)
        .setParameter("accounts", accountIds)
        .getResultList()
        .forEach(
            s -> {
              Preferences p = all.get(s.accountId());
              if (isDigest(s.kind())) {
                // Unsubscribed from a digest (its one-click link names DAILY or WEEKLY).
                if (s.delivery() == Delivery.OFF) {
                  digestsOff
                      .computeIfAbsent(s.accountId(), a -> new java.util.ArrayList<>())
                      .add(Delivery.valueOf(s.kind()));
                }
              } else {
                try {
                  p.kinds.put(SignalKind.valueOf(s.kind()), s.delivery());
                } catch (IllegalArgumentException retired) {
                  // a kind no longer raised: nothing to deliver
                }
              }
            });
    // None of an unsubscribed digest is mailed.
    digestsOff.forEach(
        (id, off) -> all.get(id).kinds.replaceAll((k, d) -> off.contains(d) ? Delivery.OFF : d));
    em.createNamedQuery(CircleWatch.OF_ACCOUNT, CircleWatch.class)
        .setParameter("accounts", accountIds)
        .getResultList()
        .forEach(w -> all.get(w.accountId()).circles.put(w.circleId(), w.level()));
    return all;
  }

  private static boolean isDigest(String kind) {
    return Delivery.DAILY.name().equals(kind) || Delivery.WEEKLY.name().equals(kind);
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
