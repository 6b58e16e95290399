package nl.leerkring.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a mail to the SMTP server of {@code portal.mail.smtp.host}, or, when none is configured
 * (the embedded default), writes it as an {@code .eml} file to {@code portal.mail.outbox-dir}
 * (default {@code <portal.data-dir>/outbox}), where a newcomer can open what would have been sent.
 * The session is built here from MicroProfile Config: Payara Micro's web profile has none to look
 * up.
 *
 * <p>NOTE: thread-safe; holds only configuration.
 */
@ApplicationScoped
public class Postman {

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "Leerkring <noreply@leerkring.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "portal.mail.outbox-dir")
  Optional<String> outboxDir;

  @Inject
  @ConfigProperty(name = "portal.data-dir", defaultValue = "./data")
  String dataDir;

  /**
   * Sends one mail.
   *
   * @param unsubscribe the one-click unsubscribe address (RFC 8058), or {@code null} for mail about
   *     the account itself
   * @throws MessagingException when the server refuses it or cannot be reached; the caller retries
   */
  public void deliver(Letter letter, String messageId, String unsubscribe)
      throws MessagingException {
    Session session = session();
    MimeMessage message = compose(session, letter, messageId, unsubscribe);
    if (smtpHost().isPresent()) {
      Transport.send(message);
    } else {
      writeToOutbox(message, messageId);
    }
  }

  /** The outbox directory, used when no SMTP host is configured. */
  public Path outbox() {
    return Path.of(
        outboxDir.filter(s -> !s.isBlank()).orElse(Path.of(dataDir, "outbox").toString()));
  }

  static MimeMessage compose(Session session, Letter letter, String messageId, String unsubscribe)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            // A stable id per queued mail: a receiver that gets a retry can tell it is the same.
            setHeader("Message-ID", "<" + messageId + "@leerkring>");
          }
        };
    message.setFrom(session.getProperty("mail.from"));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
    message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("Content-Language", letter.language());
    message.setHeader("Auto-Submitted", "auto-generated");
    if (unsubscribe != null) {
      // RFC 8058: a mail client may unsubscribe with one POST, without opening any page.
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    message.setText(letter.body(), StandardCharsets.UTF_8.name());
    message.saveChanges();
    return message;
  }

  Session session() {
    Properties p = new Properties();
    p.put("mail.from", from);
    smtpHost()
        .ifPresent(
            h -> {
              p.put("mail.smtp.host", h);
              p.put("mail.smtp.port", String.valueOf(port));
              p.put("mail.smtp.connectiontimeout", "10000");
              p.put("mail.smtp.timeout", "20000");
              p.put("mail.smtp.writetimeout", "20000");
              p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
              p.put("mail.smtp.starttls.required", String.valueOf(starttls));
            });
    if (username.isPresent() && password.isPresent()) {
      p.put("mail.smtp.auth", "true");
      return Session.getInstance(
          p,
          new jakarta.mail.Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
              return new jakarta.mail.PasswordAuthentication(username.get(), password.get());
            }
          });
    }
    return Session.getInstance(p);
  }

  private Optional<String> smtpHost() {
    return host.filter(h -> !h.isBlank());
  }

  /** Written under a temporary name and renamed, so a reader never sees half a mail. */
  private void writeToOutbox(MimeMessage message, String messageId) throws MessagingException {
    try {
      Path dir = Files.createDirectories(outbox());
      Path tmp = dir.resolve(messageId + ".eml.tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        message.writeTo(out);
      }
      Files.move(
          tmp,
          dir.resolve(messageId + ".eml"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new MessagingException("Cannot write to the outbox " + outbox(), e);
    }
  }
}
