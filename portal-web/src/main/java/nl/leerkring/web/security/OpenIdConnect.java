package nl.leerkring.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.http.SimpleResponse;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Sign-in at an external OpenID provider: the authorization-code flow with PKCE ({@code S256}),
 * {@code state} and {@code nonce}. {@link PortalAuthentication} delegates to this class because
 * Jakarta Security 3 allows one mechanism per application, so the container's own OpenID mechanism
 * cannot sit beside ours. The provider only proves who someone is: the portal username is read from
 * one claim of the ID token ({@code portal.oidc.username-claim}) and the account must already exist
 * in the portal.
 *
 * <p>The flow: {@link #authorizationRedirect} keeps a pending sign-in (state, nonce, PKCE verifier,
 * redirect URI and the safe {@code next} target) in the HTTP session and returns the provider's
 * authorization URL; the provider sends the browser back to {@link #CALLBACK_PATH}, where {@link
 * #complete} takes that pending sign-in (once), exchanges the code at the token endpoint and
 * validates the ID token with jose4j (signature against the provider's JWKS, issuer, audience,
 * expiry, nonce; RS256 or ES256 only). Every refusal is an empty result and one WARNING line
 * without tokens or secrets. The caller signs the person in and changes the session id.
 *
 * <p>Configuration ({@code portal.oidc.*}): {@code enabled} (default {@code false}), {@code
 * provider-uri} (the issuer; required when enabled; its discovery document is fetched on first use
 * and kept), {@code client-id} (required when enabled), {@code client-secret} (none: a public
 * client), {@code redirect-uri} (default: this request's origin, context path and {@link
 * #CALLBACK_PATH}; set it behind a proxy), {@code scopes} (default {@code openid profile email};
 * {@code openid} is always asked) and {@code username-claim} (default {@code preferred_username}).
 *
 * <p>NOTE: thread-safe. The provider's metadata and ID-token consumer are built once, under a lock,
 * and then only read; a failed discovery is not kept, so the next sign-in tries again. Taking a
 * pending sign-in from a session happens under a lock, so a {@code state} is used at most once.
 */
@ApplicationScoped
public class OpenIdConnect {

  private static final Logger LOG = Logger.getLogger(OpenIdConnect.class.getName());

  /** Where the provider sends the browser back to, below the context path. */
  public static final String CALLBACK_PATH = "/oidc/callback";

  static final String SESSION_PENDING = "nl.leerkring.web.oidc.pending";
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** At most this many sign-ins wait in one session (several tabs); the oldest goes first. */
  static final int MAX_PENDING = 5;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A completed sign-in: the portal username and the local page to go to (or {@code null}). */
  public record Result(String username, String next) {}

  /** A sign-in started in this session, waiting for the provider's callback. */
  record Pending(String nonce, String verifier, String redirectUri, String next)
      implements Serializable {}

  /** What discovery told us, and the consumer that checks this provider's ID tokens. */
  private record Provider(
      String authorizationEndpoint, URI tokenEndpoint, boolean basicAuth, JwtConsumer idTokens) {}

  /** Why a sign-in is refused; the message is logged, so it never holds a token or secret. */
  private static final class Refused extends Exception {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  @Inject
  @ConfigProperty(name = "portal.oidc.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "portal.oidc.provider-uri")
  Optional<String> providerUri;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "portal.oidc.redirect-uri")
  Optional<String> redirectUri;

  @Inject
  @ConfigProperty(name = "portal.oidc.scopes", defaultValue = "openid profile email")
  String scopes;

  @Inject
  @ConfigProperty(name = "portal.oidc.username-claim", defaultValue = "preferred_username")
  String usernameClaim;

  private final Object providerLock = new Object();
  private final Object pendingLock = new Object();
  private volatile HttpClient http;
  private volatile Provider provider;

  /** Whether sign-in at the OpenID provider is switched on. */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Starts a sign-in: remembers it in the request's session (created if need be) and returns the
   * provider's authorization URL to redirect the browser to. The request parameter {@code next} is
   * kept only if it is a local path.
   *
   * @throws IllegalStateException when disabled, misconfigured or the provider cannot be reached
   */
  public String authorizationRedirect(HttpServletRequest request) {
    if (!enabled) {
      throw new IllegalStateException(
          "OpenID Connect sign-in is switched off (portal.oidc.enabled=false).");
    }
    Provider p;
    try {
      p = provider();
    } catch (Refused e) {
      throw new IllegalStateException(e.getMessage());
    }
    String state = random();
    Pending pending =
        new Pending(
            random(),
            random(),
            redirectUri.filter(s -> !s.isBlank()).orElseGet(() -> defaultRedirectUri(request)),
            safeNext(request.getParameter("next")));
    HttpSession session = request.getSession(true);
    synchronized (pendingLock) {
      LinkedHashMap<String, Pending> all = new LinkedHashMap<>(pendingIn(session));
      all.put(state, pending);
      while (all.size() > MAX_PENDING) {
        all.remove(all.keySet().iterator().next());
      }
      session.setAttribute(SESSION_PENDING, all);
    }
    return authorizationUrl(p.authorizationEndpoint(), state, pending);
  }

  /**
   * Completes a sign-in at the callback: the {@code state} must belong to a sign-in started in this
   * session (each is used once), the provider must not answer {@code error}, the code must be
   * exchanged and the ID token must be valid. Empty, with one logged line, otherwise.
   */
  public Optional<Result> complete(HttpServletRequest request) {
    try {
      if (!enabled) {
        throw new Refused("OpenID Connect sign-in is switched off");
      }
      Pending pending = take(request.getSession(false), request.getParameter("state"));
      String error = request.getParameter("error");
      if (error != null) {
        throw new Refused("the provider answered error=" + printable(error));
      }
      String code = request.getParameter("code");
      if (code == null || code.isBlank()) {
        throw new Refused("the callback has no code");
      }
      Provider p = provider();
      String idToken = exchange(p, code, pending);
      String username = username(p.idTokens().processToClaims(idToken), pending.nonce());
      return Optional.of(new Result(username, pending.next()));
    } catch (Refused | IllegalStateException e) {
      return refuse(e.getMessage());
    } catch (InvalidJwtException e) {
      return refuse("the ID token is invalid (" + JwtErrors.describe(e) + ")");
    } catch (MalformedClaimException e) {
      return refuse("the ID token has a malformed claim");
    } catch (IOException e) {
      return refuse("the token endpoint cannot be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return refuse("interrupted while calling the token endpoint");
    }
  }

  /** The portal username from validated claims, after checking the nonce and authorized party. */
  private String username(JwtClaims claims, String expectedNonce)
      throws MalformedClaimException, Refused {
    String nonce = claims.getStringClaimValue("nonce");
    if (nonce == null || !constantTimeEquals(nonce, expectedNonce)) {
      throw new Refused("the ID token's nonce does not match this sign-in");
    }
    String azp = claims.getStringClaimValue("azp");
    List<String> audience = claims.getAudience();
    if ((azp != null || audience.size() > 1) && !clientId().equals(azp)) {
      throw new Refused("the ID token's authorized party is not this client");
    }
    String value = claims.getStringClaimValue(usernameClaim);
    if (value == null || value.isBlank()) {
      throw new Refused("the ID token has no " + usernameClaim + " claim");
    }
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** The pending sign-in of this state, removed from the session so that it is used only once. */
  private Pending take(HttpSession session, String state) throws Refused {
    if (session == null || state == null) {
      throw new Refused("the callback has no session or no state");
    }
    synchronized (pendingLock) {
      Map<String, Pending> all = pendingIn(session);
      Pending pending = all.get(state);
      if (pending == null) {
        throw new Refused("the state is unknown or already used");
      }
      LinkedHashMap<String, Pending> rest = new LinkedHashMap<>(all);
      rest.remove(state);
      if (rest.isEmpty()) {
        session.removeAttribute(SESSION_PENDING);
      } else {
        session.setAttribute(SESSION_PENDING, rest);
      }
      return pending;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Pending> pendingIn(HttpSession session) {
    return session.getAttribute(SESSION_PENDING) instanceof Map<?, ?> map
        ? (Map<String, Pending>) map
        : Map.of();
  }

  /** The ID token for an authorization code, from the provider's token endpoint. */
  private String exchange(Provider p, String code, Pending pending)
      throws Refused, IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", pending.redirectUri());
    form.put("code_verifier", pending.verifier());
    HttpRequest.Builder post =
        HttpRequest.newBuilder(p.tokenEndpoint())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    Optional<String> secret = clientSecret.filter(s -> !s.isEmpty());
    if (secret.isPresent() && p.basicAuth()) {
      String pair = encode(clientId()) + ":" + encode(secret.get());
      post.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else {
      form.put("client_id", clientId());
      secret.ifPresent(s -> form.put("client_secret", s));
    }
    HttpResponse<String> response =
        http()
            .send(
                post.POST(HttpRequest.BodyPublishers.ofString(formOf(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    Map<String, Object> json = json(response.body(), "token response");
    if (response.statusCode() != 200) {
      throw new Refused(
          "the token endpoint answered HTTP "
              + response.statusCode()
              + (json.get("error") instanceof String error ? " " + printable(error) : ""));
    }
    if (!(json.get("id_token") instanceof String idToken) || idToken.isBlank()) {
      throw new Refused("the token response has no id_token");
    }
    return idToken;
  }

  /** The provider, discovered on first use. */
  private Provider provider() throws Refused {
    Provider p = provider;
    if (p == null) {
      synchronized (providerLock) {
        p = provider;
        if (p == null) {
          p = discover();
          provider = p;
        }
      }
    }
    return p;
  }

  private Provider discover() throws Refused {
    String issuer =
        providerUri
            .filter(s -> !s.isBlank())
            .map(String::strip)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "OpenID Connect is enabled but portal.oidc.provider-uri (the issuer) is"
                            + " not set."));
    clientId();
    URI location = URI.create(withoutSlash(issuer) + "/.well-known/openid-configuration");
    Map<String, Object> metadata;
    try {
      HttpResponse<String> response =
          http()
              .send(
                  HttpRequest.newBuilder(location)
                      .timeout(TIMEOUT)
                      .header("Accept", "application/json")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new Refused(
            "OpenID provider discovery at " + location + " answered HTTP " + response.statusCode());
      }
      metadata = json(response.body(), "discovery document at " + location);
    } catch (IOException e) {
      throw new Refused(
          "OpenID provider discovery at " + location + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("interrupted during OpenID provider discovery at " + location);
    }
    String discovered = text(metadata, "issuer", location);
    if (!withoutSlash(discovered).equals(withoutSlash(issuer))) {
      throw new Refused(
          "the discovery document at " + location + " names another issuer: " + discovered);
    }
    String authorization = text(metadata, "authorization_endpoint", location);
    URI token = URI.create(text(metadata, "token_endpoint", location));
    String jwksUri = text(metadata, "jwks_uri", location);
    boolean basicAuth =
        !(metadata.get("token_endpoint_auth_methods_supported") instanceof Collection<?> methods)
            || methods.contains("client_secret_basic")
            || !methods.contains("client_secret_post");

    HttpsJwks jwks = new HttpsJwks(jwksUri);
    jwks.setSimpleHttpGet(this::get);
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(60)
            .setExpectedIssuer(discovered)
            .setExpectedAudience(clientId())
            .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .build();
    LOG.info(() -> "OpenID provider discovered: " + discovered);
    return new Provider(authorization, token, basicAuth, consumer);
  }

  /** A GET for jose4j's JWKS cache, through our client (plain http works too, with timeouts). */
  private SimpleResponse get(String location) throws IOException {
    HttpResponse<String> response;
    try {
      response =
          http()
              .send(
                  HttpRequest.newBuilder(URI.create(location))
                      .timeout(TIMEOUT)
                      .header("Accept", "application/json")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while fetching " + location, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("The JWKS at " + location + " answered HTTP " + response.statusCode());
    }
    return new SimpleResponse() {
      @Override
      public int getStatusCode() {
        return response.statusCode();
      }

      @Override
      public String getStatusMessage() {
        return "";
      }

      @Override
      public Collection<String> getHeaderNames() {
        return response.headers().map().keySet();
      }

      @Override
      public List<String> getHeaderValues(String name) {
        return response.headers().allValues(name);
      }

      @Override
      public String getBody() {
        return response.body();
      }
    };
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (providerLock) {
        client = http;
        if (client == null) {
          client =
              HttpClient.newBuilder()
                  .connectTimeout(TIMEOUT)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
          http = client;
        }
      }
    }
    return client;
  }

  private String clientId() {
    return clientId
        .filter(s -> !s.isBlank())
        .map(String::strip)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "OpenID Connect is enabled but portal.oidc.client-id is not set."));
  }

  /** The authorization URL for a pending sign-in. */
  private String authorizationUrl(String endpoint, String state, Pending pending) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId());
    query.put("redirect_uri", pending.redirectUri());
    query.put("scope", scope());
    query.put("state", state);
    query.put("nonce", pending.nonce());
    query.put("code_challenge", challengeOf(pending.verifier()));
    query.put("code_challenge_method", "S256");
    return endpoint + (endpoint.contains("?") ? "&" : "?") + formOf(query);
  }

  /** The configured scopes, always with {@code openid}. */
  private String scope() {
    List<String> all = new ArrayList<>(List.of(scopes.strip().split("\\s+")));
    all.removeIf(String::isEmpty);
    if (!all.contains("openid")) {
      all.add(0, "openid");
    }
    return String.join(" ", all);
  }

  /** The PKCE {@code S256} challenge of a verifier (RFC 7636). */
  static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code next} if it is a path on this site, else {@code null}: no open redirect. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
      return null;
    }
    return next;
  }

  /** This request's origin and context path, then {@link #CALLBACK_PATH}. */
  static String defaultRedirectUri(HttpServletRequest request) {
    return defaultRedirectUri(
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        request.getContextPath());
  }

  static String defaultRedirectUri(String scheme, String host, int port, String contextPath) {
    String origin =
        scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
    boolean defaultPort =
        port <= 0
            || ("http".equalsIgnoreCase(scheme) && port == 80)
            || ("https".equalsIgnoreCase(scheme) && port == 443);
    return origin + (defaultPort ? "" : ":" + port) + contextPath + CALLBACK_PATH;
  }

  private static Optional<Result> refuse(String reason) {
    LOG.warning(() -> "OpenID Connect sign-in refused: " + reason);
    return Optional.empty();
  }

  private static Map<String, Object> json(String body, String what) throws Refused {
    try {
      return JsonUtil.parseJson(body);
    } catch (JoseException | RuntimeException e) {
      throw new Refused("the " + what + " is not JSON");
    }
  }

  private static String text(Map<String, Object> json, String name, URI location) throws Refused {
    if (json.get(name) instanceof String value && !value.isBlank()) {
      return value;
    }
    throw new Refused("the discovery document at " + location + " has no " + name);
  }

  private static String formOf(Map<String, String> parameters) {
    StringJoiner form = new StringJoiner("&");
    parameters.forEach((name, value) -> form.add(encode(name) + "=" + encode(value)));
    return form.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String withoutSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** A value from the request, safe for one log line. */
  private static String printable(String value) {
    String kept = value.replaceAll("[^A-Za-z0-9_.:-]", "?");
    return kept.length() > 60 ? kept.substring(0, 60) + "…" : kept;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
