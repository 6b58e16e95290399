package nl.leerkring.portal.koffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.koffer.Ranking.Capacity;
import nl.leerkring.portal.koffer.Ranking.MethodProfile;
import nl.leerkring.portal.koffer.Ranking.Preconditions;
import nl.leerkring.portal.koffer.Ranking.Reason;
import nl.leerkring.portal.koffer.Ranking.Recommendation;
import nl.leerkring.portal.koffer.Ranking.Situation;
import nl.leerkring.portal.koffer.Ranking.UseSummary;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/**
 * The ranking rule of {@link MethodRanking} on fixed examples from the leerkring (exact order,
 * scores and reasons, all worked out by hand in the comments), plus a seeded property test.
 */
class MethodRankingTest {

  // The five gemeenten of the leerkring (tenant ids are opaque in production).
  static final String WIJCHEN = "t-wijchen";
  static final String BERG_EN_DAL = "t-berg-en-dal";
  static final String DOESBURG = "t-doesburg";
  static final String BEUNINGEN = "t-beuningen";
  static final String DUIVEN = "t-duiven";

  static final String KRIMPWIJK = "vergrijsde-krimpwijk";
  static final String GROEIWIJK = "groeiwijk-corporatiebezit";
  static final String DORP = "dorp";

  // --- The koffer -------------------------------------------------------------------------------

  static final MethodProfile VOORZORGCIRKELS =
      new MethodProfile(
          "m-voorzorgcirkels",
          "Voorzorgcirkels",
          EvidenceLevel.GOED_ONDERBOUWD,
          Set.of(KRIMPWIJK, DORP),
          Set.of("eenzaamheid", "langer thuis wonen"),
          Set.of("gezondheid"),
          prec("4", 2, "5000"),
          List.of(
              use(WIJCHEN, KRIMPWIJK, 4),
              use(BERG_EN_DAL, KRIMPWIJK, 5),
              use(DUIVEN, KRIMPWIJK, 1),
              use(DOESBURG, DORP, null)));

  static final MethodProfile INLOOPSPREEKUUR =
      new MethodProfile(
          "m-inloopspreekuur",
          "Inloopspreekuur",
          EvidenceLevel.GOED_BESCHREVEN,
          Set.of(KRIMPWIJK, GROEIWIJK),
          Set.of("eenzaamheid", "armoede", "schulden"),
          Set.of("gezondheid", "leefbaarheid"),
          prec("12", 3, null),
          List.of(
              use(BEUNINGEN, KRIMPWIJK, 2),
              use(BEUNINGEN, KRIMPWIJK, 1),
              use(WIJCHEN, GROEIWIJK, 4)));

  static final MethodProfile WIJKSCAN =
      new MethodProfile(
          "m-wijkscan",
          "Wijkscan",
          EvidenceLevel.PRAKTIJK,
          Set.of(KRIMPWIJK, GROEIWIJK, DORP),
          Set.of("leefbaarheid openbare ruimte", "eenzaamheid"),
          Set.of("gezondheid", "leefbaarheid", "energietransitie"),
          prec("6", 4, "15000"),
          List.of(
              use(WIJCHEN, GROEIWIJK, 4),
              use(DOESBURG, DORP, 3),
              use(BEUNINGEN, GROEIWIJK, 5),
              use(BERG_EN_DAL, GROEIWIJK, null)));

  static final MethodProfile BUURTCONCIERGES =
      new MethodProfile(
          "m-buurtconcierges",
          "Buurtconciërges",
          EvidenceLevel.GOED_BESCHREVEN,
          Set.of(GROEIWIJK),
          Set.of("leefbaarheid openbare ruimte", "overlast", "eenzaamheid"),
          Set.of("leefbaarheid"),
          prec("16", 2, "40000"),
          List.of(
              use(WIJCHEN, GROEIWIJK, 5), use(BEUNINGEN, GROEIWIJK, 4), use(DUIVEN, GROEIWIJK, 5)));

  static final MethodProfile SOCIALE_KAART =
      new MethodProfile(
          "m-sociale-kaart",
          "Sociale kaart",
          EvidenceLevel.PRAKTIJK,
          Set.of(KRIMPWIJK, GROEIWIJK, DORP),
          Set.of("langer thuis wonen", "energiearmoede", "schulden"),
          Set.of("gezondheid"),
          null,
          List.of());

  static final MethodProfile ER_OP_AF_PLAN =
      new MethodProfile(
          "m-er-op-af",
          "Er-op-af-plan",
          EvidenceLevel.EFFECTIEF,
          Set.of(GROEIWIJK),
          Set.of("energiearmoede", "schulden"),
          Set.of("energietransitie"),
          prec("8", 2, "20000"),
          List.of(use(DOESBURG, DORP, 4), use(BERG_EN_DAL, GROEIWIJK, 5)));

  static final MethodProfile ENERGIECOACHES =
      new MethodProfile(
          "m-energiecoaches",
          "Energiecoaches",
          EvidenceLevel.GOED_BESCHREVEN,
          Set.of(DORP),
          Set.of("energiearmoede"),
          Set.of("energietransitie"),
          prec("4", 1, "2500"),
          List.of(use(BERG_EN_DAL, DORP, 4), use(DOESBURG, DORP, 2), use(BEUNINGEN, DORP, 5)));

  /** Effective and much used, but tied to nothing: it never fits. */
  static final MethodProfile DESTEP =
      new MethodProfile(
          "m-destep",
          "DESTEP-analyse",
          EvidenceLevel.EFFECTIEF,
          Set.of(),
          Set.of(),
          Set.of(),
          null,
          List.of(
              use(WIJCHEN, KRIMPWIJK, 5), use(DOESBURG, GROEIWIJK, 5), use(BEUNINGEN, DORP, 5)));

