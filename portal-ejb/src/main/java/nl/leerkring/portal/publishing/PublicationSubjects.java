package nl.leerkring.portal.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.leerkring.portal.signals.SubjectAccess;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The subjects of publishing's notifications — a published item, or the draft behind submissions —
 * as their recipient may read them now: by the catalog's rule, and for coordinators also what their
 * moderation lists show (waiting and hidden items of their circles).
 */
@ApplicationScoped
public class PublicationSubjects implements SubjectAccess {

  @PersistenceContext EntityManager em;

  @Inject PublicationRows rows;

  @Override
  public Optional<Boolean> mayRead(Viewer viewer, String subjectId) {
    if (subjectId == null) {
      return Optional.empty();
    }
    Publication item = em.find(Publication.class, subjectId);
    List<Publication> about = item != null ? List.of(item) : rows.ofSubject(subjectId);
    if (about.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(about.stream().anyMatch(p -> readable(viewer, p)));
  }

  /** The publications about all these subjects in two queries a 500, then answered from memory. */
  @Override
  public BiFunction<Viewer, String, Optional<Boolean>> about(Collection<String> subjectIds) {
    Map<String, Publication> byId = new HashMap<>();
    Map<String, List<Publication>> bySubject = new HashMap<>();
    List<String> ids = List.copyOf(new HashSet<>(subjectIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      em.createQuery("select p from Publication p where p.id in :ids", Publication.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(p -> byId.put(p.id(), p));
      em.createQuery("select p from Publication p where p.subjectId in :ids", Publication.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(p -> bySubject.computeIfAbsent(p.subjectId(), k -> new ArrayList<>()).add(p));
    }
    return (viewer, subject) -> {
      List<Publication> about =
          byId.containsKey(subject) ? List.of(byId.get(subject)) : bySubject.get(subject);
      return about == null || about.isEmpty()
          ? Optional.empty()
          : Optional.of(about.stream().anyMatch(p -> readable(viewer, p)));
    };
  }

  private static boolean readable(Viewer viewer, Publication p) {
    return PublicationRows.mayRead(viewer, p)
        || (p.status() == Publication.Status.HIDDEN
            && viewer.coordinates(new CircleId(p.circleId())));
  }
}
