package nl.leerkring.tenants.directory;

import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A gemeente was removed from a circle: fired synchronously inside the transaction that removed it,
 * so that what the gemeente shared there (the publishing component's, which this module cannot see)
 * ends in the same commit, or not at all.
 *
 * @param by the platform admin who removed it, for the audit log
 */
public record TenantLeftCircle(Viewer by, TenantId tenant, CircleId circle) {}
