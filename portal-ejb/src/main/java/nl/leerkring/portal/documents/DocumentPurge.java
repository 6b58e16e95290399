package nl.leerkring.portal.documents;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.OncePerCluster;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Empties the prullenbak once a night: documents deleted more than {@code
 * portal.documents.trash-days} days ago are removed for good, one tenant per transaction (a
 * transaction is bound to one tenant). One node of a cluster runs it ({@link OncePerCluster});
 * repeating it would be harmless.
 */
@Singleton
public class DocumentPurge {

  private static final Logger LOG = Logger.getLogger(DocumentPurge.class.getName());

  @Inject DocumentEdits edits;

  @Inject Tenants tenants;

  @Inject OncePerCluster once;

  @Schedule(hour = "3", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    if (!once.claim("trash-purge", Duration.ofDays(1))) {
      return;
    }
    for (TenantView tenant : tenants.all()) {
      try {
        int purged = edits.purge(Viewer.system(), new TenantId(tenant.id()));
        if (purged > 0) {
          LOG.info(
              () -> "Purged " + purged + " documents of " + tenant.slug() + " from the trash.");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Purging the trash of " + tenant.slug() + " failed", e);
      }
    }
  }
}
