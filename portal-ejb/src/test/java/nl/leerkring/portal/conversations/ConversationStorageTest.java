package nl.leerkring.portal.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerkring.portal.Moderated;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.portal.signals.WatchLevel;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.directory.Circle;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Threads, posts, their history and watch levels through the real persistence unit and V20; and V20
 * turning the koffer's comments into each card's thread.
 */
class ConversationStorageTest extends DatabaseTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aThreadWithEditedAndHiddenPostsAndWatchLevelsRoundTrips() {
    String circle = circle();
    Account anna = db.unbound(em -> MemberBuilder.persistAccount(em, "anna@example.org", "nl"));
    String threadId =
        db.unbound(
            em -> {
              Conversation c =
                  new Conversation(
                      circle,
                      AboutKind.MEETING,
                      "m-1",
                      "Kringdag",
                      "Wie komt?",
                      anna.id(),
                      "Anna",
                      T0);
              em.persist(c);
              Post first = new Post(c, c.added(T0), anna.id(), "Anna", null, "Eerste", T0);
              Post second =
                  new Post(c, c.added(T0.plusSeconds(9)), anna.id(), "Anna", null, "Tweede", T0);
              em.persist(first);
              em.persist(second);
              em.persist(new ThreadWatch(anna.id(), c.id(), WatchLevel.WATCHING, false));
              return c.id();
            });
    db.unbound(
        em -> {
          List<Post> posts = posts(em, threadId);
          em.persist(posts.get(0).edit(anna.id(), "Eerste, beter", T0.plusSeconds(60)));
          em.persist(posts.get(0).edit(anna.id(), "Eerste, best", T0.plusSeconds(120)));
          posts.get(1).moderation().hide("Dubbel", ConversationCode.REASON_REQUIRED);
          return null;
        });
    db.unbound(
        em -> {
          Conversation c = em.find(Conversation.class, threadId);
          assertEquals(AboutKind.MEETING, c.aboutKind());
          assertEquals(2, c.posts());
          List<Post> posts = posts(em, threadId);
          assertEquals("Eerste, best", posts.get(0).body());
          assertEquals(2, posts.get(0).edits());
          assertEquals(Moderated.Status.HIDDEN, posts.get(1).moderation().status());
          assertEquals("Dubbel", posts.get(1).moderation().hiddenReason());
          List<PostVersion> history =
              em.createNamedQuery(PostVersion.OF_POST, PostVersion.class)
                  .setParameter("post", posts.get(0).id())
                  .getResultList();
          assertEquals(
              List.of("Eerste, beter", "Eerste"), history.stream().map(PostVersion::body).toList());
          ThreadWatch w =
              em.createNamedQuery(ThreadWatch.ONE, ThreadWatch.class)
                  .setParameter("thread", threadId)
                  .setParameter("account", anna.id())
                  .getSingleResult();
          assertEquals(WatchLevel.WATCHING, w.level());
          assertEquals(
              1,
              em.createNamedQuery(Conversation.ABOUT, Conversation.class)
                  .setParameter("kind", AboutKind.MEETING)
                  .setParameter("about", "m-1")
                  .getResultList()
                  .size());
          return null;
        });
  }

  @Test
  void searchFindsAThreadsVisiblePostsInItsCircleAndNothingOfAHiddenOneOrALostItem() {
    String circle = circle();
    Account anna = db.unbound(em -> MemberBuilder.persistAccount(em, "anna.z@example.org", "nl"));
    String[] ids =
        db.unbound(
            em -> {
              Conversation free =
                  new Conversation(circle, null, null, null, "Wie?", anna.id(), "Anna", T0);
              Conversation lost =
                  new Conversation(
                      circle, AboutKind.MEETING, "gone", "Weg", "Over", anna.id(), "Anna", T0);
              em.persist(free);
              em.persist(lost);
              em.persist(new Post(free, free.added(T0), anna.id(), "Anna", null, "Buurtkamer", T0));
              Post hidden = new Post(free, free.added(T0), anna.id(), "Anna", null, "Geheim", T0);
              hidden.moderation().hide("Privé", ConversationCode.REASON_REQUIRED);
              em.persist(hidden);
              em.persist(new Post(lost, lost.added(T0), anna.id(), "Anna", null, "Vraag", T0));
              return new String[] {free.id(), lost.id()};
            });
    db.unbound(
        em -> {
          ConversationIndexing index = new ConversationIndexing();
          index.em = em;
          index.abouts = new Abouts();
          index.abouts.em = em;
          var item = index.item(null, null, ConversationIndexing.ENTITY, ids[0]).orElseThrow();
          assertEquals("thread:" + ids[0], item.id());
          assertEquals("Buurtkamer\n", item.text(), "a hidden post is not searched");
          assertEquals(
              nl.leerkring.search.access.Visibility.inCircle(
                  new nl.leerkring.tenants.tenancy.TenantId(circle),
                  new nl.leerkring.tenants.tenancy.CircleId(circle)),
              item.visibility());
          assertEquals("/app/thread.xhtml?id=" + ids[0], item.link());
          assertTrue(
              index.item(null, null, ConversationIndexing.ENTITY, ids[1]).isEmpty(),
              "about an item the circle no longer has: read by no one, so not indexed");
          assertTrue(
              index.batch(null, null, null, 10_000).stream()
                  .noneMatch(i -> i.id().equals("thread:" + ids[1])));
          return null;
        });
  }

  @Test
  void v20TurnsTheKofferCommentsIntoTheCardsThreadKeepingIdsAndModeration() throws SQLException {
    String url = "jdbc:h2:mem:v20-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").target("18").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "insert into circle (id, slug, name, created_at) values"
              + " ('c1', 'kring', 'Kring', current_timestamp)");
      s.execute(
          "insert into account (id, username, display_name, password_hash, created_at,"
              + " password_changed_at, version) values ('a1', 'wijchen.lid', 'Wim', 'x',"
              + " current_timestamp, current_timestamp, 0)");
      s.execute(
          "insert into koffer_comment (id, method_id, circle_id, author, author_name,"
              + " author_tenant, body, at, status, hidden_reason, reports, version) values"
              + " ('k1', 'm1', 'c1', 'wijchen.lid', 'Wim', null, 'Werkt ook hier',"
              + " timestamp with time zone '2025-01-01 10:00:00+00', 'VISIBLE', null, 0, 0),"
              + " ('k2', 'm1', 'c1', 'wie.weg', 'Oud', null, 'Te persoonlijk',"
              + " timestamp with time zone '2025-01-02 10:00:00+00', 'HIDDEN', 'Privé', 2, 1)");
    }
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      ResultSet t =
          s.executeQuery("select id, about_kind, about_id, started_by, posts from conversation");
      assertEquals(true, t.next());
      assertEquals("k1", t.getString(1));
      assertEquals("METHOD", t.getString(2));
      assertEquals("m1", t.getString(3));
      assertEquals("a1", t.getString(4), "the first commenter, by account id");
      assertEquals(2, t.getInt(5));
      ResultSet p =
          s.executeQuery(
              "select id, number, author_id, status, hidden_reason, reports from"
                  + " conversation_post order by number");
      assertEquals(true, p.next());
      assertEquals("k1", p.getString(1));
      assertEquals(1, p.getInt(2));
      assertEquals("a1", p.getString(3));
      assertEquals(true, p.next());
      assertEquals("k2", p.getString(1), "the comment's id, so its endpoints go on working");
      assertEquals("HIDDEN", p.getString(4));
      assertEquals("Privé", p.getString(5));
      assertEquals(2, p.getInt(6));
      ResultSet w = s.executeQuery("select account_id, level from conversation_watch");
      assertEquals(true, w.next());
      assertEquals("a1", w.getString(1));
      assertEquals(false, w.next(), "an author without an account watches nothing");
    }
  }

  private static List<Post> posts(EntityManager em, String threadId) {
    List<Post> posts =
        em.createNamedQuery(Post.OF_THREAD, Post.class)
            .setParameter("thread", threadId)
            .getResultList();
    assertNotNull(posts);
    return posts;
  }

  private static String circle() {
    return db.unbound(
        em -> {
          Circle c =
              new Circle(
                  "k-" + UUID.randomUUID().toString().substring(0, 8),
                  "Kring",
                  "Regiodeal",
                  LocalDate.of(2024, 1, 1),
                  null);
          em.persist(c);
          return c.id().value();
        });
  }
}
