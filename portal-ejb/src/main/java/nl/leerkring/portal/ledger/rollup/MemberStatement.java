package nl.leerkring.portal.ledger.rollup;

import java.util.Objects;
import nl.leerkring.portal.ledger.ProgrammeLedger;

/**
 * The ledger one member gemeente submitted to its circle in an accepted cofinancing statement: the
 * only view of a gemeente's money a coordinator gets.
 *
 * @param gemeente the tenant's slug
 * @param name the gemeente's name, for people
 */
public record MemberStatement(String gemeente, String name, ProgrammeLedger ledger) {

  public MemberStatement {
    Objects.requireNonNull(gemeente, "A statement belongs to a gemeente.");
    Objects.requireNonNull(ledger, "A statement holds a ledger.");
    name = name == null || name.isBlank() ? gemeente : name;
  }
}
