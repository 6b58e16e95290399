package nl.leerkring.portal.conversations;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.portal.signals.Signal;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.portal.signals.WatchLevel;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The signals of the conversations (F8), fired inside the boundary's transaction: {@code
 * THREAD_STARTED} (the circle's activity, and the circle's watchers, to whom the job fans it out)
 * or {@code POSTED} (the activity, and to end the poster's own to-dos in the thread), and one
 * {@code REPLY} or {@code MENTION} per person who hears of the post ({@link Hearers}). Each carries
 * the post's text: text of the circle's own conversation, which every reader of the thread reads,
 * never of a gemeente's workspace.
 */
@Dependent
class ConversationSignals {

  @PersistenceContext EntityManager em;

  @Inject Event<Signal> events;

  @Inject NotificationSettings settings;

  @Inject Circles circles;

  /**
   * A new thread: its mentions first (one signal each), then one {@code THREAD_STARTED}, which the
   * job fans out to the circle's watchers — the request pays one insert however many watch.
   */
  void started(Viewer author, Conversation c, Post opening) {
    Map<String, SignalKind> hear =
        Hearers.ofOpening(
            author.accountId(), mentioned(c, opening.body()), settings.circleLevels(c.circleId()));
    hear.forEach((account, kind) -> events.fire(signal(kind, c, opening, author, account)));
    events.fire(signal(SignalKind.THREAD_STARTED, c, opening, author, null));
  }

  void posted(Viewer author, Conversation c, Post p) {
    events.fire(signal(SignalKind.POSTED, c, p, author, null));
    Map<String, WatchLevel> thread = new HashMap<>();
    em.createNamedQuery(ThreadWatch.OF_THREAD, ThreadWatch.class)
        .setParameter("thread", c.id())
        .getResultList()
        .forEach(w -> thread.put(w.accountId(), w.level()));
    Map<String, SignalKind> hear =
        Hearers.of(
            author.accountId(),
            mentioned(c, p.body()),
            thread,
            settings.circleLevels(c.circleId()));
    hear.forEach((account, kind) -> events.fire(signal(kind, c, p, author, account)));
  }

  /**
   * The accounts a post mentions: people by username, and the active members of a gemeente of the
   * circle by its slug. Names of no one, or of a gemeente outside the circle, are simply text; a
   * person outside the circle is named, but the fan-out lets the signal reach only those who take
   * part in the circle.
   */
  private Set<String> mentioned(Conversation c, String body) {
    Set<String> names = Mentions.in(body);
    Set<String> accounts = new LinkedHashSet<>();
    if (names.isEmpty()) {
      return accounts;
    }
    accounts.addAll(
        em.createQuery(
                "select a.id from Account a where lower(a.username) in :names and a.active = true",
                String.class)
            .setParameter("names", names)
            .getResultList());
    Circle circle = circles.byId(new CircleId(c.circleId()));
    List<String> gemeenten =
        circle == null
            ? List.of()
            : circles.bySlug(circle.slug()).members().stream()
                .filter(t -> names.contains(t.slug().toLowerCase(Locale.ROOT)))
                .map(TenantView::id)
                .toList();
    if (!gemeenten.isEmpty()) {
      accounts.addAll(
          em.createQuery(
                  "select a.id from Account a where a.homeTenant in :tenants and a.active = true",
                  String.class)
              .setParameter("tenants", gemeenten)
              .getResultList());
    }
    return accounts;
  }

  private static Signal signal(
      SignalKind kind, Conversation c, Post p, Viewer actor, String account) {
    return new Signal(
        kind,
        c.circleId(),
        null,
        c.id(),
        c.title(),
        c.link(p.id()),
        actor.accountId(),
        account,
        null,
        p.body(),
        null);
  }
}
