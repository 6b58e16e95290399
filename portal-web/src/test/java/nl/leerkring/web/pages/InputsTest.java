package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading what people type: blank fields, lists, versions (numbers: FieldErrorsTest, AmountsTest).
 */
class InputsTest {

  @Test
  void listsSkipBlankEntries() {
    assertEquals(List.of("Werven", "Starten"), Inputs.lines("Werven\r\n\n  Starten  \n"));
    assertEquals(List.of("zorg", "wonen", "jeugd"), Inputs.commaList("zorg, wonen; ;jeugd"));
    assertEquals(List.of(), Inputs.lines(null));
  }

  @Test
  void anUnreadableVersionIsNoVersion() {
    assertEquals(7L, Inputs.version(" 7 "));
    assertNull(Inputs.version("zeven"));
    assertNull(Inputs.version(""));
    assertNull(Inputs.trimmed("   "));
  }
}
