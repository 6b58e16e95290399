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
import java.util.logging.Logger;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.SignedIn;
import nl.leerkring.tenants.accounts.ViewerCache;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.api.ApiCode;
import nl.leerkring.web.api.Problem;

/**
 * Authenticates every request: a bearer token (API clients), else the signed-in session (people),
 * else a credential handed over by the login page. An anonymous request for a protected page is
 * sent to the login page; for the API it stays anonymous and the boundary answers 401 where sign-in
 * is needed.
 *
 * <p>Tokens and sessions carry the credential version of the account at sign-in. On every request
 * it is compared with the account's (through the {@link ViewerCache}, so at most {@code
 * portal.viewer-cache.seconds} old on another node; at once on the node of the change): after a
 * password or role change or a deactivation an earlier token gets 401 and an earlier session ends,
 * as if never signed in. The viewer so checked is handed to {@link CurrentViewer} for the request.
 * The session that changed its own password goes on ({@link #continueSession}).
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PortalAuthentication.class.getName());

  static final String SESSION_CALLER = "nl.leerkring.web.caller";

  /** Starts OpenID Connect sign-in (when enabled); the login page links here. */
  public static final String OPENID_LOGIN = "/oidc/login";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Who is signed in to a session, under which credential version; kept in the HTTP session. */
  record SessionCaller(String username, Set<String> groups, long credentialVersion)
      implements Serializable {}

  @Inject IdentityStoreHandler identities;

  @Inject Tokens tokens;

  @Inject OpenIdConnect openId;

  @Inject Accounts accounts;

  @Inject ViewerCache viewers;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (bearer(request)) {
      Optional<Tokens.Caller> caller =
          tokens.verify(request.getHeader("Authorization").substring(7).trim());
      if (caller.isEmpty()
          || !admit(request, caller.get().username(), caller.get().credentialVersion())) {
        return unauthorized(request, response, context);
      }
      return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }

    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identities.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      String username = result.getCallerPrincipal().getName();
      Optional<SignedIn> signedIn = signedIn(username);
      if (signedIn.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, signedIn.get(), result.getCallerGroups());
      admit(request, username, signedIn.get().credentialVersion());
      return context.notifyContainerAboutLogin(result);
    }

    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (openId.enabled() && OPENID_LOGIN.equals(path)) {
      try {
        return context.redirect(openId.authorizationRedirect(request));
      } catch (IllegalStateException providerUnavailable) {
        LOG.warning("OpenID Connect sign-in unavailable: " + providerUnavailable.getMessage());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?openIdFailed=true");
      }
    }
    if (openId.enabled() && OpenIdConnect.CALLBACK_PATH.equals(path)) {
      return completeOpenId(request, context);
    }

    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      if (admit(request, caller.username(), caller.credentialVersion())) {
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
      }
      session.invalidate(); // it ended: go on as anonymous, to the login page if protected
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

  /** Whether the request carries a bearer token: then that token alone says who calls. */
  static boolean bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /**
   * The provider sent the browser back: a proven identity that matches a portal account signs in (a
   * session, as with the form); anything else returns to the login page with a message. The account
   * must exist: OpenID Connect proves who someone is, the portal decides what they may do.
   */
  private AuthenticationStatus completeOpenId(
      HttpServletRequest request, HttpMessageContext context) {
    Optional<OpenIdConnect.Result> result = openId.complete(request);
    Optional<SignedIn> signedIn = result.flatMap(r -> signedIn(r.username()));
    if (signedIn.isEmpty()) {
      result.ifPresent(
          r -> LOG.warning("OpenID Connect sign-in for unknown account " + r.username()));
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?openIdFailed=true");
    }
    startSession(request, signedIn.get(), PortalIdentityStore.groupsOf(signedIn.get().viewer()));
    String next = result.get().next();
    return context.redirect(
        request.getContextPath() + (next == null ? "/app/dashboard.xhtml" : next));
  }

  /**
   * The password of the account signed in to this request's session was changed by this request:
   * the session goes on under the new credential version (with a new id), while every other session
   * and token of the account has ended. Does nothing for a session of someone else or none.
   */
  public void continueSession(HttpServletRequest request, SignedIn renewed) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller
        && caller.username().equals(renewed.viewer().username())) {
      startSession(request, renewed, caller.groups());
    }
  }

  private static void startSession(
      HttpServletRequest request, SignedIn signedIn, Set<String> groups) {
    request.getSession(true);
    request.changeSessionId(); // no session fixation
    request
        .getSession()
        .setAttribute(
            SESSION_CALLER,
            new SessionCaller(signedIn.viewer().username(), groups, signedIn.credentialVersion()));
  }

  /**
   * Whether a token or session issued to this username under this credential version may still act
   * for it; if so, its viewer becomes the request's (see {@link CurrentViewer}).
   */
  private boolean admit(HttpServletRequest request, String username, long credentialVersion) {
    Optional<Viewer> viewer;
    try {
      viewer = viewers.viewerOf(username, credentialVersion, accounts::signedIn);
    } catch (TenantsException goneOrDeactivated) {
      viewer = Optional.empty();
    }
    viewer.ifPresent(v -> request.setAttribute(CurrentViewer.VIEWER, v));
    return viewer.isPresent();
  }

  private Optional<SignedIn> signedIn(String username) {
    try {
      return Optional.of(accounts.signedIn(username));
    } catch (TenantsException goneOrDeactivated) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problem.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, ApiCode.TOKEN_INVALID);
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
