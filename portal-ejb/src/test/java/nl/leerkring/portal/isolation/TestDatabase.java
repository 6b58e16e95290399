package nl.leerkring.portal.isolation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.TenantOwned;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;

/**
 * The portal's real persistence unit and real migrations, outside the container: an in-memory H2
 * database, or the PostgreSQL database named by {@code PORTAL_DB_URL} (with {@code
 * PORTAL_DB_USER}/{@code _PASSWORD}) when set, as in CI, or an H2 file database it names.
 * Transactions are resource-local; the tenant is set on the EntityManager exactly as the
 * container's {@code TenantBinding} does.
 */
public final class TestDatabase implements AutoCloseable {

  private final EntityManagerFactory emf;
  private final String url;
  private final String user;
  private final String password;
  private final String schema;
  private final String adminUrl;

  public TestDatabase() {
    String configured = System.getenv("PORTAL_DB_URL");
    boolean postgres = configured != null && configured.startsWith("jdbc:postgresql:");
    String user = env("PORTAL_DB_USER", postgres ? "" : "sa");
    password = env("PORTAL_DB_PASSWORD", "");
    this.user = user;
    if (postgres) {
      // A schema of its own, dropped at the end: the portal started by the integration tests later
      // gets the database as a new installation would.
      schema = "iso_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      adminUrl = configured;
      execute(configured, "create schema " + schema);
      url = configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    } else if (configured != null && configured.startsWith("jdbc:h2:")) {
      // A database on disk (the benchmarks): its data stays out of the test's heap.
      schema = null;
      adminUrl = null;
      url = configured;
    } else {
      schema = null;
      adminUrl = null;
      url = "jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, Object> props = new HashMap<>();
    props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
    props.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
    props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, "");
    props.put(PersistenceUnitProperties.JDBC_URL, url);
    props.put(PersistenceUnitProperties.JDBC_USER, user);
    props.put(PersistenceUnitProperties.JDBC_PASSWORD, password);
    props.put(PersistenceUnitProperties.WEAVING, "false");
    emf = Persistence.createEntityManagerFactory("portal", props);
  }

  private void execute(String jdbcUrl, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run '" + sql + "' on the test database", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** A plain connection to the test database (the caller closes it), for JDBC-level work. */
  public Connection connection() {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to the test database", e);
    }
  }

  /** Every tenant-owned entity type of the persistence unit, as its metamodel lists them. */
  public Set<Class<? extends TenantOwned>> tenantOwnedTypes() {
    Set<Class<? extends TenantOwned>> types = new HashSet<>();
    for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
      if (TenantOwned.class.isAssignableFrom(entity.getJavaType())) {
        types.add(entity.getJavaType().asSubclass(TenantOwned.class));
      }
    }
    return types;
  }

  /** Runs work in one transaction with no tenant bound (the directory, accounts). */
  public <R> R unbound(Function<EntityManager, R> work) {
    return inTransaction(emf.createEntityManager(), work);
  }

  /** Runs work in one transaction bound to the tenant, as a {@code @TenantBound} boundary would. */
  public <R> R asTenant(TenantId tenant, Function<EntityManager, R> work) {
    EntityManager em = emf.createEntityManager();
    em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.value());
    return inTransaction(em, work);
  }

  private static <R> R inTransaction(EntityManager em, Function<EntityManager, R> work) {
    try {
      em.getTransaction().begin();
      R result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
    if (schema != null) {
      execute(adminUrl, "drop schema " + schema + " cascade");
    }
  }
}
