/**
 * The directory: tenants (gemeenten, identified by slug and CBS code such as {@code GM0226}) and
 * circles (leerkringen: a set of member tenants with a programme line and a period). Not
 * tenant-owned: everybody in the portal may know which gemeenten take part in which circle. Only
 * platform admins change it.
 *
 * <p>Decisions: a gemeente's and a circle's slug never change (saved addresses and the catalog use
 * them); names, CBS codes and periods do. Removing a gemeente from a circle is announced as a
 * synchronous CDI event, {@link nl.leerkring.tenants.directory.TenantLeftCircle}, inside the
 * removing transaction: what the gemeente published there belongs to the publishing component,
 * which this module cannot see, and must end in the same commit. Lists of gemeenten are answered a
 * page at a time ({@link nl.leerkring.tenants.Page}), searched with a case-insensitive {@code
 * like}.
 */
package nl.leerkring.tenants.directory;
