package nl.leerkring.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import nl.leerkring.web.api.ApiCode;
import nl.leerkring.web.api.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a state change to the API that a person's browser sent with the session cookie from a
 * page of another site (cross-site request forgery): {@link SameOrigin} decides. Bearer-token calls
 * are not affected: a browser never adds a token by itself. The Faces pages need no such check:
 * every form post carries the view state, a random id kept on the server, that another site cannot
 * know.
 *
 * <p>The portal's own origin is the one the browser used: the {@code Host} header (or {@code
 * X-Forwarded-Host} from a proxy that rewrites it) and the request's scheme, which honours {@code
 * X-Forwarded-Proto} (see {@code scheme-mapping} in {@code payara/preboot.asadmin}). A page of
 * another site cannot set these headers on a form post, so trusting them here gives an attacker
 * nothing. {@code portal.allowed-origins} (comma-separated, default none) adds origins whose pages
 * may also call the API with the cookie.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

  private SameOrigin rule;

  @Override
  public void init() {
    // Read here, not injected: Payara cannot inject an Optional<List<String>> into a filter, and
    // a filter that fails to start is left out while the application runs on without it.
    rule =
        new SameOrigin(
            ConfigProvider.getConfig()
                .getOptionalValues("portal.allowed-origins", String.class)
                .orElse(List.of()));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SameOrigin.changes(request.getMethod())
        && cookieAuthenticated(request)
        && !rule.admits(request.getHeader("Origin"), request.getHeader("Referer"), own(request))) {
      Problem.send(request, response, HttpServletResponse.SC_FORBIDDEN, ApiCode.CROSS_SITE);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Signed in by the session cookie: no bearer token (which {@link PortalAuthentication} prefers),
   * and the session the cookie names holds a signed-in caller.
   */
  private static boolean cookieAuthenticated(HttpServletRequest request) {
    if (PortalAuthentication.bearer(request)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(PortalAuthentication.SESSION_CALLER) != null;
  }

  /** The portal's origin as the browser addressed it. */
  static String own(HttpServletRequest request) {
    String host = firstOf(request.getHeader("X-Forwarded-Host"));
    if (host == null) {
      host = request.getHeader("Host");
    }
    return host == null ? null : request.getScheme() + "://" + host.trim();
  }

  private static String firstOf(String list) {
    if (list == null || list.isBlank()) {
      return null;
    }
    int comma = list.indexOf(',');
    return (comma < 0 ? list : list.substring(0, comma)).trim();
  }
}
