package nl.leerkring.portal.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for text in a CSV cell, shared by every export. */
class CsvTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+31 6 1234",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        " =1",
        "＝HYPERLINK(\"http://x\")",
        "＋1",
        "－1",
        "＠SUM(A1)",
        "\u3000＝1"
      })
  void textStartingLikeAFormulaGetsASingleQuote(String value) {
    assertEquals("'" + value, CsvText.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Inzet eigen uren", "1-2-2024", "a=b", "a＝b", "'al gequote", ""})
  void otherTextIsLeftAlone(String value) {
    assertEquals(value, CsvText.of(value));
  }

  @Test
  void nullIsAnEmptyCell() {
    assertEquals("", CsvText.of(null));
  }
}
