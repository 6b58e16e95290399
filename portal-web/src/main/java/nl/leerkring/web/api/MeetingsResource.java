package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import nl.leerkring.portal.meetings.Forms;
import nl.leerkring.portal.meetings.MeetingDraft;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Minutes;
import nl.leerkring.portal.meetings.Views.ActionView;
import nl.leerkring.portal.meetings.Views.AgendaItemView;
import nl.leerkring.portal.meetings.Views.Attendee;
import nl.leerkring.portal.meetings.Views.Calendar;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.meetings.Views.MinutesCommentView;
import nl.leerkring.portal.meetings.Views.MinutesVersionText;
import nl.leerkring.portal.meetings.Views.MinutesView;
import nl.leerkring.portal.meetings.Views.RegistrationView;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One meeting of a circle (F7): its page as JSON, agenda, registration, attendance, minutes,
 * actions and iCalendar file. A meeting the viewer may not read is 404, like one that does not
 * exist; planning work by a participant who does not plan is 403.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject Minutes minutes;

  @Inject SearchService search;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "The meeting with agenda, registrations (counts and your own answer; not for"
              + " researchers), attendance, minutes (researchers: once final), actions and the"
              + " circle's open actions of earlier meetings (terugblik).")
  public MeetingView meeting(@PathParam("id") String id) {
    return meetings.meeting(current.signedIn(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a planned meeting (coordinators, facilitators): the fields of planning plus the"
              + " version you started from; raises the calendar SEQUENCE.")
  public MeetingView change(@PathParam("id") String id, MeetingDraft draft) {
    return meetings.change(current.signedIn(), id, draft);
  }

  @PUT
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "{status: HELD|CLOSED|CANCELLED, reason}: held once started, closed once the minutes"
              + " are final, cancelled (with a reason) while planned.")
  public MeetingView status(@PathParam("id") String id, Forms.StatusChange change) {
    return meetings.changeStatus(current.signedIn(), id, change);
  }

  @POST
  @Path("{id}/agenda")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add an agenda item: {title, kind: NEWS|INTERVISIE|THEME|VISIT|OTHER, minutes,"
              + " presenter, materials: [catalog item or method card ids the circle reads]}.")
  public Response agenda(@PathParam("id") String id, Forms.AgendaDraft draft) {
    AgendaItemView item = meetings.addAgendaItem(current.signedIn(), id, draft);
    return Response.status(Response.Status.CREATED).entity(item).build();
  }

  @PUT
  @Path("{id}/registration")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Your answer {answer: YES|MAYBE|NO} → {answer, waitlisted}; beyond capacity a yes waits"
              + " and moves up by itself when a place frees up.")
  public RegistrationView register(@PathParam("id") String id, Forms.RegistrationRequest request) {
    return meetings.register(current.signedIn(), id, Requests.required(request).answer());
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @Operation(
      summary =
          "The meeting as iCalendar (RFC 5545): one UID for its whole life, SEQUENCE raised on"
              + " every change, METHOD:CANCEL once cancelled.")
  public Response calendar(@PathParam("id") String id) {
    String base = uri.getBaseUri().resolve("..").toString();
    Calendar c =
        meetings.calendar(
            current.signedIn(),
            id,
            base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    return Response.ok(c.text())
        .type("text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + c.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @PUT
  @Path("{id}/minutes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the minutes {text, version} from the version you started from (0: none yet);"
              + " 409 once final or when saved meanwhile.")
  public MinutesView minutes(@PathParam("id") String id, Forms.MinutesDraft draft) {
    return meetings.writeMinutes(current.signedIn(), id, draft);
  }

  @POST
  @Path("{id}/minutes/open")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open the minutes to the attendees for comments: {days} (1–30).")
  public MinutesView openMinutes(@PathParam("id") String id, Forms.MinutesOpening opening) {
    return meetings.openMinutes(current.signedIn(), id, opening);
  }

  @POST
  @Path("{id}/minutes/final")
  @Operation(
      summary =
          "Make the minutes final and read-only; their versions are kept. With refresh=true the"
              + " answer waits until search finds them.")
  public MinutesView finalMinutes(
      @PathParam("id") String id, @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
    MinutesView minutes = meetings.finaliseMinutes(current.signedIn(), id);
    if (refresh) {
      search.catchUp();
    }
    return minutes;
  }

  @POST
  @Path("{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who was there: {present: [account ids of the circle's participants]}.")
  public List<Attendee> attendance(@PathParam("id") String id, Forms.Attendance attendance) {
    return meetings.recordAttendance(
        current.signedIn(), id, Requests.required(attendance).present());
  }

  @POST
  @Path("{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An action agreed at the (held) meeting: {title, owner: {gemeente | account}, due}.")
  public Response action(@PathParam("id") String id, Forms.ActionDraft draft) {
    ActionView a = meetings.agreeAction(current.signedIn(), id, draft);
    return Response.created(uri.getBaseUriBuilder().path("actions").path(a.id()).build())
        .entity(a)
        .build();
  }

  @POST
  @Path("{id}/minutes/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Comment on the open minutes {text} (attendees; planners may answer) → 201; 409 when they"
              + " are not open (not yet, no longer, final).")
  public Response comment(@PathParam("id") String id, Forms.MinutesCommentDraft draft) {
    MinutesCommentView c = minutes.comment(current.signedIn(), id, Requests.required(draft).text());
    return Response.status(Response.Status.CREATED).entity(c).build();
  }

  @GET
  @Path("{id}/minutes/versions/{number}")
  @Operation(summary = "The text of a saved version of the minutes (participants).")
  public MinutesVersionText minutesVersion(
      @PathParam("id") String id, @PathParam("number") int number) {
    return minutes.version(current.signedIn(), id, number);
  }

  @POST
  @Path("{id}/agenda/{item}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an agenda item {by: -1 (up) | 1 (down)} → the agenda in its new order.")
  public List<AgendaItemView> moveAgendaItem(
      @PathParam("id") String id, @PathParam("item") String item, Forms.AgendaMove move) {
    return meetings.moveAgendaItem(current.signedIn(), id, item, Requests.required(move).by());
  }

  @DELETE
  @Path("{id}/agenda/{item}")
  @Operation(summary = "Take an item off the agenda → the agenda that remains.")
  public List<AgendaItemView> removeAgendaItem(
      @PathParam("id") String id, @PathParam("item") String item) {
    return meetings.removeAgendaItem(current.signedIn(), id, item);
  }
}
