package nl.leerkring.tenants.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import nl.leerkring.tenants.TenantsException;

/**
 * Hashes and verifies passwords with the runtime's PBKDF2 implementation, and states the password
 * rule.
 *
 * <p>NOTE: thread-safe once initialised; the hash format carries algorithm, iterations and salt, so
 * raising the iterations later still verifies older hashes.
 */
@ApplicationScoped
public class Passwords {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 200;
  private static final char[] ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  @Inject Pbkdf2PasswordHash hash;

  /** Verified against when the username is unknown, so both cases cost the same. */
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate(generate().toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  void spendDecoyTime(String password) {
    hash.verify(password.toCharArray(), decoy);
  }

  /** A random password of 20 characters without look-alikes (no 0/O, 1/l/I). */
  public static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }

  /** The password rule: 10 to 200 characters, not the username. */
  public static String requireAcceptable(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw TenantsException.invalidField(
          "password", AccountCode.PASSWORD_LENGTH, MIN_LENGTH, MAX_LENGTH);
    }
    if (username != null && password.equalsIgnoreCase(username)) {
      throw TenantsException.invalidField("password", AccountCode.PASSWORD_IS_USERNAME);
    }
    return password;
  }
}
