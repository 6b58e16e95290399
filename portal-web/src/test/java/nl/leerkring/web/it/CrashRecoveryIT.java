package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The short version of the crash-recovery proof (F6, suite 4) in the default run: {@code
 * proof/crash.sh} with two cycles on the database this run uses (H2, or PostgreSQL when {@code
 * PORTAL_DB_URL} is set, as in CI), on the WAR this build made. The script starts its own Payara
 * Micro (not Arquillian's), uploads, kills it with {@code kill -9}, restarts it and checks that
 * nothing acknowledged was lost, no row names a missing blob and the index matches the database.
 * The 20-cycle run is the documented long command.
 */
class CrashRecoveryIT {

  @Test
  void twoCrashCyclesLoseNothingAcknowledged() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path script = root.resolve("proof/crash.sh");
    assertTrue(Files.isRegularFile(script), "no " + script);
    String db = System.getenv("PORTAL_DB_URL") == null ? "h2" : "postgres";
    String seed =
        System.getProperty("crash.seed", String.valueOf(System.currentTimeMillis() / 1000));
    Path work = Path.of("target/crash-short").toAbsolutePath();
    Path log = Path.of("target/crash-short.log").toAbsolutePath();
    ProcessBuilder run =
        new ProcessBuilder("bash", script.toString(), "--db", db, "--cycles", "2", "--seed", seed)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    run.environment().put("CRASH_WORK", work.toString());
    run.environment().put("CRASH_WAR", new File("target/portal.war").getAbsolutePath());
    run.environment()
        .put(
            "CRASH_PAYARA",
            new File(System.getProperty("payara.micro.jar", "target/payara-micro.jar"))
                .getAbsolutePath());
    run.environment().put("CRASH_KILL_MAX", "10");
    Process process = run.start();
    boolean ended = process.waitFor(20, TimeUnit.MINUTES);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    lines.stream()
        .filter(
            l ->
                l.startsWith("cycle ")
                    || l.startsWith("cycles:")
                    || l.startsWith("acknowledged uploads lost")
                    || l.startsWith("PASSED")
                    || l.startsWith("FAILED")
                    || l.startsWith("Reproduce"))
        .forEach(l -> System.out.println("crash: " + l));
    assertTrue(ended, "the crash loop did not end in 20 minutes; see " + log);
    assertEquals(
        0,
        process.exitValue(),
        "the crash loop found a problem (seed "
            + seed
            + "); see "
            + log
            + ":\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("acknowledged uploads lost: 0")),
        "no summary in " + log);
    assertTrue(
        lines.stream()
            .filter(l -> l.startsWith("cycles:"))
            .anyMatch(l -> !l.contains("acknowledged (201): 0,")),
        "nothing was acknowledged, so nothing was proven");
  }
}
