package nl.leerkring.tenants;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The one exception of this module. Its {@link Kind} tells the web layer which status to answer
 * with; its {@link Refusal}s say why, as codes with typed arguments that the web layer words in the
 * reader's language. {@link #getMessage()} is for logs only.
 */
@ApplicationException(rollback = true)
public class TenantsException extends RuntimeException implements Refused {

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
  private final List<Refusal> refusals;

  public TenantsException(Kind kind, List<Refusal> refusals) {
    super(Refused.describe(refusals));
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("Say why");
    }
    this.kind = kind;
    this.refusals = List.copyOf(refusals);
  }

  /** A refusal with one code. */
  public TenantsException(Kind kind, Code code, Object... args) {
    this(kind, List.of(Refusal.of(code, args)));
  }

  @Override
  public Kind kind() {
    return kind;
  }

  @Override
  public List<Refusal> refusals() {
    return refusals;
  }

  /** Invalid input: every wrong field at once (see {@link Refusal#onField}). */
  public static TenantsException invalid(List<Refusal> refusals) {
    return new TenantsException(Kind.INVALID, refusals);
  }

  public static TenantsException invalid(Code code, Object... args) {
    return new TenantsException(Kind.INVALID, code, args);
  }

  public static TenantsException invalidField(String field, Code code, Object... args) {
    return new TenantsException(Kind.INVALID, List.of(Refusal.onField(field, code, args)));
  }

  public static TenantsException forbidden(Code code, Object... args) {
    return new TenantsException(Kind.FORBIDDEN, code, args);
  }

  public static TenantsException notFound(Code code, Object... args) {
    return new TenantsException(Kind.NOT_FOUND, code, args);
  }

  public static TenantsException conflict(Code code, Object... args) {
    return new TenantsException(Kind.CONFLICT, code, args);
  }
}
