package nl.leerkring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.leerkring.web.api.ApiCode;
import nl.leerkring.web.api.Problem;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * Refuses an address holding a NUL character ({@code %00}) with a 400, for pages and the API. No
 * field can hold one, and PostgreSQL refuses it in any text parameter, so a search filter such as
 * {@code ?q=%00} otherwise ended as a server error on PostgreSQL (found by {@code HostileInputIT}).
 */
@WebFilter(urlPatterns = "/*")
public class NulInAddressFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (holdsNul(request.getRequestURI()) || holdsNul(request.getQueryString())) {
      if (request.getRequestURI().contains("/api/")) {
        Problem.send(request, response, HttpServletResponse.SC_BAD_REQUEST, ApiCode.NUL_IN_ADDRESS);
      } else {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain");
        Locale locale = CodeTexts.choose(request.getHeader("Accept-Language"));
        response.getWriter().write(CodeTexts.text(locale, ApiCode.NUL_IN_ADDRESS.key()));
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
