package nl.leerkring.portal;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.Refused;
import nl.leerkring.tenants.TenantsException;

/**
 * The one exception of this module; it shares the {@link TenantsException.Kind}s and {@link
 * Refusal}s so the web layer maps and words both the same way. {@link #getMessage()} is for logs.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final TenantsException.Kind kind;
  private final List<Refusal> refusals;

  public PortalException(TenantsException.Kind kind, List<Refusal> refusals) {
    super(Refused.describe(refusals));
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("Say why");
    }
    this.kind = kind;
    this.refusals = List.copyOf(refusals);
  }

  public PortalException(TenantsException.Kind kind, Code code, Object... args) {
    this(kind, List.of(Refusal.of(code, args)));
  }

  @Override
  public TenantsException.Kind kind() {
    return kind;
  }

  @Override
  public List<Refusal> refusals() {
    return refusals;
  }

  /** Invalid input: every wrong field at once (see {@link Refusal#onField}). */
  public static PortalException invalid(List<Refusal> refusals) {
    return new PortalException(TenantsException.Kind.INVALID, refusals);
  }

  public static PortalException invalid(Code code, Object... args) {
    return new PortalException(TenantsException.Kind.INVALID, code, args);
  }

  public static PortalException invalidField(String field, Code code, Object... args) {
    return new PortalException(
        TenantsException.Kind.INVALID, List.of(Refusal.onField(field, code, args)));
  }

  public static PortalException forbidden(Code code, Object... args) {
    return new PortalException(TenantsException.Kind.FORBIDDEN, code, args);
  }

  public static PortalException notFound(Code code, Object... args) {
    return new PortalException(TenantsException.Kind.NOT_FOUND, code, args);
  }

  public static PortalException conflict(Code code, Object... args) {
    return new PortalException(TenantsException.Kind.CONFLICT, code, args);
  }
}
