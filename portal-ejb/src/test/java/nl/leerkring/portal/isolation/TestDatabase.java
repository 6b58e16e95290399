package nl.leerkring.portal.isolation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.TenantOwned;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;

/**
 * The portal's real persistence unit and real migrations, outside the container: an in-memory H2
 * database, or the PostgreSQL database named by {@code PORTAL_DB_URL} (with {@code
 * PORTAL_DB_USER}/{@code _PASSWORD}) when set, as in CI. Transactions are resource-local; the
 * tenant is set on the EntityManager exactly as the container's {@code TenantBinding} does.
 */
public final class TestDatabase implements AutoCloseable {

  private final EntityManagerFactory emf;
  private final String url;

  public TestDatabase() {
    String configured = System.getenv("PORTAL_DB_URL");
    url =
        configured == null || configured.isBlank()
            ? "jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
            : configured;
    String user = env("PORTAL_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : "");
    String password = env("PORTAL_DB_PASSWORD", "");
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

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
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
  }
}
