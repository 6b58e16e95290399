package nl.leerkring.portal.signals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Who receives a signal: a generous list of candidates read from the directory (the active accounts
 * of the circle's gemeenten, of the owner gemeente and with a part in the circle), each then let
 * through only if its own {@link Viewer}, computed exactly as for a request, passes the kind's rule
 * ({@link SignalKind#reaches}). A mistake in the candidate query can thus only make the list
 * shorter, never let in someone the boundaries would refuse.
 */
@Dependent
class Recipients {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject Circles circles;

  /** The viewers of the accounts that may know of the signal. */
  List<Viewer> of(Signal signal) {
    return candidates(signal).stream()
        .map(this::viewerOf)
        .filter(v -> v != null && signal.kind().reaches(v, signal))
        .toList();
  }

  private Set<String> candidates(Signal s) {
    Set<String> usernames = new LinkedHashSet<>();
    switch (s.kind().audience()) {
      case OWNER -> {
        if (s.ownerTenant() != null) {
          usernames.addAll(ofTenants(List.of(s.ownerTenant())));
        }
      }
      case COORDINATORS, PARTICIPANTS -> {
        if (s.circleId() != null) {
          Circle circle = circles.byId(new CircleId(s.circleId()));
          if (circle != null && s.kind().audience() == SignalKind.Audience.PARTICIPANTS) {
            usernames.addAll(ofTenants(List.copyOf(circle.memberTenantIds())));
          }
          usernames.addAll(
              em.createQuery(
                      "select distinct a.username from Account a join a.assignments g"
                          + " where g.circleId = :circle and a.active = true",
                      String.class)
                  .setParameter("circle", s.circleId())
                  .getResultList());
        }
      }
      case ASSIGNEE -> {
        if (s.accountId() == null && s.ownerTenant() != null) {
          usernames.addAll(ofTenants(List.of(s.ownerTenant())));
        } else if (s.accountId() != null) {
          usernames.addAll(
              em.createQuery(
                      "select a.username from Account a where a.id = :id and a.active = true",
                      String.class)
                  .setParameter("id", s.accountId())
                  .getResultList());
        }
      }
      case NOBODY -> {}
    }
    return usernames;
  }

  private List<String> ofTenants(List<String> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a.username from Account a where a.homeTenant in :tenants and a.active = true",
            String.class)
        .setParameter("tenants", tenantIds)
        .getResultList();
  }

  private Viewer viewerOf(String username) {
    try {
      return accounts.viewerOf(username);
    } catch (TenantsException ended) {
      return null;
    }
  }
}
