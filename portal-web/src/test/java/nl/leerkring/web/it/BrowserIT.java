package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerkring.web.security.FakeOpenIdProvider;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real headless Chromium (Debian's chromium and chromium-driver): signs in, sees the
 * dashboard, signs out; and axe-core finds no WCAG 2.1 A/AA violation on the pages visited, in
 * Dutch and English.
 */
class BrowserIT extends DeployedPortal {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    File chromedriver =
        new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    assertTrue(
        chromedriver.canExecute() && chromium.canExecute(),
        "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=nl-NL",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String page(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  @Test
  void memberSignsInSeesDashboardAndSignsOut() throws Exception {
    browser.get(page("/app/dashboard.xhtml"));
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertNoAccessibilityViolations("login page (nl)");

    browser.findElement(By.id("username")).sendKeys("duiven.lid");
    browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();

    wait.until(ExpectedConditions.urlContains("/app/dashboard.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-circles")));
    assertEquals("Duiven", browser.findElement(By.id("header-tenant")).getText());
    assertTrue(
        browser
            .findElement(By.id("my-circles"))
            .getText()
            .contains("Leerkring Wijk- en Dorpgericht Werken"));
    assertTrue(browser.findElement(By.id("my-circles")).getText().contains("Berg en Dal"));
    assertTrue(browser.findElement(By.id("tenant-welcome")).getText().contains("Blijfwijk"));
    screenshot("dashboard");
    assertNoAccessibilityViolations("dashboard (nl)");

    browser.get(page("/app/dashboard.xhtml?lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.id("dashboard-heading")).getText().startsWith("Welcome"));
    assertNoAccessibilityViolations("dashboard (en)");
    browser.get(page("/app/password.xhtml"));
    assertNoAccessibilityViolations("change password (en)");
    browser.get(page("/app/dashboard.xhtml?lang=nl"));

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
    browser.get(page("/app/dashboard.xhtml"));
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  void wrongPasswordShowsOneMessageAndTheSkipLinkWorks() {
    browser.get(page("/login.xhtml"));
    browser.findElement(By.id("username")).sendKeys("duiven.lid");
    browser.findElement(By.id("password")).sendKeys("helemaal-fout", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Onbekende"));
    String alert = browser.findElement(By.cssSelector("[role=alert]")).getText();
    assertTrue(
        alert.contains("Onbekende gebruikersnaam of onjuist wachtwoord"),
        () -> "alert: " + alert + "\npage: " + browser.findElement(By.tagName("body")).getText());
    assertNoAccessibilityViolations("login page with error");

    browser.get(page("/login.xhtml"));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    var skip = browser.switchTo().activeElement();
    assertEquals("a", skip.getTagName(), "the first tab stop is the skip link");
    assertTrue(
        String.valueOf(skip.getDomAttribute("href")).endsWith("#main"),
        skip.getDomAttribute("href"));
    skip.sendKeys(Keys.ENTER);
    assertEquals(
        "main",
        browser.switchTo().activeElement().getDomAttribute("id"),
        "focus moved to the content");
  }

  @Test
  void tenantAdminAddsAMemberAndPlatformAdminAddsAGemeente() {
    signIn("wijchen.beheer", Api.DEMO_PASSWORD);
    browser.get(page("/app/members.xhtml"));
    assertTrue(browser.findElement(By.id("members")).getText().contains("wijchen.lid"));
    assertNoAccessibilityViolations("members page");
    String username = "wijchen." + Long.toString(System.nanoTime(), 36);
    browser.findElement(By.id("m-username")).sendKeys(username);
    browser.findElement(By.id("m-name")).sendKeys("Nieuwe Collega");
    browser.findElement(By.id("m-job")).sendKeys("wijkregisseur");
    browser.findElement(By.id("m-password")).sendKeys("een-goed-wachtwoord");
    browser.findElement(By.id("m-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members"), username));
    assertTrue(
        browser.findElement(By.cssSelector("[role=alert]")).getText().contains("toegevoegd"));
    browser.get(page("/app/admin.xhtml"));
    assertTrue(
        browser.findElement(By.id("not-allowed")).isDisplayed(),
        "a tenant admin is no platform admin");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("admin", Api.ADMIN_PASSWORD);
    browser.get(page("/app/admin.xhtml"));
    assertTrue(browser.findElement(By.id("tenants")).getText().contains("GM0150"));
    assertNoAccessibilityViolations("admin page");
    String slug = "gem-" + Long.toString(System.nanoTime(), 36);
    browser.findElement(By.id("t-name")).sendKeys("Gemeente " + slug);
    browser.findElement(By.id("t-slug")).sendKeys(slug);
    browser.findElement(By.id("t-cbs")).sendKeys("GM" + (1000 + (int) (Math.random() * 9000)));
    browser.findElement(By.id("t-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
    String outcome = browser.findElement(By.cssSelector("[role=alert]")).getText();
    assertTrue(
        browser.findElement(By.id("tenants")).getText().contains(slug)
            || outcome.contains(
                "CBS-code"), // a rare clash of the random code is reported, not hidden
        outcome);
  }

  /**
   * F9: a platform admin finds an account in the paged list, edits it (refused fields are named
   * beside themselves, in Dutch, and what was typed stays), and makes a reset link, shown once; the
   * person opens it signed out and chooses a new password, which then signs them in.
   */
  @Test
  void platformAdminEditsAnAccountAndThePersonSetsANewPasswordWithTheResetLink() {
    Api api = new Api(base);
    String username = "herstel-" + Long.toString(System.nanoTime(), 36);
    Api.Answer made =
        api.post(
            "api/admin/members",
            api.token("admin", Api.ADMIN_PASSWORD),
            "{\"username\":\""
                + username
                + "\",\"password\":\"oud-wachtwoord-1\",\"displayName\":\"Herstel\","
                + "\"roles\":[\"researcher\"]}");
    assertEquals(201, made.status(), made.body());

    signIn("admin", Api.ADMIN_PASSWORD);
    browser.get(page("/app/admin.xhtml?aq=" + username));
    assertTrue(browser.findElement(By.id("accounts")).getText().contains(username));
    browser.findElement(By.cssSelector("#accounts a[href*='account=']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ae-name")));
    browser.findElement(By.id("ae-name")).clear();
    browser.findElement(By.id("ae-email")).clear();
    browser.findElement(By.id("ae-email")).sendKeys("geen-adres");
    browser.findElement(By.id("ae-submit")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".portal-field-error")));
    String errors =
        browser.findElements(By.cssSelector(".portal-field-error")).stream()
            .map(e -> e.getText())
            .reduce("", (a, b) -> a + " | " + b);
    assertTrue(errors.contains("Vul een naam in"), errors);
    assertTrue(errors.contains("geen-adres"), errors);
    assertEquals(
        "geen-adres",
        browser.findElement(By.id("ae-email")).getDomProperty("value"),
        "what was typed stays");
    assertNoAccessibilityViolations("admin page, account refused");

    browser.findElement(By.id("ae-name")).sendKeys("Herstelde Naam");
    browser.findElement(By.id("ae-email")).clear();
    browser.findElement(By.id("ae-email")).sendKeys("herstel@example.org");
    browser.findElement(By.id("ae-submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("accounts"), "herstel@example.org"));
    browser.findElement(By.id("ae-reset")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-link")));
    String link = browser.findElement(By.id("reset-link")).getText().strip();
    assertTrue(link.contains("/reset.xhtml?token="), link);
    assertNoAccessibilityViolations("admin page, reset link shown");
    browser.get(page("/app/admin.xhtml?aq=" + username));
    assertTrue(browser.findElements(By.id("reset-link")).isEmpty(), "shown once");
    signOut();

    browser.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-password")));
    assertNoAccessibilityViolations("reset page");
    browser.findElement(By.id("reset-password")).sendKeys("nieuw-wachtwoord-9");
    browser.findElement(By.id("reset-repeat")).sendKeys("anders-wachtwoord-9");
    browser.findElement(By.id("reset-submit")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".portal-field-error")));
    browser.findElement(By.id("reset-password")).clear();
    browser.findElement(By.id("reset-password")).sendKeys("nieuw-wachtwoord-9");
    browser.findElement(By.id("reset-repeat")).clear();
    browser.findElement(By.id("reset-repeat")).sendKeys("nieuw-wachtwoord-9");
    browser.findElement(By.id("reset-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-done")));
    browser.findElement(By.id("reset-sign-in")).click();
    signIn(username, "nieuw-wachtwoord-9");
    signOut();
    browser.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-password")));
    browser.findElement(By.id("reset-password")).sendKeys("derde-wachtwoord-9");
    browser.findElement(By.id("reset-repeat")).sendKeys("derde-wachtwoord-9");
    browser.findElement(By.id("reset-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
    assertTrue(
        browser.findElement(By.cssSelector("[role=alert]")).getText().contains("werkt niet"),
        "a link works once");
  }

  @Test
  void signInWithOpenIdConnectFindsThePortalAccount() throws Exception {
    RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("it-key");
    int port = Integer.getInteger("it.oidc.port", 18089);
    try (FakeOpenIdProvider provider =
        new FakeOpenIdProvider(key, "leerkring-portal", "it-client-secret", port)) {
      provider.browserSignsInAs("Duiven.Lid");
      browser.get(page("/app/password.xhtml"));
      wait.until(ExpectedConditions.urlContains("login.xhtml"));
      browser.findElement(By.id("sign-in-openid")).click();
      wait.until(ExpectedConditions.urlContains("/app/password.xhtml"));
      assertEquals("Duiven", browser.findElement(By.id("header-tenant")).getText());

      browser.findElement(By.id("sign-out")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
      provider.browserSignsInAs("niet.in.het.portaal");
      browser.findElement(By.id("sign-in-openid")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openid-failed")));
      browser.get(page("/app/dashboard.xhtml"));
      wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }
  }

  @Test
  void documentGoesFromUploadThroughModerationToAnotherGemeente() throws Exception {
    String token = "k" + Long.toString(System.nanoTime(), 36);
    String title = "Evaluatie buurtconciërges " + token;
    Path file = Files.createTempFile("evaluatie", ".txt");
    Files.writeString(
        file, "De buurtconciërges in Duiven-Zuid bereikten veel ouderen. Kenmerk " + token + ".\n");

    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/documents.xhtml"));
    assertNoAccessibilityViolations("documents page");
    browser.findElement(By.id("u-file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("u-title")).sendKeys(title);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("u-type")))
        .selectByValue("evaluatie");
    browser.findElement(By.id("u-themes")).sendKeys("leefbaarheid, gezondheid");
    browser.findElement(By.id("u-summary")).sendKeys("<script>alert('x')</script> samenvatting");
    browser.findElement(By.id("u-submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/document.xhtml"));
    String documentPage = browser.getCurrentUrl();
    assertEquals(title, browser.findElement(By.id("document-title")).getText());
    assertTrue(browser.findElement(By.id("document-text")).getText().contains("buurtconciërges"));
    assertTrue(
        browser.findElement(By.id("document-summary")).getText().contains("<script>"),
        "script in a text field is shown as text, not run");
    assertNoAccessibilityViolations("document page");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("s-circle")))
        .selectByValue("leerkring-wdw");
    browser.findElement(By.id("s-submit")).click();
    waitForText(By.id("document-status"), "aangeboden");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    // the coordinator first returns it with a reason; the owner reads it and submits again
    String reason = "Graag de namen van bewoners weglaten " + Long.toString(System.nanoTime(), 36);
    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw"));
    String submission = "//section[h3[normalize-space()='" + title + "']]";
    assertTrue(
        browser.findElements(By.tagName("textarea")).isEmpty(),
        "no reason box until a row asks for one");
    browser.findElement(By.xpath(submission + "//a[starts-with(@id,'act-')]")).click();
    wait.until(ExpectedConditions.urlContains("act="));
    assertEquals(1, browser.findElements(By.tagName("textarea")).size(), "one reason box");
    browser.findElement(By.xpath(submission + "//textarea")).sendKeys(reason);
    browser.findElement(By.xpath(submission + "//button[contains(@id,'return')]")).click();
    waitForText(By.tagName("main"), "Teruggegeven met uw reden");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.get(documentPage);
    waitForText(By.id("document-status"), "teruggegeven");
    String history = browser.findElement(By.id("publications")).getText();
    assertTrue(history.contains("teruggegeven") && history.contains(reason), history);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("s-circle")))
        .selectByValue("leerkring-wdw");
    browser.findElement(By.id("s-submit")).click();
    waitForText(By.id("document-status"), "aangeboden");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw"));
    assertNoAccessibilityViolations("moderation page");
    browser
        .findElement(
            By.xpath(
                "//section[h3[normalize-space()='"
                    + title
                    + "']]//button[contains(@id,'approve')]"))
        .click();
    waitForText(By.tagName("main"), "Goedgekeurd");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/catalog.xhtml?circle=leerkring-wdw"));
    assertNoAccessibilityViolations("catalog page");
    browser.findElement(By.id("f-q")).sendKeys(token);
    browser.findElement(By.id("f-submit")).click();
    wait.until(ExpectedConditions.urlContains("q=" + token));
    assertEquals("1 item", browser.findElement(By.id("catalog-count")).getText());
    WebElement row = browser.findElement(By.xpath("//table[@id='catalog']/tbody/tr[1]"));
    assertFalse(row.findElement(By.className("catalog-type")).getText().isBlank(), row.getText());
    assertTrue(
        row.findElement(By.className("catalog-date")).getText().matches("\\d{1,2} \\p{L}+ \\d{4}"),
        "a Dutch date: " + row.getText());
    browser.findElement(By.linkText(title)).click();
    wait.until(ExpectedConditions.urlContains("/app/item.xhtml"));
    assertEquals("Duiven", browser.findElement(By.id("item-gemeente")).getText());
    assertTrue(
        browser.findElement(By.id("item-files")).getText().contains(file.getFileName().toString()));
    assertTrue(
        browser.findElement(By.id("item-preview")).getText().contains("bereikten veel ouderen"));
    assertTrue(
        browser.findElement(By.id("item-back")).getDomAttribute("href").contains("catalog.xhtml"));
    String citation = browser.findElement(By.id("item-citation")).getDomProperty("value");
    assertTrue(
        citation.startsWith("Gemeente Duiven (")
            && citation.contains(title)
            && citation.contains("Leerkring Wijk- en Dorpgericht Werken")
            && citation.contains("/app/item.xhtml?id="),
        citation);
    assertNoAccessibilityViolations("published item page");

    // From search: the passage with the searched word marked, and the way back to the results.
    wait.until(
        d -> {
          d.get(page("/app/search.xhtml?q=" + token));
          return !d.findElements(By.linkText(title)).isEmpty();
        });
    browser.findElement(By.linkText(title)).click();
    wait.until(ExpectedConditions.urlContains("/app/item.xhtml"));
    assertEquals(
        token, browser.findElement(By.cssSelector("#item-passage mark")).getText().toLowerCase());
    WebElement back = browser.findElement(By.id("item-back"));
    assertEquals("Terug naar de zoekresultaten", back.getText());
    assertNoAccessibilityViolations("published item page from search");
    back.click();
    wait.until(ExpectedConditions.urlContains("/app/search.xhtml?q=" + token));
    assertTrue(browser.findElement(By.id("search-hits")).getText().contains(title));

    // A reader reports it; the coordinator follows the report to the item and marks it handled.
    browser.findElement(By.linkText(title)).click();
    wait.until(ExpectedConditions.urlContains("/app/item.xhtml"));
    String reportReason = "Bevat een telefoonnummer " + token;
    browser.findElement(By.id("r-reason")).sendKeys(reportReason);
    browser.findElement(By.id("r-submit")).click();
    waitForText(By.tagName("main"), "Uw melding is doorgegeven");
    signOut();
    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw&view=published"));
    assertEquals(
        "page", browser.findElement(By.id("tab-published")).getDomAttribute("aria-current"));
    assertTrue(
        browser.findElements(By.cssSelector("#moderation-items > li")).size() <= 20,
        "published items come twenty to a page");
    assertTrue(
        browser
                .findElements(By.cssSelector("#moderation-items h3 a[href*='/app/item.xhtml?id=']"))
                .size()
            == browser.findElements(By.cssSelector("#moderation-items h3")).size(),
        "every title is a link to its item");
    if (!browser.findElements(By.id("page-next")).isEmpty()) {
      browser.findElement(By.id("page-next")).click();
      wait.until(ExpectedConditions.urlContains("page=2"));
      assertTrue(
          browser.findElement(By.id("moderation-pagination")).getText().contains("Pagina 2"));
    }
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw&view=reports&q=" + token));
    assertNoAccessibilityViolations("moderation reports");
    WebElement report =
        browser.findElement(
            By.xpath("//table[@id='reports']//tr[td[contains(.,'" + token + "')]]"));
    assertTrue(
        report
            .findElement(By.className("report-item"))
            .getDomAttribute("href")
            .contains("/app/item.xhtml?id="));
    report.findElement(By.xpath(".//button[contains(@id,'handled')]")).click();
    waitForText(By.tagName("main"), "De melding is afgehandeld");
    assertTrue(
        browser.findElement(By.id("reports-empty")).getText().startsWith("Niets gevonden"),
        "no open report left for these words");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-state")))
        .selectByValue("handled");
    browser.findElement(By.id("f-submit")).click();
    wait.until(ExpectedConditions.urlContains("state=handled"));
    assertTrue(
        browser.findElement(By.id("reports")).getText().contains("Afgehandeld door coordinator"),
        browser.findElement(By.id("reports")).getText());
  }

  @Test
  void memberChoosesTheTypeEditsDeletesAndRestoresADocument() throws Exception {
    String word = "kievit" + Long.toString(System.nanoTime(), 36);
    Path file = Files.createTempFile("wijzig", ".txt");
    Files.writeString(file, "Een nota over de " + word + " in Duiven-Zuid.\n");
    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/documents.xhtml"));

    // The type is a choice: without one nothing is sent, and the field says so in Dutch.
    org.openqa.selenium.support.ui.Select type =
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("u-type")));
    assertEquals("", type.getFirstSelectedOption().getDomProperty("value"), "no type by default");
    browser.findElement(By.id("u-file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("u-title")).sendKeys("Nota " + word);
    browser.findElement(By.id("u-submit")).click();
    waitForText(By.id("u-type-error"), "Kies het soort document.");
    assertEquals("true", browser.findElement(By.id("u-type")).getDomAttribute("aria-invalid"));
    assertTrue(browser.getCurrentUrl().contains("/app/documents.xhtml"), "nothing was sent");
    type.selectByValue("nota-bw");
    browser.findElement(By.id("u-submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/document.xhtml"));

    // An edit with a wrong field: the reason beside it, in Dutch, and what was typed stays.
    browser.findElement(By.cssSelector("#edit-details > summary")).click();
    browser.findElement(By.id("e-title")).clear();
    browser.findElement(By.id("e-number")).clear();
    browser.findElement(By.id("e-number")).sendKeys("2026-" + word.substring(0, 10));
    browser.findElement(By.id("e-submit")).click();
    waitForText(By.id("e-title-error"), "Vul dit veld in.");
    assertEquals(
        "2026-" + word.substring(0, 10),
        browser.findElement(By.id("e-number")).getDomProperty("value"),
        "what was typed stays");
    assertNoAccessibilityViolations("document page with a refused edit");
    browser.findElement(By.id("e-title")).sendKeys("Evaluatie " + word);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("e-type")))
        .selectByValue("evaluatie");
    browser.findElement(By.id("e-submit")).click();
    waitForText(By.id("document-title"), "Evaluatie " + word);
    waitForText(By.tagName("main"), "De wijzigingen zijn opgeslagen");
    String history = browser.findElement(By.id("document-history")).getText();
    assertTrue(
        history.contains("beschrijving gewijzigd (titel, soort, nummer)")
            && history.contains("duiven.lid"),
        history);
    assertNoAccessibilityViolations("document page after an edit");

    // Into the prullenbak and back.
    browser.findElement(By.id("d-submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/documents.xhtml"));
    waitForText(By.id("trash"), "Evaluatie " + word);
    assertFalse(browser.findElement(By.id("documents")).getText().contains(word));
    assertNoAccessibilityViolations("documents page with the prullenbak");
    browser
        .findElement(
            By.xpath(
                "//table[@id='trash']//tr[th[normalize-space()='Evaluatie " + word + "']]//button"))
        .click();
    wait.until(ExpectedConditions.urlContains("/app/document.xhtml"));
    waitForText(By.tagName("main"), "teruggezet uit de prullenbak");
    assertTrue(
        browser.findElement(By.id("document-history")).getText().contains("naar de prullenbak"));
    browser.get(page("/app/documents.xhtml"));
    assertTrue(browser.findElement(By.id("documents")).getText().contains("Evaluatie " + word));
  }

  @Test
  void memberSearchesFromTheHeaderFiltersCitesAndGetsSuggestions() throws Exception {
    String word =
        "kievit" + java.util.UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
    Api api = new Api(base);
    String token = api.token("duiven.lid", Api.DEMO_PASSWORD);
    String metadata =
        "{\"title\":\"Evaluatie "
            + word
            + "\",\"type\":\"evaluatie\",\"date\":\"2025-03-12\",\"number\":\"2025-17\","
            + "\"themes\":[\"leefbaarheid\"],\"wijken\":[\"Duiven-Zuid\"]}";
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            token,
            Api.Part.json("metadata", metadata),
            Api.Part.file(
                "verslag.txt",
                "text/plain",
                ("In Duiven-Zuid hielp de " + word + " bij de wijkaanpak met bewoners.")
                    .getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");

    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.findElement(By.id("header-q")).sendKeys(word, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/search.xhtml"));
    waitForText(By.id("search-count"), "1 resultaat");
    assertEquals("page", browser.findElement(By.id("nav-search")).getDomAttribute("aria-current"));
    WebElement hit = browser.findElement(By.cssSelector("#search-hits .portal-hit"));
    WebElement link = hit.findElement(By.cssSelector("h3 a"));
    assertEquals("Evaluatie " + word, link.getText());
    assertTrue(
        link.getDomAttribute("href").endsWith("/app/document.xhtml?id=" + id),
        link.getDomAttribute("href"));
    List<WebElement> marks = hit.findElements(By.cssSelector(".portal-hit__snippet mark"));
    assertTrue(
        marks.stream().anyMatch(m -> m.getText().toLowerCase().contains(word)),
        () -> "highlight in: " + hit.getText());
    assertEquals("Eigen werkruimte", hit.findElement(By.cssSelector(".hit-shared")).getText());
    String citation = hit.findElement(By.tagName("textarea")).getDomProperty("value");
    assertTrue(citation.contains("Gemeente Duiven (2025)"), citation);
    assertTrue(citation.contains("/app/document.xhtml?id=" + id), citation);
    assertTrue(
        hit.findElement(By.cssSelector("button[data-copy]")).isDisplayed(),
        "the script shows the copy button");
    screenshot("search");
    assertNoAccessibilityViolations("search page (nl)");

    browser.findElement(By.xpath("//ul[@id='facet-type']//a[contains(.,'Evaluatie')]")).click();
    wait.until(ExpectedConditions.urlContains("type=evaluatie"));
    waitForText(By.id("active-filters"), "Soort: Evaluatie");
    waitForText(By.id("search-count"), "1 resultaat");

    WebElement field = browser.findElement(By.id("search-q"));
    field.clear();
    field.sendKeys(word.substring(0, 8));
    try {
      wait.until(
          d ->
              d.findElements(By.cssSelector("#search-suggestions option")).stream()
                  .anyMatch(o -> word.equals(o.getDomProperty("value"))));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no suggestion "
              + word
              + "; the list has: "
              + browser.findElement(By.id("search-suggestions")).getDomProperty("innerHTML"),
          e);
    }

    browser.findElement(By.cssSelector("#search-hits a.portal-similar")).click();
    wait.until(ExpectedConditions.urlContains("similar="));
    waitForText(By.id("search-heading"), "Vergelijkbare documenten");
    assertNoAccessibilityViolations("similar documents (nl)");

    browser.get(page("/app/search.xhtml?lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    waitForText(By.id("results-heading"), "Recent");
    assertTrue(
        browser.findElements(By.cssSelector("#search-hits .portal-hit")).size() > 0,
        "an empty query shows recent items");
    assertNoAccessibilityViolations("search page, recent items (en)");
    browser.get(page("/app/search.xhtml?q=" + word + "&type=evaluatie"));
    waitForText(By.id("search-count"), "1 result");
    assertNoAccessibilityViolations("search page with a filter (en)");

    browser.get(
        page("/app/search.xhtml?lang=nl&q=" + URLEncoder.encode("\"open", StandardCharsets.UTF_8)));
    waitForText(By.cssSelector("[role=alert]"), "aanhalingsteken");
    assertEquals("Zoeken", browser.findElement(By.id("search-heading")).getText());
    assertNoAccessibilityViolations("search page with a broken query (nl)");
  }

  @Test
  void methodGoesFromDraftThroughModerationIntoTheKofferIsUsedAndFits() {
    String name = "Voorzorgcirkel " + Long.toString(System.nanoTime(), 36);
    org.openqa.selenium.JavascriptExecutor script =
        (org.openqa.selenium.JavascriptExecutor) browser;

    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/methods.xhtml"));
    assertNoAccessibilityViolations("methods page (nl)");
    browser.findElement(By.id("methods-new")).click();
    wait.until(ExpectedConditions.urlContains("/app/method-edit.xhtml"));
    assertNoAccessibilityViolations("new method card (nl)");
    browser.findElement(By.id("e-name")).sendKeys(name);
    browser
        .findElement(By.id("e-summary"))
        .sendKeys("Acht tot twaalf bewoners kijken naar elkaar om.");
    browser
        .findElement(By.id("e-steps"))
        .sendKeys(
            "Bewoners uitnodigen voor een kring", Keys.ENTER, "Afspreken wie naar wie omkijkt");
    browser.findElement(By.id("e-themes")).sendKeys("ontmoeting, zorg");
    browser.findElement(By.cssSelector("#method-form input[value='vergrijsde-krimpwijk']")).click();
    browser.findElement(By.cssSelector("#method-form input[value='eenzaamheid']")).click();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("e-evidence")))
        .selectByValue("goed-beschreven");
    browser.findElement(By.id("e-save")).click();
    waitForText(By.cssSelector("[role=alert]"), "vraagt om een bron");
    assertEquals(
        name,
        browser.findElement(By.id("e-name")).getDomProperty("value"),
        "a refused save keeps the input");
    assertTrue(
        browser
            .findElement(By.cssSelector("#method-form input[value='eenzaamheid']"))
            .isSelected());
    browser.findElement(By.id("e-source")).sendKeys("Evaluatie Voorzorgcirkels Duiven 2024");
    browser.findElement(By.id("e-save")).click();
    wait.until(ExpectedConditions.urlContains("saved=1"));
    waitForText(By.cssSelector("[role=alert]"), "opgeslagen");
    assertTrue(
        browser.findElement(By.id("e-steps")).getDomProperty("value").contains("omkijkt"),
        "the saved card is back in the form");
    assertNoAccessibilityViolations("saved method card (nl)");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("s-circle")))
        .selectByValue("leerkring-wdw");
    browser.findElement(By.id("s-submit")).click();
    waitForText(By.id("publications"), "aangeboden");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw"));
    browser
        .findElement(
            By.xpath(
                "//section[h3[normalize-space()='" + name + "']]//button[contains(@id,'approve')]"))
        .click();
    waitForText(By.tagName("main"), "Goedgekeurd");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/koffer.xhtml?circle=leerkring-wdw"));
    assertEquals("page", browser.findElement(By.id("nav-koffer")).getDomAttribute("aria-current"));
    WebElement entry =
        browser.findElement(
            By.xpath("//ul[@id='koffer-entries']/li[.//h3[normalize-space()='" + name + "']]"));
    assertEquals("Duiven", entry.findElement(By.className("entry-gemeente")).getText());
    assertEquals("Goed beschreven", entry.findElement(By.className("entry-evidence")).getText());
    assertNoAccessibilityViolations("koffer (nl)");
    entry.findElement(By.linkText(name)).click();
    wait.until(ExpectedConditions.urlContains("/app/method.xhtml?id="));
    String card = browser.getCurrentUrl();
    assertEquals(name, browser.findElement(By.id("method-name")).getText());
    assertEquals(2, browser.findElements(By.cssSelector("#method-steps li")).size());
    assertNoAccessibilityViolations("method card (nl)");
    browser.findElement(By.id("u-wijk")).sendKeys("Wijchen-Noord");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("u-wijktype")))
        .selectByValue("vergrijsde-krimpwijk");
    script.executeScript("arguments[0].value = '2025-03-01'", browser.findElement(By.id("u-from")));
    browser
        .findElement(By.id("u-happened"))
        .sendKeys("Drie kringen gestart; bewoners bellen elkaar elke week.");
    browser.findElement(By.cssSelector("#use-form input[type=radio][value='4']")).click();
    browser.findElement(By.id("u-submit")).click();
    waitForText(By.cssSelector("[role=alert]"), "vastgelegd");
    WebElement use =
        browser.findElement(
            By.xpath("//ul[@id='method-uses']/li[.//h3[contains(.,'Wijchen-Noord')]]"));
    assertTrue(use.getText().contains("alleen zichtbaar voor uw gemeente"), use.getText());
    assertTrue(use.getText().contains("4 van 5"), use.getText());
    assertNoAccessibilityViolations("method card with a recorded use (nl)");
    browser
        .findElement(
            By.xpath("//table[@id='own-uses']//tr[th[normalize-space()='Wijchen-Noord']]//button"))
        .click();
    waitForText(By.id("own-uses"), "aangeboden");

    browser.get(page("/app/fits.xhtml"));
    assertNoAccessibilityViolations("which method fits (nl)");
    browser.findElement(By.id("fit-submit")).click();
    waitForText(By.cssSelector("[role=alert]"), "Beschrijf de situatie");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fit-wijktype")))
        .selectByValue("vergrijsde-krimpwijk");
    browser.findElement(By.cssSelector("#fit-vraagstukken input[value='eenzaamheid']")).click();
    browser.findElement(By.id("fit-submit")).click();
    waitForText(By.id("fits"), name);
    WebElement fit =
        browser.findElement(
            By.xpath("//ol[@id='fits']/li[.//h3//a[normalize-space()='" + name + "']]"));
    String reasons = fit.findElement(By.className("fit-reasons")).getText();
    assertTrue(reasons.contains("+3 — wijktype: Vergrijsde krimpwijk"), reasons);
    assertTrue(reasons.contains("+2 — vraagstuk: Eenzaamheid"), reasons);
    assertTrue(reasons.contains("+0,5 — bewijskracht: Goed beschreven"), reasons);
    assertEquals("Score: 5,5", fit.findElement(By.className("fit-score")).getText());
    assertNoAccessibilityViolations("which method fits, answered (nl)");

    browser.get(page("/app/koffer.xhtml?circle=leerkring-wdw&lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    waitForText(By.id("koffer-entries"), name);
    assertNoAccessibilityViolations("koffer (en)");
    browser.get(card);
    waitForText(By.id("method-uses"), "only visible to your gemeente");
    assertNoAccessibilityViolations("method card (en)");
    browser.get(page("/app/fits.xhtml?ask=1&wijktype=vergrijsde-krimpwijk&vraagstuk=eenzaamheid"));
    waitForText(By.id("fits"), name);
    String english =
        browser
            .findElement(
                By.xpath("//ol[@id='fits']/li[.//h3//a[normalize-space()='" + name + "']]"))
            .getText();
    assertTrue(english.contains("+3 — wijk type: Vergrijsde krimpwijk"), english);
    assertTrue(english.contains("+0.5 — evidence: Well described"), english);
    assertNoAccessibilityViolations("which method fits, answered (en)");
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
  }

  @Test
  void memberEntersDuivensCofinancingAndSeesEveryDiscrepancy() throws Exception {
    String name = "Blijfwijk test " + Long.toString(System.nanoTime(), 36);

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/programmes.xhtml?lang=nl"));
    assertEquals(
        "page", browser.findElement(By.id("nav-programmes")).getDomAttribute("aria-current"));
    assertTrue(
        browser.findElements(By.id("nav-rollup")).isEmpty(), "a member coordinates no circle");
    assertNoAccessibilityViolations("programmes (nl)");
    browser.findElement(By.id("pr-name")).sendKeys(name);
    typeDate(By.id("pr-start"), "2024-04-01");
    typeDate(By.id("pr-end"), "2027-03-31");
    browser.findElement(By.id("pr-wijken")).sendKeys("Duiven-Zuid");
    browser.findElement(By.id("pr-contributions")).sendKeys("163.772");
    browser
        .findElement(By.id("pr-contributions-where"))
        .sendKeys("raadsvoorstel, tabel cofinanciering");
    browser.findElement(By.id("pr-own-share")).sendKeys("50");
    browser.findElement(By.id("pr-submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/programme.xhtml"));
    waitForText(By.id("messages"), "gestart");
    assertEquals(name, browser.findElement(By.id("programme-name")).getText());

    // a little of the tree, so the programme page is checked with content
    browser.findElement(By.id("th-name")).sendKeys("Gezondheid", Keys.ENTER);
    waitForText(By.id("tree"), "Gezondheid");
    browser
        .findElement(By.id("go-title"))
        .sendKeys("Eén toegang tot informatie over zorg en ondersteuning", Keys.ENTER);
    waitForText(By.id("tree"), "Eén toegang");
    browser.findElement(By.id("ac-title")).sendKeys("Design Thinking-traject starten");
    browser.findElement(By.id("ac-owner")).sendKeys("gemeente");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ac-quarter")))
        .selectByValue("2024-Q2");
    browser.findElement(By.id("ac-submit")).click();
    waitForText(By.id("tree"), "Design Thinking-traject starten");
    assertTrue(
        browser.findElement(By.id("late")).getText().contains("Design Thinking-traject starten"),
        "an open action planned in a past quarter is late");
    // Its row: done → no longer late; the status is saved, nothing else changes.
    new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.cssSelector("#tree form.portal-row-form select[name=status]")))
        .selectByValue("done");
    browser.findElement(By.cssSelector("#tree [id$='action-status']")).click();
    wait.until(
        ExpectedConditions.textToBe(By.xpath("//*[@id='tree']//tbody/tr[1]/td[3]"), "afgerond"));
    assertTrue(
        browser.findElements(By.cssSelector("#tree .action-late")).isEmpty(),
        "a done action is not late");
    assertTrue(browser.findElement(By.id("tree")).getText().contains("2024-Q2"));
    assertNoAccessibilityViolations("programme (nl)");

    browser.findElement(By.id("to-ledger")).click();
    wait.until(ExpectedConditions.urlContains("/app/ledger.xhtml"));
    assertNoAccessibilityViolations("empty ledger (nl)");
    typeDate(By.id("ve-from"), "2024-04-01");
    browser.findElement(By.id("ve-submit")).click();
    waitForText(By.id("versions"), "huidige versie");

    addLine("Inzet eigen uren", "own_staff", "101520");
    addLine("Inzet opbouwwerker", "partner_staff", "24520");
    addLine("Materiaalkosten", "materials", "38000");
    addLine("Jaarlijkse bijdrage HAN", "external_services", "45000");
    waitForText(By.id("total-planned"), "€ 209.040,00");

    browser.findElement(By.id("so-name")).sendKeys("Regiodeal GMR");
    browser.findElement(By.id("so-grantor")).sendKeys("Groene Metropoolregio");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("so-kind")))
        .selectByValue("regiodeal");
    browser.findElement(By.id("so-awarded")).sendKeys("81.886");
    browser.findElement(By.id("so-stated")).sendKeys("81.868");
    browser.findElement(By.id("so-stated-where")).sendKeys("raadsvoorstel, tweede alinea");
    typeDate(By.id("so-from"), "2024-04-01");
    typeDate(By.id("so-until"), "2027-03-31");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("so-status")))
        .selectByValue("applied");
    browser.findElement(By.id("so-rate")).sendKeys("50");
    browser.findElement(By.id("so-in-kind")).click();
    browser.findElement(By.id("so-minimum")).sendKeys("50");
    browser
        .findElement(By.id("so-allocations"))
        .sendKeys("jaarlijkse-bijdrage-han 15.000", Keys.ENTER, "materiaalkosten 38000");
    browser.findElement(By.id("so-submit")).click();
    waitForText(By.id("sources"), "Regiodeal GMR");

    addContribution("Gemeente Duiven, eigen uren", "2256", "45", true, "inzet-eigen-uren");
    addContribution("Opbouwwerker", "613", "40", false, null);
    browser.findElement(By.id("co-partner")).sendKeys("Gemeente Duiven, materiaal");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("co-form")))
        .selectByValue("cash");
    browser.findElement(By.id("co-cash")).sendKeys("38.000,00");
    browser.findElement(By.id("co-submit")).click();
    waitForText(By.id("contributions"), "Gemeente Duiven, materiaal");
    waitForText(By.id("total-contributions"), "€ 164.040,00");

    // every discrepancy, beside what it is about, with both numbers, flagged in words
    String general = browser.findElement(By.id("programme-checks")).getText();
    assertTrue(general.contains("Waarschuwing: Het opgegeven totaal wijkt af"), general);
    assertTrue(general.contains("berekend € 164.040,00"), general);
    assertTrue(general.contains("opgegeven € 163.772,00"), general);
    assertTrue(general.contains("verschil € 268,00"), general);
    String source =
        browser
            .findElement(
                By.xpath("//table[@id='sources']/tbody[tr/th[contains(.,'Regiodeal GMR')]]"))
            .getText();
    assertTrue(source.contains("Het opgegeven totaal wijkt af"), source);
    assertTrue(source.contains("berekend € 81.886,00 · opgegeven € 81.868,00"), source);
    assertTrue(source.contains("Percentage × subsidiabele kosten is niet het toegekende"), source);
    assertTrue(
        source.contains("percentage × subsidiabel € 104.520,00 · toegekend € 81.886,00"), source);
    String periods = browser.findElement(By.id("period-checks")).getText();
    assertTrue(periods.contains("Waarschuwing: Periode niet per kalenderjaar gesplitst"), periods);
    assertTrue(periods.contains("2024-04-01 – 2027-03-31"), periods);
    assertTrue(periods.contains("periodetotaal € 209.040,00"), periods);
    assertEquals(
        4,
        browser.findElements(By.cssSelector("#ledger-years tbody tr")).size(),
        "the period touches four calendar years");
    assertTrue(
        browser.findElement(By.id("ledger-chart")).getDomAttribute("aria-labelledby") != null);
    screenshot("ledger");
    assertNoAccessibilityViolations("ledger with findings (nl)");

    String csv = fetchInPage(browser.findElement(By.id("export-csv")).getDomAttribute("href"));
    assertTrue(csv.startsWith("200 text/csv") && csv.contains("Materiaalkosten"), csv);
    assertTrue(
        fetchInPage(browser.findElement(By.id("export-xlsx")).getDomAttribute("href"))
            .startsWith("200 application/vnd.openxmlformats"),
        "the workbook downloads with the browser's session");

    // changing an entry opens its form with what was saved (and the version it was read at)
    browser
        .findElement(
            By.xpath(
                "//table[@id='sources']/tbody[tr/th[contains(.,'Regiodeal GMR')]]"
                    + "//a[contains(@href,'editSource')]"))
        .click();
    wait.until(ExpectedConditions.urlContains("editSource="));
    assertEquals("Regiodeal GMR", browser.findElement(By.id("so-name")).getDomProperty("value"));
    assertTrue(
        browser
            .findElement(By.id("so-allocations"))
            .getDomProperty("value")
            .contains("materiaalkosten 38.000,00"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("so-status")))
        .selectByValue("awarded");
    browser.findElement(By.id("so-submit")).click();
    waitForText(By.id("sources"), "verleend");
    assertEquals(1, browser.findElements(By.cssSelector("#sources tbody")).size());
    browser
        .findElement(
            By.xpath(
                "//table[@id='lines']/tbody[tr/th[contains(.,'Materiaalkosten')]]"
                    + "//a[contains(@href,'editLine')]"))
        .click();
    wait.until(ExpectedConditions.urlContains("editLine="));
    assertEquals(
        "2024-04-01", browser.findElement(By.id("periods:0:p-start")).getDomProperty("value"));
    assertEquals(
        "38.000,00", browser.findElement(By.id("periods:0:p-planned")).getDomProperty("value"));
    browser.findElement(By.id("periods:0:p-actual")).sendKeys("12.000");
    browser.findElement(By.id("ln-submit")).click();
    waitForText(By.id("total-actual"), "€ 12.000,00");
    assertEquals(4, browser.findElements(By.cssSelector("#lines tbody")).size());

    // an amount with three decimals is refused beside its form, and nothing is saved
    String ledger = page("/app/ledger.xhtml?id=" + ledgerId());
    browser.findElement(By.id("ln-description")).sendKeys("Drie decimalen");
    typeDate(By.id("periods:0:p-start"), "2024-04-01");
    typeDate(By.id("periods:0:p-end"), "2024-12-31");
    browser.findElement(By.id("periods:0:p-planned")).sendKeys("1.234,567");
    browser.findElement(By.id("ln-submit")).click();
    waitForText(By.id("periods:0:p-planned-error"), "hoogstens twee cijfers na de komma");
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().contains("Er is een probleem"),
        browser.findElement(By.id("error-summary")).getText());
    assertEquals(
        "1.234,567",
        browser.findElement(By.id("periods:0:p-planned")).getDomProperty("value"),
        "the refused input stays in the form");
    assertNoAccessibilityViolations("ledger with a refused amount (nl)");
    browser.get(ledger);
    assertTrue(!browser.findElement(By.id("lines")).getText().contains("Drie decimalen"));
    assertEquals("€ 209.040,00", browser.findElement(By.id("total-planned")).getText());

    // submit the statement; the coordinator returns it (so the demo roll-up stays as it is)
    browser.findElement(By.id("to-programme")).click();
    wait.until(ExpectedConditions.urlContains("/app/programme.xhtml"));
    String programme = browser.getCurrentUrl();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("st-circle")))
        .selectByValue("leerkring-wdw");
    browser.findElement(By.id("st-submit")).click();
    waitForText(By.id("statements"), "ingediend");

    browser.get(page("/app/programmes.xhtml?lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    waitForText(By.id("programmes"), name);
    assertNoAccessibilityViolations("programmes (en)");
    browser.get(programme);
    waitForText(By.id("statements"), "awaiting a decision");
    assertNoAccessibilityViolations("programme (en)");
    browser.get(ledger);
    waitForText(By.id("programme-checks"), "computed € 164.040,00 · stated € 163.772,00");
    assertNoAccessibilityViolations("ledger (en)");
    browser.get(page("/app/rollup.xhtml"));
    assertTrue(browser.findElement(By.id("not-allowed")).isDisplayed());
    assertNoAccessibilityViolations("roll-up, not allowed (en)");
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.findElement(By.id("nav-rollup")).click();
    wait.until(ExpectedConditions.urlContains("/app/rollup.xhtml"));
    assertEquals("page", browser.findElement(By.id("nav-rollup")).getDomAttribute("aria-current"));
    waitForText(By.id("rollup-heading"), "Leerkring Wijk- en Dorpgericht Werken");
    WebElement waiting =
        browser.findElement(By.xpath("//section[h3[normalize-space()='Wijchen: " + name + "']]"));
    assertNoAccessibilityViolations("roll-up with a statement waiting (nl)");
    waiting
        .findElement(By.tagName("textarea"))
        .sendKeys("Graag de opgegeven subsidie (81.868) gelijktrekken met de beschikking.");
    waiting.findElement(By.cssSelector("button[id$='return']")).click();
    waitForText(By.id("messages"), "teruggegeven");
    String history = browser.findElement(By.id("history")).getText();
    assertTrue(history.contains(name) && history.contains("gelijktrekken"), history);
    boolean demoRollup = browser.findElements(By.id("rollup-empty")).isEmpty();
    if (demoRollup) {
      // the demo's accepted statements: every figure per gemeente, the chart and the scenarios
      String total = browser.findElement(By.id("rollup-tables")).getText();
      assertTrue(total.contains("Duiven") && total.contains("Leerkring totaal"), total);
      assertTrue(browser.findElement(By.id("rollup-chart")).isDisplayed());
      assertTrue(
          browser.findElement(By.id("withdrawals-heading")).isDisplayed(),
          "what happens if a gemeente withdraws");
    } else {
      // no accepted statement in the circle yet: the page says so and lists who is missing
      assertTrue(
          browser.findElement(By.id("without-statement")).getText().contains("Wijchen"),
          browser.findElement(By.id("without-statement")).getText());
    }
    screenshot("rollup");
    assertTrue(
        fetchInPage(browser.findElement(By.id("export-csv")).getDomAttribute("href"))
            .startsWith("200 text/csv"),
        "the roll-up downloads with the browser's session");
    assertNoAccessibilityViolations("roll-up (nl)");
    browser.get(page("/app/rollup.xhtml?circle=leerkring-wdw&year=2025&lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    waitForText(By.id("rollup-heading"), "Cofinancing of the learning circle");
    assertNoAccessibilityViolations("roll-up, one year (en)");
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
  }

  /**
   * F7: a coordinator plans a meeting (through the API), a member of Wijchen finds it on the
   * circle's page, answers yes with one button, and sees the answer; the meeting page is axe-clean
   * in Dutch and English and at a phone's width.
   */
  @Test
  void aCoordinatorPlansAMeetingOnTheCirclePageAndAMemberRegisters() throws Exception {
    String title = "Kringdag " + java.util.UUID.randomUUID().toString().substring(0, 8);
    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/circle.xhtml?circle=leerkring-wdw"));
    assertNoAccessibilityViolations("circle (nl, coordinator)");
    browser.findElement(By.id("plan-summary")).click();
    browser.findElement(By.id("mf-title")).sendKeys(title);
    typeDate(By.id("mf-day"), "2027-03-11");
    browser.findElement(By.id("mf-from")).sendKeys("17:00");
    browser.findElement(By.id("mf-until")).sendKeys("14.00");
    browser.findElement(By.id("mf-place")).sendKeys("Raadhuis Wijchen");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mf-host")))
        .selectByValue("wijchen");
    browser.findElement(By.id("mf-capacity")).sendKeys("twintig");
    browser.findElement(By.id("mf-plan")).click();
    // Every wrong field at once, each linked from the summary; what was typed stays.
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertEquals(
        List.of("#mf-capacity"),
        summary.findElements(By.cssSelector("a")).stream()
            .map(x -> x.getDomProperty("hash"))
            .toList(),
        summary.getText());
    assertNoAccessibilityViolations("circle plan form with errors");
    browser.findElement(By.id("mf-capacity")).clear();
    browser.findElement(By.id("mf-capacity")).sendKeys("20");
    browser.findElement(By.id("mf-plan")).click();
    // The first answer's summary is still on screen until the second answer replaces the page.
    wait.until(ExpectedConditions.stalenessOf(summary));
    summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertTrue(
        summary.findElements(By.cssSelector("a")).stream()
            .anyMatch(x -> "#mf-until".equals(x.getDomProperty("hash"))),
        "an end before the start is named at the end time: " + summary.getText());
    assertEquals(title, browser.findElement(By.id("mf-title")).getDomProperty("value"));
    browser.findElement(By.id("mf-from")).clear();
    browser.findElement(By.id("mf-from")).sendKeys("14:00");
    browser.findElement(By.id("mf-until")).clear();
    browser.findElement(By.id("mf-until")).sendKeys("17:00");
    browser.findElement(By.id("mf-plan")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-title")));
    assertEquals(title, browser.findElement(By.id("meeting-title")).getText());
    assertTrue(browser.findElement(By.id("meeting-when")).getText().contains("14:00"));
    String meetingId = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
    // The agenda through its form, with the keyboard.
    browser.findElement(By.id("agenda-summary")).click();
    browser.findElement(By.id("ag-title")).sendKeys("Casus uit Wijchen");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ag-kind")))
        .selectByValue("INTERVISIE");
    browser.findElement(By.id("ag-minutes")).sendKeys("60");
    browser.findElement(By.id("ag-submit")).sendKeys(Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-agenda"), "Casus"));
    assertNoAccessibilityViolations("meeting (nl, coordinator)");
    signOut();

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/circle.xhtml?circle=leerkring-wdw"));
    assertTrue(browser.findElements(By.id("plan-summary")).isEmpty(), "a member does not plan");
    assertNoAccessibilityViolations("circle (nl, member)");
    browser.findElement(By.linkText(title)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-title")));
    assertEquals(title, browser.findElement(By.id("meeting-title")).getText());
    assertTrue(browser.findElement(By.id("meeting-agenda")).getText().contains("Intervisie"));
    assertTrue(browser.findElement(By.id("meeting-answer")).getText().contains("nog niet"));
    assertNoAccessibilityViolations("meeting (nl)");

    browser.findElement(By.id("answer-yes")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-answer"), "Ja"));
    assertTrue(
        browser.findElement(By.id("meeting-counts")).getText().startsWith("Ja: 1"),
        browser.findElement(By.id("meeting-counts")).getText());
    screenshot("meeting");

    browser.get(page("/app/meeting.xhtml?id=" + meetingId + "&lang=en"));
    assertTrue(browser.findElement(By.id("meeting-answer")).getText().contains("Yes"));
    assertNoAccessibilityViolations("meeting (en)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    assertNoAccessibilityViolations("meeting (en, 390 px)");
    browser.get(page("/app/circle.xhtml?circle=leerkring-wdw&lang=en"));
    assertTrue(browser.findElement(By.id("upcoming")).getText().contains(title));
    assertNoAccessibilityViolations("circle (en, 390 px)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    browser.get(page("/app/circle.xhtml?circle=onbekend&lang=nl"));
    assertTrue(browser.findElement(By.id("gone-text")).getText().contains("leerkring"));
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();
  }

  @Test
  void aCoordinatorRaisesALearningQuestionAndItsHarvestAndAnswerTellItsHistory() throws Exception {
    String text =
        "Wat leert de kring van " + java.util.UUID.randomUUID().toString().substring(0, 8);
    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/catalog.xhtml?circle=leerkring-wdw"));
    assertTrue(browser.findElement(By.id("learning")).getText().contains("Leeragenda"));
    browser.findElement(By.id("lq-text")).sendKeys(text);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lq-phase")))
        .selectByValue("REALISE");
    browser.findElement(By.id("lq-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-text")));
    assertEquals(text, browser.findElement(By.id("question-text")).getText());
    assertNoAccessibilityViolations("question (nl)");

    browser.findElement(By.id("hv-text")).sendKeys("Bewoners eerst, dan de plannen.");
    browser.findElement(By.id("hv-submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("question-history"), "Bewoners eerst"));

    // An answer without explanation is refused beside the field; with one it is saved.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("qs-status")))
        .selectByValue("ANSWERED");
    browser.findElement(By.id("qs-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qs-explanation-error")));
    assertNoAccessibilityViolations("question, refused (nl)");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("qs-status")))
        .selectByValue("ANSWERED");
    browser.findElement(By.id("qs-explanation")).sendKeys("Zie het denkkader.");
    browser.findElement(By.id("qs-submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("question-status"), "Beantwoord"));
    assertTrue(
        browser.findElement(By.id("question-history")).getText().contains("Zie het denkkader"));
    screenshot("question");

    browser.get(browser.getCurrentUrl().replaceAll("&saved=[a-z]+", "") + "&lang=en");
    assertTrue(browser.findElement(By.id("question-status")).getText().contains("Answered"));
    assertNoAccessibilityViolations("question (en)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    assertNoAccessibilityViolations("question (en, 390 px)");
    browser.get(page("/app/catalog.xhtml?circle=leerkring-wdw"));
    assertNoAccessibilityViolations("catalog with the leeragenda (en, 390 px)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();
  }

  /**
   * F7: a member shares a programme action with the circle, then edits a harvest item to cite it
   * and removes another, with the keyboard alone; every page on the way is axe-clean.
   */
  @Test
  void aMemberSharesAnActionEditsHarvestToCiteItAndRemovesHarvestWithTheKeyboard()
      throws Exception {
    Api api = new Api(base);
    String duiven = api.signIn("duiven.lid");
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
    String title = "Buurtkamer " + suffix;
    String[] action = api.programmeWithAction(duiven, title);
    String programmeId = action[0].substring("api/programmes/".length());
    String actionId = action[1];
    String question =
        api.post(
                "api/circles/leerkring-wdw/questions",
                api.signIn("coordinator"),
                "{\"text\":\"Wat leren we van de buurtkamers "
                    + suffix
                    + "?\",\"phase\":\"REALISE\"}")
            .json()
            .getString("id");
    String first = harvest(api, duiven, question, "Eerste oogst " + suffix);
    String second = harvest(api, duiven, question, "Tweede oogst " + suffix);

    // The action is shared with the circle from its row on the programme page.
    signIn("duiven.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/programme.xhtml?id=" + programmeId));
    skipLinkFirst(true);
    tabToId("action-share-" + actionId);
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-form")));
    assertNoAccessibilityViolations("programme, sharing an action (nl)");
    tabToId(boxOf("sh-circles", "leerkring-wdw"));
    keys(Keys.SPACE);
    tabToId("sh-submit");
    keys(Keys.ENTER);
    waitForText(By.tagName("main"), "Met welke leerkringen de actie gedeeld is");

    // The first item is edited to cite it: text replaced, the action ticked, saved.
    browser.get(page("/app/question.xhtml?id=" + question));
    skipLinkFirst(true);
    tabToId("edit-" + first);
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("harvest-edit-form")));
    assertNoAccessibilityViolations("question, editing harvest (nl)");
    tabToId("he-text");
    keys(Keys.chord(Keys.CONTROL, "a"), "Anders verteld " + suffix);
    tabToId(boxOf("he-sources", actionId));
    keys(Keys.SPACE);
    tabToId("he-submit");
    keys(Keys.ENTER);
    waitForText(By.id("question-history"), "Anders verteld " + suffix);
    String history = browser.findElement(By.id("question-history")).getText();
    assertTrue(history.contains(title), "the shared action is cited: " + history);
    assertTrue(history.contains("Oogst gewijzigd"), history);
    assertNoAccessibilityViolations("question, harvest edited (nl)");

    // The second is removed; the history keeps that it was, not what it said.
    tabToId("edit-" + second);
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("he-remove")));
    tabToId("he-remove");
    keys(Keys.ENTER);
    waitForText(By.id("question-history"), "Oogst verwijderd");
    assertFalse(
        browser.findElement(By.id("question-history")).getText().contains("Tweede oogst"),
        "the removed text is gone");
    browser.get(page("/app/question.xhtml?id=" + question + "&lang=en"));
    assertNoAccessibilityViolations("question with a cited action (en)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    assertNoAccessibilityViolations("question with a cited action (en, 390 px)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();

    // A coordinator without a gemeente edits the item for its author: the author's action is
    // offered, still ticked, and stays cited.
    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/question.xhtml?id=" + question + "&harvest=" + first));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("harvest-edit-form")));
    assertTrue(
        browser.findElement(By.id(boxOf("he-sources", actionId))).isSelected(),
        "the author's shared action is offered and ticked");
    WebElement text = browser.findElement(By.id("he-text"));
    text.clear();
    text.sendKeys("Door de coordinator " + suffix);
    browser.findElement(By.id("he-submit")).click();
    waitForText(By.id("question-history"), "Door de coordinator " + suffix);
    String edited = browser.findElement(By.id("question-history")).getText();
    assertTrue(edited.contains(title), "the coordinator's edit keeps the action: " + edited);
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();
  }

  private static String harvest(Api api, String token, String question, String text) {
    Api.Answer added =
        api.post(
            "api/questions/" + question + "/harvest",
            token,
            "{\"kind\":\"INSIGHT\",\"text\":\"" + text + "\"}");
    assertEquals(201, added.status(), added.body());
    return added.json().getString("id");
  }

  /** The id of the checkbox of {@code value} in the checkbox list {@code name}. */
  private String boxOf(String name, String value) {
    return browser
        .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
        .getDomAttribute("id");
  }

  /**
   * Every page, in Dutch and English, as the role that uses it, with the demo's own ids (found
   * through the pages' links): axe-core finds no WCAG 2.1 A/AA violation. Prints one line per page
   * and language (and writes them to target/a11y-sweep.txt) for the accessibility statement. On
   * PostgreSQL the same pages are opened and must render (see {@link #MARKUP_CHECKS}).
   */
  @Test
  void everyPageInBothLanguagesIsAxeClean() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    List<String> failures = new java.util.ArrayList<>();
    sweepPages(
        List.of(
            new String[] {"login", "/login.xhtml"},
            new String[] {"toegankelijkheid (anonymous)", "/toegankelijkheid.xhtml"},
            new String[] {"error 404", "/bestaat-niet.xhtml"},
            new String[] {"reset (no link)", "/reset.xhtml"},
            new String[] {"reset (with a link)", "/reset.xhtml?token=verzonnen"},
            new String[] {"confirm-email (anonymous)", "/confirm-email.xhtml?token=x"}),
        lines,
        failures);

    Api api = new Api(base);
    Api.Answer meeting =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            api.token("coordinator", Api.DEMO_PASSWORD),
            "{\"title\":\"Toegankelijke kringdag\",\"start\":\"2027-05-11T14:00\","
                + "\"end\":\"2027-05-11T17:00\",\"place\":\"Raadhuis Wijchen\","
                + "\"host\":\"wijchen\",\"capacity\":20}");
    assertEquals(201, meeting.status(), meeting.body());
    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    String document = firstLink("/app/documents.xhtml", "a[href*='/app/document.xhtml?id=']");
    String item =
        firstLink("/app/catalog.xhtml?circle=leerkring-wdw", "a[href*='/app/item.xhtml?id=']");
    String method =
        firstLink("/app/koffer.xhtml?circle=leerkring-wdw", "a[href*='/app/method.xhtml?id=']");
    browser.get(page("/app/methods.xhtml"));
    List<WebElement> ownCards =
        browser.findElements(By.cssSelector("a[href*='/app/method-edit.xhtml?id=']"));
    String ownCard =
        ownCards.isEmpty()
            ? page("/app/method-edit.xhtml")
            : ownCards.get(0).getDomProperty("href");
    browser.get(page("/app/programmes.xhtml"));
    String programme =
        browser
            .findElement(
                By.xpath(
                    "//table[@id='programmes']//tr[contains(.,'Leerkring Wijk- en Dorpgericht')]"
                        + "//a[contains(@href,'/app/programme.xhtml?id=')]"))
            .getDomProperty("href");
    String ledger = programme.replace("/app/programme.xhtml", "/app/ledger.xhtml");
    sweepPages(
        List.of(
            new String[] {"dashboard", "/app/dashboard.xhtml"},
            new String[] {"password", "/app/password.xhtml"},
            new String[] {"profile", "/app/profile.xhtml"},
            new String[] {"settings", "/app/settings.xhtml"},
            new String[] {"documents", "/app/documents.xhtml"},
            new String[] {"document", document},
            new String[] {"catalog", "/app/catalog.xhtml?circle=leerkring-wdw"},
            new String[] {"item", item},
            new String[] {"search (query)", "/app/search.xhtml?q=leerkring"},
            new String[] {
              "search (broken query)",
              "/app/search.xhtml?q=" + URLEncoder.encode("\"open", StandardCharsets.UTF_8)
            },
            new String[] {"koffer", "/app/koffer.xhtml?circle=leerkring-wdw"},
            new String[] {"method", method},
            new String[] {"methods", "/app/methods.xhtml"},
            new String[] {"method-edit", ownCard},
            new String[] {"fits", "/app/fits.xhtml"},
            new String[] {
              "fits (answered)",
              "/app/fits.xhtml?ask=1&wijktype=vergrijsde-krimpwijk&vraagstuk=eenzaamheid"
            },
            new String[] {"programmes", "/app/programmes.xhtml"},
            new String[] {"programme", programme},
            new String[] {"ledger", ledger},
            new String[] {"toegankelijkheid (signed in)", "/toegankelijkheid.xhtml"},
            new String[] {"meeting", "/app/meeting.xhtml?id=" + meeting.json().getString("id")},
            new String[] {"circle", "/app/circle.xhtml?circle=leerkring-wdw"},
            new String[] {"thread", "/app/thread.xhtml?id=" + thread(api)},
            new String[] {"activity", "/app/activity.xhtml?circle=leerkring-wdw"},
            new String[] {"inbox", "/app/inbox.xhtml"}),
        lines,
        failures);
    signOut();

    signIn("wijchen.beheer", Api.DEMO_PASSWORD);
    String member =
        firstLink("/app/members.xhtml", "a[href*='/app/members.xhtml?member=']")
            .replaceAll("#.*", "");
    exportWithTheKeyboard();
    sweepPages(
        List.of(
            new String[] {"members (tenant admin)", "/app/members.xhtml"},
            new String[] {"members, one edited (tenant admin)", member},
            new String[] {"exports (tenant admin)", "/app/exports.xhtml"}),
        lines,
        failures);
    signOut();

    signIn("coordinator", Api.DEMO_PASSWORD);
    sweepPages(
        List.of(
            new String[] {"moderation (coordinator)", "/app/moderation.xhtml?circle=leerkring-wdw"},
            new String[] {
              "moderation, published (coordinator)",
              "/app/moderation.xhtml?circle=leerkring-wdw&view=published"
            },
            new String[] {
              "moderation, hidden (coordinator)",
              "/app/moderation.xhtml?circle=leerkring-wdw&view=hidden"
            },
            new String[] {
              "moderation, reports (coordinator)",
              "/app/moderation.xhtml?circle=leerkring-wdw&view=reports&state=all"
            },
            new String[] {"rollup (coordinator)", "/app/rollup.xhtml"},
            new String[] {
              "rollup, one year (coordinator)", "/app/rollup.xhtml?circle=leerkring-wdw&year=2025"
            }),
        lines,
        failures);
    signOut();

    signIn("admin", Api.ADMIN_PASSWORD);
    String account =
        firstLink("/app/admin.xhtml?aq=wijchen.lid", "a[href*='/app/admin.xhtml?account=']")
            .replaceAll("#.*", "");
    sweepPages(
        List.of(
            new String[] {"admin (platform admin)", "/app/admin.xhtml"},
            new String[] {"admin, a gemeente edited", "/app/admin.xhtml?tenant=wijchen"},
            new String[] {"admin, a leerkring edited", "/app/admin.xhtml?circle=leerkring-wdw"},
            new String[] {"admin, an account edited", account},
            new String[] {"exports and import (platform admin)", "/app/exports.xhtml"},
            new String[] {
              "exports of a gemeente (platform admin)", "/app/exports.xhtml?gemeente=wijchen"
            }),
        lines,
        failures);
    importRefusedWithWhatIsWrong();
    browser.get(page("/app/dashboard.xhtml?lang=nl"));

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve(MARKUP_CHECKS ? "a11y-sweep.txt" : "page-sweep.txt"), lines);
    System.out.println(String.join("\n", lines));
    assertTrue(lines.size() >= 50, "every page in both languages: " + lines.size());
    assertTrue(failures.isEmpty(), "WCAG 2.1 A/AA violations:\n" + String.join("\n", failures));
  }

  /**
   * F11: a tenant admin starts the gemeente's export with the keyboard alone (the menu link, then
   * the button) and sees it in the list, running or done.
   */
  private void exportWithTheKeyboard() {
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    browser.findElement(By.id("nav-exports")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/exports.xhtml"));
    waitForText(By.id("exports-none"), "nog geen exports");
    browser.findElement(By.id("export-start")).sendKeys(Keys.ENTER);
    WebElement status =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#exports .export-status")));
    assertTrue(
        status.getText().startsWith("Bezig") || status.getText().startsWith("Klaar"),
        status.getText());
    wait.until(
        d -> {
          d.navigate().refresh();
          return !d.findElements(By.cssSelector("#exports .export-download")).isEmpty();
        });
  }

  /**
   * F11: a platform admin's import of a file that is no export is refused on the page with the REST
   * import's reason beside the file field, and nothing is created.
   */
  private void importRefusedWithWhatIsWrong() throws java.io.IOException {
    Path notAZip = Files.createTempFile("geen-export-", ".zip");
    Files.writeString(notAZip, "dit is geen ZIP-archief");
    browser.get(page("/app/exports.xhtml?lang=nl"));
    browser.findElement(By.id("i-file")).sendKeys(notAZip.toAbsolutePath().toString());
    browser.findElement(By.id("i-slug")).sendKeys("geen-export");
    browser.findElement(By.id("i-name")).sendKeys("Geen export");
    browser.findElement(By.id("i-cbs")).sendKeys("GM9998");
    browser.findElement(By.id("i-submit")).click();
    waitForText(By.id("i-file-error"), "geen ZIP");
    assertEquals("true", browser.findElement(By.id("i-file")).getDomAttribute("aria-invalid"));
    assertTrue(browser.getCurrentUrl().contains("/app/exports.xhtml"), "nothing was imported");
    Files.deleteIfExists(notAZip);
  }

  /**
   * Hostile input (F6): script in every free-text field of the API, written through REST, opened on
   * every page that shows it in real Chromium. No payload may run (an alert, or {@code
   * window.__xss} set by a script element, an image error handler or an SVG handler after an
   * attribute break-out), and each field must be seen on some page as the literal text it is.
   */
  @Test
  void scriptInEveryTextFieldIsShownAsTextAndNeverRuns() throws Exception {
    XssFixture xss = new XssFixture(new Api(base));
    xss.build();
    assertEquals(
        List.of(),
        XssFixture.uncovered(xss.filled()),
        "request-body text fields with no payload (fill them in XssFixture or name them in"
            + " NOT_FREE_TEXT)");
    java.util.Map<Integer, String> seen = new java.util.TreeMap<>();
    List<String> ran = new java.util.ArrayList<>();
    List<String> visited = new java.util.ArrayList<>();
    String circle = "circle=leerkring-wdw";
    java.util.function.Consumer<String> visit =
        path -> {
          browser.get(page(path));
          visited.add(path);
          // A page that failed (the server's "Er ging iets mis") would hide every payload too.
          assertTrue(
              browser.findElements(By.id("error-message")).stream()
                  .noneMatch(e -> e.getText().contains("aan onze kant")),
              path + " answered the server's error page");
          inspectForScript(path, xss, seen, ran);
        };

    signIn("duiven.lid", Api.DEMO_PASSWORD);
    // The oracle can fail: markup inserted as HTML (as an unescaped page would) is caught.
    browser.get(page("/app/dashboard.xhtml"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.body.insertAdjacentHTML('beforeend', arguments[0])", xss.payload("canary"));
    List<String> canary = new java.util.ArrayList<>();
    inspectForScript("canary", xss, new java.util.TreeMap<>(), canary);
    assertEquals(1, canary.size(), "a payload inserted as HTML must be caught: " + canary);
    xss.fields().values().remove("canary");
    for (String path :
        List.of(
            "/app/dashboard.xhtml",
            "/app/documents.xhtml",
            "/app/document.xhtml?id=" + xss.documentId,
            "/app/document.xhtml?id=" + xss.editedDocumentId,
            "/app/search.xhtml?q=" + xss.marker,
            "/app/methods.xhtml",
            "/app/method-edit.xhtml?id=" + xss.methodId,
            "/app/method.xhtml?id=" + xss.methodId,
            "/app/programmes.xhtml",
            "/app/programme.xhtml?id=" + xss.programmeId,
            "/app/ledger.xhtml?id=" + xss.programmeId)) {
      visit.accept(path);
    }
    // Edit forms put the stored text into input values (an attribute): open every one.
    for (String path :
        List.of(
            "/app/ledger.xhtml?id=" + xss.programmeId,
            "/app/programme.xhtml?id=" + xss.programmeId)) {
      browser.get(page(path));
      List<String> edits =
          browser.findElements(By.cssSelector("a[href*='edit']")).stream()
              .map(a -> a.getDomProperty("href"))
              .filter(h -> h.contains("?id=") || h.contains("&id="))
              .distinct()
              .toList();
      for (String edit : edits) {
        browser.get(edit);
        visited.add(edit);
        inspectForScript(edit, xss, seen, ran);
      }
    }
    // Suggestions are filled in by script while typing: the payload title must stay text there.
    browser.get(page("/app/search.xhtml"));
    browser.findElement(By.id("search-q")).sendKeys(xss.marker.substring(0, 6));
    wait.until(d -> !d.findElements(By.cssSelector("#search-suggestions option")).isEmpty());
    inspectForScript("suggestions", xss, seen, ran);
    signOut();

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    for (String path :
        List.of(
            "/app/catalog.xhtml?" + circle + "&q=" + xss.marker,
            "/app/item.xhtml?id=" + xss.itemId,
            "/app/koffer.xhtml?" + circle,
            "/app/method.xhtml?id=" + xss.methodId,
            "/app/search.xhtml?q=" + xss.marker,
            "/app/fits.xhtml?ask=1&wijktype=dorp&vraagstuk=eenzaamheid",
            "/app/meeting.xhtml?id=" + xss.meetingId,
            "/app/meeting.xhtml?id=" + xss.cancelledMeetingId,
            "/app/question.xhtml?id=" + xss.questionId,
            "/app/synthesis.xhtml?id=" + xss.synthesisId,
            "/app/circle.xhtml?" + circle,
            "/app/thread.xhtml?id=" + xss.threadId,
            "/app/activity.xhtml?" + circle)) {
      visit.accept(path);
    }
    signOut();

    signIn("duiven.beheer", Api.DEMO_PASSWORD);
    visit.accept("/app/members.xhtml");
    signOut();

    signIn("coordinator", Api.DEMO_PASSWORD);
    for (String path :
        List.of(
            "/app/moderation.xhtml?" + circle,
            "/app/moderation.xhtml?view=reports&state=all&" + circle,
            "/app/moderation.xhtml?view=published&" + circle + "&q=" + xss.marker,
            "/app/item.xhtml?id=" + xss.itemId,
            "/app/method.xhtml?id=" + xss.methodId,
            "/app/rollup.xhtml?" + circle)) {
      visit.accept(path);
    }
    signOut();

    signIn(xss.accountUsername, XssFixture.ACCOUNT_PASSWORD);
    visit.accept("/app/dashboard.xhtml"); // the new circle, with its programme line
    visit.accept("/app/settings.xhtml"); // F8: its saved search's name and query
    signOut();

    signIn("admin", Api.ADMIN_PASSWORD);
    visit.accept("/app/admin.xhtml");
    // The lists are paged: the fixture's gemeenten and accounts, found by their names.
    visit.accept("/app/admin.xhtml?tq=xss&aq=xss");

    java.util.Map<Integer, String> unseen = new java.util.TreeMap<>(xss.fields());
    unseen.keySet().removeAll(seen.keySet());
    System.out.println(
        "xss: "
            + xss.fields().size()
            + " payloads in "
            + xss.filled().size()
            + " fields, "
            + visited.size()
            + " page views; shown as text: "
            + seen.size()
            + "; not on any page: "
            + unseen.values());
    assertTrue(ran.isEmpty(), "script ran:\n" + String.join("\n", ran));
    unseen.values().removeAll(XssFixture.NOT_ON_PAGES);
    assertTrue(
        unseen.isEmpty(),
        "fields filled but shown on none of the pages visited (a page that shows them belongs in"
            + " the visit list): "
            + unseen.values());
  }

  /** After a page has loaded: no dialog, no payload ran, and which payloads are shown as text. */
  private void inspectForScript(
      String where, XssFixture xss, java.util.Map<Integer, String> seen, List<String> ran) {
    wait.until(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    try {
      Thread.sleep(300); // an image's error handler runs after the failed load
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      String text = browser.switchTo().alert().getText();
      browser.switchTo().alert().dismiss();
      ran.add(where + ": an alert \"" + text + "\"");
    } catch (org.openqa.selenium.NoAlertPresentException expected) {
      // as it should be
    }
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    Object flag =
        js.executeScript("return window.__xss === undefined ? null : String(window.__xss)");
    // The Content-Security-Policy stops inline script from running, so markup that reached the
    // page as HTML is looked for as well: an element carrying a payload's handler or script.
    @SuppressWarnings("unchecked")
    List<Object> injected =
        (List<Object>)
            js.executeScript(
                "return Array.from(document.querySelectorAll('[onerror], [onload], script'))"
                    + "  .map(e => (e.getAttribute('onerror') || '') + (e.getAttribute('onload') ||"
                    + " '') + (e.tagName === 'SCRIPT' ? e.textContent : ''))"
                    + "  .map(t => /__xss=(\\d+)/.exec(t)).filter(m => m).map(m => m[1])");
    java.util.Set<Integer> payloads = new java.util.TreeSet<>();
    if (flag != null) {
      payloads.add(Integer.valueOf(flag.toString()));
    }
    injected.forEach(n -> payloads.add(Integer.valueOf(n.toString())));
    for (Integer n : payloads) {
      ran.add(where + ": the payload of " + xss.fields().get(n) + " (ran or stands as markup)");
    }
    String shown =
        (String)
            js.executeScript(
                "return document.body.innerText + '\\n'"
                    + " + Array.from(document.querySelectorAll('input, textarea, option'))"
                    + "     .map(e => e.value).join('\\n')");
    assertTrue(!shown.contains(">49"), where + ": an expression (#{7*7}) was evaluated");
    for (Integer n : xss.fields().keySet()) {
      if (shown.contains(XssFixture.rendered(n))) {
        seen.putIfAbsent(n, where);
      }
    }
  }

  /**
   * Runs axe-core on each page in Dutch and in English at desktop width, then in Dutch on a phone
   * (390 px wide): there the page must not be wider than the screen (only a table's own labelled
   * scroll region may scroll sideways), the menu must sit behind its button, the content must start
   * within the first screen, axe-core must find nothing, and no date may be shown as ISO
   * (2026-12-06). One summary line per page and width.
   */
  private void sweepPages(List<String[]> pages, List<String> lines, List<String> failures)
      throws Exception {
    for (String lang : MARKUP_CHECKS ? List.of("nl", "en", PHONE) : List.of("nl", "en")) {
      boolean phone = lang.equals(PHONE);
      browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 900));
      for (String[] p : pages) {
        String url = p[1].startsWith("http") ? p[1] : page(p[1]);
        String language = phone ? "nl" : lang;
        browser.get(url + (url.contains("?") ? "&" : "?") + "lang=" + language);
        String htmlLang = browser.findElement(By.tagName("html")).getAttribute("lang");
        String where = p[0] + " (" + lang + ")";
        if (!language.equals(htmlLang)) {
          failures.add(where + ": the page says lang=" + htmlLang);
        }
        if (browser.findElements(By.id("error-message")).stream()
            .anyMatch(e -> e.getText().contains("onze kant") || e.getText().contains("our side"))) {
          failures.add(where + ": the server's error page (a failure behind a clean page)");
        }
        if (!MARKUP_CHECKS) {
          lines.add(String.format("page %-34s %s rendered", p[0], lang));
          continue;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        lines.add(
            String.format(
                "a11y %-34s %s violations=%d passes=%d incomplete=%d %s",
                p[0],
                lang,
                violations.size(),
                results.getPasses().size(),
                results.getIncomplete().size(),
                results.getIncomplete().stream().map(Rule::getId).toList()));
        if (results.getPasses().size() <= 5) {
          failures.add(where + ": axe-core ran few rules");
        }
        for (Rule v : violations) {
          failures.add(
              where
                  + ": "
                  + v.getId()
                  + " ("
                  + v.getImpact()
                  + ") "
                  + v.getNodes().size()
                  + " nodes, e.g. "
                  + v.getNodes().get(0).getTarget()
                  + " "
                  + v.getNodes().get(0).getFailureSummary());
        }
        if (phone) {
          phoneChecks(where, lines, failures);
          screenshot("phone-" + p[0].replaceAll("\\W+", "-"));
        }
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private static final String PHONE = "nl@390px";

  /**
   * The markup does not depend on the database, and axe-core is the slowest part of the suite
   * (about 200 analyses a run): axe-core (the sweep's and each flow's) and the phone checks run on
   * the embedded database (CI's first run). Against PostgreSQL ({@code PORTAL_DB_URL} set, CI's
   * second run) the flows run without them and the sweep still opens every page in both languages,
   * each of which must render without the server's error page.
   */
  private static final boolean MARKUP_CHECKS = System.getenv("PORTAL_DB_URL") == null;

  /** What a page must be on a 390 px screen; see {@link #sweepPages}. */
  @SuppressWarnings("unchecked")
  private void phoneChecks(String where, List<String> lines, List<String> failures) {
    Map<String, Object> facts =
        (Map<String, Object>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    """
                    const root = document.documentElement;
                    const wide = [], inRegions = [];
                    for (const e of document.body.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (r.right > root.clientWidth + 1 && getComputedStyle(e).visibility !== 'hidden') {
                        const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '')
                          + ' ' + Math.round(r.right);
                        (e.closest('.portal-table-scroll') ? inRegions : wide).push(name);
                      }
                    }
                    const regions = [];
                    for (const e of document.querySelectorAll('.portal-table-scroll')) {
                      if (e.getAttribute('role') !== 'region' || e.getAttribute('tabindex') !== '0'
                          || !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby'))) {
                        regions.push(e.outerHTML.substring(0, 120));
                      }
                    }
                    for (const t of document.querySelectorAll('main table')) {
                      if (!t.closest('.portal-table-scroll')) {
                        regions.push('a table outside a scroll region: '
                          + (t.id || t.outerHTML.substring(0, 80)));
                      }
                    }
                    const nav = document.querySelector('.portal-nav');
                    const main = document.getElementById('main');
                    // Dates the portal writes; not a field's hint on how to type one, a document's own text,
                    // nor text marked as another language (the ledger checks' English details, F9 §3).
                    const text = document.body.cloneNode(true);
                    text.querySelectorAll('.utrecht-form-field__description, [id$="-hint"], .portal-hit__snippet,'
                        + ' .portal-preview, textarea, input, script, main [lang]:not([lang="nl"])')
                        .forEach(e => e.remove());
                    const iso = (text.textContent.match(/\\b\\d{4}-\\d{2}-\\d{2}\\b/) || [null])[0];
                    return {
                      scrollWidth: root.scrollWidth,
                      wide: wide.slice(0, 5).join(', ') + ' (in scroll regions: '
                        + inRegions.slice(0, 3).join(', ') + ')',
                      regions: regions.slice(0, 3).join(' | '),
                      navShown: nav ? nav.offsetParent !== null && nav.getBoundingClientRect().height > 0 : false,
                      mainTop: Math.round(main.getBoundingClientRect().top + window.scrollY),
                      iso: iso
                    };
                    """);
    long scrollWidth = ((Number) facts.get("scrollWidth")).longValue();
    long mainTop = ((Number) facts.get("mainTop")).longValue();
    lines.add(String.format("phone %-33s scrollWidth=%d mainTop=%d", where, scrollWidth, mainTop));
    if (scrollWidth > 390) {
      failures.add(where + ": " + scrollWidth + " px wide, e.g. " + facts.get("wide"));
    }
    if (!String.valueOf(facts.get("regions")).isEmpty()) {
      failures.add(
          where + ": scroll regions must be labelled and focusable: " + facts.get("regions"));
    }
    if (Boolean.TRUE.equals(facts.get("navShown"))) {
      failures.add(where + ": the menu is open before its button is pressed");
    }
    List<WebElement> menuButton = browser.findElements(By.id("menu-button"));
    if (!menuButton.isEmpty()) {
      menuButton.get(0).click();
      if (!browser.findElement(By.id("sign-out")).isDisplayed()
          || !"true".equals(menuButton.get(0).getDomAttribute("aria-expanded"))) {
        failures.add(where + ": the Menu button does not open the menu");
      }
      menuButton.get(0).click();
    }
    if (mainTop > 200) {
      failures.add(where + ": the content starts " + mainTop + " px down");
    }
    if (facts.get("iso") != null) {
      failures.add(where + ": a date in ISO form: " + facts.get("iso"));
    }
  }

  /** The address of the first link that matches, on a page. */
  // --- F9: errors where they happen ---

  /**
   * Words of an English error that must not show on a Dutch page (and the Dutch ones on English).
   */
  private static final java.util.regex.Pattern ENGLISH_ERROR =
      java.util.regex.Pattern.compile(
          "\\b(the|is required|must|invalid|not a (number|date)|please|enter|there is a problem"
              + "|error|amount|reload|which entry|no (programme|publication|document|method))\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern DUTCH_ERROR =
      java.util.regex.Pattern.compile(
          "\\b(vul|een|het|niet|geen|bedrag|getal|verplicht|er is een probleem|fout)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** One form of the portal made to fail: where it is, what to type, and which fields fail. */
  private record FormCase(
      String name,
      String path,
      Runnable fill,
      String submit,
      List<String> fields,
      java.util.Map<String, String> kept) {}

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void everyFormReportsAllItsErrorsAtOnceInDutchInTheSummaryAndBesideEachField() {
    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    String programme = startProgramme("Foutenproef " + Long.toString(System.nanoTime(), 36));
    String method =
        firstLink("/app/koffer.xhtml?circle=leerkring-wdw", "a[href*='/app/method.xhtml?id=']");
    String methodPath = method.substring(method.indexOf("/app/"));
    List<FormCase> forms =
        List.of(
            new FormCase(
                "programmes: a new programme",
                "/app/programmes.xhtml",
                () -> {
                  type("pr-contributions", "12,345");
                  type("pr-budget", "veel");
                },
                "pr-submit",
                List.of("pr-name", "pr-contributions", "pr-budget"),
                java.util.Map.of("pr-contributions", "12,345", "pr-budget", "veel")),
            new FormCase(
                "programme: its own fields",
                "/app/programme.xhtml?id=" + programme,
                () -> {
                  browser.findElement(By.id("head-heading")).click();
                  type("h-name", " ");
                  type("h-budget", "1.5");
                },
                "h-save",
                List.of("h-name", "h-budget"),
                java.util.Map.of("h-budget", "1.5")),
            new FormCase(
                "programme: a partner",
                "/app/programme.xhtml?id=" + programme,
                () -> type("pa-contribution", "-5"),
                "pa-submit",
                List.of("pa-organisation", "pa-contribution"),
                java.util.Map.of("pa-contribution", "-5")),
            new FormCase(
                "programme: a milestone",
                "/app/programme.xhtml?id=" + programme,
                () -> type("ms-indicator", "bereik"),
                "ms-submit",
                List.of("ms-title", "ms-due"),
                java.util.Map.of("ms-indicator", "bereik")),
            new FormCase(
                "ledger: a budget line",
                "/app/ledger.xhtml?id=" + programme,
                () -> {
                  if (browser.findElements(By.id("ln-description")).isEmpty()) {
                    typeDate(By.id("ve-from"), "2024-04-01"); // lines need a budget version
                    browser.findElement(By.id("ve-submit")).click();
                    waitForText(By.id("versions"), "huidige versie");
                  }
                  type("ln-description", "Drie decimalen");
                  type("periods:0:p-planned", "1.234,567");
                  type("periods:0:p-actual", "veel");
                  type("ln-stated", "1.5");
                },
                "ln-submit",
                List.of("periods:0:p-planned", "periods:0:p-actual", "ln-stated"),
                java.util.Map.of(
                    "periods:0:p-planned", "1.234,567", "ln-description", "Drie decimalen")),
            new FormCase(
                "method card: a new one",
                "/app/method-edit.xhtml",
                () -> {
                  type("e-people", "drie");
                  type("e-budget", "veel geld");
                },
                "e-save",
                List.of("e-name", "e-summary", "e-steps", "e-people", "e-budget"),
                java.util.Map.of("e-budget", "veel geld")),
            new FormCase(
                "method: a use",
                methodPath,
                () -> type("u-wijk", "Centrum"),
                "u-submit",
                List.of("u-from"),
                java.util.Map.of("u-wijk", "Centrum")),
            new FormCase(
                "fits: the situation",
                "/app/fits.xhtml",
                () -> {
                  type("fit-people", "drie");
                  type("fit-budget", "vijf euro");
                },
                "fit-submit",
                List.of("fit-people", "fit-budget"),
                java.util.Map.of("fit-budget", "vijf euro")),
            new FormCase(
                "password",
                "/app/password.xhtml",
                () -> {
                  type("current", "x");
                  type("replacement", "een-lang-nieuw-wachtwoord");
                  type("repeat", "een-ander-wachtwoord");
                },
                "change",
                List.of("repeat"),
                java.util.Map.of()));
    walk(forms);

    // "5.000" is five thousand euro on the fits page, as everywhere
    browser.get(page("/app/fits.xhtml"));
    type("fit-budget", "5.000");
    browser.findElement(By.id("fit-submit")).click();
    wait.until(ExpectedConditions.urlContains("budget="));
    assertTrue(
        browser.findElements(By.id("fit-budget-error")).isEmpty()
            && browser.findElement(By.id("fit-budget")).getDomAttribute("aria-invalid") == null,
        "5.000 is an amount: " + browser.findElement(By.tagName("main")).getText());
    assertEquals("5.000", browser.findElement(By.id("fit-budget")).getDomProperty("value"));

    // and in English, no Dutch
    browser.get(page("/app/method-edit.xhtml?lang=en"));
    type("e-budget", "lots");
    browser.findElement(By.id("e-save")).click();
    assertErrorsShown("method card (en)", List.of("e-name", "e-budget"), DUTCH_ERROR);
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().contains("There is a problem"));
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
  }

  /**
   * The rest of the portal's forms, for every role that has them: documents, the item's report, the
   * programme's other forms and the ledger's, comments, members, the admin's forms, the reset page
   * and the one-field reason boxes of moderation and the roll-up. A use is changed and deleted on
   * the method page, as its owner would.
   */
  @Test
  void everyOtherFormOfEveryRoleReportsItsErrorsInDutchAndAUseIsChangedAndDeleted() {
    String n = Long.toString(System.nanoTime(), 36);
    browser.get(page("/reset.xhtml?token=verzonnen-" + n));
    walk(
        List.of(
            new FormCase(
                "reset: a new password with a link",
                null,
                () -> {
                  type("reset-password", "een-lang-nieuw-wachtwoord");
                  type("reset-repeat", "een-ander-wachtwoord");
                },
                "reset-submit",
                List.of("reset-repeat"),
                java.util.Map.of())));

    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    String programmeName = "Foutenproef twee " + n;
    String programme = startProgramme(programmeName);
    String document = firstLink("/app/documents.xhtml", "a[href*='/app/document.xhtml?id=']");
    String item =
        firstLink("/app/catalog.xhtml?circle=leerkring-wdw", "a[href*='/app/item.xhtml?id=']");
    String method =
        firstLink("/app/koffer.xhtml?circle=leerkring-wdw", "a[href*='/app/method.xhtml?id=']");
    walk(
        List.of(
            new FormCase(
                "documents: upload",
                "/app/documents.xhtml",
                () -> type("u-number", "2026-" + n),
                "u-submit",
                List.of("u-title", "u-type", "u-file"),
                java.util.Map.of("u-number", "2026-" + n)),
            new FormCase(
                "document: its description",
                document.substring(document.indexOf("/app/")),
                () -> {
                  browser.findElement(By.cssSelector("#edit-details > summary")).click();
                  browser.findElement(By.id("e-title")).clear();
                  new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("e-type")))
                      .selectByValue("");
                  type("e-number", "nr-" + n);
                },
                "e-submit",
                List.of("e-title", "e-type"),
                java.util.Map.of("e-number", "nr-" + n)),
            new FormCase(
                "item: a report",
                item.substring(item.indexOf("/app/")),
                () -> type("r-reason", " "),
                "r-submit",
                List.of("r-reason"),
                java.util.Map.of()),
            new FormCase(
                "method: a comment",
                method.substring(method.indexOf("/app/")),
                () -> type("c-body", " "),
                "c-submit",
                List.of("c-body"),
                java.util.Map.of()),
            new FormCase(
                "programme: a theme",
                "/app/programme.xhtml?id=" + programme,
                () -> type("th-name", " "),
                "th-submit",
                List.of("th-name"),
                java.util.Map.of()),
            new FormCase(
                "programme: a goal",
                "/app/programme.xhtml?id=" + programme,
                () -> {
                  type("th-name", "Thema " + n); // a goal needs a theme
                  browser.findElement(By.id("th-submit")).click();
                  wait.until(ExpectedConditions.presenceOfElementLocated(By.id("go-title")));
                  type("go-title", " ");
                },
                "go-submit",
                List.of("go-title"),
                java.util.Map.of()),
            new FormCase(
                "programme: an action",
                "/app/programme.xhtml?id=" + programme,
                () -> {
                  type("go-title", "Doel " + n); // an action needs a goal
                  browser.findElement(By.id("go-submit")).click();
                  wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ac-title")));
                  type("ac-owner", "Team " + n);
                },
                "ac-submit",
                List.of("ac-title"),
                java.util.Map.of("ac-owner", "Team " + n)),
            new FormCase(
                "programme: a note",
                "/app/programme.xhtml?id=" + programme,
                () -> type("no-body", " "),
                "no-submit",
                List.of("no-body"),
                java.util.Map.of()),
            new FormCase(
                "programme: a statement without a budget (summary only)",
                "/app/programme.xhtml?id=" + programme,
                () -> {},
                "st-submit",
                List.of(),
                java.util.Map.of()),
            new FormCase(
                "ledger: a funding source",
                "/app/ledger.xhtml?id=" + programme,
                () -> {
                  type("so-name", "Subsidie " + n);
                  type("so-awarded", "veel");
                },
                "so-submit",
                List.of("so-awarded"),
                java.util.Map.of("so-name", "Subsidie " + n, "so-awarded", "veel")),
            new FormCase(
                "ledger: a contribution in kind without partner, hours or rate",
                "/app/ledger.xhtml?id=" + programme,
                () -> {},
                "co-submit",
                List.of("co-partner", "co-hours", "co-rate"),
                java.util.Map.of()),
            new FormCase(
                "ledger: a budget version",
                "/app/ledger.xhtml?id=" + programme,
                () -> type("ve-note", "Begroting " + n),
                "ve-submit",
                List.of("ve-from"),
                java.util.Map.of("ve-note", "Begroting " + n))));

    // with a budget version the programme's statement goes to the coordinator (returned below)
    browser.get(page("/app/ledger.xhtml?id=" + programme));
    typeDate(By.id("ve-from"), "2024-04-01");
    browser.findElement(By.id("ve-submit")).click();
    waitForText(By.id("versions"), "huidige versie");
    browser.get(page("/app/programme.xhtml?id=" + programme));
    browser.findElement(By.id("st-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));

    // a use is changed and deleted by clicking, as its gemeente would
    String wijk = "Proefwijk " + n;
    browser.get(method);
    type("u-wijk", wijk);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = '2025-03-01'", browser.findElement(By.id("u-from")));
    type("u-happened", "Twee kringen gestart in de proefwijk.");
    browser.findElement(By.id("u-submit")).click();
    waitForText(By.id("messages"), "vastgelegd");
    String row = "//table[@id='own-uses']//tr[th[normalize-space()='%s']]";
    browser
        .findElement(By.xpath(String.format(row, wijk) + "//a[contains(@class,'portal-edit-use')]"))
        .click();
    assertEquals(wijk, browser.findElement(By.id("u-wijk")).getDomProperty("value"));
    browser.findElement(By.id("u-from")).clear();
    type("u-wijk", wijk + " Noord");
    browser.findElement(By.id("u-submit")).click();
    assertErrorsShown("method: a use changed without its start", List.of("u-from"), ENGLISH_ERROR);
    assertEquals(wijk + " Noord", browser.findElement(By.id("u-wijk")).getDomProperty("value"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = '2025-04-01'", browser.findElement(By.id("u-from")));
    browser.findElement(By.id("u-submit")).click();
    waitForText(By.id("messages"), "gewijzigd");
    browser
        .findElement(
            By.xpath(
                String.format(row, wijk + " Noord")
                    + "//button[contains(@class,'portal-delete-use')]"))
        .click();
    waitForText(By.id("messages"), "verwijderd");
    assertTrue(browser.findElements(By.xpath(String.format(row, wijk + " Noord"))).isEmpty());
    assertNoAccessibilityViolations("method card after a use was deleted");
    signOut();

    signIn("wijchen.beheer", Api.DEMO_PASSWORD);
    String member = firstLink("/app/members.xhtml", "a[href*='/app/members.xhtml?member=']");
    walk(
        List.of(
            new FormCase(
                "members: a new member",
                "/app/members.xhtml",
                () -> {
                  type("m-username", "lid");
                  type("m-name", "Dubbel " + n);
                  type("m-password", "een-lang-proefwachtwoord-" + n);
                },
                "m-submit",
                List.of("m-username"),
                java.util.Map.of("m-name", "Dubbel " + n)),
            new FormCase(
                "members: a member changed",
                member.substring(member.indexOf("/app/")),
                () -> {
                  type("me-name", " ");
                  type("me-email", "geen-adres-" + n);
                },
                "me-submit",
                List.of("me-name", "me-email"),
                java.util.Map.of("me-email", "geen-adres-" + n))));
    signOut();

    signIn("admin", Api.ADMIN_PASSWORD);
    String account =
        firstLink("/app/admin.xhtml?aq=wijchen.lid", "a[href*='/app/admin.xhtml?account=']");
    walk(
        List.of(
            new FormCase(
                "admin: a gemeente changed",
                "/app/admin.xhtml?tenant=wijchen",
                () -> {
                  type("te-name", " ");
                  type("te-cbs", "12");
                },
                "te-submit",
                List.of("te-name", "te-cbs"),
                java.util.Map.of("te-cbs", "12")),
            new FormCase(
                "admin: a new gemeente",
                "/app/admin.xhtml",
                () -> {
                  type("t-slug", "proef-" + n);
                  type("t-cbs", "12");
                },
                "t-submit",
                List.of("t-name", "t-cbs"),
                java.util.Map.of("t-slug", "proef-" + n)),
            new FormCase(
                "admin: a leerkring changed",
                "/app/admin.xhtml?circle=leerkring-wdw",
                () -> {
                  type("ce-name", " ");
                  typeDate(By.id("ce-start"), "2026-06-01");
                  typeDate(By.id("ce-end"), "2026-01-01");
                },
                "ce-submit",
                List.of("ce-name", "ce-end"),
                java.util.Map.of("ce-start", "2026-06-01", "ce-end", "2026-01-01")),
            new FormCase(
                "admin: a gemeente into the leerkring",
                "/app/admin.xhtml?circle=leerkring-wdw",
                () -> {},
                "ce-admit",
                List.of("ce-member"),
                java.util.Map.of()),
            new FormCase(
                "admin: a coordinator appointed",
                "/app/admin.xhtml?circle=leerkring-wdw",
                () -> type("ce-coordinator", "niemand-" + n),
                "ce-appoint",
                List.of("ce-coordinator"),
                java.util.Map.of("ce-coordinator", "niemand-" + n)),
            new FormCase(
                "admin: a new leerkring",
                "/app/admin.xhtml",
                () -> type("c-slug", "kring-" + n),
                "c-submit",
                List.of("c-name"),
                java.util.Map.of("c-slug", "kring-" + n)),
            new FormCase(
                "admin: an account changed",
                account.substring(account.indexOf("/app/")),
                () -> {
                  type("ae-name", " ");
                  type("ae-email", "geen-adres-" + n);
                },
                "ae-submit",
                List.of("ae-name", "ae-email"),
                java.util.Map.of("ae-email", "geen-adres-" + n)),
            new FormCase(
                "admin: a new account",
                "/app/admin.xhtml",
                () -> {
                  type("a-username", "admin");
                  type("a-name", "Dubbel " + n);
                  type("a-password", "een-lang-proefwachtwoord-" + n);
                },
                "a-submit",
                List.of("a-username"),
                java.util.Map.of("a-name", "Dubbel " + n))));
    signOut();

    signIn("coordinator", Api.DEMO_PASSWORD);
    browser.get(page("/app/moderation.xhtml?circle=leerkring-wdw&view=published"));
    browser.findElement(By.id("act-0")).click();
    browser.findElement(By.cssSelector("button[id$='hide-button']")).click();
    assertErrorsShown("moderation: hiding without a reason", List.of("reason"), ENGLISH_ERROR);
    assertTrue(browser.getTitle().startsWith("Fout: "), browser.getTitle());
    browser.get(page("/app/rollup.xhtml"));
    WebElement waiting =
        browser.findElement(
            By.xpath("//section[h3[normalize-space()='Wijchen: " + programmeName + "']]"));
    String reason = waiting.findElement(By.tagName("textarea")).getDomAttribute("id");
    waiting.findElement(By.cssSelector("button[id$='return']")).click();
    assertErrorsShown("roll-up: returning without a reason", List.of(reason), ENGLISH_ERROR);
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();
  }

  /** Makes each form fail in Dutch and checks its summary, field messages and what was typed. */
  private void walk(List<FormCase> forms) {
    for (FormCase form : forms) {
      if (form.path() != null) {
        browser.get(page(form.path()));
      }
      form.fill().run();
      browser.findElement(By.id(form.submit())).click();
      assertErrorsShown(form.name() + " (nl)", form.fields(), ENGLISH_ERROR);
      assertTrue(browser.getTitle().startsWith("Fout: "), form.name() + ": " + browser.getTitle());
      form.kept()
          .forEach(
              (id, typed) ->
                  assertEquals(
                      typed,
                      browser.findElement(By.id(id)).getDomProperty("value"),
                      form.name() + ": what was typed in " + id + " stays"));
    }
  }

  /**
   * The summary has the focus, links to every failing field, and each field carries its message
   * (aria-invalid, aria-describedby); nothing in the errors is in the other language; axe is clean.
   */
  private void assertErrorsShown(
      String where, List<String> fields, java.util.regex.Pattern otherLanguage) {
    WebElement summary;
    try {
      summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          where
              + ": no error summary; the page says:\n"
              + browser.findElement(By.tagName("main")).getText(),
          e);
    }
    assertEquals(
        "error-summary",
        browser.switchTo().activeElement().getDomAttribute("id"),
        where + ": the summary has the focus");
    List<String> links =
        summary.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href")).toList();
    StringBuilder errors = new StringBuilder(summary.getText());
    for (String link : links) {
      assertEquals(
          1,
          browser.findElements(By.id(link.substring(1))).size(),
          where + ": the summary's link " + link + " leads to one field on the page");
    }
    for (String id : fields) {
      assertTrue(links.contains("#" + id), where + ": the summary links to " + id + ": " + links);
      WebElement input = browser.findElement(By.id(id));
      assertEquals(
          "true", input.getDomAttribute("aria-invalid"), where + ": " + id + " is invalid");
      assertTrue(
          String.valueOf(input.getDomAttribute("aria-describedby")).contains(id + "-error"),
          where + ": " + id + " is described by its message");
      String message = browser.findElement(By.id(id + "-error")).getText();
      assertTrue(!message.isBlank(), where + ": a message beside " + id);
      errors.append('\n').append(message);
    }
    java.util.regex.Matcher wrong = otherLanguage.matcher(errors);
    assertTrue(
        !wrong.find(), where + ": '" + (wrong.hitEnd() ? "" : wrong.group()) + "' in:\n" + errors);
    String main = browser.findElement(By.tagName("main")).getText();
    for (String leak :
        List.of(
            "is required", "is not a number", "reload the page", "No programme", "Which entry")) {
      assertTrue(!main.contains(leak), where + ": '" + leak + "' on the page:\n" + main);
    }
    // the first link moves the focus into its field
    if (!links.isEmpty()) {
      summary.findElements(By.tagName("a")).get(0).click();
      assertEquals(
          links.get(0).substring(1),
          browser.switchTo().activeElement().getDomAttribute("id"),
          where + ": the summary's link focuses its field");
    }
    assertNoAccessibilityViolations(where);
  }

  /** Starts a programme through its form and returns its id. */
  private String startProgramme(String name) {
    browser.get(page("/app/programmes.xhtml"));
    browser.findElement(By.id("pr-name")).sendKeys(name);
    typeDate(By.id("pr-start"), "2024-04-01");
    typeDate(By.id("pr-end"), "2027-03-31");
    browser.findElement(By.id("pr-submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/programme.xhtml"));
    return ledgerId();
  }

  @Test
  void programmeRowsAreChangedInPlaceAndAGoneItemSaysSoInDutch() {
    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    String programme = startProgramme("Wijzigproef " + Long.toString(System.nanoTime(), 36));
    browser.findElement(By.id("th-name")).sendKeys("Gezondheid", Keys.ENTER);
    waitForText(By.id("tree"), "Gezondheid");
    browser.findElement(By.id("pa-organisation")).sendKeys("Stichting Welzijn");
    type("pa-contribution", "5.000");
    browser.findElement(By.id("pa-submit")).click();
    waitForText(By.id("partners"), "€ 5.000,00");

    // a theme: its row opens the form in edit mode, filled; saved, the tree shows the new name
    browser.findElement(By.cssSelector("a[id^='theme-edit-']")).click();
    wait.until(ExpectedConditions.urlContains("editTheme="));
    assertEquals("Gezondheid", browser.findElement(By.id("th-name")).getDomProperty("value"));
    assertEquals("Thema wijzigen", browser.findElement(By.id("theme-form-heading")).getText());
    type("th-name", "Gezondheid en zorg");
    browser.findElement(By.id("th-submit")).click();
    waitForText(By.id("messages"), "gewijzigd");
    assertTrue(browser.findElement(By.id("tree")).getText().contains("Gezondheid en zorg"));
    assertEquals(
        1,
        browser.findElements(By.cssSelector("a[id^='theme-edit-']")).size(),
        "changed, not added");

    // a partner: a refused change keeps the edit mode and what was typed, cancel leaves it
    browser.findElement(By.cssSelector("a[id^='partner-edit-']")).click();
    assertEquals("5.000,00", browser.findElement(By.id("pa-contribution")).getDomProperty("value"));
    type("pa-organisation", " ");
    type("pa-contribution", "7.500,5");
    browser.findElement(By.id("pa-submit")).click();
    assertErrorsShown(
        "programme: a partner changed (nl)", List.of("pa-organisation"), ENGLISH_ERROR);
    assertEquals("Partner wijzigen", browser.findElement(By.id("partner-form-heading")).getText());
    assertEquals("7.500,5", browser.findElement(By.id("pa-contribution")).getDomProperty("value"));
    type("pa-organisation", "Stichting Welzijn Oost");
    browser.findElement(By.id("pa-submit")).click();
    waitForText(By.id("messages"), "gewijzigd");
    String partners = browser.findElement(By.id("partners")).getText();
    assertTrue(
        partners.contains("Stichting Welzijn Oost") && partners.contains("€ 7.500,50"), partners);
    browser.findElement(By.cssSelector("a[id^='partner-edit-']")).click();
    browser.findElement(By.id("partner-cancel")).click();
    assertTrue(
        browser.getTitle().startsWith("Wijzigproef"), "no error left: " + browser.getTitle());

    // an action: every field of its row in the form; a changed title and quarter are saved
    browser.findElement(By.id("go-title")).sendKeys("Eén toegang", Keys.ENTER);
    waitForText(By.id("tree"), "Eén toegang");
    browser.findElement(By.id("ac-title")).sendKeys("Traject starten");
    browser.findElement(By.id("ac-owner")).sendKeys("gemeente");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ac-quarter")))
        .selectByValue("2024-Q2");
    browser.findElement(By.id("ac-submit")).click();
    waitForText(By.id("tree"), "Traject starten");
    browser.findElement(By.cssSelector("a[id^='action-edit-']")).click();
    assertEquals("gemeente", browser.findElement(By.id("ac-owner")).getDomProperty("value"));
    assertEquals("2024-Q2", browser.findElement(By.id("ac-quarter")).getDomProperty("value"));
    type("ac-title", "Traject gestart");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ac-quarter")))
        .selectByValue("2024-Q3");
    browser.findElement(By.id("ac-submit")).click();
    waitForText(By.id("messages"), "gewijzigd");
    String tree = browser.findElement(By.id("tree")).getText();
    assertTrue(tree.contains("Traject gestart") && tree.contains("2024-Q3"), tree);
    assertTrue(!tree.contains("Traject starten"), "changed, not added: " + tree);
    assertEquals("Partner toevoegen", browser.findElement(By.id("partner-form-heading")).getText());

    // a programme, a publication, a method card that are not there: said in Dutch, 404, a way back
    for (String gone :
        List.of(
            "/app/programme.xhtml?id=00000000-0000-0000-0000-000000000000",
            "/app/ledger.xhtml?id=00000000-0000-0000-0000-000000000000",
            "/app/item.xhtml?id=00000000-0000-0000-0000-000000000000",
            "/app/method.xhtml?id=00000000-0000-0000-0000-000000000000",
            "/app/method-edit.xhtml?id=00000000-0000-0000-0000-000000000000",
            "/app/document.xhtml?id=00000000-0000-0000-0000-000000000000")) {
      browser.get(page(gone));
      String main = browser.findElement(By.tagName("main")).getText();
      assertTrue(
          main.contains("Niet gevonden") && main.contains("bestaat niet"), gone + ":\n" + main);
      assertTrue(!ENGLISH_ERROR.matcher(browser.findElement(By.id("gone")).getText()).find(), main);
      assertTrue(!main.contains("00000000-0000"), gone + ": no id in the text:\n" + main);
      assertTrue(browser.findElement(By.id("gone-back")).getDomAttribute("href").contains("/app/"));
      assertTrue(fetchInPage(page(gone)).startsWith("404 "), gone + " answers 404");
    }
    assertNoAccessibilityViolations("a programme that is not there (nl)");
    browser.get(page("/app/programme.xhtml?id=" + programme));
  }

  private String firstLink(String path, String css) {
    browser.get(page(path));
    List<WebElement> links = browser.findElements(By.cssSelector(css));
    assertTrue(!links.isEmpty(), "no " + css + " on " + path);
    return links.get(0).getDomProperty("href");
  }

  private void signOut() {
    browser.get(page("/app/dashboard.xhtml"));
    // On a phone the menu, with the sign-out button, is folded behind its button.
    WebElement menu = browser.findElement(By.id("menu-button"));
    if (menu.isDisplayed() && "false".equals(menu.getAttribute("aria-expanded"))) {
      menu.click();
    }
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
  }

  /**
   * The three main flows with the keyboard alone (Tab, Enter, arrows, typing; a file input takes
   * the path as a keyboard user's file dialog ends): publish a document, find and cite it, enter a
   * ledger line. The skip link is the first tab stop on every page reached, and every focused
   * element shows its focus (an outline or a box shadow).
   */
  /** A thread of the demo circle with a reply, started by Duiven's member; its id. */
  private static String thread(Api api) {
    String duiven = api.token("duiven.lid", Api.DEMO_PASSWORD);
    Api.Answer thread =
        api.post(
            "api/circles/leerkring-wdw/threads",
            duiven,
            "{\"title\":\"Wie heeft ervaring met buurtconciërges?\","
                + "\"body\":\"We starten in 2027. @wijchen.lid, hoe ging het bij jullie?\"}");
    assertEquals(201, thread.status(), thread.body());
    return thread.json().getString("id");
  }

  /**
   * F8 conversations: a member answers a thread with the keyboard alone, sees the reply with a link
   * from the circle page, changes it (the first text stays in its history), and the thread, the
   * circle page and the activity page are axe clean in both languages and at 390 px.
   */
  @Test
  void aMemberRepliesToAThreadWithTheKeyboardAlone() throws Exception {
    String id = thread(new Api(base));
    String answer = "Goed: begin klein, " + Long.toString(System.nanoTime(), 36);
    signIn("wijchen.lid", Api.DEMO_PASSWORD);
    browser.get(page("/app/thread.xhtml?id=" + id));
    assertEquals(
        "Wie heeft ervaring met buurtconciërges?",
        browser.findElement(By.id("thread-title")).getText());
    assertNoAccessibilityViolations("thread (nl)");
    // An empty reply is refused beside its field; then one typed with the keyboard is posted.
    skipLinkFirst(true);
    tabToId("reply-submit");
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-body-error")));
    assertNoAccessibilityViolations("thread, refused (nl)");
    // The refusal's summary has the focus: the first Tab reaches its link to the field.
    keys(Keys.TAB);
    List<String> summaryLink = focused();
    assertTrue(
        summaryLink.get(3).endsWith("#reply-body"),
        () -> "the first tab stop is the summary's link to the field: " + summaryLink);
    tabToId("reply-body");
    keys(answer);
    tabToId("reply-submit");
    keys(Keys.ENTER);
    waitForText(By.id("thread-posts"), answer);
    // The author changes it; the first text stays readable in the history.
    WebElement own =
        browser.findElements(By.cssSelector("#thread-posts > li")).stream()
            .filter(li -> li.getText().contains(answer))
            .findFirst()
            .orElseThrow();
    own.findElement(By.tagName("summary")).click();
    WebElement text = own.findElement(By.cssSelector("textarea[name='body']"));
    text.clear();
    text.sendKeys("Beter: begin klein en vraag de bewoners.");
    own.findElement(By.cssSelector("button[id$='edit-button']")).click();
    waitForText(By.id("thread-posts"), "Beter: begin klein");
    assertTrue(browser.getPageSource().contains(answer), "the earlier text stays in the history");
    screenshot("thread");

    browser.get(page("/app/circle.xhtml?circle=leerkring-wdw"));
    assertTrue(
        browser.findElement(By.id("circle-threads")).getText().contains("buurtconciërges"),
        "the circle page lists the thread");
    browser.get(page("/app/thread.xhtml?id=" + id + "&lang=en"));
    assertNoAccessibilityViolations("thread (en)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    assertNoAccessibilityViolations("thread (en, 390 px)");
    browser.get(page("/app/activity.xhtml?circle=leerkring-wdw&since=2024-01-01&lang=nl"));
    assertTrue(
        browser.findElement(By.id("activity-items")).getText().contains("buurtconciërges"),
        "the activity lists the thread");
    assertNoAccessibilityViolations("activity (nl, 390 px)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    browser.get(page("/app/dashboard.xhtml?lang=nl"));
    signOut();
  }

  @Test
  void theThreeMainFlowsWorkWithTheKeyboardAlone() throws Exception {
    String word = "grutto" + Long.toString(System.nanoTime(), 36);
    String title = "Evaluatie " + word;
    Path file = Files.createTempFile("keyboard", ".txt");
    Files.writeString(file, "In Wijchen-Noord ging de " + word + " met bewoners in gesprek.\n");

    // sign in
    browser.get(page("/login.xhtml"));
    skipLinkFirst(false);
    tabToId("username");
    keys("wijchen.lid");
    tabToId("password");
    keys(Api.DEMO_PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/dashboard.xhtml"));

    // (a) publish a document: the menu, the upload form, the file, submit, offer to the circle
    skipLinkFirst(false);
    tabTo("the documents menu item", f -> f.get(3).endsWith("/app/documents.xhtml"));
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/documents.xhtml"));
    skipLinkFirst(true);
    tabToId("u-file");
    browser.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
    tabToId("u-title");
    keys(title);
    tabToId("u-type");
    chooseWithArrows("evaluatie");
    tabToId("u-summary");
    keys("Met het toetsenbord aangeboden.");
    tabToId("u-submit");
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/document.xhtml"));
    assertEquals(title, browser.findElement(By.id("document-title")).getText());
    skipLinkFirst(true);
    tabToId("s-circle");
    chooseWithArrows("leerkring-wdw");
    tabToId("s-submit");
    keys(Keys.ENTER);
    waitForText(By.id("document-status"), "aangeboden");

    // (b) find and cite it: the header's search box, Enter, the citation and its copy button
    skipLinkFirst(false);
    tabToId("header-q");
    keys(word, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/search.xhtml"));
    long until = System.currentTimeMillis() + 20_000;
    while (!browser.findElement(By.tagName("main")).getText().contains(title)
        && System.currentTimeMillis() < until) {
      Thread.sleep(1000);
      browser.navigate().refresh();
    }
    waitForText(By.id("search-count"), "1 resultaat");
    skipLinkFirst(true);
    List<String> citation =
        tabTo("the citation", f -> "textarea".equals(f.get(1)) && f.get(5).contains(word));
    assertTrue(citation.get(5).contains("Gemeente Wijchen"), citation.get(5));
    tabTo("the copy button", f -> !f.get(4).isEmpty());
    keys(Keys.ENTER);
    wait.until(
        d ->
            !d.findElement(By.cssSelector("#search-hits .portal-copy-status")).getText().isBlank());

    // (c) enter a ledger line: the menu, the programme's ledger, the line form
    browser.navigate().refresh();
    skipLinkFirst(false);
    tabToId("nav-programmes");
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/programmes.xhtml"));
    String ledgerLink =
        browser
            .findElement(
                By.xpath(
                    "//table[@id='programmes']//tr[contains(.,'Leerkring Wijk- en Dorpgericht')]"
                        + "//a[contains(@href,'/app/ledger.xhtml?id=')]"))
            .getDomAttribute("href");
    skipLinkFirst(true);
    tabTo("the programme's ledger", f -> f.get(3).equals(ledgerLink));
    keys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/ledger.xhtml"));
    String line = "Toetsenbordregel " + word;
    skipLinkFirst(true);
    tabToId("ln-description");
    keys(line);
    tabToId("ln-category");
    chooseWithArrows("materials");
    tabToId("periods:0:p-start");
    typeDateWithKeys("periods:0:p-start", "2025-01-01");
    tabToId("periods:0:p-end");
    typeDateWithKeys("periods:0:p-end", "2025-12-31");
    tabToId("periods:0:p-planned");
    keys("1.250,00");
    tabToId("ln-submit");
    keys(Keys.ENTER);
    waitForText(By.id("lines"), line);
    skipLinkFirst(false);
  }

  /**
   * The focused element: id, tag, "visible" or why not, href, data-copy, value (the last two for
   * the citation).
   */
  @SuppressWarnings("unchecked")
  private List<String> focused() {
    return (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "var e = document.activeElement; var s = getComputedStyle(e);"
                    + "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                    + "var shadow = !!s.boxShadow && s.boxShadow !== 'none';"
                    + "return [e.id || '', e.tagName.toLowerCase(),"
                    + " (outline || shadow) ? 'visible'"
                    + "   : ('not visible: outline ' + s.outlineStyle + ' ' + s.outlineWidth"
                    + "      + ', box-shadow ' + s.boxShadow + ', :focus ' + e.matches(':focus')"
                    + "      + ', :focus-visible ' + e.matches(':focus-visible')"
                    + "      + ', :focus-within ' + e.matches(':focus-within')"
                    + "      + ', page has focus ' + document.hasFocus()),"
                    + " e.getAttribute('href') || '', e.getAttribute('data-copy') || '',"
                    + " e.tagName === 'TEXTAREA' ? e.value : ''];");
  }

  private void keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
  }

  /**
   * Tabs until the focused element is the one wanted; every stop on the way shows its focus.
   * Returns that element's state.
   */
  private List<String> tabTo(String what, java.util.function.Predicate<List<String>> wanted) {
    List<String> stops = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      keys(Keys.TAB);
      List<String> f = focused();
      if (!"body".equals(f.get(1))) {
        stops.add(f.get(1) + "#" + f.get(0) + " " + f.get(3));
        assertEquals(
            "visible",
            f.get(2),
            () -> "focus is not visible on " + f + " (" + browser.getCurrentUrl() + ")");
      }
      if (wanted.test(f)) {
        System.out.println(
            "keyboard: "
                + what
                + " after "
                + (i + 1)
                + " Tab presses on "
                + browser.getCurrentUrl().replaceAll("^https?://[^/]+", ""));
        return f;
      }
    }
    throw new AssertionError(
        "Tab never reached "
            + what
            + " on "
            + browser.getCurrentUrl()
            + "; stops: "
            + String.join(", ", stops));
  }

  private void tabToId(String id) {
    tabTo("#" + id, f -> id.equals(f.get(0)));
  }

  /**
   * From the top of a freshly loaded page: the first Tab reaches the skip link, which shows its
   * focus; with {@code follow}, Enter moves the focus to the content.
   */
  private void skipLinkFirst(boolean follow) {
    keys(Keys.TAB);
    List<String> f = focused();
    assertEquals("a", f.get(1), () -> "the first tab stop is the skip link: " + f);
    assertTrue(f.get(3).endsWith("#main"), () -> "the first tab stop is the skip link: " + f);
    assertEquals("visible", f.get(2), () -> "the skip link shows its focus: " + f);
    assertTrue(
        browser.switchTo().activeElement().isDisplayed(), "the skip link appears when focused");
    if (follow) {
      keys(Keys.ENTER);
      assertEquals("main", focused().get(0), "the skip link moves the focus to the content");
    }
  }

  /** Chooses an option of the focused select with the arrow keys (Home, then Down). */
  private void chooseWithArrows(String value) {
    WebElement select = browser.switchTo().activeElement();
    assertEquals("select", select.getTagName());
    keys(Keys.HOME);
    for (int i = 0; i < 60 && !value.equals(select.getDomProperty("value")); i++) {
      keys(Keys.ARROW_DOWN);
    }
    assertEquals(value, select.getDomProperty("value"), "the arrow keys chose the option");
  }

  /** Types a day into the focused date field, in the order its locale shows the parts. */
  private void typeDateWithKeys(String id, String isoDate) {
    String[] ymd = isoDate.split("-");
    java.util.Map<String, String> parts =
        java.util.Map.of("year", ymd[0], "month", ymd[1], "day", ymd[2]);
    @SuppressWarnings("unchecked")
    List<String> order =
        (List<String>)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return new Intl.DateTimeFormat().formatToParts(new Date(2024, 3, 1))"
                        + ".filter(p => p.type !== 'literal').map(p => p.type);");
    keys(order.stream().map(parts::get).toArray(String[]::new));
    assertEquals(
        isoDate,
        browser.findElement(By.id(id)).getDomProperty("value"),
        "the date field took the typed day");
  }

  /** Adds a budget line with one period, the programme's. */
  private void addLine(String description, String category, String planned) {
    browser.findElement(By.id("ln-description")).sendKeys(description);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ln-category")))
        .selectByValue(category);
    typeDate(By.id("periods:0:p-start"), "2024-04-01");
    typeDate(By.id("periods:0:p-end"), "2027-03-31");
    browser.findElement(By.id("periods:0:p-planned")).sendKeys(planned);
    browser.findElement(By.id("ln-submit")).click();
    waitForText(By.id("lines"), description);
  }

  /** Adds a contribution in kind: hours × an hourly rate valid from the programme's start. */
  private void addContribution(
      String partner, String hours, String rate, boolean budgeted, String line) {
    browser.findElement(By.id("co-partner")).sendKeys(partner);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("co-form")))
        .selectByValue("in_kind");
    browser.findElement(By.id("co-hours")).sendKeys(hours);
    browser.findElement(By.id("co-rate")).sendKeys(rate);
    typeDate(By.id("co-valid-from"), "2024-04-01");
    if (budgeted) {
      browser.findElement(By.id("co-budgeted")).click();
    }
    if (line != null) {
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("co-line")))
          .selectByValue(line);
    }
    browser.findElement(By.id("co-submit")).click();
    waitForText(By.id("contributions"), partner);
  }

  /**
   * Types a day into a date field with the keyboard, in the order the browser's date field shows
   * day, month and year (its locale's, as {@code Intl} reports it), and checks the field took it.
   */
  private void typeDate(By field, String isoDate) {
    WebElement input = browser.findElement(field);
    String[] ymd = isoDate.split("-");
    java.util.Map<String, String> parts =
        java.util.Map.of("year", ymd[0], "month", ymd[1], "day", ymd[2]);
    @SuppressWarnings("unchecked")
    List<String> localeOrder =
        (List<String>)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return new Intl.DateTimeFormat().formatToParts(new Date(2024, 3, 1))"
                        + ".filter(p => p.type !== 'literal').map(p => p.type);");
    List<List<String>> orders =
        List.of(
            localeOrder,
            List.of("day", "month", "year"),
            List.of("month", "day", "year"),
            List.of("year", "month", "day"));
    for (List<String> order : orders) {
      input.sendKeys(order.stream().map(parts::get).toArray(String[]::new));
      if (isoDate.equals(input.getDomProperty("value"))) {
        return;
      }
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("arguments[0].value = ''", input);
    }
    assertEquals(isoDate, input.getDomProperty("value"), "the date field took the typed day");
  }

  /** Fetches an address with the page's session: "status content-type" and the body as text. */
  private String fetchInPage(String href) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(t =>"
                    + " done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t)))"
                    + ".catch(e => done('failed ' + e));",
                href);
  }

  private String ledgerId() {
    String url = browser.getCurrentUrl();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]id=([^&#]+)").matcher(url);
    assertTrue(m.find(), url);
    return m.group(1);
  }

  /** Waits for text in an element; on time-out the failure shows what the page said instead. */
  private void waitForText(By element, String text) {
    try {
      // While a form post navigates, Chromium may answer about a node of the old document
      // ("does not belong to the document"): not the answer yet, so keep waiting.
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "'"
              + text
              + "' did not appear; the page says:\n"
              + browser.findElement(By.tagName("main")).getText(),
          e);
    }
  }

  private void signIn(String username, String password) {
    browser.get(page("/login.xhtml"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/app/dashboard.xhtml"));
  }

  private void assertNoAccessibilityViolations(String where) {
    if (!MARKUP_CHECKS) {
      return;
    }
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    List<Rule> violations = results.getViolations();
    String report =
        violations.stream()
            .map(
                v ->
                    v.getId()
                        + " ("
                        + v.getImpact()
                        + "): "
                        + v.getNodes().size()
                        + " nodes, e.g. "
                        + v.getNodes().get(0).getTarget())
            .collect(Collectors.joining("\n"));
    assertTrue(violations.isEmpty(), "WCAG 2.1 A/AA violations on " + where + ":\n" + report);
    assertTrue(results.getPasses().size() > 5, "axe-core ran its rules on " + where);
  }

  private void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        target.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
