package nl.leerkring.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Gives every log line of a request its request id and the gemeente it works for: while the request
 * runs, its thread's name ends in {@code [req=<id> tenant=<slug>]}, and Payara's log format prints
 * the thread name on every line ({@code _ThreadName=…}), the portal's and the runtime's alike. The
 * id is the proxy's {@code X-Request-Id} when it is a plain token (nginx sends its {@code
 * $request_id}), else a new random one; the answer carries it back in {@code X-Request-Id}, so a
 * person can quote it and an operator find every line of that request on every node.
 *
 * <p>Why the thread name rather than a formatter: java.util.logging has no MDC, and Payara's own
 * formatter cannot be replaced from inside the WAR. Log messages name ids, slugs and file names,
 * never document text (a rule for every logger of the portal).
 */
@WebFilter(urlPatterns = "/*")
public class RequestLog extends HttpFilter {

  static final String HEADER = "X-Request-Id";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  /** Slugs never change, so a tenant's is looked up once. */
  private final Map<String, String> slugs = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = requestId(request.getHeader(HEADER));
    response.setHeader(HEADER, id);
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName(label(name, id, tenantOf()));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setName(name);
    }
  }

  /** The proxy's request id when it is a plain token, else a new one. */
  static String requestId(String given) {
    if (given != null && PLAIN.matcher(given).matches()) {
      return given;
    }
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static String label(String thread, String id, String tenant) {
    return thread + " [req=" + id + " tenant=" + tenant + "]";
  }

  /** The slug of the signed-in person's gemeente; {@code -} for anyone else. */
  private String tenantOf() {
    try {
      Viewer viewer = current.get();
      return viewer
          .homeTenant()
          .map(TenantId::value)
          .map(
              tenant ->
                  slugs.computeIfAbsent(
                      tenant, t -> tenants.byId(new TenantId(t)).map(TenantView::slug).orElse("?")))
          .orElse("-");
    } catch (RuntimeException notKnown) {
      return "-"; // logging must never fail a request
    }
  }
}
