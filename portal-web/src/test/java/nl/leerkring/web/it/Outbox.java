package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portal's outbox as the integration tests see it: with no SMTP host configured, every mail is
 * an {@code .eml} file under {@code <it.data.dir>/outbox}, written by the mail job (every 10 s).
 */
final class Outbox {

  private static final Path DIR =
      Path.of(System.getProperty("it.data.dir", "target/it-data"), "outbox");

  private Outbox() {}

  /** Every mail to the address so far. */
  static List<MimeMessage> to(String address) {
    return byRecipient().getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every mail so far, under each of its recipients' addresses (in lower case). */
  static Map<String, List<MimeMessage>> byRecipient() {
    Map<String, List<MimeMessage>> out = new HashMap<>();
    if (!Files.isDirectory(DIR)) {
      return out;
    }
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
        MimeMessage m = read(f);
        for (Address a : m.getAllRecipients()) {
          out.computeIfAbsent(a.toString().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(m);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Waits (up to 40 s) for a mail to the address whose text matches, and returns its text. */
  static String await(String address, Predicate<String> matching) {
    long until = System.nanoTime() + 40_000_000_000L;
    while (System.nanoTime() < until) {
      for (MimeMessage m : to(address)) {
        String text = text(m);
        if (matching.test(text)) {
          return text;
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    fail("no mail to " + address + " in the outbox " + DIR);
    return null;
  }

  /** The first group of the pattern in the text, or a failure. */
  static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      fail("no " + regex + " in: " + text);
    }
    return m.group(1);
  }

  static String text(MimeMessage m) {
    try {
      return m.getSubject() + "\n" + m.getContent();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage read(Path f) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(f)) {
      return new MimeMessage(null, in);
    }
  }
}
