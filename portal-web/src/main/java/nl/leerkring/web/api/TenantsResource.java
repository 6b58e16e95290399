package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.transfer.TenantExports;
import nl.leerkring.portal.workspace.Settings;
import nl.leerkring.portal.workspace.SettingsView;
import nl.leerkring.tenants.accounts.AccountChange;
import nl.leerkring.tenants.accounts.MemberView;
import nl.leerkring.tenants.accounts.Members;
import nl.leerkring.tenants.accounts.NewMember;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A tenant's workspace, addressed by its slug. The slug is resolved here (unknown: 404); whether
 * the viewer may work in that tenant is decided by the tenant binding of the boundaries (another
 * tenant: 403).
 */
@Path("tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Members members;

  @Inject Settings settings;

  @Inject TenantExports exports;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The gemeenten in the portal (public directory).")
  public List<TenantView> all() {
    current.signedIn();
    return tenants.all();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One gemeente of the directory.")
  public TenantView one(@PathParam("slug") String slug) {
    current.signedIn();
    return tenants.bySlug(slug);
  }

  @GET
  @Path("{slug}/members")
  @Operation(
      summary = "The members of a tenant; for its own members and platform admins.",
      description =
          "q: only those with this text in the username, name, e-mail or job title; page and"
              + " size page it as the catalog (X-Total-Count, Link), without them the whole list.")
  public Response members(@PathParam("slug") String slug, @BeanParam ListQuery query) {
    return query.answer(query.paging().of(members.list(current.signedIn(), tenant(slug), query.q)));
  }

  @PUT
  @Path("{slug}/members/{id}")
  @Operation(
      summary = "Edit a member of the gemeente; for its tenant admins and platform admins.",
      description =
          "{displayName, email, jobTitle, roles, coordinatorOf, active}; a field left out keeps"
              + " its value. Tenant admins give or take only the member and tenant-admin roles:"
              + " other roles and coordinatorOf are the platform admins' (403 when changed). A"
              + " member of another gemeente is 404. A role change and a deactivation end the"
              + " member's tokens and sessions at once.")
  public MemberView editMember(
      @PathParam("slug") String slug, @PathParam("id") String id, Requests.MemberEdit request) {
    Requests.MemberEdit body = Requests.required(request);
    return members.edit(
        current.signedIn(),
        tenant(slug),
        id,
        new AccountChange(
            body.displayName(), body.email(), body.roles(), body.coordinatorOf(), body.active()),
        body.jobTitle());
  }

  @POST
  @Path("{slug}/members/{id}/password-reset")
  @Operation(
      summary = "Issue a one-time password-reset link for a member of the gemeente.",
      description =
          "As POST /api/admin/accounts/{id}/password-reset, for the gemeente's tenant admins.")
  public AdminResource.ResetAnswer resetMemberPassword(
      @PathParam("slug") String slug, @PathParam("id") String id) {
    return AdminResource.ResetAnswer.of(
        uri, members.issueReset(current.signedIn(), tenant(slug), id));
  }

  @GET
  @Path("{slug}/members/{id}")
  @Operation(summary = "One member of a tenant.")
  public MemberView member(@PathParam("slug") String slug, @PathParam("id") String id) {
    return members.get(current.signedIn(), tenant(slug), id);
  }

  @POST
  @Path("{slug}/members")
  @Operation(summary = "Add a member to a tenant; for its tenant admins and platform admins.")
  public Response addMember(@PathParam("slug") String slug, NewMember request) {
    MemberView m = members.add(current.signedIn(), tenant(slug), Requests.required(request));
    return Response.created(
            uri.getBaseUriBuilder().path("tenants").path(slug).path("members").path(m.id()).build())
        .entity(m)
        .build();
  }

  @GET
  @Path("{slug}/settings")
  @Operation(summary = "The tenant's workspace settings.")
  public SettingsView settings(@PathParam("slug") String slug) {
    return settings.get(current.signedIn(), tenant(slug));
  }

  @PUT
  @Path("{slug}/settings")
  @Operation(summary = "Change the tenant's workspace settings; for its tenant admins.")
  public SettingsView changeSettings(@PathParam("slug") String slug, SettingsView request) {
    return settings.change(current.signedIn(), tenant(slug), Requests.required(request));
  }

  @POST
  @Path("{slug}/export")
  @Operation(
      summary = "Start an export of everything the gemeente owns; for its tenant admins.",
      description =
          "202 {id, status}; follow it at GET /api/exports/{id} and fetch the ZIP from its"
              + " download address when done. Other callers: 403.")
  public Response export(@PathParam("slug") String slug) {
    return ExportsResource.started(exports.start(current.signedIn(), slug), uri);
  }

  private TenantId tenant(String slug) {
    current.signedIn();
    return new TenantId(tenants.bySlug(slug).id());
  }
}
