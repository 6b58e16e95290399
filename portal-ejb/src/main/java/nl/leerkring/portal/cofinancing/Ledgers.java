package nl.leerkring.portal.cofinancing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.EditedVersion;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.export.Export;
import nl.leerkring.portal.cofinancing.export.LedgerExport;
import nl.leerkring.portal.exports.DecimalMark;
import nl.leerkring.portal.programmes.Programme;
import nl.leerkring.portal.programmes.ProgrammeId;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A programme's cofinancing ledger in the gemeente's workspace: funding sources, contributions,
 * budget versions and their lines. Every write is checked as a whole before it commits: input the
 * ledger cannot hold (an ERROR check, or an amount with three decimals) is refused with a message
 * and nothing is saved; real-world disagreements (WARNINGs) are saved and shown beside the numbers.
 */
@Stateless
@TenantBound
public class Ledgers {

  static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject Programmes programmes;

  @Inject Audit audit;

  public LedgerView view(Viewer viewer, ProgrammeId programmeId) {
    requireMember(viewer);
    return LedgerView.of(StoredLedger.read(em, programmes.find(viewer, programmeId)));
  }

  public List<LedgerView.CheckView> checks(Viewer viewer, ProgrammeId programmeId) {
    return view(viewer, programmeId).checks();
  }

  /** The ledger as entered, for a statement or an export. */
  public LedgerData data(Viewer viewer, ProgrammeId programmeId) {
    requireMember(viewer);
    return StoredLedger.read(em, programmes.find(viewer, programmeId));
  }

  /**
   * The ledger as a workbook (one sheet per calendar year) or as CSV for a Dutch spreadsheet, its
   * amounts with the decimal mark asked for ({@code comma}, the default, or {@code point}); {@code
   * words} gives a check's explanation in Dutch, the workbook's language.
   */
  public Export export(
      Viewer viewer,
      ProgrammeId programmeId,
      String format,
      String decimal,
      Function<Check, String> words) {
    requireMember(viewer);
    Export.Format wanted = Export.Format.parse(format);
    DecimalMark decimals = DecimalMark.parse(decimal);
    Programme programme = programmes.find(viewer, programmeId);
    ProgrammeLedger ledger = LedgerAssembly.ledger(StoredLedger.read(em, programme));
    String name = "begroting-" + codeOf(programme.name());
    return wanted == Export.Format.XLSX
        ? Export.xlsx(name, LedgerExport.xlsx(ledger, LedgerChecks.run(ledger), words))
        : Export.csv(name, LedgerExport.csv(ledger, decimals));
  }

  // -- funding sources

