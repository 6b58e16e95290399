package nl.leerkring.tenants.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a link that works once (a password reset, an e-mail confirmation, an unsubscribe):
 * 32 random bytes, URL-safe. Only its SHA-256 is stored, so a copy of the database opens nothing.
 *
 * @param token the secret that goes into the link; shown or mailed once, never stored
 * @param hash what is stored and looked up
 */
public record OneTimeToken(String token, String hash) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new random token. */
  public static OneTimeToken create() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new OneTimeToken(token, hash(token));
  }

  /** The stored form of a token as it came back in a link; {@code null} for none or nonsense. */
  public static String hashOf(String token) {
    return token == null || token.isBlank() || token.length() > 100 ? null : hash(token.strip());
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
