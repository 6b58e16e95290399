package nl.leerkring.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.database.SchemaMigrator;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Passwords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the first admin and the demo data once the schema is up to date. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject SchemaMigrator schema;

  @Inject Accounts accounts;

  @Inject DemoData demo;

  @Inject DemoDocuments demoDocuments;

  @Inject DemoKoffer demoKoffer;

  @Inject DemoProgrammes demoProgrammes;

  @Inject DemoMeetings demoMeetings;

  @Inject DemoLearning demoLearning;

  @Inject
  @ConfigProperty(name = "portal.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "true")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "portal.demo.password", defaultValue = "leerkring-demo")
  String demoPassword;

  @PostConstruct
  void start() {
    if (!schema.status().migrated()) {
      LOG.severe("Skipping first-start set-up: the database schema is not up to date.");
      return;
    }
    try {
      String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(Passwords::generate);
      if (accounts.ensureFirstAdmin(password)) {
        if (adminPassword.isPresent()) {
          LOG.info(
              "First platform admin 'admin' created with the password from PORTAL_ADMIN_PASSWORD.");
        } else {
          LOG.warning(
              "\n=============================================================\n"
                  + "  First platform admin created. Sign in as:\n"
                  + "    user:     admin\n"
                  + "    password: "
                  + password
                  + "\n  This password is shown only once. Change it after signing in.\n"
                  + "=============================================================");
        }
      }
      if (demoData) {
        boolean fresh = demo.seedDirectory(demoPassword);
        if (fresh) {
          LOG.info("Demo leerkring created; demo accounts use the documented demo password.");
        }
        for (DemoData.DemoTenant t : DemoData.TENANTS) {
          fresh |= demo.seedTenant(t.slug(), demoPassword);
        }
        demoDocuments.seed(fresh); // the demo's case documents, uploaded and published as people do
        demoKoffer.seed(fresh); // its method cards and their uses, shared the same way
        demoProgrammes.seed(); // programmes and cofinancing, Duiven's as its proposal states it
        demoMeetings.seed(); // the circle's meetings of 2024–2026 and the one to come (F7)
        demoLearning.seed(); // the leeragenda: questions per phase, harvest, a denkkader draft
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "First-start set-up failed; it is tried again on the next start.", e);
    }
  }
}
