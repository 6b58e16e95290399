package nl.leerkring.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A browser with one HTTP session, as far as {@link OpenIdConnect} sees it: requests to {@code
 * http://portal.test:8080/portal} with query parameters, and a session that keeps attributes. The
 * servlet types are interfaces, so these are {@link Proxy} fakes; any other method fails loudly.
 * Attributes are stored as serialized copies, as a clustered session would, so a change to an
 * object after {@code setAttribute} is not seen.
 *
 * <p>NOTE: not thread-safe; one browser per test.
 */
final class FakeBrowser {

  static final String SCHEME = "http";
  static final String HOST = "portal.test";
  static final int PORT = 8080;
  static final String CONTEXT_PATH = "/portal";

  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  private HttpSession session;

  /** A request with these query parameters, carrying this browser's session cookie. */
  HttpServletRequest request(Map<String, String> parameters) {
    InvocationHandler handler =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "getParameter" -> parameters.get((String) args[0]);
              case "getSession" -> session(args == null || (Boolean) args[0]);
              case "getScheme" -> SCHEME;
              case "getServerName" -> HOST;
              case "getServerPort" -> PORT;
              case "getContextPath" -> CONTEXT_PATH;
              case "isSecure" -> false;
              case "toString" -> "FakeRequest" + parameters;
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default ->
                  throw new UnsupportedOperationException(
                      "Not faked: HttpServletRequest." + method.getName());
            };
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, handler);
  }

  /** The session, or {@code null} before anything created it. */
  HttpSession session() {
    return session;
  }

  /** The attribute as stored (a copy), or {@code null}. */
  Object attribute(String name) {
    return attributes.get(name);
  }

  private HttpSession session(boolean create) {
    if (session == null && create) {
      String id = UUID.randomUUID().toString();
      InvocationHandler handler =
          (proxy, method, args) ->
              switch (method.getName()) {
                case "getId" -> id;
                case "getAttribute" -> attributes.get((String) args[0]);
                case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                case "setAttribute" -> {
                  if (args[1] == null) {
                    attributes.remove((String) args[0]);
                  } else {
                    attributes.put((String) args[0], serializedCopy(args[1]));
                  }
                  yield null;
                }
                case "removeAttribute" -> {
                  attributes.remove((String) args[0]);
                  yield null;
                }
                case "invalidate" -> {
                  attributes.clear();
                  session = null;
                  yield null;
                }
                case "toString" -> "FakeSession[" + id + "]";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default ->
                    throw new UnsupportedOperationException(
                        "Not faked: HttpSession." + method.getName());
              };
      session =
          (HttpSession)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, handler);
    }
    return session;
  }

  private static Object serializedCopy(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (NotSerializableException e) {
      throw new AssertionError("A session attribute must be serializable: " + value, e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
