package nl.leerkring.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.accounts.AccountCode;
import nl.leerkring.tenants.audit.AuditCode;
import nl.leerkring.tenants.directory.DirectoryCode;
import nl.leerkring.tenants.tenancy.TenancyCode;
import org.junit.jupiter.api.Test;

/**
 * Every code of the tenants module has its words in Dutch and in English: each bundle file is read
 * on its own, because a ResourceBundle would quietly fall back from English to Dutch.
 */
class TenantsCodesTest {

  static final List<Class<? extends Enum<? extends Code>>> ENUMS =
      List.of(AccountCode.class, DirectoryCode.class, TenancyCode.class, AuditCode.class);

  @Test
  void everyCodeOfTheTenantsModuleHasItsTextInDutchAndEnglish() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String file : List.of("codes.properties", "codes_en.properties")) {
      Properties texts = load(file);
      for (Class<? extends Enum<? extends Code>> type : ENUMS) {
        for (Enum<? extends Code> constant : type.getEnumConstants()) {
          String key = ((Code) constant).key();
          if (texts.getProperty(key, "").isBlank()) {
            missing.add(file + ": " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void argumentsAreFilledInAndApostrophesSurviveInBothLanguages() {
    String dutch =
        CodeTexts.text(
            CodeTexts.DUTCH,
            Refusal.onField(
                "end",
                DirectoryCode.PERIOD_ENDS_BEFORE_START,
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 12, 6)));
    assertEquals(
        "De looptijd eindigt (31 januari 2026) voordat hij begint (6 december 2026).", dutch);
    String english =
        CodeTexts.text(
            Locale.ENGLISH, Refusal.onField("slug", DirectoryCode.CIRCLE_SLUG_INVALID, "Kring A"));
    assertTrue(english.startsWith("The circle's short name \u201cKring A\u201d"), english);
    for (Locale locale : List.of(CodeTexts.DUTCH, Locale.ENGLISH)) {
      String throttled = CodeTexts.text(locale, Refusal.of(AccountCode.THROTTLED, 30L));
      assertTrue(throttled.contains("30"), throttled);
      assertFalse(throttled.contains("{"), throttled);
    }
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        TenantsCodesTest.class.getResourceAsStream("/nl/leerkring/web/i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
