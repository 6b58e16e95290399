package nl.leerkring.tenants;

import java.util.List;

/**
 * An exception that refuses a request for one or more {@link Refusal}s; both modules' exceptions
 * are one, so the web layer words and maps them the same way.
 */
public interface Refused {

  TenantsException.Kind kind();

  /** Every reason, at least one; for invalid input, one per wrong field. */
  List<Refusal> refusals();

  static String describe(List<Refusal> refusals) {
    StringBuilder text = new StringBuilder();
    for (Refusal r : refusals) {
      text.append(text.length() == 0 ? "" : "; ").append(r.describe());
    }
    return text.toString();
  }
}