  static final List<MethodProfile> KOFFER =
      List.of(
          VOORZORGCIRKELS,
          INLOOPSPREEKUUR,
          WIJKSCAN,
          BUURTCONCIERGES,
          SOCIALE_KAART,
          ER_OP_AF_PLAN,
          ENERGIECOACHES,
          DESTEP);

  // --- The situations ---------------------------------------------------------------------------

  /**
   * Duiven: a greying shrinking wijk, loneliness and living at home longer; 8 h, 2 people, €10k.
   */
  static final Situation KRIMP =
      new Situation(
          KRIMPWIJK,
          List.of("eenzaamheid", "langer thuis wonen"),
          List.of("gezondheid"),
          cap("8", 2, "10000"));

  /** Wijchen: a growth wijk with much housing-corporation stock; 16 h, 2 people, budget unknown. */
  static final Situation GROEI =
      new Situation(
          GROEIWIJK,
          List.of("leefbaarheid openbare ruimte"),
          List.of("leefbaarheid"),
          cap("16", 2, null));

  /** Beuningen: a village with energy poverty; capacity not given. */
  static final Situation DORP_ENERGIE =
      new Situation(DORP, List.of("energiearmoede"), List.of("energietransitie"), null);

  // --- Fixed examples ---------------------------------------------------------------------------

  @Test
  void krimpwijkWithLonelinessRanksVoorzorgcirkelsFirst() {
    List<Recommendation> ranked = MethodRanking.rank(KRIMP, DUIVEN, KOFFER);

    // Voorzorgcirkels 3 + 4 + 1 + 1 + 1 + 0.75 + 0.25       = 11.00
    // Sociale kaart   3 + 2 + 1 + 0                         =  6.00
    // Wijkscan        3 + 2 + 1 + 0 + 1 (4×0.25) − 2 − 2    =  3.00
    // Inloopspreekuur 3 + 2 + 1 + 0.5 + 0.5 − 0.75 + 0.25 − 2 − 2 = 2.50
    // Buurtconciërges 2 + 0.5 + 0.5 − 2 − 2                 = −1.00
    // Er-op-af-plan, Energiecoaches and DESTEP do not fit.
    assertRanking(
        ranked,
        "Voorzorgcirkels=11.00",
        "Sociale kaart=6.00",
        "Wijkscan=3.00",
        "Inloopspreekuur=2.50",
        "Buurtconciërges=-1.00");

    assertReasons(
        ranked.get(0),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "vraagstuk|4.00|eenzaamheid, langer thuis wonen",
        "theme|1.00|gezondheid",
        "evidence|1.00|Goed onderbouwd",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in vergrijsde-krimpwijk",
        "outcomes|0.75|average rating 4.5 of 5 over 2 rated uses",
        "used-elsewhere|0.25|1 other gemeente, in other wijk types than vergrijsde-krimpwijk");
    assertReasons(
        ranked.get(1),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "vraagstuk|2.00|langer thuis wonen",
        "theme|1.00|gezondheid",
        "evidence|0.00|Praktijkervaring");
    assertReasons(
        ranked.get(2),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "vraagstuk|2.00|eenzaamheid",
        "theme|1.00|gezondheid",
        "evidence|0.00|Praktijkervaring",
        "used-elsewhere|1.00|4 other gemeenten, in other wijk types than vergrijsde-krimpwijk",
        "too-many-people|-2.00|needs 4 people, 2 available",
        "over-budget|-2.00|needs a budget of €15000, €10000 available");
    assertReasons(
        ranked.get(3),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "vraagstuk|2.00|eenzaamheid",
        "theme|1.00|gezondheid",
        "evidence|0.50|Goed beschreven",
        "used-in-similar-wijken|0.50|1 other gemeente, 2 uses in vergrijsde-krimpwijk",
        "outcomes|-0.75|average rating 1.5 of 5 over 2 rated uses",
        "used-elsewhere|0.25|1 other gemeente, in other wijk types than vergrijsde-krimpwijk",
        "too-many-hours|-2.00|needs 12 h/week, 8 available",
        "too-many-people|-2.00|needs 3 people, 2 available");
    assertReasons(
        ranked.get(4),
        "vraagstuk|2.00|eenzaamheid",
        "evidence|0.50|Goed beschreven",
        "used-elsewhere|0.50|2 other gemeenten, in other wijk types than vergrijsde-krimpwijk",
        "too-many-hours|-2.00|needs 16 h/week, 8 available",
        "over-budget|-2.00|needs a budget of €40000, €10000 available");
  }

  @Test
  void groeiwijkBreaksAScoreTieOnEvidence() {
    List<Recommendation> ranked = MethodRanking.rank(GROEI, WIJCHEN, KOFFER);

    // Buurtconciërges 3 + 2 + 1 + 0.5 + 1 + 0.75                = 8.25 (16 h of 16: fine;
    //                 budget unknown: no effect; Wijchen's own use ignored)
    // Er-op-af-plan   3 + 1.5 + 0.5 + 1 + 0.25                  = 6.25 effectief
    // Wijkscan        3 + 2 + 1 + 0 + 1 + 1 + 0.25 − 2          = 6.25 praktijk
    // Sociale kaart   3 + 0                                     = 3.00
    // Inloopspreekuur 3 + 1 + 0.5 + 0.25 − 2                    = 2.75
    assertRanking(
        ranked,
        "Buurtconciërges=8.25",
        "Er-op-af-plan=6.25",
        "Wijkscan=6.25",
        "Sociale kaart=3.00",
        "Inloopspreekuur=2.75");

    assertReasons(
        ranked.get(0),
        "wijktype|3.00|groeiwijk-corporatiebezit",
        "vraagstuk|2.00|leefbaarheid openbare ruimte",
        "theme|1.00|leefbaarheid",
        "evidence|0.50|Goed beschreven",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in groeiwijk-corporatiebezit",
        "outcomes|0.75|average rating 4.5 of 5 over 2 rated uses");
    assertReasons(
        ranked.get(2),
        "wijktype|3.00|groeiwijk-corporatiebezit",
        "vraagstuk|2.00|leefbaarheid openbare ruimte",
        "theme|1.00|leefbaarheid",
        "evidence|0.00|Praktijkervaring",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in groeiwijk-corporatiebezit",
        "outcomes|1.00|average rating 5.0 of 5 over 1 rated use",
        "used-elsewhere|0.25|1 other gemeente, in other wijk types than groeiwijk-corporatiebezit",
        "too-many-people|-2.00|needs 4 people, 2 available");
  }

