package nl.leerkring.portal.signals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Who receives a signal: a generous list of candidates read from the directory (the active accounts
 * of the circle's gemeenten, of the owner gemeente and with a part in the circle), each then let
 * through only if its own {@link Viewer}, computed exactly as for a request (but for all candidates
 * at once: {@link Accounts#viewersOf}), passes the kind's rule ({@link SignalKind#reaches}). A
 * mistake in the candidate query can thus only make the list shorter, never let in someone the
 * boundaries would refuse.
 */
@Dependent
class Recipients {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  /** The viewers of the accounts that may know of the signal. */
  List<Viewer> of(Signal signal) {
    return accounts.viewersOf(candidates(signal)).stream()
        .filter(v -> signal.kind().reaches(v, signal))
        .toList();
  }

  private Set<String> candidates(Signal s) {
    Set<String> ids = new LinkedHashSet<>();
    switch (s.kind().audience()) {
      case OWNER -> {
        if (s.ownerTenant() != null) {
          ids.addAll(ofTenants(List.of(s.ownerTenant())));
        }
      }
      case COORDINATORS, PARTICIPANTS -> {
        if (s.circleId() != null) {
          Circle circle = em.find(Circle.class, s.circleId());
          if (circle != null && s.kind().audience() == SignalKind.Audience.PARTICIPANTS) {
            ids.addAll(ofTenants(List.copyOf(circle.memberTenantIds())));
          }
          ids.addAll(
              em.createQuery(
                      "select distinct a.id from Account a join a.assignments g"
                          + " where g.circleId = :circle and a.active = true",
                      String.class)
                  .setParameter("circle", s.circleId())
                  .getResultList());
        }
      }
      case WATCHERS -> {
        if (s.circleId() != null) {
          ids.addAll(
              em.createNamedQuery(CircleWatch.WATCHERS, String.class)
                  .setParameter("circle", s.circleId())
                  .getResultList());
          // Whoever a post about the same subject names hears that mention, not this too.
          ids.removeAll(
              em.createNamedQuery(SignalEntry.NAMED_ABOUT, String.class)
                  .setParameter("subject", s.subjectId())
                  .setParameter("kind", SignalKind.MENTION)
                  .getResultList());
        }
      }
      case ASSIGNEE, SEARCHER -> {
        if (s.accountId() != null) {
          ids.add(s.accountId());
        } else if (s.kind().audience() == SignalKind.Audience.ASSIGNEE && s.ownerTenant() != null) {
          ids.addAll(ofTenants(List.of(s.ownerTenant())));
        }
      }
      case NOBODY -> {}
    }
    return ids;
  }

  private List<String> ofTenants(List<String> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a.id from Account a where a.homeTenant in :tenants and a.active = true",
            String.class)
        .setParameter("tenants", tenantIds)
        .getResultList();
  }
}
