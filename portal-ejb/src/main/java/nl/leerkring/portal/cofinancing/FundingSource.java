package nl.leerkring.portal.cofinancing;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * Money for a programme from one grantor, as entered from its decision: the ledger's one model of a
 * funding source, stored as a row of the gemeente's workspace and read by the checks, the roll-up
 * and the exports alike (a statement's frozen copy is read back into unsaved instances).
 *
 * <p>The decision number and date stay null while the source is only applied for; the award (or the
 * amount applied for) is never negative; the eligibility window is when costs may be incurred for
 * it; the yearly amounts are the award as the decision states it per calendar year (empty when it
 * does not). Its yearly amounts and allocations are small lists entered with the source, kept as
 * JSON columns ({@code [{"year":2024,"amount":"27000.00"}]}, {@code
 * [{"line":"materiaal","amount":"38000.00"}]}).
 */
@Entity
@Table(name = "ledger_source")
public class FundingSource extends TenantOwned {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call through the service loader, under the class loader's lock (a soak's flight recording found
   * request threads queueing there).
   */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 200)
  String name;

  @Column(length = 300)
  String grantor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  SourceKind kind;

  @Column(name = "decision_number", length = 100)
  String decisionNumber;

  @Column(name = "decision_date")
  LocalDate decisionDate;

  @Column(nullable = false, precision = 19, scale = 2)
  Money awarded;

  @Column(name = "eligible_from", nullable = false)
  LocalDate eligibleFrom;

  @Column(name = "eligible_until", nullable = false)
  LocalDate eligibleUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  SourceStatus status;

  @Column(nullable = false, precision = 7, scale = 4)
  Percentage rate;

  @Column(name = "in_kind_allowed", nullable = false)
  boolean inKindAllowed;

  @Column(name = "min_own_share", nullable = false, precision = 7, scale = 4)
  Percentage minimumOwnShare;

  @Column(name = "stated_award", precision = 19, scale = 2)
  Money statedAward;

  @Column(name = "stated_where", length = 500)
  String statedWhere;

  @Column(name = "yearly_amounts", nullable = false, length = 4000)
  String yearlyAmountsJson = "[]";

  @Column(name = "allocations", nullable = false, length = 8000)
  String allocationsJson = "[]";

  @Transient private List<YearAmount> yearly;

  protected FundingSource() {}

  /** A new row of a programme's ledger; {@link #record} fills it. */
  FundingSource(String programmeId) {
    this.programmeId = programmeId;
  }

  /** A source as the ledger core reads it, not stored (yet). */
  public FundingSource(
      String id,
      String name,
      String grantor,
      SourceKind kind,
      String decisionNumber,
      LocalDate decisionDate,
      Money awarded,
      Period eligibility,
      SourceStatus status,
      CofinancingRule rule,
      List<YearAmount> yearlyAmounts) {
    super(Objects.requireNonNull(id, "A funding source needs an id."));
    Objects.requireNonNull(kind, "Funding source " + id + " needs a kind.");
    Objects.requireNonNull(awarded, "Funding source " + id + " needs an amount.");
    Objects.requireNonNull(eligibility, "Funding source " + id + " needs an eligibility window.");
    Objects.requireNonNull(status, "Funding source " + id + " needs a status.");
    Objects.requireNonNull(rule, "Funding source " + id + " needs a cofinancing rule.");
    if (awarded.isNegative()) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, awarded);
    }
    this.name = name == null || name.isBlank() ? id : name;
    this.grantor = grantor;
    this.kind = kind;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.awarded = awarded;
    this.eligibleFrom = eligibility.start();
    this.eligibleUntil = eligibility.end();
    this.status = status;
    this.rate = rule.rate();
    this.inKindAllowed = rule.inKindAllowed();
    this.minimumOwnShare = rule.minimumOwnShare();
    this.yearly = yearlyAmounts == null ? List.of() : List.copyOf(yearlyAmounts);
    this.yearlyAmountsJson = yearlyJson(this.yearly);
  }

  /**
   * Takes what the ledger core read from a write (every field validated and named), with the award
   * as the decision states it and the allocations to budget lines; the status moves as {@link
   * #moveTo} lets it.
   */
  void record(
      FundingSource read, Money statedAward, String statedWhere, List<Allocation> allocations) {
    name = read.name;
    grantor = read.grantor;
    kind = read.kind;
    decisionNumber = read.decisionNumber;
    decisionDate = read.decisionDate;
    awarded = read.awarded;
    eligibleFrom = read.eligibleFrom;
    eligibleUntil = read.eligibleUntil;
    moveTo(read.status);
    rate = read.rate;
    inKindAllowed = read.inKindAllowed;
    minimumOwnShare = read.minimumOwnShare;
    this.statedAward = statedAward;
    this.statedWhere = statedWhere;
    yearly = read.yearlyAmounts();
    yearlyAmountsJson = Fields.fits("yearlyAmounts", yearlyJson(yearly), 4000);
    allocationsJson = Fields.fits("allocations", allocationsJson(allocations), 8000);
  }

  /**
   * A new source starts in any status; a saved one stays or moves one step on (applied → awarded →
   * established → reclaimed) and never back.
   */
  void moveTo(SourceStatus next) {
    if (status != null && status != next && !status.canMoveTo(next)) {
      throw PortalException.invalidField("status", CofinancingCode.STATUS_STEP, status, next);
    }
    status = next;
  }

  public String name() {
    return name;
  }

  public String grantor() {
    return grantor;
  }

  public SourceKind kind() {
    return kind;
  }

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public Money awarded() {
    return awarded;
  }

  public Period eligibility() {
    return new Period(null, eligibleFrom, eligibleUntil);
  }

  public SourceStatus status() {
    return status;
  }

  public CofinancingRule rule() {
    return new CofinancingRule(rate, inKindAllowed, minimumOwnShare);
  }

  /** The award as the decision states it, or null. */
  public Money statedAward() {
    return statedAward;
  }

  public String statedWhere() {
    return statedWhere;
  }

  public List<YearAmount> yearlyAmounts() {
    if (yearly == null) {
      yearly = read(yearlyAmountsJson, y -> new YearAmount(y.getInt("year"), money(y, "amount")));
    }
    return yearly;
  }

  public Money yearlyAmountsTotal() {
    return Money.sum(yearlyAmounts().stream().map(YearAmount::amount).toList());
  }

  /** What of this source is assigned to which budget line, as stored. */
  public List<Allocation> allocations() {
    return read(
        allocationsJson, a -> new Allocation(id(), a.getString("line"), money(a, "amount")));
  }

  private static Money money(JsonObject item, String key) {
    return Money.parse(item.getString(key));
  }

  private static <T> List<T> read(String json, Function<JsonObject, T> item) {
    try (var reader = JSON_P.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.stream().map(v -> item.apply(v.asJsonObject())).toList();
    }
  }

  private static String yearlyJson(List<YearAmount> amounts) {
    return write(
        amounts, y -> JSON_P.createObjectBuilder().add("year", y.year()), YearAmount::amount);
  }

  private static String allocationsJson(List<Allocation> allocations) {
    return write(
        allocations, a -> JSON_P.createObjectBuilder().add("line", a.lineId()), Allocation::amount);
  }

  /** Items as a JSON array of objects, each with its amount as a plain decimal string. */
  private static <T> String write(
      List<T> items, Function<T, JsonObjectBuilder> item, Function<T, Money> amount) {
    JsonArrayBuilder array = JSON_P.createArrayBuilder();
    items.forEach(i -> array.add(item.apply(i).add("amount", amount.apply(i).plain())));
    return array.build().toString();
  }
}
