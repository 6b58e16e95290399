package nl.leerkring.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalTest {

  enum Sample implements Code {
    NOT_FOUND
  }

  @Test
  void aMissingIdAsArgumentStillMakesANotFoundRefusal() {
    TenantsException e = TenantsException.notFound(Sample.NOT_FOUND, (Object) null);
    assertEquals(TenantsException.Kind.NOT_FOUND, e.kind());
    assertEquals(Arrays.asList((Object) null), e.refusals().get(0).args());
  }

  @Test
  void theKeyIsTheEnumAndTheConstant() {
    assertEquals("Sample.NOT_FOUND", Sample.NOT_FOUND.key());
  }

  @Test
  void aRefusalWithoutReasonIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TenantsException(TenantsException.Kind.INVALID, java.util.List.of()));
  }
}
