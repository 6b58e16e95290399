package nl.leerkring.bench.quality;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * The evaluation's documents, read by path (never copied into the repository): the case samples,
 * the portal's demo documents and every {@value #EVERY}th regulation of the shared corpus, its text
 * cut at {@value #MAX_BODY} characters (PostgreSQL's tsvector has a size limit).
 */
final class Collection {

  static final int EVERY = 13;
  static final int MAX_BODY = 200_000;

  record Doc(String id, String title, String body) {}

  private Collection() {}

  static List<Doc> read(Path samples, Path demo, Path corpus) throws IOException {
    List<Doc> docs = new ArrayList<>();
    docs.addAll(textFiles(samples, "sample:", 0));
    docs.addAll(textFiles(demo, "demo:", 1));
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new XZInputStream(new BufferedInputStream(Files.newInputStream(corpus), 1 << 16)),
                StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || n++ % EVERY != 0) {
          continue;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(line))) {
          var o = reader.readObject();
          String body = o.getString("body", "");
          docs.add(
              new Doc(
                  "bwb:" + o.getString("id"),
                  o.getString("title", ""),
                  body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body));
        }
      }
    }
    return docs;
  }

  /** A text file whose title is its first non-empty line after skipping {@code skip} lines. */
  private static List<Doc> textFiles(Path dir, String prefix, int skip) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Doc> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines =
            Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = lines.get(Math.min(skip, lines.size() - 1));
        out.add(new Doc(prefix + f.getFileName(), title, Files.readString(f)));
      }
      return out;
    }
  }
}
