package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.portal.meetings.Forms;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.ActionView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The follow-up of actions agreed at meetings (F7). */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Follow up an action {status: OPEN|DONE|DROPPED, note, version}: by its owner (the"
              + " person, or a member of the gemeente) or the circle's coordinators and"
              + " facilitators; dropping needs a note.")
  public ActionView update(@PathParam("id") String id, Forms.ActionUpdate update) {
    return meetings.updateAction(current.signedIn(), id, update);
  }
}
