package nl.leerkring.bench.soak;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the portal's request threads waited for during a flight recording of the soak: every
 * blocking event (monitor, park, socket and file reads) longer than a threshold, summed per kind of
 * event and the first frame of the portal's own code below it (or the first frame outside the JDK
 * when no portal frame is on the stack), longest total first. The tail latency of a soak is made of
 * these waits; a line that grows between two recordings is the cause to look at.
 *
 * <p>Usage: {@code Waits <recording.jfr> [threshold-ms] [rows]}.
 */
public final class Waits {

  private static final Set<String> BLOCKING =
      Set.of(
          "jdk.JavaMonitorEnter",
          "jdk.JavaMonitorWait",
          "jdk.ThreadPark",
          "jdk.SocketRead",
          "jdk.FileRead",
          "jdk.FileForce");

  /** Threads that wait by design (pools idling, timers, selectors) and say nothing about latency. */
  private static final List<String> IDLE =
      List.of(
          "java.util.concurrent.ThreadPoolExecutor.getTask",
          "java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take",
          "java.util.concurrent.LinkedBlockingQueue.take",
          "org.glassfish.grizzly.threadpool",
          "com.hazelcast",
          "java.lang.ref.");

  private record Total(String event, String where, long count, Duration sum, Duration max) {
    Total plus(Duration d) {
      return new Total(event, where, count + 1, sum.plus(d), d.compareTo(max) > 0 ? d : max);
    }
  }

  private Waits() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: Waits <recording.jfr> [threshold-ms] [rows]");
    }
    Duration threshold = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 20);
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Map<String, Total> totals = new HashMap<>();
    long events = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = e.getEventType().getName();
      if (!BLOCKING.contains(type) || e.getDuration().compareTo(threshold) < 0) {
        continue;
      }
      String where = where(e.getStackTrace());
      if (where == null) {
        continue;
      }
      events++;
      String key = type + " " + where;
      totals.merge(
          key,
          new Total(type, where, 1, e.getDuration(), e.getDuration()),
          (a, b) -> a.plus(b.sum()));
    }
    System.out.printf(
        "waits of %d ms or longer in %s: %d events at %d places%n",
        threshold.toMillis(), args[0], events, totals.size());
    System.out.printf("%-22s %7s %10s %9s  %s%n", "event", "count", "total ms", "max ms", "where");
    totals.values().stream()
        .sorted((a, b) -> b.sum().compareTo(a.sum()))
        .limit(rows)
        .forEach(
            t ->
                System.out.printf(
                    "%-22s %7d %10d %9d  %s%n",
                    t.event().substring(4),
                    t.count(),
                    t.sum().toMillis(),
                    t.max().toMillis(),
                    t.where()));
  }

  /** The frame to blame: the first of the portal's own, else the first outside the JDK; null: idle. */
  static String where(RecordedStackTrace stack) {
    if (stack == null) {
      return "(no stack)";
    }
    String firstForeign = null;
    for (RecordedFrame f : stack.getFrames()) {
      String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
      for (String idle : IDLE) {
        if (name.startsWith(idle)) {
          return null;
        }
      }
      if (name.startsWith("nl.leerkring.")) {
        return name + ":" + f.getLineNumber();
      }
      if (firstForeign == null && !name.startsWith("java.") && !name.startsWith("jdk.")
          && !name.startsWith("sun.")) {
        firstForeign = name + ":" + f.getLineNumber();
      }
    }
    return firstForeign == null ? "(JDK only)" : firstForeign;
  }
}
