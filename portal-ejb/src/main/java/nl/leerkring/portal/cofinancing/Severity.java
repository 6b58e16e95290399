package nl.leerkring.portal.cofinancing;

/** How much a {@link Check} matters. */
public enum Severity {
  /** Invalid input: nothing is saved until it is corrected. */
  ERROR,
  /** The numbers disagree: shown beside them, saved anyway (real documents are like this). */
  WARNING,
  /** Worth knowing, nothing wrong. */
  INFO
}
