package nl.leerkring.portal.publishing;

import java.util.List;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Entries of a circle's catalog that belong to the circle itself rather than to a gemeente: a
 * published phase synthesis, written by the circle's coordinators, has no owner gemeente and no
 * four-eyes submission, yet its readers find it in the catalog beside the publications. Each
 * component that owns such texts answers for its own access rule; {@link Publications#catalog}
 * finds the implementations through CDI {@code Instance<>} and filters, orders and pages their rows
 * with the publications.
 */
public interface CircleCatalogEntries {

  /**
   * The circle's own published entries the viewer may read, as catalog rows ({@code ownerTenant}
   * null, {@code ownerName} the circle's name). The viewer takes part in the circle already.
   */
  List<PublicationView> published(Viewer viewer, CircleView circle);
}
