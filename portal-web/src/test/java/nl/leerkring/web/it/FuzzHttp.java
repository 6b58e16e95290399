package nl.leerkring.web.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The fuzzer's HTTP client for probes: a viewer calls as a browser does (a session from the login
 * form) or as an integrator does (a bearer token), or anonymously; every answer is kept as bytes
 * and as searchable text (body, workbook contents and every header).
 */
final class FuzzHttp {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient plain;

  FuzzHttp(URL base) {
    String root = base.toString();
    this.base = URI.create(root.endsWith("/") ? root : root + "/");
    this.plain = client(null);
  }

  private static HttpClient client(CookieManager cookies) {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER);
    if (cookies != null) {
      b.cookieHandler(cookies);
    }
    return b.build();
  }

  /** How a viewer proves who they are. */
  record Credential(String token, HttpClient session) {

    static final Credential NONE = new Credential(null, null);
  }

  Credential bearer(String token) {
    return new Credential(token, null);
  }

  /** Signs in through the login form as a person does; the session cookie is the credential. */
  Credential session(String username, String password) {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client = client(cookies);
    Reply form = send(new Credential(null, client), "GET", "login.xhtml", null);
    Matcher state = VIEW_STATE.matcher(form.body());
    if (form.status() != 200 || !state.find()) {
      throw new IllegalStateException("no login form: " + form.status() + " " + form.body());
    }
    String fields =
        "login=login&next=&username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&sign-in=&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(fields));
    Reply signedIn = exchange(client, post);
    if (signedIn.status() != 302) {
      throw new IllegalStateException(
          "form sign-in of " + username + ": " + signedIn.status() + " " + signedIn.body());
    }
    Credential credential = new Credential(null, client);
    Reply me = send(credential, "GET", "api/me", null);
    if (me.status() != 200 || !me.body().contains("\"" + username + "\"")) {
      throw new IllegalStateException("session of " + username + ": " + me.status() + me.body());
    }
    return credential;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One answer: status, headers, the body as text and everything searchable in it. */
  record Reply(int status, Map<String, List<String>> headers, String body, String text) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }
  }

  Reply send(Credential who, String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    if (who.token() != null) {
      request.header("Authorization", "Bearer " + who.token());
    }
    if (who.session() != null) {
      // A browser names the page that sent the request; the portal refuses changes from others.
      request.header("Origin", base.getScheme() + "://" + base.getAuthority());
    }
    return exchange(who.session() != null ? who.session() : plain, request);
  }

  private static Reply exchange(HttpClient client, HttpRequest.Builder request) {
    request
        .header("Accept", "text/html, application/json, */*;q=0.5")
        .timeout(Duration.ofSeconds(120));
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    byte[] bytes = response.body();
    String body = new String(bytes, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(body);
    if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      text.append('\n').append(unzipped(bytes)); // a workbook: its XML holds the cells
    }
    response
        .headers()
        .map()
        .forEach((k, v) -> text.append('\n').append(k).append(": ").append(String.join(", ", v)));
    return new Reply(response.statusCode(), response.headers().map(), body, text.toString());
  }

  /** The text of every entry of a zip (an XLSX workbook). */
  static String unzipped(byte[] zip) {
    StringBuilder out = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.append("\n[")
            .append(e.getName())
            .append("]\n")
            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      out.append("\n[not a readable zip: ").append(e.getMessage()).append(']');
    }
    return out.toString();
  }
}
