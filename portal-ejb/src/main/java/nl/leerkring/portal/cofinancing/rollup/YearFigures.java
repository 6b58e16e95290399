package nl.leerkring.portal.cofinancing.rollup;

import nl.leerkring.portal.cofinancing.Money;

/**
 * One gemeente's (or the circle's) cofinancing figures for one calendar year, or for all years
 * together when {@code year} is null. How each is computed is defined in the {@link
 * nl.leerkring.portal.cofinancing.rollup package documentation}.
 *
 * @param gap required − pledged (in kind + cash): positive is a shortfall, negative more pledged
 *     than required
 */
public record YearFigures(
    Integer year,
    Money planned,
    Money actual,
    Money subsidyAwarded,
    Money subsidyReceived,
    Money required,
    Money pledgedInKind,
    Money pledgedCash,
    Money realised,
    Money gap) {

  public Money pledged() {
    return pledgedInKind.plus(pledgedCash);
  }
}
