package nl.leerkring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the code itself that a compiler does not check, over the main sources of every module
 * of the portal (this test runs in portal-web, beside the others).
 */
class SourceRulesTest {

  private static final List<String> MODULES =
      List.of("../tenants", "../search", "../portal-ejb", ".");

  /**
   * {@code Json.createReader} and the other static factories of JSON-P look the provider up through
   * the service loader on every call, under the class loader's lock: in a soak's flight recording
   * the catalog's request threads queued there. Use a {@code JsonProvider} kept in a constant.
   */
  @Test
  void noMainSourceLooksTheJsonProviderUpPerCall() {
    Pattern perCall = Pattern.compile("(?<![\\w.])(jakarta\\.json\\.)?Json\\.create\\w*\\(");
    List<String> found = new ArrayList<>();
    List<Path> sources = mainSources();
    for (Path source : sources) {
      List<String> lines = read(source);
      for (int i = 0; i < lines.size(); i++) {
        if (perCall.matcher(lines.get(i)).find()) {
          found.add(source + ":" + (i + 1));
        }
      }
    }
    assertTrue(sources.size() > 300, "the sources were not found: " + sources.size());
    assertEquals(List.of(), found);
  }

  private static List<Path> mainSources() {
    List<Path> all = new ArrayList<>();
    for (String module : MODULES) {
      Path root = Path.of(module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  private static List<String> read(Path source) {
    try {
      return Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
