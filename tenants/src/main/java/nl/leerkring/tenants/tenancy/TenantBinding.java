package nl.leerkring.tenants.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import nl.leerkring.tenants.TenantsException;

/**
 * Binds the tenant of a {@link TenantBound} boundary call to the transaction's EntityManager, after
 * checking that the viewer may work in it. Runs inside the boundary's transaction (EJB interceptors
 * share it).
 *
 * <p>Rules, in order: a non-null {@link TenantId} argument is the tenant acted on, allowed only for
 * its own members and platform admins; otherwise the {@link Viewer}'s home tenant; otherwise
 * nothing is bound and tenant-owned queries fail closed. A different tenant in a transaction that
 * already has one is refused.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class TenantBinding {

  private static final Object BOUND_TENANT = TenantBinding.class.getName() + ".tenant";

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transaction;

  @AroundInvoke
  public Object bind(InvocationContext call) throws Exception {
    Optional<TenantId> tenant = tenantOf(call.getParameters());
    // Without a transaction (a boundary method that streams files first) there is nothing to bind
    // yet: the
    // access check above still ran, and the transactional method it calls next binds again.
    if (tenant.isPresent() && transaction.getTransactionKey() != null) {
      Object already = transaction.getResource(BOUND_TENANT);
      if (already != null && !already.equals(tenant.get())) {
        throw new IllegalStateException(
            "Transaction is bound to tenant " + already + ", refusing " + tenant.get());
      }
      if (already == null) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.get().value());
        transaction.putResource(BOUND_TENANT, tenant.get());
      }
    }
    return call.proceed();
  }

  static Optional<TenantId> tenantOf(Object[] arguments) {
    Viewer viewer = null;
    TenantId acted = null;
    for (Object argument : arguments) {
      if (argument instanceof Viewer v && viewer == null) {
        viewer = v;
      } else if (argument instanceof TenantId t && acted == null) {
        acted = t;
      }
    }
    if (viewer == null) {
      throw new IllegalStateException("A @TenantBound method needs a Viewer argument.");
    }
    if (acted != null) {
      if (!viewer.mayWorkIn(acted)) {
        throw TenantsException.forbidden(TenancyCode.NOT_YOUR_TENANT, acted.value());
      }
      return Optional.of(acted);
    }
    return viewer.homeTenant();
  }
}
