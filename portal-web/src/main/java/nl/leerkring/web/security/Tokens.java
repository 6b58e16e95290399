package nl.leerkring.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.leerkring.tenants.accounts.SignedIn;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies the portal's bearer tokens: RS256 JWTs with the MicroProfile JWT claims
 * ({@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti})
 * and the account's credential version ({@code cv}). Verifying a token proves only that the portal
 * issued it; whether it has ended since (a password or role change, a deactivation) is decided by
 * comparing its {@code cv} with the account's, in {@link PortalAuthentication}, on every request.
 *
 * <p>NOTE: thread-safe after start-up; the key pair is read (or made, once) in {@link #init()}.
 */
@ApplicationScoped
public class Tokens {

  private static final Logger LOG = Logger.getLogger(Tokens.class.getName());

  private static final int CLOCK_SKEW_SECONDS = 30;

  /** A verified token's caller and the credential version the token was issued under. */
  public record Caller(String username, Set<String> groups, long credentialVersion) {}

  static final String CREDENTIAL_VERSION = "cv";

  /** A freshly issued token. */
  public record Issued(String token, long expiresInSeconds) {}

  @Inject
  @ConfigProperty(name = "portal.jwt.issuer", defaultValue = "leerkring-portal")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.jwt.lifetime-minutes", defaultValue = "480")
  int lifetimeMinutes;

  @Inject
  @ConfigProperty(name = "portal.data-dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "portal.jwt.key-dir")
  Optional<String> keyDir;

  /**
   * Beyond this many tokens the cache of verified ones starts again from empty rather than grow.
   */
  static final int MAX_VERIFIED = 10_000;

  /**
   * A verified token's caller and when the token stops being valid (epoch seconds, skew included).
   */
  private record Verified(Caller caller, long validUntil) {}

  /**
   * Tokens already verified, so an API client's next request skips the signature check and claim
   * parsing (about a tenth of a search request's time). A token cannot change, so a cached answer
   * stays right until the token expires. NOTE: it says nothing about whether the token has ended:
   * that check follows every verification, cached or not.
   */
  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

  private KeyPair keys;
  private String keyId;
  private JwtConsumer consumer;

  @PostConstruct
  void init() {
    Path dir = Path.of(keyDir.orElse(Path.of(dataDir, "keys").toString()));
    keys = loadOrCreate(dir);
    keyId = fingerprint(keys.getPublic());
    consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(issuer)
            .setVerificationKey(keys.getPublic())
            .setJwsAlgorithmConstraints(
                org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
  }

  public Issued issue(SignedIn signedIn) {
    Viewer viewer = signedIn.viewer();
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setSubject(viewer.accountId());
    claims.setClaim("upn", viewer.username());
    claims.setStringListClaim(
        "groups", viewer.roles().stream().map(Role::label).sorted().collect(Collectors.toList()));
    claims.setClaim(CREDENTIAL_VERSION, signedIn.credentialVersion());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(lifetimeMinutes);
    claims.setJwtId(UUID.randomUUID().toString());
    return new Issued(sign(claims), lifetimeMinutes * 60L);
  }

  /** These claims, signed with the portal's key. */
  String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.getPrivate());
    jws.setKeyIdHeaderValue(keyId);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign a token.", e);
    }
  }

  /**
   * The caller of a valid token; empty for an invalid, expired or foreign one, and for one without
   * a credential version (issued before tokens could end).
   */
  public Optional<Caller> verify(String token) {
    Optional<Caller> known = remembered(token, Instant.now().getEpochSecond());
    if (known.isPresent()) {
      return known;
    }
    try {
      JwtClaims claims = consumer.processToClaims(token);
      String upn = claims.getStringClaimValue("upn");
      if (upn == null || !(claims.getClaimValue(CREDENTIAL_VERSION) instanceof Number cv)) {
        return Optional.empty();
      }
      List<String> groups =
          claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
      Caller caller = new Caller(upn, Set.copyOf(groups), cv.longValue());
      if (verified.size() >= MAX_VERIFIED) {
        verified.clear();
      }
      verified.put(
          token, new Verified(caller, claims.getExpirationTime().getValue() + CLOCK_SKEW_SECONDS));
      return Optional.of(caller);
    } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
      return Optional.empty();
    }
  }

  /** The caller of a token verified earlier that is still valid at {@code now} (epoch seconds). */
  Optional<Caller> remembered(String token, long now) {
    Verified known = verified.get(token);
    if (known == null) {
      return Optional.empty();
    }
    if (now >= known.validUntil()) {
      verified.remove(token);
      return Optional.empty();
    }
    return Optional.of(known.caller());
  }

  private static KeyPair loadOrCreate(Path dir) {
    Path privateFile = dir.resolve("jwt-private.pem");
    Path publicFile = dir.resolve("jwt-public.pem");
    try {
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
        return new KeyPair(publicKey, privateKey);
      }
      Files.createDirectories(dir);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
      writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
      LOG.info(() -> "Token signing key pair created in " + dir.toAbsolutePath());
      return pair;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the token keys in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The token keys in " + dir + " are not valid RSA keys.", e);
    }
  }

  private static byte[] readPem(Path file) throws IOException {
    String body =
        Files.readString(file, StandardCharsets.US_ASCII)
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static void writePem(Path file, String type, byte[] der) throws IOException {
    String pem =
        "-----BEGIN "
            + type
            + "-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END "
            + type
            + "-----\n";
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: rely on the directory's permissions.
    }
    Files.writeString(temp, pem, StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String fingerprint(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
