package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leerkring.web.it.FuzzOracle.Viewer;
import org.junit.jupiter.api.Test;

/**
 * Cross-tenant fuzzing (F6, suite 1). A seeded generator ({@link FuzzWorld}) fills two circles and
 * six gemeenten with random content in every state — private, submitted, published to a circle or
 * to everyone, returned, withdrawn, reported and hidden, restored; versions and annexes kept or
 * left out; method cards and their versions; uses; programmes with ledger rows and statements
 * submitted, returned and accepted — and then, in rounds that move part of the world on, random
 * viewers (members of each gemeente, a tenant admin, coordinators, facilitators, researchers, the
 * platform admin, anonymous; by token or by the login form's session) probe every read path ({@link
 * FuzzProbes}). The oracle ({@link FuzzOracle}) is an independent model of who may see what; every
 * answer is held against it both ways: nothing shown that may not be, and 200 with the content
 * where it may. Last, {@link FuzzSideChannels} checks that nothing a viewer sees (scores, order,
 * totals, facet counts, suggestions, similar items) moves when other gemeenten add private text.
 *
 * <p>Every run prints its seed first; a failure message repeats it. Properties (passed with {@code
 * -D}, failsafe forwards them): {@code fuzz.seed} (default a fixed seed), {@code fuzz.random=true}
 * (seed from the clock), {@code fuzz.probes} (default 1,000), {@code fuzz.rounds}, {@code
 * fuzz.scale} (content per round), {@code fuzz.threads} (default 2), {@code fuzz.strict=true} (fail
 * on the known deviation too, see {@link FuzzProbes#KNOWN}).
 *
 * <p>The default run makes 1,000 probes in three rounds (about 45 s after Payara has started). The
 * long run makes 10,000 in twelve rounds over twice the content (about two and a half minutes after
 * start on two busy cores):
 *
 * <pre>
 * ./mvnw -o -pl portal-web verify -Dit.test=IsolationFuzzIT -Dfuzz.probes=10000 \
 *     -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Reproduce a failing run with {@code -Dfuzz.seed=<seed>} (and the same {@code fuzz.probes}): the
 * world and the probes are drawn from the seed; only ids and the run's four letters differ.
 */
class IsolationFuzzIT extends DeployedPortal {

  static final long DEFAULT_SEED = 20261123L;

