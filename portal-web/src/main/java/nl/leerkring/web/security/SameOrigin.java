package nl.leerkring.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a state change that came with the session cookie was sent by the portal's own
 * pages. A browser adds the session cookie to any request for the portal, also to a form that
 * another site posts; it names the page that sent it in {@code Origin} (or, older browsers and some
 * same-origin requests, only in {@code Referer}), and a page of another site cannot change those
 * headers. So a cookie-authenticated request that changes something must name the portal's own
 * origin or one of the configured extra origins; one that names none is refused as well.
 *
 * <p>Origins are compared as scheme, host and port, with the default port of the scheme filled in
 * ({@code https://portal.example} equals {@code https://portal.example:443}). Immutable and
 * thread-safe.
 */
public final class SameOrigin {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> allowed;

  /** The extra origins (besides the portal's own) whose pages may change things. */
  public SameOrigin(Collection<String> allowed) {
    this.allowed =
        allowed.stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(SameOrigin::originOf)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Methods that change nothing (RFC 9110 safe methods) pass whatever their origin. */
  public static boolean changes(String method) {
    return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether a request with these headers was sent by a page of {@code own} (the portal's origin as
   * the browser sees it) or of an allowed origin. {@code origin} wins over {@code referer}; both
   * absent, or {@code Origin: null} (a sandboxed or privacy-hiding sender), is foreign.
   */
  public boolean admits(String origin, String referer, String own) {
    String claimed = originOf(origin != null ? origin : referer);
    if (claimed == null) {
      return false;
    }
    return claimed.equals(originOf(own)) || allowed.contains(claimed);
  }

  /**
   * {@code scheme://host:port} of an address, lower-cased and with the scheme's default port made
   * explicit; null for anything that is not an absolute http(s) address.
   */
  static String originOf(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(address.trim());
    } catch (URISyntaxException notAnAddress) {
      return null;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return null;
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
    return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
  }
}
