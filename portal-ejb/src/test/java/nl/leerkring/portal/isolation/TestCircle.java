package nl.leerkring.portal.isolation;

import java.time.LocalDate;
import java.util.UUID;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Tenant;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * A fresh gemeente (Duiven, under a unique slug) in a fresh circle of its own, written through the
 * real persistence unit: what the circle-owned components' storage tests start from.
 */
public record TestCircle(TenantId duiven, String circleId) {

  public static TestCircle persist(TestDatabase db) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TenantId duiven =
        db.unbound(
            em -> {
              Tenant t =
                  new Tenant(
                      "duiven-" + suffix, "Duiven", "GM9" + (100 + (int) (Math.random() * 899)));
              em.persist(t);
              return t.id();
            });
    String circleId =
        db.unbound(
            em -> {
              Circle c =
                  new Circle(
                      "kring-" + suffix,
                      "Kring",
                      "Regiodeal",
                      LocalDate.of(2024, 4, 1),
                      LocalDate.of(2027, 4, 1));
              c.admit(duiven);
              em.persist(c);
              return c.id().value();
            });
    return new TestCircle(duiven, circleId);
  }
}
