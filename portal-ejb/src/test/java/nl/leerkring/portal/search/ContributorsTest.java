package nl.leerkring.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How changes and rebuilds reach the contributor of their kind, on a real index, no container. */
class ContributorsTest {

  private static final TenantId A = new TenantId("tenant-a");
  private static final TenantId B = new TenantId("tenant-b");

  /** A contributor over an in-memory table of entity ids by tenant (null: the catalog). */
  static final class Fake implements SearchContributor {
    final String kind;
    final boolean perTenant;
    final Map<TenantId, TreeMap<String, String>> rows = new java.util.HashMap<>();
    final List<String> calls = new ArrayList<>();

    Fake(String kind, boolean perTenant) {
      this.kind = kind;
      this.perTenant = perTenant;
    }

    Fake with(TenantId tenant, String... ids) {
      for (String id : ids) {
        rows.computeIfAbsent(tenant, t -> new TreeMap<>()).put(id, "title " + id);
      }
      return this;
    }

    @Override
    public Set<String> kinds() {
      return Set.of(kind);
    }

    @Override
    public boolean perTenant() {
      return perTenant;
    }

    @Override
    public Optional<IndexedItem> item(Viewer system, TenantId tenant, String kind, String id) {
      calls.add("item " + tenant + " " + id);
      return Optional.ofNullable(rows.getOrDefault(tenant, new TreeMap<>()).get(id))
          .map(title -> item(tenant, id, title));
    }

    @Override
    public long count(Viewer system, TenantId tenant) {
      calls.add("count " + tenant);
      return rows.getOrDefault(tenant, new TreeMap<>()).size();
    }

    @Override
    public List<IndexedItem> batch(Viewer system, TenantId tenant, String afterId, int max) {
      calls.add("batch " + tenant + " after " + afterId);
      TreeMap<String, String> of = rows.getOrDefault(tenant, new TreeMap<>());
      var rest = afterId == null ? of : of.tailMap(SearchContributor.entityId(afterId), false);
      return rest.entrySet().stream()
          .limit(max)
          .map(e -> item(tenant, e.getKey(), e.getValue()))
          .toList();
    }

    private IndexedItem item(TenantId tenant, String id, String title) {
      return new IndexedItem(
          SearchContributor.searchId(kind, id),
          kind,
          Visibility.privateTo(tenant == null ? A : tenant),
          title,
          null,
          null,
          "Gemeente",
          "nota",
          "Nota",
          null,
          null,
          null,
          null,
          "private",
          "/app/x?id=" + id);
    }
  }

  @TempDir Path dir;
  private SearchIndex index;

  /** Fresh for every test: a workspace contributor holding d1 of tenant A, alone. */
  private final Fake documents = new Fake("document", true).with(A, "d1");

  private final Contributors onlyDocuments = new Contributors(List.of(documents));

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private int size() {
    index.refresh();
    return index.size();
  }

  @Test
  void changeIsAppliedByTheContributorOfItsKind() {
    Fake publications = new Fake("publication", false).with(null, "p1");
    Contributors contributors = new Contributors(List.of(documents, publications));

    contributors.apply(index, 1, "document", "d1", A.value());
    contributors.apply(index, 2, "publication", "p1", A.value());

    assertEquals(List.of("item " + A + " d1"), documents.calls);
    assertEquals(List.of("item null p1"), publications.calls, "the catalog is read across tenants");
    assertEquals(2, size());
  }

  @Test
  void entityThatIsGoneIsDeletedFromTheIndex() {
    onlyDocuments.apply(index, 1, "document", "d1", A.value());
    assertEquals(1, size());

    documents.rows.get(A).remove("d1");
    onlyDocuments.apply(index, 2, "document", "d1", A.value());

    assertEquals(0, size());
  }

  @Test
  void unknownKindIsNotSearchableAndSkipped() {
    onlyDocuments.apply(index, 1, "programme", "d1", A.value());

    assertTrue(documents.calls.isEmpty());
    assertEquals(0, size());
  }

  @Test
  void workspaceChangeThatNamesNoTenantIsSkippedNotDeleted() {
    onlyDocuments.apply(index, 1, "document", "d1", A.value());

    onlyDocuments.apply(index, 2, "document", "d1", null);

    assertEquals(1, documents.calls.size(), "no read without a tenant");
    assertEquals(1, size(), "and nothing removed");
  }

  @Test
  void twoContributorsForOneKindAreRefused() {
    List<SearchContributor> both = List.of(new Fake("document", true), new Fake("document", false));
    assertThrows(IllegalStateException.class, () -> new Contributors(both));
  }

  @Test
  void rebuildReadsEachTenantInBatchesAndTheCatalogOnce() {
    Fake workspace = new Fake("document", true).with(A, "a1", "a2", "a3", "a4").with(B, "b1");
    Fake publications = new Fake("publication", false).with(null, "p1", "p2");
    Contributors contributors = new Contributors(List.of(workspace, publications));
    AtomicLong advanced = new AtomicLong();

    long total = contributors.count(List.of(A, B));
    contributors.rebuild(index, List.of(A, B), 2, n -> advanced.addAndGet(n));

    assertEquals(7, total);
    assertEquals(7, advanced.get());
    assertEquals(7, size());
    assertEquals(
        List.of(
            "count " + A,
            "count " + B,
            "batch " + A + " after null",
            "batch " + A + " after document:a2",
            "batch " + A + " after document:a4",
            "batch " + B + " after null"),
        workspace.calls);
    assertEquals(
        List.of("count null", "batch null after null", "batch null after publication:p2"),
        publications.calls);
    assertNull(publications.rows.get(A), "the catalog fake holds no tenant rows");
  }
}
