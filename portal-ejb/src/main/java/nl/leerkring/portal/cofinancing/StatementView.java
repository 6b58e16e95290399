package nl.leerkring.portal.cofinancing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cofinancing statement as its gemeente and the circle's coordinators see it; {@code ledger} (the
 * frozen ledger with its totals and checks) only when one statement is asked for.
 */
public record StatementView(
    String id,
    String gemeente,
    String gemeenteName,
    String circle,
    String programme,
    String programmeName,
    LocalDate periodStart,
    LocalDate periodEnd,
    String status,
    Instant submittedAt,
    String submittedBy,
    Instant decidedAt,
    String decidedBy,
    String reason,
    LedgerView ledger) {}