  @Test
  void dorpBreaksAScoreAndEvidenceTieOnNumberOfGemeenten() {
    List<Recommendation> ranked = MethodRanking.rank(DORP_ENERGIE, BEUNINGEN, KOFFER);

    // Energiecoaches  3 + 2 + 1 + 0.5 + 1 + 0 (average 3)       = 7.50
    // Er-op-af-plan   2 + 1 + 1.5 + 0.5 + 0.5 + 0.25            = 5.75
    // Voorzorgcirkels 3 + 1 + 0.5 + 0.75 (Duiven counts here)   = 5.25
    // Wijkscan        3 + 1 + 0 + 0.5 + 0 + 0.5  (3 gemeenten)  = 5.00
    // Sociale kaart   3 + 2 + 0                  (0 gemeenten)  = 5.00
    // No capacity given: Wijkscan's 4 people and €15000 cost nothing.
    assertRanking(
        ranked,
        "Energiecoaches=7.50",
        "Er-op-af-plan=5.75",
        "Voorzorgcirkels=5.25",
        "Wijkscan=5.00",
        "Sociale kaart=5.00");

    assertReasons(
        ranked.get(0),
        "wijktype|3.00|dorp",
        "vraagstuk|2.00|energiearmoede",
        "theme|1.00|energietransitie",
        "evidence|0.50|Goed beschreven",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in dorp",
        "outcomes|0.00|average rating 3.0 of 5 over 2 rated uses");
    assertReasons(
        ranked.get(2),
        "wijktype|3.00|dorp",
        "evidence|1.00|Goed onderbouwd",
        "used-in-similar-wijken|0.50|1 other gemeente, 1 use in dorp",
        "used-elsewhere|0.75|3 other gemeenten, in other wijk types than dorp");
    assertReasons(
        ranked.get(3),
        "wijktype|3.00|dorp",
        "theme|1.00|energietransitie",
        "evidence|0.00|Praktijkervaring",
        "used-in-similar-wijken|0.50|1 other gemeente, 1 use in dorp",
        "outcomes|0.00|average rating 3.0 of 5 over 1 rated use",
        "used-elsewhere|0.50|2 other gemeenten, in other wijk types than dorp");
  }

  @Test
  void everyScoreIsTheSumOfItsReasons() {
    for (Situation s : List.of(KRIMP, GROEI, DORP_ENERGIE)) {
      for (String tenant : List.of(WIJCHEN, BERG_EN_DAL, DOESBURG, BEUNINGEN, DUIVEN)) {
        for (Recommendation r : MethodRanking.rank(s, tenant, KOFFER)) {
          assertSumOfReasons(r);
        }
      }
    }
  }

  @Test
  void ownGemeentesUsesDoNotCountAsOtherGemeenten() {
    MethodProfile onlyDuiven =
        new MethodProfile(
            "m-buurtkamer",
            "Buurtkamer",
            EvidenceLevel.GOED_BESCHREVEN,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            null,
            List.of(use(DUIVEN, KRIMPWIJK, 5), use(DUIVEN, KRIMPWIJK, 5), use(DUIVEN, DORP, 5)));

    // Asked by Duiven itself: its own successes add nothing.
    Recommendation own = MethodRanking.rank(KRIMP, DUIVEN, List.of(onlyDuiven)).get(0);
    assertEquals(new BigDecimal("3.50"), own.score());
    assertReasons(own, "wijktype|3.00|vergrijsde-krimpwijk", "evidence|0.50|Goed beschreven");

    // Asked by Wijchen: Duiven is another gemeente.
    Recommendation other = MethodRanking.rank(KRIMP, WIJCHEN, List.of(onlyDuiven)).get(0);
    assertEquals(new BigDecimal("5.00"), other.score());
    assertReasons(
        other,
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|0.50|Goed beschreven",
        "used-in-similar-wijken|0.50|1 other gemeente, 2 uses in vergrijsde-krimpwijk",
        "outcomes|1.00|average rating 5.0 of 5 over 2 rated uses");

    // Voorzorgcirkels: Duiven's own poor rating (1) is left out of the average when Duiven asks.
    Recommendation vzc = MethodRanking.rank(KRIMP, DUIVEN, List.of(VOORZORGCIRKELS)).get(0);
    assertTrue(
        reasonStrings(vzc).contains("outcomes|0.75|average rating 4.5 of 5 over 2 rated uses"));
    // ... and included when Wijchen asks: (5 + 1) / 2 = 3 → 0; similar: Berg en Dal and Duiven.
    Recommendation vzcW = MethodRanking.rank(KRIMP, WIJCHEN, List.of(VOORZORGCIRKELS)).get(0);
    assertTrue(
        reasonStrings(vzcW).contains("outcomes|0.00|average rating 3.0 of 5 over 2 rated uses"));
    assertEquals(new BigDecimal("10.25"), vzcW.score());
  }

