package nl.leerkring.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.api.ApiCode;
import nl.leerkring.web.api.Problem;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps Payara's {@code /metrics} from anonymous callers: the figures (requests, threads, memory)
 * move with every gemeente's activity. A platform admin (bearer token or session) reads them, and
 * so does a scraper that sends the configured secret as HTTP basic authentication with user {@code
 * metrics} ({@code portal.metrics.secret}, default none: admins only). Everyone else gets 401 (not
 * signed in) or 403.
 *
 * <p>NOTE: Payara serves {@code /metrics} inside the application at the root context, so this
 * filter sees it only when the portal is deployed at {@code /}, as {@code ./mvnw -Prun}, the
 * scripts and the production instructions do. Payara's own switch ({@code security-enabled}) cannot
 * be used: it refuses everyone, platform admins too, as it knows only its own file realm.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGuard extends HttpFilter {

  static final String SCRAPER = "metrics";

  @Inject CurrentViewer current;

  private Optional<byte[]> secret;

  @Override
  public void init() {
    // Read here, not injected: a filter whose injection fails is silently left out by Payara.
    secret =
        ConfigProvider.getConfig()
            .getOptionalValue("portal.metrics.secret", String.class)
            .filter(s -> !s.isBlank())
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (scrapes(request.getHeader("Authorization"), secret)) {
      chain.doFilter(request, response);
      return;
    }
    Viewer viewer = current.get();
    if (viewer.isPlatformAdmin()) {
      chain.doFilter(request, response);
      return;
    }
    int status =
        viewer.isAnonymous()
            ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_FORBIDDEN;
    Problem.send(request, response, status, ApiCode.METRICS_ONLY);
  }

  /** Whether the header is basic authentication of the scraper with the secret. */
  static boolean scrapes(String authorization, Optional<byte[]> secret) {
    if (secret.isEmpty()
        || authorization == null
        || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0 || !decoded.substring(0, colon).equals(SCRAPER)) {
      return false;
    }
    byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    // Constant time: how much of a guess was right must not show in the answer's timing.
    return MessageDigest.isEqual(given, secret.get());
  }
}
