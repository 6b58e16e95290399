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
    cache.changed();
  }
}
