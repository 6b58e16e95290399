package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.tenants.accounts.AccountView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Registration;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
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

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject Audit audit;

  @Context UriInfo uri;

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

  @GET
  @Path("tenants")
  @Operation(
      summary = "All tenants, for platform admins (the public directory is GET /api/tenants).")
  public List<TenantView> tenants() {
    return tenants.administered(current.signedIn());
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
                body.researcherOf()));
    return Response.created(
            uri.getBaseUriBuilder().path("admin/accounts").path(account.id()).build())
        .entity(account)
        .build();
  }

  @GET
  @Path("accounts")
  @Operation(summary = "All accounts.")
  public List<AccountView> accounts() {
    return accounts.all(current.signedIn());
  }

  @PUT
  @Path("accounts/{id}/roles")
  @Operation(
      summary = "Replace an account's roles (and the circles it coordinates, when given).",
      description = "Ends every token and session of the account at once.")
  public AccountView changeRoles(@PathParam("id") String id, Requests.RoleChange request) {
    Requests.RoleChange body = Requests.required(request);
    Set<Role> roles =
        body.roles() == null
            ? Set.of()
            : body.roles().stream().map(Role::parse).collect(Collectors.toSet());
    return accounts.changeRoles(current.signedIn(), id, roles, body.coordinatorOf());
  }

  @POST
  @Path("accounts/{id}/deactivation")
  @Operation(
      summary = "Deactivate an account.",
      description = "It can no longer sign in; every token and session of it ends at once.")
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
