package nl.leerkring.portal.koffer;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantId;

/** Test data: a method card and a use of it, written into the current tenant. */
public final class KofferBuilder {

  private KofferBuilder() {}

  public static MethodDraft draft(String name) {
    return new MethodDraft(
        name,
        "Bewoners die op elkaar letten.",
        "Minder eenzaamheid",
        "Ouderen in de wijk",
        List.of("Bewoners werven", "Kring starten", "Na een half jaar evalueren"),
        List.of("Wederkerigheid"),
        new BigDecimal("4.00"),
        2,
        new BigDecimal("1500.00"),
        "Een vaste contactpersoon",
        "Goed over te dragen",
        "goed-beschreven",
        "Evaluatie 2024",
        List.of("gezondheid"),
        List.of("vergrijsde-krimpwijk"),
        List.of("eenzaamheid"),
        List.of(),
        "wijkteam@example.nl",
        null);
  }

  public static MethodCard persistCard(EntityManager em, TenantId tenant) {
    MethodCard card =
        new MethodCard(draft("Voorzorgcirkel " + tenant.value().substring(0, 8)), "lid");
    em.persist(card);
    return card;
  }

  public static MethodUse persistUse(EntityManager em, TenantId tenant) {
    MethodUse use =
        new MethodUse(
            "method-" + tenant.value().substring(0, 8),
            "Voorzorgcirkel",
            new UseDraft(
                "Duiven-Zuid",
                "vergrijsde-krimpwijk",
                LocalDate.of(2025, 2, 1),
                null,
                "Actie 2.1",
                "Twee kringen gestart.",
                "Vaste contactpersoon",
                "Eerder beginnen",
                4,
                List.of()),
            "lid");
    em.persist(use);
    return use;
  }
}
