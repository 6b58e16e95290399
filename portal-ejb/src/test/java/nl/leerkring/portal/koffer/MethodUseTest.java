package nl.leerkring.portal.koffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** Editing a use of a method: over the version the editor read only, every wrong field at once. */
class MethodUseTest {

  private static UseDraft draft(String wijk, String happened, Integer rating) {
    return new UseDraft(
        wijk, "Dorp", LocalDate.of(2025, 1, 1), null, null, happened, null, null, rating, null);
  }

  @Test
  void anEditReplacesTheAccount() {
    MethodUse use = new MethodUse("m", "Methode", draft("Zuid", "Gedaan", 3), "jan");
    use.edit(draft("Noord", "Anders gedaan", 5), 0L);
    assertEquals("Noord", use.wijk());
    assertEquals("Anders gedaan", use.whatHappened());
    assertEquals(5, use.rating());
    assertEquals("dorp", use.wijktype());
    assertEquals("jan", use.createdBy(), "who recorded it stays");
  }

  @Test
  void anEditOverAnotherVersionIsRefusedAndChangesNothing() {
    MethodUse use = new MethodUse("m", "Methode", draft("Zuid", "Gedaan", 3), "jan");
    PortalException stale =
        assertThrows(PortalException.class, () -> use.edit(draft("Noord", "x", 3), 2L));
    assertEquals(TenantsException.Kind.CONFLICT, stale.kind());
    assertEquals(KofferCode.USE_CHANGED_MEANWHILE, stale.refusals().get(0).code());
    PortalException missing =
        assertThrows(PortalException.class, () -> use.edit(draft("Noord", "x", 3), null));
    assertEquals("version", missing.refusals().get(0).field());
    assertEquals("Zuid", use.wijk());
  }

  @Test
  void aRefusedEditNamesEveryWrongFieldAndChangesNothing() {
    MethodUse use = new MethodUse("m", "Methode", draft("Zuid", "Gedaan", 3), "jan");
    PortalException e = assertThrows(PortalException.class, () -> use.edit(draft(" ", " ", 9), 0L));
    assertEquals(
        List.of("wijk", "whatHappened", "rating"),
        e.refusals().stream().map(Refusal::field).toList());
    assertEquals("Zuid", use.wijk());
    assertEquals(3, use.rating());
  }
}
