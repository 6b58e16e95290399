package nl.leerkring.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLogTest {

  @Test
  void theProxysPlainIdIsKept() {
    assertEquals("3f2a9c0d1e", RequestLog.requestId("3f2a9c0d1e"));
  }

  @Test
  void aMissingOrHostileIdIsReplacedByANewOne() {
    for (String given : new String[] {null, "", "a b", "x]\n[req=forged", "é", "a".repeat(65)}) {
      String id = RequestLog.requestId(given);
      assertTrue(id.matches("[0-9a-f]{16}"), given + " gave " + id);
    }
    assertNotEquals(RequestLog.requestId(null), RequestLog.requestId(null));
  }

  @Test
  void theThreadNameCarriesIdAndTenant() {
    assertEquals(
        "http-thread-pool::http-listener(3) [req=ab12 tenant=duiven]",
        RequestLog.label("http-thread-pool::http-listener(3)", "ab12", "duiven"));
  }
}
