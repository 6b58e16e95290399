package nl.leerkring.portal;

import jakarta.ejb.ApplicationException;
import nl.leerkring.tenants.TenantsException;

/**
 * The one exception of this module; it shares the {@link TenantsException.Kind}s so the web layer
 * maps both the same way. The message names the id involved and is safe to show.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final TenantsException.Kind kind;

  public PortalException(TenantsException.Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public TenantsException.Kind kind() {
    return kind;
  }

  public static PortalException invalid(String message) {
    return new PortalException(TenantsException.Kind.INVALID, message);
  }

  public static PortalException forbidden(String message) {
    return new PortalException(TenantsException.Kind.FORBIDDEN, message);
  }
}
