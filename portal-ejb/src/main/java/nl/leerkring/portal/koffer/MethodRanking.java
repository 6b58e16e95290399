package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.koffer.Ranking.Capacity;
import nl.leerkring.portal.koffer.Ranking.MethodProfile;
import nl.leerkring.portal.koffer.Ranking.Preconditions;
import nl.leerkring.portal.koffer.Ranking.Reason;
import nl.leerkring.portal.koffer.Ranking.ReasonArgs;
import nl.leerkring.portal.koffer.Ranking.ReasonCode;
import nl.leerkring.portal.koffer.Ranking.Recommendation;
import nl.leerkring.portal.koffer.Ranking.Situation;
import nl.leerkring.portal.koffer.Ranking.UseSummary;

/**
 * "Which method fits?": ranks published methods for a situation a member describes. The rule is
 * additive and explains itself: every point a method gets or loses comes with a {@link Reason} (a
 * {@link ReasonCode} and its typed {@link ReasonArgs}, never a sentence: the web layer words it in
 * the reader's language), and a method's score is exactly the sum of its reasons' points.
 *
 * <h2>The rule</h2>
 *
 * <p>Codes and words (wijk type, vraagstukken, themes) match when they are equal ignoring case and
 * surrounding spaces. A use counts for a method only when it was made by <em>another</em> gemeente
 * than the asking one; the asking gemeente's own uses never add or subtract points.
 *
 * <table>
 *   <caption>Points</caption>
 *   <tr><th>Code</th><th>When</th><th>Points</th></tr>
 *   <tr><td>{@code wijktype}</td><td>the method lists the situation's wijk type</td>
 *       <td>+3</td></tr>
 *   <tr><td>{@code vraagstuk}</td><td>per vraagstuk of the situation the method lists</td>
 *       <td>+2 each</td></tr>
 *   <tr><td>{@code theme}</td><td>per theme of the situation the method lists</td>
 *       <td>+1 each</td></tr>
 *   <tr><td>{@code evidence}</td><td>always: praktijkervaring / goed beschreven / goed onderbouwd
 *       / effectief</td><td>0 / +0.5 / +1 / +1.5</td></tr>
 *   <tr><td>{@code used-in-similar-wijken}</td><td>per distinct other gemeente that used it in a
 *       wijk of the situation's wijk type</td><td>+0.5 each, at most +2</td></tr>
 *   <tr><td>{@code outcomes}</td><td>when those uses (same wijk type, other gemeenten) carry
 *       ratings: (average rating − 3) × 0.5, rounded half-up to cents</td>
 *       <td>−1 … +1</td></tr>
 *   <tr><td>{@code used-elsewhere}</td><td>per distinct other gemeente that used it only in other
 *       (or unknown) wijk types, or in any wijk when the situation names no wijk type</td>
 *       <td>+0.25 each, at most +1</td></tr>
 *   <tr><td>{@code too-many-hours}</td><td>the method needs more hours per week than
 *       available</td><td>−2</td></tr>
 *   <tr><td>{@code too-many-people}</td><td>the method needs more people than available</td>
 *       <td>−2</td></tr>
 *   <tr><td>{@code over-budget}</td><td>the method needs more budget than available</td>
 *       <td>−2</td></tr>
 *   <tr><td>{@code harvest}</td><td>per harvest item (F7) of the asking person's circles that
 *       cites the card or a shared use of it, as they may read it</td>
 *       <td>+0.25 each, at most +1</td></tr>
 * </table>
 *
 * <p>A capacity check only applies when both the situation's capacity and the method's precondition
 * are known; otherwise it has no effect and gives no reason. Needing exactly what is available is
 * fine. Ratings outside 1–5 count as unrated; uses without a gemeente are ignored; a gemeente that
 * used the method both in a similar wijk and elsewhere counts once, as similar. A method without a
 * level counts as praktijkervaring.
 *
 * <p>A method that matches neither the wijk type nor any vraagstuk or theme does not fit and is
 * left out, whatever its other points. A situation that names none of the three is refused. Methods
 * are ordered by score (high first), then evidence level (high first), then the number of distinct
 * other gemeenten that used it (many first), then name in Dutch collation, then id, so equal scores
 * always come out in the same order.
 *
 * <p>All points have scale 2 ({@code 3.00}, {@code 0.75}); no floating point is involved. The class
 * holds no state and is safe to call from any thread.
 */
public final class MethodRanking {

