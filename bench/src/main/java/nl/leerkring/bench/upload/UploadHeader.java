package nl.leerkring.bench.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.bench.Machine;
import nl.leerkring.portal.documents.TextExtractor;
import org.apache.tika.config.TikaConfig;

/** What the upload benchmark prints before its figures: the machine, the settings, the limits. */
final class UploadHeader {

  /** How many derived corpus uploads are run once in the warm-up (so the HTML path is warm too). */
  static final int CORPUS_WARMUP = 50;

  private UploadHeader() {}

  static void header(
      Path work,
      Path corpus,
      Path samples,
      int docs,
      int runs,
      int warmup,
      int htmlEvery,
      int[] threads)
      throws IOException {
    Runtime runtime = Runtime.getRuntime();
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put(
        "date",
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    lines.put(
        "cpu",
        Machine.cpuModel("unknown CPU")
            + ", "
            + runtime.availableProcessors()
            + " cores available");
    lines.put(
        "jvm",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vm.vendor")
            + "), max heap "
            + runtime.maxMemory() / (1024 * 1024)
            + " MiB");
    lines.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    lines.put(
        "load avg",
        Machine.loadAverage("unknown") + " (1, 5, 15 min, at start; the machine is shared)");
    lines.put("tika", String.valueOf(TikaConfig.class.getPackage().getImplementationVersion()));
    lines.put(
        "blob store",
        work
            + " (file system "
            + Files.getFileStore(work).type()
            + ", fsync per blob as in the portal)");
    lines.put(
        "limits",
        "portal defaults: max file "
            + TextExtractor.describeSize(TextExtractor.DEFAULT_MAX_FILE_SIZE)
            + ", max text "
            + TextExtractor.DEFAULT_MAX_TEXT_CHARS
            + " chars, timeout "
            + TextExtractor.DEFAULT_PARSE_TIMEOUT_SECONDS
            + " s, "
            + TextExtractor.PARALLEL_PARSES
            + " parallel parses");
    lines.put("samples", samples.toAbsolutePath().normalize() + ", " + runs + " runs per file");
    lines.put(
        "corpus",
        docs <= 0
            ? "skipped (bench.docs=0)"
            : corpus.toAbsolutePath().normalize()
                + ", first "
                + docs
                + " documents; threads "
                + Arrays.toString(threads));
    lines.put("warm-up", warmup + " rounds of the samples + " + CORPUS_WARMUP + " corpus uploads");
    System.out.println("=== Leerkring upload-to-extracted benchmark (bench/, issue F2) ===");
    lines.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-11s %s%n", k + ":", v));
    System.out.println(
        "pipeline:   BlobStore.store(original) -> TextExtractor.extract(blob, name, declared type)"
            + " -> BlobStore.store(text as UTF-8), as Documents.store; no container, no database.");
    if (docs > 0) {
      System.out.println(
          "NOTE:       the corpus documents are a DERIVATION: the Markdown body of each corpus"
              + " document written as a UTF-8 .txt file (declared text/plain)"
              + (htmlEvery > 0
                  ? ", and every "
                      + htmlEvery
                      + "th also as a simple HTML rendering (declared text/html, headings and"
                      + " paragraphs only)"
                  : "")
              + "; not real uploads.");
    }
    System.out.println();
  }
}
