package nl.leerkring.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static ClientAddress trusting(String... proxies) {
    ClientAddress address = new ClientAddress();
    address.trustedProxies =
        proxies.length == 0 ? Optional.empty() : Optional.of(String.join(", ", proxies));
    return address;
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals("10.0.0.5", trusting().of("10.0.0.5", List.of("203.0.113.9")));
  }

  @Test
  void aTrustedProxyTellsTheClientsAddress() {
    assertEquals("203.0.113.9", trusting("10.0.0.5").of("10.0.0.5", List.of("203.0.113.9")));
  }

  @Test
  void aConnectionFromAnUntrustedAddressCannotClaimAnother() {
    assertEquals("198.51.100.7", trusting("10.0.0.5").of("198.51.100.7", List.of("10.0.0.9")));
  }

  @Test
  void whatTheClientWroteLeftOfItsOwnAddressIsIgnored() {
    // The client sent "X-Forwarded-For: 192.0.2.1"; nginx appended the address it saw.
    assertEquals(
        "203.0.113.9", trusting("10.0.0.5").of("10.0.0.5", List.of("192.0.2.1, 203.0.113.9")));
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    ClientAddress address = trusting("10.0.0.0/8");
    assertEquals(
        "203.0.113.9", address.of("10.0.0.5", List.of("192.0.2.1, 203.0.113.9", "10.1.2.3")));
    assertEquals(
        "10.1.2.3", address.of("10.0.0.5", List.of("10.1.2.3")), "only proxies: the first");
  }

  @Test
  void anEntryThatIsNoAddressEndsTheWalk() {
    assertEquals(
        "203.0.113.9",
        trusting("10.0.0.5", "10.0.0.6").of("10.0.0.5", List.of("evil.example, 203.0.113.9")));
    assertEquals("10.0.0.5", trusting("10.0.0.5").of("10.0.0.5", List.of("unknown")));
    assertEquals("10.0.0.5", trusting("10.0.0.5").of("10.0.0.5", List.of()));
  }

  @Test
  void ipv6ProxiesAndRangesAreTrustedToo() {
    assertEquals("203.0.113.9", trusting("::1").of("0:0:0:0:0:0:0:1", List.of("203.0.113.9")));
    assertEquals(
        "2001:db8:0:0:0:0:0:7",
        trusting("fd00::/8").of("fd12::1", List.of("2001:db8::7")),
        "written in the JDK's one form");
  }

  @Test
  void onlyLiteralsAreAddressesAndNoNameIsLookedUp() {
    assertTrue(ClientAddress.literal("203.0.113.9").isPresent());
    assertTrue(ClientAddress.literal("::1").isPresent());
    assertTrue(ClientAddress.literal("localhost").isEmpty());
    assertTrue(ClientAddress.literal("999.1.1.1").isEmpty());
    assertTrue(ClientAddress.literal("cafe").isEmpty());
    assertTrue(ClientAddress.literal(null).isEmpty());
  }

  @Test
  void aMisconfiguredProxyListFailsLoudly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> trusting("proxy.example").of("10.0.0.5", List.of("203.0.113.9")));
    assertThrows(
        IllegalArgumentException.class,
        () -> trusting("10.0.0.0/33").of("10.0.0.5", List.of("203.0.113.9")));
  }
}
