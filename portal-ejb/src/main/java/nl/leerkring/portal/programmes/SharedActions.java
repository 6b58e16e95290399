package nl.leerkring.portal.programmes;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;

/**
 * The programme actions gemeenten shared with a circle, as the circle's participants read them (its
 * harvest cites them): the action's title and status and the gemeente's name, nothing else of the
 * programme. Not tenant-bound, because the reader is usually of another gemeente; every statement
 * is conditioned on a share with the circle, so an action nobody shared there reads exactly like an
 * id that does not exist.
 *
 * <p>NOTE: SQL rather than JPQL, because EclipseLink's tenant filter would hide another gemeente's
 * row; the share's {@code circle_id} is the condition that replaces it.
 */
@Stateless
public class SharedActions {

  /**
   * A cited action: {@code shared} false when the share was withdrawn or the action deleted, and
   * then no title or status.
   */
  public record SharedAction(
      String id, String tenantId, String gemeente, String title, String status, boolean shared) {}

  private static final String SELECT =
      "select s.action_id, s.tenant_id, t.name, a.title, a.status, s.withdrawn_at"
          + " from programme_action_share s"
          + " join tenant t on t.id = s.tenant_id"
          + " left join programme_action a on a.id = s.action_id and a.tenant_id = s.tenant_id"
          + " where s.circle_id = ?";

  private static final int SLICE = 500;

  @PersistenceContext EntityManager em;

  /**
   * The shares with the circle among {@code ids}, read in one statement per 500 ids (a question's
   * whole history at once); ids never shared there are absent.
   */
  public Map<String, SharedAction> inCircle(String circleId, Collection<String> ids) {
    Map<String, SharedAction> found = new LinkedHashMap<>();
    List<String> asked = ids.stream().distinct().toList();
    if (circleId == null) {
      return found;
    }
    for (int from = 0; from < asked.size(); from += SLICE) {
      List<String> slice = asked.subList(from, Math.min(asked.size(), from + SLICE));
      String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
      List<Object> params = new ArrayList<>(List.of(circleId));
      params.addAll(slice);
      for (Object[] row : rows(SELECT + " and s.action_id in (" + marks + ")", params)) {
        SharedAction a = action(row);
        found.put(a.id(), a);
      }
    }
    return found;
  }

  /**
   * The actions {@code tenantId} shares with the circle now, for its members to cite, while it is a
   * member of the circle; by title.
   *
   * <p>{@code tenantId} is not a read filter but the citing rule's party: whose shares a harvest
   * may cite (its author's gemeente, which is not the bound tenant when a coordinator edits
   * someone's harvest). What anyone may read is still decided by the share with the circle, as
   * above.
   */
  public List<SharedAction> citableBy(String circleId, String tenantId) {
    if (circleId == null || tenantId == null) {
      return List.of();
    }
    return rows(
            SELECT
                + " and s.tenant_id = ? and s.withdrawn_at is null and a.id is not null"
                + " and exists (select 1 from circle_tenant m"
                + " where m.circle_id = s.circle_id and m.tenant_id = s.tenant_id)"
                + " order by a.title",
            List.of(circleId, tenantId))
        .stream()
        .map(SharedActions::action)
        .toList();
  }

  /** Whether a member of {@code tenantId} may cite the action in the circle's harvest. */
  public boolean citable(String circleId, String tenantId, String actionId) {
    return citableBy(circleId, tenantId).stream().anyMatch(a -> a.id().equals(actionId));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> params) {
    var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query.getResultList();
  }

  private static SharedAction action(Object[] row) {
    boolean shared = row[3] != null && row[5] == null;
    return new SharedAction(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        shared ? (String) row[3] : null,
        shared ? String.valueOf(row[4]).toLowerCase(Locale.ROOT) : null,
        shared);
  }
}
