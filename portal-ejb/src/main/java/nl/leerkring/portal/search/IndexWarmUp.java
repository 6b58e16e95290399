package nl.leerkring.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexHome;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Indexes one made-up item in a scratch index, makes it searchable and finds it, then deletes the
 * scratch index. Run once at start, so the first real change on a node does not pay for loading and
 * compiling that code: on a busy machine a new node's first change took 5–7 s to become searchable
 * (1.4 s to index, 3.5 s to refresh) against under a second afterwards.
 */
final class IndexWarmUp {

  private static final Logger LOG = Logger.getLogger(IndexWarmUp.class.getName());

  private IndexWarmUp() {}

  /** Runs it under {@code java.io.tmpdir} and logs how long it took; a failure only costs time. */
  static void atStart() {
    long started = System.nanoTime();
    try {
      long found = run(Path.of(System.getProperty("java.io.tmpdir")));
      LOG.info(
          () ->
              "Search code warmed up in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms"
                  + (found == 1 ? "" : " (the made-up item was not found: " + found + ")"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Warming up the search code failed; the first change is slower", e);
    }
  }

  /**
   * Runs it in a new directory under {@code parent} (removed afterwards).
   *
   * @return how many items the search found: 1 when everything worked
   */
  static long run(Path parent) {
    Path scratch = parent.resolve("warm-up-" + UUID.randomUUID());
    try {
      Files.createDirectories(scratch);
      TenantId tenant = new TenantId(UUID.randomUUID().toString());
      try (SearchIndex index = SearchIndex.open(scratch)) {
        index.upsert(
            new IndexedItem(
                "document:" + UUID.randomUUID(),
                "document",
                Visibility.privateTo(tenant),
                "Opwarmen van de zoekindex",
                "Een verzonnen stuk",
                "De wijkteams bespraken het opwarmen van de zoekindex in de gemeenteraad.",
                "Opwarmen",
                "nota-bw",
                "Nota B&W",
                LocalDate.of(2025, 1, 1),
                null,
                List.of("wonen"),
                List.of("centrum"),
                "private",
                "/app/item.xhtml"));
        index.refresh();
        Viewer member =
            new Viewer("warm-up", "warm-up", "Opwarmen", tenant, Set.of(Role.MEMBER), List.of());
        return index.search(SearchRequest.of("zoekindex"), member).total();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot warm up the search code in " + scratch, e);
    } finally {
      try {
        IndexHome.deleteTree(scratch);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot remove " + scratch, e);
      }
    }
  }
}
