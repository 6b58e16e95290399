package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployed portal over HTTP, as integrators and attackers see it: health, OpenAPI, sign-in and
 * tokens, administration by script, the role rules, bad input, and the REST half of the tenant
 * isolation harness.
 */
class PortalIT extends DeployedPortal {

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String cbsCode() {
    return "GM" + (1000 + (int) (Math.random() * 9000));
  }

  private String admin() {
    return token("admin");
  }

  /** Creates a tenant with a tenant admin; returns {slug, adminUsername}. */
  private String[] tenantWithAdmin(String admin) {
    String slug = unique("gem");
    Api.Answer created =
        api.post(
            "api/admin/tenants",
            admin,
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Gemeente " + slug)
                .add("cbsCode", cbsCode())
                .build()
                .toString());
    if (created.status() == 409) {
      return tenantWithAdmin(admin); // the random CBS code was taken; draw again
    }
    assertEquals(201, created.status(), created.body());
    String user = slug + ".beheer";
    Api.Answer member =
        api.post(
            "api/admin/members",
            admin,
            Json.createObjectBuilder()
                .add("username", user)
                .add("password", "wachtwoord-" + slug)
                .add("displayName", "Beheerder " + slug)
                .add("tenant", slug)
                .add("roles", Json.createArrayBuilder().add("member").add("tenant-admin"))
                .build()
                .toString());
    assertEquals(201, member.status(), member.body());
    return new String[] {slug, user};
  }

  // --- running ---

