package nl.leerkring.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** What a benchmark run prints about the machine it ran on. */
final class Machine {

  private Machine() {}

  static void printMachine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "date:       "
            + ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    System.out.println(
        "cpu:        " + cpuModel() + ", " + rt.availableProcessors() + " cores available");
    System.out.println(
        "jvm:        "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
    System.out.println("os:         " + os.getName() + " " + os.getVersion() + " " + os.getArch());
    System.out.println(
        "load avg:   " + loadAvg() + " (1, 5, 15 min, at start; the machine is shared)");
  }

  static String loadAvg() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
