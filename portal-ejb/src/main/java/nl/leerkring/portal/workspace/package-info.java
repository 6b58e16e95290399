/**
 * A tenant's own workspace, starting with its settings (contact address, welcome text, default
 * language). Everything here is tenant-owned and read and written only through boundaries bound to
 * that tenant.
 */
package nl.leerkring.portal.workspace;
