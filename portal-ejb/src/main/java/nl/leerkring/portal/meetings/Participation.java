package nl.leerkring.portal.meetings;

import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How a viewer takes part in a circle's life (issue F7 §4): participants are the members of its
 * gemeenten, its coordinators and facilitators; coordinators and facilitators plan; researchers
 * granted on the circle read, but not registrations or attendance, and minutes only once final.
 * Anyone else reads nothing, and is told "not found". The learning agenda (portal.learning) uses
 * the same rule.
 */
public record Participation(boolean participates, boolean plans, boolean reads) {

  public static Participation of(Viewer viewer, String circleId) {
    if (viewer == null || viewer.isAnonymous()) {
      return new Participation(false, false, false);
    }
    CircleId circle = new CircleId(circleId);
    boolean participates = false;
    boolean plans = false;
    boolean reads = false;
    for (CircleGrant g : viewer.circles()) {
      if (g.circle().equals(circle)) {
        reads = true;
        participates |= g.role() != CircleRole.RESEARCHER;
        plans |= g.role() == CircleRole.COORDINATOR || g.role() == CircleRole.FACILITATOR;
      }
    }
    return new Participation(participates, plans, reads);
  }

  /**
   * The circle named {@code slug} when the viewer reads it; otherwise "not found" with {@code
   * notFound}, exactly as for a circle that does not exist.
   */
  public static CircleView readableCircle(
      Circles circles, Viewer viewer, String slug, Code notFound) {
    CircleView circle;
    try {
      circle = slug == null ? null : circles.bySlug(slug);
    } catch (TenantsException unknown) {
      circle = null;
    }
    if (circle == null || !of(viewer, circle.id()).reads()) {
      throw PortalException.notFound(notFound, slug);
    }
    return circle;
  }
}
