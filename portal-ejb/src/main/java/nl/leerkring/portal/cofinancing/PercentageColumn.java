package nl.leerkring.portal.cofinancing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores every {@link Percentage} attribute of an entity as a percentage (NUMERIC(7,4)), so stored
 * rows hold the ledger's value type and not a bare {@code BigDecimal}. A stored value is read back
 * through {@link Percentage#of}: a row the ledger could not hold fails loudly instead of being
 * rounded.
 */
@Converter(autoApply = true)
public class PercentageColumn implements AttributeConverter<Percentage, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Percentage value) {
    return value == null ? null : value.value();
  }

  @Override
  public Percentage convertToEntityAttribute(BigDecimal column) {
    return column == null ? null : Percentage.of(column);
  }
}
