package nl.leerkring.tenants.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

class SlugsTest {

  private static TenantsException refused(String slug) {
    TenantsException e =
        assertThrows(
            TenantsException.class,
            () -> Slugs.require(DirectoryCode.TENANT_SLUG_INVALID, slug),
            slug);
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    return e;
  }

  @Test
  void lowerCaseWordsJoinedBySingleHyphensAreAccepted() {
    assertEquals("berg-en-dal", Slugs.require(DirectoryCode.TENANT_SLUG_INVALID, "berg-en-dal"));
    assertEquals(
        "leerkring-wdw", Slugs.require(DirectoryCode.CIRCLE_SLUG_INVALID, "leerkring-wdw"));
    assertEquals("gm0226", Slugs.require(DirectoryCode.TENANT_SLUG_INVALID, "gm0226"));
  }

  @Test
  void twoToSixtyThreeCharactersAreAccepted() {
    assertEquals("ab", Slugs.require(DirectoryCode.TENANT_SLUG_INVALID, "ab"));
    assertEquals("a".repeat(63), Slugs.require(DirectoryCode.TENANT_SLUG_INVALID, "a".repeat(63)));
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
  void refusalNamesTheKindTheFieldAndTheSlug() {
    TenantsException e =
        assertThrows(
            TenantsException.class,
            () -> Slugs.require(DirectoryCode.CIRCLE_SLUG_INVALID, "Leerkring WDW"));

    assertEquals(DirectoryCode.CIRCLE_SLUG_INVALID, e.refusals().get(0).code());
    assertEquals("slug", e.refusals().get(0).field());
    assertEquals(java.util.List.of("Leerkring WDW"), e.refusals().get(0).args());
  }
}
