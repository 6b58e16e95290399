package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.ReportView;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The circles (leerkringen) of the portal: which gemeenten take part, in which period. */
@Path("circles")
@Produces(MediaType.APPLICATION_JSON)
public class CirclesResource {

  @Inject CurrentViewer current;

  @Inject Circles circles;

  @Inject Publications publications;

  @GET
  @Path("{slug}/catalog")
  @Operation(summary = "What is published in the circle; for those who take part in it.")
  public List<PublicationView> catalog(@PathParam("slug") String slug) {
    return publications.catalog(current.signedIn(), slug);
  }

  @GET
  @Path("{slug}/reports")
  @Operation(summary = "Reports about the circle's publications (coordinators).")
  public List<ReportView> reports(@PathParam("slug") String slug) {
    return publications.reports(current.signedIn(), slug);
  }

  @GET
  @Path("{slug}/moderation")
  @Operation(summary = "Submissions waiting for the circle's coordinators.")
  public List<PublicationView> moderation(@PathParam("slug") String slug) {
    return publications.moderationQueue(current.signedIn(), slug);
  }

  @GET
  @Operation(summary = "All circles and their member gemeenten (public directory).")
  public List<CircleView> all() {
    current.signedIn();
    return circles.all();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One circle; unknown slugs are 404.")
  public CircleView one(@PathParam("slug") String slug) {
    current.signedIn();
    return circles.bySlug(slug);
  }
}
