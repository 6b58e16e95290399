package nl.leerkring.bench.soak;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The soak helper's HTTP: JSON requests to the portal, signed in with a bearer token. */
final class SoakHttp {

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  SoakHttp(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The address of a path on the portal. */
  URI uri(String path) {
    return URI.create(base + path);
  }

  String token(String username, String password) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/auth/token",
            null,
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "sign-in of " + username + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return json(response.body()).asJsonObject().getString("token");
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return sendRetrying(b.build());
  }

  JsonValue getJson(String path, String token) throws Exception {
    HttpResponse<String> response = get(path, token);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
    }
    return json(response.body());
  }

  HttpResponse<String> post(String path, String token, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return sendRetrying(b.build());
  }

  /**
   * Sends; a connection that fails before any answer is tried once more after a second (an upload
   * that was stored but not answered is then stored twice, which the count tolerates).
   */
  HttpResponse<String> sendRetrying(HttpRequest request) throws Exception {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException first) {
      Thread.sleep(1_000);
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(request.uri() + ": " + e, e);
      }
    }
  }

  static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
