package nl.leerkring.portal.cofinancing;

import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * A total as a document states it, kept beside the total the ledger computes; never used in place
 * of the computed one.
 *
 * @param subject what the total is of
 * @param subjectId the funding source or budget line meant, for {@link Subject#SOURCE_AWARD} and
 *     {@link Subject#LINE}; null otherwise
 * @param statedWhere where the number was found, for the person who checks it
 */
public record StatedTotal(Subject subject, String subjectId, Money amount, String statedWhere) {

  public enum Subject {
    /** The sum of all contributions (the cofinancing a council proposal lists). */
    CONTRIBUTIONS,
    /** The planned total of the current budget version. */
    BUDGET,
    /** The awarded amount of one funding source. */
    SOURCE_AWARD,
    /** The planned total of one budget line. */
    LINE
  }

  public StatedTotal {
    Objects.requireNonNull(subject, "A stated total needs a subject.");
    Objects.requireNonNull(amount, "A stated total needs an amount.");
    if ((subject == Subject.SOURCE_AWARD || subject == Subject.LINE) && subjectId == null) {
      throw PortalException.invalid(LedgerCode.STATED_TOTAL_NEEDS_SUBJECT, subject);
    }
  }
}
