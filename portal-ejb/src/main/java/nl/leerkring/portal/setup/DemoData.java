package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.workspace.Settings;
import nl.leerkring.portal.workspace.SettingsView;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.Registration;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo leerkring of DOMAIN.md: five member gemeenten, Deventer outside the circle, two
 * facilitators, a coordinator, a researcher and members of every gemeente. Demo accounts share one
 * documented password.
 */
@Stateless
public class DemoData {

  public static final String CIRCLE = "leerkring-wdw";

  /** A demo gemeente and its accounts. */
  record DemoTenant(String slug, String name, String cbsCode, boolean inCircle, String welcome) {}

  static final List<DemoTenant> TENANTS =
      List.of(
          new DemoTenant("wijchen", "Wijchen", "GM0296", true, null),
          new DemoTenant("berg-en-dal", "Berg en Dal", "GM1945", true, null),
          new DemoTenant("doesburg", "Doesburg", "GM0221", true, null),
          new DemoTenant("beuningen", "Beuningen", "GM0209", true, null),
          new DemoTenant(
              "duiven",
              "Duiven",
              "GM0226",
              true,
              "Welkom in de werkruimte van Duiven. Hier werken we aan de Blijfwijk in Duiven-Zuid."),
          new DemoTenant("deventer", "Deventer", "GM0150", false, null));

  @Inject Tenants tenants;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject Settings settings;

  /** The gemeenten, the circle and the people without a tenant. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean seedDirectory(String demoPassword) {
    if (tenants.any()) {
      return false;
    }
    Viewer system = Viewer.system();
    for (DemoTenant t : TENANTS) {
      tenants.register(system, t.slug(), t.name(), t.cbsCode());
    }
    circles.create(
        system,
        CIRCLE,
        "Leerkring Wijk- en Dorpgericht Werken",
        "Regiodeal Groene Metropoolregio",
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2027, 4, 30),
        TENANTS.stream().filter(DemoTenant::inCircle).map(DemoTenant::slug).toList());
    accounts.register(
        system,
        null,
        new Registration(
            "coordinator",
            demoPassword,
            "Coördinator Leerkring (provincie)",
            Set.of(Role.COORDINATOR),
            List.of(CIRCLE),
            List.of(),
            List.of()));
    for (String[] facilitator :
        new String[][] {{"han", "Begeleider HAN"}, {"spectrum", "Begeleider Spectrum"}}) {
      accounts.register(
          system,
          null,
          new Registration(
              facilitator[0],
              demoPassword,
              facilitator[1],
              Set.of(Role.FACILITATOR),
              List.of(),
              List.of(CIRCLE),
              List.of()));
    }
    accounts.register(
        system,
        null,
        new Registration(
            "onderzoeker",
            demoPassword,
            "Onderzoeker",
            Set.of(Role.RESEARCHER),
            List.of(),
            List.of(),
            List.of(CIRCLE)));
    return true;
  }

  /**
   * One gemeente's members (`<slug>.lid`, `<slug>.beheer`) and settings; skipped when done before.
   *
   * @return whether they were created now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean seedTenant(String slug, String demoPassword) {
    DemoTenant demo =
        TENANTS.stream()
            .filter(t -> t.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> TenantsException.notFound(SetupCode.NO_DEMO_TENANT, slug));
    TenantId tenant = new TenantId(tenants.bySlug(slug).id());
    String prefix = slug.replace("-", "");
    Viewer system = Viewer.system();
    if (accounts.exists(prefix + ".lid")) {
      return false; // seeded on an earlier start
    }
    accounts.register(
        system,
        tenant,
        new Registration(
            prefix + ".lid",
            demoPassword,
            "Medewerker " + demo.name(),
            Set.of(Role.MEMBER),
            List.of(),
            List.of(),
            List.of()));
    accounts.register(
        system,
        tenant,
        new Registration(
            prefix + ".beheer",
            demoPassword,
            "Beheerder " + demo.name(),
            Set.of(Role.MEMBER, Role.TENANT_ADMIN),
            List.of(),
            List.of(),
            List.of()));
    settings.change(
        system, tenant, new SettingsView("leerkring@" + prefix + ".example", demo.welcome(), "nl"));
    return true;
  }
}
