package nl.leerkring.portal.conversations;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How threads are searched: each is an item of its circle, found by everyone who reads the circle
 * (researchers included), as the boundary lets them read it — the same visibility as the circle's
 * meetings; it is filed under the gemeente of whoever started it. Its title and the text of its
 * visible posts are searched; a hidden post's text is not (hiding and restoring re-index the
 * thread), and a thread about an item that left the circle is not indexed at all while nobody may
 * read it.
 */
@Stateless
@Local(SearchContributor.class)
@LocalBean
public class ConversationIndexing implements SearchContributor {

  static final String ENTITY = "thread";

  private static final ZoneId HERE = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;

  @Inject Abouts abouts;

  @Inject Tenants tenants;

  @Override
  public Set<String> kinds() {
    return Set.of(ENTITY);
  }

  /** Threads belong to circles, not to workspaces. */
  @Override
  public boolean perTenant() {
    return false;
  }

  @Override
  public Optional<IndexedItem> item(Viewer system, TenantId tenant, String kind, String id) {
    Conversation c = em.find(Conversation.class, id);
    return c == null || !abouts.readable(system, c) ? Optional.empty() : Optional.of(toItem(c));
  }

  @Override
  public long count(Viewer system, TenantId tenant) {
    return em.createQuery("select count(c) from Conversation c", Long.class).getSingleResult();
  }

  @Override
  public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
    return em
        .createQuery(
            "select c from Conversation c where c.id > :after order by c.id", Conversation.class)
        .setParameter("after", afterId == null ? "" : SearchContributor.entityId(afterId))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .filter(c -> abouts.readable(system, c))
        .map(this::toItem)
        .toList();
  }

  private IndexedItem toItem(Conversation c) {
    List<Post> posts =
        em.createNamedQuery(Post.OF_THREAD, Post.class)
            .setParameter("thread", c.id())
            .getResultList();
    Circle circle = em.find(Circle.class, c.circleId());
    // Filed under the gemeente of who started it, as the thread page names it beside the post.
    String starter = posts.isEmpty() ? null : posts.get(0).authorTenant();
    String gemeente =
        starter == null || tenants == null
            ? null
            : tenants.byId(new TenantId(starter)).map(TenantView::name).orElse(null);
    // The circle's id stands in for the owner: no tenant has it, so it widens nobody's scope.
    return new IndexedItem(
        SearchContributor.searchId(ENTITY, c.id()),
        IndexedItem.SHARED,
        Visibility.inCircle(new TenantId(c.circleId()), new CircleId(c.circleId())),
        c.title(),
        c.aboutTitle(),
        text(posts),
        gemeente,
        "gesprek",
        "Gesprek",
        LocalDate.ofInstant(c.lastPostAt(), HERE),
        null,
        List.of(),
        List.of(),
        circle == null ? null : circle.slug(),
        "/" + c.link(null));
  }

  /** What is searched of the posts: the text of each one every reader sees (not hidden ones). */
  static String text(List<Post> posts) {
    StringBuilder out = new StringBuilder();
    for (Post p : posts) {
      if (p.moderation().isVisible()) {
        out.append(p.body()).append('\n');
      }
    }
    return out.toString();
  }
}
