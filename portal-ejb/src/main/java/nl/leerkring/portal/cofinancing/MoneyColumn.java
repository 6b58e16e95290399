package nl.leerkring.portal.cofinancing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores every {@link Money} attribute of an entity as an amount (NUMERIC(19,2)), so stored rows
 * hold the ledger's value type and not a bare {@code BigDecimal}. A stored value is read back
 * through {@link Money#of}: a row the ledger could not hold fails loudly instead of being rounded.
 */
@Converter(autoApply = true)
public class MoneyColumn implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money value) {
    return value == null ? null : value.amount();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal column) {
    return column == null ? null : Money.of(column);
  }
}
