package nl.leerkring.bench.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.leerkring.bench.Machine;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.portal.documents.Extraction;
import nl.leerkring.portal.documents.FileNames;
import nl.leerkring.portal.documents.TextExtractor;

/**
 * Upload-to-extracted benchmark (issue F2): the time from an uploaded file to its extracted text
 * stored, through exactly the steps of {@code Documents.store}: {@link BlobStore#store} of the
 * original, {@link TextExtractor#extract} on the stored blob, {@link BlobStore#store} of the text
 * as UTF-8. Outside any container: the extractor is built by {@link
 * TextExtractor#withDefaultLimits()}, with the portal's default limits.
 *
 * <p>A plain main, not JMH: the unit is a whole upload with two fsyncs and a parse on another
 * thread, totals are seconds, and what we want is the distribution per document (median, p95, max)
 * and the throughput of a batch, not a steady-state nanosecond score. See {@code bench/README.md}.
 *
 * <p>Settings are system properties ({@code -Dbench.docs=1000} etc., defaults in {@code
 * bench/pom.xml}).
 */
public final class UploadBenchmark {

  /** What the portal accepts by default ({@code portal.documents.max-file-size}). */
  private static final long MAX_BYTES = TextExtractor.DEFAULT_MAX_FILE_SIZE;

  private static final int CORPUS_WARMUP = UploadHeader.CORPUS_WARMUP;

  private static final double MB = 1_000_000.0;

  /** One upload through the pipeline; {@code refusal} is set when the portal refused it. */
  record Result(
      Upload upload,
      long totalNanos,
      long extractNanos,
      long storeNanos,
      int characters,
      boolean truncated,
      String contentType,
      String blob,
      String textBlob,
      String refusal) {}

  private final TextExtractor extractor;

