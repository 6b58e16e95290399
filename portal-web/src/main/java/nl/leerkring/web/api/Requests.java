package nl.leerkring.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.DocumentMetadata;
import nl.leerkring.portal.koffer.UseDraft;

/** The JSON bodies the API accepts. */
public final class Requests {

  /** {@code filename="…"}, not {@code filename*=}: the quoted value up to the next quote. */
  private static final Pattern QUOTED_FILE_NAME =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"([^\"]*)\"");

  private Requests() {}

  /**
   * The {@code filename} parameter of a part's {@code Content-Disposition} header, read literally
   * and then {@linkplain #fileName(String) repaired}. Browsers (HTML's multipart/form-data
   * encoding, RFC 7578 section 4.2) percent-encode a quote in a file name and escape nothing else,
   * so a backslash in it is a path separator. The runtime's header parser takes it for an escape
   * and turns {@code ..\x.txt} into {@code ..x.txt}, hiding the climb that the upload rules refuse,
   * and {@code C:\Users\x\nota.pdf} into {@code C:Usersxnota.pdf}. Without a quoted {@code
   * filename} the runtime's own reading ({@code parsed}) is used.
   */
  static String fileName(String contentDisposition, String parsed) {
    Matcher quoted =
        contentDisposition == null ? null : QUOTED_FILE_NAME.matcher(contentDisposition);
    return fileName(quoted != null && quoted.find() ? quoted.group(1) : parsed);
  }

  /**
   * The file name of a multipart part as the client meant it. Browsers send it as raw UTF-8 in the
   * part's header, and the runtime reads header bytes as ISO-8859-1, so {@code één – nota.pdf}
   * arrives as {@code Ã©Ã©n â€“ nota.pdf}. When every character fits in one byte and those bytes
   * are valid UTF-8, they are decoded as UTF-8; otherwise the name is kept as it came (ASCII, a
   * real ISO-8859-1 name, or one the runtime already decoded).
   */
  public static String fileName(String received) {
    if (received == null) {
      return null;
    }
    for (int i = 0; i < received.length(); i++) {
      if (received.charAt(i) > 0xFF) {
        return received;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(received.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return received;
    }
  }

  public record Token(String username, String password) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  /** A new password, set with the token of a one-time reset link. */
  public record PasswordReset(String token, String newPassword) {}

  public record NewTenant(String slug, String name, String cbsCode) {}

  public record NewCircle(
      String slug,
      String name,
      String programmeLine,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<String> members) {}

  /**
   * New roles for an account; {@code coordinatorOf} {@code null} leaves its circles as they are.
   */
  public record RoleChange(List<String> roles, List<String> coordinatorOf) {}

  public record NewAccount(
      String username,
      String password,
      String displayName,
      String tenant,
      List<String> roles,
      List<String> coordinatorOf,
      List<String> facilitatorOf,
      List<String> researcherOf,
      String email,
      String language) {}

  /** The signed-in person's own change; a field left out keeps its value (F8). */
  public record ProfileEdit(String displayName, String email, String language) {}

  /** The token of an e-mail confirmation link (F8). */
  public record EmailToken(String token) {}

  /**
   * A search to save (F8): a name, the query as typed and the search page's filters by parameter
   * ({@code type}, {@code gemeente}, {@code year}, {@code theme}, {@code wijk}, {@code circle}).
   */
  public record SavedSearchDraft(
      String name, String query, java.util.Map<String, String> filters) {}

  /** A gemeente's new name and CBS code; the slug stays. */
  public record TenantChange(String name, String cbsCode) {}

  /** A circle's new name and period; either end may be left open (null). */
  public record CircleChange(String name, LocalDate start, LocalDate end) {}

  /** The gemeente (slug) to add to a circle. */
  public record CircleMember(String tenant) {}

  /**
   * An edit of an account by a platform admin; a field left out keeps its value, an empty e-mail
   * address removes it. {@code active} false deactivates, true reactivates.
   */
  public record AccountEdit(
      String displayName,
      String email,
      List<String> roles,
      List<String> coordinatorOf,
      Boolean active) {}

  /**
   * An edit of a member by their gemeente's admin: as {@link AccountEdit}, with the job title;
   * roles beyond member and tenant-admin and {@code coordinatorOf} are the platform admins'.
   */
  public record MemberEdit(
      String displayName,
      String email,
      String jobTitle,
      List<String> roles,
      List<String> coordinatorOf,
      Boolean active) {}

  public record PublicationRequest(String scope, String circle, List<String> excludeAnnexes) {}

  public record Reason(String reason) {}

  public record StatementRequest(String circle) {}

  public record CommentRequest(String body) {}

  public record NewTerm(String kind, String label) {}

  /** Role names as the API writes them ({@code tenant-admin}), or null to keep the roles. */
  static java.util.Set<nl.leerkring.tenants.tenancy.Role> roles(List<String> names) {
    return names == null
        ? null
        : names.stream()
            .map(nl.leerkring.tenants.tenancy.Role::parse)
            .collect(java.util.stream.Collectors.toSet());
  }

  /** A document's new description with the {@code version} the editor read (GET's version). */
  public record DocumentChange(
      String title,
      String type,
      LocalDate date,
      String number,
      String programme,
      List<String> themes,
      List<String> tags,
      List<String> wijken,
      String summary,
      Long version) {

    DocumentMetadata metadata() {
      return new DocumentMetadata(
          title, type, date, number, programme, themes, tags, wijken, summary);
    }
  }

  /** A use's new account: the body of recording one, with the {@code version} the editor read. */
  public record UseChange(
      String wijk,
      String wijktype,
      LocalDate from,
      LocalDate until,
      String programmeAction,
      String whatHappened,
      String whatWorked,
      String whatToChange,
      Integer rating,
      List<String> documents,
      Long version) {

    UseDraft draft() {
      return new UseDraft(
          wijk,
          wijktype,
          from,
          until,
          programmeAction,
          whatHappened,
          whatWorked,
          whatToChange,
          rating,
          documents);
    }
  }

  /** An absent body is a client error, not a NullPointerException. */
  static <T> T required(T body) {
    if (body == null) {
      throw PortalException.invalid(CommonCode.BODY_REQUIRED);
    }
    return body;
  }
}
