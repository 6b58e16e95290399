package nl.leerkring.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;

/**
 * The wrong fields of one write, collected so they are refused together (a form shows every error
 * at once, not one per attempt). Not thread-safe: one per write.
 */
public final class Refusals {

  private final List<Refusal> found = new ArrayList<>();

  /**
   * Reads one field; when reading refuses it, the refusal is kept on {@code field} (unless it names
   * a field of its own) and null returned, so the next field is read too.
   */
  public <T> T field(String field, Supplier<T> read) {
    try {
      return read.get();
    } catch (PortalException e) {
      if (e.kind() != TenantsException.Kind.INVALID) {
        throw e;
      }
      for (Refusal r : e.refusals()) {
        found.add(r.field() != null ? r : Refusal.onField(field, r.code(), r.args().toArray()));
      }
      return null;
    }
  }

  public void add(String field, Code code, Object... args) {
    found.add(Refusal.onField(field, code, args));
  }

  /** Whether a field (or one inside it, {@code amounts[0]…}) was already refused. */
  public boolean has(String field) {
    return found.stream().anyMatch(r -> r.field() != null && r.field().startsWith(field));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Refuses the write (400) with every wrong field, when there is one. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw PortalException.invalid(found);
    }
  }
}
