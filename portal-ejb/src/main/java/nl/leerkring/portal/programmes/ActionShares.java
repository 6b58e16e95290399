package nl.leerkring.portal.programmes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A gemeente shares a programme action with a circle it belongs to (and withdraws it), so its
 * members may cite the action in that circle's harvest. Any member of the gemeente may, as anyone
 * of it keeps its programmes. Another gemeente's action and a circle the gemeente is not in are
 * "not found", exactly as ids that do not exist.
 */
@Stateless
@TenantBound
public class ActionShares {

  /**
   * An action's share with one of the gemeente's circles ({@code shared} false: not or no more).
   */
  public record ShareView(
      String circle, String circleName, boolean shared, String sharedBy, Instant sharedAt) {}

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** Every circle of the gemeente, each saying whether the action is shared there. */
  public List<ShareView> of(Viewer viewer, ProgrammeId programmeId, String actionId) {
    Programmes.requireMember(viewer);
    ProgrammeAction action = action(programmeId, actionId);
    Map<String, ActionShare> shares =
        em
            .createNamedQuery(ActionShare.OF_ACTION, ActionShare.class)
            .setParameter("action", action.id())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(ActionShare::circleId, Function.identity()));
    return circles.withMember(viewer.homeTenant().get()).stream()
        .map(c -> view(c, shares.get(c.id().value())))
        .toList();
  }

  /** Shares the action with the circle; sharing it again changes nothing. */
  public ShareView share(Viewer viewer, ProgrammeId programmeId, String actionId, String circle) {
    Programmes.requireMember(viewer);
    ProgrammeAction action = action(programmeId, actionId);
    Circle c = circleOf(viewer, circle);
    return view(c, shared(viewer, action, c, true));
  }

  /** Withdraws the share: citations of the action in the circle then read "no longer shared". */
  public ShareView withdraw(
      Viewer viewer, ProgrammeId programmeId, String actionId, String circle) {
    Programmes.requireMember(viewer);
    ProgrammeAction action = action(programmeId, actionId);
    Circle c = circleOf(viewer, circle);
    return view(c, shared(viewer, action, c, false));
  }

  /**
   * Shares the action with exactly the circles named (the page's boxes) and withdraws it from the
   * gemeente's other circles, in one transaction; a circle not of the gemeente is "not found".
   */
  public List<ShareView> choose(
      Viewer viewer, ProgrammeId programmeId, String actionId, List<String> chosen) {
    Programmes.requireMember(viewer);
    ProgrammeAction action = action(programmeId, actionId);
    List<String> wanted = chosen == null ? List.of() : chosen;
    wanted.forEach(slug -> circleOf(viewer, slug));
    return circles.withMember(viewer.homeTenant().get()).stream()
        .map(c -> view(c, shared(viewer, action, c, wanted.contains(c.slug()))))
        .toList();
  }

  /** The share after sharing ({@code shared}) or withdrawing; audited when it changed. */
  private ActionShare shared(Viewer viewer, ProgrammeAction action, Circle c, boolean shared) {
    ActionShare share = find(action, c);
    Instant now = clock.instant();
    boolean changed;
    if (share == null && shared) {
      share = new ActionShare(action, c.id().value(), viewer.displayName(), now);
      em.persist(share);
      changed = true;
    } else if (share == null) {
      changed = false;
    } else {
      changed = shared ? share.share(viewer.displayName(), now) : share.withdraw(now);
    }
    if (changed) {
      em.flush();
      audit.record(
          viewer,
          viewer.homeTenant().get(),
          shared ? "programme.action.shared" : "programme.action.withdrawn",
          "programme:" + action.programmeId(),
          action.id() + " → " + c.slug());
    }
    return share;
  }

  private ProgrammeAction action(ProgrammeId programmeId, String actionId) {
    ProgrammeAction action = actionId == null ? null : em.find(ProgrammeAction.class, actionId);
    if (action == null
        || programmeId == null
        || !action.programmeId().equals(programmeId.value())) {
      throw PortalException.notFound(ProgrammeCode.PART_NOT_FOUND, "actions", actionId);
    }
    return action;
  }

  private Circle circleOf(Viewer viewer, String slug) {
    return circles.withMember(viewer.homeTenant().get()).stream()
        .filter(c -> c.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> PortalException.notFound(ProgrammeCode.CIRCLE_NOT_FOUND, slug));
  }

  private ActionShare find(ProgrammeAction action, Circle circle) {
    return em
        .createNamedQuery(ActionShare.OF_ACTION, ActionShare.class)
        .setParameter("action", action.id())
        .getResultList()
        .stream()
        .filter(s -> s.circleId().equals(circle.id().value()))
        .findFirst()
        .orElse(null);
  }

  private static ShareView view(Circle circle, ActionShare share) {
    boolean shared = share != null && share.isShared();
    return new ShareView(
        circle.slug(),
        circle.name(),
        shared,
        shared ? share.sharedBy() : null,
        shared ? share.sharedAt() : null);
  }
}
