package nl.leerkring.portal.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain (non-pooling) DataSource that connects with the JDBC driver accepting the configured URL.
 * Payara's connection pool, declared by {@link SchemaMigrator}'s {@code @DataSourceDefinition},
 * pools what it returns.
 *
 * <p>NOTE: thread-safe; the configuration is read once, on first use.
 */
public class PortalDataSource implements DataSource {

  static final String URL = "portal.db.url";
  static final String USER = "portal.db.user";
  static final String PASSWORD = "portal.db.password";
  static final String DATA_DIR = "portal.data-dir";

  private volatile Settings settings;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** Connection settings after defaults: an H2 file database under the data directory. */
  public record Settings(String url, String user, String password) {

    static Settings from(Config config) {
      String dataDir = config.getOptionalValue(DATA_DIR, String.class).orElse("./data");
      String url =
          config
              .getOptionalValue(URL, String.class)
              .filter(u -> !u.isBlank())
              .orElseGet(() -> h2Url(Path.of(dataDir)));
      String user =
          config
              .getOptionalValue(USER, String.class)
              .orElse(url.startsWith("jdbc:h2:") ? "sa" : "");
      String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
      return new Settings(url, user, password);
    }

    static String h2Url(Path dataDir) {
      return "jdbc:h2:file:"
          + dataDir.toAbsolutePath().normalize().resolve("db").resolve("portal")
          + ";DB_CLOSE_ON_EXIT=FALSE"
          // Write each commit to the file before it returns: H2's default keeps up to a second of
          // committed transactions in memory, which a killed JVM loses (proof/crash.sh lost
          // uploads that had answered 201).
          + ";WRITE_DELAY=0";
    }

    /** The URL with any password parameter blanked, for logs and health output. */
    public String safeUrl() {
      return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
  }

  public Settings settings() {
    Settings s = settings;
    if (s == null) {
      s = Settings.from(ConfigProvider.getConfig(PortalDataSource.class.getClassLoader()));
      settings = s;
    }
    return s;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Settings s = settings();
    return connect(s.url(), s.user(), s.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return connect(settings().url(), user, password);
  }

  private Connection connect(String url, String user, String password) throws SQLException {
    Properties props = new Properties();
    if (user != null && !user.isEmpty()) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    for (Driver driver :
        ServiceLoader.load(Driver.class, PortalDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        Connection connection = driver.connect(url, props);
        if (connection != null) {
          return connection;
        }
      }
    }
    // A driver the runtime bundles (H2 in Payara) may be loadable without being listed as a service
    // to us.
    String known =
        url.startsWith("jdbc:h2:")
            ? "org.h2.Driver"
            : url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
    if (known != null) {
      try {
        Driver driver =
            (Driver)
                Class.forName(known, true, PortalDataSource.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        return driver.connect(url, props);
      } catch (ReflectiveOperationException e) {
        throw new SQLException("The JDBC driver " + known + " is not available.", e);
      }
    }
    throw new SQLException("No JDBC driver accepts " + settings().safeUrl());
  }

  // Payara sets these bean properties from @DataSourceDefinition; the values come from Config
  // instead.
  public void setUrl(String ignored) {}

  public void setURL(String ignored) {}

  public void setUser(String ignored) {}

  public void setPassword(String ignored) {}

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
