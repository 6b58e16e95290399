package nl.leerkring.portal.programmes;

import java.util.Objects;

/**
 * The id of a programme in a gemeente's workspace, as the programme, ledger and statement
 * boundaries take it; the REST paths and pages carry its {@link #value}.
 */
public record ProgrammeId(String value) {

  public ProgrammeId {
    Objects.requireNonNull(value, "A programme id is required.");
  }

  /** The id as a path or form sends it; null stays null (a page not yet told which programme). */
  public static ProgrammeId of(String value) {
    return value == null ? null : new ProgrammeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