  @Test
  void noViewerSeesWhatTheOracleSaysTheyMayNotAndEveryoneSeesWhatTheyMay() throws Exception {
    boolean random = Boolean.getBoolean("fuzz.random");
    long seed = Long.getLong("fuzz.seed", random ? System.currentTimeMillis() : DEFAULT_SEED);
    int probes = Integer.getInteger("fuzz.probes", 1000);
    int rounds = Integer.getInteger("fuzz.rounds", Math.max(2, Math.min(12, probes / 300)));
    int scale = Integer.getInteger("fuzz.scale", probes > 3000 ? 2 : 1);
    int threads = Integer.getInteger("fuzz.threads", 2);
    boolean strict = Boolean.getBoolean("fuzz.strict");
    String nonce = letters(new Random(), 4);
    String run = "seed=" + seed + " (run " + nonce + ", " + probes + " probes)";
    System.out.println("IsolationFuzzIT " + run + ": reproduce with -Dfuzz.seed=" + seed);

    long started = System.nanoTime();
    Random r = new Random(seed);
    FuzzOracle oracle = new FuzzOracle(nonce);
    Api api = new Api(base);
    FuzzHttp http = new FuzzHttp(base);
    FuzzWorld world = new FuzzWorld(api, oracle, r, nonce);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ExecutorService signIns = Executors.newFixedThreadPool(4);
    Map<Viewer, FuzzHttp.Credential> credentials = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    List<String> known = new ArrayList<>();
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, int[]> byViewer = new LinkedHashMap<>();
    int done = 0;
    long lastChange = 0;
    long generating = 0;
    long probing = 0;
    FuzzMails mails = new FuzzMails(world);
    try {
      world.setUp(signIns);
      mails.give(signIns);
      // Sessions sign in while round 0 is generated; the writers' tokens are needed at once.
      Map<Viewer, Future<FuzzHttp.Credential>> pending = signIn(world, http, signIns);
      long setUp = System.nanoTime() - started;

      for (int round = 0; round < rounds; round++) {
        long t0 = System.nanoTime();
        world.round(round, scale);
        world.barrier();
        long t1 = System.nanoTime();
        lastChange = t1;
        generating += t1 - t0;
        if (round == 0) {
          for (var e : pending.entrySet()) {
            credentials.put(e.getKey(), e.getValue().get());
          }
          System.out.printf(
              "IsolationFuzzIT set-up %d ms; %d viewers signed in (%d by the login form) by %d ms%n",
              setUp / 1_000_000,
              credentials.size(),
              oracle.viewers.stream().filter(Viewer::session).count(),
              (System.nanoTime() - started) / 1_000_000);
          t1 = System.nanoTime();
        }
        int n = probes / rounds + (round < probes % rounds ? 1 : 0);
        FuzzProbes drawn = new FuzzProbes(oracle, world, r, done + 1);
        List<FuzzProbes.Probe> batch = drawn.draw(n);
        List<Future<List<String>>> answers = new ArrayList<>();
        for (FuzzProbes.Probe p : batch) {
          answers.add(
              pool.submit(
                  () -> {
                    try {
                      FuzzHttp.Reply reply =
                          http.send(credentials.get(p.viewer()), p.method(), p.path(), p.body());
                      return drawn.check(p, reply);
                    } catch (RuntimeException e) {
                      return List.of("no answer: " + e);
                    }
                  }));
        }
        int roundFailures = 0;
        for (int i = 0; i < batch.size(); i++) {
          FuzzProbes.Probe p = batch.get(i);
          List<String> problems = new ArrayList<>(answers.get(i).get());
          if (!strict) {
            List<String> tolerated =
                problems.stream().filter(x -> x.startsWith(FuzzProbes.KNOWN)).toList();
            if (!tolerated.isEmpty()) {
              known.add(run + " round " + round + " probe " + p + ": " + tolerated);
              problems.removeAll(tolerated);
            }
          }
          int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[3]);
          int[] v = byViewer.computeIfAbsent(p.viewer().label(), x -> new int[3]);
          k[0]++;
          v[0]++;
          if (p.expect().positive()) {
            k[1]++;
            v[1]++;
          }
          if (!problems.isEmpty()) {
            k[2]++;
            v[2]++;
            roundFailures++;
            failures.add(
                run + " round " + round + " probe " + p + " (" + p.kind() + "): " + problems);
          }
        }
        done += batch.size();
        probing += System.nanoTime() - t1;
        Map<String, Integer> states = new TreeMap<>();
        oracle.pubs.forEach(x -> states.merge(x.subject.kind + " " + x.status, 1, Integer::sum));
        oracle.statements.forEach(x -> states.merge("statement " + x.status, 1, Integer::sum));
        System.out.printf(
            "IsolationFuzzIT round %d: %d docs, %d cards, %d uses, %d programmes; %s; %d probes,"
                + " %d failed%n",
            round,
            oracle.docs.size(),
            oracle.methods.size(),
            oracle.uses.size(),
            oracle.programmes.size(),
            states,
            batch.size(),
            roundFailures);
      }
      // Side channels last, on a quiet world: the attack's private documents would otherwise be
      // content the probes do not know.
      long t0 = System.nanoTime();
      FuzzSideChannels sides = new FuzzSideChannels(oracle, world, http, credentials, r);
      List<String> moved = sides.check();
      moved.forEach(m -> failures.add(run + " " + m));
      System.out.printf(
          "IsolationFuzzIT side channels: %d observations before and after others added private"
              + " text, %d moved, in %d ms%n",
          sides.observations, moved.size(), (System.nanoTime() - t0) / 1_000_000);
      // F8: last, every mail the run's people received (the writers' last steps need a few
      // seconds to be fanned out and mailed).
      List<String> mailed = mails.check((System.nanoTime() - lastChange) / 1_000_000);
      mailed.forEach(m -> failures.add(run + " " + m));
      System.out.printf(
          "IsolationFuzzIT mail: %d mails to the run's people, %d markers in them, %d leaks%n",
          mails.mails, mails.markers, mailed.size() - (mails.markers == 0 ? 1 : 0));
    } finally {
      mails.takeBack();
      pool.shutdownNow();
      signIns.shutdownNow();
    }

