package nl.leerkring.tenants;

import jakarta.ejb.ApplicationException;

/**
 * The one exception of this module. Its {@link Kind} tells the web layer which status to answer
 * with; the message names the id involved and is safe to show to the person who caused it.
 */
@ApplicationException(rollback = true)
public class TenantsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, in the terms a client can act on. */
  public enum Kind {
    /** Input that breaks a rule; the message says which. */
    INVALID,
    /** Nobody is signed in, or the credentials are wrong. */
    UNAUTHENTICATED,
    /** Signed in, but not allowed to do this. */
    FORBIDDEN,
    /** It does not exist, or the viewer may not know that it exists. */
    NOT_FOUND,
    /** It would clash with something that exists (a slug, a username). */
    CONFLICT,
    /** Too many attempts; try again later. */
    THROTTLED,
    /** An upload or body larger than allowed. */
    TOO_LARGE,
    /** A file of a type the portal does not accept, or not of the type it claims. */
    UNSUPPORTED_TYPE,
    /** The portal cannot answer yet, such as a search before the index is live; try again soon. */
    UNAVAILABLE
  }

  private final Kind kind;

  public TenantsException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static TenantsException invalid(String message) {
    return new TenantsException(Kind.INVALID, message);
  }

  public static TenantsException forbidden(String message) {
    return new TenantsException(Kind.FORBIDDEN, message);
  }

  public static TenantsException notFound(String message) {
    return new TenantsException(Kind.NOT_FOUND, message);
  }

  public static TenantsException conflict(String message) {
    return new TenantsException(Kind.CONFLICT, message);
  }
}
