package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.leerkring.portal.cofinancing.ContributionForm;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.portal.programmes.Phase;
import org.junit.jupiter.api.Test;

/** A choice bound as its enum is written and read as the REST contract's lower-case code. */
class EnumCodesTest {

  @Test
  void aConstantIsItsLowerCaseCode() {
    assertEquals("in_kind", EnumCodes.code(ContributionForm.IN_KIND));
    assertEquals("kwartiermaken", EnumCodes.code(Phase.KWARTIERMAKEN));
    assertNull(EnumCodes.code(null));
  }

  @Test
  void aCodeInAnyCaseIsItsConstantAndAnUnknownOneTheFallback() {
    assertEquals(ContributionForm.IN_KIND, EnumCodes.of(ContributionForm.class, "in-kind", null));
    assertEquals(SourceStatus.AWARDED, EnumCodes.of(SourceStatus.class, " AWARDED ", null));
    assertEquals(
        SourceStatus.APPLIED, EnumCodes.of(SourceStatus.class, "granted", SourceStatus.APPLIED));
    assertEquals(Phase.ONDERZOEK, EnumCodes.of(Phase.class, null, Phase.ONDERZOEK));
  }
}