  /** The situation names the wijk type the method is for. */
  public static final BigDecimal WIJKTYPE_POINTS = new BigDecimal("3.00");

  /** Per vraagstuk of the situation that the method addresses. */
  public static final BigDecimal VRAAGSTUK_POINTS = new BigDecimal("2.00");

  /** Per theme of the situation that the method serves. */
  public static final BigDecimal THEME_POINTS = new BigDecimal("1.00");

  /** Evidence level praktijkervaring. */
  public static final BigDecimal EVIDENCE_PRAKTIJK_POINTS = new BigDecimal("0.00");

  /** Evidence level goed beschreven. */
  public static final BigDecimal EVIDENCE_GOED_BESCHREVEN_POINTS = new BigDecimal("0.50");

  /** Evidence level goed onderbouwd. */
  public static final BigDecimal EVIDENCE_GOED_ONDERBOUWD_POINTS = new BigDecimal("1.00");

  /** Evidence level effectief. */
  public static final BigDecimal EVIDENCE_EFFECTIEF_POINTS = new BigDecimal("1.50");

  /** Per distinct other gemeente that used the method in a wijk of the same type. */
  public static final BigDecimal SIMILAR_USE_POINTS = new BigDecimal("0.50");

  /** The most that uses in similar wijken can add. */
  public static final BigDecimal SIMILAR_USE_CAP = new BigDecimal("2.00");

  /** The rating that neither adds nor subtracts (ratings run 1–5). */
  public static final BigDecimal NEUTRAL_RATING = new BigDecimal("3");

  /** Points per rating point above (or below) neutral, on the average rating. */
  public static final BigDecimal RATING_FACTOR = new BigDecimal("0.50");

  /** Per distinct other gemeente that used the method only in other wijk types. */
  public static final BigDecimal OTHER_USE_POINTS = new BigDecimal("0.25");

  /** The most that uses elsewhere can add. */
  public static final BigDecimal OTHER_USE_CAP = new BigDecimal("1.00");

  /** Per harvest item citing the method, as the asking person reads it. */
  public static final BigDecimal HARVEST_POINTS = new BigDecimal("0.25");

  /** The most that harvest can add: grounding, not a popularity contest. */
  public static final BigDecimal HARVEST_CAP = new BigDecimal("1.00");

  /** Per precondition (hours, people, budget) that exceeds the stated capacity. */
  public static final BigDecimal CAPACITY_PENALTY = new BigDecimal("-2.00");

  /** The lowest and highest valid rating. */
  public static final int MIN_RATING = 1;

  public static final int MAX_RATING = 5;

  /** Every point has this scale. */
  public static final int SCALE = 2;

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private MethodRanking() {}

  /** All fitting methods, best first. */
  public static List<Recommendation> rank(
      Situation situation, String askingTenantId, List<MethodProfile> methods) {
    return rank(situation, askingTenantId, methods, Integer.MAX_VALUE);
  }

  /**
   * The {@code max} best fitting methods, best first.
   *
   * @param askingTenantId the gemeente asking; its own uses do not count. May be null (then every
   *     use counts as another gemeente's).
   * @param methods the published methods; null entries are skipped
   * @throws PortalException (invalid) when the situation names no wijk type, vraagstuk or theme, or
   *     {@code max < 1}
   */
  public static List<Recommendation> rank(
      Situation situation, String askingTenantId, List<MethodProfile> methods, int max) {
    if (max < 1) {
      throw PortalException.invalid(KofferCode.METHODS_REQUIRED);
    }
    if (situation == null) {
      throw PortalException.invalid(KofferCode.SITUATION_EMPTY);
    }
    String wijktype = isBlank(situation.wijktype()) ? null : situation.wijktype().strip();
    List<String> vraagstukken = distinctWords(situation.vraagstukken());
    List<String> themes = distinctWords(situation.themes());
    if (wijktype == null && vraagstukken.isEmpty() && themes.isEmpty()) {
      throw PortalException.invalid(KofferCode.SITUATION_EMPTY);
    }
    if (methods == null || methods.isEmpty()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (MethodProfile method : methods) {
      if (method != null) {
        Scored s =
            score(method, wijktype, vraagstukken, themes, situation.capacity(), askingTenantId);
        if (s != null) {
          scored.add(s);
        }
      }
    }
    if (scored.size() > 1) {
      Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
      scored.sort(
          Comparator.comparing((Scored s) -> s.recommendation().score())
              .reversed()
              .thenComparing(Comparator.comparingInt(Scored::evidenceRank).reversed())
              .thenComparing(Comparator.comparingInt(Scored::gemeenten).reversed())
              .thenComparing(s -> nullToEmpty(s.recommendation().name()), collator)
              .thenComparing(s -> nullToEmpty(s.recommendation().methodId())));
    }
    int n = Math.min(max, scored.size());
    List<Recommendation> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(scored.get(i).recommendation());
    }
    return List.copyOf(result);
  }

