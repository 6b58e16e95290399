package nl.leerkring.web.api;

import jakarta.inject.Inject;
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
import nl.leerkring.portal.workspace.Settings;
import nl.leerkring.portal.workspace.SettingsView;
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
  @Operation(summary = "The members of a tenant; for its own members and platform admins.")
  public List<MemberView> members(@PathParam("slug") String slug) {
    return members.list(current.signedIn(), tenant(slug));
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

  private TenantId tenant(String slug) {
    current.signedIn();
    return new TenantId(tenants.bySlug(slug).id());
  }
}
