package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import nl.leerkring.tenants.accounts.ResetLink;
import org.junit.jupiter.api.Test;

/** The one address of a password-reset link, whether an admin page or the REST API makes it. */
class ResetPageTest {

  private static final ResetLink LINK = new ResetLink("a1B2-c3", Instant.EPOCH);

  @Test
  void theLinkPointsAtTheResetPageBelowThePortalsRoot() {
    assertEquals(
        "https://portal.example/leerkring/reset.xhtml?token=a1B2-c3",
        ResetPage.address(URI.create("https://portal.example/leerkring/"), LINK));
    assertEquals(
        "http://localhost:8080/reset.xhtml?token=a1B2-c3",
        ResetPage.address(URI.create("http://localhost:8080/"), LINK));
  }

  @Test
  void theApiFindsTheRootAboveItsOwnBase() {
    URI apiBase = URI.create("https://portal.example/leerkring/api/");
    assertEquals(
        "https://portal.example/leerkring/reset.xhtml?token=a1B2-c3",
        ResetPage.address(apiBase.resolve(".."), LINK));
  }
}
