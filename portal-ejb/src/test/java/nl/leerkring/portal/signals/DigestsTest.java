package nl.leerkring.portal.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.directory.Circle;
import org.junit.jupiter.api.Test;

/**
 * The daily digest against the real persistence unit: only what the person has not seen and wants
 * daily, grouped per circle and item, newest first; no mail at all when there is nothing; and a run
 * cut short by a crash resumes without mailing anyone twice.
 */
class DigestsTest extends DatabaseTest {

  private static final Instant NOW = Instant.parse("2026-12-07T05:30:00Z");

  /** A component that says subjects named {@code gone-…} left every reader's view. */
  private static final SubjectAccess GONE =
      (viewer, subject) -> subject.startsWith("gone-") ? Optional.of(false) : Optional.empty();

  @Test
  void aSubjectThatLeftTheReadersViewStaysOutAndLeavesNoEmptyDigest() {
    Account carla = account("carla@example.org");
    Account dirk = account("dirk@example.org");
    String west = circle("West");
    notify(carla, SignalKind.MEETING_CHANGED, west, "gone-1", "Ingetrokken nota", 2, false);
    notify(carla, SignalKind.MEETING_CHANGED, west, "m-9", "Kringdag april", 1, false);
    notify(dirk, SignalKind.MEETING_CHANGED, west, "gone-2", "Teruggegeven nota", 1, false);

    run();

    List<String> carlas = mailsTo(carla);
    assertEquals(1, carlas.size());
    assertTrue(carlas.get(0).contains("Kringdag april"), carlas.get(0));
    assertFalse(carlas.get(0).contains("Ingetrokken"), "its title must not be mailed");
    assertEquals(List.of(), mailsTo(dirk), "nothing readable left: no digest at all");
  }

  @Test
  void aDigestHoldsOnlyTheUnseenGroupedPerCircleAndItemNewestFirst() {
    Account anna = account("anna@example.org");
    String west = circle("West");
    String oost = circle("Oost");
    notify(anna, SignalKind.SUBMISSION_APPROVED, west, "nota-1", "Nota eenzaamheid", 5, false);
    notify(anna, SignalKind.ITEM_RESTORED, oost, "item-2", "Buurtkamer", 4, false);
    notify(anna, SignalKind.MEETING_CHANGED, west, "meeting-3", "Kringdag maart", 2, false);
    notify(anna, SignalKind.MEETING_CHANGED, west, "meeting-3", "Kringdag maart", 1, false);
    notify(anna, SignalKind.ITEM_RESTORED, west, "item-4", "Al gelezen", 1, true);
    notify(anna, SignalKind.SUBMISSION_RETURNED, west, "nota-5", "Onmiddellijk", 1, false);

    run();

    List<String> bodies = mailsTo(anna);
    assertEquals(1, bodies.size());
    String body = bodies.get(0);
    assertFalse(body.contains("Al gelezen"), "what was seen is left out");
    assertFalse(body.contains("Onmiddellijk"), "an immediate kind is not in the daily digest");
    int westAt = body.indexOf("== West ==");
    int kringdag = body.indexOf("Kringdag maart");
    int nota = body.indexOf("Nota eenzaamheid");
    int oostAt = body.indexOf("== Oost ==");
    assertTrue(westAt >= 0 && oostAt > westAt, "the circle with the newest first: " + body);
    assertTrue(westAt < kringdag && kringdag < nota && nota < oostAt, "newest item first: " + body);
    assertEquals(1, body.split("Kringdag maart", -1).length - 1, "one item, two changes: " + body);
    assertTrue(body.contains("https://portal.example/app/x"), body);
  }

  @Test
  void aDigestQuotesTheTextOfAReply() {
    Account dirk = account("dirk@example.org");
    reply(dirk, "app/thread.xhtml?id=thread-1#post-1");

    run();

    String body = mailsTo(dirk).get(0);
    assertTrue(body.contains("    > Begin klein.\n    > Met koffie."), body);
  }

  @Test
  void aTextForgottenAfterItWasHiddenIsNoLongerQuoted() {
    Account erik = account("erik@example.org");
    reply(erik, "app/thread.xhtml?id=thread-2#post-9");
    db.unbound(
        em -> {
          Signals signals = Wiring.signals(em, Clock.fixed(NOW, ZoneOffset.UTC));
          signals.forgetText("app/thread.xhtml?id=thread-2#post-9");
          return null;
        });

    run();

    String body = mailsTo(erik).get(0);
    assertTrue(body.contains("Buurtkamer"), "still told that there was a reply: " + body);
    assertFalse(body.contains("Begin klein"), "but no longer what it said: " + body);
  }

