package nl.leerkring.portal.programmes;

/**
 * Fired inside the transaction that changes a programme's period or deletes it, so the ledger
 * (another package, which depends on this one and not the other way round) can refuse a period its
 * lines fall outside of, or remove its rows with the programme.
 */
public record ProgrammeChanged(String programmeId, boolean deleted) {}
