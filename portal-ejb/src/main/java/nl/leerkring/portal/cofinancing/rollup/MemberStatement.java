package nl.leerkring.portal.cofinancing.rollup;

import java.util.List;
import java.util.Objects;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.LedgerCode;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;

/**
 * What one member gemeente submitted to its circle in accepted cofinancing statements, one ledger
 * per programme: the only view of a gemeente's money a coordinator gets. A gemeente's figures are
 * the sum of its programmes', each computed over its own period.
 *
 * @param gemeente the tenant's slug
 * @param name the gemeente's name, for people
 */
public record MemberStatement(String gemeente, String name, List<ProgrammeLedger> ledgers) {

  public MemberStatement {
    Objects.requireNonNull(gemeente, "A statement belongs to a gemeente.");
    if (ledgers == null || ledgers.isEmpty() || ledgers.stream().anyMatch(Objects::isNull)) {
      throw PortalException.invalid(LedgerCode.STATEMENT_WITHOUT_LEDGER, gemeente);
    }
    ledgers = List.copyOf(ledgers);
    name = name == null || name.isBlank() ? gemeente : name;
  }

  /** A gemeente with one programme. */
  public MemberStatement(String gemeente, String name, ProgrammeLedger ledger) {
    this(gemeente, name, ledger == null ? null : List.of(ledger));
  }
}
