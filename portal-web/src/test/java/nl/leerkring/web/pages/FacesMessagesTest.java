package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message the Faces implementation can add itself (a converter or validator, reachable by a
 * tampered post) has a Dutch and an English text in the portal's message bundle, so no page shows
 * Faces' own English ("Validation Error: Value is required.").
 */
class FacesMessagesTest {

  private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

  @Test
  void everyFacesMessageHasADutchAndAnEnglishTextWithItsArguments() throws IOException {
    Properties faces = read("/jakarta/faces/Messages.properties");
    Properties dutch = read("/nl/leerkring/web/pages/faces.properties");
    Properties english = read("/nl/leerkring/web/pages/faces_en.properties");
    assertTrue(faces.size() > 60, "the implementation's bundle was found");
    for (String key : faces.stringPropertyNames()) {
      String nl = dutch.getProperty(key);
      String en = english.getProperty(key);
      assertNotNull(nl, "no Dutch text for " + key);
      assertNotNull(en, "no English text for " + key);
      assertFalse(nl.isBlank() || en.isBlank(), key);
      assertTrue(args(faces.getProperty(key)).containsAll(args(nl)), "unknown argument: " + key);
      assertEquals(args(nl), args(en), "Dutch and English use different arguments: " + key);
      assertFalse(nl.contains("Validation Error") || nl.equals(en) && !nl.equals("{0}"), key);
    }
  }

  @Test
  void aDutchOrEnglishPageFindsItsOwnLanguage() {
    String key = "jakarta.faces.component.UIInput.REQUIRED";
    assertEquals("{0}: vul dit in.", bundle(Locale.forLanguageTag("nl")).getString(key));
    assertEquals("{0}: fill this in.", bundle(Locale.ENGLISH).getString(key));
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "nl.leerkring.web.pages.faces",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Set<String> args(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARG.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties read(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FacesMessagesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
