package nl.leerkring.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeFeed;
import nl.leerkring.portal.changes.ChangeLogEntry;
import nl.leerkring.portal.changes.ChangeSignal;
import nl.leerkring.search.index.IndexHome;
import nl.leerkring.search.index.ReaderFigures;
import nl.leerkring.search.index.SearchException;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The node's search index: keeps it following the change log, rebuilds it alongside the live one
 * when asked (or when there is none, or it has another schema version), and answers searches as a
 * viewer. Readiness is DOWN until an index is live.
 *
 * <p>Concurrency: searches run in parallel on the live index without locks; following and the final
 * step of a rebuild hold {@link #follow}'s lock, so the live index is swapped between two polls,
 * never during one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
  private static final int BATCH = 200;
  private static final long POLL_MILLIS = 250;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
  private static final Duration GAP_PATIENCE = Duration.ofMinutes(5);
  private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(60);

  /** Entries before a rebuild's starting point that are replayed, for transactions in flight. */
  private static final long REPLAY_WINDOW = 1_000;

  @Inject ChangeFeed changes;

  @Inject ChangeSignal signal;

  @Resource ContextService context;

  @Inject @Any Instance<SearchContributor> found;

  @Inject Tenants tenants;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject MetricRegistry metrics;

  /**
   * Minutes between two comparisons of this node's index with the database (0: never). Each reads
   * every searchable item, as a rebuild does, but writes only what differs.
   */
  @Inject
  @ConfigProperty(name = "portal.search.reconcile-minutes", defaultValue = "60")
  long reconcileMinutes;

  private Timer searches;

  private final ReentrantLock following = new ReentrantLock();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final AtomicBoolean woken = new AtomicBoolean();
  private Runnable stopListening = () -> {};
  private IndexHome home;
  private Contributors contributors;
  private volatile SearchIndex live;
  private volatile ChangeFollower<ChangeLogEntry> follower;
  private volatile RebuildProgress progress = RebuildProgress.none();
  private volatile String failure;
  private Instant lastCommit = Instant.now();
  private boolean uncommitted;
  private ScheduledFuture<?> polling;
  private ScheduledFuture<?> reconciling;

  @PostConstruct
  void start() {
    searches = metrics.timer("leerkring.search");
    metrics.gauge("leerkring.index.lag", this, SearchService::lag);
    metrics.gauge("leerkring.index.segments", this, s -> s.readerFigure(ReaderFigures::segments));
    metrics.gauge("leerkring.index.readers", this, s -> s.readerFigure(ReaderFigures::inUse));
    contributors = new Contributors(found);
    LOG.info(() -> "Search contributors answer for " + contributors.kinds());
    String dataDir =
        ConfigProvider.getConfig(SearchService.class.getClassLoader())
            .getOptionalValue("portal.data-dir", String.class)
            .orElse("./data");
    home = new IndexHome(Path.of(dataDir, "index").toAbsolutePath().normalize());
    try {
      Optional<SearchIndex> opened = home.openLive();
      long latest = changes.latest();
      if (opened.isPresent() && opened.get().sequence() > latest) {
        // The index has applied changes this database never had: it was built from another
        // database (or this one was restored from a backup). Following would skip changes.
        LOG.warning(
            "The search index is at change "
                + opened.get().sequence()
                + " but the database's change log ends at "
                + latest
                + "; rebuilding it from the database.");
        opened.get().close();
        opened = Optional.empty();
      }
      if (opened.isPresent()) {
        live = opened.get();
        home.removeAbandoned(live);
        follower = newFollower(live.sequence());
        LOG.info(
            () ->
                "Search index live at "
                    + live.path()
                    + " from change "
                    + live.sequence()
                    + "; catching up.");
      } else {
        LOG.info("No search index of schema " + SearchIndex.SCHEMA_VERSION + " yet; building one.");
        startRebuild("start");
      }
    } catch (RuntimeException e) {
      failure = "The search index could not be opened: " + e.getMessage();
      LOG.log(Level.SEVERE, failure, e);
      startRebuild("start after a failure");
    }
    scheduler.execute(
        IndexWarmUp::atStart); // beside the rest of the start, before the first change
    polling =
        scheduler.scheduleWithFixedDelay(
            () -> followQuietly("poll"), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    // A commit here or on another node wakes the follower at once; the poll stays for lost news.
    // The wake-up may come on one of Hazelcast's threads, so it carries this application's context.
    Runnable followNow =
        context.createContextualProxy(
            (Runnable)
                () -> {
                  woken.set(false);
                  followQuietly("wake-up");
                },
            Runnable.class);
    stopListening =
        signal.listen(
            () -> {
              if (woken.compareAndSet(false, true)) {
                scheduler.execute(followNow);
              }
            });
    if (reconcileMinutes > 0) {
      reconciling =
          scheduler.scheduleWithFixedDelay(
              this::reconcileQuietly, reconcileMinutes, reconcileMinutes, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    stopListening.run();
    if (polling != null) {
      polling.cancel(false);
    }
    if (reconciling != null) {
      reconciling.cancel(false);
    }
    following.lock();
    try {
      SearchIndex index = live;
      if (index != null) {
        if (follower != null) {
          index.commit(follower.checkpoint());
        }
        index.close();
      }
      live = null;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing the search index failed; it catches up at the next start", e);
    } finally {
      following.unlock();
    }
  }

  // --- reading ---

  public SearchResult search(Viewer viewer, SearchRequest request) {
    long started = System.nanoTime();
    try {
      return answer(viewer, index -> index.search(request, viewer));
    } finally {
      searches.update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  public SearchResult export(Viewer viewer, SearchRequest request) {
    return answer(viewer, index -> index.export(request, viewer));
  }

  public List<String> suggest(Viewer viewer, String prefix) {
    return answer(viewer, index -> index.suggest(prefix, viewer, 10));
  }

  public SearchResult similar(Viewer viewer, String id, int size) {
    return answer(viewer, index -> index.similar(id, viewer, size));
  }

  /**
   * Applies every committed change now and makes it searchable before returning: for a user who
   * wants to find what they just saved.
   */
  public void catchUp() {
    // While the first index is being built, wait for it (bounded): the caller asked to find what
    // they just saved, and the new index will contain it.
    long deadline = System.nanoTime() + CATCH_UP_WAIT.toNanos();
    while (live == null && rebuilding.get() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (live != null) {
      follow();
    }
  }

  // --- status and rebuild ---

  /**
   * How many change-log entries this node's index has not applied yet (for metrics); -1 while there
   * is no live index.
   */
  long lag() {
    ChangeFollower<ChangeLogEntry> f = follower;
    return live == null || f == null ? -1 : Math.max(0, changes.latest() - f.position());
  }

  /** A figure of the live index's reader for the long-run metrics; −1 while there is no index. */
  int readerFigure(ToIntFunction<ReaderFigures> figure) {
    SearchIndex index = live;
    try {
      return index == null ? -1 : figure.applyAsInt(index.readerFigures());
    } catch (RuntimeException swapped) {
      return -1; // a rebuild swapped the index between the read of live and the question
    }
  }

  /** What readiness and admins see. */
  public IndexStatus status() {
    SearchIndex index = live;
    ChangeFollower<ChangeLogEntry> f = follower;
    return new IndexStatus(
        index != null,
        index == null ? 0 : index.size(),
        f == null ? 0 : f.position(),
        f == null ? 0 : f.gapCount(),
        progress,
        failure);
  }

  /**
   * Starts a rebuild from the database beside the live index; searches keep using the live one
   * until the new one is complete. Asking while one runs returns its progress.
   */
  public RebuildProgress rebuild(Viewer viewer) {
    if (!viewer.isPlatformAdmin()) {
      throw PortalException.forbidden(SearchCode.ADMINS_ONLY);
    }
    startRebuild("asked by " + viewer.username());
    return progress;
  }

  public RebuildProgress progress() {
    return progress;
  }

  /**
   * Compares this node's index with the database and repairs what differs: an item missing or
   * different in the index is read again, one the database no longer has is removed. Following the
   * change log should leave nothing to repair; this catches what it missed (a transaction that
   * committed long after its change-log number, an index restored from an older copy). Items
   * changed while it reads are left to the change log. Runs every {@code
   * portal.search.reconcile-minutes} on each node (each node has its own index).
   *
   * @return how many items were repaired
   */
  public int reconcile() {
    SearchIndex index = live;
    if (index == null || rebuilding.get()) {
      return 0;
    }
    long from = changes.latest();
    List<TenantId> all = tenants.all().stream().map(t -> new TenantId(t.id())).toList();
    Map<String, TenantId> tenantOf = new HashMap<>();
    Map<String, String> database = contributors.fingerprints(all, BATCH, tenantOf);
    following.lock();
    try {
      follow();
      if (live != index) {
        return 0; // swapped for a rebuilt index meanwhile
      }
      IndexDiff diff =
          IndexDiff.between(database, index.fingerprints(), changedSince(from - REPLAY_WINDOW));
      for (String id : diff.stale()) {
        TenantId tenant = tenantOf.get(id);
        contributors.apply(
            index,
            0,
            id.substring(0, id.indexOf(':')),
            SearchContributor.entityId(id),
            tenant == null ? null : tenant.value());
      }
      diff.extra().forEach(index::delete);
      int repaired = diff.stale().size() + diff.extra().size();
      if (repaired > 0) {
        index.refresh();
        uncommitted = true;
        metrics.counter("leerkring.index.repairs").inc(repaired);
        LOG.warning(
            () ->
                "Reconciliation repaired the search index: "
                    + diff.stale().size()
                    + " items read again, "
                    + diff.extra().size()
                    + " removed, of "
                    + database.size());
      }
      return repaired;
    } finally {
      following.unlock();
    }
  }

  // --- internals ---

  /** The search ids of every change after {@code seq}. */
  private Set<String> changedSince(long seq) {
    Set<String> ids = new HashSet<>();
    List<ChangeLogEntry> due;
    long after = Math.max(0, seq);
    do {
      due = changes.after(after, BATCH * 5);
      for (ChangeLogEntry e : due) {
        ids.add(SearchContributor.searchId(e.entity(), e.entityId()));
        after = Math.max(after, e.seq());
      }
    } while (due.size() >= BATCH * 5);
    return ids;
  }

  private void reconcileQuietly() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reconciling the search index with the database failed", e);
    }
  }

  private <T> T answer(Viewer viewer, java.util.function.Function<SearchIndex, T> work) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(
          TenantsException.Kind.UNAUTHENTICATED, SearchCode.SIGN_IN_TO_SEARCH);
    }
    SearchIndex index = live;
    if (index == null) {
      throw new PortalException(
          TenantsException.Kind.UNAVAILABLE, SearchCode.BEING_PREPARED, progress.percent());
    }
    try {
      return work.apply(index);
    } catch (SearchException e) {
      throw new PortalException(
          kindOf(e.kind()), SearchCode.valueOf(e.reason().name()), e.args().toArray());
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      // The index was swapped under this search; the new one answers.
      return work.apply(live);
    }
  }

  private static TenantsException.Kind kindOf(SearchException.Kind kind) {
    return switch (kind) {
      case SYNTAX, INVALID -> TenantsException.Kind.INVALID;
      case NOT_FOUND -> TenantsException.Kind.NOT_FOUND;
      case UNAVAILABLE -> TenantsException.Kind.UNAVAILABLE;
    };
  }

  private ChangeFollower<ChangeLogEntry> newFollower(long start) {
    return new ChangeFollower<>(start, ChangeLogEntry::seq, GAP_PATIENCE, Clock.systemUTC());
  }

  private void followQuietly(String trigger) {
    try {
      if (live != null) {
        follow(trigger);
      }
    } catch (RuntimeException e) {
      failure = "Following the change log failed: " + e.getMessage();
      LOG.log(Level.WARNING, failure, e);
    }
  }

  private void follow() {
    follow("request");
  }

  /** Applies every visible change; {@code trigger} names what asked, for the log. */
  private void follow(String trigger) {
    following.lock();
    try {
      SearchIndex index = live;
      ChangeFollower<ChangeLogEntry> f = follower;
      if (index == null || f == null) {
        return;
      }
      long started = System.nanoTime();
      int applied = 0;
      Instant oldest = null;
      List<ChangeLogEntry> due;
      do {
        due = f.poll(source(), BATCH);
        for (ChangeLogEntry entry : due) {
          oldest = oldest == null ? entry.at() : oldest;
          apply(index, entry);
        }
        applied += due.size();
      } while (due.size() >= BATCH);
      if (applied > 0) {
        long read = System.nanoTime();
        index.refresh();
        uncommitted = true;
        logApplied(trigger, applied, oldest, started, read);
      }
      if (uncommitted && Instant.now().isAfter(lastCommit.plus(COMMIT_EVERY))) {
        index.commit(f.checkpoint());
        lastCommit = Instant.now();
        uncommitted = false;
      }
      failure = null;
    } finally {
      following.unlock();
    }
  }

  /** For measuring how soon a change is searchable (FINE: the cluster proof turns it on). */
  private static void logApplied(
      String trigger, int count, Instant oldest, long started, long read) {
    if (LOG.isLoggable(Level.FINE)) {
      long now = System.nanoTime();
      LOG.fine(
          String.format(
              "Index applied %d changes (%s), the first written %d ms ago: read and indexed in"
                  + " %d ms, searchable after a refresh of %d ms",
              count,
              trigger,
              Duration.between(oldest, Instant.now()).toMillis(),
              (read - started) / 1_000_000,
              (now - read) / 1_000_000));
    }
  }

  private ChangeFollower.Source<ChangeLogEntry> source() {
    return new ChangeFollower.Source<>() {
      @Override
      public List<ChangeLogEntry> after(long seq, int max) {
        return changes.after(seq, max);
      }

      @Override
      public List<ChangeLogEntry> among(java.util.Collection<Long> seqs) {
        return changes.among(seqs);
      }
    };
  }

  private void apply(SearchIndex index, ChangeLogEntry entry) {
    contributors.apply(index, entry.seq(), entry.entity(), entry.entityId(), entry.tenantId());
  }

  private void startRebuild(String reason) {
    if (!rebuilding.compareAndSet(false, true)) {
      return;
    }
    progress = RebuildProgress.started(reason);
    scheduler.execute(this::rebuildNow);
  }

  private void rebuildNow() {
    SearchIndex next = null;
    try {
      long startSeq = changes.latest();
      List<TenantId> all = tenants.all().stream().map(t -> new TenantId(t.id())).toList();
      progress = progress.counting(contributors.count(all));
      next = home.createNext();
      contributors.rebuild(next, all, BATCH, n -> progress = progress.advanced(n));
      swapIn(next, Math.max(0, startSeq - REPLAY_WINDOW));
      progress = progress.finished();
      LOG.info(() -> "Search index rebuilt: " + progress);
    } catch (RuntimeException e) {
      progress = progress.failed(e.toString());
      failure = "Rebuilding the search index failed: " + e.getMessage();
      LOG.log(Level.SEVERE, failure, e);
      if (next != null) {
        try {
          next.close();
        } catch (RuntimeException ignored) {
          // The abandoned generation is removed at the next start.
        }
      }
    } finally {
      rebuilding.set(false);
    }
  }

  /** Replays recent changes into the new index, then makes it the live one between two polls. */
  private void swapIn(SearchIndex next, long replayFrom) {
    ChangeFollower<ChangeLogEntry> f = newFollower(replayFrom);
    List<ChangeLogEntry> due;
    do {
      due = f.poll(source(), BATCH);
      due.forEach(e -> apply(next, e));
    } while (due.size() >= BATCH);
    following.lock();
    SearchIndex old;
    try {
      do {
        due = f.poll(source(), BATCH);
        due.forEach(e -> apply(next, e));
      } while (due.size() >= BATCH);
      home.makeLive(next, f.checkpoint());
      next.refresh();
      old = live;
      live = next;
      follower = f;
      lastCommit = Instant.now();
      uncommitted = false;
      failure = null;
    } finally {
      following.unlock();
    }
    if (old != null) {
      old.close();
    }
  }
}
