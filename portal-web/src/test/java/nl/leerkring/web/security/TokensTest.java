package nl.leerkring.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.tenants.accounts.SignedIn;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

  @TempDir Path data;

  private final Tokens tokens = new Tokens();

  private final SignedIn duiven =
      new SignedIn(
          new Viewer(
              "acc-1",
              "duiven.lid",
              "Lid Duiven",
              new TenantId("t-duiven"),
              Set.of(Role.MEMBER),
              List.of()),
          7);

  @BeforeEach
  void start() {
    tokens.issuer = "leerkring-portal";
    tokens.lifetimeMinutes = 10;
    tokens.dataDir = data.toString();
    tokens.keyDir = Optional.empty();
    tokens.init();
  }

  @Test
  void aTokenIsVerifiedTheSameTheSecondTime() {
    String token = tokens.issue(duiven).token();
    Tokens.Caller expected = new Tokens.Caller("duiven.lid", Set.of("member"), 7);
    assertEquals(Optional.of(expected), tokens.verify(token));
    assertEquals(Optional.of(expected), tokens.verify(token), "from the cache");
  }

  @Test
  void aChangedTokenIsRefusedEvenWhenTheOriginalWasVerified() {
    String token = tokens.issue(duiven).token();
    assertTrue(tokens.verify(token).isPresent());
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertEquals(Optional.empty(), tokens.verify(forged));
    assertEquals(Optional.empty(), tokens.verify(token + "x"));
  }

  @Test
  void aRememberedTokenIsNotServedAfterItExpires() {
    String token = tokens.issue(duiven).token();
    assertTrue(tokens.verify(token).isPresent());
    long now = Instant.now().getEpochSecond();
    assertTrue(tokens.remembered(token, now).isPresent());
    long afterExpiry = now + 10 * 60 + 31; // lifetime plus the 30 s of allowed clock skew
    assertEquals(Optional.empty(), tokens.remembered(token, afterExpiry));
    assertEquals(Optional.empty(), tokens.remembered(token, now), "and it is forgotten");
  }

  @Test
  void anUnknownTokenIsNotRemembered() {
    assertEquals(
        Optional.empty(), tokens.remembered("eyJ.nothing.here", Instant.now().getEpochSecond()));
  }

  @Test
  void aTokenCarriesTheCredentialVersionItWasIssuedUnder() {
    SignedIn afterAChange = new SignedIn(duiven.viewer(), 8);
    assertEquals(7, tokens.verify(tokens.issue(duiven).token()).orElseThrow().credentialVersion());
    assertEquals(
        8, tokens.verify(tokens.issue(afterAChange).token()).orElseThrow().credentialVersion());
  }

  @Test
  void aTokenWithoutACredentialVersionIsRefused() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("leerkring-portal");
    claims.setSubject("acc-1");
    claims.setClaim("upn", "duiven.lid");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    String unversioned = tokens.sign(claims);
    assertEquals(Optional.empty(), tokens.verify(unversioned));

    claims.setClaim("cv", "7");
    assertEquals(Optional.empty(), tokens.verify(tokens.sign(claims)), "not a number");
    claims.setClaim("cv", 7);
    assertTrue(tokens.verify(tokens.sign(claims)).isPresent(), "the same claims with one");
  }
}
