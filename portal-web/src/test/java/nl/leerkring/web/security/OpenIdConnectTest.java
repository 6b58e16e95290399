package nl.leerkring.web.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenIdConnectTest {

  private static final String CLIENT_ID = "leerkring-portal";
  private static final String CLIENT_SECRET = "s3cret+/ :with odd characters";
  private static final String CALLBACK = "http://portal.test:8080/portal/oidc/callback";

  private static RsaJsonWebKey providerKey;
  private static RsaJsonWebKey strangerKey;

  private FakeOpenIdProvider provider;
  private OpenIdConnect oidc;
  private FakeBrowser browser;
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Handler collector =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void keys() throws JoseException {
    providerKey = RsaJwkGenerator.generateJwk(2048);
    providerKey.setKeyId("provider-key");
    // The same key id: only the signature itself can give this one away.
    strangerKey = RsaJwkGenerator.generateJwk(2048);
    strangerKey.setKeyId("provider-key");
  }

  @BeforeEach
  void start() throws IOException {
    provider = new FakeOpenIdProvider(providerKey, CLIENT_ID, CLIENT_SECRET);
    oidc = configuredFor(provider.issuer);
    browser = new FakeBrowser();
    Logger.getLogger(OpenIdConnect.class.getName()).addHandler(collector);
  }

  @AfterEach
  void stop() {
    Logger.getLogger(OpenIdConnect.class.getName()).removeHandler(collector);
    provider.close();
  }

  @Test
  void redirectAsksForTheCodeFlowWithPkce() {
    String url = oidc.authorizationRedirect(browser.request(Map.of("next", "/programmes")));

    assertTrue(url.startsWith(provider.authorizationEndpoint() + "?"), url);
    Map<String, String> query = FakeOpenIdProvider.queryOf(url);
    OpenIdConnect.Pending pending = onlyPending();
    assertAll(
        () -> assertEquals("code", query.get("response_type")),
        () -> assertEquals(CLIENT_ID, query.get("client_id")),
        () -> assertEquals(CALLBACK, query.get("redirect_uri")),
        () -> assertEquals("openid profile email", query.get("scope")),
        () -> assertEquals("S256", query.get("code_challenge_method")),
        () -> assertEquals(s256(pending.verifier()), query.get("code_challenge")),
        () -> assertEquals(pending.nonce(), query.get("nonce")),
        () -> assertTrue(query.get("state").length() >= 43, "state has 256 random bits"),
        () -> assertTrue(pending.verifier().length() >= 43, "RFC 7636: 43 to 128 characters"),
        () -> assertNotEquals(query.get("state"), query.get("nonce")),
        () -> assertEquals("/programmes", pending.next()),
        () -> assertEquals(CALLBACK, pending.redirectUri()),
        () -> assertFalse(url.contains(pending.verifier()), "the verifier stays in the session"));
  }

  @Test
  void everySignInHasItsOwnStateNonceAndVerifier() {
    Map<String, String> first =
        FakeOpenIdProvider.queryOf(oidc.authorizationRedirect(browser.request(Map.of())));
    Map<String, String> second =
        FakeOpenIdProvider.queryOf(oidc.authorizationRedirect(browser.request(Map.of())));

    assertNotEquals(first.get("state"), second.get("state"));
    assertNotEquals(first.get("nonce"), second.get("nonce"));
    assertNotEquals(first.get("code_challenge"), second.get("code_challenge"));
  }

  @Test
  void signInYieldsTheUsernameAndTheLocalNextPage() {
    String url =
        oidc.authorizationRedirect(browser.request(Map.of("next", "/programmes/7?tab=plan")));
    Map<String, String> callback = provider.signIn(url, " Anna.de.Vries ");

    Optional<OpenIdConnect.Result> result = oidc.complete(browser.request(callback));

    assertEquals(
        Optional.of(new OpenIdConnect.Result("anna.de.vries", "/programmes/7?tab=plan")), result);
    assertEquals(List.of(), provider.tokenRefusals);
    assertEquals(List.of(), warnings);
    assertNull(browser.attribute(OpenIdConnect.SESSION_PENDING), "nothing left pending");
  }

  @Test
  void signInWithoutNextHasNone() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));

    Optional<OpenIdConnect.Result> result =
        oidc.complete(browser.request(provider.signIn(url, "anna")));

    assertEquals(Optional.of(new OpenIdConnect.Result("anna", null)), result);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "https://evil.example",
        "/\\evil.example",
        "javascript:alert(1)",
        "programmes",
        "/programmes\r\nSet-Cookie: x=1",
        ""
      })
  void anUnsafeNextIsDropped(String next) {
    String url = oidc.authorizationRedirect(browser.request(Map.of("next", next)));

    Optional<OpenIdConnect.Result> result =
        oidc.complete(browser.request(provider.signIn(url, "anna")));

    assertEquals(Optional.of(new OpenIdConnect.Result("anna", null)), result);
  }

  @Test
  void aForgedStateIsRefusedWithoutCallingTheProvider() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback = provider.signIn(url, "anna");
    Map<String, String> forged = new HashMap<>(callback);
    forged.put("state", "forged-state");

    assertRefused(oidc.complete(browser.request(forged)), callback.get("code"));
    assertEquals(0, provider.tokenRequests.get());

    // The genuine callback still completes: a forged one does not cancel a sign-in.
    assertEquals("anna", oidc.complete(browser.request(callback)).orElseThrow().username());
  }

  @Test
  void aStateIsUsedOnce() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback = provider.signIn(url, "anna");

    assertTrue(oidc.complete(browser.request(callback)).isPresent());
    assertRefused(oidc.complete(browser.request(callback)), callback.get("code"));
    assertEquals(1, provider.tokenRequests.get(), "the replay never reaches the provider");
  }

  @Test
  void aCallbackInAnotherSessionIsRefused() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback = provider.signIn(url, "mallory");

    FakeBrowser victim = new FakeBrowser();
    oidc.authorizationRedirect(victim.request(Map.of()));

    assertRefused(oidc.complete(victim.request(callback)), callback.get("code"));
    assertRefused(oidc.complete(new FakeBrowser().request(callback)), callback.get("code"));
    assertEquals(0, provider.tokenRequests.get());
  }

  @Test
  void twoTabsCanSignInAtTheSameTime() {
    String first = oidc.authorizationRedirect(browser.request(Map.of("next", "/one")));
    String second = oidc.authorizationRedirect(browser.request(Map.of("next", "/two")));

    assertEquals(
        "/two", oidc.complete(browser.request(provider.signIn(second, "anna"))).get().next());
    assertEquals(
        "/one", oidc.complete(browser.request(provider.signIn(first, "anna"))).get().next());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() {
    assertRefusedAfterExchange(claims -> {}, strangerKey, "signature_invalid");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertRefusedAfterExchange(
        claims -> claims.setAudience("another-client"), providerKey, "audience_invalid");
  }

  @Test
  void aTokenForSeveralAudiencesNeedsUsAsAuthorizedParty() {
    assertRefusedAfterExchange(
        claims -> {
          claims.setAudience(CLIENT_ID, "another-client");
          claims.setClaim("azp", "another-client");
        },
        providerKey,
        "authorized party");
  }

  @Test
  void aTokenWithAnotherNonceIsRefused() {
    assertRefusedAfterExchange(
        claims -> claims.setClaim("nonce", "another-nonce"), providerKey, "nonce");
  }

  @Test
  void aTokenWithoutNonceIsRefused() {
    assertRefusedAfterExchange(claims -> claims.unsetClaim("nonce"), providerKey, "nonce");
  }

  @Test
  void anExpiredTokenIsRefused() {
    long now = NumericDate.now().getValue();
    assertRefusedAfterExchange(
        claims -> {
          claims.setIssuedAt(NumericDate.fromSeconds(now - 900));
          claims.setExpirationTime(NumericDate.fromSeconds(now - 600));
        },
        providerKey,
        "expired");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertRefusedAfterExchange(
        claims -> claims.setIssuer("http://evil.example"), providerKey, "issuer_invalid");
  }

  @Test
  void aTokenWithoutSubjectOrIssuedAtIsRefused() {
    assertRefusedAfterExchange(claims -> claims.unsetClaim("sub"), providerKey, "subject_missing");
    assertRefusedAfterExchange(
        claims -> claims.unsetClaim("iat"), providerKey, "issued_at_missing");
  }

  @Test
  void aTokenSignedWithAnAlgorithmOutsideRs256AndEs256IsRefused() {
    provider.signingAlgorithm = AlgorithmIdentifiers.RSA_USING_SHA512;

    assertRefusedAfterExchange(claims -> {}, providerKey, "InvalidAlgorithmException");
  }

  @Test
  void aTokenWithoutTheUsernameClaimIsRefused() {
    assertRefusedAfterExchange(
        claims -> claims.unsetClaim("preferred_username"), providerKey, "no preferred_username");
  }

  @Test
  void theUsernameClaimIsConfigurable() {
    oidc.usernameClaim = "email";
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback =
        provider.signIn(
            url, "anna", claims -> claims.setClaim("email", "Anna@School.nl"), providerKey);

    assertEquals("anna@school.nl", oidc.complete(browser.request(callback)).get().username());
  }

  @Test
  void anErrorFromTheProviderIsRefusedAndUsesUpTheState() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    String state = FakeOpenIdProvider.queryOf(url).get("state");

    Optional<OpenIdConnect.Result> result =
        oidc.complete(browser.request(Map.of("state", state, "error", "access_denied")));

    assertTrue(warnings.get(0).getMessage().contains("error=access_denied"));
    assertRefused(result, state);
    assertEquals(0, provider.tokenRequests.get());
    assertNull(browser.attribute(OpenIdConnect.SESSION_PENDING));
  }

  @Test
  void aCallbackWithoutCodeIsRefused() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    String state = FakeOpenIdProvider.queryOf(url).get("state");

    assertRefused(oidc.complete(browser.request(Map.of("state", state))), state);
    assertEquals(0, provider.tokenRequests.get());
  }

  @Test
  void aWrongClientSecretIsRefused() {
    oidc.clientSecret = Optional.of("wrong-secret");
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback = provider.signIn(url, "anna");

    Optional<OpenIdConnect.Result> result = oidc.complete(browser.request(callback));

    String warning = warnings.get(0).getMessage();
    assertTrue(warning.contains("HTTP 401 invalid_client"), warning);
    assertFalse(warning.contains("wrong-secret"), warning);
    assertRefused(result, callback.get("code"));
  }

  @Test
  void theClientSecretGoesInBasicAuthenticationByDefault() {
    signInOnce();

    assertEquals(List.of("basic"), provider.clientAuthentications);
  }

  @Test
  void theClientSecretGoesInTheFormWhenTheProviderOnlyTakesThat() {
    provider.advertiseClientAuthentication("client_secret_post", "private_key_jwt");

    signInOnce();

    assertEquals(List.of("post"), provider.clientAuthentications);
  }

  @Test
  void discoveryAndKeysAreFetchedOnce() {
    signInOnce();
    signInOnce();

    assertEquals(1, provider.discoveryRequests.get());
    assertEquals(1, provider.jwksRequests.get());
  }

  @Test
  void aConfiguredRedirectUriIsUsed() {
    oidc.redirectUri = Optional.of("https://portal.example.nl/oidc/callback");
    String url = oidc.authorizationRedirect(browser.request(Map.of()));

    assertEquals(
        "https://portal.example.nl/oidc/callback",
        FakeOpenIdProvider.queryOf(url).get("redirect_uri"));
    assertTrue(oidc.complete(browser.request(provider.signIn(url, "anna"))).isPresent());
  }

  @Test
  void openidIsAlwaysAsked() {
    oidc.scopes = "profile  email";

    String url = oidc.authorizationRedirect(browser.request(Map.of()));

    assertEquals("openid profile email", FakeOpenIdProvider.queryOf(url).get("scope"));
  }

  @Test
  void theDefaultRedirectUriLeavesOutDefaultPorts() {
    assertEquals(
        "https://portal.example.nl/oidc/callback",
        OpenIdConnect.defaultRedirectUri("https", "portal.example.nl", 443, ""));
    assertEquals(
        "http://localhost:8080/portal/oidc/callback",
        OpenIdConnect.defaultRedirectUri("http", "localhost", 8080, "/portal"));
    assertEquals(
        "http://[::1]:8080/oidc/callback",
        OpenIdConnect.defaultRedirectUri("http", "::1", 8080, ""));
  }

  @Test
  void disabledIsOff() {
    OpenIdConnect off = new OpenIdConnect();
    off.enabled = false;

    assertFalse(off.enabled());
    assertTrue(oidc.enabled());
    assertThrows(
        IllegalStateException.class, () -> off.authorizationRedirect(browser.request(Map.of())));
    assertEquals(
        Optional.empty(), off.complete(browser.request(Map.of("state", "s", "code", "c"))));
    assertEquals(0, provider.discoveryRequests.get());
  }

  @Test
  void enabledWithoutProviderUriFailsClearly() {
    oidc.providerUri = Optional.empty();

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> oidc.authorizationRedirect(browser.request(Map.of())));
    assertTrue(failure.getMessage().contains("portal.oidc.provider-uri"), failure.getMessage());
  }

  @Test
  void anUnreachableProviderFailsClearlyAndIsTriedAgainLater() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    OpenIdConnect unreachable = configuredFor("http://127.0.0.1:" + closedPort + "/realms/x");

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> unreachable.authorizationRedirect(browser.request(Map.of())));
    assertTrue(failure.getMessage().contains("/.well-known/openid-configuration"));

    unreachable.providerUri = Optional.of(provider.issuer);
    assertTrue(
        unreachable
            .authorizationRedirect(browser.request(Map.of()))
            .startsWith(provider.authorizationEndpoint()));
  }

  private static OpenIdConnect configuredFor(String issuer) {
    OpenIdConnect oidc = new OpenIdConnect();
    oidc.enabled = true;
    oidc.providerUri = Optional.of(issuer);
    oidc.clientId = Optional.of(CLIENT_ID);
    oidc.clientSecret = Optional.of(CLIENT_SECRET);
    oidc.redirectUri = Optional.empty();
    oidc.scopes = "openid profile email";
    oidc.usernameClaim = "preferred_username";
    return oidc;
  }

  private void signInOnce() {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    assertTrue(oidc.complete(browser.request(provider.signIn(url, "anna"))).isPresent());
  }

  /** The code is exchanged, but the ID token (changed by {@code tweak}) fails validation. */
  private void assertRefusedAfterExchange(
      Consumer<JwtClaims> tweak, RsaJsonWebKey signer, String reason) {
    String url = oidc.authorizationRedirect(browser.request(Map.of()));
    Map<String, String> callback = provider.signIn(url, "anna", tweak, signer);
    int exchanged = provider.tokenRequests.get();

    Optional<OpenIdConnect.Result> result = oidc.complete(browser.request(callback));

    assertFalse(warnings.isEmpty(), "a warning is logged");
    String warning = warnings.get(0).getMessage();
    assertTrue(warning.contains(reason), () -> "expected '" + reason + "' in: " + warning);
    assertRefused(result, callback.get("code"));
    assertEquals(exchanged + 1, provider.tokenRequests.get());
    assertEquals(List.of(), provider.tokenRefusals, "the provider itself was satisfied");
  }

  /** Empty, with one WARNING line that gives away no secret, code or token. */
  private void assertRefused(Optional<OpenIdConnect.Result> result, String secretValue) {
    assertEquals(Optional.empty(), result);
    assertEquals(1, warnings.size(), () -> "one warning, not " + warnings.size());
    String message = warnings.get(0).getMessage();
    assertAll(
        () -> assertFalse(message.contains("\n"), message),
        () -> assertFalse(message.contains(secretValue), message),
        () -> assertFalse(message.contains(CLIENT_SECRET), message),
        () -> assertFalse(message.contains("eyJ"), "no JWT in the log: " + message));
    warnings.clear();
  }

  private OpenIdConnect.Pending onlyPending() {
    Map<?, ?> pending = (Map<?, ?>) browser.attribute(OpenIdConnect.SESSION_PENDING);
    assertEquals(1, pending.size());
    return (OpenIdConnect.Pending) pending.values().iterator().next();
  }

  private static String s256(String verifier) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
