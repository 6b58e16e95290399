package nl.leerkring.portal.koffer;

import nl.leerkring.tenants.tenancy.Viewer;

/**
 * How much of what circles learned grounds a method card (F7): the harvest the viewer may read that
 * cites the card or a shared use of it. The learning component answers it, so the koffer does not
 * depend on it; {@link Koffer#recommend} finds it through CDI {@code Instance<>} and weighs it as
 * {@link Ranking.ReasonCode#HARVEST}. It counts only harvest of circles the viewer reads, whose
 * citation of the card is readable there now, so nothing depends on another gemeente's private
 * data.
 */
public interface MethodHarvest {

  /** The harvest items the viewer may read that cite the method card or a shared use of it. */
  int citing(Viewer viewer, String methodId);
}
