package nl.leerkring.portal.learning;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How the learning agenda is searched: questions, harvest and published syntheses are items of
 * their circle, visible to everyone who reads the circle (researchers included), as {@link
 * Learning} and {@link Syntheses} let them read it. A synthesis is found by its published version
 * only, so nobody finds words of a draft they cannot open.
 */
@Stateless
@Local(SearchContributor.class)
@LocalBean
public class LearningIndexing implements SearchContributor {

  /** The kinds in the order a rebuild reads them. */
  private static final List<String> KINDS =
      List.of(Learning.HARVEST, Learning.QUESTION, Syntheses.ENTITY);

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Override
  public Set<String> kinds() {
    return Set.copyOf(KINDS);
  }

  /** The learning agenda belongs to circles, not to workspaces. */
  @Override
  public boolean perTenant() {
    return false;
  }

  @Override
  public Optional<IndexedItem> item(Viewer system, TenantId tenant, String kind, String id) {
    return switch (kind) {
      case Learning.QUESTION ->
          Optional.ofNullable(em.find(LearningQuestion.class, id)).map(this::question);
      case Learning.HARVEST ->
          Optional.ofNullable(em.find(HarvestItem.class, id)).map(this::harvest);
      default -> Optional.ofNullable(em.find(Synthesis.class, id)).flatMap(this::synthesis);
    };
  }

  @Override
  public long count(Viewer system, TenantId tenant) {
    return em.createQuery("select count(q) from LearningQuestion q", Long.class).getSingleResult()
        + em.createQuery("select count(h) from HarvestItem h", Long.class).getSingleResult()
        + em.createQuery(
                "select count(s) from Synthesis s where s.publishedNumber is not null", Long.class)
            .getSingleResult();
  }

  /** Harvest, then questions, then syntheses, each in id order. */
  @Override
  public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
    int from = afterId == null ? 0 : KINDS.indexOf(afterId.substring(0, afterId.indexOf(':')));
    String after = afterId == null ? "" : SearchContributor.entityId(afterId);
    List<IndexedItem> out = new ArrayList<>();
    for (int k = Math.max(0, from); k < KINDS.size() && out.size() < max; k++) {
      String kind = KINDS.get(k);
      String entity =
          switch (kind) {
            case Learning.HARVEST -> "HarvestItem";
            case Learning.QUESTION -> "LearningQuestion";
            default -> "Synthesis";
          };
      // Only published syntheses are searchable.
      String published = kind.equals(Syntheses.ENTITY) ? " and e.publishedNumber is not null" : "";
      List<String> ids =
          em.createQuery(
                  "select e.id from "
                      + entity
                      + " e where e.id > :after"
                      + published
                      + " order by e.id",
                  String.class)
              .setParameter("after", k == from ? after : "")
              .setMaxResults(max - out.size())
              .getResultList();
      for (String id : ids) {
        item(system, tenant, kind, id).ifPresent(out::add);
      }
    }
    return out;
  }

  private IndexedItem question(LearningQuestion q) {
    return item(
        q.circleId(),
        Learning.QUESTION,
        q.id(),
        q.text(),
        q.explanation(),
        q.ownerName(),
        "leervraag",
        "Leervraag",
        LocalDate.ofInstant(q.raisedAt(), Learning.AMSTERDAM),
        Learning.link(q.id()));
  }

  private IndexedItem harvest(HarvestItem h) {
    LearningQuestion q = em.find(LearningQuestion.class, h.questionId());
    String title = h.text().length() > 120 ? h.text().substring(0, 117) + "…" : h.text();
    return item(
        h.circleId(),
        Learning.HARVEST,
        h.id(),
        title,
        q.text(),
        h.text(),
        "oogst",
        "Oogst",
        LocalDate.ofInstant(h.recordedAt(), Learning.AMSTERDAM),
        Learning.link(q.id()));
  }

  private Optional<IndexedItem> synthesis(Synthesis s) {
    return s.published()
        .map(
            v ->
                item(
                    s.circleId(),
                    Syntheses.ENTITY,
                    s.id(),
                    v.title(),
                    null,
                    v.text(),
                    "synthese",
                    "Fasesynthese",
                    LocalDate.ofInstant(v.savedAt(), Learning.AMSTERDAM),
                    "/app/synthesis.xhtml?id=" + s.id()));
  }

  // The circle's id stands in for the owner: no tenant has it, so it widens nobody's private scope.
  private IndexedItem item(
      String circleId,
      String kind,
      String id,
      String title,
      String summary,
      String text,
      String type,
      String typeLabel,
      LocalDate date,
      String link) {
    return new IndexedItem(
        SearchContributor.searchId(kind, id),
        IndexedItem.SHARED,
        Visibility.inCircle(new TenantId(circleId), new CircleId(circleId)),
        title,
        summary,
        text,
        null,
        type,
        typeLabel,
        date,
        null,
        List.of(),
        List.of(),
        circles.byId(new CircleId(circleId)).slug(),
        link);
  }
}
