package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.web.security.ClientAddress;
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

  @Inject ClientAddress clientAddress;

  @Context HttpServletRequest http;

  @POST
  @Path("token")
  @Operation(summary = "Exchange a username and password for a bearer token (JWT).")
  public TokenResponse token(Requests.Token request) {
    Requests.Token body = Requests.required(request);
    String username =
        accounts.authenticate(body.username(), body.password(), clientAddress.of(http));
    return answer(tokens.issue(accounts.signedIn(username)));
  }

  static TokenResponse answer(Tokens.Issued issued) {
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
