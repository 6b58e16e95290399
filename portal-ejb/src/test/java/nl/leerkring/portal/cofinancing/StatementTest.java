package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** The decisions on a cofinancing statement, and who may take them. */
class StatementTest {

  private static Statement submittedBy(String username) {
    LedgerData data =
        new LedgerData(
            "programme-1",
            "Blijfwijk",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Statement("tenant-1", "circle-1", data, "{}", username);
  }

  @Test
  void nobodyAcceptsTheirOwnStatement() {
    Statement s = submittedBy("lid-en-coordinator");
    PortalException refused =
        assertThrows(
            PortalException.class,
            () -> s.decide(Statement.Status.ACCEPTED, "lid-en-coordinator", null));
    assertEquals(Kind.FORBIDDEN, refused.kind());
    assertEquals(CofinancingCode.FOUR_EYES, refused.refusals().get(0).code());
    assertEquals(Statement.Status.SUBMITTED, s.status, "nothing changed");
  }

  @Test
  void anotherCoordinatorAccepts() {
    Statement s = submittedBy("lid-en-coordinator");
    s.decide(Statement.Status.ACCEPTED, "coordinator", null);
    assertEquals(Statement.Status.ACCEPTED, s.status);
    assertEquals("coordinator", s.decidedBy);
  }

  @Test
  void returningOnesOwnStatementIsAllowed() {
    Statement s = submittedBy("lid-en-coordinator");
    s.decide(Statement.Status.RETURNED, "lid-en-coordinator", "Nog niet af.");
    assertEquals(Statement.Status.RETURNED, s.status);
  }
}
