package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the portal's REST API, as an integrator would use it. */
final class Api {

  static final String DEMO_PASSWORD = "leerkring-demo";
  static final String ADMIN_PASSWORD =
      System.getProperty("it.admin.password", "it-admin-password-1");

  // HTTP/1.1 as browsers speak it over plain http; the JDK's default h2c upgrade is a path no
  // browser takes.
  private final HttpClient http;
  private final URI base;
  private final java.util.Map<String, String> headers;

  Api(URL base) {
    this(
        base,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /** Calls through this client, e.g. one that holds a browser's session cookie. */
  Api(URL base, HttpClient http) {
    this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), http, Map.of());
  }

  private Api(URI base, HttpClient http, Map<String, String> headers) {
    this.base = base;
    this.http = http;
    this.headers = headers;
  }

  /** The same client, sending this header with every request (as a browser sends Origin). */
  Api with(String header, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(header, value);
    return new Api(base, http, Map.copyOf(more));
  }

  /** The portal's origin, as its own pages send it in {@code Origin}. */
  String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  /**
   * A path below the application ({@code api/me}), or from the server root when it starts with
   * {@code /}.
   */
  URI uri(String path) {
    return base.resolve(path);
  }

  /** One answer of the portal. */
  record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    /**
     * The id of the first object anywhere in the answer whose {@code key} is {@code value}: the
     * programme endpoints answer with the whole programme, not the part just made.
     */
    String idWhere(String key, String value) {
      String id = find(parse(), key, value);
      if (id == null) {
        throw new AssertionError("no " + key + "=" + value + " in " + body);
      }
      return id;
    }