    List<String> all = new ArrayList<>(world.failures.stream().map(f -> run + " " + f).toList());
    all.addAll(failures);
    int positive = byKind.values().stream().mapToInt(k -> k[1]).sum();
    System.out.println("IsolationFuzzIT " + run + " steps: " + world.steps);
    System.out.println(
        "IsolationFuzzIT probes by kind (probes, expected 200, failed): " + format(byKind));
    System.out.println(
        "IsolationFuzzIT probes by viewer (probes, expected 200, failed): " + format(byViewer));
    System.out.printf(
        "IsolationFuzzIT %s: %d probes (%d expected 200 with content, %d expected refusal) in %d"
            + " ms; generating %d ms, probing %d ms; %d failures%n",
        run,
        done,
        positive,
        done - positive,
        (System.nanoTime() - started) / 1_000_000,
        generating / 1_000_000,
        probing / 1_000_000,
        all.size());
    all.stream().limit(300).forEach(f -> System.out.println("IsolationFuzzIT FAILURE " + f));
    System.out.println(
        "IsolationFuzzIT "
            + known.size()
            + " probes met the known deviation (not failed; -Dfuzz.strict=true fails them): "
            + FuzzProbes.KNOWN);
    known.stream().limit(20).forEach(k -> System.out.println("IsolationFuzzIT KNOWN " + k));

    assertTrue(
        all.isEmpty(),
        all.size()
            + " failures, "
            + run
            + " (reproduce with -Dfuzz.seed="
            + seed
            + "):\n"
            + String.join("\n", all.stream().limit(40).toList()));
    assertTrue(done >= probes, run + ": only " + done + " probes made");
    assertTrue(
        positive >= done / 5 && done - positive >= done / 5,
        run + ": the oracle must expect both 200s and refusals often; " + positive + " of " + done);
  }

  /**
   * Signs every viewer in, in parallel (each sign-in costs a slow password hash): a token for those
   * who call as integrators, the login form for those who call as a browser does. The writers' and
   * coordinators' tokens are waited for here, since the generator needs them at once.
   */
  private static Map<Viewer, Future<FuzzHttp.Credential>> signIn(
      FuzzWorld world, FuzzHttp http, ExecutorService pool) throws Exception {
    Map<String, Future<String>> tokens = new LinkedHashMap<>();
    Map<Viewer, Future<FuzzHttp.Credential>> pending = new LinkedHashMap<>();
    for (Viewer v : world.o.viewers) {
      if (v.anonymous()) {
        pending.put(v, CompletableFuture.completedFuture(FuzzHttp.Credential.NONE));
      } else if (v.session()) {
        pending.put(v, pool.submit(() -> http.session(v.username(), v.password())));
      } else {
        Future<String> token =
            tokens.computeIfAbsent(
                v.username(),
                u ->
                    world.tokens.containsKey(u)
                        ? CompletableFuture.completedFuture(world.tokens.get(u))
                        : pool.submit(() -> world.api.token(u, v.password())));
        pending.put(v, null);
      }
    }
    for (var t : tokens.entrySet()) {
      world.tokens.put(t.getKey(), t.getValue().get());
    }
    pending.replaceAll(
        (v, f) ->
            f != null
                ? f
                : CompletableFuture.completedFuture(http.bearer(world.tokens.get(v.username()))));
    return pending;
  }

  private static String letters(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(FuzzOracle.LETTERS.charAt(random.nextInt(FuzzOracle.LETTERS.length())));
    }
    return b.toString();
  }

  private static String format(Map<String, int[]> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (k, v) ->
            b.append("\n  ")
                .append(k)
                .append(": ")
                .append(v[0])
                .append(", ")
                .append(v[1])
                .append(", ")
                .append(v[2]));
    return b.toString();
  }
}
