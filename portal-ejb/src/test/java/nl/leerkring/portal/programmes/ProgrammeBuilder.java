package nl.leerkring.portal.programmes;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantId;

/** Test data: a programme and each of its parts, written into the current tenant. */
public final class ProgrammeBuilder {

  private ProgrammeBuilder() {}

  public static Programme persistProgramme(EntityManager em, TenantId tenant) {
    Programme p = new Programme("lid");
    p.name = "Blijfwijk " + tenant.value().substring(0, 8);
    p.periodStart = LocalDate.of(2024, 4, 1);
    p.periodEnd = LocalDate.of(2027, 3, 31);
    p.phase = Phase.UITVOERING;
    p.wijken = new java.util.ArrayList<>(List.of("Duiven-Zuid"));
    em.persist(p);
    em.flush(); // the parts refer to it by key, not by a mapped relation: insert it first
    return p;
  }

  public static Partner persistPartner(EntityManager em, TenantId tenant) {
    Partner x = new Partner(persistProgramme(em, tenant).id());
    x.organisation = "Vivare";
    x.coreGroup = true;
    x.status = PartnerStatus.JOINED;
    em.persist(x);
    return x;
  }

  public static Theme persistTheme(EntityManager em, TenantId tenant) {
    return theme(em, persistProgramme(em, tenant).id());
  }

  public static Goal persistGoal(EntityManager em, TenantId tenant) {
    return goal(em, persistTheme(em, tenant));
  }

  public static ProgrammeAction persistAction(EntityManager em, TenantId tenant) {
    Goal goal = persistGoal(em, tenant);
    ProgrammeAction a = new ProgrammeAction(goal.programmeId);
    a.goalId = goal.id();
    a.title = "Werkgroep starten";
    a.status = ActionStatus.PLANNED;
    a.phase = Phase.UITVOERING;
    a.plannedYear = 2025;
    a.plannedQuarter = 2;
    em.persist(a);
    return a;
  }

  public static Milestone persistMilestone(EntityManager em, TenantId tenant) {
    Milestone m = new Milestone(persistProgramme(em, tenant).id());
    m.title = "Werkgroep gestart";
    m.dueDate = LocalDate.of(2025, 6, 30);
    em.persist(m);
    return m;
  }

  public static ProgressNote persistNote(EntityManager em, TenantId tenant) {
    ProgressNote n =
        new ProgressNote(persistProgramme(em, tenant).id(), "Kerngroep gestart", "lid");
    em.persist(n);
    return n;
  }

  public static ProgrammeLink persistLink(EntityManager em, TenantId tenant) {
    ProgrammeLink l =
        new ProgrammeLink(
            persistProgramme(em, tenant).id(),
            ProgrammeLink.DOCUMENT,
            java.util.UUID.randomUUID().toString(),
            "Raadsvoorstel");
    em.persist(l);
    return l;
  }

  /** An action shared with a new circle the tenant belongs to. */
  public static ActionShare persistShare(EntityManager em, TenantId tenant) {
    ProgrammeAction action = persistAction(em, tenant);
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
    nl.leerkring.tenants.directory.Circle circle =
        new nl.leerkring.tenants.directory.Circle(
            "deelkring-" + suffix, "Kring", "Regiodeal", LocalDate.of(2024, 4, 1), null);
    circle.admit(tenant);
    em.persist(circle);
    em.flush();
    return share(em, action, circle.id().value());
  }

  /** The action shared with the circle. */
  public static ActionShare share(EntityManager em, ProgrammeAction action, String circleId) {
    ActionShare s =
        new ActionShare(action, circleId, "lid", java.time.Instant.parse("2026-12-01T09:00:00Z"));
    em.persist(s);
    em.flush();
    return s;
  }

  private static Theme theme(EntityManager em, String programmeId) {
    Theme t = new Theme(programmeId);
    t.name = "Gezondheid";
    em.persist(t);
    em.flush();
    return t;
  }

  private static Goal goal(EntityManager em, Theme theme) {
    Goal g = new Goal(theme.programmeId);
    g.themeId = theme.id();
    g.title = "Eén toegang";
    em.persist(g);
    em.flush();
    return g;
  }
}