    private static String find(jakarta.json.JsonValue node, String key, String value) {
      if (node instanceof JsonObject o) {
        if (o.get(key) instanceof jakarta.json.JsonString s
            && s.getString().equals(value)
            && o.containsKey("id")) {
          return o.getString("id");
        }
        for (jakarta.json.JsonValue child : o.values()) {
          String id = find(child, key, value);
          if (id != null) {
            return id;
          }
        }
      } else if (node instanceof JsonArray a) {
        for (jakarta.json.JsonValue child : a) {
          String id = find(child, key, value);
          if (id != null) {
            return id;
          }
        }
      }
      return null;
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** A token for a demo account; the platform admin has a password of its own. */
  String signIn(String demoUser) {
    return token(demoUser, demoUser.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
  }

  String token(String username, String password) {
    Answer a =
        post(
            "api/auth/token",
            null,
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    assertEquals(200, a.status(), "sign-in of " + username + ": " + a.body());
    return a.json().getString("token");
  }

  /** The account id of a username, as the admin's paged account list finds it. */
  String accountId(String admin, String username) {
    JsonObject page = get("api/admin/accounts?q=" + username + "&size=100", admin).json();
    return page.getJsonArray("items").stream()
        .map(a -> a.asJsonObject())
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + username + " in " + page))
        .getString("id");
  }

  Answer get(String path, String token) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), token);
  }

  Answer post(String path, String token, String json) {
    return send(withJson("POST", path, json), token);
  }

  /**
   * A POST that a trusted reverse proxy forwards for {@code clientAddress} ({@code
   * X-Forwarded-For}); the ITs trust every address as a proxy ({@code portal.trusted-proxies}).
   */
  Answer postFrom(String clientAddress, String path, String json) {
    return send(withJson("POST", path, json).header("X-Forwarded-For", clientAddress), null);
  }

  Answer put(String path, String token, String json) {
    return send(withJson("PUT", path, json), token);
  }

  private HttpRequest.Builder withJson(String method, String path, String json) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  /**
   * One part of a multipart form: a name, an optional file name and content type, and the bytes.
   */
  record Part(String name, String fileName, String contentType, byte[] content) {

    static Part json(String name, String json) {
      return new Part(
          name, null, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Part file(String fileName, String contentType, byte[] content) {
      return new Part("file", fileName, contentType, content);
    }

    static Part text(String name, String value) {
      return new Part(
          name, null, "text/plain", value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /**
   * Submits the item at {@code item} ({@code api/documents/<id>}, {@code api/methods/<id>} …) to
   * the circle leerkring-wdw with this scope ({@code CIRCLE} or {@code PUBLIC}); the publication's
   * id.
   */
  String submit(String token, String item, String scope) {
    Answer submitted =
        post(
            item + "/publications",
            token,
            "{\"scope\":\"" + scope + "\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, submitted.status(), submitted.body());
    return submitted.json().getString("id");
  }

  /**
   * A new programme of the token's gemeente (2025–2026) with a theme, a goal and one action titled
   * {@code action}: {@code {"api/programmes/<id>", action id}} (F7: actions to share).
   */
  String[] programmeWithAction(String token, String action) {
    Answer created =
        post(
            "api/programmes",
            token,
            "{\"name\":\"Programma "
                + java.util.UUID.randomUUID()
                + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2026-12-31\"}");
    assertEquals(201, created.status(), created.body());
    String path = "api/programmes/" + created.json().getJsonObject("programme").getString("id");
    return new String[] {path, addAction(token, path, action, "2025-Q3")};
  }

  /** A theme, a goal and an action in the programme at {@code path}: the action's id. */
  String addAction(String token, String path, String action, String quarter) {
    Answer theme = post(path + "/themes", token, "{\"name\":\"Ontmoeting\"}");
    assertEquals(201, theme.status(), theme.body());
    String themeId = theme.json().getJsonArray("themes").getJsonObject(0).getString("id");
    Answer goal =
        post(path + "/goals", token, "{\"theme\":\"" + themeId + "\",\"title\":\"Treffen\"}");
    assertEquals(201, goal.status(), goal.body());
    String goalId = firstGoal(goal.json()).getString("id");
    Answer added =
        post(
            path + "/actions",
            token,
            "{\"goal\":\""
                + goalId
                + "\",\"title\":\""
                + action
                + "\",\"status\":\"started\",\"quarter\":\""
                + quarter
                + "\"}");
    assertEquals(201, added.status(), added.body());
    return firstAction(added.json());
  }

  /** The id of the first action of the first goal of a programme as the API answers it. */
  static String firstAction(JsonObject programme) {
    return firstGoal(programme).getJsonArray("actions").getJsonObject(0).getString("id");
  }

  private static JsonObject firstGoal(JsonObject programme) {
    return programme.getJsonArray("themes").getJsonObject(0).getJsonArray("goals").getJsonObject(0);
  }

  /** {@code POST api/documents} with this metadata and a small text file, for input checks. */
  Answer newDocument(String token, String metadataJson) {
    return multipart(
        "POST",
        "api/documents",
        token,
        Part.json("metadata", metadataJson),
        Part.file(
            "a.txt", "text/plain", "tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  Answer multipart(String method, String path, String token, Part... parts) {
    String boundary = "----leerkring" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    try {
      for (Part p : parts) {
        StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
        head.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
        if (p.fileName() != null) {
          head.append("; filename=\"").append(p.fileName()).append('"');
        }
        head.append("\r\n");
        if (p.contentType() != null) {
          head.append("Content-Type: ").append(p.contentType()).append("\r\n");
        }
        head.append("\r\n");
        body.write(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(p.content());
        body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        token);
  }

  /** The bytes of a download (a ZIP), or an assertion error naming the status. */
  byte[] bytes(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<byte[]> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, answer.statusCode(), path);
      return answer.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Any bytes with any content type: for bodies no well-behaved client sends. */
  Answer raw(String method, String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, token);
  }

  /** A GET asking for JSON only. */
  Answer getJson(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET(), null);
  }

  Answer send(String method, String path, String token) {
    return send(
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()),
        token);
  }

  private Answer send(HttpRequest.Builder request, String token) {
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.header("Accept", "application/json, */*;q=0.5").timeout(Duration.ofSeconds(60));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
