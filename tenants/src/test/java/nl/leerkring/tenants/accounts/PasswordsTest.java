package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PasswordsTest {

  private static void invalid(Executable executable) {
    assertEquals(
        TenantsException.Kind.INVALID, assertThrows(TenantsException.class, executable).kind());
  }

  @Test
  void passwordOfTenToTwoHundredCharactersIsAccepted() {
    assertEquals("0123456789", Passwords.requireAcceptable("anna", "0123456789"));
    assertEquals("x".repeat(200), Passwords.requireAcceptable("anna", "x".repeat(200)));
  }

  @Test
  void shortLongOrMissingPasswordIsInvalid() {
    invalid(() -> Passwords.requireAcceptable("anna", "123456789"));
    invalid(() -> Passwords.requireAcceptable("anna", "x".repeat(201)));
    invalid(() -> Passwords.requireAcceptable("anna", null));
  }

  @Test
  void passwordEqualToTheUsernameIsInvalidWhateverItsCase() {
    invalid(() -> Passwords.requireAcceptable("anna.de.vries", "anna.de.vries"));
    invalid(() -> Passwords.requireAcceptable("anna.de.vries", "Anna.De.Vries"));
  }

  @Test
  void passwordIsCheckedWithoutAUsername() {
    assertEquals("lang-genoeg", Passwords.requireAcceptable(null, "lang-genoeg"));
  }

  @Test
  void generatedPasswordHasTwentyCharactersWithoutLookAlikes() {
    for (int i = 0; i < 200; i++) {
      String password = Passwords.generate();

      assertEquals(20, password.length());
      assertTrue(password.matches("[A-Za-z2-9]{20}"), password);
      assertTrue(password.chars().noneMatch(c -> "0O1lIo".indexOf(c) >= 0), password);
    }
  }

  @Test
  void generatedPasswordsDifferAndAreAcceptable() {
    String first = Passwords.generate();
    String second = Passwords.generate();

    assertNotEquals(first, second);
    assertEquals(first, Passwords.requireAcceptable("anna", first));
  }
}
