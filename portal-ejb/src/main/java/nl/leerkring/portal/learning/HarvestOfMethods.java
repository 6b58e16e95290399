package nl.leerkring.portal.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leerkring.portal.koffer.MethodHarvest;
import nl.leerkring.tenants.tenancy.Viewer;

/** The harvest citing a method card, for "which method fits?": what the card's page lists. */
@ApplicationScoped
public class HarvestOfMethods implements MethodHarvest {

  @Inject Learning learning;

  @Override
  public int citing(Viewer viewer, String methodId) {
    return learning.citing(viewer, methodId).size();
  }
}
