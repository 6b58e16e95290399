package nl.leerkring.tenants.directory;

/** What anyone in the portal may know of a tenant. */
public record TenantView(String id, String slug, String name, String cbsCode) {

  static TenantView of(Tenant t) {
    return new TenantView(t.id().value(), t.slug(), t.name(), t.cbsCode());
  }
}