  @Test
  void poorRatingsLowerTheRank() {
    // Three otherwise equal methods; names chosen so alphabetical order would be the reverse.
    List<MethodProfile> methods =
        List.of(
            rated("m-a", "Aanpak Alfa", 1, 2), // average 1.5 → −0.75
            rated("m-b", "Aanpak Beta"), // not rated → no outcomes reason
            rated("m-c", "Aanpak Gamma", 4, 5)); // average 4.5 → +0.75
    List<Recommendation> ranked = MethodRanking.rank(KRIMP, DUIVEN, methods);
    // base: wijktype 3 + praktijk 0 + 2 other gemeenten in the same wijk type 1.00 = 4.00
    assertRanking(ranked, "Aanpak Gamma=4.75", "Aanpak Beta=4.00", "Aanpak Alfa=3.25");
    assertTrue(
        reasonStrings(ranked.get(2))
            .contains("outcomes|-0.75|average rating 1.5 of 5 over 2 rated uses"));
    assertTrue(codes(ranked.get(1)).stream().noneMatch("outcomes"::equals));

    // The worst possible average subtracts exactly 1; the best adds exactly 1.
    assertTrue(
        reasonStrings(MethodRanking.rank(KRIMP, DUIVEN, List.of(rated("m-d", "D", 1, 1))).get(0))
            .contains("outcomes|-1.00|average rating 1.0 of 5 over 2 rated uses"));
    assertTrue(
        reasonStrings(MethodRanking.rank(KRIMP, DUIVEN, List.of(rated("m-e", "E", 5, 5))).get(0))
            .contains("outcomes|1.00|average rating 5.0 of 5 over 2 rated uses"));
    // A third is rounded half-up to cents: (4 + 4 + 5) / 3 = 4.333… → 0.666… → 0.67.
    Recommendation third =
        MethodRanking.rank(KRIMP, DUIVEN, List.of(rated("m-f", "F", 4, 4, 5))).get(0);
    assertTrue(
        reasonStrings(third).contains("outcomes|0.67|average rating 4.3 of 5 over 3 rated uses"));
    assertSumOfReasons(third);
  }

  @Test
  void ratingsOutsideOneToFiveCountAsUnrated() {
    MethodProfile m =
        new MethodProfile(
            "m-x",
            "Ommetjes",
            EvidenceLevel.PRAKTIJK,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            null,
            List.of(use(WIJCHEN, KRIMPWIJK, 0), use(DOESBURG, KRIMPWIJK, 9)));
    Recommendation r = MethodRanking.rank(KRIMP, DUIVEN, List.of(m)).get(0);
    assertReasons(
        r,
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|0.00|Praktijkervaring",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in vergrijsde-krimpwijk");
  }

  @Test
  void usesAreCappedAndCountEachGemeenteOnce() {
    List<UseSummary> uses = new ArrayList<>();
    for (String t : List.of(WIJCHEN, BERG_EN_DAL, DOESBURG, BEUNINGEN, "t-extra-1", "t-extra-2")) {
      uses.add(use(t, KRIMPWIJK, null));
      uses.add(use(t, KRIMPWIJK, null)); // a second use by the same gemeente adds nothing
    }
    for (String t : List.of("t-a", "t-b", "t-c", "t-d", "t-e", "t-f", WIJCHEN)) {
      uses.add(use(t, GROEIWIJK, null)); // Wijchen already counts as similar
    }
    uses.add(use(null, KRIMPWIJK, 5)); // no gemeente: ignored
    MethodProfile m =
        new MethodProfile(
            "m-x", "Ommetjes", EvidenceLevel.PRAKTIJK, Set.of(KRIMPWIJK), null, null, null, uses);
    Recommendation r = MethodRanking.rank(KRIMP, DUIVEN, List.of(m)).get(0);
    assertReasons(
        r,
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|0.00|Praktijkervaring",
        "used-in-similar-wijken|2.00|6 other gemeenten, 12 uses in vergrijsde-krimpwijk",
        "used-elsewhere|1.00|6 other gemeenten, in other wijk types than vergrijsde-krimpwijk");
    assertEquals(new BigDecimal("6.00"), r.score());
  }

  @Test
  void harvestCitingTheCardAddsAQuarterPerItemUpToOne() {
    MethodProfile once = cited("m-h1", "Buurtgesprek", KRIMPWIJK, 1);
    MethodProfile often = cited("m-h9", "Wijkscan", KRIMPWIJK, 9);
    List<Recommendation> ranked = MethodRanking.rank(KRIMP, DUIVEN, List.of(once, often));
    assertReasons(
        ranked.get(0),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|0.00|Praktijkervaring",
        "harvest|1.00|9 harvest items cite it");
    assertReasons(
        ranked.get(1),
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|0.00|Praktijkervaring",
        "harvest|0.25|1 harvest item cites it");
    // Harvest grounds a fitting method; it does not make an unfitting one fit.
    MethodProfile unrelated = cited("m-h0", "Elders", GROEIWIJK, 20);
    assertEquals(List.of(), MethodRanking.rank(KRIMP, DUIVEN, List.of(unrelated)));
  }

  private static MethodProfile cited(String id, String name, String wijktype, int harvest) {
    return new MethodProfile(
        id, name, EvidenceLevel.PRAKTIJK, Set.of(wijktype), null, null, null, null, harvest);
  }

  @Test
  void withoutAWijkTypeEveryOtherUseCountsAsElsewhere() {
    Situation noWijk = new Situation(null, List.of("eenzaamheid"), null, null);
    Recommendation r = MethodRanking.rank(noWijk, DUIVEN, List.of(VOORZORGCIRKELS)).get(0);
    // vraagstuk 2 + goed onderbouwd 1 + 3 other gemeenten × 0.25 (Duiven's own left out) = 3.75
    assertReasons(
        r,
        "vraagstuk|2.00|eenzaamheid",
        "evidence|1.00|Goed onderbouwd",
        "used-elsewhere|0.75|3 other gemeenten");
    assertEquals(new BigDecimal("3.75"), r.score());
  }

