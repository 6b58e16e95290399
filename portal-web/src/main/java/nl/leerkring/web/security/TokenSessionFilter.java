package nl.leerkring.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the HTTP session that a call with a bearer token made. The token is the whole identity of
 * such a call, and its clients keep no cookie: a page they fetch (Faces keeps a form's view state
 * in a session) would otherwise leave a new session behind on every call, held for the session
 * timeout — a client fetching ten pages a second leaves 36,000 in the heap an hour (found in the
 * soak, F14). A session the request came with (a browser signed in by cookie that also sends a
 * token) is not touched.
 */
@WebFilter(urlPatterns = "/*")
public class TokenSessionFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (PortalAuthentication.bearer(request)) {
        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
          session.invalidate();
        }
      }
    }
  }
}
