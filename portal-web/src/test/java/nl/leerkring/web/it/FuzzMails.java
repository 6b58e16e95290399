package nl.leerkring.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.web.it.FuzzOracle.Viewer;

/**
 * F8: the fuzz world's mail. Every person of the run gets an address of the run and asks for every
 * kind of mail at once and to watch each of their circles, so what would otherwise wait for a
 * digest is mailed while the world moves; at the end every mail in the outbox to those addresses is
 * held against {@link FuzzOracle#mailable}: no mail to anyone names a marker of a circle they are
 * not in or of another gemeente's private item. The demo people's addresses and settings are put
 * back afterwards (later integration tests share the data).
 */
final class FuzzMails {

  /** Signals are fanned out every 5 s and mail written every 10 s (held 0 minutes in the ITs). */
  private static final long SETTLE_MILLIS = 25_000;

  private final FuzzWorld w;
  private final Map<String, Viewer> people = new LinkedHashMap<>();
  private final Map<String, String> addresses = new LinkedHashMap<>();
  private final Map<String, String> accountIds = new LinkedHashMap<>();
  private final Map<String, String> oldEmail = new LinkedHashMap<>();
  private final Map<String, JsonObject> oldSettings = new LinkedHashMap<>();
  private final Map<String, String> tokens = new LinkedHashMap<>();

  /** How many mails and marker occurrences the last check read. */
  int mails;

  int markers;

  FuzzMails(FuzzWorld w) {
    this.w = w;
  }

  /**
   * Gives everyone of the world (once it is set up) an address of the run and every kind of mail at
   * once (their tokens in parallel).
   */
  void give(ExecutorService pool) throws Exception {
    for (Viewer v : w.o.viewers) {
      if (v.signedIn()) {
        people.putIfAbsent(v.username(), v);
      }
    }
    if (people.isEmpty()) {
      throw new IllegalStateException("the world has no people yet");
    }
    String admin = w.tokens.get("admin");
    Map<String, Future<String>> signedIn = new LinkedHashMap<>();
    for (Viewer v : people.values()) {
      String user = v.username();
      signedIn.put(
          user,
          w.tokens.containsKey(user)
              ? CompletableFuture.completedFuture(w.tokens.get(user))
              : pool.submit(() -> w.api.token(user, v.password())));
    }
    for (Viewer v : people.values()) {
      String user = v.username();
      String address = user.replace('/', '.') + ".post" + w.nonce + "@fuzz.example";
      String id = w.api.accountId(admin, user);
      JsonObject account = w.api.get("api/admin/accounts/" + id, admin).json();
      oldEmail.put(user, account.getString("email", "")); // none: left out, or null
      w.require(
          w.api.put("api/admin/accounts/" + id, admin, email(address)), 200, "address of " + user);
      addresses.put(user, address);
      accountIds.put(user, id);
      String token = signedIn.get(user).get();
      tokens.put(user, token);
      JsonObject settings = w.api.get("api/me/notification-settings", token).json();
      oldSettings.put(user, settings);
      JsonObjectBuilder kinds = Json.createObjectBuilder();
      settings.getJsonObject("email").keySet().forEach(k -> kinds.add(k, "IMMEDIATE"));
      JsonObjectBuilder watch = Json.createObjectBuilder();
      settings.getJsonObject("watch").keySet().forEach(c -> watch.add(c, "WATCHING"));
      String all =
          Json.createObjectBuilder().add("email", kinds).add("watch", watch).build().toString();
      w.require(w.api.put("api/me/notification-settings", token, all), 200, "settings of " + user);
    }
  }

  /**
   * Waits for the last round's mail, then reads every mail to the run's people.
   *
   * @param sinceLastRound milliseconds since the last change of the world
   * @return what is wrong: a marker a mail may not name, or no marker in any mail at all
   */
  List<String> check(long sinceLastRound) throws InterruptedException {
    if (sinceLastRound < SETTLE_MILLIS) {
      Thread.sleep(SETTLE_MILLIS - sinceLastRound);
    }
    Pattern marker =
        Pattern.compile(Pattern.quote(w.o.runPrefix()) + "[" + FuzzOracle.LETTERS + "]{8}");
    List<String> failures = new ArrayList<>();
    mails = 0;
    markers = 0;
    Map<String, List<MimeMessage>> outbox = Outbox.byRecipient();
    for (var e : addresses.entrySet()) {
      Viewer v = people.get(e.getKey());
      Set<String> mailable = w.o.mailable(v);
      for (MimeMessage m : outbox.getOrDefault(e.getValue().toLowerCase(Locale.ROOT), List.of())) {
        mails++;
        String text = Outbox.text(m);
        Set<String> named = new LinkedHashSet<>();
        Matcher found = marker.matcher(text);
        while (found.find()) {
          markers++;
          named.add(found.group());
        }
        for (String x : named) {
          if (!mailable.contains(x)) {
            String what = w.o.markers.get(x);
            failures.add(
                "MAIL LEAK to "
                    + v.label()
                    + ": "
                    + x
                    + " ("
                    + (what == null ? "unknown marker" : what)
                    + ") in …"
                    + around(text, text.indexOf(x))
                    + "…");
          }
        }
      }
    }
    if (markers == 0) {
      failures.add(
          "the mail oracle read " + mails + " mails and no marker in them: it would miss a leak");
    }
    return failures;
  }

  /** Puts the demo people's addresses and settings back as they were. */
  void takeBack() {
    String admin = w.tokens.get("admin");
    for (var e : accountIds.entrySet()) {
      String user = e.getKey();
      JsonObject settings = oldSettings.get(user);
      if (settings != null) {
        w.api.put("api/me/notification-settings", tokens.get(user), settings.toString());
      }
      w.api.put("api/admin/accounts/" + e.getValue(), admin, email(oldEmail.get(user)));
    }
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100))
        .replaceAll("\\s+", " ");
  }

  private static String email(String address) {
    return Json.createObjectBuilder().add("email", address).build().toString();
  }
}
