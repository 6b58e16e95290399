package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.portal.cofinancing.export.Export;
import nl.leerkring.portal.programmes.ActionShares;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.ProgrammeId;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.i18n.CodeTexts;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The gemeente's own programmes: the tree (themes → goals → actions), partners, milestones, notes
 * and links, the cofinancing ledger with its checks and exports, and statements to the circle.
 * Writes answer with the whole programme or ledger as it is after the write.
 */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject Ledgers ledgers;

  @Inject ActionShares shares;

  @Inject Statements statements;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The gemeente's programmes.")
  public List<ProgrammeData.Head> list() {
    return programmes.list(current.signedIn());
  }

  @POST
  @Operation(
      summary =
          "Start a programme: name, description, periodStart, periodEnd, phase (onderzoek,"
              + " kwartiermaken, uitvoering, evaluatie), wijken, and the totals its documents state"
              + " (statedOwnShare, statedContributions, statedBudget, with where).")
  public Response create(ProgrammeData.Head draft) {
    ProgrammeData.Full created = programmes.create(current.signedIn(), Requests.required(draft));
    return Response.created(
            uri.getBaseUriBuilder().path("programmes").path(created.programme().id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "The programme with its tree, partners, milestones, notes, links, timeline per quarter"
              + " and what is late.")
  public ProgrammeData.Full one(@PathParam("id") String id) {
    return programmes.get(current.signedIn(), ProgrammeId.of(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change the programme; `version` must be the one you started from, else 409.")
  public ProgrammeData.Full update(@PathParam("id") String id, ProgrammeData.Head draft) {
    return programmes.update(current.signedIn(), ProgrammeId.of(id), Requests.required(draft));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete the programme with its tree and ledger (statements stay).")
  public Response delete(@PathParam("id") String id) {
    programmes.delete(current.signedIn(), ProgrammeId.of(id));
    return Response.noContent().build();
  }

  // -- the tree and the rest of the programme

  @POST
  @Path("{id}/partners")
  @Operation(summary = "Add a partner: organisation, role, coreGroup, yearlyContribution, status.")
  public Response addPartner(@PathParam("id") String id, ProgrammeData.Partner partner) {
    return created(
        id, programmes.savePartner(current.signedIn(), ProgrammeId.of(id), null, partner));
  }

  @PUT
  @Path("{id}/partners/{part}")
  @Operation(summary = "Change a partner.")
  public ProgrammeData.Full partner(
      @PathParam("id") String id, @PathParam("part") String part, ProgrammeData.Partner partner) {
    return programmes.savePartner(current.signedIn(), ProgrammeId.of(id), part, partner);
  }

  @POST
  @Path("{id}/themes")
  @Operation(summary = "Add a theme: name, position.")
  public Response addTheme(@PathParam("id") String id, ProgrammeData.Theme theme) {
    return created(id, programmes.saveTheme(current.signedIn(), ProgrammeId.of(id), null, theme));
  }

  @PUT
  @Path("{id}/themes/{part}")
  @Operation(summary = "Rename or move a theme.")
  public ProgrammeData.Full theme(
      @PathParam("id") String id, @PathParam("part") String part, ProgrammeData.Theme theme) {
    return programmes.saveTheme(current.signedIn(), ProgrammeId.of(id), part, theme);
  }

  @POST
  @Path("{id}/goals")
  @Operation(summary = "Add a goal under a theme: theme, title, position.")
  public Response addGoal(@PathParam("id") String id, ProgrammeData.Goal goal) {
    return created(id, programmes.saveGoal(current.signedIn(), ProgrammeId.of(id), null, goal));
  }

  @PUT
  @Path("{id}/goals/{part}")
  @Operation(summary = "Change a goal.")
  public ProgrammeData.Full goal(
      @PathParam("id") String id, @PathParam("part") String part, ProgrammeData.Goal goal) {
    return programmes.saveGoal(current.signedIn(), ProgrammeId.of(id), part, goal);
  }

  @POST
  @Path("{id}/actions")
  @Operation(
      summary =
          "Add an action under a goal: goal, title, owner, partners, status (planned, started,"
              + " done, stopped), phase, quarter (2025-Q2), method (a method card id).")
  public Response addAction(@PathParam("id") String id, ProgrammeData.Action action) {
    return created(id, programmes.saveAction(current.signedIn(), ProgrammeId.of(id), null, action));
  }

  @PUT
  @Path("{id}/actions/{part}")
  @Operation(summary = "Change an action.")
  public ProgrammeData.Full action(
      @PathParam("id") String id, @PathParam("part") String part, ProgrammeData.Action action) {
    return programmes.saveAction(current.signedIn(), ProgrammeId.of(id), part, action);
  }

  @GET
  @Path("{id}/actions/{part}/shares")
  @Operation(
      summary =
          "The gemeente's circles, each saying whether the action is shared there (its members"
              + " may then cite it in the circle's harvest).")
  public List<ActionShares.ShareView> shares(
      @PathParam("id") String id, @PathParam("part") String part) {
    return shares.of(current.signedIn(), ProgrammeId.of(id), part);
  }

  @PUT
  @Path("{id}/actions/{part}/shares/{circle}")
  @Consumes(MediaType.WILDCARD) // no body: the path says it all
  @Operation(
      summary =
          "Share the action with a circle of the gemeente: its participants read its title and"
              + " status where harvest cites it, nothing else of the programme.")
  public ActionShares.ShareView share(
      @PathParam("id") String id, @PathParam("part") String part, @PathParam("circle") String c) {
    return shares.share(current.signedIn(), ProgrammeId.of(id), part, c);
  }

  @DELETE
  @Path("{id}/actions/{part}/shares/{circle}")
  @Operation(summary = "Withdraw the share: citations then read \"no longer shared\".")
  public Response withdraw(
      @PathParam("id") String id, @PathParam("part") String part, @PathParam("circle") String c) {
    shares.withdraw(current.signedIn(), ProgrammeId.of(id), part, c);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/milestones")
  @Operation(
      summary =
          "Add a milestone: action (optional), title, dueDate, indicator, target, achieved,"
              + " doneOn.")
  public Response addMilestone(@PathParam("id") String id, ProgrammeData.Milestone milestone) {
    return created(
        id, programmes.saveMilestone(current.signedIn(), ProgrammeId.of(id), null, milestone));
  }

  @PUT
  @Path("{id}/milestones/{part}")
  @Operation(summary = "Change a milestone (set doneOn when it is reached).")
  public ProgrammeData.Full milestone(
      @PathParam("id") String id,
      @PathParam("part") String part,
      ProgrammeData.Milestone milestone) {
    return programmes.saveMilestone(current.signedIn(), ProgrammeId.of(id), part, milestone);
  }

  @POST
  @Path("{id}/notes")
  @Operation(summary = "Write a progress note: body.")
  public Response addNote(@PathParam("id") String id, ProgrammeData.Note note) {
    return created(id, programmes.addNote(current.signedIn(), ProgrammeId.of(id), note));
  }

  @POST
  @Path("{id}/links")
  @Operation(summary = "Link a document or method card of the gemeente: kind, target.")
  public Response addLink(@PathParam("id") String id, ProgrammeData.Link link) {
    return created(id, programmes.addLink(current.signedIn(), ProgrammeId.of(id), link));
  }

  @DELETE
  @Path("{id}/{kind}/{part}")
  @Operation(
      summary =
          "Remove a partner, theme, goal, action, milestone or link (a theme with goals, a goal"
              + " with actions or an action with milestones: 409).")
  public ProgrammeData.Full deletePart(
      @PathParam("id") String id, @PathParam("kind") String kind, @PathParam("part") String part) {
    return programmes.deletePart(current.signedIn(), ProgrammeId.of(id), kind, part);
  }

  // -- the ledger

  @GET
  @Path("{id}/ledger")
  @Operation(summary = "The ledger: sources, contributions, budget versions, totals and checks.")
  public LedgerView ledger(@PathParam("id") String id) {
    return ledgers.view(current.signedIn(), ProgrammeId.of(id));
  }

  @GET
  @Path("{id}/ledger/checks")
  @Operation(
      summary =
          "Every check of the ledger: [{code, severity, subject, message, expected, actual,"
              + " difference}].")
  public List<LedgerView.CheckView> checks(@PathParam("id") String id) {
    return ledgers.checks(current.signedIn(), ProgrammeId.of(id));
  }

  @GET
  @Path("{id}/ledger/export")
  @Produces({Export.XLSX_TYPE, "text/csv"})
  @Operation(
      summary =
          "The ledger as XLSX (one sheet per calendar year, Dutch number formats) or CSV for a"
              + " Dutch spreadsheet (UTF-8 with BOM, ';' separated, Dutch headers and labels;"
              + " decimal=comma (default) or point).")
  public Response export(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("decimal") String decimal) {
    return Downloads.export(
        ledgers.export(
            current.signedIn(),
            ProgrammeId.of(id),
            format,
            decimal,
            c -> CheckWords.text(c, CodeTexts.DUTCH)));
  }

  @POST
  @Path("{id}/ledger/sources")
  @Operation(
      summary =
          "Add a funding source: name, grantor, kind (regiodeal, spuk, provincial, other_subsidy,"
              + " own_budget), decisionNumber, decisionDate, awarded, eligibleFrom,"
              + " eligibleUntil, status, rate, inKindAllowed, minimumOwnShare, statedAward,"
              + " yearlyAmounts, allocations [{line, amount}].")
  public Response addSource(@PathParam("id") String id, LedgerData.Source source) {
    return createdLedger(
        id, ledgers.saveSource(current.signedIn(), ProgrammeId.of(id), null, source));
  }

  @PUT
  @Path("{id}/ledger/sources/{entry}")
  @Operation(summary = "Change a funding source.")
  public LedgerView source(
      @PathParam("id") String id, @PathParam("entry") String entry, LedgerData.Source source) {
    return ledgers.saveSource(current.signedIn(), ProgrammeId.of(id), entry, source);
  }

  @DELETE
  @Path("{id}/ledger/sources/{entry}")
  @Operation(summary = "Remove a funding source.")
  public LedgerView deleteSource(@PathParam("id") String id, @PathParam("entry") String entry) {
    return ledgers.deleteSource(current.signedIn(), ProgrammeId.of(id), entry);
  }

  @POST
  @Path("{id}/ledger/contributions")
  @Operation(
      summary =
          "Add a contribution: partner, form (cash, in_kind), cash or hours + hourlyRate +"
              + " rateValidFrom, alreadyBudgeted, line (a budget line code).")
  public Response addContribution(
      @PathParam("id") String id, LedgerData.Contribution contribution) {
    return createdLedger(
        id, ledgers.saveContribution(current.signedIn(), ProgrammeId.of(id), null, contribution));
  }

  @PUT
  @Path("{id}/ledger/contributions/{entry}")
  @Operation(summary = "Change a contribution.")
  public LedgerView contribution(
      @PathParam("id") String id,
      @PathParam("entry") String entry,
      LedgerData.Contribution contribution) {
    return ledgers.saveContribution(current.signedIn(), ProgrammeId.of(id), entry, contribution);
  }

  @DELETE
  @Path("{id}/ledger/contributions/{entry}")
  @Operation(summary = "Remove a contribution.")
  public LedgerView deleteContribution(
      @PathParam("id") String id, @PathParam("entry") String entry) {
    return ledgers.deleteContribution(current.signedIn(), ProgrammeId.of(id), entry);
  }

  @POST
  @Path("{id}/ledger/versions")
  @Operation(
      summary =
          "Add a budget version: kind (original, revised), validFrom, validUntil, note; a"
              + " revision starts as a copy of the current lines.")
  public Response addVersion(@PathParam("id") String id, LedgerData.Version version) {
    return createdLedger(id, ledgers.addVersion(current.signedIn(), ProgrammeId.of(id), version));
  }

  @PUT
  @Path("{id}/ledger/versions/{entry}")
  @Operation(summary = "Change a budget version's kind, dates or note.")
  public LedgerView version(
      @PathParam("id") String id, @PathParam("entry") String entry, LedgerData.Version version) {
    return ledgers.updateVersion(current.signedIn(), ProgrammeId.of(id), entry, version);
  }

  @DELETE
  @Path("{id}/ledger/versions/{entry}")
  @Operation(summary = "Remove a budget version with its lines.")
  public LedgerView deleteVersion(@PathParam("id") String id, @PathParam("entry") String entry) {
    return ledgers.deleteVersion(current.signedIn(), ProgrammeId.of(id), entry);
  }

  @POST
  @Path("{id}/ledger/lines")
  @Operation(
      summary =
          "Add a line to the current budget version: code, category (own_staff, partner_staff,"
              + " external_services, materials, other), description, statedTotal, amounts"
              + " [{label, start, end, planned, actual, forecast}].")
  public Response addLine(@PathParam("id") String id, LedgerData.Line line) {
    return createdLedger(id, ledgers.saveLine(current.signedIn(), ProgrammeId.of(id), null, line));
  }

  @PUT
  @Path("{id}/ledger/lines/{entry}")
  @Operation(summary = "Change a line of the current budget version.")
  public LedgerView line(
      @PathParam("id") String id, @PathParam("entry") String entry, LedgerData.Line line) {
    return ledgers.saveLine(current.signedIn(), ProgrammeId.of(id), entry, line);
  }

  @DELETE
  @Path("{id}/ledger/lines/{entry}")
  @Operation(summary = "Remove a line nothing points at.")
  public LedgerView deleteLine(@PathParam("id") String id, @PathParam("entry") String entry) {
    return ledgers.deleteLine(current.signedIn(), ProgrammeId.of(id), entry);
  }

  // -- statements

  @POST
  @Path("{id}/statements")
  @Operation(
      summary =
          "Submit the ledger as it is now to a circle's coordinators: {circle}. They accept it or"
              + " return it with a reason.")
  public Response submit(@PathParam("id") String id, Requests.StatementRequest request) {
    StatementView statement =
        statements.submit(
            current.signedIn(), ProgrammeId.of(id), Requests.required(request).circle());
    return Response.created(uri.getBaseUriBuilder().path("statements").path(statement.id()).build())
        .entity(statement)
        .build();
  }

  @GET
  @Path("{id}/statements")
  @Operation(summary = "The programme's statements and what became of them.")
  public List<StatementView> statements(@PathParam("id") String id) {
    return statements.ofProgramme(current.signedIn(), ProgrammeId.of(id));
  }

  private Response created(String id, ProgrammeData.Full programme) {
    return Response.created(uri.getBaseUriBuilder().path("programmes").path(id).build())
        .entity(programme)
        .build();
  }

  private Response createdLedger(String id, LedgerView ledger) {
    return Response.created(
            uri.getBaseUriBuilder().path("programmes").path(id).path("ledger").build())
        .entity(ledger)
        .build();
  }
}