  /** A daily-digest reply to {@code to}, quoting two lines, at {@code link}. */
  private static void reply(Account to, String link) {
    String west = circle("West");
    db.unbound(
        em -> {
          em.persist(new NotificationSetting(to.id(), SignalKind.REPLY.name(), Delivery.DAILY));
          Signal s =
              new Signal(
                  SignalKind.REPLY,
                  west,
                  null,
                  "thread-1",
                  "Buurtkamer",
                  link,
                  null,
                  to.id(),
                  null,
                  "Begin klein.\nMet koffie.",
                  null);
          Instant at = NOW.minus(Duration.ofHours(2));
          SignalEntry entry = new SignalEntry(s, at);
          em.persist(entry);
          em.flush();
          em.persist(new Notification(to.id(), entry.id(), s, at));
          return null;
        });
  }

  @Test
  void someoneWithNothingUnseenGetsNoMail() {
    Account bram = account("bram@example.org");
    String west = circle("West");
    notify(bram, SignalKind.MEETING_CHANGED, west, "m-1", "Gezien", 1, true);
    notify(bram, SignalKind.SUBMISSION_RETURNED, west, "n-1", "Alleen onmiddellijk", 1, false);

    run();

    assertEquals(List.of(), mailsTo(bram), "never an empty digest");
  }

  @Test
  void aRunCutShortResumesWithoutMailingAnyoneTwice() {
    String west = circle("West");
    List<Account> people =
        List.of(account("c1@example.org"), account("c2@example.org"), account("c3@example.org"));
    for (Account a : people) {
      notify(a, SignalKind.MEETING_CHANGED, west, "m-" + a.id().substring(0, 8), "Kring", 1, false);
    }
    // The first batch commits; then the node dies.
    inTx(d -> d.batch(Delivery.DAILY, 1));

    run();
    run();

    for (Account a : people) {
      assertEquals(1, mailsTo(a).size(), "exactly one digest for " + a.email());
    }
  }

  @Test
  void aBatchThatFailsRollsBackOnlyItselfAndTheNextRunSendsItsDigests() {
    String west = circle("West");
    List<Account> people = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Account a = account("f" + i + "@example.org");
      people.add(a);
      notify(a, SignalKind.MEETING_CHANGED, west, "m-" + a.id().substring(0, 8), "Kring", 1, false);
    }
    Account unlucky = people.get(2);
    List<List<String>> failed = new java.util.ArrayList<>();
    // As the container calls it: each batch in a transaction of its own (REQUIRES_NEW); the one
    // with the unlucky person fails the first time.
    Digests perBatch =
        new Digests() {
          @Override
          public List<String> candidates(Delivery digest, int limit) {
            return inTx(d -> d.candidates(digest, limit));
          }

          @Override
          public int batch(Delivery digest, List<String> batch) {
            if (failed.isEmpty() && batch.contains(unlucky.id())) {
              failed.add(batch);
              return inTx( // its work is done, then it fails: its transaction rolls back
                  d -> {
                    d.batch(digest, batch);
                    d.em.flush();
                    throw new IllegalStateException("the mail queue is full");
                  });
            }
            return inTx(d -> d.batch(digest, batch));
          }
        };

    Digests.run(perBatch, Delivery.DAILY, 2);

    for (Account a : people) {
      boolean inFailed = failed.get(0).contains(a.id());
      assertEquals(
          inFailed ? 0 : 1, mailsTo(a).size(), a.email() + (inFailed ? " failed" : " went on"));
    }
    Digests.run(perBatch, Delivery.DAILY, 2);
    for (Account a : people) {
      assertEquals(1, mailsTo(a).size(), "the next run sends what failed, once: " + a.email());
    }
  }

  private void run() {
    inTx(d -> Digests.run(d, Delivery.DAILY, 2));
  }

  private <R> R inTx(Function<Digests, R> work) {
    return db.unbound(
        (EntityManager em) -> {
          Digests d = Wiring.digests(em, Clock.fixed(NOW, ZoneOffset.UTC));
          d.subjects = List.of(GONE);
          return work.apply(d);
        });
  }

  private List<String> mailsTo(Account a) {
    return db.unbound(
        em ->
            em.createQuery(
                    "select m.body from QueuedMail m where m.accountId = :a and m.kind = 'DAILY'",
                    String.class)
                .setParameter("a", a.id())
                .getResultList());
  }

  private static Account account(String email) {
    return db.unbound(em -> MemberBuilder.persistAccount(em, email, "nl"));
  }

  private static String circle(String name) {
    return db.unbound(
        em -> {
          Circle c =
              new Circle(
                  "k-" + UUID.randomUUID().toString().substring(0, 8),
                  name,
                  "Regiodeal",
                  LocalDate.of(2024, 1, 1),
                  null);
          em.persist(c);
          return c.id().value();
        });
  }

  private static void notify(
      Account to,
      SignalKind kind,
      String circle,
      String subject,
      String title,
      int hoursAgo,
      boolean read) {
    db.unbound(
        em -> {
          Signal s = new Signal(kind, circle, null, subject, title, "app/x", null, null, null);
          Instant at = NOW.minus(Duration.ofHours(hoursAgo));
          SignalEntry entry = new SignalEntry(s, at);
          em.persist(entry);
          em.flush();
          Notification n = new Notification(to.id(), entry.id(), s, at);
          if (read) {
            n.read(at);
          }
          em.persist(n);
          return null;
        });
  }
}
