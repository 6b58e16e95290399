package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in person. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** One circle the person takes part in, and how. */
  public record CircleRef(String slug, String name, String role) {}

  /** Who is signed in, with tenant, circles and roles. */
  public record Me(
      String id,
      String username,
      String displayName,
      TenantView tenant,
      List<CircleRef> circles,
      List<String> roles) {}

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @GET
  @Operation(summary = "Who is signed in: member, tenant, circles and roles.")
  public Me me() {
    Viewer v = current.signedIn();
    return new Me(
        v.accountId(),
        v.username(),
        v.displayName(),
        v.homeTenant().flatMap(tenants::byId).orElse(null),
        v.circles().stream()
            .map(g -> new CircleRef(g.slug(), g.name(), g.role().name().toLowerCase()))
            .toList(),
        v.roles().stream().map(Role::label).sorted().toList());
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the signed-in person's password.")
  public Response changePassword(Requests.PasswordChange request) {
    Requests.PasswordChange body = Requests.required(request);
    accounts.changePassword(current.signedIn(), body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }
}
