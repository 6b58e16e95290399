package nl.leerkring.portal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leerkring.portal.cofinancing.CofinancingBuilder;
import nl.leerkring.portal.cofinancing.ContributionEntry;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.LineEntry;
import nl.leerkring.portal.cofinancing.VersionEntry;
import nl.leerkring.portal.documents.Document;
import nl.leerkring.portal.documents.DocumentBuilder;
import nl.leerkring.portal.documents.DocumentFile;
import nl.leerkring.portal.koffer.KofferBuilder;
import nl.leerkring.portal.koffer.MethodCard;
import nl.leerkring.portal.koffer.MethodUse;
import nl.leerkring.portal.programmes.ActionShare;
import nl.leerkring.portal.programmes.Goal;
import nl.leerkring.portal.programmes.Milestone;
import nl.leerkring.portal.programmes.Partner;
import nl.leerkring.portal.programmes.Programme;
import nl.leerkring.portal.programmes.ProgrammeAction;
import nl.leerkring.portal.programmes.ProgrammeBuilder;
import nl.leerkring.portal.programmes.ProgrammeLink;
import nl.leerkring.portal.programmes.ProgressNote;
import nl.leerkring.portal.programmes.Theme;
import nl.leerkring.portal.workspace.SettingsBuilder;
import nl.leerkring.portal.workspace.TenantSettings;
import nl.leerkring.tenants.accounts.Member;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.directory.Tenant;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.TenantOwned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The isolation harness at the persistence level: for every tenant-owned aggregate, write one as
 * tenant A and try every JPA read and write path as tenant B. Each check first proves that A does
 * see its own row, so a check that could never fail is caught. The REST half of the harness is
 * {@code PortalIT}.
 */
public class TenantIsolationTest {

  /**
   * Every tenant-owned aggregate of the portal. Add a new one here: one line; {@link
   * #everyTenantOwnedEntityHasAnIsolationCase()} fails until you do.
   */
  public static Stream<TenantOwnedAggregate<?>> aggregates() {
    return Stream.of(
        TenantOwnedAggregate.of(Member.class, MemberBuilder::persistMember),
        TenantOwnedAggregate.of(TenantSettings.class, SettingsBuilder::persistSettings),
        TenantOwnedAggregate.of(Document.class, DocumentBuilder::persistDocument),
        TenantOwnedAggregate.of(DocumentFile.class, DocumentBuilder::persistFile),
        TenantOwnedAggregate.of(MethodCard.class, KofferBuilder::persistCard),
        TenantOwnedAggregate.of(MethodUse.class, KofferBuilder::persistUse),
        TenantOwnedAggregate.of(Programme.class, ProgrammeBuilder::persistProgramme),
        TenantOwnedAggregate.of(Partner.class, ProgrammeBuilder::persistPartner),
        TenantOwnedAggregate.of(Theme.class, ProgrammeBuilder::persistTheme),
        TenantOwnedAggregate.of(Goal.class, ProgrammeBuilder::persistGoal),
        TenantOwnedAggregate.of(ProgrammeAction.class, ProgrammeBuilder::persistAction),
        TenantOwnedAggregate.of(Milestone.class, ProgrammeBuilder::persistMilestone),
        TenantOwnedAggregate.of(ProgressNote.class, ProgrammeBuilder::persistNote),
        TenantOwnedAggregate.of(ProgrammeLink.class, ProgrammeBuilder::persistLink),
        TenantOwnedAggregate.of(ActionShare.class, ProgrammeBuilder::persistShare),
        TenantOwnedAggregate.of(FundingSource.class, CofinancingBuilder::persistSource),
        TenantOwnedAggregate.of(ContributionEntry.class, CofinancingBuilder::persistContribution),
        TenantOwnedAggregate.of(VersionEntry.class, CofinancingBuilder::persistVersion),
        TenantOwnedAggregate.of(LineEntry.class, CofinancingBuilder::persistLine));
  }

  private static final java.util.concurrent.atomic.AtomicInteger NEXT_CBS_CODE =
      new java.util.concurrent.atomic.AtomicInteger(1000);

  private static TestDatabase db;
  private static TenantId a;
  private static TenantId b;

  @BeforeAll
  static void open() {
    db = new TestDatabase();
  }

  /** Fresh tenants for every test: some aggregates allow one row per tenant. */
  @BeforeEach
  void twoTenants() {
    a = newTenant();
    b = newTenant();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static TenantId newTenant() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    int code = NEXT_CBS_CODE.getAndIncrement(); // unique within the fresh database of this run
    return db.unbound(
        em -> {
          Tenant t = new Tenant("iso-" + suffix, "Isolatie " + suffix, "GM" + code);
          em.persist(t);
          return t.id();
        });
  }

