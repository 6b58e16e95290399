package nl.leerkring.portal.cofinancing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.export.Export;
import nl.leerkring.portal.cofinancing.export.RollupExport;
import nl.leerkring.portal.cofinancing.rollup.CircleRollup;
import nl.leerkring.portal.cofinancing.rollup.MemberStatement;
import nl.leerkring.portal.exports.DecimalMark;
import nl.leerkring.portal.programmes.ProgrammeId;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.portal.signals.Signal;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Cofinancing statements and the circle roll-up. A gemeente submits its programme's ledger to a
 * circle it belongs to; the circle's coordinators accept it or return it with a reason, and the
 * roll-up reads only accepted statements: a coordinator never reads a workspace.
 */
@Stateless
public class Statements {

  @PersistenceContext EntityManager em;

  @Inject Ledgers ledgers;

  @Inject Programmes programmes;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject Audit audit;

  @Inject Event<Signal> signals;

  public StatementView submit(Viewer viewer, ProgrammeId programmeId, String circleSlug) {
    TenantId owner =
        viewer
            .homeTenant()
            .orElseThrow(() -> PortalException.forbidden(CofinancingCode.STATEMENT_MEMBERS_ONLY));
    programmes.find(viewer, programmeId); // 404 unless it is the viewer's own, before anything else
    if (circleSlug == null || circleSlug.isBlank()) {
      throw PortalException.invalidField("circle", CommonCode.REQUIRED);
    }
    CircleView circle = circles.bySlug(circleSlug.strip());
    if (circle.members().stream().noneMatch(t -> t.id().equals(owner.value()))) {
      throw PortalException.forbidden(CofinancingCode.NOT_A_MEMBER_OF_CIRCLE, circle.name());
    }
    LedgerData data = ledgers.data(viewer, programmeId);
    LedgerView view = LedgerView.of(data);
    if (data.versions().isEmpty()) {
      throw PortalException.invalid(CofinancingCode.NO_BUDGET_YET);
    }
    for (Statement earlier : ofProgramme(programmeId.value())) {
      if (earlier.circleId.equals(circle.id()) && earlier.status == Statement.Status.SUBMITTED) {
        earlier.supersede();
      }
    }
    String frozen = Fields.fits("ledger", Ledgers.JSON.toJson(data), 1_000_000);
    Statement statement =
        new Statement(owner.value(), circle.id(), data, frozen, viewer.username());
    em.persist(statement);
    em.flush();
    audit.record(
        viewer,
        owner,
        "statement.submitted",
        "statement:" + statement.id(),
        data.name() + " to " + circle.slug() + " (" + view.checks().size() + " checks)");
    signal(
        SignalKind.STATEMENT_WAITING,
        statement,
        viewer,
        "app/rollup.xhtml?circle=" + circle.slug());
    return view(statement, true);
  }

  /** The statements of one of the viewer's programmes, newest first. */
  public List<StatementView> ofProgramme(Viewer viewer, ProgrammeId programmeId) {
    programmes.find(viewer, programmeId); // 404 unless it is the viewer's own
    TenantId owner = viewer.homeTenant().orElseThrow();
    return ofProgramme(programmeId.value()).stream()
        .filter(s -> s.tenantId.equals(owner.value()))
        .map(s -> view(s, false))
        .toList();
  }

  /** Every statement in a circle, newest first; for its coordinators. */
  public List<StatementView> inCircle(Viewer viewer, String circleSlug) {
    CircleView circle = coordinated(viewer, circleSlug);
    return em
        .createQuery(
            "select s from Statement s where s.circleId = :c order by s.submittedAt desc",
            Statement.class)
        .setParameter("c", circle.id())
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(s -> view(s, false))
        .toList();
  }

  /** One statement with its frozen ledger: for its gemeente and its circle's coordinators. */
  public StatementView get(Viewer viewer, String id) {
    return view(readable(viewer, id), true);
  }

  public StatementView accept(Viewer viewer, String id) {
    Statement statement = decidable(viewer, id);
    statement.decide(Statement.Status.ACCEPTED, viewer.username(), null);
    for (Statement earlier : ofProgramme(statement.programmeId)) {
      if (earlier != statement
          && earlier.circleId.equals(statement.circleId)
          && earlier.status == Statement.Status.ACCEPTED) {
        earlier.supersede();
      }
    }
    em.flush();
    audit.record(
        viewer,
        new TenantId(statement.tenantId),
        "statement.accepted",
        "statement:" + statement.id(),
        statement.programmeName);
    signal(SignalKind.STATEMENT_ACCEPTED, statement, viewer, null);
    return view(statement, true);
  }

