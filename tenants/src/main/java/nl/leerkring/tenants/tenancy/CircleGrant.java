package nl.leerkring.tenants.tenancy;

import java.util.Objects;

/** One circle a viewer takes part in, and how. */
public record CircleGrant(CircleId circle, String slug, String name, CircleRole role) {

  public CircleGrant {
    Objects.requireNonNull(circle, "Circle id is required.");
    Objects.requireNonNull(slug, "Circle slug is required.");
    Objects.requireNonNull(role, "Circle role is required.");
  }
}