  @Test
  void healthReportsReadyAndLive() {
    Api.Answer ready = api.get("/health/ready", null);
    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.json().getString("status"));
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertEquals(200, api.get("/health/live", null).status());
  }

  @Test
  void openApiDescribesTheApi() {
    Api.Answer doc = api.get("/openapi", null);
    assertEquals(200, doc.status());
    assertAll(
        () -> assertTrue(doc.body().contains("/auth/token"), "token endpoint"),
        () -> assertTrue(doc.body().contains("/admin/tenants"), "admin endpoints"),
        () -> assertTrue(doc.body().contains("/tenants/{slug}/members"), "tenant endpoints"));
  }

  // --- refusals in the reader's language (F9) ---

  /** Words that would show an English sentence in a Dutch answer. */
  private static final List<String> ENGLISH =
      List.of(
          " the ",
          "The ",
          " is required",
          " must ",
          " field",
          " not ",
          " before ",
          " and ",
          "nothing",
          "There ");

  private static void assertNoEnglish(String text) {
    for (String word : ENGLISH) {
      assertFalse(text.contains(word), "English (" + word.strip() + ") in: " + text);
    }
  }

  private static final String INVALID_PROGRAMME =
      "{\"name\":\"  \",\"periodStart\":\"2026-06-01\",\"periodEnd\":\"2026-01-01\","
          + "\"phase\":\"klaar\",\"statedOwnShare\":\"veel\"}";

  @Test
  void anInvalidBodyIsRefusedInDutchNamingEveryWrongField() {
    String duiven = token("duiven.lid");
    Api.Answer refused = api.post("api/programmes", duiven, INVALID_PROGRAMME);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(
        refused.header("Content-Type").startsWith("application/problem+json"), refused.body());
    JsonObject problem = refused.json();
    assertEquals("Ongeldige invoer", problem.getString("title"));
    List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("name", "periodEnd", "phase", "statedOwnShare"),
        errors.stream().map(e -> e.getString("field")).toList(),
        refused.body());
    assertEquals("CommonCode.REQUIRED", errors.get(0).getString("code"));
    assertEquals("Dit veld is verplicht.", errors.get(0).getString("message"));
    assertEquals(
        "De einddatum (1 januari 2026) ligt vóór de begindatum (1 juni 2026).",
        errors.get(1).getString("message"));
    for (JsonObject e : errors) {
      assertTrue(e.getString("message").length() > 10, e.toString());
      assertNoEnglish(e.getString("message"));
    }
    assertNoEnglish(problem.getString("detail"));
    assertNoEnglish(problem.getString("title"));
  }

  @Test
  void theSameRefusalIsInEnglishWhenTheReaderAsksForIt() {
    Api english = api.with("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");
    String duiven = english.token("duiven.lid", Api.DEMO_PASSWORD);
    Api.Answer refused = english.post("api/programmes", duiven, INVALID_PROGRAMME);
    assertEquals(400, refused.status(), refused.body());
    JsonObject problem = refused.json();
    assertEquals("Invalid input", problem.getString("title"));
    List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(4, errors.size(), refused.body());
    assertEquals("This field is required.", errors.get(0).getString("message"));
    assertEquals(
        "It ends (1 January 2026) before it starts (1 June 2026).",
        errors.get(1).getString("message"));
    assertTrue(
        problem.getString("detail").startsWith("This field is required."), problem.toString());
  }

  @Test
  void theWebLayersOwnAnswersFollowTheLanguageToo() {
    Api.Answer dutch = api.get("api/bestaat-niet", null);
    assertEquals(404, dutch.status());
    assertEquals("Niet gevonden", dutch.json().getString("title"));
    assertEquals("Op dit adres is niets te vinden.", dutch.json().getString("detail"));
    assertEquals(
        "ApiCode.NOTHING_HERE",
        dutch.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    Api.Answer english = api.with("Accept-Language", "en").get("api/bestaat-niet", null);
    assertEquals("There is nothing at this address.", english.json().getString("detail"));
    Api.Answer notJson = api.post("api/programmes", token("duiven.lid"), "{\"name\":");
    assertEquals(400, notJson.status(), notJson.body());
    assertNoEnglish(notJson.json().getString("detail"));
    Api.Answer signedOut = api.post("api/programmes", null, INVALID_PROGRAMME);
    assertEquals(401, signedOut.status(), signedOut.body());
    assertNoEnglish(signedOut.json().getString("detail"));
  }

  // --- who is who ---

  @Test
  void memberSeesOwnTenantCirclesAndRoles() {
    JsonObject me = api.get("api/me", token("duiven.lid")).json();
    assertEquals("duiven.lid", me.getString("username"));
    assertEquals("duiven", me.getJsonObject("tenant").getString("slug"));
    assertEquals("GM0226", me.getJsonObject("tenant").getString("cbsCode"));
    JsonObject leerkring = circle(me, "leerkring-wdw");
    assertEquals("member", leerkring.getString("role"));
    assertEquals("Leerkring Wijk- en Dorpgericht Werken", leerkring.getString("name"));
    assertEquals(List.of("member"), strings(me, "roles"));
  }

  @Test
  void peopleWithoutATenantSeeTheirCircleRoles() {
    JsonObject han = api.get("api/me", token("han")).json();
    assertFalse(han.containsKey("tenant") && !han.isNull("tenant"), "no tenant: " + han);
    assertEquals("facilitator", circle(han, "leerkring-wdw").getString("role"));
    JsonObject coordinator = api.get("api/me", token("coordinator")).json();
    assertTrue(strings(coordinator, "roles").contains("coordinator"));
    assertEquals("coordinator", circle(coordinator, "leerkring-wdw").getString("role"));
    JsonObject researcher = api.get("api/me", token("onderzoeker")).json();
    assertEquals(List.of("researcher"), strings(researcher, "roles"));
    JsonObject deventer = api.get("api/me", token("deventer.lid")).json();
    assertEquals("deventer", deventer.getJsonObject("tenant").getString("slug"));
    assertTrue(deventer.getJsonArray("circles").isEmpty(), "Deventer is not in the leerkring");
  }

  // --- sign-in ---

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    Api.Answer wrong =
        api.post(
            "api/auth/token",
            null,
            "{\"username\":\"wijchen.lid\",\"password\":\"niet-goed-123\"}");
    Api.Answer unknown =
        api.post(
            "api/auth/token",
            null,
            "{\"username\":\"" + unique("niemand") + "\",\"password\":\"niet-goed-123\"}");
    assertEquals(401, wrong.status());
    assertEquals(401, unknown.status());
    assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
    assertTrue(wrong.contentType().startsWith("application/problem+json"), wrong.contentType());
  }

  @Test
  void repeatedFailedSignInsAreThrottled() {
    String name = unique("raden");
    String body = "{\"username\":\"" + name + "\",\"password\":\"geraden-wachtwoord\"}";
    for (int i = 1; i <= 5; i++) {
      assertEquals(401, api.post("api/auth/token", null, body).status(), "attempt " + i);
    }
    Api.Answer sixth = api.post("api/auth/token", null, body);
    assertEquals(429, sixth.status(), sixth.body());
    assertTrue(sixth.body().contains("AccountCode.THROTTLED"), sixth.body());
    assertTrue(sixth.json().getString("detail").contains("Probeer het over"), sixth.body());
  }

  @Test
  void invalidOrMissingTokensAre401() {
    assertEquals(401, api.get("api/me", null).status());
    assertEquals(401, api.get("api/me", "not.a.token").status());
    String forged = token("duiven.lid");
    String[] parts = forged.split("\\.");
    String tampered =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
    assertEquals(401, api.get("api/me", tampered).status());
  }

  @Test
  void memberChangesOwnPassword() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String token = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    Api.Answer changed =
        api.put(
            "api/me/password",
            token,
            "{\"currentPassword\":\"wachtwoord-"
                + tenant[0]
                + "\",\"newPassword\":\"nieuw-wachtwoord-42\"}");
    assertEquals(200, changed.status(), changed.body()); // with a fresh token: see below
    assertEquals(
        401,
        api.post(
                "api/auth/token",
                null,
                "{\"username\":\""
                    + tenant[1]
                    + "\",\"password\":\"wachtwoord-"
                    + tenant[0]
                    + "\"}")
            .status());
    assertNotNull(api.token(tenant[1], "nieuw-wachtwoord-42"));
    Api.Answer tooShort =
        api.put(
            "api/me/password",
            api.token(tenant[1], "nieuw-wachtwoord-42"),
            "{\"currentPassword\":\"nieuw-wachtwoord-42\",\"newPassword\":\"kort\"}");
    assertEquals(400, tooShort.status());
  }

  // --- credentials end when they change ---

  private static String passwordChange(String current, String replacement) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", replacement)
        .build()
        .toString();
  }

  private static void assertRevoked(Api.Answer answer, String what) {
    assertEquals(401, answer.status(), what + ": " + answer.body());
    assertTrue(
        answer.contentType().startsWith("application/problem+json"),
        what + ": " + answer.contentType());
  }

  @Test
  void aPasswordChangeEndsEveryEarlierTokenAndSession() {
    String[] tenant = tenantWithAdmin(admin());
    String user = tenant[1];
    String password = "wachtwoord-" + tenant[0];
    String earlier = api.token(user, password);
    FuzzHttp browser = new FuzzHttp(base);
    FuzzHttp.Credential session = browser.session(user, password);
    String used = api.token(user, password);
    assertEquals(200, api.get("api/me", earlier).status(), "seen once, so its viewer is cached");

    Api.Answer changed =
        api.put("api/me/password", used, passwordChange(password, "nieuw-wachtwoord-77"));
    assertEquals(200, changed.status(), changed.body());
    String fresh = changed.json().getString("token");

    assertRevoked(api.get("api/me", earlier), "a token from before the change");
    assertRevoked(api.get("api/me", used), "the token that made the change (replaced)");
    assertEquals(401, browser.send(session, "GET", "api/me", null).status(), "an earlier session");
    FuzzHttp.Reply page = browser.send(session, "GET", "app/dashboard.xhtml", null);
    assertEquals(302, page.status(), "an earlier session's page");
    assertTrue(page.header("Location").contains("/login.xhtml"), page.header("Location"));

    assertEquals(user, api.get("api/me", fresh).json().getString("username"), "the fresh token");
    assertEquals(
        401,
        api.post(
                "api/auth/token",
                null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
            .status(),
        "the old password");
    assertEquals(200, api.get("api/me", api.token(user, "nieuw-wachtwoord-77")).status());
  }

  @Test
  void theSessionThatChangesThePasswordStaysSignedIn() {
    String[] tenant = tenantWithAdmin(admin());
    String user = tenant[1];
    String password = "wachtwoord-" + tenant[0];
    FuzzHttp browser = new FuzzHttp(base);
    FuzzHttp.Credential here = browser.session(user, password);
    FuzzHttp.Credential elsewhere = browser.session(user, password);

    FuzzHttp.Reply changed =
        browser.send(
            here, "PUT", "api/me/password", passwordChange(password, "nieuw-wachtwoord-88"));
    assertEquals(200, changed.status(), changed.body());

    assertEquals(200, browser.send(here, "GET", "api/me", null).status(), "this session goes on");
    assertEquals(200, browser.send(here, "GET", "app/dashboard.xhtml", null).status());
    assertEquals(401, browser.send(elsewhere, "GET", "api/me", null).status(), "the other ends");
  }

  @Test
  void deactivationAndRoleChangesEndTokensAtOnce() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String user = tenant[1];
    String password = "wachtwoord-" + tenant[0];
    String before = api.token(user, password);
    JsonObject me = api.get("api/me", before).json(); // and now its viewer is cached
    assertTrue(strings(me, "roles").contains("tenant-admin"));
    String account = "api/admin/accounts/" + me.getString("id");

    Api.Answer demoted = api.put(account + "/roles", admin, "{\"roles\":[\"member\"]}");
    assertEquals(200, demoted.status(), demoted.body());
    assertRevoked(api.get("api/me", before), "a token from before the role change");
    String after = api.token(user, password);
    assertEquals(List.of("member"), strings(api.get("api/me", after).json(), "roles"));

    Api.Answer deactivated = api.post(account + "/deactivation", admin, "");
    assertEquals(204, deactivated.status(), deactivated.body());
    assertRevoked(api.get("api/me", after), "a token of a deactivated account");
    Api.Answer signIn =
        api.post(
            "api/auth/token",
            null,
            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    assertEquals(401, signIn.status(), "a deactivated account cannot sign in");
    assertEquals(
        "Onbekende gebruikersnaam of onjuist wachtwoord.",
        signIn.json().getString("detail"),
        "the same answer as a wrong password");
  }

  @Test
  void failedGuessesFromElsewhereDoNotLockTheOwnerOut() {
    String[] tenant = tenantWithAdmin(admin());
    String user = tenant[1];
    String password = "wachtwoord-" + tenant[0];
    String guess = "{\"username\":\"" + user + "\",\"password\":\"geraden-wachtwoord\"}";
    String right = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    for (int i = 1; i <= 5; i++) {
      assertEquals(401, api.postFrom("203.0.113.9", "api/auth/token", guess).status());
    }
    assertEquals(429, api.postFrom("203.0.113.9", "api/auth/token", guess).status(), "attacker");
    assertEquals(
        429,
        api.postFrom("203.0.113.9", "api/auth/token", right).status(),
        "the attacker's address waits even with the right password");

    assertEquals(200, api.postFrom("198.51.100.4", "api/auth/token", right).status(), "owner");
    assertEquals(200, api.post("api/auth/token", null, right).status(), "owner, no proxy");
    assertEquals(
        401,
        api.postFrom("198.51.100.4", "api/auth/token", guess.replace(user, user.toUpperCase()))
            .status(),
        "the owner mistypes once, with the username in capitals");
    assertEquals(200, api.postFrom("198.51.100.4", "api/auth/token", right).status());
  }

  // --- usernames do not leak across tenants ---

  @Test
  void aTenantAdminCannotTellWhetherAnotherTenantsUsernameExists() {
    String[] tenant = tenantWithAdmin(admin());
    String token = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    String members = "api/tenants/" + tenant[0] + "/members";
    String taken = "duiven.lid"; // Duiven's demo member
    String free = unique("duiven.niemand");
    Api.Answer forTaken = api.post(members, token, newMember(taken));
    Api.Answer forFree = api.post(members, token, newMember(free));
    assertEquals(201, forTaken.status(), forTaken.body());
    assertEquals(201, forFree.status(), forFree.body());
    assertEquals(tenant[0] + "." + taken, forTaken.json().getString("username"));
    assertEquals(tenant[0] + "." + free, forFree.json().getString("username"));

    Api.Answer again = api.post(members, token, newMember(taken));
    assertEquals(409, again.status(), "a clash inside the own gemeente is told");
    Api.Answer qualified = api.post(members, token, newMember(tenant[0] + "." + taken));
    assertEquals(409, qualified.status(), "a name given with the own prefix is kept");

    Api.Answer byPlatformAdmin =
        api.post(
            "api/admin/members",
            admin(),
            Json.createObjectBuilder()
                .add("username", taken)
                .add("password", "een-lang-wachtwoord")
                .add("displayName", "X")
                .add("tenant", tenant[0])
                .build()
                .toString());
    assertEquals(409, byPlatformAdmin.status(), "platform admins see every username");
  }

  private static String newMember(String username) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("password", "een-lang-wachtwoord")
        .add("displayName", "Nieuw lid")
        .build()
        .toString();
  }

  // --- administration ---

  @Test
  void platformAdminScriptsASetUp() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String circle = unique("kring");
    // Seen once before the circle exists, so the portal has this viewer in its cache (ViewerCache):
    // the new circle must show at once all the same.
    String tenantAdmin = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    assertTrue(api.get("api/me", tenantAdmin).json().getJsonArray("circles").isEmpty());
    Api.Answer created =
        api.post(
            "api/admin/circles",
            admin,
            Json.createObjectBuilder()
                .add("slug", circle)
                .add("name", "Kring " + circle)
                .add("members", Json.createArrayBuilder().add(tenant[0]))
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith("/api/circles/" + circle));

    String coordinator = unique("coord");
    Api.Answer account =
        api.post(
            "api/admin/members",
            admin,
            Json.createObjectBuilder()
                .add("username", coordinator)
                .add("password", "coordinator-wachtwoord")
                .add("displayName", "Coördinator")
                .add("roles", Json.createArrayBuilder().add("coordinator"))
                .add("coordinatorOf", Json.createArrayBuilder().add(circle))
                .build()
                .toString());
    assertEquals(201, account.status(), account.body());
    JsonObject me = api.get("api/me", api.token(coordinator, "coordinator-wachtwoord")).json();
    assertTrue(strings(me, "roles").contains("coordinator"));
    assertEquals("coordinator", circle(me, circle).getString("role"));

    JsonObject adminOfTenant = api.get("api/me", tenantAdmin).json();
    assertTrue(
        adminOfTenant.getJsonArray("circles").stream()
            .anyMatch(c -> c.asJsonObject().getString("slug").equals(circle)));

    String audit = api.get("api/admin/audit?limit=50", admin).body();
    assertAll(
        () -> assertTrue(audit.contains("tenant.registered"), "tenant audited"),
        () -> assertTrue(audit.contains("circle.created"), "circle audited"),
        () -> assertTrue(audit.contains(coordinator), "account audited"));
  }

  @Test
  void tenantAdminManagesOwnMembersOnly() {
    String[] tenant = tenantWithAdmin(admin());
    String token = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    Api.Answer added =
        api.post(
            "api/tenants/" + tenant[0] + "/members",
            token,
            "{\"username\":\""
                + tenant[0]
                + ".lid\",\"password\":\"lid-wachtwoord-1\","
                + "\"displayName\":\"Lid\",\"email\":\"lid@example.org\",\"jobTitle\":\"wijkcoach\"}");
    assertEquals(201, added.status(), added.body());
    assertTrue(api.get("api/tenants/" + tenant[0] + "/members", token).body().contains(".lid"));
    // Paged as the catalog: one of the two (admin and member) per page, the whole counted.
    Api.Answer firstPage = api.get("api/tenants/" + tenant[0] + "/members?page=1&size=1", token);
    assertEquals(200, firstPage.status(), firstPage.body());
    assertEquals("2", firstPage.header("X-Total-Count"));
    assertEquals(1, firstPage.body().split("\"username\"", -1).length - 1, firstPage.body());
    assertTrue(firstPage.header("Link").contains("rel=\"next\""), firstPage.header("Link"));
    Api.Answer badPage = api.get("api/tenants/" + tenant[0] + "/members?page=nul", token);
    assertEquals(400, badPage.status(), badPage.body());
    assertTrue(badPage.body().contains("\"field\":\"page\""), badPage.body());

    Api.Answer elsewhere =
        api.post(
            "api/tenants/duiven/members",
            token,
            "{\"username\":\""
                + unique("indringer")
                + "\",\"password\":\"lid-wachtwoord-1\",\"displayName\":\"X\"}");
    assertEquals(403, elsewhere.status(), elsewhere.body());
    Api.Answer settings =
        api.put(
            "api/tenants/duiven/settings",
            token,
            "{\"welcomeText\":\"overgenomen\",\"defaultLocale\":\"nl\"}");
    assertEquals(403, settings.status());

    String duiven = token("duiven.beheer");
    assertFalse(api.get("api/tenants/duiven/members", duiven).body().contains("indringer"));
    assertFalse(api.get("api/tenants/duiven/settings", duiven).body().contains("overgenomen"));

    String plainMember = api.token(tenant[0] + ".lid", "lid-wachtwoord-1");
    Api.Answer notAdmin =
        api.post(
            "api/tenants/" + tenant[0] + "/members",
            plainMember,
            "{\"username\":\""
                + unique("x")
                + "\",\"password\":\"lid-wachtwoord-1\",\"displayName\":\"X\"}");
    assertEquals(403, notAdmin.status());
    assertEquals(
        403,
        api.post(
                "api/admin/tenants",
                plainMember,
                "{\"slug\":\"x\",\"name\":\"x\",\"cbsCode\":\"GM9999\"}")
            .status());
    assertEquals(403, api.get("api/admin/audit", plainMember).status());
  }

  // --- people, gemeenten and circles over time (F9) ---

  /** The account id of a username, as the admin's paged account list finds it. */
  private String accountId(String admin, String username) {
    return api.accountId(admin, username);
  }

  private String auditText(String admin) {
    return api.get("api/admin/audit?limit=200", admin).body();
  }

  @Test
  void platformAdminEditsAGemeenteButNotItsSlug() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String path = "api/admin/tenants/" + tenant[0];
    String code = cbsCode();
    Api.Answer changed =
        api.put(
            path,
            admin,
            "{\"name\":\"Gemeente Nieuw " + tenant[0] + "\",\"cbsCode\":\"" + code + "\"}");
    if (changed.status() == 409) {
      return; // the random CBS code was taken: nothing to prove this run
    }
    assertEquals(200, changed.status(), changed.body());
    JsonObject shown = api.get("api/tenants/" + tenant[0], admin).json();
    assertEquals("Gemeente Nieuw " + tenant[0], shown.getString("name"));
    assertEquals(code, shown.getString("cbsCode"));
    assertEquals(tenant[0], shown.getString("slug"));

    Api.Answer both = api.put(path, admin, "{\"name\":\" \",\"cbsCode\":\"0226\"}");
    assertEquals(400, both.status(), both.body());
    assertEquals(
        List.of("name", "cbsCode"),
        both.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList(),
        "every wrong field at once");
    Api.Answer taken = api.put(path, admin, "{\"name\":\"X\",\"cbsCode\":\"GM0226\"}");
    assertEquals(409, taken.status(), "Duiven's CBS code: " + taken.body());
    assertEquals(
        404,
        api.put("api/admin/tenants/bestaat-niet", admin, "{\"name\":\"X\",\"cbsCode\":\"GM9997\"}")
            .status());
    String tenantAdmin = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    assertEquals(
        403,
        api.put(path, tenantAdmin, "{\"name\":\"Zelf\",\"cbsCode\":\"" + code + "\"}").status());
    assertTrue(auditText(admin).contains("tenant.changed"));

    JsonObject found = api.get("api/admin/tenants?q=" + tenant[0] + "&size=5", admin).json();
    assertEquals(1, found.getInt("total"), found.toString());
    assertEquals(tenant[0], found.getJsonArray("items").getJsonObject(0).getString("slug"));
    JsonObject firstTwo = api.get("api/admin/tenants?page=1&size=2", admin).json();
    assertEquals(2, firstTwo.getJsonArray("items").size());
    assertTrue(firstTwo.getInt("total") > 2, firstTwo.toString());
    JsonObject next = api.get("api/admin/tenants?page=2&size=2", admin).json();
    assertFalse(
        next.getJsonArray("items")
            .getJsonObject(0)
            .getString("slug")
            .equals(firstTwo.getJsonArray("items").getJsonObject(0).getString("slug")),
        "page 2 is another page");
  }

  @Test
  void aGemeenteLeavingACircleTakesWhatItPublishedThereBackToItsWorkspace() {
    String admin = admin();
    String[] a = tenantWithAdmin(admin);
    String[] b = tenantWithAdmin(admin);
    String circle = unique("kring");
    assertEquals(
        201,
        api.post(
                "api/admin/circles",
                admin,
                "{\"slug\":\""
                    + circle
                    + "\",\"name\":\"Kring "
                    + circle
                    + "\",\"members\":[\""
                    + a[0]
                    + "\"]}")
            .status());
    String aToken = api.token(a[1], "wachtwoord-" + a[0]);

    // A coordinator, appointed by path; the appointment ends their earlier token.
    String coordinator = unique("coord");
    assertEquals(
        201,
        api.post(
                "api/admin/members",
                admin,
                "{\"username\":\""
                    + coordinator
                    + "\",\"password\":\"coordinator-wachtwoord\","
                    + "\"displayName\":\"Coördinator\",\"roles\":[\"facilitator\"]}")
            .status());
    String coordinatorId = accountId(admin, coordinator);
    String before = api.token(coordinator, "coordinator-wachtwoord");
    assertEquals(200, api.get("api/me", before).status());
    String coordinators = "api/admin/circles/" + circle + "/coordinators/" + coordinatorId;
    Api.Answer appointed = api.post(coordinators, admin, "");
    assertEquals(200, appointed.status(), appointed.body());
    assertRevoked(api.get("api/me", before), "a token from before the appointment");
    String coordinatorToken = api.token(coordinator, "coordinator-wachtwoord");
    assertEquals(
        "coordinator",
        circle(api.get("api/me", coordinatorToken).json(), circle).getString("role"));

    // A publishes one document and submits another.
    String published = submit(aToken, circle, "Gedeeld " + circle);
    assertEquals(
        200, api.post("api/publications/" + published + "/approve", coordinatorToken, "").status());
    String waiting = submit(aToken, circle, "Wachtend " + circle);

    // The circle is renamed and given a period; a period that ends before it starts is refused.
    Api.Answer renamed =
        api.put(
            "api/admin/circles/" + circle,
            admin,
            "{\"name\":\"Kring hernoemd\",\"start\":\"2026-01-01\",\"end\":\"2027-12-31\"}");
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals("Kring hernoemd", renamed.json().getString("name"));
    assertEquals(
        "2027-12-31", api.get("api/circles/" + circle, aToken).json().getString("periodEnd"));
    Api.Answer backwards =
        api.put(
            "api/admin/circles/" + circle,
            admin,
            "{\"name\":\"Kring\",\"start\":\"2027-01-01\",\"end\":\"2026-01-01\"}");
    assertEquals(400, backwards.status(), backwards.body());
    assertTrue(backwards.body().contains("\"end\""), backwards.body());

    // B joins (once), and reads what A published there.
    String members = "api/admin/circles/" + circle + "/members";
    Api.Answer joined = api.post(members, admin, "{\"tenant\":\"" + b[0] + "\"}");
    assertEquals(201, joined.status(), joined.body());
    assertEquals(409, api.post(members, admin, "{\"tenant\":\"" + b[0] + "\"}").status());
    assertEquals(400, api.post(members, admin, "{\"tenant\":\"bestaat-niet\"}").status());
    String bToken = api.token(b[1], "wachtwoord-" + b[0]);
    assertEquals(200, api.get("api/catalog/" + published, bToken).status(), "B reads A's item");

    // A leaves: its publication leaves the catalog, its submission comes back, its work stays.
    Api.Answer left = api.send("DELETE", members + "/" + a[0], admin);
    assertEquals(204, left.status(), left.body());
    assertEquals(404, api.send("DELETE", members + "/" + a[0], admin).status(), "no member now");
    assertEquals(404, api.get("api/catalog/" + published, bToken).status(), "withdrawn");
    assertFalse(api.get("api/circles/" + circle + "/catalog", bToken).body().contains(published));
    JsonObject publication = api.get("api/publications/" + published, aToken).json();
    assertEquals("WITHDRAWN", publication.getString("status"), publication.toString());
    JsonObject returned = api.get("api/publications/" + waiting, aToken).json();
    assertEquals("RETURNED", returned.getString("status"), returned.toString());
    assertEquals(
        200, api.get("api/documents/" + publication.getString("subjectId"), aToken).status());
    assertTrue(api.get("api/me", aToken).json().getJsonArray("circles").isEmpty(), "A left");
    assertFalse(
        api.get("api/circles/" + circle + "/moderation", coordinatorToken)
            .body()
            .contains(waiting));

    // The coordinator is relieved: their token ends, and the circle's moderation is closed to them.
    assertEquals(204, api.send("DELETE", coordinators, admin).status());
    assertRevoked(api.get("api/me", coordinatorToken), "a token from before the relief");
    assertEquals(404, api.send("DELETE", coordinators, admin).status(), "not a coordinator now");
    String audit = auditText(admin);
    assertAll(
        () -> assertTrue(audit.contains("circle.changed"), "circle change audited"),
        () -> assertTrue(audit.contains("circle.member-added"), "joining audited"),
        () -> assertTrue(audit.contains("circle.member-removed"), "leaving audited"),
        () -> assertTrue(audit.contains("circle.coordinator-appointed"), "appointment audited"),
        () -> assertTrue(audit.contains("circle.coordinator-relieved"), "relief audited"));
    String member = token("duiven.lid");
    assertEquals(
        403, api.send("DELETE", "api/admin/circles/leerkring-wdw/members/duiven", member).status());
    assertEquals(
        403,
        api.post("api/admin/circles/leerkring-wdw/members", member, "{\"tenant\":\"deventer\"}")
            .status());
  }

  /**
   * F8: a submission walks waiting → returned → resubmitted → approved, and each person's inbox and
   * to-dos follow: the coordinator is asked to review (twice) and the to-do ends with each
   * decision; Duiven's members hear of the return (a to-do until they resubmit) and of the
   * approval; another gemeente in the circle and a gemeente outside it hear nothing.
   */
  @Test
  void aSubmissionsWayThroughModerationReachesExactlyThePeopleWhoMayReadIt() {
    String duiven = api.token("duiven.lid", Api.DEMO_PASSWORD);
    String duivenAdmin = api.token("duiven.beheer", Api.DEMO_PASSWORD);
    String coordinator = api.token("coordinator", Api.DEMO_PASSWORD);
    String wijchen = api.token("wijchen.lid", Api.DEMO_PASSWORD);
    String deventer = api.token("deventer.lid", Api.DEMO_PASSWORD);
    String title = unique("Signaalnota");
    String first = submit(duiven, "leerkring-wdw", title);
    awaitInbox(coordinator, title, "SUBMISSION_WAITING", 1);
    assertTrue(todoKinds(coordinator, title).contains("SUBMISSION_WAITING"), "a to-do");

    assertEquals(
        200,
        api.post("api/publications/" + first + "/return", coordinator, "{\"reason\":\"Bron?\"}")
            .status());
    awaitInbox(duiven, title, "SUBMISSION_RETURNED", 1);
    awaitInbox(duivenAdmin, title, "SUBMISSION_RETURNED", 1);
    assertEquals(List.of("SUBMISSION_RETURNED"), todoKinds(duiven, title));
    assertEquals(List.of(), todoKinds(coordinator, title), "the review is done");
    assertEquals(
        0,
        count(api.get("api/me/inbox", coordinator).json(), title, "SUBMISSION_WAITING"),
        "returned, the draft left the coordinators' view: its title with it");
    JsonObject returned = inboxItem(duiven, title, "SUBMISSION_RETURNED");
    assertTrue(
        returned.getString("link").startsWith("app/document.xhtml?id="), returned.toString());
    assertFalse(returned.getBoolean("read"));

    String document = returned.getString("link").substring("app/document.xhtml?id=".length());
    Api.Answer again =
        api.post(
            "api/documents/" + document + "/publications",
            duiven,
            "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, again.status(), again.body());
    awaitInbox(coordinator, title, "SUBMISSION_WAITING", 2);
    assertEquals(List.of(), todoKinds(duiven, title), "resubmitted: the return is dealt with");
    assertEquals(
        200,
        api.post("api/publications/" + again.json().getString("id") + "/approve", coordinator, "")
            .status());
    awaitInbox(duiven, title, "SUBMISSION_APPROVED", 1);
    assertEquals(List.of(), todoKinds(coordinator, title));
    assertEquals(0, count(api.get("api/me/inbox", duiven).json(), title, "SUBMISSION_WAITING"));

    for (String outsider : List.of(wijchen, deventer)) {
      JsonObject inbox = api.get("api/me/inbox", outsider).json();
      assertEquals(0, count(inbox, title, null), "an outsider hears nothing: " + inbox);
      assertEquals(List.of(), todoKinds(outsider, title));
    }

    Api.Answer read = api.post("api/me/inbox/" + returned.getString("id") + "/read", duiven, "");
    assertEquals(200, read.status(), read.body());
    assertTrue(read.json().getBoolean("read"));
    assertEquals(
        404,
        api.post("api/me/inbox/" + returned.getString("id") + "/read", wijchen, "").status(),
        "another's notification is not found");
    assertEquals(200, api.post("api/me/inbox/read-all", duiven, "").status());
    assertEquals(0, api.get("api/me/inbox?unread=true", duiven).json().getInt("unread"));
    assertEquals(401, api.get("api/me/inbox", null).status());
  }

  /**
   * F8: a saved search tells its owner of new material they may read and of nothing else; a watched
   * circle tells of each newly published item. Both through the jobs, as in production.
   */
  @Test
  void aSavedSearchAndAWatchedCircleTellOnlyOfWhatTheReaderMayRead() {
    java.util.Map<String, String> token = new java.util.HashMap<>();
    for (String user : List.of("duiven.lid", "wijchen.lid", "beuningen.lid", "deventer.lid")) {
      token.put(user, api.token(user, Api.DEMO_PASSWORD));
    }
    String duiven = token.get("duiven.lid");
    String wijchen = token.get("wijchen.lid");
    String beuningen = token.get("beuningen.lid");
    String deventer = token.get("deventer.lid");
    String word = unique("zoekwoord").replace("-", "");
    // Other tests of the run (the fuzzer among them) may have saved searches for these people.
    int duivensBefore = api.get("api/me/saved-searches", duiven).array().size();
    int wijchensBefore = api.get("api/me/saved-searches", wijchen).array().size();

    Api.Answer bad =
        api.post("api/me/saved-searches", duiven, "{\"name\":\"\",\"filters\":{\"kleur\":\"x\"}}");
    assertEquals(400, bad.status(), bad.body());
    assertEquals(
        List.of("name", "filters.kleur"),
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList());
    Api.Answer saved =
        api.post(
            "api/me/saved-searches",
            duiven,
            "{\"name\":\"Mijn zoekwoord\",\"query\":\"" + word + "\",\"filters\":{}}");
    assertEquals(201, saved.status(), saved.body());
    String id = saved.json().getString("id");
    assertTrue(saved.header("Location").endsWith("/api/me/saved-searches/" + id));
    assertEquals(duivensBefore + 1, api.get("api/me/saved-searches", duiven).array().size());
    assertTrue(api.get("api/me/saved-searches", duiven).body().contains(id));
    assertEquals(
        wijchensBefore, api.get("api/me/saved-searches", wijchen).array().size(), "only one's own");
    assertFalse(api.get("api/me/saved-searches", wijchen).body().contains(id), "only one's own");
    assertEquals(404, api.send("DELETE", "api/me/saved-searches/" + id, wijchen).status());
    assertEquals(
        200,
        api.put(
                "api/me/notification-settings",
                beuningen,
                "{\"watch\":{\"leerkring-wdw\":\"WATCHING\"}}")
            .status());

    String theirs = word + " Wijchen";
    String own = word + " Duiven";
    upload(wijchen, theirs); // Wijchen's own workspace: Duiven may not read it
    String pub = submit(duiven, "leerkring-wdw", own);
    awaitInbox(duiven, own, "SAVED_SEARCH_MATCH", 1);
    assertEquals(0, count(api.get("api/me/inbox", duiven).json(), theirs, null), "not readable");

    String coordinator = api.token("coordinator", Api.DEMO_PASSWORD);
    assertEquals(200, api.post("api/publications/" + pub + "/approve", coordinator, "").status());
    awaitInbox(beuningen, own, "NEW_ITEM", 1);
    assertEquals(0, count(api.get("api/me/inbox", deventer).json(), own, null), "an outsider");
    assertEquals(
        0, count(api.get("api/me/inbox", wijchen).json(), own, "NEW_ITEM"), "not watching");

    // A new thread in the watched circle: one signal, fanned out to its watchers only.
    String question = word + " vraag";
    Api.Answer started =
        api.post(
            "api/circles/leerkring-wdw/threads",
            duiven,
            Json.createObjectBuilder()
                .add("title", question)
                .add("body", "Wie heeft hier ervaring mee?")
                .build()
                .toString());
    assertEquals(201, started.status(), started.body());
    awaitInbox(beuningen, question, "THREAD_STARTED", 1);
    assertEquals(0, count(api.get("api/me/inbox", wijchen).json(), question, null), "not watching");
    assertEquals(0, count(api.get("api/me/inbox", deventer).json(), question, null), "outsider");
    assertEquals(0, count(api.get("api/me/inbox", duiven).json(), question, null), "the starter");

    api.put(
        "api/me/notification-settings", beuningen, "{\"watch\":{\"leerkring-wdw\":\"NORMAL\"}}");
    assertEquals(204, api.send("DELETE", "api/me/saved-searches/" + id, duiven).status());
    assertEquals(duivensBefore, api.get("api/me/saved-searches", duiven).array().size());
    assertFalse(api.get("api/me/saved-searches", duiven).body().contains(id));
  }

  private void upload(String token, String title) {
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents",
            token,
            Api.Part.json("metadata", "{\"title\":\"" + title + "\",\"type\":\"evaluatie\"}"),
            Api.Part.file(
                "nota.txt", "text/plain", title.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
  }

  /**
   * F8 conversations: a thread of the circle walked through two gemeenten, a facilitator, a
   * researcher and an outsider. Mentions reach exactly those who read the circle (a gemeente's
   * members too; the outsider named hears nothing); replies reach who watches the thread, with the
   * reply's text in the mail; one's own reply settles one's reply and mention to-dos; edits keep
   * their history; the coordinator hides and restores; outsiders get 404 throughout.
   */
  @Test
  void aThreadReachesWhoReadsTheCircleAndNobodyElse() {
    String duiven = api.token("duiven.lid", Api.DEMO_PASSWORD);
    String doesburg = api.token("doesburg.lid", Api.DEMO_PASSWORD);
    String coordinator = api.token("coordinator", Api.DEMO_PASSWORD);
    String han = api.token("han", Api.DEMO_PASSWORD);
    String researcher = api.token("onderzoeker", Api.DEMO_PASSWORD);
    String deventer = api.token("deventer.lid", Api.DEMO_PASSWORD);
    String username = unique("kees");
    String address = username + "@example.org";
    Api.Answer made =
        api.post(
            "api/admin/members",
            admin(),
            "{\"username\":\""
                + username
                + "\",\"password\":\"een-lang-wachtwoord\",\"displayName\":\"Kees\","
                + "\"tenant\":\"wijchen\",\"roles\":[\"member\"],\"email\":\""
                + address
                + "\"}");
    assertEquals(201, made.status(), made.body());
    String kees = api.token(username, "een-lang-wachtwoord");

    // Bad input names every wrong field; an outsider cannot even tell the circle has threads.
    Api.Answer bad =
        api.post(
            "api/circles/leerkring-wdw/threads",
            duiven,
            "{\"title\":\" \",\"body\":\"\",\"about\":{\"kind\":\"POEM\",\"id\":\"x\"}}");
    assertEquals(400, bad.status(), bad.body());
    assertEquals(
        List.of("title", "body", "about.kind"),
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList());
    assertEquals(404, api.get("api/circles/leerkring-wdw/threads", deventer).status());

    String title = unique("Wie kent een goede buurtkamer");
    Api.Answer started =
        api.post(
            "api/circles/leerkring-wdw/threads",
            duiven,
            Json.createObjectBuilder()
                .add("title", title)
                .add(
                    "body",
                    "Vraag aan @" + username + ", @doesburg en @deventer.lid: hoe begin je?")
                .build()
                .toString());
    assertEquals(201, started.status(), started.body());
    String thread = started.json().getString("id");
    assertTrue(started.header("Location").endsWith("/api/threads/" + thread));
    String opening = started.json().getJsonArray("posts").getJsonObject(0).getString("id");
    awaitInbox(kees, title, "MENTION", 1);
    awaitInbox(doesburg, title, "MENTION", 1);
    assertTrue(todoKinds(kees, title).contains("MENTION"), "a mention asks for an answer");
    String mail = Outbox.await(address, text -> text.contains(title));
    assertTrue(mail.contains("> Vraag aan @" + username), "the mail quotes the post: " + mail);

    // Readers: the researcher reads; the outsider gets 404 everywhere and heard nothing.
    assertEquals(200, api.get("api/threads/" + thread, researcher).status());
    for (String path :
        List.of(
            "api/threads/" + thread,
            "api/threads/" + thread + "/posts/" + opening + "/versions",
            "api/circles/leerkring-wdw/activity")) {
      assertEquals(404, api.get(path, deventer).status(), path);
    }
    assertEquals(
        404, api.post("api/threads/" + thread + "/replies", deventer, "{\"body\":\"x\"}").status());

    // Kees answers: the starter (watching) hears a reply with its text; Kees's to-do ends.
    han(han, thread);
    Api.Answer reply =
        api.post(
            "api/threads/" + thread + "/replies",
            kees,
            "{\"body\":\"Begin klein, met een vaste avond.\"}");
    assertEquals(201, reply.status(), reply.body());
    String replyId = reply.json().getString("id");
    awaitInbox(duiven, title, "REPLY", 1);
    awaitInbox(han, title, "REPLY", 1);
    awaitUntil(() -> todoKinds(kees, title).isEmpty(), () -> "answering settles the mention");
    JsonObject researcherInbox = api.get("api/me/inbox", researcher).json();
    assertEquals(0, count(researcherInbox, title, null), "nobody named or watching: no news");
    assertEquals(0, count(api.get("api/me/inbox", deventer).json(), title, null));
    assertEquals(
        0, count(api.get("api/me/inbox", doesburg).json(), title, "REPLY"), "not watching");

    // Edits: only the author, from the version read; the earlier text is kept.
    String editPath = "api/threads/" + thread + "/posts/" + replyId;
    assertEquals(
        403, api.put(editPath, duiven, "{\"body\":\"x\",\"version\":0}").status(), "not hers");
    Api.Answer edited =
        api.put(
            editPath,
            kees,
            "{\"body\":\"Begin klein, met een vaste avond en koffie.\",\"version\":"
                + reply.json().getJsonNumber("version")
                + "}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals(1, edited.json().getInt("edits"));
    assertEquals(
        409, api.put(editPath, kees, "{\"body\":\"oud\",\"version\":0}").status(), "stale");
    assertEquals(
        "Begin klein, met een vaste avond.",
        api.get(editPath + "/versions", researcher).array().getJsonObject(0).getString("body"));

    // Moderation: reported by a reader, hidden by the coordinator (not by a facilitator), back.
    assertEquals(200, api.post(editPath + "/reports", duiven, "").status());
    assertEquals(403, api.post(editPath + "/hide", han, "{\"reason\":\"x\"}").status());
    assertEquals(400, api.post(editPath + "/hide", coordinator, "{\"reason\":\" \"}").status());
    assertEquals(
        200, api.post(editPath + "/hide", coordinator, "{\"reason\":\"Persoonlijk\"}").status());
    assertEquals(1, posts(duiven, thread).size(), "hidden from readers");
    JsonObject forAuthor = posts(kees, thread).get(1);
    assertEquals("HIDDEN", forAuthor.getString("status"));
    assertEquals("Persoonlijk", forAuthor.getString("hiddenReason"));
    assertEquals(404, api.get(editPath + "/versions", duiven).status());
    assertEquals(200, api.post(editPath + "/restore", coordinator, "").status());
    assertEquals(2, posts(duiven, thread).size());

    // The list and the activity show the thread to readers of the circle.
    assertTrue(api.get("api/circles/leerkring-wdw/threads", researcher).body().contains(title));
    JsonObject activity =
        api.get(
                "api/circles/leerkring-wdw/activity?since=2024-01-01&kind=CONVERSATIONS",
                researcher)
            .json();
    assertTrue(activity.toString().contains(title), activity.toString());
    Api.Answer unknownKind = api.get("api/circles/leerkring-wdw/activity?kind=POEM", duiven);
    assertEquals(400, unknownKind.status());
    assertEquals(
        "kind", unknownKind.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  /** The facilitator watches the thread, so every reply reaches them. */
  private void han(String han, String thread) {
    Api.Answer watch = api.put("api/threads/" + thread + "/watch", han, "{\"level\":\"WATCHING\"}");
    assertEquals(200, watch.status(), watch.body());
    assertEquals("WATCHING", api.get("api/threads/" + thread, han).json().getString("watch"));
  }

  private List<JsonObject> posts(String token, String thread) {
    return api.get("api/threads/" + thread, token)
        .json()
        .getJsonArray("posts")
        .getValuesAs(JsonObject.class);
  }

  /** Waits up to 40 s for {@code done}, as the signals are fanned out every 5 s. */
  private static void awaitUntil(
      java.util.function.BooleanSupplier done, java.util.function.Supplier<String> what) {
    long until = System.nanoTime() + 40_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError(what.get());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void awaitInbox(String token, String title, String kind, int atLeast) {
    JsonObject[] inbox = new JsonObject[1];
    awaitUntil(
        () -> count(inbox[0] = api.get("api/me/inbox", token).json(), title, kind) >= atLeast,
        () -> atLeast + " × " + kind + " about " + title + " expected: " + inbox[0]);
  }

  private static long count(JsonObject inbox, String title, String kind) {
    return inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> title.equals(i.getString("title", null)))
        .filter(i -> kind == null || i.getString("kind").equals(kind))
        .count();
  }

  private JsonObject inboxItem(String token, String title, String kind) {
    return api
        .get("api/me/inbox", token)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> title.equals(i.getString("title", null)) && i.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private List<String> todoKinds(String token, String title) {
    Api.Answer todos = api.get("api/me/todos", token);
    assertEquals(200, todos.status(), todos.body());
    return todos.array().getValuesAs(JsonObject.class).stream()
        .filter(t -> title.equals(t.getString("title", null)))
        .map(t -> t.getString("kind"))
        .toList();
  }

  /** Uploads a document for {@code token}'s gemeente and submits it to the circle. */
  private String submit(String token, String circle, String title) {
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents",
            token,
            Api.Part.json("metadata", "{\"title\":\"" + title + "\",\"type\":\"evaluatie\"}"),
            Api.Part.file(
                "nota.txt",
                "text/plain",
                "tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    Api.Answer submitted =
        api.post(
            "api/documents/" + created.json().getString("id") + "/publications",
            token,
            "{\"scope\":\"CIRCLE\",\"circle\":\"" + circle + "\"}");
    assertEquals(201, submitted.status(), submitted.body());
    return submitted.json().getString("id");
  }

  @Test
  void aPersonChangesNameAndLanguageAndConfirmsANewAddressWithTheMailedLink() {
    String admin = admin();
    String username = "profiel-" + UUID.randomUUID().toString().substring(0, 8);
    String fresh = username + "@nieuw.example"; // unique: no other mail in the outbox matches
    Api.Answer made =
        api.post(
            "api/admin/members",
            admin,
            "{\"username\":\""
                + username
                + "\",\"password\":\"een-lang-wachtwoord\",\"displayName\":\"Pim\","
                + "\"roles\":[\"researcher\"],\"email\":\"pim@example.org\",\"language\":\"en\"}");
    assertEquals(201, made.status(), made.body());
    String pim = api.token(username, "een-lang-wachtwoord");
    JsonObject me = api.get("api/me", pim).json();
    assertEquals("pim@example.org", me.getString("email"), "an admin's address needs no link");
    assertEquals("en", me.getString("language"));

    Api.Answer wrong = api.put("api/me", pim, "{\"email\":\"geen-adres\",\"language\":\"fr\"}");
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals(2, wrong.json().getJsonArray("errors").size(), "both fields: " + wrong.body());

    Api.Answer changed =
        api.put(
            "api/me",
            pim,
            "{\"displayName\":\"Pim de Vries\",\"email\":\"" + fresh + "\",\"language\":\"nl\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("Pim de Vries", changed.json().getString("displayName"));
    assertEquals("pim@example.org", changed.json().getString("email"), "the old one until then");
    assertEquals(fresh, changed.json().getString("pendingEmail"));
    assertEquals("nl", changed.json().getString("language"));

    String mail = Outbox.await(fresh, text -> text.contains("confirm-email.xhtml"));
    assertTrue(mail.startsWith("Bevestig uw e-mailadres"), "in the new language: " + mail);
    String token = Outbox.find(mail, "confirm-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    Api.Answer confirmed =
        api.post("api/me/email-confirmation", null, "{\"token\":\"" + token + "\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals(fresh, confirmed.json().getString("email"));
    me = api.get("api/me", pim).json();
    assertEquals(fresh, me.getString("email"));
    assertTrue(
        !me.containsKey("pendingEmail") || me.isNull("pendingEmail"), "nothing pending: " + me);
    assertEquals(
        400,
        api.post("api/me/email-confirmation", null, "{\"token\":\"" + token + "\"}").status(),
        "a link works once");
    assertEquals(404, api.post("api/unsubscribe/onbekend", null, "").status());

    JsonObject settings = api.get("api/me/notification-settings", pim).json();
    assertEquals("IMMEDIATE", settings.getJsonObject("email").getString("SUBMISSION_RETURNED"));
    assertEquals("DAILY", settings.getJsonObject("email").getString("MEETING_CHANGED"));
    Api.Answer changedSettings =
        api.put(
            "api/me/notification-settings", pim, "{\"email\":{\"MEETING_CHANGED\":\"WEEKLY\"}}");
    assertEquals(200, changedSettings.status(), changedSettings.body());
    JsonObject email = changedSettings.json().getJsonObject("email");
    assertEquals("WEEKLY", email.getString("MEETING_CHANGED"));
    assertEquals("IMMEDIATE", email.getString("SUBMISSION_RETURNED"), "only what was named");
    Api.Answer refused =
        api.put(
            "api/me/notification-settings",
            pim,
            "{\"email\":{\"NONSENSE\":\"DAILY\"},\"watch\":{\"leerkring-wdw\":\"MUTED\"}}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        2,
        refused.json().getJsonArray("errors").size(),
        "a circle Pim is not in is refused like an unknown kind: " + refused.body());
  }

  @Test
  void platformAdminEditsAnAccountAndEachChangeOfAccessEndsItsTokens() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String user = tenant[1];
    String password = "wachtwoord-" + tenant[0];
    String id = accountId(admin, user);
    String account = "api/admin/accounts/" + id;
    String first = api.token(user, password);
    assertEquals(200, api.get("api/me", first).status(), "its viewer is cached now");

    Api.Answer named =
        api.put(
            account,
            admin,
            "{\"displayName\":\"Nieuwe naam\",\"email\":\"beheer@" + tenant[0] + ".nl\"}");
    assertEquals(200, named.status(), named.body());
    assertEquals("beheer@" + tenant[0] + ".nl", named.json().getString("email"));
    assertEquals("Nieuwe naam", api.get("api/me", first).json().getString("displayName"));
    assertEquals(
        1, api.get("api/admin/accounts?q=beheer@" + tenant[0], admin).json().getInt("total"));
    Api.Answer wrong =
        api.put(
            account,
            admin,
            "{\"displayName\":\"\",\"email\":\"geen-adres\",\"roles\":[\"onzin\"]}");
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals(
        3, wrong.json().getJsonArray("errors").size(), "every wrong field: " + wrong.body());

    Api.Answer demoted = api.put(account, admin, "{\"roles\":[\"member\"]}");
    assertEquals(200, demoted.status(), demoted.body());
    assertRevoked(api.get("api/me", first), "after a role change");

    String second = api.token(user, password);
    assertEquals(200, api.put(account, admin, "{\"active\":false}").status());
    assertRevoked(api.get("api/me", second), "after a deactivation");
    assertEquals(401, api.post("api/auth/token", null, credentials(user, password)).status());
    Api.Answer reactivated = api.put(account, admin, "{\"active\":true}");
    assertEquals(200, reactivated.status(), reactivated.body());
    assertTrue(reactivated.json().getBoolean("active"));
    assertRevoked(api.get("api/me", second), "a token of before the deactivation stays ended");

    String third = api.token(user, password);
    Api.Answer reset = api.post(account + "/password-reset", admin, "");
    assertEquals(200, reset.status(), reset.body());
    String link = reset.json().getString("link");
    assertTrue(link.contains("/reset.xhtml?token="), link);
    assertNotNull(reset.json().getString("expiresAt"));
    String mailed = link.substring(link.indexOf("token=") + 6);
    Outbox.await(
        "beheer@" + tenant[0] + ".nl", text -> text.contains("reset.xhtml?token=" + mailed));
    assertRevoked(api.get("api/me", third), "after a password reset");
    assertEquals(
        401,
        api.post("api/auth/token", null, credentials(user, password)).status(),
        "old password");
    assertEquals(
        200,
        api.get(link, null).status(),
        "the public page of the link, for someone not signed in");

    String token = link.substring(link.indexOf("token=") + 6);
    Api.Answer tooShort =
        api.post(
            "api/auth/password-reset",
            null,
            "{\"token\":\"" + token + "\",\"newPassword\":\"kort\"}");
    assertEquals(400, tooShort.status(), tooShort.body());
    Api.Answer used =
        api.post(
            "api/auth/password-reset",
            null,
            "{\"token\":\"" + token + "\",\"newPassword\":\"hersteld-wachtwoord-1\"}");
    assertEquals(204, used.status(), used.body());
    assertNotNull(api.token(user, "hersteld-wachtwoord-1"));
    Api.Answer again =
        api.post(
            "api/auth/password-reset",
            null,
            "{\"token\":\"" + token + "\",\"newPassword\":\"nog-een-wachtwoord-2\"}");
    assertEquals(400, again.status(), "a link works once: " + again.body());
    assertTrue(again.body().contains("AccountCode.RESET_LINK_INVALID"), again.body());

    String self = accountId(admin, "admin");
    Api.Answer selfOff = api.put("api/admin/accounts/" + self, admin, "{\"active\":false}");
    assertEquals(400, selfOff.status(), selfOff.body());
    assertEquals(
        404,
        api.put("api/admin/accounts/" + UUID.randomUUID(), admin, "{\"displayName\":\"X\"}")
            .status());
    assertEquals(
        403,
        api.put(account, api.token(user, "hersteld-wachtwoord-1"), "{\"displayName\":\"X\"}")
            .status());
    String audit = auditText(admin);
    assertAll(
        () -> assertTrue(audit.contains("account.changed"), "edits audited"),
        () -> assertTrue(audit.contains("account.password-reset-issued"), "reset audited"),
        () -> assertTrue(audit.contains("account.password-reset-used"), "use audited"));
  }

  private static String credentials(String user, String password) {
    return Json.createObjectBuilder()
        .add("username", user)
        .add("password", password)
        .build()
        .toString();
  }

  @Test
  void tenantAdminEditsOwnMembersOnlyAndEachChangeOfAccessEndsTheirTokens() {
    String admin = admin();
    String[] tenant = tenantWithAdmin(admin);
    String tenantAdmin = api.token(tenant[1], "wachtwoord-" + tenant[0]);
    String members = "api/tenants/" + tenant[0] + "/members";
    Api.Answer added = api.post(members, tenantAdmin, newMember("collega"));
    assertEquals(201, added.status(), added.body());
    String memberId = added.json().getString("id");
    String username = added.json().getString("username");
    String member = members + "/" + memberId;
    String first = api.token(username, "een-lang-wachtwoord");
    assertEquals(200, api.get("api/me", first).status());

    Api.Answer edited =
        api.put(
            member,
            tenantAdmin,
            "{\"displayName\":\"Collega B\",\"email\":\"b@example.org\",\"jobTitle\":\"wijkcoach\"}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals("wijkcoach", edited.json().getString("jobTitle"));
    assertEquals("b@example.org", edited.json().getString("email"));
    assertEquals(200, api.get("api/me", first).status(), "a new name ends nothing");
    assertEquals(1, api.get(members + "?q=wijkcoach", tenantAdmin).array().size());

    Api.Answer promoted = api.put(member, tenantAdmin, "{\"roles\":[\"member\",\"tenant-admin\"]}");
    assertEquals(200, promoted.status(), promoted.body());
    assertRevoked(api.get("api/me", first), "after a role change by the tenant admin");
    String second = api.token(username, "een-lang-wachtwoord");
    assertEquals(200, api.put(member, tenantAdmin, "{\"active\":false}").status());
    assertRevoked(api.get("api/me", second), "after a deactivation by the tenant admin");
    assertEquals(200, api.put(member, tenantAdmin, "{\"active\":true}").status());
    String third = api.token(username, "een-lang-wachtwoord");
    Api.Answer reset = api.post(member + "/password-reset", tenantAdmin, "");
    assertEquals(200, reset.status(), reset.body());
    assertTrue(reset.json().getString("link").contains("token="));
    assertRevoked(api.get("api/me", third), "after a password reset by the tenant admin");

    // Platform-only fields are refused; another gemeente's member is not found here.
    assertEquals(
        403, api.put(member, tenantAdmin, "{\"coordinatorOf\":[\"leerkring-wdw\"]}").status());
    assertEquals(
        403, api.put(member, tenantAdmin, "{\"roles\":[\"member\",\"platform-admin\"]}").status());
    String duivenMember =
        api.get("api/tenants/duiven/members", admin).array().getJsonObject(0).getString("id");
    assertEquals(
        404,
        api.put(members + "/" + duivenMember, tenantAdmin, "{\"displayName\":\"Overgenomen\"}")
            .status());
    assertEquals(
        404, api.post(members + "/" + duivenMember + "/password-reset", tenantAdmin, "").status());
    assertEquals(
        403,
        api.put(
                "api/tenants/duiven/members/" + duivenMember,
                tenantAdmin,
                "{\"displayName\":\"Overgenomen\"}")
            .status());
    assertFalse(api.get("api/tenants/duiven/members", admin).body().contains("Overgenomen"));
    assertEquals(201, api.post(members, tenantAdmin, newMember("lid2")).status());
    String plain = api.token(tenant[0] + ".lid2", "een-lang-wachtwoord");
    assertEquals(403, api.put(member, plain, "{\"displayName\":\"X\"}").status(), "not an admin");
    Api.Answer self =
        api.put(
            members + "/" + memberIdOf(members, tenantAdmin, tenant[1]),
            tenantAdmin,
            "{\"active\":false}");
    assertEquals(400, self.status(), "not oneself: " + self.body());
    assertTrue(auditText(admin).contains("member.changed"));
  }

  private String memberIdOf(String members, String token, String username) {
    return api.get(members, token).array().stream()
        .map(m -> m.asJsonObject())
        .filter(m -> m.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  // --- bad input ---

  @Test
  void badInputGetsAProblemDocument() {
    String admin = admin();
    Api.Answer malformed = api.post("api/admin/tenants", admin, "{\"slug\": ");
    assertEquals(400, malformed.status(), malformed.body());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));
    assertEquals(400, malformed.json().getInt("status"));

    Api.Answer badCode =
        api.post(
            "api/admin/tenants",
            admin,
            "{\"slug\":\"" + unique("t") + "\",\"name\":\"T\",\"cbsCode\":\"0226\"}");
    assertEquals(400, badCode.status());
    assertTrue(badCode.json().getString("detail").contains("CBS-code"), badCode.body());

    Api.Answer script =
        api.post(
            "api/admin/tenants",
            admin,
            "{\"slug\":\"<script>alert(1)</script>\",\"name\":\"T\",\"cbsCode\":\"GM1234\"}");
    assertEquals(400, script.status());

    Api.Answer empty = api.post("api/admin/tenants", admin, "");
    assertEquals(400, empty.status(), empty.body());

    Api.Answer duplicate =
        api.post(
            "api/admin/tenants",
            admin,
            "{\"slug\":\"duiven\",\"name\":\"Duiven\",\"cbsCode\":\"GM0226\"}");
    assertEquals(409, duplicate.status());
    assertFalse(duplicate.body().contains("Exception"), duplicate.body());
  }

  @Test
  void unknownTenantOrCircleIs404() {
    String token = token("duiven.lid");
    assertEquals(404, api.get("api/tenants/bestaat-niet/members", token).status());
    assertEquals(404, api.get("api/tenants/bestaat-niet/settings", token).status());
    assertEquals(404, api.get("api/circles/bestaat-niet", token).status());
    assertEquals(404, api.get("api/nergens", token).status());
  }

  // --- the REST half of the isolation harness ---

  /**
   * A tenant-owned aggregate as the API exposes it: how tenant A writes one containing a secret
   * marker (returning its id), and every path another viewer might read it by. Adding an aggregate
   * is one more entry in {@link #aggregates()}.
   */
  record RestAggregate(
      String name, Function<Writer, String> writeAsA, List<Function<Target, String>> readPaths) {}

  /**
   * What a writer has: the API, tenant A's slug, A's admin token and the marker to hide in the
   * data.
   */
  record Writer(Api api, String slug, String token, String marker) {}

  /** Where a reader aims: A's slug, the reader's own slug (or null), and A's row id. */
  record Target(String victim, String own, String id) {}

  static Stream<RestAggregate> aggregates() {
    return Stream.of(
        new RestAggregate(
            "members",
            w -> {
              Api.Answer a =
                  w.api()
                      .post(
                          "api/tenants/" + w.slug() + "/members",
                          w.token(),
                          "{\"username\":\""
                              + w.marker()
                              + "\",\"password\":\"geheim-wachtwoord\","
                              + "\"displayName\":\""
                              + w.marker()
                              + "\",\"email\":\""
                              + w.marker()
                              + "@example.org\"}");
              assertEquals(201, a.status(), a.body());
              return a.json().getString("id");
            },
            List.of(
                t -> "api/tenants/" + t.victim() + "/members",
                t -> "api/tenants/" + t.victim() + "/members/" + t.id(),
                t -> t.own() == null ? null : "api/tenants/" + t.own() + "/members",
                t -> t.own() == null ? null : "api/tenants/" + t.own() + "/members/" + t.id())),
        new RestAggregate(
            "settings",
            w -> {
              Api.Answer a =
                  w.api()
                      .put(
                          "api/tenants/" + w.slug() + "/settings",
                          w.token(),
                          "{\"welcomeText\":\"" + w.marker() + "\",\"defaultLocale\":\"nl\"}");
              assertEquals(200, a.status(), a.body());
              return w.slug();
            },
            List.of(
                t -> "api/tenants/" + t.victim() + "/settings",
                t -> t.own() == null ? null : "api/tenants/" + t.own() + "/settings")),
        new RestAggregate(
            "method cards",
            w -> {
              Api.Answer a =
                  w.api().post("api/methods", w.token(), RoleMatrixIT.methodJson(w.marker()));
              assertEquals(201, a.status(), a.body());
              return a.json().getString("id");
            },
            List.of(
                t -> "api/methods/" + t.id(),
                t -> "api/methods",
                t -> "api/koffer/" + t.id(),
                t -> "api/koffer/" + t.id() + "/versions",
                t -> "api/koffer/uses/mine")),
        new RestAggregate(
            "programmes and ledgers",
            w -> {
              Api.Answer p =
                  w.api()
                      .post(
                          "api/programmes",
                          w.token(),
                          "{\"name\":\""
                              + w.marker()
                              + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\","
                              + "\"statedContributions\":\"1234.56\"}");
              assertEquals(201, p.status(), p.body());
              String id = p.json().getJsonObject("programme").getString("id");
              String ledger = "api/programmes/" + id + "/ledger/";
              assertEquals(
                  201,
                  w.api()
                      .post(ledger + "versions", w.token(), "{\"validFrom\":\"2025-01-01\"}")
                      .status());
              Api.Answer line =
                  w.api()
                      .post(
                          ledger + "lines",
                          w.token(),
                          "{\"code\":\"geheim\",\"description\":\""
                              + w.marker()
                              + "\",\"amounts\":[{\"start\":\"2025-01-01\","
                              + "\"end\":\"2025-12-31\",\"planned\":\"9876.54\"}]}");
              assertEquals(201, line.status(), line.body());
              Api.Answer contribution =
                  w.api()
                      .post(
                          ledger + "contributions",
                          w.token(),
                          "{\"partner\":\""
                              + w.marker()
                              + "\",\"form\":\"cash\",\"cash\":\"1000.00\"}");
              assertEquals(201, contribution.status(), contribution.body());
              return id;
            },
            List.of(
                t -> "api/programmes/" + t.id(),
                t -> "api/programmes",
                t -> "api/programmes/" + t.id() + "/ledger",
                t -> "api/programmes/" + t.id() + "/ledger/checks",
                t -> "api/programmes/" + t.id() + "/ledger/export?format=csv",
                t -> "api/programmes/" + t.id() + "/statements")));
  }

  @Test
  void otherTenantsAndOutsidersReadNothingOfATenantsWorkspace() {
    String admin = admin();
    String[] a = tenantWithAdmin(admin);
    String aToken = api.token(a[1], "wachtwoord-" + a[0]);
    List<String[]> readers =
        List.of(
            new String[] {"duiven.lid", Api.DEMO_PASSWORD, "duiven"},
            new String[] {"duiven.beheer", Api.DEMO_PASSWORD, "duiven"},
            new String[] {"deventer.lid", Api.DEMO_PASSWORD, "deventer"},
            new String[] {"han", Api.DEMO_PASSWORD, null},
            new String[] {"onderzoeker", Api.DEMO_PASSWORD, null},
            new String[] {"coordinator", Api.DEMO_PASSWORD, null});
    int probes = 0;
    for (RestAggregate aggregate : aggregates().toList()) {
      String marker = unique("geheim").replace('-', 'x');
      String id = aggregate.writeAsA().apply(new Writer(api, a[0], aToken, marker));
      // The owner sees it: the probes below can fail.
      boolean ownerSees =
          aggregate.readPaths().stream()
              .map(p -> p.apply(new Target(a[0], a[0], id)))
              .filter(p -> p != null)
              .anyMatch(p -> api.get(p, aToken).body().contains(marker));
      assertTrue(ownerSees, aggregate.name() + ": the owner must see its own data");
      for (String[] reader : readers) {
        String token = api.token(reader[0], reader[1]);
        for (Function<Target, String> path : aggregate.readPaths()) {
          String url = path.apply(new Target(a[0], reader[2], id));
          if (url == null) {
            continue;
          }
          Api.Answer answer = api.get(url, token);
          probes++;
          String what = aggregate.name() + " as " + reader[0] + " via " + url;
          assertFalse(answer.body().contains(marker), "leak: " + what);
          assertFalse(
              String.valueOf(answer.raw().headers().map()).contains(marker),
              "leak in headers: " + what);
          assertTrue(
              answer.status() == 403 || answer.status() == 404 || answer.status() == 200,
              what + " answered " + answer.status());
        }
      }
      Api.Answer anonymous = api.get("api/tenants/" + a[0] + "/settings", null);
      assertEquals(401, anonymous.status());
      assertFalse(anonymous.body().contains(marker));
    }
    // members: 4 paths for the 3 tenant readers, 2 for the 3 without a tenant; settings: 2 and 1;
    // method cards: 5 paths for all 6 readers; programmes and ledgers: 6 paths for all 6.
    assertEquals(4 * 3 + 2 * 3 + 2 * 3 + 1 * 3 + 5 * 6 + 6 * 6, probes, "probes made");
  }

  private static JsonObject circle(JsonObject me, String slug) {
    return me.getJsonArray("circles").stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("slug").equals(slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no circle " + slug + " in " + me));
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  // --- F11: a gemeente's export and import ---

  /** Starts an export of the gemeente as the token's holder and waits until it is done: its id. */
  static String finishedExport(Api api, String token, String slug) {
    Api.Answer started = api.post("api/tenants/" + slug + "/export", token, "");
    assertEquals(202, started.status(), started.body());
    String id = started.json().getString("id");
    for (int i = 0; i < 600; i++) {
      Api.Answer status = api.get("api/exports/" + id, token);
      assertEquals(200, status.status(), status.body());
      String state = status.json().getString("status");
      if (state.equals("DONE")) {
        assertTrue(status.json().getString("download").endsWith("/api/exports/" + id + "/file"));
        return id;
      }
      assertEquals("RUNNING", state, status.body());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("export " + id + " did not finish in a minute");
  }

  /** A ZIP's manifest.json. */
  private static JsonObject manifest(byte[] zip) throws java.io.IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("manifest.json")) {
          return Json.createReader(
                  new java.io.StringReader(
                      new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
              .readObject();
        }
      }
    }
    throw new AssertionError("no manifest.json");
  }

  /** The checksums of the original files and texts, sorted: what a round trip must keep. */
  private static List<String> fileChecksums(JsonObject manifest) {
    return manifest.getJsonArray("files").stream()
        .map(f -> f.asJsonObject())
        .filter(f -> !f.getString("path").startsWith("gegevens/"))
        .filter(f -> !f.getString("path").startsWith("csv/"))
        .filter(f -> !f.getString("path").equals("LEESMIJ.txt"))
        .map(f -> f.getString("sha256"))
        .sorted()
        .toList();
  }

  /**
   * The ZIP again, its documents.json one space longer (the manifest's checksum no longer holds).
   */
  private static byte[] withChangedDocuments(byte[] zip) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        var copy = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        copy.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        copy.write(content);
        if (e.getName().equals("gegevens/documents.json")) {
          copy.write(' ');
        }
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private Api.Answer importZip(String admin, byte[] zip, String slug) {
    return api.multipart(
        "POST",
        "api/admin/tenants/import",
        admin,
        Api.Part.file("export.zip", "application/zip", zip),
        Api.Part.text("slug", slug),
        Api.Part.text("name", "Kopie " + slug),
        Api.Part.text("cbsCode", cbsCode()));
  }

  @Test
  void aGemeenteExportImportsUnderAnotherSlugAndExportsTheSameAgain() throws Exception {
    String admin = admin();
    String duivenAdmin = token("duiven.beheer");
    String id = finishedExport(api, duivenAdmin, "duiven");
    for (String other : List.of("wijchen.beheer", "duiven.lid", "coordinator")) {
      assertEquals(404, api.get("api/exports/" + id, token(other)).status(), other);
      assertEquals(404, api.get("api/exports/" + id + "/file", token(other)).status(), other);
    }
    byte[] zip = api.bytes("api/exports/" + id + "/file", duivenAdmin);
    JsonObject first = manifest(zip);
    assertEquals("duiven", first.getJsonObject("gemeente").getString("slug"));
    assertTrue(first.getJsonObject("counts").getInt("documents") > 0, first.toString());

    byte[] altered = withChangedDocuments(zip);
    String refusedSlug = unique("kapot");
    Api.Answer refused = importZip(admin, altered, refusedSlug);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("TransferCode.CHECKSUM_MISMATCH"), refused.body());
    assertTrue(
        refused.body().contains("gegevens/documents.json"), "names the file: " + refused.body());
    assertEquals(404, api.get("api/tenants/" + refusedSlug, admin).status(), "nothing written");

    String copy = unique("kopie");
    Api.Answer imported = importZip(admin, zip, copy);
    assertEquals(201, imported.status(), imported.body());
    assertEquals(first.getJsonObject("counts"), imported.json().getJsonObject("counts"));
    assertEquals(409, importZip(admin, zip, copy).status(), "the slug is taken now");
    assertEquals(201, importZip(admin, zip, unique("nogmaals")).status(), "ids remapped");
    assertEquals(403, importZip(duivenAdmin, zip, unique("niet")).status());

    JsonObject again =
        manifest(api.bytes("api/exports/" + finishedExport(api, admin, copy) + "/file", admin));
    assertEquals(first.getJsonObject("counts"), again.getJsonObject("counts"));
    assertEquals(fileChecksums(first), fileChecksums(again));
    assertEquals(copy, again.getJsonObject("gemeente").getString("slug"));
  }
}
