package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.SignedIn;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.ClientAddress;
import nl.leerkring.web.security.CurrentViewer;
import nl.leerkring.web.security.PortalAuthentication;
import nl.leerkring.web.security.Tokens;
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

  @Inject Tokens tokens;

  @Inject ClientAddress clientAddress;

  @Inject PortalAuthentication authentication;

  @Context HttpServletRequest http;

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
  @Operation(
      summary = "Change the signed-in person's password.",
      description =
          "Ends every earlier token and session of the account, the token used for this request"
              + " too: the answer carries a fresh token. A session that made the change goes on.")
  public AuthResource.TokenResponse changePassword(Requests.PasswordChange request) {
    Requests.PasswordChange body = Requests.required(request);
    SignedIn renewed =
        accounts.changePassword(
            current.signedIn(), body.currentPassword(), body.newPassword(), clientAddress.of(http));
    authentication.continueSession(http, renewed);
    return AuthResource.answer(tokens.issue(renewed));
  }
}
