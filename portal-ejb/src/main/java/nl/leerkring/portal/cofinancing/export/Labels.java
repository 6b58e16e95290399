package nl.leerkring.portal.cofinancing.export;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Dutch word an export prints for a value of one of the ledger's enums. One table ({@code
 * labels.properties}, keyed {@code <enum's simple name>.<constant>}) instead of a switch per enum,
 * so a new constant without a word fails {@code LabelsTest} rather than a customer's export.
 */
final class Labels {

  private static final ResourceBundle DUTCH =
      ResourceBundle.getBundle("nl.leerkring.portal.cofinancing.export.labels", Locale.ROOT);

  private Labels() {}

  static String of(Enum<?> value) {
    return DUTCH.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
