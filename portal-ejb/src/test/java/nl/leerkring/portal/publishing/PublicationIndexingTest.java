package nl.leerkring.portal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What search indexes of a kind's own content: words for readers, no ids, slugs or ISO days. */
class PublicationIndexingTest {

  @Test
  void aUseIsIndexedWithNamesAndDutchDaysNotIdsOrIsoDates() {
    String text =
        PublicationIndexing.wordsOf(
            "{\"methodId\":\"5f0c8a1e-3b7d-4c1a-9e2f-0a1b2c3d4e5f\",\"methodName\":\"Langer thuis"
                + " wonen\",\"wijk\":\"Duiven-Zuid\",\"wijktype\":\"dorp\",\"from\":\"2025-01-15\","
                + "\"until\":null,\"whatHappened\":\"Buren hielpen elkaar\",\"documents\":"
                + "[\"0a1b2c3d-3b7d-4c1a-9e2f-0a1b2c3d4e5f\"],\"related\":[\"langer-thuis-wonen\"]}");
    assertTrue(text.contains("Langer thuis wonen"), text);
    assertTrue(text.contains("15 januari 2025"), text);
    assertTrue(text.contains("Duiven-Zuid"), "a place name with a capital is not a slug: " + text);
    assertTrue(text.contains("Buren hielpen elkaar"), text);
    assertFalse(text.contains("2025-01-15"), text);
    assertFalse(text.contains("5f0c8a1e"), text);
    assertFalse(text.contains("0a1b2c3d"), text);
    assertFalse(text.contains("langer-thuis-wonen"), text);
  }

  @Test
  void somethingLikeADayThatIsNoneStaysAsItIs() {
    assertEquals("2025-13-45\n", PublicationIndexing.wordsOf("{\"note\":\"2025-13-45\"}"));
  }
}
