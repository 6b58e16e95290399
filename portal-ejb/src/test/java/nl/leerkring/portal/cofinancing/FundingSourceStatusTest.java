package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** A funding source's status: applied → awarded → established → reclaimed, one step at a time. */
class FundingSourceStatusTest {

  private static FundingSource saved(SourceStatus status) {
    FundingSource entry = new FundingSource("programme-1");
    entry.name = "Regiodeal GMR";
    entry.moveTo(status);
    return entry;
  }

  @Test
  void aNewSourceStartsInAnyStatus() {
    for (SourceStatus status : SourceStatus.values()) {
      assertEquals(status, saved(status).status);
    }
  }

  @Test
  void aSavedSourceStaysOrMovesOneStepOn() {
    FundingSource entry = saved(SourceStatus.APPLIED);
    entry.moveTo(SourceStatus.APPLIED);
    entry.moveTo(SourceStatus.AWARDED);
    entry.moveTo(SourceStatus.ESTABLISHED);
    entry.moveTo(SourceStatus.RECLAIMED);
    assertEquals(SourceStatus.RECLAIMED, entry.status);
  }

  @Test
  void aSourceNeverSkipsAStepNorGoesBackAndSaysSo() {
    FundingSource applied = saved(SourceStatus.APPLIED);
    PortalException skip =
        assertThrows(PortalException.class, () -> applied.moveTo(SourceStatus.ESTABLISHED));
    assertEquals(Kind.INVALID, skip.kind());
    assertEquals(
        java.util.List.of(
            Refusal.onField(
                "status",
                CofinancingCode.STATUS_STEP,
                SourceStatus.APPLIED,
                SourceStatus.ESTABLISHED)),
        skip.refusals());
    assertEquals(SourceStatus.APPLIED, applied.status, "a refused move changes nothing");
    FundingSource awarded = saved(SourceStatus.AWARDED);
    assertThrows(PortalException.class, () -> awarded.moveTo(SourceStatus.APPLIED));
  }
}
