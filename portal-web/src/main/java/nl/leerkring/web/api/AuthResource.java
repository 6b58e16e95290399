package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  @POST
  @Path("password-reset")
  @Operation(
      summary = "Set a new password with a one-time reset link's token.",
      description =
          "{token, newPassword}: the token is the link's token parameter. 204; the link never"
              + " works again. An unknown, used, replaced or expired link is 400.")
  public Response resetPassword(Requests.PasswordReset request) {
    Requests.PasswordReset body = Requests.required(request);
    accounts.resetPassword(body.token(), body.newPassword());
    return Response.noContent().build();
  }

  static TokenResponse answer(Tokens.Issued issued) {
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
