package nl.leerkring.portal.signals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.mail.Letter;
import nl.leerkring.portal.mail.Letters;
import nl.leerkring.portal.mail.Mails;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The daily and weekly digests. Each batch is one transaction that queues the digests of up to
 * {@code limit} people and writes, with them, a marker per person and period: a run that crashed
 * resumes with the people it had not reached, and nobody is mailed twice. A digest holds only what
 * the person has not seen (unread), of the kinds they want in this digest and whose subject they
 * may still read ({@link SubjectAccess}, as the inbox), grouped per circle and item, newest first;
 * a person with nothing left to read gets no mail (only the marker).
 */
@Stateless
public class Digests {

  static final ZoneId HERE = ZoneId.of("Europe/Amsterdam");

  private static final Logger LOG = Logger.getLogger(Digests.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Mails mails;

  @Inject Accounts accounts;

  Iterable<SubjectAccess> subjects = List.of();

  Clock clock = Clock.systemUTC();

  @Inject
  void subjects(Instance<SubjectAccess> all) {
    subjects = all;
  }

  /** The period a digest run at {@code now} covers: {@code D2026-12-07} or {@code W2026-50}. */
  static String periodOf(Delivery digest, Instant now) {
    LocalDate day = now.atZone(HERE).toLocalDate();
    return digest == Delivery.WEEKLY
        ? "W"
            + day.get(IsoFields.WEEK_BASED_YEAR)
            + "-"
            + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
        : "D" + day;
  }

  /**
   * Who may get a digest of this period and has not had it: the people with something unseen in it
   * and no marker yet, at most {@code limit}, by account id.
   */
  public List<String> candidates(Delivery digest, int limit) {
    Instant now = clock.instant();
    return em.createNamedQuery(Notification.DIGEST_CANDIDATES, String.class)
        .setParameter("since", now.minus(window(digest)))
        .setParameter("period", periodOf(digest, now))
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Queues the next batch of a digest run.
   *
   * @return how many people the batch handled; fewer than {@code limit} means the run is done
   */
  public int batch(Delivery digest, int limit) {
    return batch(digest, candidates(digest, limit));
  }

  /**
   * Queues the digests of these people (one batch, one transaction), leaving out whoever already
   * has a marker of the period (a second node's or an earlier run's).
   *
   * @return how many people the batch was given
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one batch, one transaction
  public int batch(Delivery digest, List<String> batch) {
    Instant now = clock.instant();
    String period = periodOf(digest, now);
    Instant since = now.minus(window(digest));
    if (batch.isEmpty()) {
      return 0;
    }
    List<String> people = new ArrayList<>(batch);
    people.removeAll(
        em.createNamedQuery(DigestMarker.DONE, String.class)
            .setParameter("period", period)
            .setParameter("accounts", batch)
            .getResultList());
    if (people.isEmpty()) {
      return batch.size();
    }
    // The whole batch in a handful of queries: its accounts, their viewers, preferences and unseen
    // notifications; no query per person.
    Map<String, Viewer> viewers = new HashMap<>();
    accounts.viewersOf(people).forEach(v -> viewers.put(v.accountId(), v));
    Map<String, Preferences> prefs = Preferences.of(em, people);
    Map<String, Addressee> addressees = Addressee.of(em, people);
    Map<String, List<Notification>> unseen = new HashMap<>();
    em.createNamedQuery(Notification.UNREAD_SINCE, Notification.class)
        .setParameter("accounts", people)
        .setParameter("since", since)
        .getResultList()
        .forEach(n -> unseen.computeIfAbsent(n.accountId(), a -> new ArrayList<>()).add(n));
    unseen.forEach(
        (accountId, ns) ->
            ns.removeIf(n -> prefs.get(accountId).deliveryOf(n.kind(), n.circleId()) != digest));
    // What left the reader's view since it was addressed stays out of the digest.
    SubjectCheck check =
        SubjectCheck.about(
            subjects,
            unseen.values().stream().flatMap(List::stream).map(Notification::subjectId).toList());
    for (String accountId : people) {
      Addressee a = addressees.get(accountId);
      Viewer viewer = viewers.get(accountId);
      if (a != null && viewer != null) {
        List<Notification> wanted =
            unseen.getOrDefault(accountId, List.of()).stream()
                .filter(n -> check.readable(viewer, n.subjectId()))
                .toList();
        if (!wanted.isEmpty()) {
          mails.queue(letter(a, digest, wanted), Duration.ZERO);
        }
      }
      em.persist(new DigestMarker(accountId, period, now));
    }
    return batch.size();
  }

  /**
   * Runs a digest: reads who is due once (ids only), then handles them batch by batch, each batch
   * its own transaction ({@link #batch(Delivery, List)} requires a new one, so a timer that runs
   * its callback in a transaction does not make the run one); returns how many people were handled.
   * A batch that fails rolls back only itself and the run goes on with the next; the run of the
   * next day or a second run picks its people up again, and the markers keep anyone from a second
   * digest.
   */
  public static int run(Digests digests, Delivery digest, int batchSize) {
    List<String> due = digests.candidates(digest, Integer.MAX_VALUE);
    int handled = 0;
    for (int from = 0; from < due.size(); from += batchSize) {
      List<String> batch = List.copyOf(due.subList(from, Math.min(due.size(), from + batchSize)));
      try {
        handled += digests.batch(digest, batch);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, digest + " digest batch from " + batch.get(0) + " not sent", e);
      }
    }
    return handled;
  }

  private static Duration window(Delivery digest) {
    return digest == Delivery.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
  }

  private Letter letter(Addressee a, Delivery digest, List<Notification> newestFirst) {
    String language = a.language();
    // Per circle, then per item, each in the order of its newest notification.
    Map<String, Map<String, List<Notification>>> grouped = new LinkedHashMap<>();
    for (Notification n : newestFirst) {
      grouped
          .computeIfAbsent(String.valueOf(n.circleId()), c -> new LinkedHashMap<>())
          .computeIfAbsent(n.subjectId(), s -> new ArrayList<>())
          .add(n);
    }
    StringBuilder body = new StringBuilder();
    body.append(Letters.text(language, "digest.intro", a.displayName(), newestFirst.size()))
        .append("\n");
    grouped.forEach(
        (circleId, items) -> {
          Circle c = "null".equals(circleId) ? null : em.find(Circle.class, circleId);
          body.append("\n== ")
              .append(c == null ? Letters.text(language, "digest.noCircle") : c.name())
              .append(" ==\n");
          items.forEach(
              (subject, ns) -> {
                Notification newest = ns.get(0);
                body.append("\n* ").append(newest.title()).append("\n");
                for (Notification n : ns) {
                  body.append("  - ")
                      .append(Letters.text(language, "signal." + n.kind().name()))
                      .append(" (")
                      .append(Letters.when(language, n.createdAt()))
                      .append(")\n")
                      .append(Mailing.quoted(n.text(), "").replaceAll("(?m)^>", "    >"));
                }
                body.append("  ").append(mails.base()).append(newest.link()).append("\n");
              });
        });
    String subjectKey = digest == Delivery.WEEKLY ? "digest.weekly" : "digest.daily";
    return new Letter(
        a.id(),
        a.email(),
        language,
        Letters.text(language, subjectKey, newestFirst.size()),
        body.toString(),
        digest.name());
  }
}
