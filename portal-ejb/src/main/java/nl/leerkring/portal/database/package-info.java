/**
 * The database: one datasource whose URL, user and password come from MicroProfile Config ({@code
 * portal.db.url}, {@code portal.db.user}, {@code portal.db.password}; environment variables {@code
 * PORTAL_DB_URL} etc.), defaulting to an H2 file database under {@code portal.data-dir} ({@code
 * ./data}), and the Flyway migrations that create and evolve the schema at start-up.
 *
 * <p>Why a small {@link nl.leerkring.portal.database.PortalDataSource} instead of naming the
 * driver's own DataSource class: the driver follows from the URL, so switching to PostgreSQL is one
 * setting, and Payara's handling of the {@code url} property of driver DataSources is unreliable
 * for PostgreSQL. Payara still pools the connections. Why Flyway at start-up and not EclipseLink's
 * schema generation: migrations are reviewed SQL that runs the same on H2 and PostgreSQL, and
 * readiness can tell whether they were applied.
 */
package nl.leerkring.portal.database;
