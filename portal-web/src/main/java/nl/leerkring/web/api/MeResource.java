package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.publishing.Paging;
import nl.leerkring.portal.signals.Inbox;
import nl.leerkring.portal.signals.InboxItem;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.portal.signals.Signals;
import nl.leerkring.portal.signals.Todo;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Profile;
import nl.leerkring.tenants.accounts.ProfileChange;
import nl.leerkring.tenants.accounts.Profiles;
import nl.leerkring.tenants.accounts.SignedIn;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.ClientAddress;
import nl.leerkring.web.security.CurrentViewer;
import nl.leerkring.web.security.PortalAuthentication;
import nl.leerkring.web.security.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in person. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** One circle the person takes part in, and how. */
  public record CircleRef(String slug, String name, String role) {}

  /** Who is signed in, with tenant, circles and roles. */
  public record Me(
      String id,
      String username,
      String displayName,
      TenantView tenant,
      List<CircleRef> circles,
      List<String> roles,
      String email,
      String pendingEmail,
      String language) {}

  /** The address an e-mail confirmation link made the account's. */
  public record Confirmed(String email) {}

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @Inject Tokens tokens;

  @Inject Profiles profiles;

  @Inject Signals signals;

  @Inject NotificationSettings notificationSettings;

  @Inject ClientAddress clientAddress;

  @Inject PortalAuthentication authentication;

  @Context HttpServletRequest http;

  @GET
  @Operation(summary = "Who is signed in: member, tenant, circles and roles.")
  public Me me() {
    Viewer v = current.signedIn();
    Profile profile = profiles.mine(v);
    return new Me(
        v.accountId(),
        v.username(),
        profile.displayName(), // the account as it is now: the request's viewer may predate a PUT
        v.homeTenant().flatMap(tenants::byId).orElse(null),
        v.circles().stream()
            .map(g -> new CircleRef(g.slug(), g.name(), g.role().name().toLowerCase()))
            .toList(),
        v.roles().stream().map(Role::label).sorted().toList(),
        profile.email(),
        profile.pendingEmail(),
        profile.language());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the signed-in person's name, e-mail address and language.",
      description =
          "{displayName, email, language}; a field left out keeps its value. A new address is used"
              + " once the link mailed to it is opened (pendingEmail until then); an empty one"
              + " removes the address. language is nl or en, the language of the person's mail.")
  public Me change(Requests.ProfileEdit request) {
    Viewer viewer = current.signedIn(); // 401 before anything about the body
    Requests.ProfileEdit body = Requests.required(request);
    if (body.displayName() == null && body.email() == null && body.language() == null) {
      throw PortalException.invalid(CommonCode.BODY_REQUIRED); // names nothing it knows
    }
    profiles.change(viewer, new ProfileChange(body.displayName(), body.email(), body.language()));
    return me();
  }

  @POST
  @Path("email-confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm a new e-mail address with the token of the link mailed to it.",
      description =
          "Needs no sign-in: the link is the proof. An unknown, used or expired link: 400.")
  public Confirmed confirmEmail(Requests.EmailToken request) {
    return new Confirmed(profiles.confirmEmail(Requests.required(request).token()));
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the signed-in person's password.",
      description =
          "Ends every earlier token and session of the account, the token used for this request"
              + " too: the answer carries a fresh token. A session that made the change goes on.")
  public AuthResource.TokenResponse changePassword(Requests.PasswordChange request) {
    Requests.PasswordChange body = Requests.required(request);
    SignedIn renewed =
        accounts.changePassword(
            current.signedIn(), body.currentPassword(), body.newPassword(), clientAddress.of(http));
    authentication.continueSession(http, renewed);
    return AuthResource.answer(tokens.issue(renewed));
  }

  // --- F8: inbox and to-dos ---

  @GET
  @Path("inbox")
  @Operation(
      summary = "The signed-in person's notifications, newest first, 20 a page.",
      description =
          "{unread, items: [{id, kind, title, link, createdAt, read, done}]}; unread=true leaves"
              + " out what was read. A link is relative to the portal's root.")
  public InboxAnswer inbox(@QueryParam("unread") boolean unread, @QueryParam("page") String page) {
    Paging paging = Listings.paging(page, String.valueOf(Paging.DEFAULT_SIZE));
    Inbox inbox = signals.inbox(current.signedIn(), unread, paging.page(), paging.size());
    return new InboxAnswer(inbox.unread(), inbox.items(), inbox.total(), inbox.page());
  }

  @POST
  @Path("inbox/{id}/read")
  @Operation(summary = "Mark one of one's own notifications read; another's answers 404.")
  public InboxItem read(@PathParam("id") String id) {
    return signals.read(current.signedIn(), id);
  }

  @POST
  @Path("inbox/read-all")
  @Operation(summary = "Mark all of one's notifications read.")
  public InboxAnswer readAll() {
    signals.readAll(current.signedIn());
    return inbox(false, "1");
  }

  @GET
  @Path("todos")
  @Operation(
      summary = "What waits for the signed-in person: [{kind, title, link, due}], newest first.",
      description = "An item stays until it is done (not merely read).")
  public List<Todo> todos() {
    return signals.todos(current.signedIn());
  }

  @GET
  @Path("notification-settings")
  @Operation(
      summary = "What the signed-in person wants mailed.",
      description =
          "{email: {KIND: IMMEDIATE|DAILY|WEEKLY|OFF}, watch: {circleSlug: WATCHING|NORMAL|MUTED}};"
              + " every kind that can reach the person, with its default where none was chosen"
              + " (what asks something of them: IMMEDIATE; news: DAILY), and every circle they"
              + " take part in.")
  public MailSettings notificationSettings() {
    return notificationSettings.mine(current.signedIn());
  }

  @PUT
  @Path("notification-settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change what the signed-in person wants mailed.",
      description =
          "As GET; name only the kinds and circles to change. Each unknown kind, delivery, level or"
              + " circle is refused on its own field (email.KIND, watch.slug); then nothing changes.")
  public MailSettings changeNotificationSettings(MailSettings request) {
    Viewer viewer = current.signedIn(); // 401 before anything about the body
    MailSettings body = Requests.required(request);
    if (body.email() == null && body.watch() == null) {
      throw PortalException.invalid(CommonCode.BODY_REQUIRED); // names nothing it knows
    }
    return notificationSettings.change(viewer, body);
  }

  /** A page of the inbox as the API answers it. */
  public record InboxAnswer(long unread, List<InboxItem> items, long total, int page) {}
}