  @Test
  void capacityPenaltiesSayNeededVersusAvailable() {
    MethodProfile heavy =
        new MethodProfile(
            "m-wijkteam",
            "Integraal wijkteam",
            EvidenceLevel.GOED_ONDERBOUWD,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            prec("8.5", 3, "12500.50"),
            List.of());
    Situation tight = new Situation(KRIMPWIJK, List.of(), List.of(), cap("8", 2, "12500"));
    Recommendation r = MethodRanking.rank(tight, DUIVEN, List.of(heavy)).get(0);
    assertReasons(
        r,
        "wijktype|3.00|vergrijsde-krimpwijk",
        "evidence|1.00|Goed onderbouwd",
        "too-many-hours|-2.00|needs 8.5 h/week, 8 available",
        "too-many-people|-2.00|needs 3 people, 2 available",
        "over-budget|-2.00|needs a budget of €12500.5, €12500 available");
    assertEquals(new BigDecimal("-2.00"), r.score());

    // Exactly what is available is fine (8.50 h = 8.5 h, scale does not matter).
    Situation enough = new Situation(KRIMPWIJK, List.of(), List.of(), cap("8.50", 3, "12500.50"));
    Recommendation ok = MethodRanking.rank(enough, DUIVEN, List.of(heavy)).get(0);
    assertEquals(new BigDecimal("4.00"), ok.score());
    assertEquals(List.of("wijktype", "evidence"), codes(ok));

    // The penalty moves a method below a lighter one.
    MethodProfile light =
        new MethodProfile(
            "m-licht",
            "Buurtapp",
            EvidenceLevel.PRAKTIJK,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            prec("1", 1, "0"),
            List.of());
    assertRanking(
        MethodRanking.rank(tight, DUIVEN, List.of(heavy, light)),
        "Buurtapp=3.00",
        "Integraal wijkteam=-2.00");
    assertRanking(
        MethodRanking.rank(enough, DUIVEN, List.of(heavy, light)),
        "Integraal wijkteam=4.00",
        "Buurtapp=3.00");
  }

  @Test
  void unknownCapacityOrPreconditionHasNoEffect() {
    MethodProfile heavy =
        new MethodProfile(
            "m-wijkteam",
            "Integraal wijkteam",
            EvidenceLevel.GOED_ONDERBOUWD,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            prec("40", 12, "1000000"),
            List.of());
    MethodProfile unstated =
        new MethodProfile(
            "m-onbekend",
            "Buurtgesprek",
            EvidenceLevel.GOED_ONDERBOUWD,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of(),
            new Preconditions(null, null, null, "Een ruimte in de wijk"),
            List.of());
    for (Capacity c : new Capacity[] {null, new Capacity(null, null, null)}) {
      Situation s = new Situation(KRIMPWIJK, null, null, c);
      for (Recommendation r : MethodRanking.rank(s, DUIVEN, List.of(heavy, unstated))) {
        assertEquals(new BigDecimal("4.00"), r.score());
        assertEquals(List.of("wijktype", "evidence"), codes(r));
      }
    }
    // Only hours known: only hours can cost points.
    Situation hoursOnly = new Situation(KRIMPWIJK, null, null, cap("2", null, null));
    Recommendation r = MethodRanking.rank(hoursOnly, DUIVEN, List.of(heavy)).get(0);
    assertEquals(List.of("wijktype", "evidence", "too-many-hours"), codes(r));
    assertEquals(new BigDecimal("2.00"), r.score());
    // A method that states nothing is never penalised, however small the capacity.
    Situation tiny = new Situation(KRIMPWIJK, null, null, cap("0", 0, "0"));
    Recommendation u = MethodRanking.rank(tiny, DUIVEN, List.of(unstated)).get(0);
    assertEquals(List.of("wijktype", "evidence"), codes(u));
  }

  @Test
  void matchingIgnoresCaseAndSurroundingSpaces() {
    Situation shouting =
        new Situation(
            "  Vergrijsde-Krimpwijk ",
            List.of("EENZAAMHEID", " Langer Thuis Wonen\t", "eenzaamheid"), // repeat counts once
            List.of("Gezondheid "),
            cap("8", 2, "10000"));
    List<Recommendation> loud = MethodRanking.rank(shouting, DUIVEN, KOFFER);
    List<Recommendation> quiet = MethodRanking.rank(KRIMP, DUIVEN, KOFFER);
    assertEquals(scores(quiet), scores(loud));
    // The details use the member's own words, stripped.
    assertReasons(
        loud.get(0),
        "wijktype|3.00|Vergrijsde-Krimpwijk",
        "vraagstuk|4.00|EENZAAMHEID, Langer Thuis Wonen",
        "theme|1.00|Gezondheid",
        "evidence|1.00|Goed onderbouwd",
        "used-in-similar-wijken|1.00|2 other gemeenten, 2 uses in Vergrijsde-Krimpwijk",
        "outcomes|0.75|average rating 4.5 of 5 over 2 rated uses",
        "used-elsewhere|0.25|1 other gemeente, in other wijk types than Vergrijsde-Krimpwijk");

    // The method's side and the uses' wijk types are matched the same way.
    MethodProfile sloppy =
        new MethodProfile(
            "m-sloppy",
            "Voorzorgcirkels (oude kaart)",
            EvidenceLevel.GOED_ONDERBOUWD,
            Set.of(" VERGRIJSDE-krimpwijk"),
            Set.of("Eenzaamheid ", "LANGER THUIS WONEN"),
            Set.of("GEZONDHEID"),
            prec("4", 2, "5000"),
            List.of(
                use(WIJCHEN, "Vergrijsde-Krimpwijk", 4),
                use(BERG_EN_DAL, " vergrijsde-krimpwijk ", 5),
                use(DUIVEN, KRIMPWIJK, 1),
                use(DOESBURG, "DORP", null)));
    assertEquals(
        new BigDecimal("11.00"), MethodRanking.rank(KRIMP, DUIVEN, List.of(sloppy)).get(0).score());
  }

