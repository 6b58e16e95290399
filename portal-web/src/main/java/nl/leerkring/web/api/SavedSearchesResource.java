package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.signals.SavedSearchRequest;
import nl.leerkring.portal.signals.SavedSearchView;
import nl.leerkring.portal.signals.SavedSearches;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in person's saved searches, which tell them of new material that matches (F8). */
@Path("me/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchesResource {

  @Inject CurrentViewer current;

  @Inject SavedSearches savedSearches;

  @GET
  @Operation(
      summary =
          "The person's saved searches, oldest first: [{id, name, query, filters, link, createdAt,"
              + " matchedAt}].")
  public List<SavedSearchView> mine() {
    return savedSearches.mine(current.signedIn());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save a search: {name, query, filters: {type, gemeente, year, theme, wijk, circle}}.",
      description =
          "201 with the saved search. New material it finds afterwards, among what the person may"
              + " read, becomes a SAVED_SEARCH_MATCH notification (daily digest by default). 400"
              + " names each wrong field (name, query, filters.<param>); 409 when the person keeps"
              + " 50 already.")
  public Response save(Requests.SavedSearchDraft request, @Context UriInfo uri) {
    var viewer = current.signedIn(); // 401 before anything about the body
    Requests.SavedSearchDraft body = Requests.required(request);
    SavedSearchView saved =
        savedSearches.save(
            viewer, new SavedSearchRequest(body.name(), body.query(), body.filters()));
    return Response.created(
            uri.getBaseUriBuilder().path("me/saved-searches").path(saved.id()).build())
        .entity(saved)
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of the person's saved searches (204); another's: 404.")
  public Response delete(@PathParam("id") String id) {
    savedSearches.delete(current.signedIn(), id);
    return Response.noContent().build();
  }
}
