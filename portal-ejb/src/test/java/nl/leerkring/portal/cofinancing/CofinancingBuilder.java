package nl.leerkring.portal.cofinancing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import nl.leerkring.portal.programmes.ProgrammeBuilder;
import nl.leerkring.tenants.tenancy.TenantId;

/** Test data: each kind of ledger row, in a programme of the current tenant. */
public final class CofinancingBuilder {

  private CofinancingBuilder() {}

  public static FundingSource persistSource(EntityManager em, TenantId tenant) {
    FundingSource s = new FundingSource(ProgrammeBuilder.persistProgramme(em, tenant).id());
    s.name = "Regiodeal";
    s.kind = SourceKind.REGIODEAL;
    s.awarded = Money.parse("81886.00");
    s.eligibleFrom = LocalDate.of(2024, 4, 1);
    s.eligibleUntil = LocalDate.of(2027, 3, 31);
    s.status = SourceStatus.APPLIED;
    s.rate = Percentage.of(50);
    s.minimumOwnShare = Percentage.of(50);
    em.persist(s);
    return s;
  }

  public static ContributionEntry persistContribution(EntityManager em, TenantId tenant) {
    ContributionEntry c = new ContributionEntry(ProgrammeBuilder.persistProgramme(em, tenant).id());
    c.partner = "Gemeente";
    c.form = ContributionForm.CASH;
    c.cash = Money.parse("38000.00");
    em.persist(c);
    return c;
  }

  public static VersionEntry persistVersion(EntityManager em, TenantId tenant) {
    VersionEntry v = new VersionEntry(ProgrammeBuilder.persistProgramme(em, tenant).id(), 1);
    v.kind = BudgetVersion.Kind.ORIGINAL;
    v.validFrom = LocalDate.of(2024, 4, 1);
    em.persist(v);
    em.flush();
    return v;
  }

  public static LineEntry persistLine(EntityManager em, TenantId tenant) {
    VersionEntry v = persistVersion(em, tenant);
    LineEntry l = new LineEntry(v.programmeId, v.id());
    l.code = "materiaalkosten";
    l.category = CostCategory.MATERIALS;
    l.description = "Materiaalkosten";
    em.persist(l);
    return l;
  }
}
