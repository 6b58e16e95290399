package nl.leerkring.portal.signals;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A person's own mail settings. A change names only the kinds and circles it changes; every wrong
 * one is reported at once ({@code email.KIND}, {@code watch.slug}) and nothing changes then. Only
 * the circles the person takes part in can be watched: another circle's slug is refused like an
 * unknown one, so the answer tells nothing about it.
 */
@Stateless
public class NotificationSettings {

  @PersistenceContext EntityManager em;

  public MailSettings mine(Viewer viewer) {
    String account = signedIn(viewer);
    Preferences prefs = Preferences.of(em, account);
    Map<String, String> email = new TreeMap<>();
    for (SignalKind k : SignalKind.values()) {
      if (k.isReceived()) {
        email.put(k.name(), prefs.kinds().get(k).name());
      }
    }
    Map<String, String> watch = new TreeMap<>();
    for (CircleGrant g : viewer.circles()) {
      watch.put(
          g.slug(), prefs.circles().getOrDefault(g.circle().value(), WatchLevel.NORMAL).name());
    }
    return new MailSettings(email, watch);
  }

  public MailSettings change(Viewer viewer, MailSettings change) {
    String account = signedIn(viewer);
    Map<SignalKind, Delivery> kinds = new TreeMap<>();
    Map<CircleGrant, WatchLevel> circles = new java.util.LinkedHashMap<>();
    List<Refusal> wrong = new ArrayList<>();
    if (change.email() != null) {
      change
          .email()
          .forEach(
              (kind, delivery) -> {
                SignalKind k = parse(SignalKind.class, kind);
                Delivery d = parse(Delivery.class, delivery);
                if (k == null || !k.isReceived() || d == null) {
                  wrong.add(
                      Refusal.onField(
                          "email." + kind, SignalCode.SETTING_UNKNOWN, kind + "=" + delivery));
                } else {
                  kinds.put(k, d);
                }
              });
    }
    if (change.watch() != null) {
      change
          .watch()
          .forEach(
              (slug, level) -> {
                CircleGrant g =
                    viewer.circles().stream()
                        .filter(c -> c.slug().equals(slug))
                        .findFirst()
                        .orElse(null);
                WatchLevel w = parse(WatchLevel.class, level);
                if (g == null || w == null) {
                  wrong.add(
                      Refusal.onField(
                          "watch." + slug, SignalCode.SETTING_UNKNOWN, slug + "=" + level));
                } else {
                  circles.put(g, w);
                }
              });
    }
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    kinds.forEach(
        (k, d) -> {
          NotificationSetting s =
              em.find(NotificationSetting.class, new PerAccount(account, k.name()));
          if (s == null) {
            em.persist(new NotificationSetting(account, k.name(), d));
          } else {
            s.deliver(d);
          }
        });
    circles.forEach(
        (g, w) -> {
          CircleWatch cw = em.find(CircleWatch.class, new PerAccount(account, g.circle().value()));
          if (cw == null) {
            em.persist(new CircleWatch(account, g.circle().value(), w));
          } else {
            cw.watch(w);
          }
        });
    em.flush();
    return mine(viewer);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String signedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw PortalException.forbidden(SignalCode.SIGN_IN);
    }
    return viewer.accountId();
  }

  /**
   * The levels people chose for a circle (no row: {@code NORMAL}), by account: for components that
   * decide who follows what in it (a thread's watchers).
   */
  public Map<String, WatchLevel> circleLevels(String circleId) {
    Map<String, WatchLevel> levels = new java.util.HashMap<>();
    em.createNamedQuery(CircleWatch.OF_CIRCLE, CircleWatch.class)
        .setParameter("circle", circleId)
        .getResultList()
        .forEach(w -> levels.put(w.accountId(), w.level()));
    return levels;
  }
}
