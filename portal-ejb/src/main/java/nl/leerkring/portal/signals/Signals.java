package nl.leerkring.portal.signals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.mail.Mails;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Signals and each person's inbox. A boundary fires a {@link Signal} inside its transaction; it is
 * queued here in that transaction and fanned out later by {@link SignalJob}, one signal per
 * transaction, into a notification for each person its kind's rule lets through ({@link
 * Recipients}). The approving request thus pays only one insert, whatever the circle's size.
 */
@Stateless
public class Signals {

  @PersistenceContext EntityManager em;

  @Inject Recipients recipients;

  Iterable<SubjectAccess> subjects = List.of();

  @Inject Mailing mailing;

  @Inject Mails mails;

  Clock clock = Clock.systemUTC();

  @Inject
  void subjects(Instance<SubjectAccess> all) {
    subjects = all;
  }

  /** Queues a signal in the transaction of the change that raised it. */
  public void on(@Observes Signal signal) {
    em.persist(new SignalEntry(signal, clock.instant()));
  }

  /** The ids of at most {@code limit} signals that wait to be fanned out, oldest first. */
  public List<String> pending(int limit) {
    return em.createNamedQuery(SignalEntry.PENDING, String.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Fans one signal out: it settles the to-dos it ends, gives each person it reaches a notification
   * and queues what it announces (an approval's new item, for the circle's watchers). Run again
   * after a crash it adds nothing twice (it is marked in the same transaction, and the database
   * keeps one notification per person and signal).
   *
   * @return how many people it reached
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one signal, one transaction
  public int fanOut(String signalId) {
    SignalEntry entry = em.find(SignalEntry.class, signalId);
    if (entry == null || entry.isFannedOut()) {
      return 0;
    }
    Signal signal = entry.signal();
    Instant now = clock.instant();
    settle(signal, now);
    List<Viewer> reached = recipients.of(signal);
    List<String> ids = reached.stream().map(Viewer::accountId).toList();
    Map<String, Preferences> prefs = Preferences.of(em, ids);
    Map<String, Addressee> addressees = Addressee.of(em, ids);
    for (Viewer v : reached) {
      Notification n = new Notification(v.accountId(), entry.id(), signal, entry.createdAt());
      em.persist(n);
      mailing.immediately(addressees.get(v.accountId()), prefs.get(v.accountId()), n, signal);
    }
    Signal announcement = signal.announcement();
    if (announcement != null) {
      // Queued here, in this signal's transaction: once, and fanned out by the job's next pass.
      em.persist(new SignalEntry(announcement, entry.createdAt()));
    }
    entry.fannedOut(now);
    return reached.size();
  }

  private void settle(Signal signal, Instant now) {
    Set<SignalKind> kinds = signal.kind().settles();
    if (kinds.isEmpty()) {
      return;
    }
    List<Notification> settled =
        em
            .createNamedQuery(Notification.OPEN_ABOUT, Notification.class)
            .setParameter("subject", signal.subjectId())
            .setParameter("kinds", kinds)
            .setParameter("circle", signal.circleId())
            .getResultList()
            .stream()
            .filter(n -> !signal.kind().settlesOwnOnly() || n.accountId().equals(signal.actorId()))
            .toList();
    settled.forEach(n -> n.done(now));
    // A held mail about something already done asks nothing any more (and a withdrawn submission's
    // title must not reach the coordinators after all).
    mails.dropFor(settled.stream().map(Notification::id).toList());
  }

  /** A page of the viewer's inbox, newest first, with the number unread. */
  public Inbox inbox(Viewer viewer, boolean unreadOnly, int page, int size) {
    String account = signedIn(viewer);
    int p = Math.max(1, page);
    int s = Math.max(1, Math.min(size, 100));
    List<InboxItem> items =
        em
            .createNamedQuery(Notification.OF_ACCOUNT, Notification.class)
            .setParameter("account", account)
            .setParameter("unread", unreadOnly)
            .setFirstResult((p - 1) * s)
            .setMaxResults(s)
            .getResultList()
            .stream()
            .map(n -> n.view(readable(viewer, n)))
            .toList();
    long total = count(account, unreadOnly);
    return new Inbox(unreadOnly ? total : count(account, true), items, total, p, s);
  }

  /** How many of the viewer's notifications are unread; 0 for someone not signed in. */
  public long unread(Viewer viewer) {
    return viewer.isAnonymous() ? 0 : count(viewer.accountId(), true);
  }

  /**
   * Marks one of the viewer's own notifications read.
   *
   * @throws PortalException {@code NOT_FOUND} for another person's or an unknown one
   */
  public InboxItem read(Viewer viewer, String id) {
    String account = signedIn(viewer);
    Notification n = id == null ? null : em.find(Notification.class, id);
    if (n == null || !n.accountId().equals(account)) {
      throw PortalException.notFound(SignalCode.NOTIFICATION_NOT_FOUND, String.valueOf(id));
    }
    n.read(clock.instant());
    mails.dropFor(List.of(n.id()));
    return n.view(readable(viewer, n));
  }

  /**
   * The viewer saw a subject (opened a thread): their unread notifications about it are read, and
   * their mail about it that is still held back is dropped.
   */
  public void seen(Viewer viewer, String subjectId) {
    if (viewer.isAnonymous()) {
      return;
    }
    Instant now = clock.instant();
    List<Notification> unread =
        em.createNamedQuery(Notification.UNREAD_ABOUT, Notification.class)
            .setParameter("account", viewer.accountId())
            .setParameter("subject", subjectId)
            .getResultList();
    unread.forEach(n -> n.read(now));
    mails.dropFor(unread.stream().map(Notification::id).toList());
  }

  /**
   * A text that may no longer travel (a post a coordinator hid): the signals and notifications
   * about the place {@code link} lose their quote, and mail about them that has not gone yet is
   * dropped, so no later mail or digest carries it.
   */
  public void forgetText(String link) {
    em.createNamedQuery(SignalEntry.WITH_LINK, SignalEntry.class)
        .setParameter("link", link)
        .getResultList()
        .forEach(SignalEntry::forgetText);
    List<Notification> quoting =
        em.createNamedQuery(Notification.WITH_LINK, Notification.class)
            .setParameter("link", link)
            .getResultList();
    quoting.forEach(Notification::forgetText);
    mails.dropFor(quoting.stream().map(Notification::id).toList());
  }

  /** Marks all of the viewer's notifications read; returns how many were unread. */
  public int readAll(Viewer viewer) {
    String account = signedIn(viewer);
    Instant now = clock.instant();
    List<Notification> unread =
        em.createNamedQuery(Notification.UNREAD_OF_ACCOUNT, Notification.class)
            .setParameter("account", account)
            .getResultList();
    unread.forEach(n -> n.read(now));
    mails.dropFor(unread.stream().map(Notification::id).toList());
    return unread.size();
  }

  /**
   * What waits for the viewer, newest first: notifications of kinds that ask something and are not
   * yet settled (reading one does not end it; doing it does).
   */
  public List<Todo> todos(Viewer viewer) {
    String account = signedIn(viewer);
    Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    for (SignalKind k : SignalKind.values()) {
      if (k.isTodo()) {
        kinds.add(k);
      }
    }
    return em
        .createNamedQuery(Notification.TODOS, Notification.class)
        .setParameter("account", account)
        .setParameter("kinds", kinds)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(n -> n.todo(readable(viewer, n)))
        .toList();
  }

  private boolean readable(Viewer viewer, Notification n) {
    return SubjectCheck.readable(subjects, viewer, n.subjectId());
  }

  /** Whether no component says the viewer may not read this subject now. */
  static boolean readable(Iterable<SubjectAccess> subjects, Viewer viewer, String subjectId) {
    return SubjectCheck.readable(subjects, viewer, subjectId);
  }

  private long count(String account, boolean unreadOnly) {
    return em.createNamedQuery(Notification.COUNT_OF_ACCOUNT, Long.class)
        .setParameter("account", account)
        .setParameter("unread", unreadOnly)
        .getSingleResult();
  }

  private static String signedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw PortalException.forbidden(SignalCode.SIGN_IN);
    }
    return viewer.accountId();
  }
}
