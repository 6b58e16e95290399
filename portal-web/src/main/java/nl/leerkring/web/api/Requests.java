package nl.leerkring.web.api;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.tenants.TenantsException;

/** The JSON bodies the API accepts. */
public final class Requests {

  private Requests() {}

  public record Token(String username, String password) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  public record NewTenant(String slug, String name, String cbsCode) {}

  public record NewCircle(
      String slug,
      String name,
      String programmeLine,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<String> members) {}

  public record NewAccount(
      String username,
      String password,
      String displayName,
      String tenant,
      List<String> roles,
      List<String> coordinatorOf,
      List<String> facilitatorOf,
      List<String> researcherOf) {}

  public record PublicationRequest(String scope, String circle, List<String> excludeAnnexes) {}

  public record Reason(String reason) {}

  public record StatementRequest(String circle) {}

  public record CommentRequest(String body) {}

  public record NewTerm(String kind, String label) {}

  /** An absent body is a client error, not a NullPointerException. */
  static <T> T required(T body) {
    if (body == null) {
      throw TenantsException.invalid("A JSON body is required.");
    }
    return body;
  }
}