  @Test
  void tiesAreBrokenDeterministically() {
    // Same score, same evidence, same number of gemeenten: Dutch collation decides, ignoring
    // case and accents first (String order would put "ééndaags" last).
    MethodProfile a = plain("m-1", "Energiecafé");
    MethodProfile b = plain("m-2", "ééndaags buurtfeest");
    MethodProfile c = plain("m-3", "Eetclub 55+");
    MethodProfile d = plain("m-0", "eetclub 55+"); // differs from c only in case
    MethodProfile e = plain("m-9", "Energiecafé"); // same name as a: method id decides
    List<MethodProfile> all = new ArrayList<>(List.of(a, b, c, d, e));
    List<String> expected = null;
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(all, random);
      List<String> ids =
          MethodRanking.rank(KRIMP, DUIVEN, all).stream().map(Recommendation::methodId).toList();
      if (expected == null) {
        expected = ids;
      }
      assertEquals(expected, ids, "order must not depend on input order");
    }
    assertEquals("m-2", expected.get(0)); // ééndaags buurtfeest
    assertEquals(Set.of("m-0", "m-3"), Set.copyOf(expected.subList(1, 3))); // eetclub / Eetclub
    assertEquals(List.of("m-1", "m-9"), expected.subList(3, 5)); // Energiecafé ×2 by id

