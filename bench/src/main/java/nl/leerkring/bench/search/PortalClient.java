package nl.leerkring.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The running portal over HTTP/1.1 with keep-alive (one {@link HttpClient}, one connection when
 * used sequentially), as a browser or script would call it.
 */
final class PortalClient {

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  PortalClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String base() {
    return base;
  }

  /** A bearer token for the account. */
  String token(String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Sign-in of "
              + username
              + " failed: HTTP "
              + response.statusCode()
              + " "
              + response.body());
    }
    return json(response.body()).asJsonObject().getString("token");
  }

  /** GET a path (from the root, e.g. /api/me) as JSON; fails on anything but 200. */
  JsonStructure getJson(String path, String token) {
    HttpResponse<String> response = send(get(path, token));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered HTTP " + response.statusCode() + ": " + response.body());
    }
    return json(response.body());
  }

  HttpRequest get(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.header("Accept", "application/json").build();
  }

  /** Sends and reads the whole body; the measured unit of the HTTP latency. */
  HttpResponse<byte[]> fetch(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonStructure json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
