package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.ids;
import static nl.leerkring.search.index.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, writing, committing and switching indexes on disk. */
class IndexLifecycleTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final Viewer ANYONE = Viewer.anonymous();

  @TempDir Path dir;

  private static IndexedItem nota(String id, String title) {
    return item(id, Visibility.publicFrom(DUIVEN))
        .title(title)
        .text("Een nota over " + title.toLowerCase(java.util.Locale.ROOT) + ".")
        .gemeente("Duiven")
        .date("2024-01-01")
        .audience("public")
        .build();
  }

  private static List<String> find(SearchIndex index, String query) {
    return ids(index.search(SearchRequest.of(query), ANYONE));
  }

  private List<String> generations() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private String current() throws IOException {
    return Files.readString(dir.resolve(IndexHome.CURRENT), StandardCharsets.UTF_8).strip();
  }

  // --- one index ---

  @Test
  void aNewIndexHasNoSequenceAndNoSchema() {
    try (SearchIndex index = SearchIndex.open(dir.resolve("new"))) {
      assertEquals(0, index.sequence());
      assertEquals(Optional.empty(), index.schemaVersion());
      assertEquals(0, index.size());
      SearchResult empty = index.search(SearchRequest.of(""), ANYONE);
      assertEquals(0, empty.total());
      assertEquals(List.of(), empty.hits());
      for (Facet f : Facet.values()) {
        assertEquals(List.of(), empty.facets().get(f), f.toString());
      }
      assertEquals(List.of(), index.suggest("wi", ANYONE, 5));
    }
  }

  @Test
  void sequenceAndSchemaSurviveAReopen() {
    Path path = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(path)) {
      index.upsert(nota("document:1", "Wijkaanpak"));
      index.commit(42);
      assertEquals(42, index.sequence());
      assertEquals(Optional.of(SearchIndex.SCHEMA_VERSION), index.schemaVersion());
    }
    try (SearchIndex index = SearchIndex.open(path)) {
      assertEquals(42, index.sequence());
      assertEquals(Optional.of(SearchIndex.SCHEMA_VERSION), index.schemaVersion());
      assertEquals(List.of("document:1"), find(index, "wijkaanpak"));
      // A commit with nothing new still records the position.
      index.commit(43);
    }
    try (SearchIndex index = SearchIndex.open(path)) {
      assertEquals(43, index.sequence());
    }
  }

  @Test
  void anUpsertReplacesTheItemWithTheSameId() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.upsert(nota("document:1", "Mantelzorg"));
      index.refresh();
      assertEquals(List.of("document:1"), find(index, "mantelzorg"));
      index.upsert(nota("document:1", "Ouderenzorg"));
      index.upsert(nota("document:2", "Wijkaanpak"));
      index.refresh();
      assertEquals(2, index.size());
      assertEquals(List.of(), find(index, "mantelzorg"));
      assertEquals(List.of("document:1"), find(index, "ouderenzorg"));
      SearchResult all = index.search(SearchRequest.of(""), ANYONE);
      assertEquals(2, all.total());
      assertEquals(Set.of("document:1", "document:2"), Items.idSet(all));
    }
  }

  @Test
  void aDeleteRemovesTheItemAndAMissingIdIsNoError() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.upsert(nota("document:1", "Mantelzorg"));
      index.upsert(nota("document:2", "Mantelzorg thuis"));
      index.refresh();
      assertEquals(2, find(index, "mantelzorg").size());
      index.delete("document:1");
      index.delete("document:nothing");
      index.refresh();
      assertEquals(List.of("document:2"), find(index, "mantelzorg"));
      assertEquals(1, index.size());
      assertEquals(
          List.of(),
          index.suggest("mantelzorg", ANYONE, 5).stream()
              .filter(w -> !w.equals("mantelzorg"))
              .toList());
    }
  }

  @Test
  void writesBecomeVisibleAtTheNextRefresh() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.upsert(nota("document:1", "Wijkaanpak"));
      assertEquals(List.of(), find(index, "wijkaanpak"));
      assertEquals(0, index.size());
      index.commit(1);
      assertEquals(List.of(), find(index, "wijkaanpak"));
      index.refresh();
      assertEquals(List.of("document:1"), find(index, "wijkaanpak"));
      assertEquals(1, index.size());

      index.delete("document:1");
      assertEquals(List.of("document:1"), find(index, "wijkaanpak"));
      index.refresh();
      assertEquals(List.of(), find(index, "wijkaanpak"));
    }
  }

  @Test
  void theSequenceNeverClaimsMoreThanWasCommitted() {
    Path path = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(path)) {
      index.upsert(nota("document:1", "Wijkaanpak"));
      index.commit(5);
      index.upsert(nota("document:2", "Mantelzorg"));
      index.refresh();
      assertEquals(2, index.size());
      assertEquals(5, index.sequence());
    }
    try (SearchIndex index = SearchIndex.open(path)) {
      // Writes after the last commit are replayed from the change log from here on.
      assertEquals(5, index.sequence());
      assertEquals(Optional.of(SearchIndex.SCHEMA_VERSION), index.schemaVersion());
      assertEquals(List.of("document:1"), find(index, "wijkaanpak"));
    }
  }

  // --- generations ---

  @Test
  void thereIsNoLiveIndexAtFirst() throws IOException {
    IndexHome home = new IndexHome(dir.resolve("home"));
    assertEquals(Optional.empty(), home.openLive());
    IndexHome existing = new IndexHome(dir);
    assertEquals(Optional.empty(), existing.openLive());
  }

  @Test
  void aGenerationMadeLiveIsOpenedWithItsSequence() throws IOException {
    IndexHome home = new IndexHome(dir);
    try (SearchIndex next = home.createNext()) {
      next.upsert(nota("document:1", "Wijkaanpak"));
      assertEquals(Optional.empty(), home.openLive().map(this::closed));
      home.makeLive(next, 17);
      assertEquals("gen-000001", current());
    }
    try (SearchIndex live = home.openLive().orElseThrow()) {
      assertEquals(17, live.sequence());
      assertEquals(dir.resolve("gen-000001"), live.path());
      assertEquals(List.of("document:1"), find(live, "wijkaanpak"));
    }
  }

  private String closed(SearchIndex index) {
    index.close();
    return index.path().toString();
  }

  @Test
  void switchingKeepsThePreviousGenerationAndDeletesOlderOnes() throws IOException {
    IndexHome home = new IndexHome(dir);
    for (int gen = 1; gen <= 3; gen++) {
      try (SearchIndex next = home.createNext()) {
        next.upsert(nota("document:" + gen, "Versie" + gen));
        home.makeLive(next, gen * 10L);
      }
      assertEquals(String.format("gen-%06d", gen), current());
      try (SearchIndex live = home.openLive().orElseThrow()) {
        assertEquals(gen * 10L, live.sequence());
        assertEquals(List.of("document:" + gen), find(live, "versie" + gen));
        assertEquals(1, live.size());
      }
    }
    assertEquals(List.of("gen-000002", "gen-000003"), generations());
    assertFalse(Files.exists(dir.resolve(IndexHome.CURRENT + ".tmp")));
  }

  @Test
  void generationNamesUseAsciiDigitsInAnyLocale() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("ar-EG"));
    try {
      IndexHome home = new IndexHome(dir);
      try (SearchIndex next = home.createNext()) {
        home.makeLive(next, 1);
      }
      try (SearchIndex next = home.createNext()) {
        home.makeLive(next, 2);
      }
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(List.of("gen-000001", "gen-000002"), generations());
    assertEquals("gen-000002", current());
  }

  @Test
  void aGenerationOfAnotherSchemaIsNotOpened() throws IOException {
    Path gen = dir.resolve("gen-000001");
    try (FSDirectory directory = FSDirectory.open(gen);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField("id", "document:old", Field.Store.YES));
      writer.addDocument(d);
      writer.setLiveCommitData(
          Map.of(SearchIndex.SCHEMA_KEY, "0", SearchIndex.SEQUENCE_KEY, "99").entrySet());
      writer.commit();
    }
    Files.writeString(dir.resolve(IndexHome.CURRENT), "gen-000001", StandardCharsets.UTF_8);
    IndexHome home = new IndexHome(dir);

    assertEquals(Optional.empty(), home.openLive());

    // A rebuild goes beside it and then replaces it.
    try (SearchIndex next = home.createNext()) {
      assertEquals(dir.resolve("gen-000002"), next.path());
      home.makeLive(next, 100);
    }
    try (SearchIndex live = home.openLive().orElseThrow()) {
      assertEquals(100, live.sequence());
      assertEquals(Optional.of(SearchIndex.SCHEMA_VERSION), live.schemaVersion());
    }
  }

  @Test
  void aPointerToAGenerationWithoutACommitOrToNothingIsNotOpened() throws IOException {
    Files.createDirectories(dir.resolve("gen-000001"));
    Files.writeString(dir.resolve(IndexHome.CURRENT), "gen-000001", StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), new IndexHome(dir).openLive());
    Files.writeString(dir.resolve(IndexHome.CURRENT), "gen-000009\n", StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), new IndexHome(dir).openLive());
    Files.writeString(dir.resolve(IndexHome.CURRENT), "../elsewhere", StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), new IndexHome(dir).openLive());
  }

  @Test
  void abandonedGenerationsAreRemoved() throws IOException {
    IndexHome home = new IndexHome(dir);
    try (SearchIndex first = home.createNext()) {
      home.makeLive(first, 1);
    }
    try (SearchIndex crashed = home.createNext()) {
      crashed.upsert(nota("document:half", "Half"));
    }
    Files.createDirectories(dir.resolve("gen-000007"));
    Files.writeString(dir.resolve("gen-000007").resolve("junk"), "x");
    Files.createDirectories(dir.resolve("other"));
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000007", "other"), generations());

    try (SearchIndex live = home.openLive().orElseThrow()) {
      home.removeAbandoned(live);
      assertEquals(List.of("gen-000001", "other"), generations());
      assertEquals(1, live.sequence());
    }
    try (SearchIndex next = home.createNext()) {
      assertEquals(dir.resolve("gen-000002"), next.path());
    }
  }

  // --- concurrency ---

  @Test
  void searchesRunWhileAnotherThreadWrites() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int i = 0; i < 20; i++) {
        index.upsert(nota("document:seed" + i, "Wijkaanpak " + i));
      }
      index.refresh();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      Thread writer =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < 200; i++) {
                    index.upsert(nota("document:" + (i % 50), "Mantelzorg wijkaanpak " + i));
                    if (i % 7 == 0) {
                      index.delete("document:" + ((i + 3) % 50));
                    }
                    if (i % 10 == 0) {
                      index.refresh();
                    }
                    if (i % 50 == 0) {
                      index.commit(i);
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              });
      List<Integer> totals = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < 200; i++) {
                    SearchResult r =
                        index.search(new SearchRequest("wijkaanpak", Map.of(), null, 1, 5), ANYONE);
                    if (r.total() < 20 || r.hits().isEmpty()) {
                      throw new AssertionError("total " + r.total());
                    }
                    index.suggest("ma", ANYONE, 5);
                    synchronized (totals) {
                      totals.add((int) r.total());
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              });
      writer.start();
      reader.start();
      start.countDown();
      writer.join(20_000);
      reader.join(20_000);
      assertFalse(writer.isAlive() || reader.isAlive(), "threads did not finish");
      assertEquals(List.of(), failures);
      assertEquals(200, totals.size());
      index.refresh();
      assertTrue(find(index, "mantelzorg").size() > 0);
      assertNotEquals(0, index.size());
    }
  }

  /**
   * Issue F10, finding 12: viewers of six tenants search in parallel while items are written and
   * the index is swapped for a rebuilt one and the old one closed, as the portal's indexer does.
   * Every answer must be exactly the asking viewer's: a search that races the close fails with
   * {@code AlreadyClosedException} (the owner asks the new index again), never with another answer.
   */
  @Test
  void viewersOfManyTenantsGetOnlyTheirOwnAnswersDuringWritesAndASwap() throws Exception {
    int tenants = 6;
    List<TenantId> owners = new ArrayList<>();
    List<Viewer> viewers = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      owners.add(new TenantId("tenant-" + t));
      viewers.add(Items.viewer(owners.get(t), Role.MEMBER));
    }
    // Tenant t's words: "kring<t>x" in its two first items, "stuk<t>a"/"stuk<t>b" in one each; the
    // word "gedeeldx" in every item of every tenant, also in those written during the searches.
    java.util.function.BiFunction<Integer, String, IndexedItem> privateItem =
        (t, name) ->
            item("document:" + t + "-" + name, Visibility.privateTo(owners.get(t)))
                .title("Notitie " + name)
                .text(
                    "Het gedeeldx en "
                        + name
                        + (name.startsWith("stuk") ? " van kring" + t + "x." : "."))
                .gemeente("Gemeente " + t)
                .themes("thema" + t)
                .build();
    AtomicReference<SearchIndex> live = new AtomicReference<>(SearchIndex.open(dir.resolve("a")));
    for (int t = 0; t < tenants; t++) {
      for (String name : new String[] {"stuk" + t + "a", "stuk" + t + "b"}) {
        live.get().upsert(privateItem.apply(t, name));
      }
    }
    live.get().refresh();

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger raced = new AtomicInteger();
    List<String> anomalies = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int v = 0; v < tenants; v++) {
      int own = v;
      threads.add(
          new Thread(
              () -> {
                java.util.Random random = new java.util.Random(own);
                while (!stop.get()) {
                  int other = random.nextInt(tenants);
                  String q =
                      switch (random.nextInt(3)) {
                        case 0 -> "kring" + other + "x";
                        case 1 -> "stuk" + other + (random.nextBoolean() ? "a" : "b");
                        default -> "gedeeldx";
                      };
                  SearchResult r;
                  List<String> suggested;
                  try {
                    r = live.get().search(SearchRequest.of(q), viewers.get(own));
                    suggested = live.get().suggest("stuk", viewers.get(own), 20);
                  } catch (org.apache.lucene.store.AlreadyClosedException swapped) {
                    raced.incrementAndGet(); // the owner asks the new index again
                    continue;
                  } catch (RuntimeException failed) {
                    anomalies.add("tenant " + own + " asked " + q + ": " + failed);
                    continue;
                  }
                  answered.incrementAndGet();
                  long expected =
                      q.equals("gedeeldx") ? -1 : other != own ? 0 : q.startsWith("kring") ? 2 : 1;
                  if (expected >= 0 && r.total() != expected
                      || expected < 0 && r.total() < 2
                      || r.hits().stream()
                          .anyMatch(h -> !h.id().startsWith("document:" + own + "-"))
                      || Items.facet(r, Facet.THEME).keySet().stream()
                          .anyMatch(theme -> !theme.equals("thema" + own))) {
                    anomalies.add("tenant " + own + " asked " + q + ": " + r);
                  }
                  if (suggested.stream().anyMatch(w -> !w.startsWith("stuk" + own))) {
                    anomalies.add("tenant " + own + " was suggested " + suggested);
                  }
                }
              }));
    }
    Thread writer =
        new Thread(
            () -> {
              for (int n = 0; !stop.get(); n++) {
                try {
                  live.get().upsert(privateItem.apply(n % tenants, "extra" + n));
                  if (n % 5 == 0) {
                    live.get().refresh();
                  }
                } catch (org.apache.lucene.store.AlreadyClosedException swapped) {
                  // The portal's indexer writes under the lock of the swap; here the write is lost.
                }
              }
            });
    threads.forEach(Thread::start);
    writer.start();
    for (int swap = 0; swap < 3; swap++) {
      Thread.sleep(300);
      // A rebuild: a new index beside the live one with everything, then the swap, then the close.
      SearchIndex next = SearchIndex.open(dir.resolve("gen" + swap));
      for (int t = 0; t < tenants; t++) {
        for (String name : new String[] {"stuk" + t + "a", "stuk" + t + "b"}) {
          next.upsert(privateItem.apply(t, name));
        }
      }
      next.refresh();
      live.getAndSet(next).close();
    }
    Thread.sleep(300);
    stop.set(true);
    writer.join(20_000);
    for (Thread t : threads) {
      t.join(20_000);
    }
    live.get().close();
    System.out.printf(
        "%d answers to six viewers during writes and 3 swaps (%d raced a close); %d anomalies%n",
        answered.get(), raced.get(), anomalies.size());
    assertEquals(List.of(), anomalies.stream().limit(5).toList());
    assertTrue(answered.get() > 100, "only " + answered.get() + " answers");
  }

  @Test
  void searchesSuggestionsAndRefreshesGiveTheReaderBackSoNothingHoldsItAfterwards() {
    try (SearchIndex index = SearchIndex.open(dir.resolve("figures"))) {
      for (int i = 0; i < 30; i++) {
        index.upsert(nota("nota-" + i, "Wijkaanpak " + i));
        if (i % 10 == 9) {
          index.commit(i);
          index.refresh();
        }
      }
      for (int i = 0; i < 50; i++) {
        assertFalse(find(index, "wijkaanpak").isEmpty());
        index.suggest("wijk", ANYONE, 5);
        index.similar("nota-" + i % 30, ANYONE, 3);
      }
      // A failing search must give its reader back as well.
      for (int i = 0; i < 5; i++) {
        try {
          find(index, "\"niet afgesloten");
        } catch (SearchException expected) {
          // refused as invalid input; what matters is the reader
        }
      }
      ReaderFigures figures = index.readerFigures();
      assertEquals(0, figures.inUse(), "searches still hold the reader: " + figures);
      assertTrue(figures.segments() >= 1 && figures.segments() <= 3, figures.toString());
    }
  }
}
