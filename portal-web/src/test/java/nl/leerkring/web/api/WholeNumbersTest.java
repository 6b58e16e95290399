package nl.leerkring.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.UseDraft;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** Whole-number fields of request bodies: out of range or fractional is refused, never wrapped. */
class WholeNumbersTest {

  /** The fields refused, each with the code and the number as sent. */
  private static List<Refusal> refused(String json, Class<?> type) {
    PortalException e =
        assertThrows(PortalException.class, () -> WholeNumbers.check(json, type), json);
    assertEquals(Kind.INVALID, e.kind());
    e.refusals().forEach(r -> assertEquals(ApiCode.NOT_A_WHOLE_NUMBER, r.code()));
    return e.refusals();
  }

  private static List<String> fields(List<Refusal> refusals) {
    return refusals.stream().map(Refusal::field).toList();
  }

  @Test
  void aVersionOfTwentyDigitsIsRefusedNamingTheField() {
    // 2^64 + 1: JSON-P's longValue() makes it 1, a version an editor may well hold.
    List<Refusal> refused =
        refused("{\"name\":\"x\",\"version\":18446744073709551617}", MethodDraft.class);
    assertEquals(List.of("version"), fields(refused));
    assertEquals(
        List.of(Long.MIN_VALUE, Long.MAX_VALUE, "18446744073709551617"), refused.get(0).args());
    refused("{\"version\":99999999999999999999}", MethodDraft.class);
    refused("{\"version\":-9223372036854775809}", MethodDraft.class);
  }

  @Test
  void anIntOutOfItsRangeOrAFractionIsRefused() {
    assertEquals(List.of("people"), fields(refused("{\"people\":4294967298}", MethodDraft.class)));
    assertEquals(List.of("rating"), fields(refused("{\"rating\":4.5}", UseDraft.class)));
    assertEquals(List.of("version"), fields(refused("{\"version\":1.5}", MethodDraft.class)));
  }

  @Test
  void fieldsInsideListsAreNamedWithTheirPlace() {
    assertEquals(
        List.of("sources[1].version"),
        fields(
            refused(
                "{\"sources\":[{\"version\":1},{\"version\":18446744073709551617}]}",
                LedgerData.class)));
  }

  @Test
  void everyFieldThatDoesNotFitIsNamedAtOnce() {
    assertEquals(
        List.of("people", "version"),
        fields(
            refused("{\"version\":1.5,\"name\":\"x\",\"people\":4294967298}", MethodDraft.class)));
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
