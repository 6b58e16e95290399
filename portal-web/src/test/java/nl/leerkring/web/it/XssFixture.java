package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Script in every text field (F6, hostile input): writes, through the REST API as the people who
 * may, a payload into every free-text field that a request body of the API has, so that {@code
 * BrowserIT} can open the pages in Chromium and check that no payload runs and that each is shown
 * as the text it is.
 *
 * <p>Every payload is {@code ⟦n⟧} followed by a script element, an image whose error handler sets
 * {@code window.__xss}, an attribute break-out with an SVG handler, and JSF's expression syntax:
 * rendered as text, the page shows all of it and {@code window.__xss} stays undefined.
 *
 * <p>{@link #textFields()} reads the request bodies of the REST resources by reflection; a new
 * {@code String} field must be filled here or named in {@link #NOT_FREE_TEXT}, or the test fails.
 */
final class XssFixture {

  /** String fields of request bodies that are not free text: ids, codes, amounts, secrets. */
  static final Set<String> NOT_FREE_TEXT =
      Set.of(
          // ids and references to other rows, checked against the database
          "Allocation.line",
          "Contribution.id",
          "Contribution.line",
          "Line.id",
          "Source.id",
          "Version.id",
          "Action.goal",
          "Action.id",
          "Action.method",
          "Goal.id",
          "Goal.theme",
          "Head.id",
          "Link.id",
          "Link.target",
          "Milestone.action",
          "Milestone.id",
          "Note.id",
          "Partner.id",
          "Theme.id",
          "UseDraft.documents",
          "UseDraft.wijktype", // a term of the circle's vocabulary
          "MethodDraft.materials", // ids of the gemeente's documents
          "PublicationRequest.excludeAnnexes",
          "PublicationRequest.circle",
          "StatementRequest.circle",
          "NewCircle.members",
          "NewAccount.tenant",
          "NewAccount.coordinatorOf",
          "NewAccount.facilitatorOf",
          "NewAccount.researcherOf",
          "RoleChange.coordinatorOf",
          "CircleMember.tenant",
          "AccountEdit.coordinatorOf",
          "MemberEdit.coordinatorOf",
          "DocumentMetadata.programme",
          "DocumentChange.programme",
          "UseChange.documents",
          "UseChange.wijktype", // a term of the circle's vocabulary
          // enumerations and vocabulary codes, refused unless known
          "Contribution.form",
          "Line.category",
          "Source.kind",
          "Source.status",
          "Version.kind",
          "Action.phase",
          "Action.quarter",
          "Action.status",
          "Head.phase",
          "Link.kind",
          "Partner.status",
          "PublicationRequest.scope",
          "NewTerm.kind",
          "NewAccount.roles",
          "RoleChange.roles",
          "AccountEdit.roles",
          "MemberEdit.roles",
          "SettingsView.defaultLocale",
          "DocumentMetadata.type",
          "DocumentChange.type",
          "MethodDraft.evidence",
          "MethodDraft.themes",
          "MethodDraft.wijktypes",
          "MethodDraft.vraagstukken",
          "SituationRequest.themes",
          "SituationRequest.vraagstukken",
          "SituationRequest.wijktype",
          // amounts, rates and hours, parsed as numbers
          "Allocation.amount",
          "Amount.actual",
          "Amount.forecast",
          "Amount.planned",
          "Contribution.cash",
          "Contribution.hourlyRate",
          "Contribution.hours",
          "Contribution.value",
          "Line.actualTotal",
          "Line.forecastTotal",
          "Line.plannedTotal",
          "Line.statedTotal",
          "Source.awarded",
          "Source.minimumOwnShare",
          "Source.rate",
          "Source.statedAward",
          "YearAmount.amount",
          "Head.statedBudget",
          "Head.statedContributions",
          "Head.statedOwnShare",
          "Partner.yearlyContribution",
          // identifiers with a pattern, addresses and secrets
          "Line.code",
          "NewMember.username",
          "NewMember.password",
          "NewMember.email",
          "NewAccount.username",
          "NewAccount.password",
          "NewCircle.slug",
          "NewTenant.slug",
          "NewTenant.cbsCode",
          "TenantChange.cbsCode",
          "AccountEdit.email",
          "MemberEdit.email",
          "PasswordReset.token",
          "PasswordReset.newPassword",
          "SettingsView.contactEmail",
          "PasswordChange.currentPassword",
          "PasswordChange.newPassword",
          "Token.username",
          "Token.password",
          // written by the server, ignored in a request
          "Head.updatedBy",
          "Note.writtenBy",
          "Link.title",
          // F7 meetings: date-times, addresses, codes and ids, each parsed or checked
          "MeetingDraft.start",
          "MeetingDraft.end",
          "MeetingDraft.onlineUrl",
          "MeetingDraft.host",
          "AgendaDraft.kind",
          "AgendaDraft.materials",
          "RegistrationRequest.answer",
          "Attendance.present",
          "ActionOwner.gemeente",
          "ActionOwner.account",
          "ActionDraft.due",
          "ActionUpdate.status",
          "StatusChange.status",
          // F7 learning agenda: codes and ids, each parsed or checked
          "QuestionDraft.phase",
          "QuestionDraft.owner",
          "StatusUpdate.status",
          "HarvestDraft.kind",
          "HarvestDraft.meeting",
          "HarvestDraft.sources",
          "MeetingLink.meeting",
          "SynthesisDraft.phase",
          "SynthesisDraft.citations",
          "HarvestEdit.kind",
          "HarvestEdit.sources",
          // F8 signals: addresses, languages and secrets, each checked
          "NewAccount.email",
          "NewAccount.language",
          "ProfileEdit.email",
          "ProfileEdit.language",
          "EmailToken.token",
          // F8 conversations: what a thread is about (a kind and an id) and a watch level
          "ThreadAbout.kind",
          "ThreadAbout.id",
          "WatchChoice.level");

  private final Api api;
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Map<Integer, String> fields = new LinkedHashMap<>();
  private int next = 1;

  /** Ids of what was made, for the pages to open. */
  String documentId;

  /** A second document whose description was edited (PUT) with payloads of its own. */
  String editedDocumentId;

  String itemId;
  String methodId;
  String programmeId;
  String tenantSlug;

  /** An account of the new gemeente, in the new circle: its dashboard shows the circle. */
  String accountUsername;

  static final String ACCOUNT_PASSWORD = "een-lang-wachtwoord";
  String marker = "xssmerk" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");

  XssFixture(Api api) {
    this.api = api;
  }

  /** The payload for one field; {@code ⟦n⟧} tells which field a page shows. */
  String payload(String field) {
    int n = next++;
    fields.put(n, field);
    // Assigning an undeclared name makes a global: window.__xss, kept short for length limits.
    String payload =
        "⟦"
            + n
            + "⟧<script>__xss="
            + n
            + "</script><img src=x onerror=__xss="
            + n
            + ">\"'><svg onload=__xss="
            + n
            + ">#{7*7}";
    return payload;
  }

  /** A payload for a field of at most 50 characters: the image handler and the expression. */
  String shortPayload(String field) {
    int n = next++;
    fields.put(n, field);
    return "⟦" + n + "⟧<img src=x onerror=__xss=" + n + ">#{7*7}";
  }

  /** The fields filled, by their number. */
  Map<Integer, String> fields() {
    return fields;
  }

  /**
   * What a page that renders field n as text shows: the number and the {@code <} after it, which a
   * page that let the markup through would have turned into an element.
   */
  static String rendered(int n) {
    return "⟦" + n + "⟧<";
  }

  /** Fields that no page shows (they are in the JSON and the exports only). */
  static final Set<String> NOT_ON_PAGES = Set.of();

  private String token(String user) {
    return tokens.computeIfAbsent(user, api::signIn);
  }

  private String created(Api.Answer answer, String what) {
    assertEquals(201, answer.status(), what + ": " + answer.body());
    return answer.json().getString("id");
  }

  /** The programme's id, or the id of the part whose {@code key} holds {@code value}. */
  private String createdPart(String what, String key, String value, Api.Answer answer) {
    assertEquals(201, answer.status(), what + ": " + answer.body());
    return value == null
        ? answer.json().getJsonObject("programme").getString("id")
        : answer.idWhere(key, value);
  }

  private void ok(Api.Answer answer, String what) {
    assertTrue(answer.status() == 200 || answer.status() == 201, what + ": " + answer.body());
  }

  private JsonArrayBuilder list(String field, int count) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      out.add(payload(field));
    }
    return out;
  }

  /** Fills every free-text field; the admin's password is the IT one. */
  void build() {
    String duiven = token("duiven.lid");
    String wijchen = token("wijchen.lid");
    String coordinator = token("coordinator");

    // A document with an annex, its text holding a payload too (for search snippets).
    JsonObjectBuilder metadata =
        Json.createObjectBuilder()
            .add("title", payload("DocumentMetadata.title") + " " + marker)
            .add("type", "evaluatie")
            .add("number", shortPayload("DocumentMetadata.number"))
            .add("summary", payload("DocumentMetadata.summary"))
            .add("themes", list("DocumentMetadata.themes", 1))
            .add("tags", list("DocumentMetadata.tags", 1))
            .add("wijken", list("DocumentMetadata.wijken", 1));
    String body = "Tekst over " + marker + " met " + payload("file text") + " erin.";
    documentId =
        created(
            api.multipart(
                "POST",
                "api/documents?refresh=true",
                duiven,
                Api.Part.json("metadata", metadata.build().toString()),
                Api.Part.file(
                    fileNamePayload(), "text/plain", body.getBytes(StandardCharsets.UTF_8))),
            "document");
    ok(
        api.multipart(
            "POST",
            "api/documents/" + documentId + "/annexes",
            duiven,
            new Api.Part(
                "title",
                null,
                "text/plain",
                payload("annex title").getBytes(StandardCharsets.UTF_8)),
            Api.Part.file("bijlage.txt", "text/plain", "bijlage".getBytes(StandardCharsets.UTF_8))),
        "annex");
    // A second document, its description edited afterwards (F9): the edit's own payloads.
    editedDocumentId =
        created(
            api.multipart(
                "POST",
                "api/documents",
                duiven,
                Api.Part.json("metadata", "{\"title\":\"Te wijzigen\",\"type\":\"overig\"}"),
                Api.Part.file("wijzig.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))),
            "document to edit");
    ok(
        api.put(
            "api/documents/" + editedDocumentId,
            duiven,
            Json.createObjectBuilder()
                .add("title", payload("DocumentChange.title"))
                .add("type", "evaluatie")
                .add("number", shortPayload("DocumentChange.number"))
                .add("summary", payload("DocumentChange.summary"))
                .add("themes", list("DocumentChange.themes", 1))
                .add("tags", list("DocumentChange.tags", 1))
                .add("wijken", list("DocumentChange.wijken", 1))
                .add(
                    "version",
                    api.get("api/documents/" + editedDocumentId, duiven)
                        .json()
                        .getJsonNumber("version")
                        .longValue())
                .build()
                .toString()),
        "document edit");
    // Submitted, returned with a reason, submitted again and approved; then reported and hidden.
    String circle = "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}";
    String first =
        created(api.post("api/documents/" + documentId + "/publications", duiven, circle), "sub");
    ok(
        api.post(
            "api/publications/" + first + "/return",
            coordinator,
            reason(payload("Reason.reason (return)"))),
        "return");
    itemId =
        created(api.post("api/documents/" + documentId + "/publications", duiven, circle), "sub2");
    ok(
        api.post("api/publications/" + itemId + "/approve?refresh=true", coordinator, ""),
        "approve");
    ok(
        api.post(
            "api/catalog/" + itemId + "/reports",
            wijchen,
            reason(payload("Reason.reason (report)"))),
        "report");

    // A vocabulary term, a method card with every text, published; a use and a comment.
    ok(
        api.post(
            "api/circles/leerkring-wdw/vocabulary",
            coordinator,
            Json.createObjectBuilder()
                .add("kind", "VRAAGSTUK")
                .add("label", payload("NewTerm.label"))
                .build()
                .toString()),
        "term");
    JsonObjectBuilder card =
        Json.createObjectBuilder()
            .add("name", payload("MethodDraft.name"))
            .add("summary", payload("MethodDraft.summary"))
            .add("objective", payload("MethodDraft.objective"))
            .add("targetGroup", payload("MethodDraft.targetGroup"))
            .add("steps", list("MethodDraft.steps", 2))
            .add("workingElements", list("MethodDraft.workingElements", 1))
            .add("preconditionsNote", payload("MethodDraft.preconditionsNote"))
            .add("transferability", payload("MethodDraft.transferability"))
            .add("evidence", "praktijk")
            .add("evidenceSource", payload("MethodDraft.evidenceSource"))
            .add("themes", Json.createArrayBuilder().add("gezondheid"))
            .add("wijktypes", Json.createArrayBuilder().add("dorp"))
            .add("vraagstukken", Json.createArrayBuilder().add("eenzaamheid"))
            .add("contact", payload("MethodDraft.contact"));
    methodId = created(api.post("api/methods", duiven, card.build().toString()), "card");
    String cardPublication =
        created(api.post("api/methods/" + methodId + "/publications", duiven, circle), "card sub");
    ok(api.post("api/publications/" + cardPublication + "/approve", coordinator, ""), "approve");
    ok(
        api.post(
            "api/koffer/" + methodId + "/uses",
            wijchen,
            Json.createObjectBuilder()
                .add("wijk", payload("UseDraft.wijk"))
                .add("programmeAction", payload("UseDraft.programmeAction"))
                .add("from", "2025-01-15")
                .add("whatHappened", payload("UseDraft.whatHappened"))
                .add("whatWorked", payload("UseDraft.whatWorked"))
                .add("whatToChange", payload("UseDraft.whatToChange"))
                .build()
                .toString()),
        "use");
    // A second use, edited afterwards (F9): shown to Wijchen on the method page as its own.
    Api.Answer second =
        api.post(
            "api/koffer/" + methodId + "/uses",
            wijchen,
            "{\"wijk\":\"Tweede\",\"from\":\"2025-02-01\",\"whatHappened\":\"x\"}");
    String secondUse = created(second, "second use");
    ok(
        api.put(
            "api/uses/" + secondUse,
            wijchen,
            Json.createObjectBuilder()
                .add("wijk", payload("UseChange.wijk"))
                .add("programmeAction", payload("UseChange.programmeAction"))
                .add("from", "2025-02-01")
                .add("whatHappened", payload("UseChange.whatHappened"))
                .add("whatWorked", payload("UseChange.whatWorked"))
                .add("whatToChange", payload("UseChange.whatToChange"))
                .add("version", second.json().getJsonNumber("version").longValue())
                .build()
                .toString()),
        "use edit");
    ok(
        api.post(
            "api/koffer/" + methodId + "/comments",
            wijchen,
            Json.createObjectBuilder()
                .add("body", payload("CommentRequest.body"))
                .build()
                .toString()),
        "comment");

    buildProgramme(duiven, coordinator);
    buildPeople();
    buildMeetings(coordinator);
    buildLearning(coordinator, duiven);
    buildConversation(wijchen, coordinator);
  }

  /**
   * A thread of the demo circle started by Wijchen's member, with a reply of theirs changed once
   * (the first text stays in its history) and then hidden by the coordinator with a reason, which
   * its author reads on the thread's page.
   */
  String threadId;

  private void buildConversation(String wijchen, String coordinator) {
    Api.Answer thread =
        api.post(
            "api/circles/leerkring-wdw/threads",
            wijchen,
            Json.createObjectBuilder()
                .add("title", payload("ThreadDraft.title"))
                .add("body", payload("ThreadDraft.body"))
                .build()
                .toString());
    threadId = created(thread, "thread");
    Api.Answer reply =
        api.post(
            "api/threads/" + threadId + "/replies",
            wijchen,
            Json.createObjectBuilder().add("body", payload("ReplyDraft.body")).build().toString());
    String postId = created(reply, "reply");
    ok(
        api.put(
            "api/threads/" + threadId + "/posts/" + postId,
            wijchen,
            Json.createObjectBuilder()
                .add("body", payload("PostEdit.body"))
                .add("version", reply.json().getJsonNumber("version").longValue())
                .build()
                .toString()),
        "post edit");
    ok(
        api.post(
            "api/threads/" + threadId + "/posts/" + postId + "/hide",
            coordinator,
            Json.createObjectBuilder()
                .add("reason", payload("HideReason.reason"))
                .build()
                .toString()),
        "post hidden");
  }

  /** A learning question of the demo circle with harvest, an explained status and a synthesis. */
  String questionId;

  String synthesisId;

  private void buildLearning(String coordinator, String duiven) {
    Api.Answer question =
        api.post(
            "api/circles/leerkring-wdw/questions",
            coordinator,
            Json.createObjectBuilder()
                .add("text", payload("QuestionDraft.text"))
                .add("phase", "REALISE")
                .build()
                .toString());
    questionId = created(question, "learning question");
    String harvestId =
        created(
            api.post(
                "api/questions/" + questionId + "/harvest",
                duiven,
                Json.createObjectBuilder()
                    .add("kind", "STORY")
                    .add("text", payload("HarvestDraft.text"))
                    .add("meeting", meetingId)
                    .build()
                    .toString()),
            "harvest");
    // F7 rest: harvest edited by its author after it was recorded.
    Api.Answer toEdit =
        api.post(
            "api/questions/" + questionId + "/harvest",
            duiven,
            "{\"kind\":\"INSIGHT\",\"text\":\"Wordt nog gewijzigd\"}");
    String edited = created(toEdit, "harvest to edit");
    ok(
        api.put(
            "api/questions/" + questionId + "/harvest/" + edited,
            duiven,
            Json.createObjectBuilder()
                .add("kind", "QUOTE")
                .add("text", payload("HarvestEdit.text"))
                .add("version", toEdit.json().getJsonNumber("version"))
                .build()
                .toString()),
        "harvest edited");
    long version = api.get("api/questions/" + questionId, coordinator).json().getInt("version");
    ok(
        api.put(
            "api/questions/" + questionId,
            coordinator,
            Json.createObjectBuilder()
                .add("status", "ANSWERED")
                .add("explanation", payload("StatusUpdate.explanation"))
                .add("version", version)
                .build()
                .toString()),
        "question answered");
    Api.Answer synthesis =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            Json.createObjectBuilder()
                .add("phase", "REALISE")
                .add("title", payload("SynthesisDraft.title"))
                .add("text", payload("SynthesisDraft.text"))
                .add("citations", Json.createArrayBuilder().add(harvestId))
                .build()
                .toString());
    synthesisId = created(synthesis, "synthesis");
    ok(
        api.post(
            "api/syntheses/" + synthesisId + "/publish",
            coordinator,
            "{\"version\":" + synthesis.json().getJsonNumber("version") + "}"),
        "synthesis published");
  }

  /** A held meeting of the demo circle with every text of F7 filled (and a cancelled one). */
  String meetingId;

  private void buildMeetings(String coordinator) {
    meetingId =
        created(
            api.post(
                "api/circles/leerkring-wdw/meetings",
                coordinator,
                Json.createObjectBuilder()
                    .add("title", payload("MeetingDraft.title"))
                    .add("start", "2025-06-02T14:00")
                    .add("end", "2025-06-02T17:00")
                    .add("place", payload("MeetingDraft.place"))
                    .add("description", payload("MeetingDraft.description"))
                    .build()
                    .toString()),
            "meeting");
    created(
        api.post(
            "api/meetings/" + meetingId + "/agenda",
            coordinator,
            Json.createObjectBuilder()
                .add("title", payload("AgendaDraft.title"))
                .add("kind", "INTERVISIE")
                .add("presenter", payload("AgendaDraft.presenter"))
                .build()
                .toString()),
        "agenda item");
    ok(
        api.put("api/meetings/" + meetingId + "/status", coordinator, "{\"status\":\"HELD\"}"),
        "held");
    ok(
        api.put(
            "api/meetings/" + meetingId + "/minutes",
            coordinator,
            Json.createObjectBuilder()
                .add("text", payload("MinutesDraft.text"))
                .add("version", 0)
                .build()
                .toString()),
        "minutes");
    ok(
        api.post("api/meetings/" + meetingId + "/minutes/open", coordinator, "{\"days\":7}"),
        "open");
    created(
        api.post(
            "api/meetings/" + meetingId + "/minutes/comments",
            coordinator,
            Json.createObjectBuilder()
                .add("text", payload("MinutesCommentDraft.text"))
                .build()
                .toString()),
        "minutes comment");
    Api.Answer action =
        api.post(
            "api/meetings/" + meetingId + "/actions",
            coordinator,
            Json.createObjectBuilder()
                .add("title", payload("ActionDraft.title"))
                .add("owner", Json.createObjectBuilder().add("gemeente", "duiven"))
                .build()
                .toString());
    String actionId = created(action, "action");
    ok(
        api.put(
            "api/actions/" + actionId,
            coordinator,
            Json.createObjectBuilder()
                .add("status", "DONE")
                .add("note", payload("ActionUpdate.note"))
                .add("version", action.json().getJsonNumber("version").longValue())
                .build()
                .toString()),
        "action follow-up");
    String cancelled =
        created(
            api.post(
                "api/circles/leerkring-wdw/meetings",
                coordinator,
                Json.createObjectBuilder()
                    .add("title", "Afgelast " + marker)
                    .add("start", "2027-06-02T14:00")
                    .add("end", "2027-06-02T17:00")
                    .build()
                    .toString()),
            "meeting to cancel");
    ok(
        api.put(
            "api/meetings/" + cancelled + "/status",
            coordinator,
            Json.createObjectBuilder()
                .add("status", "CANCELLED")
                .add("reason", payload("StatusChange.reason"))
                .build()
                .toString()),
        "cancelled");
    cancelledMeetingId = cancelled;
  }

  String cancelledMeetingId;

  private void buildProgramme(String duiven, String coordinator) {
    programmeId =
        createdPart(
            "programme",
            "name",
            null,
            api.post(
                "api/programmes",
                duiven,
                Json.createObjectBuilder()
                    .add("name", payload("Head.name"))
                    .add("description", payload("Head.description"))
                    .add("periodStart", "2025-01-01")
                    .add("periodEnd", "2025-12-31")
                    .add("wijken", list("Head.wijken", 1))
                    .add("statedBudget", "1000.00")
                    .add("statedBudgetWhere", payload("Head.statedBudgetWhere"))
                    .add("statedContributions", "10.00")
                    .add("statedContributionsWhere", payload("Head.statedContributionsWhere"))
                    .build()
                    .toString()));
    String base = "api/programmes/" + programmeId;
    ok(
        api.post(
            base + "/partners",
            duiven,
            Json.createObjectBuilder()
                .add("organisation", payload("Partner.organisation"))
                .add("role", payload("Partner.role"))
                .build()
                .toString()),
        "partner");
    String themeName = payload("Theme.name");
    String theme =
        createdPart(
            "theme",
            "name",
            themeName,
            api.post(
                base + "/themes",
                duiven,
                Json.createObjectBuilder().add("name", themeName).build().toString()));
    String goalTitle = payload("Goal.title");
    String goal =
        createdPart(
            "goal",
            "title",
            goalTitle,
            api.post(
                base + "/goals",
                duiven,
                Json.createObjectBuilder()
                    .add("theme", theme)
                    .add("title", goalTitle)
                    .build()
                    .toString()));
    String actionTitle = payload("Action.title");
    String action =
        createdPart(
            "action",
            "title",
            actionTitle,
            api.post(
                base + "/actions",
                duiven,
                Json.createObjectBuilder()
                    .add("goal", goal)
                    .add("title", actionTitle)
                    .add("owner", payload("Action.owner"))
                    .add("partners", list("Action.partners", 1))
                    .add("quarter", "2025-Q2")
                    .build()
                    .toString()));
    ok(
        api.post(
            base + "/milestones",
            duiven,
            Json.createObjectBuilder()
                .add("action", action)
                .add("title", payload("Milestone.title"))
                .add("dueDate", "2025-06-30")
                .add("indicator", payload("Milestone.indicator"))
                .add("target", payload("Milestone.target"))
                .add("achieved", payload("Milestone.achieved"))
                .build()
                .toString()),
        "milestone");
    ok(
        api.post(
            base + "/notes",
            duiven,
            Json.createObjectBuilder().add("body", payload("Note.body")).build().toString()),
        "note");
    ok(
        api.post(
            base + "/links",
            duiven,
            Json.createObjectBuilder()
                .add("kind", "document")
                .add("target", documentId)
                .build()
                .toString()),
        "link");
    String ledger = base + "/ledger/";
    ok(
        api.post(
            ledger + "versions",
            duiven,
            Json.createObjectBuilder()
                .add("validFrom", "2025-01-01")
                .add("note", payload("Version.note"))
                .build()
                .toString()),
        "version");
    ok(
        api.post(
            ledger + "lines",
            duiven,
            Json.createObjectBuilder()
                .add("code", "xss")
                .add("description", payload("Line.description"))
                .add("statedTotal", "1000.00")
                .add("statedWhere", payload("Line.statedWhere"))
                .add(
                    "amounts",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", payload("Amount.label"))
                                .add("start", "2025-01-01")
                                .add("end", "2025-12-31")
                                .add("planned", "1000.00")))
                .build()
                .toString()),
        "line");
    ok(
        api.post(
            ledger + "sources",
            duiven,
            Json.createObjectBuilder()
                .add("name", payload("Source.name"))
                .add("grantor", payload("Source.grantor"))
                .add("kind", "other_subsidy")
                .add("decisionNumber", payload("Source.decisionNumber"))
                .add("awarded", "500.00")
                .add("eligibleFrom", "2025-01-01")
                .add("eligibleUntil", "2025-12-31")
                .add("rate", "50")
                .add("statedAward", "400.00")
                .add("statedWhere", payload("Source.statedWhere"))
                .build()
                .toString()),
        "source");
    ok(
        api.post(
            ledger + "contributions",
            duiven,
            Json.createObjectBuilder()
                .add("partner", payload("Contribution.partner"))
                .add("form", "cash")
                .add("cash", "10.00")
                .build()
                .toString()),
        "contribution");
    String statement =
        created(
            api.post(base + "/statements", duiven, "{\"circle\":\"leerkring-wdw\"}"), "statement");
    ok(
        api.post(
            "api/statements/" + statement + "/return",
            coordinator,
            reason(payload("Reason.reason (statement)"))),
        "statement returned");
  }

  private void buildPeople() {
    String duivenAdmin = token("duiven.beheer");
    String admin = token("admin");
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    ok(
        api.post(
            "api/tenants/duiven/members",
            duivenAdmin,
            Json.createObjectBuilder()
                .add("username", "xss-" + suffix)
                .add("password", "een-lang-wachtwoord")
                .add("displayName", payload("NewMember.displayName"))
                .add("jobTitle", payload("NewMember.jobTitle"))
                .build()
                .toString()),
        "member");
    tenantSlug = "xss-" + suffix;
    ok(
        api.post(
            "api/admin/tenants",
            admin,
            Json.createObjectBuilder()
                .add("slug", tenantSlug)
                .add("name", payload("NewTenant.name"))
                .add("cbsCode", "GM9" + String.format("%03d", Math.abs(suffix.hashCode()) % 1000))
                .build()
                .toString()),
        "tenant");
    // The new gemeente's welcome text, not Duiven's: other tests read Duiven's dashboard.
    ok(
        api.put(
            "api/tenants/" + tenantSlug + "/settings",
            admin,
            Json.createObjectBuilder()
                .add("welcomeText", payload("SettingsView.welcomeText"))
                .add("defaultLocale", "nl")
                .build()
                .toString()),
        "settings");
    ok(
        api.post(
            "api/admin/circles",
            admin,
            Json.createObjectBuilder()
                .add("slug", "xss-kring-" + suffix)
                .add("name", payload("NewCircle.name"))
                .add("programmeLine", payload("NewCircle.programmeLine"))
                .add("members", Json.createArrayBuilder().add(tenantSlug))
                .build()
                .toString()),
        "circle");
    ok(
        api.post(
            "api/admin/members",
            admin,
            Json.createObjectBuilder()
                .add("username", accountUsername = "xss-account-" + suffix)
                .add("password", ACCOUNT_PASSWORD)
                .add("displayName", payload("NewAccount.displayName"))
                .add("tenant", tenantSlug)
                .add("roles", Json.createArrayBuilder().add("member"))
                .build()
                .toString()),
        "account");
    // F8: a saved search, listed on the account's settings page.
    created(
        api.post(
            "api/me/saved-searches",
            api.token(accountUsername, ACCOUNT_PASSWORD),
            Json.createObjectBuilder()
                .add("name", payload("SavedSearchDraft.name"))
                .add("query", payload("SavedSearchDraft.query"))
                .add("filters", Json.createObjectBuilder().add("type", "nota"))
                .build()
                .toString()),
        "saved search");
    buildEdits(admin, duivenAdmin, suffix);
  }

  /**
   * F9's edits, each on a gemeente, circle, account and member of its own: the ones made above keep
   * their payloads, which other pages must show.
   */
  private void buildEdits(String admin, String duivenAdmin, String suffix) {
    String slug = "xss-t2-" + suffix;
    String code = "GM8" + String.format("%03d", Math.abs(suffix.hashCode()) % 1000);
    ok(
        api.post(
            "api/admin/tenants",
            admin,
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Tweede " + slug)
                .add("cbsCode", code)
                .build()
                .toString()),
        "second tenant");
    ok(
        api.put(
            "api/admin/tenants/" + slug,
            admin,
            Json.createObjectBuilder()
                .add("name", payload("TenantChange.name"))
                .add("cbsCode", code)
                .build()
                .toString()),
        "tenant edited");
    String circle = "xss-k2-" + suffix;
    ok(
        api.post(
            "api/admin/circles",
            admin,
            Json.createObjectBuilder()
                .add("slug", circle)
                .add("name", "Tweede")
                .build()
                .toString()),
        "second circle");
    ok(
        api.put(
            "api/admin/circles/" + circle,
            admin,
            Json.createObjectBuilder()
                .add("name", payload("CircleChange.name"))
                .add("start", "2026-01-01")
                .build()
                .toString()),
        "circle edited");
    Api.Answer account =
        api.post(
            "api/admin/members",
            admin,
            Json.createObjectBuilder()
                .add("username", "xss-account2-" + suffix)
                .add("password", ACCOUNT_PASSWORD)
                .add("displayName", "Tweede")
                .add("roles", Json.createArrayBuilder().add("researcher"))
                .build()
                .toString());
    ok(
        api.put(
            "api/admin/accounts/" + created(account, "second account"),
            admin,
            Json.createObjectBuilder()
                .add("displayName", payload("AccountEdit.displayName"))
                .build()
                .toString()),
        "account edited");
    Api.Answer member =
        api.post(
            "api/tenants/duiven/members",
            duivenAdmin,
            Json.createObjectBuilder()
                .add("username", "xss2-" + suffix)
                .add("password", "een-lang-wachtwoord")
                .add("displayName", "Tweede")
                .build()
                .toString());
    ok(
        api.put(
            "api/tenants/duiven/members/" + created(member, "second member"),
            duivenAdmin,
            Json.createObjectBuilder()
                .add("displayName", payload("MemberEdit.displayName"))
                .add("jobTitle", payload("MemberEdit.jobTitle"))
                .build()
                .toString()),
        "member edited");
    // F8: a person renames themself (PUT /api/me); the admin's account list shows the name.
    String third = "xss-account3-" + suffix;
    created(
        api.post(
            "api/admin/members",
            admin,
            Json.createObjectBuilder()
                .add("username", third)
                .add("password", ACCOUNT_PASSWORD)
                .add("displayName", "Derde")
                .add("roles", Json.createArrayBuilder().add("researcher"))
                .build()
                .toString()),
        "third account");
    ok(
        api.put(
            "api/me",
            api.token(third, ACCOUNT_PASSWORD),
            Json.createObjectBuilder()
                .add("displayName", payload("ProfileEdit.displayName"))
                .build()
                .toString()),
        "own name changed");
  }

  /** A file name cannot hold quotes (the multipart header) or a slash (a folder). */
  private String fileNamePayload() {
    int n = next++;
    fields.put(n, "file name");
    return "⟦" + n + "⟧<img src=x onerror=__xss=" + n + "><svg onload=__xss=" + n + ">.txt";
  }

  private static String reason(String text) {
    return Json.createObjectBuilder().add("reason", text).build().toString();
  }

  /**
   * Every String (or list of String) field of every request body of the REST resources, as
   * "Record.field", found by reflection on the compiled resources; plus the document metadata (a
   * multipart part the resource parses itself).
   */
  static Set<String> textFields() {
    Set<String> out = new TreeSet<>();
    Path classes = Path.of("target/classes/nl/leerkring/web/api");
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> resource =
            Class.forName(
                "nl.leerkring.web.api." + name.replace(".class", ""),
                false,
                XssFixture.class.getClassLoader());
        for (Method method : resource.getDeclaredMethods()) {
          boolean write =
              Stream.of(method.getAnnotations())
                  .map(a -> a.annotationType().getSimpleName())
                  .anyMatch(a -> a.equals("POST") || a.equals("PUT"));
          if (!write) {
            continue;
          }
          for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().length == 0) {
              collect(parameter.getParameterizedType(), out);
            }
          }
        }
      }
      collect(Class.forName("nl.leerkring.portal.documents.DocumentMetadata"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(out.size() > 100, "request-body fields found: " + out.size());
    return out;
  }

  private static void collect(Type type, Set<String> out) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, out);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.isRecord()) {
      return;
    }
    for (RecordComponent component : c.getRecordComponents()) {
      String generic = component.getGenericType().getTypeName();
      if (generic.equals("java.lang.String")
          || generic.equals("java.util.List<java.lang.String>")) {
        out.add(c.getSimpleName() + "." + component.getName());
      } else {
        collect(component.getGenericType(), out);
      }
    }
  }

  /** The field names filled (without the notes in brackets). */
  Set<String> filled() {
    Set<String> out = new TreeSet<>();
    for (String f : fields.values()) {
      out.add(f.replaceAll(" \\(.*\\)$", ""));
    }
    return out;
  }

  static List<String> uncovered(Set<String> filled) {
    Set<String> all = textFields();
    all.removeAll(filled);
    all.removeAll(NOT_FREE_TEXT);
    return List.copyOf(all);
  }
}
