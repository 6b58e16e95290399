package nl.leerkring.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** What the benchmarks print about the machine they ran on; read from {@code /proc} on Linux. */
public final class Machine {

  private Machine() {}

  /**
   * Prints date, cpu, jvm, os and load average, one per line, labels padded to 12 characters.
   *
   * @param javaVersion whether the jvm line also names the {@code java.version}
   */
  public static void print(boolean javaVersion) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "date:       "
            + ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    System.out.println(
        "cpu:        " + cpuModel("?") + ", " + rt.availableProcessors() + " cores available");
    System.out.println(
        "jvm:        "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + (javaVersion ? " (java " + System.getProperty("java.version") + ")" : "")
            + ", max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
    System.out.println("os:         " + os.getName() + " " + os.getVersion() + " " + os.getArch());
    System.out.println(
        "load avg:   " + loadAverage("?") + " (1, 5, 15 min, at start; the machine is shared)");
  }

  /** The 1, 5 and 15 minute load averages, or {@code unknown} where they cannot be read. */
  public static String loadAverage(String unknown) {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return unknown;
    }
  }

  /** The CPU's model name, or {@code unknown} where it cannot be read. */
  public static String cpuModel(String unknown) {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(unknown);
    } catch (IOException | RuntimeException e) {
      return unknown;
    }
  }
}
