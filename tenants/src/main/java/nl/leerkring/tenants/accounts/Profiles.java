package nl.leerkring.tenants.accounts;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's own name, e-mail address and language. A new address takes effect only when the link
 * mailed to it is opened (valid {@code portal.email-confirmation.hours}, default 48): until then
 * the portal keeps writing to the old one, and nobody can point the portal's mail at an inbox that
 * is not theirs.
 */
@Stateless
public class Profiles {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  @Inject Event<AccountLetter> letters;

  @Inject
  @ConfigProperty(name = "portal.email-confirmation.hours", defaultValue = "48")
  int confirmationHours;

  Clock clock = Clock.systemUTC();

  /** The signed-in person's own account. */
  public Profile mine(Viewer viewer) {
    return view(own(viewer));
  }

  /**
   * Changes the person's name and language at once and asks for a new address by mail. Every wrong
   * field is reported together and nothing changes then.
   */
  public Profile change(Viewer viewer, ProfileChange change) {
    Account account = own(viewer);
    List<Refusal> wrong = new ArrayList<>();
    if (change.displayName() != null && !Account.isDisplayName(change.displayName())) {
      wrong.add(Refusal.onField("displayName", AccountCode.DISPLAY_NAME_REQUIRED));
    }
    String language = change.language() == null ? null : refused(wrong, change.language());
    String email = null;
    if (change.email() != null) {
      try {
        email = Account.optionalEmail(change.email());
      } catch (TenantsException e) {
        wrong.addAll(e.refusals());
      }
    }
    if (!wrong.isEmpty()) {
      throw TenantsException.invalid(wrong);
    }
    String before = account.displayName() + " " + account.language();
    if (change.displayName() != null) {
      account.rename(change.displayName());
    }
    if (language != null) {
      account.speak(language);
    }
    if (change.email() != null && !Objects.equals(email, account.email())) {
      endOpenConfirmations(account, clock.instant());
      if (email == null) {
        account.confirmEmail(null);
      } else {
        requestConfirmation(account, email);
      }
    }
    audit.record(
        viewer,
        account.homeTenant(),
        "account.profile-changed",
        "account:" + account.id(),
        before + " -> " + account.displayName() + " " + account.language());
    return view(account);
  }

  /**
   * Opens an e-mail confirmation link: the address it was mailed to becomes the account's. Anyone
   * holding the link may: reading the mailbox is the proof.
   *
   * @return the confirmed address
   * @throws TenantsException {@code INVALID} for an unknown, used or expired link (one answer)
   */
  public String confirmEmail(String token) {
    String hash = OneTimeToken.hashOf(token);
    Instant now = clock.instant();
    EmailConfirmation c =
        hash == null
            ? null
            : em.createNamedQuery(EmailConfirmation.BY_HASH, EmailConfirmation.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .orElse(null);
    Account account = c == null ? null : em.find(Account.class, c.accountId());
    if (c == null || !c.isUsable(now) || account == null || !account.isActive()) {
      throw TenantsException.invalid(AccountCode.EMAIL_LINK_INVALID);
    }
    account.confirmEmail(c.email());
    c.end(now);
    audit.record(
        Viewer.system(),
        account.homeTenant(),
        "account.email-confirmed",
        "account:" + account.id(),
        account.username() + " " + c.email());
    return c.email();
  }

  private void requestConfirmation(Account account, String email) {
    OneTimeToken token = OneTimeToken.create();
    EmailConfirmation c =
        new EmailConfirmation(
            account, email, token, clock.instant(), Duration.ofHours(confirmationHours));
    em.persist(c);
    letters.fire(
        new AccountLetter(
            AccountLetter.Kind.EMAIL_CONFIRMATION,
            account.id(),
            email,
            account.language(),
            account.displayName(),
            token.token(),
            c.expiresAt()));
  }

  private void endOpenConfirmations(Account account, Instant now) {
    open(account).forEach(c -> c.end(now));
  }

  private List<EmailConfirmation> open(Account account) {
    return em.createNamedQuery(EmailConfirmation.OPEN_OF_ACCOUNT, EmailConfirmation.class)
        .setParameter("account", account.id())
        .getResultList();
  }

  private Profile view(Account account) {
    Instant now = clock.instant();
    String pending =
        open(account).stream()
            .filter(c -> c.isUsable(now))
            .map(EmailConfirmation::email)
            .findFirst()
            .orElse(null);
    return new Profile(
        account.username(), account.displayName(), account.email(), pending, account.language());
  }

  private static String refused(List<Refusal> wrong, String language) {
    try {
      return Account.requireLanguage(language);
    } catch (TenantsException e) {
      wrong.addAll(e.refusals());
      return null;
    }
  }

  private Account own(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, AccountCode.SIGN_IN_FIRST);
    }
    Account account = em.find(Account.class, viewer.accountId());
    if (account == null || !account.isActive()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, AccountCode.ACCOUNT_ENDED);
    }
    return account;
  }
}
