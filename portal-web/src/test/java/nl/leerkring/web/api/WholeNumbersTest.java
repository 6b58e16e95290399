package nl.leerkring.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.UseDraft;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** Whole-number fields of request bodies: out of range or fractional is refused, never wrapped. */
class WholeNumbersTest {

  private static String refused(String json, Class<?> type) {
    PortalException e =
        assertThrows(PortalException.class, () -> WholeNumbers.check(json, type), json);
    assertEquals(Kind.INVALID, e.kind());
    return e.getMessage();
  }

  @Test
  void aVersionOfTwentyDigitsIsRefusedNamingTheField() {
    // 2^64 + 1: JSON-P's longValue() makes it 1, a version an editor may well hold.
    String message =
        refused("{\"name\":\"x\",\"version\":18446744073709551617}", MethodDraft.class);
    assertTrue(message.contains("'version'"), message);
    assertTrue(message.contains("18446744073709551617"), message);
    refused("{\"version\":99999999999999999999}", MethodDraft.class);
    refused("{\"version\":-9223372036854775809}", MethodDraft.class);
  }

  @Test
  void anIntOutOfItsRangeOrAFractionIsRefused() {
    assertTrue(refused("{\"people\":4294967298}", MethodDraft.class).contains("'people'"));
    assertTrue(refused("{\"rating\":4.5}", UseDraft.class).contains("'rating'"));
    assertTrue(refused("{\"version\":1.5}", MethodDraft.class).contains("'version'"));
  }

  @Test
  void fieldsInsideListsAreNamedWithTheirPlace() {
    String message =
        refused(
            "{\"sources\":[{\"version\":1},{\"version\":18446744073709551617}]}", LedgerData.class);
    assertTrue(message.contains("'sources[1].version'"), message);
  }

  @Test
  void numbersThatFitPass() {
    assertDoesNotThrow(
        () ->
            WholeNumbers.check(
                "{\"version\":9223372036854775807,\"people\":2147483647,"
                    + "\"budget\":\"99999999999999999999.00\",\"hoursPerWeek\":1.5}",
                MethodDraft.class));
    assertDoesNotThrow(() -> WholeNumbers.check("{\"version\":1e3}", MethodDraft.class));
    assertDoesNotThrow(() -> WholeNumbers.check("{\"version\":null}", MethodDraft.class));
    assertDoesNotThrow(() -> WholeNumbers.check("{\"name\":", MethodDraft.class), "malformed");
    assertDoesNotThrow(
        () -> WholeNumbers.check("[".repeat(5_000), MethodDraft.class),
        "too deep for the parser: left to JSON-B, which answers 400");
  }
}
