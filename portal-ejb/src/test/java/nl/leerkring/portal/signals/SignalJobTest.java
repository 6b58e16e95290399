package nl.leerkring.portal.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;

/**
 * The timer jobs' transactions: each signal, digest batch and saved search is a transaction of its
 * own whatever the timer's callback runs in, so one that fails rolls back only itself and the run
 * goes on with the others.
 */
class SignalJobTest extends DatabaseTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aSignalThatFailsIsLeftPendingAndTheOthersAreFannedOut() {
    Account bea = db.unbound(em -> MemberBuilder.persistAccount(em, "bea@example.org", "nl"));
    // The broken one is the oldest: the job meets it first.
    String broken = queue(bea, "Kapotte treffer", 3);
    String first = queue(bea, "Eerste treffer", 2);
    String third = queue(bea, "Derde treffer", 1);
    List<String> tried = new ArrayList<>();
    boolean[] failing = {true};
    // As the container calls it: each fan-out in a transaction of its own (REQUIRES_NEW).
    Signals perSignal =
        new Signals() {
          @Override
          public List<String> pending(int limit) {
            return inTx(s -> s.pending(limit));
          }

          @Override
          public int fanOut(String id) {
            tried.add(id);
            return inTx(
                s -> {
                  int reached = s.fanOut(id);
                  if (failing[0] && id.equals(broken)) {
                    s.em.flush();
                    throw new IllegalStateException("the database said no");
                  }
                  return reached;
                });
          }
        };

    SignalJob.run(perSignal);

    assertEquals(1, tried.stream().filter(broken::equals).count(), "tried once a run");
    assertTrue(tried.indexOf(third) > tried.indexOf(broken), "went on after it: " + tried);
    assertTrue(tried.indexOf(first) > tried.indexOf(broken), "went on after it: " + tried);
    assertTrue(inTx(s -> s.pending(1000)).contains(broken), "left for the next run");
    assertFalse(inTx(s -> s.pending(1000)).contains(first));
    assertEquals(List.of("Derde treffer", "Eerste treffer"), titles(bea));

    failing[0] = false;
    SignalJob.run(perSignal);
    assertEquals(List.of("Derde treffer", "Eerste treffer", "Kapotte treffer"), titles(bea));
  }

  @Test
  void anApprovalIsOneRowAndItsFanOutQueuesTheNewItemForTheWatchersOnce() {
    String draft = "draft-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String published = java.util.UUID.randomUUID().toString();
    String approval =
        db.unbound(
            em -> {
              Signals s = Wiring.signals(em, CLOCK);
              s.on(
                  new Signal(
                      SignalKind.SUBMISSION_APPROVED,
                      null,
                      null,
                      draft,
                      "Nota buurtkamer",
                      "app/item.xhtml?id=" + published,
                      null,
                      null,
                      null,
                      null,
                      published));
              em.flush();
              return em.createQuery(
                      "select e.id from SignalEntry e where e.subjectId = :d", String.class)
                  .setParameter("d", draft)
                  .getSingleResult();
            });
    assertEquals(0, announced(published), "the approving request wrote only its own row");

    inTx(s -> s.fanOut(approval));
    inTx(s -> s.fanOut(approval)); // a second pass (after a crash) adds nothing

    assertEquals(1, announced(published), "the new item, queued by the fan-out, once");
    Signal item =
        db.unbound(
            em ->
                em.createQuery(
                        "select e from SignalEntry e where e.subjectId = :p", SignalEntry.class)
                    .setParameter("p", published)
                    .getSingleResult()
                    .signal());
    assertEquals(SignalKind.NEW_ITEM, item.kind());
    assertEquals("Nota buurtkamer", item.title());
    assertEquals("app/item.xhtml?id=" + published, item.link());
    assertEquals(null, item.announces(), "it announces nothing more");
  }

  private long announced(String published) {
    return db.unbound(
        em ->
            em.createQuery(
                    "select count(e) from SignalEntry e where e.subjectId = :p and e.kind = :k",
                    Long.class)
                .setParameter("p", published)
                .setParameter("k", SignalKind.NEW_ITEM)
                .getSingleResult());
  }

  @Test
  void eachSignalDigestBatchAndSavedSearchRequiresATransactionOfItsOwn() throws Exception {
    List<Method> perUnit =
        List.of(
            Signals.class.getMethod("fanOut", String.class),
            Digests.class.getMethod("batch", Delivery.class, List.class),
            SavedSearches.class.getMethod("check", String.class));
    for (Method m : perUnit) {
      TransactionAttribute t = m.getAnnotation(TransactionAttribute.class);
      assertEquals(
          TransactionAttributeType.REQUIRES_NEW,
          t == null ? null : t.value(),
          m + ": a timer may run its callback in a transaction; this must not join it");
    }
  }

  private String queue(Account to, String title, int minutesAgo) {
    Clock then = Clock.offset(CLOCK, java.time.Duration.ofMinutes(-minutesAgo));
    return db.unbound(
        em -> {
          Signals s = Wiring.signals(em, then);
          s.on(Wiring.match(to.id(), "subject-" + title.hashCode(), title));
          s.em.flush();
          return s.em
              .createQuery(
                  "select e.id from SignalEntry e where e.title = :t order by e.createdAt desc",
                  String.class)
              .setParameter("t", title)
              .setMaxResults(1)
              .getSingleResult();
        });
  }

  private List<String> titles(Account a) {
    Viewer viewer =
        new Viewer(a.id(), a.username(), a.displayName(), null, Set.of(Role.RESEARCHER), List.of());
    return inTx(s -> s.inbox(viewer, false, 1, 20)).items().stream()
        .map(InboxItem::title)
        .sorted()
        .toList();
  }

  private <R> R inTx(Function<Signals, R> work) {
    return db.unbound((EntityManager em) -> work.apply(Wiring.signals(em, CLOCK)));
  }
}
