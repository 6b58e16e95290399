package nl.leerkring.web.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * An OpenID provider on 127.0.0.1 for tests: discovery, a JWKS with one RSA key and a token
 * endpoint that checks the client, the code, the redirect URI and the PKCE verifier. The person's
 * sign-in at the provider is {@link #signIn}: it reads the authorization URL and answers with the
 * callback's parameters.
 *
 * <p>NOTE: one provider per test; the counters and grants are thread-safe because the JDK server
 * answers on its own thread.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

  final String clientId;
  final String clientSecret;
  final String issuer;
  final AtomicInteger discoveryRequests = new AtomicInteger();
  final AtomicInteger jwksRequests = new AtomicInteger();
  final AtomicInteger tokenRequests = new AtomicInteger();

  /** How each token request authenticated its client: {@code basic} or {@code post}. */
  final List<String> clientAuthentications = new CopyOnWriteArrayList<>();

  /** Why the token endpoint refused requests (empty in a happy test). */
  final List<String> tokenRefusals = new CopyOnWriteArrayList<>();

  private final RsaJsonWebKey key;
  private final HttpServer server;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  /** The {@code alg} of the ID tokens it signs. */
  volatile String signingAlgorithm = AlgorithmIdentifiers.RSA_USING_SHA256;

  private volatile List<String> authMethods = List.of("client_secret_basic", "client_secret_post");

  /** What the authorization step granted; redeemed once at the token endpoint. */
  private record Grant(
      String clientId,
      String redirectUri,
      String challenge,
      String nonce,
      String username,
      Consumer<JwtClaims> tweak,
      JsonWebKey signingKey) {}

  /**
   * Who signs in at the provider's own login step when a browser comes by (see {@link
   * #browserSignsInAs}).
   */
  private volatile String browserUser;

  FakeOpenIdProvider(RsaJsonWebKey key, String clientId, String clientSecret) throws IOException {
    this(key, clientId, clientSecret, 0);
  }

  /** A provider on a fixed port, for a portal configured in advance to use it. */
  public FakeOpenIdProvider(RsaJsonWebKey key, String clientId, String clientSecret, int port)
      throws IOException {
    this.key = key;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/leerkring";
    server.createContext("/realms/leerkring/.well-known/openid-configuration", this::discovery);
    server.createContext("/realms/leerkring/jwks", this::jwks);
    server.createContext("/realms/leerkring/token", this::token);
    server.createContext("/realms/leerkring/auth", this::authorize);
    server.start();
  }

  /**
   * From now on a browser sent to the authorization endpoint is signed in as {@code username} at
   * once.
   */
  public void browserSignsInAs(String username) {
    browserUser = username;
  }

  /**
   * The provider's login step for a real browser: consent is implied, the browser goes back with a
   * code.
   */
  private void authorize(HttpExchange exchange) throws IOException {
    String url = issuer + "/auth?" + exchange.getRequestURI().getRawQuery();
    String username = browserUser;
    if (username == null) {
      refuse(exchange, 400, "access_denied", "no browser user set");
      return;
    }
    Map<String, String> callback = signIn(url, username);
    String redirect = queryOf(url).get("redirect_uri");
    String location =
        redirect
            + (redirect.contains("?") ? "&" : "?")
            + "code="
            + java.net.URLEncoder.encode(callback.get("code"), StandardCharsets.UTF_8)
            + "&state="
            + java.net.URLEncoder.encode(callback.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  /** The client authentication methods the discovery document advertises. */
  void advertiseClientAuthentication(String... methods) {
    authMethods = List.of(methods);
  }

  String authorizationEndpoint() {
    return issuer + "/auth";
  }

  /** The person signs in as {@code username}; the answer is the callback's query parameters. */
  Map<String, String> signIn(String authorizationUrl, String username) {
    return signIn(authorizationUrl, username, claims -> {}, key);
  }

  /** As {@link #signIn(String, String)}, with the ID token changed and signed by {@code signer}. */
  Map<String, String> signIn(
      String authorizationUrl, String username, Consumer<JwtClaims> tweak, JsonWebKey signer) {
    if (!authorizationUrl.startsWith(authorizationEndpoint() + "?")) {
      throw new AssertionError("Not this provider's authorization endpoint: " + authorizationUrl);
    }
    Map<String, String> query = queryOf(authorizationUrl);
    if (!"code".equals(query.get("response_type"))
        || !"S256".equals(query.get("code_challenge_method"))) {
      throw new AssertionError("Not a PKCE code flow request: " + query);
    }
    String code = UUID.randomUUID().toString();
    grants.put(
        code,
        new Grant(
            query.get("client_id"),
            query.get("redirect_uri"),
            query.get("code_challenge"),
            query.get("nonce"),
            username,
            tweak,
            signer));
    return Map.of("state", query.get("state"), "code", code);
  }

  /** The query parameters of a URL, decoded. */
  static Map<String, String> queryOf(String url) {
    return formOf(URI.create(url).getRawQuery());
  }

  private void discovery(HttpExchange exchange) throws IOException {
    discoveryRequests.incrementAndGet();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer);
    metadata.put("authorization_endpoint", authorizationEndpoint());
    metadata.put("token_endpoint", issuer + "/token");
    metadata.put("jwks_uri", issuer + "/jwks");
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    metadata.put("token_endpoint_auth_methods_supported", authMethods);
    answer(exchange, 200, metadata);
  }

  private void jwks(HttpExchange exchange) throws IOException {
    jwksRequests.incrementAndGet();
    answer(
        exchange,
        200,
        Map.of("keys", List.of(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
  }

  private void token(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        refuse(exchange, 405, "invalid_request", "not a POST");
        return;
      }
      Map<String, String> form =
          formOf(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String id;
      String secret;
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization != null && authorization.startsWith("Basic ")) {
        String pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
        secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
        clientAuthentications.add("basic");
      } else {
        id = form.get("client_id");
        secret = form.get("client_secret");
        clientAuthentications.add("post");
      }
      if (!clientId.equals(id) || !clientSecret.equals(secret)) {
        refuse(exchange, 401, "invalid_client", "client " + id);
        return;
      }
      Grant grant = form.get("code") == null ? null : grants.remove(form.get("code"));
      if (!"authorization_code".equals(form.get("grant_type")) || grant == null) {
        refuse(exchange, 400, "invalid_grant", "unknown or used code");
        return;
      }
      if (!clientId.equals(grant.clientId())
          || !grant.redirectUri().equals(form.get("redirect_uri"))) {
        refuse(exchange, 400, "invalid_grant", "client or redirect_uri differs");
        return;
      }
      String verifier = form.get("code_verifier");
      if (verifier == null || !s256(verifier).equals(grant.challenge())) {
        refuse(exchange, 400, "invalid_grant", "PKCE verifier does not match");
        return;
      }
      answer(
          exchange,
          200,
          Map.of(
              "access_token",
              "access-" + UUID.randomUUID(),
              "token_type",
              "Bearer",
              "expires_in",
              300,
              "id_token",
              idToken(grant)));
    } catch (RuntimeException | JoseException e) {
      refuse(exchange, 500, "server_error", e.toString());
    }
  }

  private String idToken(Grant grant) throws JoseException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(clientId);
    claims.setSubject("subject-" + grant.username().strip().toLowerCase());
    claims.setClaim("preferred_username", grant.username());
    claims.setClaim("nonce", grant.nonce());
    claims.setIssuedAtToNow();
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 300));
    grant.tweak().accept(claims);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(((RsaJsonWebKey) grant.signingKey()).getPrivateKey());
    jws.setKeyIdHeaderValue(grant.signingKey().getKeyId());
    jws.setAlgorithmHeaderValue(signingAlgorithm);
    return jws.getCompactSerialization();
  }

  private void refuse(HttpExchange exchange, int status, String error, String why)
      throws IOException {
    tokenRefusals.add(error + ": " + why);
    answer(exchange, status, Map.of("error", error));
  }

  private static void answer(HttpExchange exchange, int status, Map<String, ?> json)
      throws IOException {
    byte[] body = JsonUtil.toJson(json).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> formOf(String encoded) {
    Map<String, String> form = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return form;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (form.put(
              URLDecoder.decode(name, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8))
          != null) {
        throw new AssertionError("Parameter given twice: " + name);
      }
    }
    return form;
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
