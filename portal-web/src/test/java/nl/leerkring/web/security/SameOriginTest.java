package nl.leerkring.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  private static final String OWN = "https://portal.example";
  private final SameOrigin rule = new SameOrigin(List.of());

  @Test
  void aFormOfAnotherSiteIsForeign() {
    assertFalse(rule.admits("https://evil.example", null, OWN));
    assertFalse(rule.admits(null, "https://evil.example/attack.html", OWN));
  }

  @Test
  void thePortalsOwnPagesAreAdmitted() {
    assertTrue(rule.admits("https://portal.example", null, OWN));
    assertTrue(rule.admits(null, "https://portal.example/app/documents.xhtml?x=1", OWN));
    assertTrue(rule.admits("HTTPS://Portal.Example:443", null, "https://portal.example"));
    assertTrue(rule.admits("http://localhost:8080", null, "http://localhost:8080"));
  }

  @Test
  void originWinsOverReferer() {
    assertFalse(rule.admits("https://evil.example", "https://portal.example/app/", OWN));
  }

  @Test
  void noOriginAndNoRefererIsForeign() {
    assertFalse(rule.admits(null, null, OWN));
    assertFalse(rule.admits("", "", OWN));
  }

  @Test
  void theOpaqueNullOriginIsForeign() {
    // Sandboxed frames and data: pages send "Origin: null"; a Referer must not rescue them.
    assertFalse(rule.admits("null", "https://portal.example/", OWN));
  }

  @Test
  void anotherSchemeOrPortIsAnotherOrigin() {
    assertFalse(rule.admits("http://portal.example", null, OWN));
    assertFalse(rule.admits("https://portal.example:8443", null, OWN));
    assertFalse(rule.admits("https://portal.example.evil.example", null, OWN));
    assertFalse(rule.admits("https://evil.example", null, "https://evil.example.portal.example"));
  }

  @Test
  void configuredOriginsAreAdmittedToo() {
    SameOrigin withIntranet = new SameOrigin(List.of(" https://intranet.gemeente.example ", ""));
    assertTrue(withIntranet.admits("https://intranet.gemeente.example", null, OWN));
    assertFalse(withIntranet.admits("https://evil.example", null, OWN));
  }

  @Test
  void anUnknownOwnOriginAdmitsNothingButTheConfiguredOnes() {
    assertFalse(rule.admits("https://portal.example", null, null));
  }

  @Test
  void onlySafeMethodsChangeNothing() {
    for (String m : List.of("GET", "HEAD", "OPTIONS", "get")) {
      assertFalse(SameOrigin.changes(m), m);
    }
    for (String m : List.of("POST", "PUT", "PATCH", "DELETE", "PROPFIND")) {
      assertTrue(SameOrigin.changes(m), m);
    }
  }

  @Test
  void originsAreNormalised() {
    assertEquals("https://a.example:443", SameOrigin.originOf("https://A.example/x?y"));
    assertEquals("http://a.example:80", SameOrigin.originOf("http://a.example"));
    assertNull(SameOrigin.originOf("null"));
    assertNull(SameOrigin.originOf("file:///etc/passwd"));
    assertNull(SameOrigin.originOf("not an address"));
  }
}
