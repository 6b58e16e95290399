package nl.leerkring.portal.documents;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.cluster.OncePerCluster;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Empties the prullenbak once a night: documents deleted more than {@code
 * portal.documents.trash-days} days ago are removed for good, one tenant per transaction (a
 * transaction is bound to one tenant). One node of a cluster runs it ({@link OncePerCluster});
 * repeating it would be harmless. A platform admin may also run it on demand ({@link #now}; {@code
 * POST /api/admin/documents/purge}): after the portal was down at night, or with fewer days to
 * honour a request to erase (0: everything in every prullenbak), as a file host's "empty the trash"
 * command.
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
    purge(null);
  }

  /**
   * Runs the purge now for a platform admin, for documents deleted more than {@code days} ago
   * (null: {@code portal.documents.trash-days}); answers how many were removed for good.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int now(Viewer admin, Integer days) {
    if (!admin.isPlatformAdmin()) {
      throw PortalException.forbidden(DocumentCode.PURGE_ADMINS_ONLY);
    }
    if (days != null && days < 0) {
      throw PortalException.invalidField("days", DocumentCode.PURGE_DAYS_NEGATIVE, 0);
    }
    LOG.info(() -> admin.username() + " purges the trash (days: " + days + ")");
    return purge(days == null ? null : Duration.ofDays(days));
  }

  /**
   * Every tenant's prullenbak, for documents deleted longer than {@code retention} ago (null:
   * configured).
   */
  private int purge(Duration retention) {
    int total = 0;
    for (TenantView tenant : tenants.all()) {
      try {
        int purged = edits.purge(Viewer.system(), new TenantId(tenant.id()), retention);
        if (purged > 0) {
          LOG.info(
              () -> "Purged " + purged + " documents of " + tenant.slug() + " from the trash.");
        }
        total += purged;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Purging the trash of " + tenant.slug() + " failed", e);
      }
    }
    return total;
  }
}
