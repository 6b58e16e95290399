package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.web.security.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Bearer tokens for API clients. */
@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  /** The answer to a successful sign-in. */
  public record TokenResponse(String token, String tokenType, long expiresIn) {}

  @Inject Accounts accounts;

  @Inject Tokens tokens;

  @POST
  @Path("token")
  @Operation(summary = "Exchange a username and password for a bearer token (JWT).")
  public TokenResponse token(Requests.Token request) {
    Requests.Token body = Requests.required(request);
    String username = accounts.authenticate(body.username(), body.password());
    Tokens.Issued issued = tokens.issue(accounts.viewerOf(username));
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
