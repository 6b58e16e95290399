package nl.leerkring.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network address a request comes from, for the login throttle: the connection's remote
 * address, or, when that is a trusted reverse proxy ({@code portal.trusted-proxies}: addresses or
 * CIDR ranges, comma-separated; default none), the nearest address in {@code X-Forwarded-For} that
 * is not itself a trusted proxy. The header is read from the right, because only the entries that
 * trusted proxies appended are true; what the client sent stands to the left of them.
 *
 * <p>NOTE: thread-safe; never resolves a host name (entries that are not IP literals end the walk).
 */
@ApplicationScoped
public class ClientAddress {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** A trusted proxy: an address and how many leading bits of it must match. */
  record Range(byte[] address, int bits) {

    boolean contains(InetAddress candidate) {
      byte[] other = candidate.getAddress();
      if (other.length != address.length) {
        return false;
      }
      int length = address.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE).shiftRight(bits).not();
      return new BigInteger(1, address).and(mask).equals(new BigInteger(1, other).and(mask));
    }

    static Range parse(String text) {
      String[] parts = text.strip().split("/", 2);
      InetAddress address =
          literal(parts[0])
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "portal.trusted-proxies: '" + text + "' is not an IP address or range"));
      int max = address.getAddress().length * 8;
      int bits = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : max;
      if (bits < 0 || bits > max) {
        throw new IllegalArgumentException("portal.trusted-proxies: bad prefix in '" + text + "'");
      }
      return new Range(address.getAddress(), bits);
    }
  }

  // Optional<String>, not Optional<List<String>>: Payara's config producer cannot make the latter.
  @Inject
  @ConfigProperty(name = "portal.trusted-proxies")
  Optional<String> trustedProxies;

  private volatile List<Range> trusted;

  /** The client's address for this request, as described in the class comment. */
  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }

  /** The client's address, from the connection's remote address and any X-Forwarded-For headers. */
  String of(String remote, List<String> forwardedFor) {
    if (!isTrusted(remote)) {
      return remote;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = remote;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      client = hop.get().getHostAddress();
      if (!isTrusted(hop.get())) {
        break;
      }
    }
    return client;
  }

  private boolean isTrusted(String address) {
    return literal(address).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress address) {
    return ranges().stream().anyMatch(r -> r.contains(address));
  }

  private List<Range> ranges() {
    List<Range> r = trusted;
    if (r == null) {
      r =
          Arrays.stream(trustedProxies.orElse("").split(","))
              .filter(s -> !s.isBlank())
              .map(Range::parse)
              .toList();
      trusted = r;
    }
    return r;
  }

  /** The address written in {@code text}, without any name lookup; empty if it is none. */
  static Optional<InetAddress> literal(String text) {
    boolean v4 = text != null && IPV4.matcher(text).matches();
    if (v4) {
      for (String octet : text.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return Optional.empty(); // else the JDK would look it up as a host name
        }
      }
    } else if (text == null || !IPV6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
