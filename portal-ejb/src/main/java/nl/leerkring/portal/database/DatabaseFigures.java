package nl.leerkring.portal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The database's side of a long run, in {@code /metrics}: how many sessions the database has open
 * for the portal, as the database itself counts them. Payara's pool keeps between its minimum and
 * maximum; a count that climbs to the maximum and stays there under a steady load means connections
 * are held somewhere, which is what a soak must be able to see.
 */
@Singleton
@Startup
public class DatabaseFigures {

  private static final Logger LOG = Logger.getLogger(DatabaseFigures.class.getName());

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  DataSource dataSource;

  @Inject MetricRegistry metrics;

  @PostConstruct
  void register() {
    metrics.gauge("leerkring.db.sessions", this, DatabaseFigures::sessions);
  }

  /** Open sessions of this database (PostgreSQL: of its database only); −1 when it cannot say. */
  long sessions() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sessionCount(c.getMetaData().getDatabaseProductName()))) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Could not count the database's sessions", e);
      return -1;
    }
  }

  static String sessionCount(String product) {
    return product.startsWith("PostgreSQL")
        ? "select count(*) from pg_stat_activity where datname = current_database()"
        : "select count(*) from information_schema.sessions";
  }
}
