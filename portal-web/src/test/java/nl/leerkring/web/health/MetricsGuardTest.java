package nl.leerkring.web.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsGuardTest {

  private static final Optional<byte[]> SECRET =
      Optional.of("s3cret-scrape".getBytes(StandardCharsets.UTF_8));

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theScraperWithTheSecretIsAdmitted() {
    assertTrue(MetricsGuard.scrapes(basic("metrics", "s3cret-scrape"), SECRET));
    assertTrue(
        MetricsGuard.scrapes(basic("metrics", "s3cret-scrape").replace("Basic", "basic"), SECRET));
  }

  @Test
  void anythingElseIsNot() {
    assertFalse(MetricsGuard.scrapes(null, SECRET));
    assertFalse(MetricsGuard.scrapes(basic("metrics", "s3cret-scrap"), SECRET));
    assertFalse(MetricsGuard.scrapes(basic("metrics", "s3cret-scrape "), SECRET));
    assertFalse(MetricsGuard.scrapes(basic("admin", "s3cret-scrape"), SECRET));
    assertFalse(MetricsGuard.scrapes("Bearer s3cret-scrape", SECRET));
    assertFalse(MetricsGuard.scrapes("Basic !!!not-base64", SECRET));
    assertFalse(MetricsGuard.scrapes(basic("metrics", ""), SECRET));
  }

  @Test
  void withoutAConfiguredSecretNoScraperIsAdmitted() {
    assertFalse(MetricsGuard.scrapes(basic("metrics", ""), Optional.empty()));
    assertFalse(MetricsGuard.scrapes(basic("metrics", "s3cret-scrape"), Optional.empty()));
  }
}