    // Evidence breaks a score tie before gemeenten, and gemeenten before the name.
    MethodProfile zEffectief =
        new MethodProfile(
            "m-z",
            "Zorgzame buurt",
            EvidenceLevel.EFFECTIEF,
            Set.of(KRIMPWIJK),
            null,
            null,
            null,
            null); // 3 + 1.5 = 4.50
    MethodProfile yUsed =
        new MethodProfile(
            "m-y",
            "Yoga in de wijk",
            EvidenceLevel.GOED_BESCHREVEN,
            Set.of(KRIMPWIJK),
            null,
            null,
            null,
            List.of(use(WIJCHEN, KRIMPWIJK, null), use(DOESBURG, KRIMPWIJK, null)));
    // 3 + 0.5 + 1.00 = 4.50, lower evidence than Zorgzame buurt
    MethodProfile aPlain =
        new MethodProfile(
            "m-a",
            "Aandachtsvelders",
            EvidenceLevel.GOED_BESCHREVEN,
            Set.of(KRIMPWIJK),
            Set.of(),
            Set.of("gezondheid"),
            null,
            null); // 3 + 1 + 0.5 = 4.50, no uses
    assertRanking(
        MethodRanking.rank(KRIMP, DUIVEN, List.of(aPlain, yUsed, zEffectief)),
        "Zorgzame buurt=4.50",
        "Yoga in de wijk=4.50",
        "Aandachtsvelders=4.50");
  }

  @Test
  void anEmptySituationIsRefused() {
    List<Situation> empty = new ArrayList<>();
    empty.add(null);
    empty.add(new Situation(null, null, null, null));
    empty.add(new Situation("", List.of(), List.of(), cap("8", 2, "10000"))); // capacity alone
    empty.add(new Situation("   ", List.of(" ", ""), List.of("\t"), null));
    for (Situation s : empty) {
      PortalException e =
          assertThrows(PortalException.class, () -> MethodRanking.rank(s, DUIVEN, KOFFER));
      assertEquals(KofferCode.SITUATION_EMPTY, e.refusals().get(0).code());
      assertEquals(TenantsException.Kind.INVALID, e.kind());
    }
    // Refused even with nothing to rank: the member must say what they are looking for.
    assertThrows(
        PortalException.class,
        () -> MethodRanking.rank(new Situation(null, null, null, null), DUIVEN, List.of()));
  }

  @Test
  void methodsWithoutAnyMatchAreLeftOut() {
    Situation s = new Situation(null, List.of("eenzaamheid"), List.of(), null);
    List<Recommendation> ranked = MethodRanking.rank(s, DUIVEN, KOFFER);
    // Only the methods listing eenzaamheid fit; high evidence and uses do not let others in.
    assertEquals(
        Set.of("Voorzorgcirkels", "Inloopspreekuur", "Wijkscan", "Buurtconciërges"),
        ranked.stream().map(Recommendation::name).collect(Collectors.toSet()));
    for (Situation sit : List.of(KRIMP, GROEI, DORP_ENERGIE)) {
      assertTrue(
          MethodRanking.rank(sit, DUIVEN, KOFFER).stream()
              .noneMatch(r -> r.methodId().equals(DESTEP.methodId())));
    }
    // A situation nothing fits gives an empty list, not an error.
    Situation nothing =
        new Situation("binnenstad", List.of("parkeerdruk"), List.of("mobiliteit"), null);
    assertTrue(MethodRanking.rank(nothing, DUIVEN, KOFFER).isEmpty());
    assertTrue(MethodRanking.rank(KRIMP, DUIVEN, List.of()).isEmpty());
    assertTrue(MethodRanking.rank(KRIMP, DUIVEN, null).isEmpty());
  }

  @Test
  void maxKeepsTheBest() {
    assertRanking(
        MethodRanking.rank(KRIMP, DUIVEN, KOFFER, 2),
        "Voorzorgcirkels=11.00",
        "Sociale kaart=6.00");
    assertEquals(5, MethodRanking.rank(KRIMP, DUIVEN, KOFFER, 100).size());
    assertThrows(PortalException.class, () -> MethodRanking.rank(KRIMP, DUIVEN, KOFFER, 0));
  }

  @Test
  void resultIsImmutable() {
    List<Recommendation> ranked = MethodRanking.rank(KRIMP, DUIVEN, KOFFER);
    assertThrows(UnsupportedOperationException.class, () -> ranked.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> ranked.get(0).reasons().clear());
  }

  // --- Property test ----------------------------------------------------------------------------

  static final String[] WIJKTYPES = {KRIMPWIJK, GROEIWIJK, DORP, "binnenstad", "naoorlogse-wijk"};
  static final String[] VRAAGSTUKKEN = {
    "eenzaamheid",
    "langer thuis wonen",
    "leefbaarheid openbare ruimte",
    "energiearmoede",
    "armoede",
    "schulden",
    "overlast",
    "jeugd"
  };
  static final String[] THEMES = {"gezondheid", "leefbaarheid", "energietransitie"};
  static final String[] TENANTS = {WIJCHEN, BERG_EN_DAL, DOESBURG, BEUNINGEN, DUIVEN};

  @Test
  void randomSituationsKeepTheInvariants() {
    Random random = new Random(20240401L);
    for (int round = 0; round < 400; round++) {
      List<MethodProfile> methods = new ArrayList<>();
      int n = random.nextInt(15);
      for (int i = 0; i < n; i++) {
        methods.add(randomProfile(random, i));
      }
      Situation situation = randomSituation(random);
      String asking = TENANTS[random.nextInt(TENANTS.length)];
      String context = "round " + round;

      List<Recommendation> ranked = MethodRanking.rank(situation, asking, methods);

      Map<String, MethodProfile> byId = new HashMap<>();
      for (MethodProfile m : methods) {
        byId.put(m.methodId(), m);
      }
      Set<String> seen = new HashSet<>();
      BigDecimal previous = null;
      for (Recommendation r : ranked) {
        // score == sum of reasons, scale 2
        assertSumOfReasons(r);
        assertEquals(2, r.score().scale(), context);
        // result ⊆ input, each at most once
        MethodProfile m = byId.get(r.methodId());
        assertNotNull(m, context);
        assertEquals(m.name(), r.name(), context);
        assertTrue(seen.add(r.methodId()), context);
        // it fits, and says why
        assertTrue(fits(situation, m), context);
        assertTrue(
            r.reasons().stream()
                .anyMatch(x -> Set.of("wijktype", "vraagstuk", "theme").contains(x.code().key())),
            context);
        // non-increasing in score
        if (previous != null) {
          assertTrue(previous.compareTo(r.score()) >= 0, context);
        }
        previous = r.score();
      }
      // every fitting method is there
      long fitting = methods.stream().filter(m -> fits(situation, m)).count();
      assertEquals(fitting, ranked.size(), context);

      // the asking gemeente's own uses change nothing
      List<MethodProfile> withoutOwn = methods.stream().map(m -> withoutUsesOf(m, asking)).toList();
      assertEquals(ranked, MethodRanking.rank(situation, asking, withoutOwn), context);

      // input order changes nothing
      List<MethodProfile> shuffled = new ArrayList<>(methods);
      Collections.shuffle(shuffled, random);
      assertEquals(ranked, MethodRanking.rank(situation, asking, shuffled), context);
    }
  }

  static MethodProfile randomProfile(Random random, int i) {
    List<UseSummary> uses = new ArrayList<>();
    int u = random.nextInt(8);
    for (int k = 0; k < u; k++) {
      uses.add(
          use(
              TENANTS[random.nextInt(TENANTS.length)],
              random.nextInt(6) == 0 ? null : vary(random, pick(random, WIJKTYPES)),
              random.nextInt(3) == 0 ? null : 1 + random.nextInt(5)));
    }
    Preconditions p =
        random.nextBoolean()
            ? null
            : new Preconditions(
                random.nextBoolean() ? null : Hours.of(BigDecimal.valueOf(random.nextInt(33), 1)),
                random.nextBoolean() ? null : random.nextInt(6),
                random.nextBoolean() ? null : Money.euros(random.nextInt(50) * 1000L),
                null);
    return new MethodProfile(
        "m-" + i,
        "Methode " + (char) ('A' + random.nextInt(26)) + i,
        EvidenceLevel.values()[random.nextInt(EvidenceLevel.values().length)],
        someOf(random, WIJKTYPES),
        someOf(random, VRAAGSTUKKEN),
        someOf(random, THEMES),
        p,
        uses);
  }

  static Situation randomSituation(Random random) {
    while (true) {
      String wijk = random.nextBoolean() ? vary(random, pick(random, WIJKTYPES)) : null;
      List<String> vraagstukken =
          someOf(random, VRAAGSTUKKEN).stream().map(v -> vary(random, v)).toList();
      List<String> themes = someOf(random, THEMES).stream().map(t -> vary(random, t)).toList();
      if (wijk != null || !vraagstukken.isEmpty() || !themes.isEmpty()) {
        Capacity c =
            random.nextBoolean()
                ? null
                : new Capacity(
                    random.nextBoolean() ? null : Hours.of(random.nextInt(25)),
                    random.nextBoolean() ? null : random.nextInt(5),
                    random.nextBoolean() ? null : Money.euros(random.nextInt(40) * 1000L));
        return new Situation(wijk, vraagstukken, themes, c);
      }
    }
  }

  /** The test's own, independent reading of "fits". */
  static boolean fits(Situation s, MethodProfile m) {
    Set<String> wijk = norm(m.wijktypes());
    Set<String> vraag = norm(m.vraagstukken());
    Set<String> theme = norm(m.themes());
    return (s.wijktype() != null && wijk.contains(norm(s.wijktype())))
        || s.vraagstukken().stream().anyMatch(v -> vraag.contains(norm(v)))
        || s.themes().stream().anyMatch(t -> theme.contains(norm(t)));
  }

  static MethodProfile withoutUsesOf(MethodProfile m, String tenant) {
    return new MethodProfile(
        m.methodId(),
        m.name(),
        m.evidence(),
        m.wijktypes(),
        m.vraagstukken(),
        m.themes(),
        m.preconditions(),
        m.uses().stream().filter(u -> !tenant.equals(u.tenantId())).toList());
  }

  static Set<String> norm(Set<String> words) {
    return words.stream().map(MethodRankingTest::norm).collect(Collectors.toSet());
  }

  static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  static String vary(Random random, String word) {
    return switch (random.nextInt(4)) {
      case 0 -> word.toUpperCase(Locale.ROOT);
      case 1 -> " " + word + " ";
      default -> word;
    };
  }

  static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  static Set<String> someOf(Random random, String[] words) {
    Set<String> result = new HashSet<>();
    for (String w : words) {
      if (random.nextInt(4) == 0) {
        result.add(w);
      }
    }
    return result;
  }

  // --- Helpers ----------------------------------------------------------------------------------

  static UseSummary use(String tenant, String wijktype, Integer rating) {
    return new UseSummary(tenant, wijktype, rating);
  }

  static Preconditions prec(String hours, Integer people, String budget) {
    return new Preconditions(
        hours == null ? null : Hours.of(new BigDecimal(hours)),
        people,
        budget == null ? null : Money.of(new BigDecimal(budget)),
        null);
  }

  static Capacity cap(String hours, Integer people, String budget) {
    return new Capacity(
        hours == null ? null : Hours.of(new BigDecimal(hours)),
        people,
        budget == null ? null : Money.of(new BigDecimal(budget)));
  }

  /** A krimpwijk method at praktijk level, used in krimpwijken by Wijchen and Doesburg. */
  static MethodProfile rated(String id, String name, Integer... ratings) {
    List<UseSummary> uses = new ArrayList<>();
    uses.add(use(WIJCHEN, KRIMPWIJK, null));
    uses.add(use(DOESBURG, KRIMPWIJK, null));
    for (int i = 0; i < ratings.length; i++) {
      uses.add(use(i % 2 == 0 ? WIJCHEN : DOESBURG, KRIMPWIJK, ratings[i]));
    }
    return new MethodProfile(
        id, name, EvidenceLevel.PRAKTIJK, Set.of(KRIMPWIJK), null, null, null, uses);
  }

  /** A krimpwijk method at praktijk level without uses: 3.00. */
  static MethodProfile plain(String id, String name) {
    return new MethodProfile(
        id, name, EvidenceLevel.PRAKTIJK, Set.of(KRIMPWIJK), null, null, null, null);
  }

  static void assertRanking(List<Recommendation> ranked, String... expected) {
    List<String> actual =
        ranked.stream().map(r -> r.name() + "=" + r.score().toPlainString()).toList();
    assertEquals(List.of(expected), actual);
    ranked.forEach(MethodRankingTest::assertSumOfReasons);
  }

  static void assertReasons(Recommendation r, String... expected) {
    assertEquals(List.of(expected), reasonStrings(r), r.name());
    assertSumOfReasons(r);
  }

  static List<String> reasonStrings(Recommendation r) {
    return r.reasons().stream()
        .map(x -> x.code().key() + "|" + x.points().toPlainString() + "|" + detail(x))
        .toList();
  }

  /**
   * A reason's typed arguments as one English line, so the examples above read as the rule: the
   * ranking itself carries no prose (the web layer words it from its bundles).
   */
  static String detail(Reason x) {
    Ranking.ReasonArgs a = x.args();
    String wijktype = a.words().isEmpty() ? null : a.words().get(0);
    return switch (x.code()) {
      case WIJKTYPE, VRAAGSTUK, THEME -> String.join(", ", a.words());
      case EVIDENCE -> a.evidence().label();
      case USED_IN_SIMILAR_WIJKEN ->
          gemeenten(a.gemeenten())
              + ", "
              + a.uses()
              + (a.uses() == 1 ? " use" : " uses")
              + " in "
              + wijktype;
      case OUTCOMES ->
          "average rating "
              + a.averageRating().toPlainString()
              + " of "
              + MethodRanking.MAX_RATING
              + " over "
              + a.uses()
              + (a.uses() == 1 ? " rated use" : " rated uses");
      case USED_ELSEWHERE ->
          gemeenten(a.gemeenten())
              + (wijktype == null ? "" : ", in other wijk types than " + wijktype);
      case TOO_MANY_HOURS ->
          "needs " + plain(a.needed()) + " h/week, " + plain(a.available()) + " available";
      case TOO_MANY_PEOPLE ->
          "needs "
              + plain(a.needed())
              + (a.needed().intValueExact() == 1 ? " person, " : " people, ")
              + plain(a.available())
              + " available";
      case OVER_BUDGET ->
          "needs a budget of €" + plain(a.needed()) + ", €" + plain(a.available()) + " available";
      case HARVEST ->
          a.uses() + (a.uses() == 1 ? " harvest item cites it" : " harvest items cite it");
    };
  }

  private static String gemeenten(int n) {
    return n + (n == 1 ? " other gemeente" : " other gemeenten");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static List<String> codes(Recommendation r) {
    return r.reasons().stream().map(x -> x.code().key()).toList();
  }

  static List<BigDecimal> scores(List<Recommendation> ranked) {
    return ranked.stream().map(Recommendation::score).toList();
  }

  static void assertSumOfReasons(Recommendation r) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Reason x : r.reasons()) {
      sum = sum.add(x.points());
    }
    assertEquals(0, sum.compareTo(r.score()), r.name() + ": " + sum + " vs " + r.score());
    assertEquals(sum.setScale(2), r.score(), r.name());
    assertFalse(r.reasons().isEmpty(), r.name());
  }
}