  public StatementView giveBack(Viewer viewer, String id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw PortalException.invalidField("reason", CofinancingCode.REASON_REQUIRED);
    }
    if (reason.length() > 2000) {
      throw PortalException.invalidField("reason", CommonCode.TOO_LONG, 2000);
    }
    Statement statement = decidable(viewer, id);
    statement.decide(Statement.Status.RETURNED, viewer.username(), reason.strip());
    em.flush();
    audit.record(
        viewer,
        new TenantId(statement.tenantId),
        "statement.returned",
        "statement:" + statement.id(),
        reason.strip());
    signal(SignalKind.STATEMENT_RETURNED, statement, viewer, null);
    return view(statement, true);
  }

  /**
   * The circle's roll-up from its accepted statements (the latest per programme; a gemeente with
   * several programmes counts them together); for its coordinators.
   */
  public RollupView rollup(Viewer viewer, String circleSlug, Integer year) {
    CircleView circle = coordinated(viewer, circleSlug);
    List<String> missing = new ArrayList<>();
    CircleRollup rollup = compute(circle, year, missing);
    return RollupView.of(circle.slug(), circle.name(), year, rollup, missing);
  }

  /**
   * The roll-up as a workbook (one sheet per calendar year) or as CSV for a Dutch spreadsheet, with
   * the decimal mark asked for ({@code comma}, the default, or {@code point}); for its
   * coordinators.
   */
  public Export rollupExport(
      Viewer viewer, String circleSlug, Integer year, String format, String decimal) {
    CircleView circle = coordinated(viewer, circleSlug);
    Export.Format wanted = Export.Format.parse(format);
    DecimalMark decimals = DecimalMark.parse(decimal);
    CircleRollup rollup = compute(circle, year, new ArrayList<>());
    String name = "cofinanciering-" + circle.slug() + (year == null ? "" : "-" + year);
    return wanted == Export.Format.XLSX
        ? Export.xlsx(name, RollupExport.xlsx(rollup))
        : Export.csv(name, RollupExport.csv(rollup, decimals));
  }

  private CircleRollup compute(CircleView circle, Integer year, List<String> missing) {
    if (year != null && (year < 1900 || year > 2200)) {
      throw PortalException.invalidField("year", CofinancingCode.YEAR_NOT_KEPT, year);
    }
    List<Statement> accepted =
        em.createQuery(
                "select s from Statement s where s.circleId = :c and s.status = :status"
                    + " order by s.submittedAt",
                Statement.class)
            .setParameter("c", circle.id())
            .setParameter("status", Statement.Status.ACCEPTED)
            .getResultList();
    Map<String, List<ProgrammeLedger>> byGemeente = new LinkedHashMap<>();
    for (TenantView member : circle.members()) {
      byGemeente.put(member.id(), new ArrayList<>());
    }
    for (Statement s : accepted) {
      byGemeente
          .computeIfAbsent(s.tenantId, t -> new ArrayList<>())
          .add(LedgerAssembly.ledger(Ledgers.JSON.fromJson(s.ledger, LedgerData.class)));
    }
    List<MemberStatement> statements = new ArrayList<>();
    for (Map.Entry<String, List<ProgrammeLedger>> e : byGemeente.entrySet()) {
      TenantView tenant = tenants.byId(new TenantId(e.getKey())).orElse(null);
      String slug = tenant == null ? e.getKey() : tenant.slug();
      String name = tenant == null ? slug : tenant.name();
      if (e.getValue().isEmpty()) {
        missing.add(name);
        continue;
      }
      statements.add(new MemberStatement(slug, name, e.getValue()));
    }
    return CircleRollup.of(statements, year);
  }

  private List<Statement> ofProgramme(String programmeId) {
    return em.createQuery(
            "select s from Statement s where s.programmeId = :p order by s.submittedAt desc",
            Statement.class)
        .setParameter("p", programmeId)
        .getResultList();
  }

  private CircleView coordinated(Viewer viewer, String circleSlug) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, CommonCode.SIGN_IN_FIRST);
    }
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.coordinates(new CircleId(circle.id()))) {
      throw PortalException.forbidden(CofinancingCode.COORDINATORS_ONLY, circle.name());
    }
    return circle;
  }

  private Statement readable(Viewer viewer, String id) {
    Statement statement = id == null ? null : em.find(Statement.class, id);
    boolean mayRead =
        statement != null
            && (viewer.belongsTo(new TenantId(statement.tenantId))
                || viewer.coordinates(new CircleId(statement.circleId)));
    if (!mayRead) {
      throw PortalException.notFound(CofinancingCode.STATEMENT_NOT_FOUND, String.valueOf(id));
    }
    return statement;
  }

  private Statement decidable(Viewer viewer, String id) {
    Statement statement = readable(viewer, id);
    if (!viewer.coordinates(new CircleId(statement.circleId))) {
      throw PortalException.forbidden(CofinancingCode.DECIDERS_ONLY);
    }
    return statement;
  }

  private StatementView view(Statement s, boolean withLedger) {
    TenantView tenant = tenants.byId(new TenantId(s.tenantId)).orElse(null);
    CircleView circle =
        circles.all().stream().filter(c -> c.id().equals(s.circleId)).findFirst().orElse(null);
    return new StatementView(
        s.id(),
        tenant == null ? null : tenant.slug(),
        tenant == null ? null : tenant.name(),
        circle == null ? null : circle.slug(),
        s.programmeId,
        s.programmeName,
        s.periodStart,
        s.periodEnd,
        s.status.name().toLowerCase(Locale.ROOT),
        s.submittedAt,
        s.submittedBy,
        s.decidedAt,
        s.decidedBy,
        s.reason,
        withLedger ? LedgerView.of(Ledgers.JSON.fromJson(s.ledger, LedgerData.class)) : null);
  }

  /** F8: about the programme's statement; the owner gemeente's members act on their ledger. */
  private void signal(SignalKind kind, Statement st, Viewer viewer, String link) {
    signals.fire(
        Signal.of(
            kind,
            st.circleId,
            st.tenantId,
            st.programmeId,
            st.programmeName,
            link == null ? "app/ledger.xhtml?id=" + st.programmeId : link,
            viewer.accountId()));
  }
}
