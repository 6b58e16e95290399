package nl.leerkring.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import nl.leerkring.web.it.FuzzOracle.Tenant;
import nl.leerkring.web.it.FuzzOracle.Viewer;

/**
 * The fuzzer's side-channel oracle (F10): what a viewer observes must not depend on text they may
 * not read. Where the probes ask "is anything shown that may not be?", this asks "does anything
 * shown <em>move</em> when others add private text?" — scores, the order of hits, totals, facet
 * counts, suggestions and similar items.
 *
 * <p>It records, for viewers outside a set of attacking gemeenten, their answers to questions built
 * from markers they may see (one word, several words, a phrase of title words, a prefix, a fuzzy
 * word; suggestions for the run's prefix; items similar to their first hit). Then each attacking
 * gemeente uploads private documents that repeat the victims' markers and crowd the run's prefix
 * with new words, as the outside review did; and every victim asks again. Any difference is a
 * failure: the attackers' documents are private, so by the oracle's rules no victim may read them,
 * and so nothing a victim sees may change.
 */
final class FuzzSideChannels {

  private static final int VICTIMS = 10;
  private static final int CROWD_COPIES = 3;
  private static final int CROWD_TITLES = 14;
  private static final int WORDS_PER_TITLE = 15;

  private final FuzzOracle o;
  private final FuzzWorld world;
  private final FuzzHttp http;
  private final Map<Viewer, FuzzHttp.Credential> credentials;
  private final Random r;
  int observations;

  FuzzSideChannels(
      FuzzOracle o,
      FuzzWorld world,
      FuzzHttp http,
      Map<Viewer, FuzzHttp.Credential> credentials,
      Random r) {
    this.o = o;
    this.world = world;
    this.http = http;
    this.credentials = credentials;
    this.r = r;
  }

  /** Runs the attack once; answers the differences found, empty when none. */
  List<String> check() {
    List<Tenant> attackers = new ArrayList<>();
    for (Tenant t : o.tenants) {
      if (r.nextBoolean() || attackers.isEmpty()) {
        attackers.add(t);
      }
    }
    if (attackers.size() == o.tenants.size() && attackers.size() > 1) {
      attackers.remove(attackers.size() - 1);
    }
    Map<Viewer, List<String>> questions = new LinkedHashMap<>();
    List<String> targeted = new ArrayList<>();
    for (Viewer v : o.viewers) {
      if (questions.size() >= VICTIMS
          || v.anonymous()
          || (v.tenant() != null && attackers.contains(v.tenant()))) {
        continue;
      }
      List<String> visible = new ArrayList<>(o.visible(v));
      if (visible.isEmpty()) {
        continue;
      }
      List<String> picked = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        picked.add(visible.get(r.nextInt(visible.size())));
      }
      targeted.addAll(picked);
      String first = picked.get(0);
      questions.put(
          v,
          List.of(
              first,
              String.join(" OR ", picked),
              picked.get(1) + " wijkaanpak",
              "\"fuzztekst " + first + "\"",
              first.substring(0, first.length() - 3) + "*",
              first + "~1"));
    }
    Map<Viewer, List<String>> before = new LinkedHashMap<>();
    questions.forEach((v, qs) -> before.put(v, observe(v, qs)));

    attack(attackers, targeted);

    List<String> differences = new ArrayList<>();
    questions.forEach(
        (v, qs) -> {
          List<String> after = observe(v, qs);
          List<String> was = before.get(v);
          for (int i = 0; i < Math.max(was.size(), after.size()); i++) {
            String a = i < was.size() ? was.get(i) : "(nothing)";
            String b = i < after.size() ? after.get(i) : "(nothing)";
            if (!a.equals(b)) {
              differences.add(
                  "side channel: "
                      + v
                      + " saw "
                      + a
                      + " before and "
                      + b
                      + " after "
                      + attackers
                      + " added private text");
              break;
            }
          }
        });
    return differences;
  }

  /** Private documents of each attacker: the victims' markers, many times, and a crowd of words. */
  private void attack(List<Tenant> attackers, List<String> markers) {
    String body = String.join(" ", markers) + " " + String.join(" ", markers);
    for (Tenant t : attackers) {
      String token = world.tokenOf(t);
      upload(token, "Aanval " + markers.get(0), body + " " + body);
      upload(token, "Aanval twee", body);
      for (int title = 0; title < CROWD_TITLES; title++) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < WORDS_PER_TITLE; w++) {
          words.append(o.marker(r, "crowd of " + t)).append(' ');
        }
        for (int copy = 0; copy < CROWD_COPIES; copy++) {
          upload(token, words.toString().strip(), "Fuzztekst " + body);
        }
      }
    }
  }

  private void upload(String token, String title, String text) {
    String metadata =
        Json.createObjectBuilder()
            .add("title", title)
            .add("type", "overig")
            .add("date", "2025-02-03")
            .add("themes", Json.createArrayBuilder().add("wonen"))
            .add("wijken", Json.createArrayBuilder().add("Fuzzwijk"))
            .build()
            .toString();
    Api.Answer a =
        world.api.multipart(
            "POST",
            "api/documents?refresh=true",
            token,
            Api.Part.json("metadata", metadata),
            Api.Part.file("aanval.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    if (a.status() != 201) {
      throw new AssertionError("The attacker's upload failed: " + a.status() + " " + a.body());
    }
  }

  /** Everything a viewer observes for these questions, one line per observable. */
  private List<String> observe(Viewer v, List<String> queries) {
    FuzzHttp.Credential who = credentials.get(v);
    List<String> seen = new ArrayList<>();
    String firstHit = null;
    for (String q : queries) {
      FuzzHttp.Reply reply = http.send(who, "GET", "api/search?size=20&q=" + encode(q), null);
      observations++;
      if (reply.status() != 200) {
        seen.add(q + " → " + reply.status());
        continue;
      }
      JsonObject result = parse(reply.body()).asJsonObject();
      seen.add(q + " → total " + result.get("total") + ", facets " + result.get("facets"));
      for (JsonValue hit : result.getJsonArray("hits")) {
        JsonObject h = hit.asJsonObject();
        seen.add(q + " → " + h.getString("id") + " score " + h.get("score"));
        firstHit = Objects.requireNonNullElse(firstHit, h.getString("id"));
      }
    }
    for (String prefix : List.of(o.runPrefix(), o.runPrefix() + queries.get(0).charAt(7))) {
      FuzzHttp.Reply reply =
          http.send(who, "GET", "api/search/suggest?prefix=" + encode(prefix), null);
      observations++;
      seen.add("suggest " + prefix + " → " + reply.status() + " " + reply.body());
    }
    if (firstHit != null) {
      FuzzHttp.Reply reply =
          http.send(who, "GET", "api/search/" + encode(firstHit) + "/similar?size=10", null);
      observations++;
      if (reply.status() == 200) {
        JsonArray hits = parse(reply.body()).asJsonObject().getJsonArray("hits");
        for (JsonValue hit : hits) {
          JsonObject h = hit.asJsonObject();
          seen.add("similar " + firstHit + " → " + h.getString("id") + " score " + h.get("score"));
        }
      } else {
        seen.add("similar " + firstHit + " → " + reply.status());
      }
    }
    return seen;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonValue parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }
}
