package nl.leerkring.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every request: a bearer token (API clients), else the signed-in session (people),
 * else a credential handed over by the login page. An anonymous request for a protected page is
 * sent to the login page; for the API it stays anonymous and the boundary answers 401 where sign-in
 * is needed.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "nl.leerkring.web.caller";
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Who is signed in to a session; kept in the HTTP session. */
  record SessionCaller(String username, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identities;

  @Inject Tokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<Tokens.Caller> caller = tokens.verify(authorization.substring(7).trim());
      if (caller.isEmpty()) {
        return unauthorized(response, context);
      }
      return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }

    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identities.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId(); // no session fixation
      request
          .getSession()
          .setAttribute(
              SESSION_CALLER,
              new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }

    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }

    if (context.isProtected()) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      String query = request.getQueryString();
      String next = query == null ? target : target + "?" + query;
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Niet aangemeld\",\"status\":401,"
                  + "\"detail\":\"The bearer token is invalid or has expired.\"}");
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
