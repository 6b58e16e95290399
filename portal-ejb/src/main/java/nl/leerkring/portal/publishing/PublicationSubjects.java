package nl.leerkring.portal.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
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

  private static boolean readable(Viewer viewer, Publication p) {
    return PublicationRows.mayRead(viewer, p)
        || (p.status() == Publication.Status.HIDDEN
            && viewer.coordinates(new CircleId(p.circleId())));
  }
}