  private UploadBenchmark(TextExtractor extractor) {
    this.extractor = extractor;
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(setting("bench.corpus", "../shared/corpora/wetten-nl.jsonl.xz"));
    Path samples = Path.of(setting("bench.samples", "../shared/samples"));
    int docs = Integer.parseInt(setting("bench.docs", "1000"));
    int runs = Integer.parseInt(setting("bench.runs", "20"));
    int warmup = Integer.parseInt(setting("bench.warmup", "5"));
    int htmlEvery = Integer.parseInt(setting("bench.htmlEvery", "10"));
    int[] threadCounts =
        Arrays.stream(setting("bench.threads", "1,2").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    Path tmpBase = Path.of(setting("bench.tmp", System.getProperty("java.io.tmpdir")));

    List<Upload> sampleUploads = UploadInput.sampleUploads(samples);
    if (docs > 0 && !Files.isReadable(corpus)) {
      throw new IllegalArgumentException(
          "No corpus at " + corpus.toAbsolutePath() + "; set -Dbench.corpus or -Dbench.docs=0.");
    }

    Path work = Files.createTempDirectory(tmpBase, "leerkring-bench-");
    Thread cleanup = new Thread(() -> deleteQuietly(work), "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    TextExtractor extractor = TextExtractor.withDefaultLimits();
    try {
      UploadHeader.header(work, corpus, samples, docs, runs, warmup, htmlEvery, threadCounts);
      List<Upload> corpusUploads = List.of();
      if (docs > 0) {
        long started = System.nanoTime();
        corpusUploads = UploadInput.deriveCorpus(corpus, docs, htmlEvery, work.resolve("corpus"));
        System.out.printf(
            Locale.ROOT,
            "Derived corpus files written in %.1f s (not part of any figure below).%n%n",
            seconds(System.nanoTime() - started));
      }
      UploadBenchmark bench = new UploadBenchmark(extractor);
      bench.warmUp(sampleUploads, corpusUploads, warmup, work.resolve("blobs-warmup"));
      bench.samples(sampleUploads, runs, work.resolve("blobs-samples"));
      if (!corpusUploads.isEmpty()) {
        bench.corpus(corpusUploads, threadCounts, work.resolve("blobs-corpus"));
      }
    } finally {
      extractor.close();
      deleteQuietly(work);
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
    System.out.println("Load average at the end: " + Machine.loadAverage("unknown") + ".");
    System.out.println("Temporary directory " + work + " deleted.");
  }

  // --- phases ---

  private void warmUp(List<Upload> samples, List<Upload> corpus, int rounds, Path blobs) {
    long started = System.nanoTime();
    BlobStore store = new BlobStore(blobs, Clock.systemUTC());
    for (int round = 0; round < rounds; round++) {
      for (Upload upload : samples) {
        run(store, upload);
      }
    }
    List<Upload> corpusWarmup = corpus.subList(0, Math.min(CORPUS_WARMUP, corpus.size()));
    for (Upload upload : corpusWarmup) {
      run(store, upload);
    }
    System.out.printf(
        Locale.ROOT,
        "Warm-up: %d samples x %d rounds, then the first %d corpus uploads once: %.1f s.%n%n",
        samples.size(),
        rounds,
        corpusWarmup.size(),
        seconds(System.nanoTime() - started));
  }

  private void samples(List<Upload> samples, int runs, Path blobs) {
    System.out.printf(
        Locale.ROOT,
        "SAMPLES: %d runs per file, one thread; both blobs deleted after each run, so every run"
            + " writes new blobs (no dedup)%n",
        runs);
    String format = "%-46s %9s %9s %-11s %9s %9s %9s %9s %9s%n";
    System.out.printf(
        Locale.ROOT,
        format,
        "file",
        "bytes",
        "chars",
        "type",
        "total p50",
        "total p95",
        "extr p50",
        "extr p95",
        "store p50");
    BlobStore store = new BlobStore(blobs, Clock.systemUTC());
    for (Upload upload : samples) {
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Result result = run(store, upload);
        if (result.refusal() != null) {
          throw new IllegalStateException("Sample refused: " + result.refusal());
        }
        results.add(result);
        forget(store, result.blob());
        forget(store, result.textBlob());
      }
      long[] total = results.stream().mapToLong(Result::totalNanos).toArray();
      long[] extract = results.stream().mapToLong(Result::extractNanos).toArray();
      long[] storing = results.stream().mapToLong(Result::storeNanos).toArray();
      Result first = results.get(0);
      System.out.printf(
          Locale.ROOT,
          "%-46s %9d %9d %-11s %9.1f %9.1f %9.1f %9.1f %9.1f%n",
          upload.name(),
          upload.bytes(),
          first.characters(),
          shortType(first.contentType()),
          millis(percentile(total, 50)),
          millis(percentile(total, 95)),
          millis(percentile(extract, 50)),
          millis(percentile(extract, 95)),
          millis(percentile(storing, 50)));
    }
    System.out.println(
        "times in ms: total = the whole pipeline, extr = TextExtractor.extract alone,"
            + " store = the two BlobStore.store calls (original and text) together.");
    System.out.println();
  }

  private void corpus(List<Upload> uploads, int[] threadCounts, Path blobs) throws Exception {
    long txtBytes = bytes(uploads, "txt");
    long htmlBytes = bytes(uploads, "html");
    long[] sizes = uploads.stream().mapToLong(Upload::bytes).toArray();
    System.out.printf(
        Locale.ROOT,
        "CORPUS: %d uploads = %d documents as .txt (%.1f MB) + %d of them also as .html (%.1f MB);"
            + " file size p50 %.1f KB, p95 %.1f KB, max %.1f KB%n",
        uploads.size(),
        count(uploads, "txt"),
        txtBytes / MB,
        count(uploads, "html"),
        htmlBytes / MB,
        percentile(sizes, 50) / 1000.0,
        percentile(sizes, 95) / 1000.0,
        Arrays.stream(sizes).max().orElse(0) / 1000.0);
    String format = "%-7s %-5s %6s %8s %8s %8s %8s %8s %8s %9s %9s %11s %5s %4s%n";
    System.out.printf(
        Locale.ROOT,
        format,
        "threads",
        "kind",
        "n",
        "total s",
        "docs/s",
        "MB/s",
        "p50 ms",
        "p95 ms",
        "max ms",
        "extr p50",
        "store p50",
        "chars",
        "trunc",
        "ref");
    for (int threads : threadCounts) {
      System.gc();
      BlobStore store = new BlobStore(blobs.resolve(threads + "-threads"), Clock.systemUTC());
      Result[] results = new Result[uploads.size()];
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long started = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < uploads.size();
                      i = next.getAndIncrement()) {
                    results[i] = run(store, uploads.get(i));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      long wall = System.nanoTime() - started;
      pool.shutdown();
      List<Result> all = Arrays.asList(results);
      for (String kind : List.of("txt", "html", "all")) {
        List<Result> rows =
            all.stream().filter(r -> kind.equals("all") || r.upload().kind().equals(kind)).toList();
        if (rows.isEmpty()) {
          continue;
        }
        boolean total = kind.equals("all");
        printCorpusRow(format, threads, kind, rows, total ? wall : -1);
      }
      Set<String> distinct = new HashSet<>();
      all.stream().filter(r -> r.blob() != null).forEach(r -> distinct.add(r.blob()));
      List<Result> refused = all.stream().filter(r -> r.refusal() != null).toList();
      System.out.printf(
          Locale.ROOT,
          "        %d distinct original blobs for %d uploads%s%n",
          distinct.size(),
          all.size(),
          refused.isEmpty() ? "" : "; refused: " + refused.get(0).refusal());
    }
    System.out.println(
        "        total s, docs/s and MB/s (10^6 bytes of uploaded files per second) only for 'all'"
            + " (wall clock of the batch); p50/p95/max/extr/store are ms per upload, refused ones"
            + " left out; chars = extracted characters; trunc = cut at max text; ref = refused.");
    System.out.println();
  }

  private static void printCorpusRow(
      String format, int threads, String kind, List<Result> rows, long wallNanos) {
    List<Result> ok = rows.stream().filter(r -> r.refusal() == null).toList();
    long[] total = ok.stream().mapToLong(Result::totalNanos).toArray();
    long[] extract = ok.stream().mapToLong(Result::extractNanos).toArray();
    long[] store = ok.stream().mapToLong(Result::storeNanos).toArray();
    long chars = ok.stream().mapToLong(Result::characters).sum();
    long bytes = rows.stream().mapToLong(r -> r.upload().bytes()).sum();
    long truncated = ok.stream().filter(Result::truncated).count();
    double wall = seconds(wallNanos);
    System.out.printf(
        Locale.ROOT,
        format,
        threads,
        kind,
        rows.size(),
        wallNanos < 0 ? "" : String.format(Locale.ROOT, "%.2f", wall),
        wallNanos < 0 ? "" : String.format(Locale.ROOT, "%.1f", rows.size() / wall),
        wallNanos < 0 ? "" : String.format(Locale.ROOT, "%.2f", bytes / MB / wall),
        String.format(Locale.ROOT, "%.1f", millis(percentile(total, 50))),
        String.format(Locale.ROOT, "%.1f", millis(percentile(total, 95))),
        String.format(Locale.ROOT, "%.1f", millis(Arrays.stream(total).max().orElse(0))),
        String.format(Locale.ROOT, "%.1f", millis(percentile(extract, 50))),
        String.format(Locale.ROOT, "%.1f", millis(percentile(store, 50))),
        chars,
        truncated,
        rows.size() - ok.size());
  }

  /** One upload, exactly as {@code Documents.store} does it. */
  private Result run(BlobStore blobs, Upload upload) {
    String name = FileNames.safeFileName(upload.name());
    long t0 = System.nanoTime();
    StoredBlob original;
    try (InputStream content = Files.newInputStream(upload.file())) {
      original = blobs.store(content, MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t1 = System.nanoTime();
    Extraction extraction;
    try {
      extraction = extractor.extract(blobs.path(original.id()), name, upload.declaredType());
    } catch (RuntimeException refused) {
      return new Result(
          upload,
          System.nanoTime() - t0,
          System.nanoTime() - t1,
          t1 - t0,
          0,
          false,
          null,
          original.id().sha256(),
          null,
          refused.getClass().getSimpleName() + ": " + refused.getMessage());
    }
    long t2 = System.nanoTime();
    StoredBlob text =
        blobs.store(
            new ByteArrayInputStream(extraction.text().getBytes(StandardCharsets.UTF_8)),
            Long.MAX_VALUE);
    long t3 = System.nanoTime();
    return new Result(
        upload,
        t3 - t0,
        t2 - t1,
        (t1 - t0) + (t3 - t2),
        extraction.characters(),
        extraction.truncated(),
        extraction.contentType(),
        original.id().sha256(),
        text.id().sha256(),
        null);
  }

  /** Deletes a blob outside the timed part, so that the next run of the same file stores anew. */
  private static void forget(BlobStore store, String blob) {
    try {
      Files.deleteIfExists(store.path(new BlobId(blob)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- reporting ---

  private static String setting(String key, String fallback) {
    String value = System.getProperty(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static long bytes(List<Upload> uploads, String kind) {
    return uploads.stream().filter(u -> u.kind().equals(kind)).mapToLong(Upload::bytes).sum();
  }

  private static long count(List<Upload> uploads, String kind) {
    return uploads.stream().filter(u -> u.kind().equals(kind)).count();
  }

  private static String shortType(String type) {
    return type == null ? "-" : type.replace("text/", "");
  }

  /** Nearest-rank percentile (p50 of an even count is the lower middle). */
  static long percentile(long[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static double seconds(long nanos) {
    return nanos / 1_000_000_000.0;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  System.err.println("Could not delete " + p + ": " + e.getMessage());
                }
              });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("Could not delete " + dir + ": " + e.getMessage());
    }
  }
}
