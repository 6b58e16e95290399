package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The gemeente's own method cards (drafts) and their submission to a circle's koffer. */
@Path("methods")
@Produces(MediaType.APPLICATION_JSON)
public class MethodsResource {

  @Inject CurrentViewer current;

  @Inject Methods methods;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Draft a method card: name, summary, objective, targetGroup, steps, workingElements,"
              + " hoursPerWeek, people, budget, preconditionsNote, transferability, evidence,"
              + " evidenceSource, themes, wijktypes, vraagstukken, materials (document ids),"
              + " contact.")
  public Response create(MethodDraft draft) {
    MethodCardView created = methods.create(current.signedIn(), Requests.required(draft));
    return Response.created(uri.getBaseUriBuilder().path("methods").path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The gemeente's own method cards, newest first.")
  public List<MethodCardView> list() {
    return methods.list(current.signedIn());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the gemeente's method cards, with its version and publications.")
  public MethodCardView one(@PathParam("id") String id) {
    return methods.get(current.signedIn(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save a new text of the card; `version` must be the version you started from, else 409"
              + " and nothing is saved.")
  public MethodCardView update(@PathParam("id") String id, MethodDraft draft) {
    return methods.update(current.signedIn(), id, Requests.required(draft));
  }

  @POST
  @Path("{id}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit the card to a circle's koffer: {scope: CIRCLE|PUBLIC, circle}.")
  public Response submit(@PathParam("id") String id, Requests.PublicationRequest request) {
    Requests.PublicationRequest body = Requests.required(request);
    PublicationView publication =
        methods.submit(current.signedIn(), id, body.scope(), body.circle());
    return Response.created(
            uri.getBaseUriBuilder().path("publications").path(publication.id()).build())
        .entity(publication)
        .build();
  }
}
