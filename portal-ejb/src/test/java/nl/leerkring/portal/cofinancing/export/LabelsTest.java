package nl.leerkring.portal.cofinancing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.leerkring.portal.cofinancing.BudgetVersion;
import nl.leerkring.portal.cofinancing.CostCategory;
import nl.leerkring.portal.cofinancing.Severity;
import nl.leerkring.portal.cofinancing.SourceKind;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.portal.cofinancing.StatedTotal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

  static Stream<Class<? extends Enum<?>>> printedEnums() {
    return Stream.of(
        CostCategory.class,
        SourceKind.class,
        BudgetVersion.Kind.class,
        SourceStatus.class,
        StatedTotal.Subject.class,
        Severity.class);
  }

  @ParameterizedTest
  @MethodSource("printedEnums")
  void everyValueAnExportPrintsHasItsOwnDutchWord(Class<? extends Enum<?>> type) {
    Set<String> words = new HashSet<>();
    for (Enum<?> value : type.getEnumConstants()) {
      String word = Labels.of(value);
      assertFalse(word.isBlank(), value + " has no word");
      words.add(word);
    }
    assertEquals(type.getEnumConstants().length, words.size(), "two values share a word");
  }

  @Test
  void theWordsAreTheOnesTheLedgerSpreadsheetUses() {
    assertEquals("Specifieke uitkering (SPUK)", Labels.of(SourceKind.SPUK));
    assertEquals("Toegekend bedrag bron", Labels.of(StatedTotal.Subject.SOURCE_AWARD));
    assertEquals("Oorspronkelijk", Labels.of(BudgetVersion.Kind.ORIGINAL));
  }
}
