package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The records of "which method fits?": a situation described by a member, what the ranking knows of
 * each published method, and the ranked answer with its reasons. The rule itself is in {@link
 * MethodRanking}.
 */
public final class Ranking {

  private Ranking() {}

  /**
   * What a member describes.
   *
   * @param wijktype a wijk type code from the circle's vocabulary, or null
   * @param capacity what the gemeente can put in; null when not given
   */
  public record Situation(
      String wijktype, List<String> vraagstukken, List<String> themes, Capacity capacity) {
    public Situation {
      vraagstukken = vraagstukken == null ? List.of() : List.copyOf(vraagstukken);
      themes = themes == null ? List.of() : List.copyOf(themes);
    }
  }

  /** Available capacity; each part may be null (unknown). */
  public record Capacity(BigDecimal hoursPerWeek, Integer people, BigDecimal budget) {}

  /** What a method needs; each part may be null (not stated). */
  public record Preconditions(
      BigDecimal hoursPerWeek, Integer people, BigDecimal budget, String note) {}

  /**
   * One recorded use, as far as the ranking may know it: only uses shared with the circle, plus the
   * asking gemeente's own.
   *
   * @param tenantId the gemeente that used it
   * @param rating 1 (did not work) to 5 (worked very well); null when not rated
   */
  public record UseSummary(String tenantId, String wijktype, Integer rating) {}

  /** A published method as the ranking sees it. */
  public record MethodProfile(
      String methodId,
      String name,
      EvidenceLevel evidence,
      Set<String> wijktypes,
      Set<String> vraagstukken,
      Set<String> themes,
      Preconditions preconditions,
      List<UseSummary> uses) {
    public MethodProfile {
      wijktypes = wijktypes == null ? Set.of() : Set.copyOf(wijktypes);
      vraagstukken = vraagstukken == null ? Set.of() : Set.copyOf(vraagstukken);
      themes = themes == null ? Set.of() : Set.copyOf(themes);
      uses = uses == null ? List.of() : List.copyOf(uses);
    }
  }

  /**
   * One reason for (or against) a method, with the points it adds (negative: subtracts).
   *
   * @param code a stable code that pages translate, e.g. {@code wijktype}
   * @param detail the values behind it, e.g. the matching vraagstukken, in the user's words
   */
  public record Reason(String code, BigDecimal points, String detail) {}

  /** A ranked method. */
  public record Recommendation(
      String methodId, String name, BigDecimal score, List<Reason> reasons) {}
}
