package nl.leerkring.tenants.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

class SlugsTest {

  private static TenantsException refused(String slug) {
    TenantsException e =
        assertThrows(TenantsException.class, () -> Slugs.require("tenant", slug), slug);
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    return e;
  }

  @Test
  void lowerCaseWordsJoinedBySingleHyphensAreAccepted() {
    assertEquals("berg-en-dal", Slugs.require("tenant", "berg-en-dal"));
    assertEquals("leerkring-wdw", Slugs.require("circle", "leerkring-wdw"));
    assertEquals("gm0226", Slugs.require("tenant", "gm0226"));
  }

  @Test
  void twoToSixtyThreeCharactersAreAccepted() {
    assertEquals("ab", Slugs.require("tenant", "ab"));
    assertEquals("a".repeat(63), Slugs.require("tenant", "a".repeat(63)));
  }

  @Test
  void tooShortTooLongOrMissingSlugIsInvalid() {
    refused(null);
    refused("");
    refused("a");
    refused("a".repeat(64));
  }

  @Test
  void upperCaseSpacesAndOtherCharactersAreInvalid() {
    refused("Berg-en-Dal");
    refused("berg en dal");
    refused("berg_en_dal");
    refused("bérg");
    refused("berg.en.dal");
  }

  @Test
  void leadingTrailingOrDoubleHyphensAreInvalid() {
    refused("-berg");
    refused("berg-");
    refused("berg--dal");
  }

  @Test
  void messageNamesTheKindAndTheSlug() {
    TenantsException e =
        assertThrows(TenantsException.class, () -> Slugs.require("circle", "Leerkring WDW"));

    assertTrue(e.getMessage().contains("circle"), e.getMessage());
    assertTrue(e.getMessage().contains("'Leerkring WDW'"), e.getMessage());
  }
}
