package nl.leerkring.portal.koffer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.leerkring.portal.setup.DemoKoffer;
import nl.leerkring.portal.setup.DemoKoffer.DemoMethod;
import nl.leerkring.portal.setup.DemoKoffer.DemoUse;
import org.junit.jupiter.api.Test;

/**
 * The demo koffer's resources: every card and use the first start writes must be accepted by the
 * koffer's own rules, and may only use the starting vocabulary of wijk types and vraagstukken.
 */
class DemoKofferContentTest {

  private static final List<DemoMethod> METHODS = DemoKoffer.methods();
  private static final List<DemoUse> USES = DemoKoffer.uses();

  /** The demo gemeenten in circle {@code leerkring-wdw}. */
  private static final Set<String> CIRCLE =
      Set.of("wijchen", "berg-en-dal", "doesburg", "beuningen", "duiven");

  private static final Set<String> LEVELS =
      Set.of("praktijk", "goed-beschreven", "goed-onderbouwd", "effectief");

  private static Set<String> vocabulary(String kind) {
    try (InputStream in =
        DemoKofferContentTest.class.getResourceAsStream("/db/migration/V6__koffer.sql")) {
      assertNotNull(in, "V6__koffer.sql on the classpath");
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Set<String> codes = new HashSet<>();
      Matcher m = Pattern.compile("'" + kind + "', '([^']+)'").matcher(sql);
      while (m.find()) {
        codes.add(m.group(1));
      }
      assertFalse(codes.isEmpty(), kind);
      return codes;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyCardPassesTheCardRulesWithKnownCodes() {
    assertTrue(METHODS.size() >= 12 && METHODS.size() <= 14, METHODS.size() + " demo cards");
    Set<String> wijktypes = vocabulary(Vocabularies.WIJKTYPE);
    Set<String> vraagstukken = vocabulary(Vocabularies.VRAAGSTUK);
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (DemoMethod m : METHODS) {
      String where = m.key() + ": ";
      assertTrue(keys.add(m.key()), where + "duplicate key");
      assertTrue(CIRCLE.contains(m.gemeente()), where + "gemeente " + m.gemeente());
      MethodDraft card = m.card();
      assertNotNull(card, where + "card");
      assertTrue(names.add(card.name()), where + "duplicate name");
      assertDoesNotThrow(() -> MethodCard.check(card), where + "card rules");
      assertDoesNotThrow(() -> MethodCard.check(m.revised(null)), where + "revised card rules");
      assertTrue(card.steps().size() >= 3 && card.steps().size() <= 7, where + "3–7 steps");
      assertFalse(card.workingElements().isEmpty(), where + "working elements");
      assertTrue(LEVELS.contains(card.evidence()), where + "evidence slug " + card.evidence());
      assertFalse(card.themes().isEmpty(), where + "themes");
      assertFalse(card.wijktypes().isEmpty(), where + "wijktypes");
      assertFalse(card.vraagstukken().isEmpty(), where + "vraagstukken");
      assertTrue(wijktypes.containsAll(card.wijktypes()), where + card.wijktypes());
      assertTrue(vraagstukken.containsAll(card.vraagstukken()), where + card.vraagstukken());
      assertTrue(card.materials().isEmpty(), where + "no materials: ids differ per database");
      assertTrue(card.contact().matches("[a-z]+@[a-z]+\\.example\\.nl"), where + card.contact());
      assertEquals(null, card.version(), where + "no version on a new card");
    }
    assertEquals(
        CIRCLE,
        METHODS.stream().map(DemoMethod::gemeente).collect(Collectors.toSet()),
        "every circle gemeente writes cards");
    assertTrue(
        METHODS.stream().map(m -> m.card().evidence()).distinct().count() >= 3,
        "the evidence levels vary");
  }

  @Test
  void oneCardGetsASecondVersion() {
    List<DemoMethod> revised = METHODS.stream().filter(m -> m.revision() != null).toList();
    assertEquals(1, revised.size(), "one card with a history");
    DemoMethod m = revised.get(0);
    assertNotEquals(m.card().steps(), m.revised(null).steps(), "the revision changes the steps");
    assertEquals(m.card().name(), m.revised(null).name(), "the card is found again by its name");
  }

  @Test
  void everyUseReferencesADemoCardAndPassesTheUseRules() {
    assertTrue(USES.size() >= 15 && USES.size() <= 25, USES.size() + " demo uses");
    Set<String> wijktypes = vocabulary(Vocabularies.WIJKTYPE);
    Map<String, DemoMethod> byKey = new HashMap<>();
    METHODS.forEach(m -> byKey.put(m.key(), m));
    Set<String> seen = new HashSet<>();
    for (DemoUse u : USES) {
      String where = u.method() + " in " + (u.use() == null ? "?" : u.use().wijk()) + ": ";
      DemoMethod m = byKey.get(u.method());
      assertNotNull(m, where + "no demo card '" + u.method() + "'");
      assertTrue(CIRCLE.contains(u.gemeente()), where + "gemeente " + u.gemeente());
      UseDraft d = u.use();
      assertDoesNotThrow(() -> new MethodUse("id", m.card().name(), d, "check"), where + "rules");
      assertTrue(
          seen.add(u.gemeente() + "|" + u.method() + "|" + d.wijk() + "|" + d.from()),
          where + "the demo finds a use again by gemeente, method, wijk and start");
      if (d.wijktype() != null) {
        assertTrue(wijktypes.contains(d.wijktype()), where + d.wijktype());
      }
      if (d.rating() != null) {
        assertTrue(d.rating() >= 1 && d.rating() <= 5, where + "rating " + d.rating());
      }
      assertInYears(where + "from", d.from());
      if (d.until() != null) {
        assertInYears(where + "until", d.until());
      }
      assertTrue(d.documents().isEmpty(), where + "no documents: ids differ per database");
    }
    long shared = USES.stream().filter(DemoUse::share).count();
    assertTrue(shared > USES.size() / 2 && shared < USES.size(), shared + " shared: most, not all");
    assertEquals(
        CIRCLE,
        USES.stream().map(DemoUse::gemeente).collect(Collectors.toSet()),
        "uses in every circle gemeente");
    assertEquals(
        byKey.keySet(),
        USES.stream().map(DemoUse::method).collect(Collectors.toSet()),
        "every card has a use");
  }

  private static void assertInYears(String what, LocalDate date) {
    assertNotNull(date, what);
    assertTrue(date.getYear() >= 2024 && date.getYear() <= 2026, what + " " + date);
  }
}
