package nl.leerkring.portal.cofinancing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores every {@link Hours} attribute of an entity as hours with two decimals, so stored rows hold
 * the ledger's value type and not a bare {@code BigDecimal}. A stored value is read back through
 * {@link Hours#of}: a row the ledger could not hold fails loudly instead of being rounded.
 */
@Converter(autoApply = true)
public class HoursColumn implements AttributeConverter<Hours, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Hours value) {
    return value == null ? null : value.value();
  }

  @Override
  public Hours convertToEntityAttribute(BigDecimal column) {
    return column == null ? null : Hours.of(column);
  }
}
