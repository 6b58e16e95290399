package nl.leerkring.portal.documents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.AcceptedTypes.Format;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.xml.sax.SAXException;

/**
 * Reads the text of an uploaded document with Apache Tika, for search, and refuses what the portal
 * does not accept: an empty or too large file, a type outside {@link AcceptedTypes}, a file whose
 * declared type contradicts its content, a password-protected, damaged or hostile one (a zip bomb,
 * documents nested in documents), and one that takes too long to read. Every refusal is a {@link
 * PortalException} whose message names the file and can be shown to the person who uploaded it.
 *
 * <p>Why the type is detected from the content: the declared type and the extension are whatever
 * the client says. The name only refines what the content leaves open (a {@code .md} file is plain
 * text by content). A declared type is still compared, because a file that claims to be a PDF but
 * is an HTML page is either a mistake or a polyglot meant to be opened as the other thing.
 *
 * <p>Why a thread of its own: Tika has no timeout, and a hostile or merely unlucky file can keep a
 * parser busy for minutes. The parse runs on a daemon thread and the caller waits at most {@code
 * portal.documents.parse-timeout-seconds}. NOTE: Tika's parsers do not check for interruption, so a
 * parse that timed out may go on in the background until it ends; because at most {@link
 * #PARALLEL_PARSES} parses run at once, such stragglers cannot pile up, and a caller that finds all
 * of them busy for the whole timeout gets {@code THROTTLED}.
 *
 * <p>Hostile files. Tika's own protections stay on and are set explicitly: its secure content
 * handler refuses output more than {@value #MAX_COMPRESSION_RATIO} times the input once past
 * {@value #OUTPUT_THRESHOLD} characters, XML nesting beyond {@value #MAX_XML_DEPTH} levels and
 * package entries nested beyond {@value #MAX_PACKAGE_ENTRY_DEPTH}. That handler only sees text as
 * it comes out, however, and Tika switches off Apache POI's own zip bomb check, while POI reads
 * some parts of a Word file whole into memory, even to detect its type. So every zip (a DOCX, an
 * ODT, any zip embedded in a document) is first unpacked once without keeping anything, and refused
 * when an entry inflates more than {@value #MAX_COMPRESSION_RATIO} times beyond the first MB, when
 * a part that parsers read whole exceeds 16 MB, when it holds more than {@value
 * ZipScan#MAX_ZIP_ENTRIES} entries, or when one parse would unpack more than 512 MB in all; Word
 * and PowerPoint text is then read with Tika's streaming (SAX) extractors. Embedded documents (a
 * spreadsheet in a Word file, an attachment in a PDF) are read too, at most {@value
 * #MAX_EMBEDDED_DOCUMENTS} of them and at most {@value #MAX_EMBEDDED_DEPTH} levels deep; images,
 * sound and video are skipped, and OCR is off.
 *
 * <p>NOTE: thread-safe; one instance serves all callers. It touches no database: call it before the
 * transaction that stores the document, since reading can take seconds. The caller owns the file
 * and may delete it afterwards, except after a timeout, when a straggling parse may still read it
 * (harmless on Linux, a locked file on Windows).
 */
@ApplicationScoped
public class TextExtractor {

  /** The largest file accepted, in bytes. */
  public static final String MAX_FILE_SIZE = "portal.documents.max-file-size";

  /** The most characters of text kept per document; the rest is cut off. */
  public static final String MAX_TEXT_CHARS = "portal.documents.max-text-chars";

  /** How long one document may take to read. */
  public static final String PARSE_TIMEOUT_SECONDS = "portal.documents.parse-timeout-seconds";

  public static final long DEFAULT_MAX_FILE_SIZE = 50L * 1024 * 1024;
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
  public static final long DEFAULT_PARSE_TIMEOUT_SECONDS = 60;

  static final long OUTPUT_THRESHOLD = 1_000_000;
  static final long MAX_COMPRESSION_RATIO = 100;
  static final int MAX_XML_DEPTH = 100;
  static final int MAX_PACKAGE_ENTRY_DEPTH = 10;
  static final int MAX_EMBEDDED_DOCUMENTS = 200;
  static final int MAX_EMBEDDED_DEPTH = 4;

  /** How many parses may run at once, stragglers included. */
  public static final int PARALLEL_PARSES = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

  private static final String NOT_DECLARED = "application/octet-stream";
  private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";
  private static final int MAX_METADATA_CHARS = 500;