  private static <T extends TenantOwned> String writeAsA(TenantOwnedAggregate<T> aggregate) {
    return db.asTenant(a, em -> aggregate.writer().apply(em, a).id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregates")
  <T extends TenantOwned> void otherTenantCannotFindIt(TenantOwnedAggregate<T> aggregate) {
    String id = writeAsA(aggregate);
    assertNotNull(db.asTenant(a, em -> em.find(aggregate.type(), id)), "owner must find its row");
    assertNull(db.asTenant(b, em -> em.find(aggregate.type(), id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregates")
  <T extends TenantOwned> void otherTenantCannotListOrCountIt(TenantOwnedAggregate<T> aggregate) {
    String id = writeAsA(aggregate);
    String entity = aggregate.type().getSimpleName();
    List<String> seenByA = db.asTenant(a, em -> ids(em, aggregate.type()));
    assertTrue(seenByA.contains(id), "owner must list its row");

    List<String> seenByB = db.asTenant(b, em -> ids(em, aggregate.type()));
    assertTrue(!seenByB.contains(id), "JPQL list");
    long counted =
        db.asTenant(
            b,
            em ->
                em.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult());
    assertEquals(0L, counted, "JPQL count");
    assertEquals(
        0,
        db.asTenant(
                b,
                em -> {
                  CriteriaBuilder cb = em.getCriteriaBuilder();
                  CriteriaQuery<T> q = cb.createQuery(aggregate.type());
                  var root = q.from(aggregate.type());
                  return em.createQuery(q.where(cb.equal(root.get("id"), id))).getResultList();
                })
            .size(),
        "Criteria query");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregates")
  <T extends TenantOwned> void otherTenantCannotChangeOrDeleteIt(
      TenantOwnedAggregate<T> aggregate) {
    String id = writeAsA(aggregate);
    String entity = aggregate.type().getSimpleName();
    int deleted =
        db.asTenant(
            b,
            em ->
                em.createQuery("delete from " + entity + " e where e.id = :id")
                    .setParameter("id", id)
                    .executeUpdate());
    assertEquals(0, deleted, "JPQL bulk delete as the other tenant");
    assertNotNull(db.asTenant(a, em -> em.find(aggregate.type(), id)), "the row survived");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregates")
  <T extends TenantOwned> void unboundTenantFailsClosed(TenantOwnedAggregate<T> aggregate) {
    writeAsA(aggregate);
    String entity = aggregate.type().getSimpleName();
    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () ->
                db.unbound(em -> em.createQuery("select e from " + entity + " e").getResultList()));
    assertTrue(
        String.valueOf(refused.getMessage()).contains("6174"),
        "EclipseLink refuses the query for want of a tenant: " + refused.getMessage());
  }

  /** A new tenant-owned entity without a line in {@link #aggregates()} fails the build here. */
  @Test
  void everyTenantOwnedEntityHasAnIsolationCase() {
    Set<String> covered =
        aggregates().map(aggregate -> aggregate.type().getName()).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (Class<? extends TenantOwned> type : db.tenantOwnedTypes()) {
      if (!covered.contains(type.getName())) {
        missing.add(type.getName());
      }
    }
    assertEquals(Set.of(), missing, "tenant-owned entities without a case in aggregates()");
  }

  @Test
  void eachTenantSeesExactlyItsOwnMembers() {
    List<String> ofA = db.asTenant(a, em -> List.of(MemberBuilder.persistMember(em, a).id()));
    List<String> ofB = db.asTenant(b, em -> List.of(MemberBuilder.persistMember(em, b).id()));
    List<String> seenByA = db.asTenant(a, em -> ids(em, Member.class));
    List<String> seenByB = db.asTenant(b, em -> ids(em, Member.class));
    assertTrue(seenByA.containsAll(ofA) && seenByB.containsAll(ofB));
    assertTrue(seenByA.stream().noneMatch(ofB::contains));
    assertTrue(seenByB.stream().noneMatch(ofA::contains));
  }

  private static <T extends TenantOwned> List<String> ids(EntityManager em, Class<T> type) {
    return em
        .createQuery("select e from " + type.getSimpleName() + " e", type)
        .getResultList()
        .stream()
        .map(TenantOwned::id)
        .toList();
  }
}
