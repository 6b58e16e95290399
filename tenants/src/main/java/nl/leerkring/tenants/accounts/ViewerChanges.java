package nl.leerkring.tenants.accounts;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener on what a {@code Viewer} is made of (accounts and circles): tells the {@link
 * ViewerCache} when one is written.
 */
public class ViewerChanges {

  @Inject ViewerCache cache;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object entity) {
    // Null only where JPA runs without CDI (the JPA tests): no container, so no cache to empty. In
    // the portal, PortalIT proves the injection: its viewers are cached for an hour.
    if (cache != null) {
      cache.changed();
    }
  }
}