  private static final Pattern LINE_END =
      Pattern.compile("\\r\\n?|[\\u000B\\u000C\\u0085\\u2028\\u2029]");
  private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F]");
  private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+(?=\\n)");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private int maxChars;
  private Duration timeout;
  private long maxBytes;
  private AutoDetectParser parser;
  private MediaTypeRegistry registry;
  private ExecutorService executor;
  private Semaphore parses;

  @Inject MetricRegistry metrics;

  /** For CDI; the limits are read from MicroProfile Config once the bean is created. */
  public TextExtractor() {}

  /** With the given limits, for tests without a container; {@link #close()} when done. */
  TextExtractor(int maxChars, Duration timeout, long maxBytes) {
    configure(maxChars, timeout, maxBytes);
  }

  /**
   * An extractor with the portal's default limits, for use outside the container (the upload
   * benchmark reads files exactly as the portal does); {@link #close()} it when done.
   */
  public static TextExtractor withDefaultLimits() {
    return new TextExtractor(
        DEFAULT_MAX_TEXT_CHARS,
        Duration.ofSeconds(DEFAULT_PARSE_TIMEOUT_SECONDS),
        DEFAULT_MAX_FILE_SIZE);
  }

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(TextExtractor.class.getClassLoader());
    configure(
        config.getOptionalValue(MAX_TEXT_CHARS, Integer.class).orElse(DEFAULT_MAX_TEXT_CHARS),
        Duration.ofSeconds(
            config
                .getOptionalValue(PARSE_TIMEOUT_SECONDS, Long.class)
                .orElse(DEFAULT_PARSE_TIMEOUT_SECONDS)),
        config.getOptionalValue(MAX_FILE_SIZE, Long.class).orElse(DEFAULT_MAX_FILE_SIZE));
    if (metrics != null) {
      // Uploads whose file waits for one of the parallel parses: the background queue of uploads.
      metrics.gauge("leerkring.extraction.waiting", parses, Semaphore::getQueueLength);
    }
  }

  private void configure(int maxChars, Duration timeout, long maxBytes) {
    if (maxChars < 1) {
      throw new IllegalArgumentException(MAX_TEXT_CHARS + " must be positive, not " + maxChars);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(PARSE_TIMEOUT_SECONDS + " must be positive: " + timeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException(MAX_FILE_SIZE + " must be positive, not " + maxBytes);
    }
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    TikaConfig tika = Tika.CONFIG;
    this.registry = tika.getMediaTypeRegistry();
    AutoDetectParserConfig limits = new AutoDetectParserConfig();
    limits.setOutputThreshold(OUTPUT_THRESHOLD);
    limits.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
    limits.setMaximumDepth(MAX_XML_DEPTH);
    limits.setMaximumPackageEntryDepth(MAX_PACKAGE_ENTRY_DEPTH);
    limits.setThrowOnZeroBytes(true);
    this.parser = new AutoDetectParser(tika);
    this.parser.setAutoDetectParserConfig(limits);
    this.parses = new Semaphore(PARALLEL_PARSES);
    this.executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new ParseThreads(TextExtractor.class.getClassLoader()));
  }

  /** Stops the parse threads; one that is busy gets an interrupt and ends when Tika notices. */
  @PreDestroy
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /**
   * Reads the text of a document, or refuses it with a {@link PortalException}: {@code INVALID}
   * when it is empty, protected with a password, damaged, hostile or too slow to read; {@code
   * TOO_LARGE} above {@code portal.documents.max-file-size}; {@code UNSUPPORTED_TYPE} when it is
   * not one of {@link AcceptedTypes#NAMES} or not what {@code declaredContentType} says; {@code
   * THROTTLED} when {@link #PARALLEL_PARSES} other parses kept running for the whole timeout. Text
   * beyond {@code portal.documents.max-text-chars} is cut off, which is not an error.
   *
   * @param file the uploaded bytes; read, never changed or deleted
   * @param fileName the name the client gave; only its {@link FileNames#safeFileName safe form} is
   *     used, to refine detection and in messages
   * @param declaredContentType the type the client gave, or null; blank and {@code
   *     application/octet-stream} count as not given
   */
  public Extraction extract(Path file, String fileName, String declaredContentType) {
    try {
      return extractNow(file, fileName, declaredContentType);
    } catch (PortalException refused) {
      if (metrics != null) {
        metrics.counter("leerkring.extraction.failures").inc();
      }
      throw refused;
    }
  }

  private Extraction extractNow(Path file, String fileName, String declaredContentType) {
    Objects.requireNonNull(file, "The file to read is required.");
    long started = System.nanoTime();
    String name = FileNames.safeFileName(fileName);
    long size = sizeOf(file);
    if (size == 0) {
      throw PortalException.invalidField("file", DocumentCode.FILE_EMPTY, name);
    }
    if (size > maxBytes) {
      throw new PortalException(
          Kind.TOO_LARGE,
          List.of(Refusal.onField("file", DocumentCode.FILE_TOO_LARGE, name, size, maxBytes)));
    }
    Future<Extraction> reading = submit(() -> read(file, name, declaredContentType, started), name);
    try {
      return reading.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      LOG.info(() -> "Gave up reading " + name + " after " + describe(timeout) + ".");
      throw PortalException.invalidField(
          "file",
          DocumentCode.READING_TOO_SLOW,
          name,
          BigDecimal.valueOf(Math.max(timeout.toMillis(), 1), 3).stripTrailingZeros());
    } catch (InterruptedException e) {
      reading.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading " + name + ".", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PortalException refusal) {
        throw refusal;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Reading " + name + " failed.", cause);
    }
  }

  private Future<Extraction> submit(Callable<Extraction> task, String name) {
    try {
      if (!parses.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new PortalException(Kind.THROTTLED, DocumentCode.EXTRACTOR_BUSY, name);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to read " + name + ".", e);
    }
    try {
      return executor.submit(
          () -> {
            try {
              return task.call();
            } finally {
              parses.release();
            }
          });
    } catch (RejectedExecutionException e) {
      parses.release();
      throw new IllegalStateException("The text extractor has been stopped.", e);
    }
  }

  /** Runs on a parse thread: checks zips, detects the type, checks it and parses. */
  private Extraction read(Path file, String name, String declaredContentType, long started) {
    ZipScan zipScan = new ZipScan();
    if (ZipScan.startsWithZipHeader(file)) {
      // Before detection: Tika's zip container detection already reads parts whole.
      Optional<ZipScan.Verdict> verdict;
      try {
        verdict = zipScan.check(file);
      } catch (ZipException e) {
        LOG.log(Level.FINE, "Refused " + name + ": not a readable zip", e);
        throw Refusals.damaged(name, Refusals.formatByName(name).map(Format::label).orElse("ZIP"));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
      if (verdict.isPresent()) {
        throw verdict.get().refusal(name);
      }
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    MediaType detected;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      detected = registry.normalize(parser.getDetector().detect(in, metadata).getBaseType());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    detected = plainTextWhenSaidSo(detected, name, declaredContentType);
    Format format = accept(detected, name, declaredContentType);

    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    LimitedEmbeddedExtractor embedded = new LimitedEmbeddedExtractor(context, name, zipScan);
    context.set(EmbeddedDocumentExtractor.class, embedded);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);

    BodyContentHandler handler = new BodyContentHandler(maxChars);
    boolean truncated = false;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, metadata, context);
    } catch (IOException | SAXException | org.apache.tika.exception.TikaException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else {
        embedded.throwIfRefused();
        throw Refusals.forThrown(e, name, format);
      }
    } catch (RuntimeException e) {
      embedded.throwIfRefused();
      throw Refusals.forThrown(e, name, format);
    } catch (StackOverflowError e) {
      LOG.log(Level.FINE, "Stack overflow reading " + name, e);
      throw Refusals.nestedTooDeeply(name);
    }
    embedded.throwIfRefused();

    String text = tidy(handler.toString());
    if (text.length() > maxChars) {
      text = text.substring(0, maxChars);
      truncated = true;
    }
    return new Extraction(
        detected.toString(),
        text,
        truncated,
        text.length(),
        metadataText(metadata, TikaCoreProperties.TITLE.getName()),
        metadataText(metadata, TikaCoreProperties.CREATOR.getName()),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /**
   * Tika's magic takes a text whose first word is {@code Article}, {@code Path:} or {@code Xref:}
   * for a news message ({@code message/news}), and mail headers for a mail: types the portal does
   * not read. A file that says it is plain text (declared {@code text/plain} or named {@code
   * .txt}), detected as a kind of text the registry places under {@code text/plain}, is read as
   * plain text.
   */
  private MediaType plainTextWhenSaidSo(MediaType detected, String name, String declared) {
    if (AcceptedTypes.formatOf(detected.toString()).isPresent()) {
      return detected;
    }
    boolean saysText =
        name.toLowerCase(Locale.ROOT).endsWith(".txt")
            || declared(declared).map(MediaType.TEXT_PLAIN::equals).orElse(false);
    return saysText && registry.isSpecializationOf(detected, MediaType.TEXT_PLAIN)
        ? MediaType.TEXT_PLAIN
        : detected;
  }

  /** The accepted format of the detected type, if the declared type does not contradict it. */
  private Format accept(MediaType detected, String name, String declaredContentType) {
    String type = detected.toString();
    if (PROTECTED_OOXML.equals(type)) {
      throw Refusals.passwordProtected(name);
    }
    Format format =
        AcceptedTypes.formatOf(type)
            .orElseThrow(
                () ->
                    new PortalException(
                        Kind.UNSUPPORTED_TYPE,
                        List.of(Refusal.onField("file", DocumentCode.TYPE_NOT_READ, name, type))));
    Optional<MediaType> declared = declared(declaredContentType);
    if (declared.isPresent() && !agrees(declared.get(), format)) {
      Optional<Format> claimed = AcceptedTypes.formatOf(declared.get().toString());
      throw new PortalException(
          Kind.UNSUPPORTED_TYPE,
          List.of(
              Refusal.onField(
                  "file",
                  DocumentCode.TYPE_CONTRADICTED,
                  name,
                  claimed.map(Format::label).orElse(declared.get().toString()),
                  format.label())));
    }
    return format;
  }

  private Optional<MediaType> declared(String declaredContentType) {
    if (declaredContentType == null || declaredContentType.isBlank()) {
      return Optional.empty();
    }
    MediaType parsed = MediaType.parse(declaredContentType.strip().toLowerCase(Locale.ROOT));
    if (parsed == null) {
      return Optional.empty();
    }
    MediaType base = registry.normalize(parsed.getBaseType());
    String type = base.toString();
    if (type.equals(NOT_DECLARED)
        || type.equals("binary/octet-stream")
        || type.equals("application/unknown")
        || type.equals("application/x-unknown")
        || type.equals("application/force-download")
        || type.equals("application/x-download")) {
      return Optional.empty();
    }
    return Optional.of(base);
  }

  /**
   * Whether a declared type fits the detected format. Beyond an exact match this allows what
   * browsers and operating systems are known to send: any {@code text/*} for a text file, Markdown
   * or HTML; {@code application/msword} for RTF (Windows with Word installed); {@code
   * application/zip} for the zip-based DOCX and ODT.
   */
  private static boolean agrees(MediaType declared, Format detected) {
    String type = declared.toString();
    Optional<Format> claimed = AcceptedTypes.formatOf(type);
    if (claimed.isPresent() && claimed.get() == detected) {
      return true;
    }
    if (detected.isText()) {
      return claimed.map(Format::isText).orElse(declared.getType().equals("text"));
    }
    if (detected == Format.RTF) {
      return claimed.isPresent() && claimed.get() == Format.DOC;
    }
    if (detected == Format.DOCX || detected == Format.ODT) {
      return type.equals("application/zip") || type.equals("application/x-zip-compressed");
    }
    return false;
  }

  /**
   * Light tidying that keeps the text recognisable: one kind of line end, no control characters
   * (PostgreSQL refuses NUL in text), no blanks at line ends, at most one empty line in a row, no
   * blank start or end.
   */
  static String tidy(String raw) {
    String text = LINE_END.matcher(raw).replaceAll("\n");
    text = CONTROL.matcher(text).replaceAll("");
    text = TRAILING_BLANKS.matcher(text).replaceAll("");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  private static String metadataText(Metadata metadata, String key) {
    for (String value : metadata.getValues(key)) {
      String v = CONTROL.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
      if (!v.isEmpty()) {
        return v.length() > MAX_METADATA_CHARS ? v.substring(0, MAX_METADATA_CHARS).strip() : v;
      }
    }
    return null;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the size of " + file, e);
    }
  }

  /** A size as the portal's messages state it: {@code 812 bytes}, {@code 40 KB}, {@code 2.5 MB}. */
  public static String describeSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : Math.max(millis, 1) + " ms";
  }

  /** The default Tika configuration, built once: loading all parsers takes a while. */
  private static final class Tika {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
  }

  /** Daemon threads that see the application's classes, like the thread that created them. */
  private static final class ParseThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();
    private final ClassLoader classLoader;

    ParseThreads(ClassLoader classLoader) {
      this.classLoader = classLoader;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "text-extractor-" + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setContextClassLoader(classLoader);
      return thread;
    }
  }
}
