package nl.leerkring.portal.meetings;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How meetings are searched: each is an item of its circle (visible to everyone who reads the
 * circle, researchers included, as {@link Meetings} lets them read it), with its title,
 * description, agenda and, once final, its minutes. Draft and open minutes are never indexed: a
 * researcher must not find words they cannot read.
 */
@Stateless
@Local(SearchContributor.class)
@LocalBean
public class MeetingIndexing implements SearchContributor {

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Override
  public Set<String> kinds() {
    return Set.of(Meetings.ENTITY);
  }

  /** Meetings belong to circles, not to workspaces. */
  @Override
  public boolean perTenant() {
    return false;
  }

  @Override
  public Optional<IndexedItem> item(Viewer system, TenantId tenant, String kind, String id) {
    Meeting m = em.find(Meeting.class, id);
    return m == null ? Optional.empty() : Optional.of(toItem(m));
  }

  @Override
  public long count(Viewer system, TenantId tenant) {
    return em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult();
  }

  @Override
  public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
    return em
        .createQuery("select m from Meeting m where m.id > :after order by m.id", Meeting.class)
        .setParameter("after", afterId == null ? "" : SearchContributor.entityId(afterId))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(this::toItem)
        .toList();
  }

  private IndexedItem toItem(Meeting m) {
    String host =
        m.hostTenant() == null
            ? null
            : tenants.byId(new TenantId(m.hostTenant())).map(TenantView::name).orElse(null);
    // A meeting without a host is owned by no gemeente: the circle's id stands in, which no
    // tenant has, so it widens nobody's private scope.
    TenantId owner = new TenantId(m.hostTenant() != null ? m.hostTenant() : m.circleId());
    return new IndexedItem(
        SearchContributor.searchId(Meetings.ENTITY, m.id()),
        IndexedItem.SHARED,
        Visibility.inCircle(owner, new CircleId(m.circleId())),
        m.title(),
        m.description(),
        text(m),
        host,
        "bijeenkomst",
        "Bijeenkomst",
        m.start().toLocalDate(),
        null,
        List.of(),
        List.of(),
        circles.byId(new CircleId(m.circleId())).slug(),
        Meetings.link(m.id()));
  }

  /** What is searched: the place, the agenda and, only once final, the minutes. */
  static String text(Meeting m) {
    StringBuilder out = new StringBuilder();
    if (m.place() != null) {
      out.append(m.place()).append('\n');
    }
    for (AgendaItem i : m.agenda()) {
      out.append(i.title()).append('\n');
      if (i.presenter() != null) {
        out.append(i.presenter()).append('\n');
      }
    }
    if (m.minutesState() == MinutesState.FINAL && m.minutesText() != null) {
      out.append(m.minutesText());
    }
    return out.toString();
  }
}
