package nl.leerkring.tenants.tenancy;

import java.util.Objects;
import java.util.UUID;

/** The immutable id of a circle (a leerkring). */
public record CircleId(String value) {

  public CircleId {
    Objects.requireNonNull(value, "Circle id is required.");
  }

  public static CircleId generate() {
    return new CircleId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