  /** A recommendation with the keys the order needs beyond the score. */
  private record Scored(Recommendation recommendation, int evidenceRank, int gemeenten) {}

  /** Null when the method does not fit at all. */
  private static Scored score(
      MethodProfile method,
      String wijktype,
      List<String> vraagstukken,
      List<String> themes,
      Capacity capacity,
      String askingTenantId) {
    boolean wijkMatch = wijktype != null && containsWord(method.wijktypes(), wijktype);
    List<String> matchedVraagstukken = matching(vraagstukken, method.vraagstukken());
    List<String> matchedThemes = matching(themes, method.themes());
    if (!wijkMatch && matchedVraagstukken.isEmpty() && matchedThemes.isEmpty()) {
      return null;
    }
    List<Reason> reasons = new ArrayList<>();
    if (wijkMatch) {
      reasons.add(
          new Reason(ReasonCode.WIJKTYPE, WIJKTYPE_POINTS, ReasonArgs.words(List.of(wijktype))));
    }
    if (!matchedVraagstukken.isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.VRAAGSTUK,
              times(VRAAGSTUK_POINTS, matchedVraagstukken.size()),
              ReasonArgs.words(matchedVraagstukken)));
    }
    if (!matchedThemes.isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.THEME,
              times(THEME_POINTS, matchedThemes.size()),
              ReasonArgs.words(matchedThemes)));
    }
    EvidenceLevel level = method.evidence() == null ? EvidenceLevel.PRAKTIJK : method.evidence();
    reasons.add(new Reason(ReasonCode.EVIDENCE, evidencePoints(level), ReasonArgs.evidence(level)));

    int gemeenten = addUseReasons(method.uses(), wijktype, askingTenantId, reasons);
    if (method.harvest() > 0) {
      reasons.add(
          new Reason(
              ReasonCode.HARVEST,
              times(HARVEST_POINTS, method.harvest()).min(HARVEST_CAP),
              ReasonArgs.harvest(method.harvest())));
    }
    addCapacityReasons(method.preconditions(), capacity, reasons);

    BigDecimal score = ZERO;
    for (Reason r : reasons) {
      score = score.add(r.points());
    }
    Recommendation rec =
        new Recommendation(method.methodId(), method.name(), score, List.copyOf(reasons));
    return new Scored(rec, level.ordinal(), gemeenten);
  }

  /**
   * Adds {@code used-in-similar-wijken}, {@code outcomes} and {@code used-elsewhere}.
   *
   * @return the number of distinct other gemeenten that used the method
   */
  private static int addUseReasons(
      List<UseSummary> uses, String wijktype, String askingTenantId, List<Reason> reasons) {
    if (uses.isEmpty()) {
      return 0;
    }
    List<String> similar = new ArrayList<>(4);
    List<String> elsewhere = new ArrayList<>(4);
    int similarUses = 0;
    int ratedUses = 0;
    int ratingSum = 0;
    for (UseSummary use : uses) {
      if (use == null || isBlank(use.tenantId()) || use.tenantId().equals(askingTenantId)) {
        continue;
      }
      if (wijktype != null && same(use.wijktype(), wijktype)) {
        similarUses++;
        addDistinct(similar, use.tenantId());
        Integer rating = use.rating();
        if (rating != null && rating >= MIN_RATING && rating <= MAX_RATING) {
          ratedUses++;
          ratingSum += rating;
        }
      } else {
        addDistinct(elsewhere, use.tenantId());
      }
    }
    elsewhere.removeAll(similar);

    if (!similar.isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.USED_IN_SIMILAR_WIJKEN,
              times(SIMILAR_USE_POINTS, similar.size()).min(SIMILAR_USE_CAP),
              ReasonArgs.uses(similar.size(), similarUses, wijktype)));
    }
    if (ratedUses > 0) {
      // (sum/n − 3) × 0.5 = (sum − 3n) × 0.5 / n, computed exactly and rounded once.
      BigDecimal points =
          BigDecimal.valueOf(ratingSum)
              .subtract(NEUTRAL_RATING.multiply(BigDecimal.valueOf(ratedUses)))
              .multiply(RATING_FACTOR)
              .divide(BigDecimal.valueOf(ratedUses), SCALE, RoundingMode.HALF_UP);
      BigDecimal average =
          BigDecimal.valueOf(ratingSum)
              .divide(BigDecimal.valueOf(ratedUses), 1, RoundingMode.HALF_UP);
      reasons.add(new Reason(ReasonCode.OUTCOMES, points, ReasonArgs.rating(average, ratedUses)));
    }
    if (!elsewhere.isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.USED_ELSEWHERE,
              times(OTHER_USE_POINTS, elsewhere.size()).min(OTHER_USE_CAP),
              ReasonArgs.uses(elsewhere.size(), null, wijktype)));
    }
    return similar.size() + elsewhere.size();
  }

  private static void addCapacityReasons(
      Preconditions needs, Capacity available, List<Reason> reasons) {
    if (needs == null || available == null) {
      return;
    }
    if (exceeds(needs.hoursPerWeek(), available.hoursPerWeek())) {
      reasons.add(
          new Reason(
              ReasonCode.TOO_MANY_HOURS,
              CAPACITY_PENALTY,
              ReasonArgs.capacity(needs.hoursPerWeek().value(), available.hoursPerWeek().value())));
    }
    if (needs.people() != null
        && available.people() != null
        && needs.people() > available.people()) {
      reasons.add(
          new Reason(
              ReasonCode.TOO_MANY_PEOPLE,
              CAPACITY_PENALTY,
              ReasonArgs.capacity(
                  BigDecimal.valueOf(needs.people()), BigDecimal.valueOf(available.people()))));
    }
    if (exceeds(needs.budget(), available.budget())) {
      reasons.add(
          new Reason(
              ReasonCode.OVER_BUDGET,
              CAPACITY_PENALTY,
              ReasonArgs.capacity(needs.budget().amount(), available.budget().amount())));
    }
  }

  private static BigDecimal evidencePoints(EvidenceLevel level) {
    return switch (level) {
      case PRAKTIJK -> EVIDENCE_PRAKTIJK_POINTS;
      case GOED_BESCHREVEN -> EVIDENCE_GOED_BESCHREVEN_POINTS;
      case GOED_ONDERBOUWD -> EVIDENCE_GOED_ONDERBOUWD_POINTS;
      case EFFECTIEF -> EVIDENCE_EFFECTIEF_POINTS;
    };
  }

  private static <T extends Comparable<T>> boolean exceeds(T needed, T available) {
    return needed != null && available != null && needed.compareTo(available) > 0;
  }

  private static BigDecimal times(BigDecimal points, int n) {
    return points.multiply(BigDecimal.valueOf(n));
  }

  /** The member's words that the method lists, in the member's order and spelling (stripped). */
  private static List<String> matching(List<String> words, Set<String> methodWords) {
    if (words.isEmpty() || methodWords.isEmpty()) {
      return List.of();
    }
    List<String> matched = null;
    for (String word : words) {
      if (containsWord(methodWords, word)) {
        if (matched == null) {
          matched = new ArrayList<>(words.size());
        }
        matched.add(word);
      }
    }
    return matched == null ? List.of() : matched;
  }

  /** Stripped, non-blank, without case-insensitive repeats; in the given order. */
  private static List<String> distinctWords(List<String> words) {
    List<String> result = new ArrayList<>(words.size());
    for (String word : words) {
      if (!isBlank(word)) {
        String w = word.strip();
        if (!containsWord(result, w)) {
          result.add(w);
        }
      }
    }
    return result;
  }

  private static boolean containsWord(Iterable<String> words, String word) {
    for (String w : words) {
      if (same(w, word)) {
        return true;
      }
    }
    return false;
  }

  private static void addDistinct(List<String> ids, String id) {
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  /** Equal ignoring case and surrounding white space, without allocating. */
  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    int aStart = start(a);
    int aEnd = end(a, aStart);
    int bStart = start(b);
    int bEnd = end(b, bStart);
    int len = aEnd - aStart;
    return len == bEnd - bStart && a.regionMatches(true, aStart, b, bStart, len);
  }

  private static int start(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int end(String s, int start) {
    int i = s.length();
    while (i > start && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
