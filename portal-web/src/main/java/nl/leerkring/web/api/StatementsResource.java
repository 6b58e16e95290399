package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Cofinancing statements: read by their gemeente and their circle's coordinators. */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

  @Inject CurrentViewer current;

  @Inject Statements statements;

  @GET
  @Path("{id}")
  @Operation(summary = "One statement with its frozen ledger, totals and checks.")
  public StatementView one(@PathParam("id") String id) {
    return statements.get(current.signedIn(), id);
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept a statement (coordinators); accepting twice answers 409.")
  public StatementView accept(@PathParam("id") String id) {
    return statements.accept(current.signedIn(), id);
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return a statement with a reason the gemeente sees (coordinators).")
  public StatementView giveBack(@PathParam("id") String id, Requests.Reason reason) {
    return statements.giveBack(current.signedIn(), id, Requests.required(reason).reason());
  }
}
