package nl.leerkring.portal.meetings;

import jakarta.persistence.EntityManager;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The meetings boundaries' one way to a meeting: not found for whoever may not read the circle
 * (like one that does not exist), forbidden planning work for participants who do not plan.
 */
final class Access {

  private Access() {}

  static Meeting readable(EntityManager em, Viewer viewer, String id) {
    requireSignedIn(viewer);
    Meeting m = id == null ? null : em.find(Meeting.class, id);
    if (m == null || !Participation.of(viewer, m.circleId()).reads()) {
      throw PortalException.notFound(MeetingCode.NOT_FOUND, id);
    }
    return m;
  }

  static Meeting planned(EntityManager em, Viewer viewer, String id) {
    Meeting m = readable(em, viewer, id);
    if (!Participation.of(viewer, m.circleId()).plans()) {
      throw PortalException.forbidden(MeetingCode.ONLY_PLANNERS);
    }
    return m;
  }

  static void requireSignedIn(Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, MeetingCode.SIGN_IN);
    }
  }
}
