package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the OpenAPI document × every role. Each endpoint needs a rule here naming the
 * roles that may use it, so a new endpoint without a rule fails the build. Reads are tried by every
 * role: the allowed ones get 200, the others 401, 403 or 404. Writes are tried only by the roles
 * that may not write (so the matrix changes nothing), who must get 401, 403 or 404.
 */
class RoleMatrixIT extends DeployedPortal {

  /** The roles, by the demo account that has each. */
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", null);
    ROLES.put("owner", "duiven.lid");
    ROLES.put("ownerAdmin", "duiven.beheer");
    ROLES.put("member", "wijchen.lid");
    ROLES.put("outsider", "deventer.lid");
    ROLES.put("coordinator", "coordinator");
    ROLES.put("facilitator", "han");
    ROLES.put("researcher", "onderzoeker");
    ROLES.put("admin", "admin");
  }

  /** A token for every role, by role; none for the anonymous. */
  static Map<String, String> signInEveryRole(Api api) {
    Map<String, String> tokens = new LinkedHashMap<>();
    ROLES.forEach((role, user) -> tokens.put(role, user == null ? null : api.signIn(user)));
    return tokens;
  }

  static final Set<String> SIGNED_IN =
      Set.of(
          "owner",
          "ownerAdmin",
          "member",
          "outsider",
          "coordinator",
          "facilitator",
          "researcher",
          "admin");
  static final Set<String> TENANT_MEMBERS = Set.of("owner", "ownerAdmin", "member", "outsider");
  static final Set<String> OWNER = Set.of("owner", "ownerAdmin");
  static final Set<String> CIRCLE_READERS =
      Set.of("owner", "ownerAdmin", "member", "coordinator", "facilitator", "researcher");

  /** Who may use each endpoint; the key is "METHOD /api/path/{template}". */
  static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

  static {
    RULES.put("POST /api/auth/token", Set.of("*"));
    RULES.put("GET /api/me", SIGNED_IN);
    RULES.put("PUT /api/me/password", SIGNED_IN);
    RULES.put("GET /api/tenants", SIGNED_IN);
    RULES.put("GET /api/tenants/{slug}", SIGNED_IN);
    RULES.put("GET /api/tenants/{slug}/members", Set.of("owner", "ownerAdmin", "admin"));
    RULES.put("GET /api/tenants/{slug}/members/{id}", Set.of("owner", "ownerAdmin", "admin"));
    RULES.put("POST /api/tenants/{slug}/members", Set.of("ownerAdmin", "admin"));
    RULES.put("GET /api/tenants/{slug}/settings", Set.of("owner", "ownerAdmin", "admin"));
    RULES.put("PUT /api/tenants/{slug}/settings", Set.of("ownerAdmin", "admin"));
    RULES.put("GET /api/circles", SIGNED_IN);
    RULES.put("GET /api/circles/{slug}", SIGNED_IN);
    RULES.put("GET /api/circles/{slug}/catalog", CIRCLE_READERS);
    RULES.put("GET /api/circles/{slug}/moderation", Set.of("coordinator"));
    RULES.put("GET /api/circles/{slug}/reports", Set.of("coordinator"));
    RULES.put("POST /api/admin/tenants", Set.of("admin"));
    RULES.put("GET /api/admin/tenants", Set.of("admin"));
    RULES.put("POST /api/admin/circles", Set.of("admin"));
    RULES.put("POST /api/admin/members", Set.of("admin"));
    RULES.put("GET /api/admin/accounts", Set.of("admin"));
    RULES.put("PUT /api/admin/accounts/{id}/roles", Set.of("admin"));
    RULES.put("POST /api/admin/accounts/{id}/deactivation", Set.of("admin"));
    RULES.put("GET /api/admin/audit", Set.of("admin"));
    // F9: people, gemeenten and circles over time. {id} and {accountId} are duiven.lid's account.
    RULES.put("PUT /api/admin/tenants/{slug}", Set.of("admin"));
    RULES.put("PUT /api/admin/circles/{slug}", Set.of("admin"));
    RULES.put("POST /api/admin/circles/{slug}/members", Set.of("admin"));
    RULES.put("DELETE /api/admin/circles/{slug}/members/{tenant}", Set.of("admin"));
    RULES.put("POST /api/admin/circles/{slug}/coordinators/{accountId}", Set.of("admin"));
    RULES.put("DELETE /api/admin/circles/{slug}/coordinators/{accountId}", Set.of("admin"));
    RULES.put("GET /api/admin/accounts/{id}", Set.of("admin"));
    RULES.put("PUT /api/admin/accounts/{id}", Set.of("admin"));
    RULES.put("POST /api/admin/accounts/{id}/password-reset", Set.of("admin"));
    RULES.put("PUT /api/tenants/{slug}/members/{id}", Set.of("ownerAdmin", "admin"));
    RULES.put(
        "POST /api/tenants/{slug}/members/{id}/password-reset", Set.of("ownerAdmin", "admin"));
    RULES.put("POST /api/auth/password-reset", Set.of("*"));
    RULES.put("POST /api/documents", TENANT_MEMBERS);
    RULES.put("GET /api/documents", TENANT_MEMBERS);
    RULES.put("GET /api/documents/{id}", OWNER);
    RULES.put("GET /api/documents/{id}/file", OWNER);
    RULES.put("PUT /api/documents/{id}/file", OWNER);
    RULES.put("GET /api/documents/{id}/files/{fileId}", OWNER);
    RULES.put("GET /api/documents/{id}/text", OWNER);
    RULES.put("POST /api/documents/{id}/annexes", OWNER);
    RULES.put("POST /api/documents/{id}/publications", OWNER);
    RULES.put("PUT /api/documents/{id}", OWNER);
    RULES.put("DELETE /api/documents/{id}", OWNER);
    RULES.put("POST /api/documents/{id}/restore", OWNER);
    RULES.put("GET /api/publications/{id}", Set.of("owner", "ownerAdmin", "coordinator"));
    RULES.put("POST /api/publications/{id}/approve", Set.of("coordinator"));
    RULES.put("POST /api/publications/{id}/return", Set.of("coordinator"));
    RULES.put("POST /api/publications/{id}/reports/{reportId}/handled", Set.of("coordinator"));
    RULES.put("DELETE /api/publications/{id}", OWNER);
    RULES.put("GET /api/catalog/{id}", CIRCLE_READERS);
    RULES.put("GET /api/catalog/{id}/file", CIRCLE_READERS);
    RULES.put("GET /api/catalog/{id}/annexes/{n}/file", CIRCLE_READERS);
    RULES.put("POST /api/catalog/{id}/reports", CIRCLE_READERS);
    RULES.put("POST /api/catalog/{id}/hide", Set.of("coordinator"));
    RULES.put("POST /api/catalog/{id}/restore", Set.of("coordinator"));
    RULES.put("GET /api/search", SIGNED_IN);
    RULES.put("GET /api/search/suggest", SIGNED_IN);
    RULES.put("GET /api/search/export", SIGNED_IN);
    // The id is Duiven's private document: only its own members find similar items for it.
    RULES.put("GET /api/search/{id}/similar", OWNER);
    RULES.put("POST /api/admin/search/rebuild", Set.of("admin"));
    RULES.put("POST /api/methods", TENANT_MEMBERS);
    RULES.put("GET /api/methods", TENANT_MEMBERS);
    RULES.put("GET /api/methods/{id}", OWNER);
    RULES.put("PUT /api/methods/{id}", OWNER);
    RULES.put("POST /api/methods/{id}/publications", OWNER);
    RULES.put("GET /api/circles/{slug}/koffer", CIRCLE_READERS);
    RULES.put("GET /api/circles/{slug}/vocabulary", CIRCLE_READERS);
    RULES.put("POST /api/circles/{slug}/vocabulary", Set.of("coordinator"));
    RULES.put("GET /api/koffer/vocabulary", SIGNED_IN);
    RULES.put("GET /api/koffer/{id}", CIRCLE_READERS);
    RULES.put("GET /api/koffer/{id}/versions", CIRCLE_READERS);
    RULES.put("GET /api/koffer/{id}/uses", CIRCLE_READERS);
    RULES.put("GET /api/koffer/{id}/comments", CIRCLE_READERS);
    RULES.put("POST /api/koffer/{id}/comments", CIRCLE_READERS);
    // Recording a use needs a gemeente whose koffer holds the method: Deventer is outside the
    // circle.
    RULES.put("POST /api/koffer/{id}/uses", Set.of("owner", "ownerAdmin", "member"));
    RULES.put("POST /api/koffer/comments/{commentId}/reports", CIRCLE_READERS);
    RULES.put("POST /api/koffer/comments/{commentId}/hide", Set.of("coordinator"));
    RULES.put("POST /api/koffer/comments/{commentId}/restore", Set.of("coordinator"));
    RULES.put("POST /api/koffer/recommendations", SIGNED_IN);
    RULES.put("GET /api/koffer/uses/mine", TENANT_MEMBERS);
    RULES.put("GET /api/uses/{id}", OWNER);
    RULES.put("POST /api/uses/{id}/publications", OWNER);
    RULES.put("PUT /api/uses/{id}", OWNER);
    RULES.put("DELETE /api/uses/{id}", OWNER);
    RULES.put("GET /api/admin/search/rebuild", Set.of("admin"));
    // Programmes and ledgers live in the workspace; {id} is Duiven's demo Blijfwijk.
    RULES.put("GET /api/programmes", TENANT_MEMBERS);
    RULES.put("POST /api/programmes", TENANT_MEMBERS);
    for (String path :
        List.of(
            "/api/programmes/{id}",
            "/api/programmes/{id}/ledger",
            "/api/programmes/{id}/ledger/checks",
            "/api/programmes/{id}/ledger/export",
            "/api/programmes/{id}/statements")) {
      RULES.put("GET " + path, OWNER);
    }
    RULES.put("PUT /api/programmes/{id}", OWNER);
    RULES.put("DELETE /api/programmes/{id}", OWNER);
    RULES.put("POST /api/programmes/{id}/statements", OWNER);
    RULES.put("DELETE /api/programmes/{id}/{kind}/{part}", OWNER);
    for (String part : List.of("partners", "themes", "goals", "actions", "milestones")) {
      RULES.put("POST /api/programmes/{id}/" + part, OWNER);
      RULES.put("PUT /api/programmes/{id}/" + part + "/{part}", OWNER);
    }
    RULES.put("POST /api/programmes/{id}/notes", OWNER);
    RULES.put("POST /api/programmes/{id}/links", OWNER);
    for (String entry : List.of("sources", "contributions", "versions", "lines")) {
      RULES.put("POST /api/programmes/{id}/ledger/" + entry, OWNER);
      RULES.put("PUT /api/programmes/{id}/ledger/" + entry + "/{entry}", OWNER);
      RULES.put("DELETE /api/programmes/{id}/ledger/" + entry + "/{entry}", OWNER);
    }
    // Statements: their gemeente and the circle's coordinators; {id} is Duiven's accepted one.
    RULES.put("GET /api/statements/{id}", Set.of("owner", "ownerAdmin", "coordinator"));
    RULES.put("POST /api/statements/{id}/accept", Set.of("coordinator"));
    RULES.put("POST /api/statements/{id}/return", Set.of("coordinator"));
    RULES.put("GET /api/circles/{slug}/statements", Set.of("coordinator"));
    RULES.put("GET /api/circles/{slug}/rollup", Set.of("coordinator"));
    RULES.put("GET /api/circles/{slug}/rollup/export", Set.of("coordinator"));
    // F7 meetings: {id} is a held meeting of the circle, or an action of it owned by Duiven.
    Set<String> planners = Set.of("coordinator", "facilitator");
    RULES.put("GET /api/circles/{slug}/meetings", CIRCLE_READERS);
    RULES.put("POST /api/circles/{slug}/meetings", planners);
    RULES.put("GET /api/meetings/{id}", CIRCLE_READERS);
    RULES.put("GET /api/meetings/{id}/calendar.ics", CIRCLE_READERS);
    RULES.put(
        "PUT /api/meetings/{id}/registration",
        Set.of("owner", "ownerAdmin", "member", "coordinator", "facilitator"));
    for (String write :
        List.of(
            "PUT /api/meetings/{id}",
            "PUT /api/meetings/{id}/status",
            "POST /api/meetings/{id}/agenda",
            "PUT /api/meetings/{id}/minutes",
            "POST /api/meetings/{id}/minutes/open",
            "POST /api/meetings/{id}/minutes/final",
            "POST /api/meetings/{id}/attendance",
            "POST /api/meetings/{id}/actions")) {
      RULES.put(write, planners);
    }
    RULES.put("PUT /api/actions/{id}", Set.of("owner", "ownerAdmin", "coordinator", "facilitator"));
    // F7 circle life: agenda order, old minutes (participants), comments (attendees: here none
    // but the planners, whose writes the matrix skips).
    RULES.put("POST /api/meetings/{id}/agenda/{item}/move", planners);
    RULES.put("DELETE /api/meetings/{id}/agenda/{item}", planners);
    RULES.put("POST /api/meetings/{id}/minutes/comments", planners);
    RULES.put(
        "GET /api/meetings/{id}/minutes/versions/{number}",
        Set.of("owner", "ownerAdmin", "member", "coordinator", "facilitator"));
    RULES.put("GET /api/me/calendar-feed", SIGNED_IN);
    RULES.put("POST /api/me/calendar-feed", SIGNED_IN);
    RULES.put("DELETE /api/me/calendar-feed", SIGNED_IN);
    // The secret in the link is the credential: a made-up one is 404 for everyone (KofferIT).
    RULES.put("GET /api/calendar/{secret}.ics", Set.of("*"));
    // F7 learning agenda: {id} is a question of the circle with harvest, or a published synthesis.
    Set<String> participants =
        Set.of("owner", "ownerAdmin", "member", "coordinator", "facilitator");
    RULES.put("GET /api/circles/{slug}/questions", CIRCLE_READERS);
    RULES.put("POST /api/circles/{slug}/questions", planners);
    RULES.put("GET /api/questions/{id}", CIRCLE_READERS);
    RULES.put("PUT /api/questions/{id}", planners);
    RULES.put("POST /api/questions/{id}/meetings", planners);
    RULES.put("POST /api/questions/{id}/harvest", participants);
    RULES.put("GET /api/questions/{id}/harvest/{harvestId}", CIRCLE_READERS);
    RULES.put("GET /api/circles/{slug}/syntheses", CIRCLE_READERS);
    RULES.put("POST /api/circles/{slug}/syntheses", planners);
    RULES.put("GET /api/syntheses/{id}", CIRCLE_READERS);
    RULES.put("PUT /api/syntheses/{id}", planners);
    RULES.put("POST /api/syntheses/{id}/publish", planners);
    // F7 (session 10): a synthesis's versions ({id} is published at version 1: readers open it).
    RULES.put("GET /api/syntheses/{id}/versions", CIRCLE_READERS);
    RULES.put("GET /api/syntheses/{id}/versions/{number}", CIRCLE_READERS);
    // F7 rest: harvest is changed by its author (the matrix's harvest is owner's) or a planner.
    Set<String> harvestChangers = Set.of("owner", "coordinator", "facilitator");
    RULES.put("PUT /api/questions/{id}/harvest/{harvestId}", harvestChangers);
    RULES.put("DELETE /api/questions/{id}/harvest/{harvestId}", harvestChangers);
    // F7 (session 10): an action of Duiven's programme shared with a circle of Duiven ({part} is
    // an action of its demo programme, {circle} the leerkring).
    RULES.put("GET /api/programmes/{id}/actions/{part}/shares", OWNER);
    RULES.put("PUT /api/programmes/{id}/actions/{part}/shares/{circle}", OWNER);
    RULES.put("DELETE /api/programmes/{id}/actions/{part}/shares/{circle}", OWNER);
    // F9 close: the nightly purge of the prullenbak, run on demand
    RULES.put("POST /api/admin/documents/purge", Set.of("admin"));
    // F8 signals: one's own details, inbox, to-dos and mail settings; each person reads only their
    // own (PortalIT), so every signed-in role may call them. The secrets of a confirmation or an
    // unsubscribe link are the credential, as the calendar feed's is.
    RULES.put("PUT /api/me", SIGNED_IN);
    RULES.put("GET /api/me/inbox", SIGNED_IN);
    RULES.put("POST /api/me/inbox/{id}/read", SIGNED_IN);
    RULES.put("POST /api/me/inbox/read-all", SIGNED_IN);
    RULES.put("GET /api/me/todos", SIGNED_IN);
    RULES.put("GET /api/me/notification-settings", SIGNED_IN);
    RULES.put("PUT /api/me/notification-settings", SIGNED_IN);
    RULES.put("POST /api/me/email-confirmation", Set.of("*"));
    RULES.put("POST /api/unsubscribe/{token}", Set.of("*"));
    // F8 conversations and activity: whoever reads the circle reads and writes its threads; {id}
    // is a thread Duiven's member started, {post} its opening post (only its author changes it).
    RULES.put("GET /api/circles/{slug}/threads", CIRCLE_READERS);
    RULES.put("POST /api/circles/{slug}/threads", CIRCLE_READERS);
    RULES.put("GET /api/circles/{slug}/activity", CIRCLE_READERS);
    RULES.put("GET /api/threads/{id}", CIRCLE_READERS);
    RULES.put("POST /api/threads/{id}/replies", CIRCLE_READERS);
    RULES.put("PUT /api/threads/{id}/posts/{post}", Set.of("owner"));
    RULES.put("GET /api/threads/{id}/posts/{post}/versions", CIRCLE_READERS);
    RULES.put("POST /api/threads/{id}/posts/{post}/reports", CIRCLE_READERS);
    RULES.put("POST /api/threads/{id}/posts/{post}/hide", Set.of("coordinator"));
    RULES.put("POST /api/threads/{id}/posts/{post}/restore", Set.of("coordinator"));
    RULES.put("PUT /api/threads/{id}/watch", CIRCLE_READERS);
    // F8 saved searches: each person's own (another's id is 404: SavedSearchesTest, the fuzzer).
    RULES.put("GET /api/me/saved-searches", SIGNED_IN);
    RULES.put("POST /api/me/saved-searches", SIGNED_IN);
    RULES.put("DELETE /api/me/saved-searches/{id}", SIGNED_IN);
    // F11: a gemeente's export (its admins and platform admins; {id} is a finished export of
    // Duiven) and the import of one as a new gemeente.
    RULES.put("POST /api/tenants/{slug}/export", Set.of("ownerAdmin", "admin"));
    RULES.put("GET /api/exports/{id}", Set.of("ownerAdmin", "admin"));
    RULES.put("GET /api/exports/{id}/file", Set.of("ownerAdmin", "admin"));
    RULES.put("POST /api/admin/tenants/import", Set.of("admin"));
  }

  @Test
  void everyEndpointHasARuleAndEveryRoleGetsWhatItMay() {
    Api api = new Api(base);
    Map<String, String> tokens = signInEveryRole(api);

    // A submitted and a published document of Duiven, and the ids that the templates need.
    String owner = tokens.get("owner");
    String coordinator = tokens.get("coordinator");
    String documentId = upload(api, owner, "Matrix " + UUID.randomUUID());
    JsonObject withAnnex =
        api.multipart(
                "POST",
                "api/documents/" + documentId + "/annexes",
                owner,
                Api.Part.file(
                    "bijlage.txt", "text/plain", "bijlage".getBytes(StandardCharsets.UTF_8)))
            .json();
    String fileId = withAnnex.getJsonArray("annexes").getJsonObject(0).getString("id");
    String submitted = api.submit(owner, "api/documents/" + documentId, "CIRCLE");
    String other = upload(api, owner, "Matrix gepubliceerd " + UUID.randomUUID());
    api.multipart(
        "POST",
        "api/documents/" + other + "/annexes",
        owner,
        Api.Part.file("bijlage.txt", "text/plain", "bijlage".getBytes(StandardCharsets.UTF_8)));
    String published = api.submit(owner, "api/documents/" + other, "CIRCLE");
    assertEquals(
        200, api.post("api/publications/" + published + "/approve", coordinator, "").status());
    String memberId =
        api.get("api/tenants/duiven/members", owner).array().getJsonObject(0).getString("id");
    String accountId = api.get("api/me", owner).json().getString("id");
    // A method card of Duiven, published in the circle, with a use and a comment.
    Api.Answer card =
        api.post("api/methods", owner, methodJson("Matrixmethode " + UUID.randomUUID()));
    assertEquals(201, card.status(), card.body());
    String methodId = card.json().getString("id");
    String methodPublication = api.submit(owner, "api/methods/" + methodId, "CIRCLE");
    assertEquals(
        200,
        api.post("api/publications/" + methodPublication + "/approve", coordinator, "").status());
    Api.Answer use =
        api.post(
            "api/koffer/" + methodId + "/uses",
            owner,
            "{\"wijk\":\"Duiven-Zuid\",\"from\":\"2025-01-15\",\"whatHappened\":\"Matrix\"}");
    assertEquals(201, use.status(), use.body());
    String useId = use.json().getString("id");
    Api.Answer comment =
        api.post("api/koffer/" + methodId + "/comments", owner, "{\"body\":\"Matrix\"}");
    assertEquals(201, comment.status(), comment.body());
    String commentId = comment.json().getString("id");

    // Duiven's demo programme and its accepted statement.
    String programmeId =
        api.get("api/programmes", owner).array().stream()
            .map(p -> p.asJsonObject())
            .filter(p -> p.getString("name").equals("Blijfwijk Duiven-Zuid"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String statementId =
        api.get("api/programmes/" + programmeId + "/statements", owner)
            .array()
            .getJsonObject(0)
            .getString("id");
    String ledgerBefore = api.get("api/programmes/" + programmeId + "/ledger", owner).body();
    String programmeAction =
        Api.firstAction(api.get("api/programmes/" + programmeId, owner).json());
    String sharesBefore =
        api.get("api/programmes/" + programmeId + "/actions/" + programmeAction + "/shares", owner)
            .body();

    // A meeting of the circle, held, with an action owned by Duiven.
    Api.Answer meeting =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            "{\"title\":\"Matrixbijeenkomst\",\"start\":\"2025-02-03T14:00\","
                + "\"end\":\"2025-02-03T16:00\",\"host\":\"duiven\"}");
    assertEquals(201, meeting.status(), meeting.body());
    String meetingId = meeting.json().getString("id");
    assertEquals(
        200,
        api.put("api/meetings/" + meetingId + "/status", coordinator, "{\"status\":\"HELD\"}")
            .status());
    Api.Answer action =
        api.post(
            "api/meetings/" + meetingId + "/actions",
            coordinator,
            "{\"title\":\"Matrixactie\",\"owner\":{\"gemeente\":\"duiven\"}}");
    assertEquals(201, action.status(), action.body());
    String actionId = action.json().getString("id");
    assertEquals(
        200,
        api.put(
                "api/meetings/" + meetingId + "/minutes",
                coordinator,
                "{\"text\":\"Matrixverslag\",\"version\":0}")
            .status());
    String meetingBefore = api.get("api/meetings/" + meetingId, coordinator).body();

    // A learning question with harvest, and a published synthesis citing it.
    String questionId =
        api.post(
                "api/circles/leerkring-wdw/questions",
                coordinator,
                "{\"text\":\"Matrixvraag\",\"phase\":\"REALISE\",\"owner\":\"duiven\"}")
            .json()
            .getString("id");
    String harvestId =
        api.post(
                "api/questions/" + questionId + "/harvest",
                owner,
                "{\"kind\":\"INSIGHT\",\"text\":\"Matrixoogst\"}")
            .json()
            .getString("id");
    Api.Answer synthesis =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            "{\"phase\":\"REALISE\",\"title\":\"Matrixsynthese\",\"text\":\"Tekst\","
                + "\"citations\":[\""
                + harvestId
                + "\"]}");
    assertEquals(201, synthesis.status(), synthesis.body());
    String synthesisId = synthesis.json().getString("id");
    assertEquals(
        200,
        api.post(
                "api/syntheses/" + synthesisId + "/publish",
                coordinator,
                "{\"version\":" + synthesis.json().getJsonNumber("version") + "}")
            .status());
    String questionBefore = api.get("api/questions/" + questionId, coordinator).body();
    String exportId = PortalIT.finishedExport(api, tokens.get("ownerAdmin"), "duiven");

    // A thread of the circle, started by Duiven's member.
    Api.Answer thread =
        api.post(
            "api/circles/leerkring-wdw/threads",
            owner,
            "{\"title\":\"Matrixgesprek\",\"body\":\"Wie weet het?\"}");
    assertEquals(201, thread.status(), thread.body());
    String threadId = thread.json().getString("id");
    String postId = thread.json().getJsonArray("posts").getJsonObject(0).getString("id");
    String threadBefore = api.get("api/threads/" + threadId, coordinator).body();

    List<String> endpoints = endpoints(api);
    Set<String> missing = new TreeSet<>(endpoints);
    missing.removeAll(RULES.keySet());
    assertTrue(missing.isEmpty(), "endpoints without a rule in RoleMatrixIT: " + missing);
    assertTrue(endpoints.size() >= 40, "OpenAPI lists " + endpoints.size() + " endpoints");

    List<String> wrong = new ArrayList<>();
    int probes = 0;
    for (String endpoint : endpoints) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String template = endpoint.substring(endpoint.indexOf(' ') + 1);
      Set<String> allowed = RULES.get(endpoint);
      if (allowed.contains("*")) {
        continue;
      }
      String id =
          template.startsWith("/api/programmes/")
              ? programmeId
              : template.startsWith("/api/statements/")
                  ? statementId
                  : template.startsWith("/api/methods/") || template.startsWith("/api/koffer/")
                      ? methodId
                      : template.startsWith("/api/uses/")
                          ? useId
                          : template.startsWith("/api/publications/")
                              ? submitted
                              : template.startsWith("/api/catalog/")
                                  ? published
                                  : template.startsWith("/api/tenants/")
                                      ? memberId
                                      : template.startsWith("/api/search/")
                                          ? "document:" + documentId
                                          : documentId;
      if (template.startsWith("/api/admin/accounts/")) {
        id = accountId;
      } else if (template.startsWith("/api/meetings/")) {
        id = meetingId;
      } else if (template.startsWith("/api/actions/")) {
        id = actionId;
      } else if (template.startsWith("/api/questions/")) {
        id = questionId;
      } else if (template.startsWith("/api/syntheses/")) {
        id = synthesisId;
      } else if (template.startsWith("/api/threads/")) {
        id = threadId;
      } else if (template.startsWith("/api/exports/")) {
        id = exportId;
      }
      String path =
          template
              .replace("{slug}", template.contains("/circles") ? "leerkring-wdw" : "duiven")
              .replace("{tenant}", "wijchen")
              .replace("{accountId}", accountId)
              .replace("{id}", id)
              .replace("{fileId}", fileId)
              .replace("{n}", "1")
              .replace("{commentId}", commentId)
              .replace("{reportId}", "onbekend")
              .replace("{kind}", "themes")
              .replace("{part}", template.contains("/shares") ? programmeAction : "onbekend")
              .replace("{circle}", "leerkring-wdw")
              .replace("{entry}", "onbekend")
              .replace("{harvestId}", harvestId)
              .replace("{item}", "onbekend")
              .replace("{number}", "1")
              .replace("{post}", postId)
              .substring(1);
      for (Map.Entry<String, String> role : tokens.entrySet()) {
        boolean may = allowed.contains(role.getKey());
        if (!method.equals("GET") && may) {
          continue; // writes are proven by the functional tests; the matrix must change nothing
        }
        Api.Answer answer = send(api, method, path, role.getValue(), template);
        probes++;
        int status = answer.status();
        boolean ok =
            may
                ? status == 200
                : role.getValue() == null ? status == 401 : status == 403 || status == 404;
        if (!ok) {
          wrong.add(endpoint + " as " + role.getKey() + " → " + status + " " + answer.body());
        }
      }
    }
    assertTrue(wrong.isEmpty(), "role matrix violations:\n" + String.join("\n", wrong));
    assertTrue(probes > 250, "probes: " + probes);
    assertEquals(
        "SUBMITTED",
        api.get("api/publications/" + submitted, owner).json().getString("status"),
        "the matrix changed nothing");
    assertEquals(
        ledgerBefore,
        api.get("api/programmes/" + programmeId + "/ledger", owner).body(),
        "the matrix changed no ledger");
    assertEquals(
        sharesBefore,
        api.get("api/programmes/" + programmeId + "/actions/" + programmeAction + "/shares", owner)
            .body(),
        "the matrix shared no action");
    assertEquals(
        meetingBefore,
        api.get("api/meetings/" + meetingId, coordinator).body(),
        "the matrix changed no meeting");
    assertEquals(
        questionBefore,
        api.get("api/questions/" + questionId, coordinator).body(),
        "the matrix changed no learning question");
    assertEquals(
        "accepted",
        api.get("api/statements/" + statementId, owner).json().getString("status"),
        "the matrix decided no statement");
    assertEquals(
        threadBefore,
        api.get("api/threads/" + threadId, coordinator).body(),
        "the matrix changed no thread");
  }

  static String methodJson(String name) {
    return "{\"name\":\""
        + name
        + "\",\"summary\":\"Een methode voor de matrix.\",\"steps\":[\"Eerste stap\",\"Tweede stap\"],"
        + "\"evidence\":\"praktijk\",\"themes\":[\"gezondheid\"],\"wijktypes\":[\"dorp\"],"
        + "\"vraagstukken\":[\"eenzaamheid\"]}";
  }

  private static String upload(Api api, String token, String title) {
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents?refresh=true", // searchable at once: the matrix probes "similar" on it
            token,
            Api.Part.json("metadata", "{\"title\":\"" + title + "\",\"type\":\"evaluatie\"}"),
            Api.Part.file("matrix.txt", "text/plain", "matrix".getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    return created.json().getString("id");
  }

  /** A request a caller of that endpoint could plausibly send. */
  private static Api.Answer send(
      Api api, String method, String path, String token, String template) {
    boolean multipart =
        template.equals("/api/documents") && method.equals("POST")
            || template.endsWith("/annexes")
            || (template.endsWith("/file") && method.equals("PUT"))
            || template.equals("/api/admin/tenants/import");
    if (multipart) {
      return api.multipart(
          method,
          path,
          token,
          Api.Part.json("metadata", "{\"title\":\"x\",\"type\":\"overig\"}"),
          Api.Part.file("x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
    }
    String body =
        switch (template) {
          case "/api/admin/tenants" ->
              "{\"slug\":\"m-"
                  + UUID.randomUUID().toString().substring(0, 8)
                  + "\",\"name\":\"M\",\"cbsCode\":\"GM9998\"}";
          case "/api/admin/circles" ->
              "{\"slug\":\"m-"
                  + UUID.randomUUID().toString().substring(0, 8)
                  + "\",\"name\":\"M\"}";
          case "/api/admin/members", "/api/tenants/{slug}/members" ->
              "{\"username\":\"m-"
                  + UUID.randomUUID().toString().substring(0, 8)
                  + "\",\"password\":\"een-lang-wachtwoord\",\"displayName\":\"M\"}";
          case "/api/tenants/{slug}/settings" ->
              "{\"welcomeText\":\"overgenomen\",\"defaultLocale\":\"nl\"}";
          case "/api/documents/{id}/publications" ->
              "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}";
          case "/api/me/password" ->
              "{\"currentPassword\":\"fout-wachtwoord\",\"newPassword\":\"een-lang-wachtwoord\"}";
          default -> "{\"reason\":\"matrix\"}";
        };
    return switch (method) {
      case "GET" -> api.get(path, token);
      case "POST" -> api.post(path, token, body);
      case "PUT" -> api.put(path, token, body);
      default -> api.send(method, path, token);
    };
  }

  /** "METHOD /api/…" for every operation in the OpenAPI document. */
  private static List<String> endpoints(Api api) {
    Api.Answer doc = api.getJson("/openapi?format=JSON");
    assertEquals(200, doc.status(), doc.body());
    JsonObject paths;
    try (var reader = Json.createReader(new StringReader(doc.body()))) {
      paths = reader.readObject().getJsonObject("paths");
    }
    List<String> out = new ArrayList<>();
    for (String raw : paths.keySet()) {
      int api1 = raw.indexOf("/api/");
      String path =
          api1 >= 0 ? raw.substring(api1) : "/api" + (raw.startsWith("/") ? raw : "/" + raw);
      for (String method : paths.getJsonObject(raw).keySet()) {
        if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
          out.add(method.toUpperCase() + " " + path);
        }
      }
    }
    return out;
  }
}
