package nl.leerkring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.leerkring.web.api.Problem;

/**
 * Refuses an address holding a NUL character ({@code %00}) with a 400, for pages and the API. No
 * field can hold one, and PostgreSQL refuses it in any text parameter, so a search filter such as
 * {@code ?q=%00} otherwise ended as a server error on PostgreSQL (found by {@code HostileInputIT}).
 */
@WebFilter(urlPatterns = "/*")
public class NulInAddressFilter extends HttpFilter {

  private static final String DETAIL =
      "The address contains a NUL character (%00), which no field of the portal can hold.";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (holdsNul(request.getRequestURI()) || holdsNul(request.getQueryString())) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (request.getRequestURI().contains("/api/")) {
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problem.of(400, DETAIL).toJson());
      } else {
        response.setContentType("text/plain");
        response.getWriter().write(DETAIL);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean holdsNul(String raw) {
    // "%00" has no letters, so no case folding (this runs on every request).
    return raw != null && (raw.indexOf('\u0000') >= 0 || raw.contains("%00"));
  }
}
