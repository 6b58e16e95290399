package nl.leerkring.bench.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The files a run reads and writes: results as properties, index directories. */
final class RunFiles {

  private RunFiles() {}

  static String fileStore(Path p) throws IOException {
    Files.createDirectories(p);
    return p + " (" + Files.getFileStore(p).type() + ")";
  }

  static Map<String, String> loadMap(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    if (Files.exists(file)) {
      Properties p = SearchBenchmark.load(file);
      p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
    }
    return m;
  }

  static void save(Path file, Map<String, String> values) throws IOException {
    Properties p = new Properties();
    values.forEach(p::setProperty);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "search benchmark results of one run");
    }
  }

  static long treeSize(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
