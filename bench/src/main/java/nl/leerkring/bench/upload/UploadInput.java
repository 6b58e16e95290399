package nl.leerkring.bench.upload;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * The files the upload benchmark reads: the sample {@code .txt} files as they are, and the corpus
 * documents written out as {@code .txt} (and every so many also as HTML) before any timing starts.
 */
final class UploadInput {

  private UploadInput() {}

  static List<Upload> sampleUploads(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "No samples directory at " + dir.toAbsolutePath() + "; set -Dbench.samples.");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Upload> uploads = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        uploads.add(
            new Upload(
                file, file.getFileName().toString(), "text/plain", "sample", Files.size(file)));
      }
      if (uploads.isEmpty()) {
        throw new IllegalArgumentException("No .txt samples in " + dir.toAbsolutePath());
      }
      return uploads;
    }
  }

  /**
   * Writes the body of the first {@code docs} corpus documents as UTF-8 {@code .txt} files, and
   * every {@code htmlEvery}-th one also as an {@code .html} file by {@link #toHtml}. Reads the xz
   * stream line by line and stops after {@code docs} lines; nothing is kept in memory.
   */
  static List<Upload> deriveCorpus(Path corpus, int docs, int htmlEvery, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    List<Upload> uploads = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new XZInputStream(Files.newInputStream(corpus), -1), StandardCharsets.UTF_8),
            1 << 20)) {
      int n = 0;
      for (String line = lines.readLine(); line != null && n < docs; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          document = reader.readObject();
        }
        n++;
        String id = document.getString("id", "doc");
        String title = document.getString("title", id);
        String body = document.getString("body", "");
        String base = String.format(Locale.ROOT, "%05d-%s", n, id.replaceAll("[^A-Za-z0-9_-]", ""));
        uploads.add(write(dir.resolve(base + ".txt"), body, "text/plain", "txt"));
        if (htmlEvery > 0 && n % htmlEvery == 0) {
          uploads.add(write(dir.resolve(base + ".html"), toHtml(title, body), "text/html", "html"));
        }
      }
      if (n < docs) {
        System.out.printf(
            Locale.ROOT, "NOTE: the corpus holds only %d documents, not %d.%n", n, docs);
      }
    }
    return uploads;
  }

  private static Upload write(Path file, String content, String type, String kind)
      throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return new Upload(file, file.getFileName().toString(), type, kind, Files.size(file));
  }

  /**
   * A simple, honest HTML rendering of the Markdown body: lines starting with {@code #} become
   * {@code <h1>}..{@code <h6>}, runs of other lines become {@code <p>} with {@code <br>} at line
   * ends, everything escaped. Tables, lists and emphasis stay as their Markdown characters. It
   * exercises Tika's HTML parser on realistic text; it is not what a municipality's CMS exports.
   */
  static String toHtml(String title, String markdown) {
    StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 8 + 256);
    html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n</head>\n<body>\n");
    List<String> paragraph = new ArrayList<>();
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        flush(paragraph, html);
      }
      if (trimmed.startsWith("#")) {
        int level = 0;
        while (level < trimmed.length() && trimmed.charAt(level) == '#') {
          level++;
        }
        int h = Math.min(Math.max(level, 1), 6);
        html.append("<h")
            .append(h)
            .append('>')
            .append(escape(trimmed.substring(level).strip()))
            .append("</h")
            .append(h)
            .append(">\n");
      } else if (!trimmed.isEmpty()) {
        paragraph.add(trimmed);
      }
    }
    flush(paragraph, html);
    return html.append("</body>\n</html>\n").toString();
  }

  private static void flush(List<String> paragraph, StringBuilder html) {
    if (paragraph.isEmpty()) {
      return;
    }
    html.append("<p>");
    for (int i = 0; i < paragraph.size(); i++) {
      if (i > 0) {
        html.append("<br>\n");
      }
      html.append(escape(paragraph.get(i)));
    }
    html.append("</p>\n");
    paragraph.clear();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
