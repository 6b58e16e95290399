package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;

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
  public record Capacity(Hours hoursPerWeek, Integer people, Money budget) {}

  /** What a method needs; each part may be null (not stated). */
  public record Preconditions(Hours hoursPerWeek, Integer people, Money budget, String note) {}

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
      List<UseSummary> uses,
      int harvest) {
    public MethodProfile {
      wijktypes = wijktypes == null ? Set.of() : Set.copyOf(wijktypes);
      vraagstukken = vraagstukken == null ? Set.of() : Set.copyOf(vraagstukken);
      themes = themes == null ? Set.of() : Set.copyOf(themes);
      uses = uses == null ? List.of() : List.copyOf(uses);
      harvest = Math.max(0, harvest);
    }

    /** A method no harvest cites (yet). */
    public MethodProfile(
        String methodId,
        String name,
        EvidenceLevel evidence,
        Set<String> wijktypes,
        Set<String> vraagstukken,
        Set<String> themes,
        Preconditions preconditions,
        List<UseSummary> uses) {
      this(methodId, name, evidence, wijktypes, vraagstukken, themes, preconditions, uses, 0);
    }
  }

  /**
   * Why a method gained or lost points. A code crosses the boundary, never a sentence: the web
   * layer words it from its bundles ({@code fits.reason.<key>}, {@code fits.detail.<key>}).
   */
  public enum ReasonCode {
    /** The method lists the situation's wijk type. Args: {@code words} (the wijk type). */
    WIJKTYPE("wijktype"),
    /** The method addresses vraagstukken of the situation. Args: {@code words} (those). */
    VRAAGSTUK("vraagstuk"),
    /** The method serves themes of the situation. Args: {@code words} (those). */
    THEME("theme"),
    /** The method's evidence level. Args: {@code evidence}. */
    EVIDENCE("evidence"),
    /**
     * Other gemeenten used it in wijken of the situation's type. Args: {@code gemeenten}, {@code
     * uses}, {@code words} (the wijk type).
     */
    USED_IN_SIMILAR_WIJKEN("used-in-similar-wijken"),
    /**
     * The ratings of those uses. Args: {@code averageRating} (one decimal), {@code uses} (rated).
     */
    OUTCOMES("outcomes"),
    /**
     * Other gemeenten used it in other (or unknown) wijk types. Args: {@code gemeenten}, {@code
     * words} (the situation's wijk type; empty when it names none).
     */
    USED_ELSEWHERE("used-elsewhere"),
    /** Args: {@code needed} and {@code available} hours per week. */
    TOO_MANY_HOURS("too-many-hours"),
    /** Args: {@code needed} and {@code available} people (whole numbers). */
    TOO_MANY_PEOPLE("too-many-people"),
    /** Args: {@code needed} and {@code available} euros. */
    OVER_BUDGET("over-budget"),
    /**
     * Harvest of the viewer's circles cites the card or a shared use of it (F7). Args: {@code uses}
     * (the harvest items).
     */
    HARVEST("harvest");

    private final String key;

    ReasonCode(String key) {
      this.key = key;
    }

    /** The stable code that bundles and API clients use, e.g. {@code used-in-similar-wijken}. */
    public String key() {
      return key;
    }
  }

  /**
   * The values behind a reason, typed; each code sets only the arguments its documentation names,
   * the others are null (and left out of JSON).
   *
   * @param words the member's own words that matched (stripped), or the wijk type compared with
   * @param uses uses in similar wijken, or for {@code outcomes} the rated ones
   * @param averageRating the average of the rated uses, one decimal
   */
  public record ReasonArgs(
      List<String> words,
      EvidenceLevel evidence,
      Integer gemeenten,
      Integer uses,
      BigDecimal averageRating,
      BigDecimal needed,
      BigDecimal available) {
    public ReasonArgs {
      words = words == null ? List.of() : List.copyOf(words);
    }

    public static ReasonArgs words(List<String> words) {
      return new ReasonArgs(words, null, null, null, null, null, null);
    }

    public static ReasonArgs evidence(EvidenceLevel level) {
      return new ReasonArgs(null, level, null, null, null, null, null);
    }

    public static ReasonArgs uses(int gemeenten, Integer uses, String wijktype) {
      return new ReasonArgs(
          wijktype == null ? null : List.of(wijktype), null, gemeenten, uses, null, null, null);
    }

    public static ReasonArgs harvest(int items) {
      return new ReasonArgs(null, null, null, items, null, null, null);
    }

    public static ReasonArgs rating(BigDecimal average, int ratedUses) {
      return new ReasonArgs(null, null, null, ratedUses, average, null, null);
    }

    public static ReasonArgs capacity(BigDecimal needed, BigDecimal available) {
      return new ReasonArgs(null, null, null, null, null, needed, available);
    }
  }

  /** One reason for (or against) a method, with the points it adds (negative: subtracts). */
  public record Reason(ReasonCode code, BigDecimal points, ReasonArgs args) {}

  /** A ranked method. */
  public record Recommendation(
      String methodId, String name, BigDecimal score, List<Reason> reasons) {}
}
