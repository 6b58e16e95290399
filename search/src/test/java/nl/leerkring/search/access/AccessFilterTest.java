package nl.leerkring.search.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessFilterTest {

  private static final TenantId TENANT_A = new TenantId("tenant-a");
  private static final TenantId TENANT_B = new TenantId("tenant-b");
  private static final CircleId CIRCLE_1 = new CircleId("circle-1");
  private static final CircleId CIRCLE_2 = new CircleId("circle-2");

  private static final Viewer MEMBER_OF_A_IN_CIRCLE_1 =
      viewer(TENANT_A, Role.MEMBER, grant(CIRCLE_1, CircleRole.MEMBER));
  private static final Viewer MEMBER_OF_B_IN_NO_CIRCLE = viewer(TENANT_B, Role.MEMBER);
  private static final Viewer FACILITATOR_OF_CIRCLE_2 =
      viewer(null, Role.FACILITATOR, grant(CIRCLE_2, CircleRole.FACILITATOR));
  private static final Viewer RESEARCHER_IN_CIRCLE_1 =
      viewer(null, Role.RESEARCHER, grant(CIRCLE_1, CircleRole.RESEARCHER));
  private static final Viewer PLATFORM_ADMIN = viewer(null, Role.PLATFORM_ADMIN);
  private static final Viewer ANONYMOUS = Viewer.anonymous();

  /** What each viewer may open, written out by hand: the oracle the index is checked against. */
  private static final Map<Viewer, Set<String>> MAY_OPEN = new LinkedHashMap<>();

  static {
    MAY_OPEN.put(
        MEMBER_OF_A_IN_CIRCLE_1, Set.of("a-private", "a-circle-1", "a-public", "b-public"));
    MAY_OPEN.put(MEMBER_OF_B_IN_NO_CIRCLE, Set.of("b-private", "a-public", "b-public"));
    MAY_OPEN.put(FACILITATOR_OF_CIRCLE_2, Set.of("b-circle-2", "a-public", "b-public"));
    MAY_OPEN.put(RESEARCHER_IN_CIRCLE_1, Set.of("a-circle-1", "a-public", "b-public"));
    MAY_OPEN.put(PLATFORM_ADMIN, Set.of("a-public", "b-public"));
    MAY_OPEN.put(ANONYMOUS, Set.of("a-public", "b-public"));
  }

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.addDocument(
          doc("a-private", "wijkaanpak begroting concept geheim", Visibility.privateTo(TENANT_A)));
      writer.addDocument(
          doc("a-circle-1", "wijkaanpak evaluatie", Visibility.inCircle(TENANT_A, CIRCLE_1)));
      writer.addDocument(doc("a-public", "wijkaanpak nota", Visibility.publicFrom(TENANT_A)));
      writer.addDocument(
          doc("b-private", "mantelzorg begroting geheim", Visibility.privateTo(TENANT_B)));
      writer.addDocument(
          doc("b-circle-2", "mantelzorg evaluatie", Visibility.inCircle(TENANT_B, CIRCLE_2)));
      writer.addDocument(doc("b-public", "mantelzorg nota", Visibility.publicFrom(TENANT_B)));
      writer.addDocument(doc("no-visibility", "wijkaanpak mantelzorg geheim", null));
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static Document doc(String id, String body, Visibility visibility) {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.YES));
    document.add(new TextField("body", body, Field.Store.NO));
    if (visibility != null) {
      visibility.writeTo(document);
    }
    return document;
  }

  private static CircleGrant grant(CircleId circle, CircleRole role) {
    return new CircleGrant(circle, circle.value(), "Leerkring " + circle, role);
  }

  private static Viewer viewer(TenantId tenant, Role role, CircleGrant... circles) {
    String name = role.label() + "@" + tenant;
    return new Viewer("acc-" + name, name, name, tenant, Set.of(role), List.of(circles));
  }

  private static Query word(String word) {
    return new TermQuery(new Term("body", word));
  }

  private static Set<String> ids(Query query) throws IOException {
    TopDocs top = searcher.search(query, 100);
    StoredFields stored = searcher.storedFields();
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(stored.document(hit.doc).get("id"));
    }
    assertEquals(ids.size(), top.totalHits.value, "total hits of " + query);
    return ids;
  }

  private static Set<String> readable(Viewer viewer) throws IOException {
    return ids(AccessFilter.restrict(new MatchAllDocsQuery(), viewer));
  }

  @Test
  void memberOfATenantReadsItsPrivateDocumentsItsCircleAndPublic() throws IOException {
    assertEquals(
        Set.of("a-private", "a-circle-1", "a-public", "b-public"),
        readable(MEMBER_OF_A_IN_CIRCLE_1));
  }

  @Test
  void memberOfATenantInNoCircleReadsItsPrivateDocumentsAndPublic() throws IOException {
    assertEquals(Set.of("b-private", "a-public", "b-public"), readable(MEMBER_OF_B_IN_NO_CIRCLE));
  }

  @Test
  void facilitatorReadsTheCircleTheyGuideAndPublicButNoPrivateDocument() throws IOException {
    assertEquals(Set.of("b-circle-2", "a-public", "b-public"), readable(FACILITATOR_OF_CIRCLE_2));
  }

  @Test
  void researcherReadsTheGrantedCircleAndPublic() throws IOException {
    assertEquals(Set.of("a-circle-1", "a-public", "b-public"), readable(RESEARCHER_IN_CIRCLE_1));
  }

  @Test
  void anonymousViewerReadsPublicOnly() throws IOException {
    assertEquals(Set.of("a-public", "b-public"), readable(ANONYMOUS));
  }

  @Test
  void platformAdminGetsNoSpecialReadRights() throws IOException {
    assertEquals(Set.of("a-public", "b-public"), readable(PLATFORM_ADMIN));
  }

  @Test
  void viewerInSeveralCirclesReadsEachOfThem() throws IOException {
    Viewer coordinator =
        viewer(
            TENANT_A,
            Role.MEMBER,
            grant(CIRCLE_1, CircleRole.MEMBER),
            grant(CIRCLE_2, CircleRole.COORDINATOR));

    assertEquals(
        Set.of("a-private", "a-circle-1", "b-circle-2", "a-public", "b-public"),
        readable(coordinator));
  }

  @Test
  void otherTenantsPrivateDocumentIsNotFoundByItsOwnWords() throws IOException {
    assertEquals(
        Set.of("a-private"), ids(AccessFilter.restrict(word("geheim"), MEMBER_OF_A_IN_CIRCLE_1)));
    assertEquals(
        Set.of("b-private"), ids(AccessFilter.restrict(word("geheim"), MEMBER_OF_B_IN_NO_CIRCLE)));
    assertEquals(Set.of(), ids(AccessFilter.restrict(word("geheim"), RESEARCHER_IN_CIRCLE_1)));
    assertEquals(Set.of(), ids(AccessFilter.restrict(word("geheim"), PLATFORM_ADMIN)));
  }

  @Test
  void documentWithoutVisibilityIsReadByNobody() throws IOException {
    for (Viewer viewer : MAY_OPEN.keySet()) {
      assertFalse(readable(viewer).contains("no-visibility"), viewer.username());
    }
  }

  @Test
  void countsNeverIncludeADocumentTheViewerMayNotOpen() throws IOException {
    List<Query> queries =
        List.of(
            new MatchAllDocsQuery(),
            word("wijkaanpak"),
            word("mantelzorg"),
            word("begroting"),
            word("geheim"),
            word("evaluatie"),
            word("nota"));
    Map<Query, Set<String>> unrestricted = new HashMap<>();
    for (Query query : queries) {
      unrestricted.put(query, ids(query));
    }
    for (Map.Entry<Viewer, Set<String>> entry : MAY_OPEN.entrySet()) {
      for (Query query : queries) {
        Set<String> expected = new TreeSet<>(unrestricted.get(query));
        expected.retainAll(entry.getValue());
        BooleanQuery restricted = AccessFilter.restrict(query, entry.getKey());

        assertEquals(
            expected.size(),
            searcher.count(restricted),
            entry.getKey().username() + " counting " + query);
        assertEquals(expected, ids(restricted), entry.getKey().username() + " searching " + query);
      }
    }
  }

  @Test
  void accessFilterAloneMatchesExactlyWhatTheViewerMayOpen() throws IOException {
    for (Map.Entry<Viewer, Set<String>> entry : MAY_OPEN.entrySet()) {
      assertEquals(
          entry.getValue(), ids(AccessFilter.forViewer(entry.getKey())), entry.getKey().username());
    }
  }

  @Test
  void restrictingDoesNotChangeTheScoresOfTheUserQuery() throws IOException {
    Query query = word("wijkaanpak");
    Map<Integer, Float> unrestricted = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      unrestricted.put(hit.doc, hit.score);
    }

    ScoreDoc[] hits =
        searcher.search(AccessFilter.restrict(query, MEMBER_OF_A_IN_CIRCLE_1), 100).scoreDocs;

    assertEquals(3, hits.length);
    for (ScoreDoc hit : hits) {
      assertEquals(unrestricted.get(hit.doc), hit.score, 0.0f);
    }
  }

  @Test
  void userQueryIsRequiredAndAccessOnlyFilters() {
    Query query = word("wijkaanpak");

    List<BooleanClause> clauses = AccessFilter.restrict(query, ANONYMOUS).clauses();

    assertEquals(2, clauses.size());
    assertSame(query, clauses.get(0).getQuery());
    assertEquals(Occur.MUST, clauses.get(0).getOccur());
    assertEquals(AccessFilter.forViewer(ANONYMOUS), clauses.get(1).getQuery());
    assertEquals(Occur.FILTER, clauses.get(1).getOccur());
  }

  @Test
  void viewerAndQueryAreRequired() {
    assertThrows(NullPointerException.class, () -> AccessFilter.forViewer(null));
    assertThrows(NullPointerException.class, () -> AccessFilter.restrict(word("nota"), null));
    assertThrows(NullPointerException.class, () -> AccessFilter.restrict(null, ANONYMOUS));
  }
}
