/**
 * The first start: the first platform admin (password from {@code portal.admin.password} / {@code
 * PORTAL_ADMIN_PASSWORD}, else generated and printed once in the log) and, when {@code
 * portal.demo-data} is true (the default), the demo leerkring with its gemeenten and an account for
 * every role, and the demo's case documents ({@link nl.leerkring.portal.setup.DemoDocuments}):
 * uploaded by the gemeenten's members and partly published to the leerkring, through the same
 * boundaries as a person's upload, so the change log and the search index have them.
 *
 * <p>Each demo tenant is seeded in a transaction of its own, because one transaction binds one
 * tenant; every step checks whether it was done, so a start interrupted half-way completes on the
 * next start.
 */
package nl.leerkring.portal.setup;