  public LedgerView saveSource(
      Viewer viewer, ProgrammeId programmeId, String id, LedgerData.Source in) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    LedgerData.Source draft = required(in);
    FundingSource entry =
        id == null
            ? new FundingSource(programmeId.value())
            : row(FundingSource.class, programmeId.value(), id);
    requireVersion(draft.version(), entry.version(), id);
    // Read into an unsaved source first, so every field is validated with its name.
    Fields fields = Fields.of("");
    FundingSource source = LedgerAssembly.source(withId(draft, entry.id()), fields);
    Money statedAward = fields.optionalMoney("statedAward", draft.statedAward());
    String statedWhere = fields.optionalText("statedWhere", draft.statedWhere(), 500);
    List<Allocation> allocations =
        LedgerAssembly.allocations(entry.id(), draft.allocations(), fields);
    fields.done();
    entry.record(source, statedAward, statedWhere, allocations);
    if (id == null) {
      em.persist(entry);
    }
    return saved(viewer, programme, "source", source.name());
  }

  public LedgerView deleteSource(Viewer viewer, ProgrammeId programmeId, String id) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    FundingSource entry = row(FundingSource.class, programmeId.value(), id);
    em.remove(entry);
    return saved(viewer, programme, "source.deleted", entry.name);
  }

  // -- contributions

  public LedgerView saveContribution(
      Viewer viewer, ProgrammeId programmeId, String id, LedgerData.Contribution in) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    LedgerData.Contribution draft = required(in);
    ContributionEntry entry =
        id == null
            ? new ContributionEntry(programmeId.value())
            : row(ContributionEntry.class, programmeId.value(), id);
    requireVersion(draft.version(), entry.version(), id);
    Contribution c =
        LedgerAssembly.contribution(
            new LedgerData.Contribution(
                entry.id(),
                draft.version(),
                draft.partner(),
                draft.form(),
                draft.cash(),
                draft.hours(),
                draft.hourlyRate(),
                draft.rateValidFrom(),
                draft.alreadyBudgeted(),
                draft.line(),
                null));
    entry.partner = c.partner();
    entry.form = c.form();
    entry.cash = c.form() == ContributionForm.CASH ? c.cash() : null;
    entry.hours = c.hours();
    entry.hourlyRate = c.hourlyRate() == null ? null : c.hourlyRate().perHour();
    entry.rateValidFrom = c.hourlyRate() == null ? null : c.hourlyRate().validFrom();
    entry.alreadyBudgeted = c.alreadyBudgeted();
    entry.lineCode = c.lineId();
    if (c.lineId() != null && !currentLineCodes(programmeId.value()).contains(c.lineId())) {
      throw PortalException.invalidField("line", CofinancingCode.NO_SUCH_LINE, c.lineId());
    }
    if (id == null) {
      em.persist(entry);
    }
    return saved(viewer, programme, "contribution", c.partner());
  }

  public LedgerView deleteContribution(Viewer viewer, ProgrammeId programmeId, String id) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    ContributionEntry entry = row(ContributionEntry.class, programmeId.value(), id);
    em.remove(entry);
    return saved(viewer, programme, "contribution.deleted", entry.partner);
  }

  // -- budget versions and lines

  /**
   * Adds a budget version. A revision starts as a copy of the current version's lines (same codes,
   * so contributions and allocations keep their line); the first version starts empty.
   */
  public LedgerView addVersion(Viewer viewer, ProgrammeId programmeId, LedgerData.Version in) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    LedgerData.Version draft = required(in);
    List<VersionEntry> versions = StoredLedger.versions(em, programmeId.value());
    int number = versions.stream().mapToInt(v -> v.number).max().orElse(0) + 1;
    VersionEntry entry = new VersionEntry(programmeId.value(), number);
    describe(entry, draft, versions.isEmpty());
    Optional<VersionEntry> current = StoredLedger.current(versions);
    if (current.isPresent() && !entry.validFrom.isAfter(current.get().validFrom)) {
      throw PortalException.invalidField(
          "validFrom", CofinancingCode.VERSION_STARTS_TOO_EARLY, current.get().validFrom);
    }
    em.persist(entry);
    em.flush(); // lines refer to it by key, not by a mapped relation: insert it first
    current.ifPresent(
        from -> {
          for (LineEntry line : StoredLedger.lines(em, from.id())) {
            LineEntry copy = new LineEntry(programmeId.value(), entry.id());
            copy.code = line.code;
            copy.category = line.category;
            copy.description = line.description;
            copy.sortOrder = line.sortOrder;
            copy.statedTotal = line.statedTotal;
            copy.statedWhere = line.statedWhere;
            copy.amounts = line.amounts;
            em.persist(copy);
          }
        });
    return saved(viewer, programme, "version", "version " + number);
  }

  public LedgerView updateVersion(
      Viewer viewer, ProgrammeId programmeId, String id, LedgerData.Version in) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    VersionEntry entry = row(VersionEntry.class, programmeId.value(), id);
    LedgerData.Version draft = required(in);
    requireVersion(draft.version(), entry.version(), id);
    describe(entry, draft, entry.number == 1);
    return saved(viewer, programme, "version", "version " + entry.number);
  }

  public LedgerView deleteVersion(Viewer viewer, ProgrammeId programmeId, String id) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    VersionEntry entry = row(VersionEntry.class, programmeId.value(), id);
    for (LineEntry line : StoredLedger.lines(em, entry.id())) {
      em.remove(line);
    }
    em.flush(); // delete the lines before the version they refer to
    em.remove(entry);
    return saved(viewer, programme, "version.deleted", "version " + entry.number);
  }

  /**
   * Adds or changes a line of the current budget version (earlier versions are history and stay as
   * they were).
   */
  public LedgerView saveLine(
      Viewer viewer, ProgrammeId programmeId, String id, LedgerData.Line in) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    LedgerData.Line draft = required(in);
    List<VersionEntry> versions = StoredLedger.versions(em, programmeId.value());
    VersionEntry current =
        StoredLedger.current(versions)
            .orElseThrow(() -> PortalException.invalid(CofinancingCode.VERSION_FIRST));
    LineEntry entry;
    if (id == null) {
      entry = new LineEntry(programmeId.value(), current.id());
      entry.sortOrder = StoredLedger.lines(em, current.id()).size();
    } else {
      entry = row(LineEntry.class, programmeId.value(), id);
      if (!entry.versionId.equals(current.id())) {
        throw PortalException.conflict(CofinancingCode.EARLIER_VERSION_KEPT);
      }
      requireVersion(draft.version(), entry.version(), id);
    }
    String code = Fields.blank(draft.code()) ? codeOf(draft.description()) : draft.code().strip();
    if (!code.matches("[a-z0-9][a-z0-9-]{0,59}")) {
      throw PortalException.invalidField("code", CofinancingCode.LINE_CODE_FORM, code);
    }
    boolean taken =
        StoredLedger.lines(em, current.id()).stream()
            .anyMatch(l -> l.code.equals(code) && l != entry);
    if (taken) {
      throw PortalException.invalidField("code", CofinancingCode.LINE_CODE_TAKEN, code);
    }
    if (entry.code != null
        && !entry.code.equals(code)
        && isReferenced(programmeId.value(), entry.code)) {
      throw PortalException.invalidField("code", CofinancingCode.LINE_CODE_IN_USE, entry.code);
    }
    BudgetLine line =
        LedgerAssembly.line(
            new LedgerData.Line(
                entry.id(),
                null,
                code,
                draft.category(),
                draft.description(),
                null,
                null,
                draft.amounts(),
                null,
                null,
                null));
    entry.code = code;
    entry.category = line.category();
    entry.description = line.description();
    Fields fields = Fields.of("");
    Money stated = fields.optionalMoney("statedTotal", draft.statedTotal());
    String statedWhere = fields.optionalText("statedWhere", draft.statedWhere(), 500);
    fields.done();
    entry.statedTotal = stated;
    entry.statedWhere = statedWhere;
    entry.amounts =
        Fields.fits(
            "amounts",
            JSON.toJson(
                line.amounts().stream()
                    .map(
                        a ->
                            new LedgerData.Amount(
                                a.period().label(),
                                a.period().start(),
                                a.period().end(),
                                a.planned().plain(),
                                a.actual() == null ? null : a.actual().plain(),
                                a.forecast() == null ? null : a.forecast().plain()))
                    .toList()),
            16000);
    if (id == null) {
      em.persist(entry);
    }
    return saved(viewer, programme, "line", line.description());
  }

  public LedgerView deleteLine(Viewer viewer, ProgrammeId programmeId, String id) {
    requireMember(viewer);
    Programme programme = programmes.find(viewer, programmeId);
    LineEntry entry = row(LineEntry.class, programmeId.value(), id);
    if (isReferenced(programmeId.value(), entry.code)) {
      throw PortalException.invalid(CofinancingCode.LINE_IN_USE, entry.description);
    }
    em.remove(entry);
    return saved(viewer, programme, "line.deleted", entry.description);
  }

  /** Refuses what the ledger cannot hold; the exception rolls the whole write back. */
  static void validate(LedgerData data) {
    ProgrammeLedger ledger = LedgerAssembly.ledger(data);
    List<Check> errors =
        LedgerChecks.run(ledger).stream().filter(c -> c.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw PortalException.invalid(LedgerChecks.refusals(errors));
    }
  }

  private LedgerView saved(Viewer viewer, Programme programme, String what, String title) {
    // Every ledger write bumps the programme's version, so two writes that each passed the checks
    // on their own (one deletes a line while the other points a contribution at it) cannot both
    // commit: the later one fails as a concurrent change (409) and nothing of it is saved.
    em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    LedgerData data = StoredLedger.read(em, programme);
    validate(data);
    audit.record(
        viewer, viewer.homeTenant().get(), "ledger." + what, "programme:" + programme.id(), title);
    return LedgerView.of(data);
  }

  private void describe(VersionEntry entry, LedgerData.Version draft, boolean first) {
    Fields fields = Fields.of("");
    BudgetVersion.Kind kind =
        fields.choice(
            BudgetVersion.Kind.class,
            "kind",
            draft.kind(),
            first ? BudgetVersion.Kind.ORIGINAL : BudgetVersion.Kind.REVISED);
    LocalDate validFrom = fields.date("validFrom", draft.validFrom());
    if (validFrom != null && draft.validUntil() != null && draft.validUntil().isBefore(validFrom)) {
      fields.add("validUntil", CofinancingCode.ENDS_BEFORE_START, draft.validUntil(), validFrom);
    }
    String note = fields.optionalText("note", draft.note(), 1000);
    fields.done();
    entry.kind = kind;
    entry.validFrom = validFrom;
    entry.validUntil = draft.validUntil();
    entry.note = note;
  }

  private List<String> currentLineCodes(String programmeId) {
    return StoredLedger.current(StoredLedger.versions(em, programmeId))
        .map(v -> StoredLedger.lines(em, v.id()).stream().map(l -> l.code).toList())
        .orElse(List.of());
  }

  private boolean isReferenced(String programmeId, String code) {
    boolean contributed =
        StoredLedger.rowsOf(em, ContributionEntry.class, programmeId).stream()
            .anyMatch(c -> code.equals(c.lineCode));
    boolean allocated =
        StoredLedger.rowsOf(em, FundingSource.class, programmeId).stream()
            .flatMap(s -> s.allocations().stream())
            .anyMatch(a -> code.equals(a.lineId()));
    return contributed || allocated;
  }

  // -- reading and checking

  private <T> T row(Class<T> type, String programmeId, String id) {
    T row = id == null ? null : em.find(type, id);
    if (row == null || !programmeId.equals(programmeIdOf(row))) {
      throw PortalException.notFound(CofinancingCode.ENTRY_NOT_FOUND, String.valueOf(id));
    }
    return row;
  }

  private static String programmeIdOf(Object row) {
    if (row instanceof FundingSource s) {
      return s.programmeId;
    }
    if (row instanceof ContributionEntry c) {
      return c.programmeId;
    }
    if (row instanceof VersionEntry v) {
      return v.programmeId;
    }
    if (row instanceof LineEntry l) {
      return l.programmeId;
    }
    return null;
  }

  /** A new row needs no version; a change of a saved one the version it started from. */
  private static void requireVersion(Long sent, long stored, String id) {
    if (id != null) {
      EditedVersion.require(sent, stored);
    }
  }

  private static LedgerData.Source withId(LedgerData.Source s, String id) {
    return new LedgerData.Source(
        id,
        s.version(),
        s.name(),
        s.grantor(),
        s.kind(),
        s.decisionNumber(),
        s.decisionDate(),
        s.awarded(),
        s.eligibleFrom(),
        s.eligibleUntil(),
        s.status(),
        s.rate(),
        s.inKindAllowed(),
        s.minimumOwnShare(),
        s.statedAward(),
        s.statedWhere(),
        s.yearlyAmounts(),
        s.allocations());
  }

  /** A line code people can read, from its description: "Inzet eigen uren" → inzet-eigen-uren. */
  static String codeOf(String description) {
    if (Fields.blank(description)) {
      throw PortalException.invalidField("description", CommonCode.REQUIRED);
    }
    String ascii =
        Normalizer.normalize(description, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    ascii = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
    return ascii.isEmpty() ? "regel" : ascii;
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw PortalException.invalid(CommonCode.BODY_REQUIRED);
    }
    return body;
  }

  private static void requireMember(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, CommonCode.SIGN_IN_FIRST);
    }
    if (viewer.homeTenant().isEmpty()) {
      throw PortalException.forbidden(CofinancingCode.MEMBERS_ONLY);
    }
  }
}
