package nl.leerkring.portal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long an export may be silent before it is given up ({@code portal.exports.stale-minutes}, 5;
 * its node beats every {@link ExportRunner#BEAT}) and how long a finished one is kept ({@code
 * portal.exports.keep-days}, 7).
 */
@ApplicationScoped
public class ExportLimits {

  /** The longest silence of a running export's node before the export is given up. */
  public Duration silence() {
    return Duration.ofMinutes(setting("portal.exports.stale-minutes", 5));
  }

  /** How long a finished export and its ZIP are kept. */
  public Duration keep() {
    return Duration.ofDays(setting("portal.exports.keep-days", 7));
  }

  private static long setting(String name, long fallback) {
    return ConfigProvider.getConfig(ExportLimits.class.getClassLoader())
        .getOptionalValue(name, Long.class)
        .orElse(fallback);
  }
}
