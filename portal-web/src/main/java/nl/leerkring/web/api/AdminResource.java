package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.portal.transfer.TenantImports;
import nl.leerkring.tenants.Page;
import nl.leerkring.tenants.accounts.AccountChange;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Registration;
import nl.leerkring.tenants.accounts.ResetLink;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.pages.ResetPage;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Platform administration: tenants, circles, accounts and the audit log. Platform admins only. */
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

  /** One audit log entry. */
  public record AuditLine(
      long seq,
      Instant at,
      String actor,
      String tenant,
      String action,
      String subject,
      String summary) {}

  /** A password-reset link, shown once, and when it expires. */
  public record ResetAnswer(String link, Instant expiresAt) {

    /** The link to the public reset page beside the API ({@code …/reset.xhtml?token=…}). */
    static ResetAnswer of(UriInfo uri, ResetLink issued) {
      String link = ResetPage.address(uri.getBaseUri().resolve(".."), issued);
      return new ResetAnswer(link, issued.expiresAt());
    }
  }

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject Audit audit;

  @Context UriInfo uri;

  @Inject TenantImports imports;

  @POST
  @Path("tenants")
  @Operation(summary = "Add a tenant (gemeente).")
  public Response addTenant(Requests.NewTenant request) {
    Requests.NewTenant body = Requests.required(request);
    TenantView t = tenants.register(current.signedIn(), body.slug(), body.name(), body.cbsCode());
    return Response.created(uri.getBaseUriBuilder().path("tenants").path(t.slug()).build())
        .entity(t)
        .build();
  }

  @POST
  @Path("tenants/import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import a gemeente's export as a new gemeente; for platform admins.",
      description =
          "Multipart: file (the export's ZIP), slug, name, cbsCode. 201 {slug, counts}. A taken"
              + " slug or CBS code is 409; a ZIP that is not a whole, unaltered export of this"
              + " format is 400 with what is wrong (errors[].code TransferCode.*); nothing is"
              + " written then.")
  public Response importTenant(List<EntityPart> parts) {
    current.signedIn();
    try (ImportForm form = ImportForm.of(parts)) {
      TenantImports.Imported imported =
          imports.importTenant(
              current.signedIn(), form.zip(), form.slug(), form.name(), form.cbsCode());
      return Response.created(uri.getBaseUriBuilder().path("tenants").path(imported.slug()).build())
          .entity(imported)
          .build();
    }
  }

  @GET
  @Path("tenants")
  @Operation(
      summary =
          "The gemeenten, a page at a time, for platform admins (the public directory is GET"
              + " /api/tenants).",
      description =
          "q: text in the name, slug or CBS code (any case); page: from 1 (default 1); size: 1 to"
              + " 100 (default 20). Answers {items, total, page, size}.")
  public Page<TenantView> tenants(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return tenants.page(current.signedIn(), Page.Request.of(q, page, size));
  }

  @PUT
  @Path("tenants/{slug}")
  @Operation(summary = "Change a gemeente's name and CBS code; the slug stays.")
  public TenantView changeTenant(@PathParam("slug") String slug, Requests.TenantChange request) {
    Requests.TenantChange body = Requests.required(request);
    return tenants.change(current.signedIn(), slug, body.name(), body.cbsCode());
  }

  @PUT
  @Path("circles/{slug}")
  @Operation(
      summary = "Change a circle's name and period; the slug stays.",
      description = "start and end are dates (2026-01-31); either may be null (open).")
  public CircleView changeCircle(@PathParam("slug") String slug, Requests.CircleChange request) {
    Requests.CircleChange body = Requests.required(request);
    return circles.change(current.signedIn(), slug, body.name(), body.start(), body.end());
  }

  @POST
  @Path("circles/{slug}/members")
  @Operation(
      summary = "Add a gemeente to a circle.",
      description = "Its members read the circle's catalog and may publish to it from now on.")
  public Response addCircleMember(@PathParam("slug") String slug, Requests.CircleMember request) {
    CircleView c = circles.admit(current.signedIn(), slug, Requests.required(request).tenant());
    return Response.created(uri.getBaseUriBuilder().path("circles").path(c.slug()).build())
        .entity(c)
        .build();
  }

  @DELETE
  @Path("circles/{slug}/members/{tenant}")
  @Operation(
      summary = "Remove a gemeente from a circle.",
      description =
          "Its members no longer read the circle's catalog. What it published in the circle is"
              + " withdrawn from the catalog and search, and its submissions waiting there are"
              + " returned to it; its workspace keeps every item.")
  public Response removeCircleMember(
      @PathParam("slug") String slug, @PathParam("tenant") String tenant) {
    circles.release(current.signedIn(), slug, tenant);
    return Response.noContent().build();
  }

  @POST
  @Path("circles/{slug}/coordinators/{accountId}")
  @Operation(
      summary = "Make an account a coordinator of a circle.",
      description = "Ends the account's tokens and sessions at once; it signs in again.")
  public AccountView appointCoordinator(
      @PathParam("slug") String slug, @PathParam("accountId") String accountId) {
    return accounts.appointCoordinator(current.signedIn(), slug, accountId);
  }

  @DELETE
  @Path("circles/{slug}/coordinators/{accountId}")
  @Operation(
      summary = "The account no longer coordinates the circle.",
      description = "Ends the account's tokens and sessions at once.")
  public Response relieveCoordinator(
      @PathParam("slug") String slug, @PathParam("accountId") String accountId) {
    accounts.relieveCoordinator(current.signedIn(), slug, accountId);
    return Response.noContent().build();
  }

  @POST
  @Path("circles")
  @Operation(summary = "Create a circle (leerkring) with member tenants.")
  public Response addCircle(Requests.NewCircle request) {
    Requests.NewCircle body = Requests.required(request);
    CircleView c =
        circles.create(
            current.signedIn(),
            body.slug(),
            body.name(),
            body.programmeLine(),
            body.periodStart(),
            body.periodEnd(),
            body.members());
    return Response.created(uri.getBaseUriBuilder().path("circles").path(c.slug()).build())
        .entity(c)
        .build();
  }

  @POST
  @Path("members")
  @Operation(summary = "Create an account, in a tenant or without one, with roles and circles.")
  public Response addMember(Requests.NewAccount request) {
    Requests.NewAccount body = Requests.required(request);
    Viewer viewer = current.signedIn();
    TenantId tenant =
        body.tenant() == null || body.tenant().isBlank()
            ? null
            : new TenantId(tenants.bySlug(body.tenant()).id());
    Set<Role> roles =
        body.roles() == null
            ? Set.of()
            : body.roles().stream().map(Role::parse).collect(Collectors.toSet());
    AccountView account =
        accounts.register(
            viewer,
            tenant,
            new Registration(
                body.username(),
                body.password(),
                body.displayName(),
                roles,
                body.coordinatorOf(),
                body.facilitatorOf(),
                body.researcherOf(),
                body.email(),
                body.language()));
    return Response.created(
            uri.getBaseUriBuilder().path("admin/accounts").path(account.id()).build())
        .entity(account)
        .build();
  }

  @GET
  @Path("accounts")
  @Operation(
      summary = "The accounts, a page at a time.",
      description =
          "q: text in the username, name or e-mail address (any case); page: from 1 (default 1);"
              + " size: 1 to 100 (default 20). Answers {items, total, page, size}.")
  public Page<AccountView> accounts(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return accounts.page(current.signedIn(), Page.Request.of(q, page, size));
  }

  @GET
  @Path("accounts/{id}")
  @Operation(summary = "One account.")
  public AccountView account(@PathParam("id") String id) {
    return accounts.get(current.signedIn(), id);
  }

  @PUT
  @Path("accounts/{id}")
  @Operation(
      summary = "Edit an account: name, e-mail address, roles, coordinated circles, active.",
      description =
          "A field left out keeps its value. A change of roles or circles and a deactivation"
              + " (active false) end every token and session of the account at once; active true"
              + " reactivates it.")
  public AccountView editAccount(@PathParam("id") String id, Requests.AccountEdit request) {
    Requests.AccountEdit body = Requests.required(request);
    return accounts.edit(
        current.signedIn(),
        id,
        new AccountChange(
            body.displayName(), body.email(), body.roles(), body.coordinatorOf(), body.active()));
  }

  @POST
  @Path("accounts/{id}/password-reset")
  @Operation(
      summary = "Issue a one-time password-reset link for an account.",
      description =
          "Answers {link, expiresAt}; the link is shown this once. The account's password, tokens"
              + " and sessions end at once; the link sets a new password once, until it expires"
              + " (portal.password-reset.hours, default 24). A newer link replaces it.")
  public ResetAnswer resetPassword(@PathParam("id") String id) {
    return ResetAnswer.of(uri, accounts.issueReset(current.signedIn(), id));
  }

  @PUT
  @Path("accounts/{id}/roles")
  @Operation(
      summary = "Replace an account's roles (and the circles it coordinates, when given).",
      description =
          "Ends every token and session of the account at once. The same as PUT"
              + " /api/admin/accounts/{id} with only roles and coordinatorOf.")
  public AccountView changeRoles(@PathParam("id") String id, Requests.RoleChange request) {
    Requests.RoleChange body = Requests.required(request);
    Set<Role> roles = body.roles() == null ? Set.of() : Requests.roles(body.roles());
    return accounts.changeRoles(current.signedIn(), id, roles, body.coordinatorOf());
  }

  @POST
  @Path("accounts/{id}/deactivation")
  @Operation(
      summary = "Deactivate an account.",
      description =
          "It can no longer sign in; every token and session of it ends at once. The same as PUT"
              + " /api/admin/accounts/{id} with active false.")
  public Response deactivate(@PathParam("id") String id) {
    accounts.deactivate(current.signedIn(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("audit")
  @Operation(summary = "The latest audit log entries.")
  public List<AuditLine> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
    return audit.latest(current.signedIn(), Math.max(1, Math.min(limit, 1000))).stream()
        .map(
            a ->
                new AuditLine(
                    a.seq(), a.at(), a.actor(), a.tenant(), a.action(), a.subject(), a.summary()))
        .toList();
  }
}
