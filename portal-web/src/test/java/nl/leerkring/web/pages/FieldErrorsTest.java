package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The collector behind the error summary and the field messages, without Faces: messages are then
 * the bundle keys (with Faces, their words in the page's language; BrowserIT checks those).
 */
class FieldErrorsTest {

  enum TestCode implements Code {
    TITLE_REQUIRED,
    AMOUNT_TOO_HIGH,
    DATES_CROSSED
  }

  static final Map<String, String> LINE =
      FieldErrors.fields(
          "title", "ln-description",
          "lines[].amount", "periods:{0}:p-planned",
          "lines", "periods:0:p-start");

  @Test
  void aFieldMapsToItsInputAndIndicesFillTheInputsId() {
    assertEquals("ln-description", FieldErrors.input(LINE, "title"));
    assertEquals("periods:2:p-planned", FieldErrors.input(LINE, "lines[2].amount"));
    assertEquals("periods:0:p-start", FieldErrors.input(LINE, "lines[3].label"), "the list itself");
    assertNull(FieldErrors.input(LINE, "version"), "a field the form does not show");
    assertNull(FieldErrors.input(LINE, null), "a refusal of the request as a whole");
  }

  @Test
  void everyRefusalIsListedAndThoseWithAShownFieldStandBesideIt() {
    FieldErrors errors = new FieldErrors();
    errors.refused(
        PortalException.invalid(
            List.of(
                Refusal.onField("title", TestCode.TITLE_REQUIRED),
                Refusal.onField("lines[1].amount", TestCode.AMOUNT_TOO_HIGH),
                Refusal.of(TestCode.DATES_CROSSED))),
        LINE);

    List<FieldErrors.Entry> summary = errors.getSummary();
    assertEquals(3, summary.size());
    assertEquals("#ln-description", summary.get(0).href());
    assertEquals("#periods:1:p-planned", summary.get(1).href());
    assertNull(summary.get(2).href(), "no field: in the summary only");
    assertTrue(errors.isAny());
    assertEquals("true", errors.invalid("ln-description"));
    assertNull(errors.invalid("ln-code"));
    assertTrue(errors.message("periods:1:p-planned").contains("AMOUNT_TOO_HIGH"));
  }

  @Test
  void describedByJoinsTheHintAndTheErrorMessage() {
    FieldErrors errors = new FieldErrors();
    errors.add("e-steps", "Vul stappen in.");
    assertEquals("e-steps-hint e-steps-error", errors.describedBy("e-steps", "e-steps-hint"));
    assertEquals("e-steps-error", errors.describedBy("e-steps", ""));
    assertEquals("e-name-hint", errors.describedBy("e-name", "e-name-hint"));
    assertNull(errors.describedBy("e-name", null));
  }

  @Test
  void aBadDateAndAMissingTitleAreBothNotedAndTheBoundaryIsNotCalled() {
    FieldErrors errors = new FieldErrors();
    assertNull(errors.required("ms-title", "  ", "programme.milestone.title"));
    assertNull(errors.day("ms-due", "31-02-2025", "programme.milestone.due"));
    assertNull(errors.amount("pa-contribution", "1.234,567", "programme.partner.contribution"));
    AtomicBoolean called = new AtomicBoolean();
    assertFalse(errors.attempt(Map.of(), () -> called.getAndSet(true)));
    assertFalse(called.get(), "nothing is sent while something typed cannot be read");
    assertEquals(
        List.of("#ms-title", "#ms-due", "#pa-contribution"),
        errors.getSummary().stream().map(FieldErrors.Entry::href).toList());
    assertEquals("errors.amount.TOO_MANY_DECIMALS", errors.message("pa-contribution"));
  }

  @Test
  void numbersAndDatesReadAsPeopleTypeThem() {
    FieldErrors errors = new FieldErrors();
    assertEquals(LocalDate.of(2024, 4, 1), errors.day("d", "2024-04-01", "k"));
    assertEquals(LocalDate.of(2024, 4, 1), errors.day("d", "1-4-2024", "k"));
    assertEquals(0, new BigDecimal("8.5").compareTo(errors.decimal("h", "8,5", "k")));
    assertEquals(0, new BigDecimal("8.5").compareTo(errors.decimal("h", "8.5", "k")));
    assertEquals(0, new BigDecimal("1000.5").compareTo(errors.decimal("h", "1.000,5", "k")));
    assertEquals(0, new BigDecimal("5000").compareTo(errors.amountValue("b", "5.000", "k")));
    assertEquals("12.5", errors.hours("u", "12,5", "k"));
    assertEquals(3, errors.integer("n", " 3 ", "k"));
    assertNull(errors.integer("n", null, "k"));
    assertFalse(errors.isAny());
    assertNull(errors.integer("n", "drie", "k"));
    assertEquals("errors.wholeNumber", errors.message("n"));
  }

  @Test
  void aCallThatGoesThroughNotesNothing() {
    FieldErrors errors = new FieldErrors();
    assertTrue(errors.attempt(Map.of(), () -> "saved"));
    assertFalse(errors.isAny());
    assertTrue(errors.getNotices().isEmpty());
  }
}
