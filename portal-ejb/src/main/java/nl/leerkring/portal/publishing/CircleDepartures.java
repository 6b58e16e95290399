package nl.leerkring.portal.publishing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.TenantLeftCircle;

/**
 * What a gemeente shared in a circle it has left: inside the transaction that removed it (so both
 * happen or neither), its submissions waiting there are returned to it and its published and hidden
 * items are withdrawn from the circle's catalog, and from search through the change log. Its
 * workspace keeps every item, to submit again elsewhere or later. Publications of other gemeenten
 * that name its items (a use about its method card) stay as they were published.
 */
@Stateless
public class CircleDepartures {

  @PersistenceContext EntityManager em;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  public void onTenantLeft(@Observes TenantLeftCircle departure) {
    List<Publication> open =
        em.createNamedQuery(Publication.OPEN_OF_OWNER_IN_CIRCLE, Publication.class)
            .setParameter("owner", departure.tenant().value())
            .setParameter("circle", departure.circle().value())
            .setParameter(
                "statuses",
                EnumSet.of(
                    Publication.Status.SUBMITTED,
                    Publication.Status.PUBLISHED,
                    Publication.Status.HIDDEN))
            .getResultList();
    for (Publication p : open) {
      Publication.Status before = p.status();
      p.endAsOwnerLeft(departure.by().username());
      changes.upserted(Publications.ENTITY, p.id());
      audit.record(
          departure.by(),
          departure.tenant(),
          before == Publication.Status.SUBMITTED ? "publication.returned" : "publication.withdrawn",
          "publication:" + p.id(),
          p.title() + " (left the circle)");
    }
  }
}
