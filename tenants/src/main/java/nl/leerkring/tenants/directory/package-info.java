/**
 * The directory: tenants (gemeenten, identified by slug and CBS code such as {@code GM0226}) and
 * circles (leerkringen: a set of member tenants with a programme line and a period). Not
 * tenant-owned: everybody in the portal may know which gemeenten take part in which circle. Only
 * platform admins change it.
 */
package nl.leerkring.tenants.directory;
