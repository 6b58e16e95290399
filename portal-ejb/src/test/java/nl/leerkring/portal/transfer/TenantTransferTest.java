package nl.leerkring.portal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.portal.isolation.Implementations;
import nl.leerkring.portal.isolation.TenantIsolationTest;
import nl.leerkring.portal.isolation.TestDatabase;
import nl.leerkring.tenants.directory.Tenant;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gemeente's export and import on a real database and blob store: every kind with its files, a
 * manifest whose checksums hold, nothing of another gemeente, and a round trip that gives the same
 * counts and files; a ZIP that is not a whole export is refused before anything is written.
 */
class TenantTransferTest {

  private static final Instant AT = Instant.parse("2026-12-07T01:00:00Z");
  private static final AtomicInteger NEXT_CBS_CODE = new AtomicInteger(3000);

  private static TestDatabase db;
  private static List<WorkspaceTable> tables;

  @TempDir static Path dir;

  private static BlobStore blobs;

  @BeforeAll
  static void open() {
    db = new TestDatabase();
    blobs = new BlobStore(dir.resolve("blobs"), Clock.systemUTC());
    tables = Contributions.of(Implementations.of(WorkspaceContributor.class));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void exportHoldsEveryKindWithChecksumsAndNoPasswords() throws Exception {
    TenantView a = gemeenteWithData("Original nota van A");
    AtomicInteger progress = new AtomicInteger();
    Path zip = export(a, progress);

    assertEquals(100, progress.get());
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Manifest manifest = ExportArchive.open(zip, kinds(), Long.MAX_VALUE).manifest();
      assertEquals(a.slug(), manifest.gemeente().slug());
      assertEquals(tables.size(), manifest.counts().size(), "one count per kind");
      assertTrue(manifest.counts().get("documents") >= 2, "the documents of the harness");
      assertEquals(1, manifest.counts().get("audit-log"));
      assertTrue(manifest.counts().get("accounts") >= 1);
      String accounts = text(file, "gegevens/accounts.json");
      assertTrue(accounts.contains("\"username\""));
      assertFalse(accounts.contains("password_hash"), "no password hashes leave the portal");
      assertTrue(text(file, "csv/documents.csv").startsWith("\uFEFFid;"));
      assertTrue(text(file, "LEESMIJ.txt").contains("Export van gemeente " + a.name()));
      long originals =
          manifest.files().stream()
              .filter(f -> f.path().startsWith("bestanden/") && f.path().endsWith(".pdf"))
              .count();
      assertEquals(manifest.counts().get("document-files"), (int) originals);
    }
  }

  @Test
  void anExportIsTheSameWhetherOrNotAnotherGemeenteHasData() throws Exception {
    TenantView a = gemeenteWithData("Nota van A");
    Map<String, String> before = contents(export(a, new AtomicInteger()));

    gemeenteWithData("Nota van B, met andere woorden");
    Map<String, String> after = contents(export(a, new AtomicInteger()));

    assertEquals(before, after);
  }

  @Test
  void aRoundTripGivesTheSameCountsAndFilesAndCanBeRepeated() throws Exception {
    TenantView a = gemeenteWithData("Nota voor de rondreis");
    Path first = export(a, new AtomicInteger());

    TenantView copy = importAs(first);
    TenantView again = importAs(first);

    for (TenantView imported : List.of(copy, again)) {
      Path second = export(imported, new AtomicInteger());
      Manifest m1 = ExportArchive.open(first, kinds(), Long.MAX_VALUE).manifest();
      Manifest m2 = ExportArchive.open(second, kinds(), Long.MAX_VALUE).manifest();
      assertEquals(m1.counts(), m2.counts());
      assertEquals(fileChecksums(m1), fileChecksums(m2));
      assertEquals(imported.slug(), m2.gemeente().slug());
    }
    Map<String, String> copied = contents(export(copy, new AtomicInteger()));
    assertNotEquals(
        copied.get("gegevens/documents.json"),
        contents(first).get("gegevens/documents.json"),
        "the copy's documents have ids of their own");
  }

  @Test
  void anAlteredFileIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path zip = export(gemeenteWithData("Nota om te vervalsen"), new AtomicInteger());
    Path altered =
        rewritten(
            zip, (name, bytes) -> name.equals("gegevens/documents.json") ? flip(bytes) : bytes);

    assertRefused(TransferCode.CHECKSUM_MISMATCH, altered);
  }

  @Test
  void aZipThatIsNoExportOfThisFormatIsRefusedWithWhatIsWrong() throws Exception {
    Path zip = export(gemeenteWithData("Nota als grondstof"), new AtomicInteger());
    Path notZip = Files.writeString(dir.resolve("geen.zip"), "dit is geen zip");
    assertRefused(TransferCode.NOT_A_ZIP, notZip);
    assertRefused(
        TransferCode.MANIFEST_MISSING,
        rewritten(zip, (n, b) -> n.equals("manifest.json") ? null : b));
    assertRefused(
        TransferCode.FORMAT_UNKNOWN,
        rewritten(
            zip,
            (n, b) ->
                n.equals("manifest.json")
                    ? new String(b, StandardCharsets.UTF_8)
                        .replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                        .getBytes(StandardCharsets.UTF_8)
                    : b));
    assertRefused(
        TransferCode.FILE_MISSING, rewritten(zip, (n, b) -> n.startsWith("teksten/") ? null : b));
    Path extra = rewritten(zip, (n, b) -> b);
    try (var fs = java.nio.file.FileSystems.newFileSystem(extra)) {
      Files.writeString(fs.getPath("stiekem.txt"), "niet in het manifest");
    }
    assertRefused(TransferCode.FILE_UNLISTED, extra);
  }

  @Test
  void everyOwnedEntityIsInItsContributorsExport() {
    for (WorkspaceContributor c : Implementations.of(WorkspaceContributor.class)) {
      var exported = c.exported().stream().map(WorkspaceTable::table).toList();
      for (var type : c.owned()) {
        String table = type.getAnnotation(jakarta.persistence.Table.class).name();
        assertTrue(
            exported.contains(table),
            c.getClass().getSimpleName()
                + " owns "
                + type.getSimpleName()
                + " but exports no "
                + table);
      }
    }
  }

  @Test
  void everyExportedTableAndConditionRuns() throws SQLException {
    try (Connection c = db.connection()) {
      Rows rows = new Rows(c);
      for (WorkspaceTable t : tables) {
        assertTrue(rows.columns(t.table()).keySet().containsAll(t.withheld()), t.kind());
        rows.select(t.table(), t.where(), UUID.randomUUID().toString());
      }
    }
    assertEquals(tables.size(), kinds().size(), "every kind has a name of its own");
  }

  // --- helpers

  private static java.util.Set<String> kinds() {
    java.util.Set<String> kinds = new HashSet<>();
    tables.forEach(t -> kinds.add(t.kind()));
    return kinds;
  }

  @Test
  void aHostsRecordHoldsItsMeetingAndOnlyItsOwnPeoplesAttendanceAndComments() throws Exception {
    TenantView host = newGemeente();
    TenantView guest = newGemeente();
    String circle = UUID.randomUUID().toString();
    String meeting = UUID.randomUUID().toString();
    try (Connection c = db.connection()) {
      execute(
          c,
          "insert into circle (id, slug, name, created_at) values (?, ?, 'Kring', current_timestamp)",
          circle,
          "kring-" + circle.substring(0, 8));
      execute(
          c,
          "insert into meeting (id, circle_id, title, starts_at, ends_at, host_tenant, status,"
              + " sequence, yes_turns, minutes_version, created_by, created_at, updated_at,"
              + " version) values (?, ?, 'Kringdag', timestamp '2027-03-11 14:00:00',"
              + " timestamp '2027-03-11 17:00:00', ?, 'PLANNED', 0, 0, 0, 'coordinator',"
              + " current_timestamp, current_timestamp, 0)",
          meeting,
          circle,
          host.id());
      for (TenantView g : List.of(host, guest)) {
        String account = UUID.randomUUID().toString();
        execute(
            c,
            "insert into account (id, username, display_name, password_hash, tenant_id, created_at,"
                + " password_changed_at, version) values (?, ?, 'Lid', '!', ?, current_timestamp,"
                + " current_timestamp, 0)",
            account,
            g.slug() + ".lid",
            g.id());
        execute(
            c,
            "insert into meeting_attendance (meeting_id, account_id) values (?, ?)",
            meeting,
            account);
        execute(
            c,
            "insert into meeting_minutes_comment (id, meeting_id, account_id, name, minutes_version,"
                + " text, written_at) values (?, ?, ?, 'Lid', 1, ?, current_timestamp)",
            UUID.randomUUID().toString(),
            meeting,
            account,
            "Opmerking uit " + g.slug());
      }
    }

    Path zip = export(host, new AtomicInteger());
    Manifest manifest = ExportArchive.open(zip, kinds(), Long.MAX_VALUE).manifest();
    assertEquals(1, manifest.counts().get("meetings-hosted"));
    assertEquals(1, manifest.counts().get("meeting-attendance"), "its own member's only");
    assertEquals(1, manifest.counts().get("minutes-comments"), "its own member's only");
    String comments = contents(zip).get("gegevens/minutes-comments.json");
    assertTrue(comments.contains("Opmerking uit " + host.slug()), comments);
    assertFalse(comments.contains("Opmerking uit " + guest.slug()), comments);
    Manifest ofGuest =
        ExportArchive.open(export(guest, new AtomicInteger()), kinds(), Long.MAX_VALUE).manifest();
    assertEquals(0, ofGuest.counts().get("meetings-hosted"), "a guest did not host it");
    assertEquals(1, ofGuest.counts().get("minutes-comments"));
  }

  @Test
  void oldExportsArePurgedWithTheirZipsButABlobADocumentSharesStays() throws Exception {
    TenantView g = gemeenteWithData("Nota die ook als export bestaat");
    TenantId id = new TenantId(g.id());
    Instant now = Instant.now();
    StoredBlob oldZip = blobs.store(bytes("oude export van " + g.slug()), 1 << 20);
    StoredBlob shared = blobs.store(bytes("Nota die ook als export bestaat"), 1 << 20);
    StoredBlob recentZip = blobs.store(bytes("recente export van " + g.slug()), 1 << 20);
    TenantExport old = finished(id, oldZip, now.minus(Duration.ofDays(8)));
    TenantExport sharing = finished(id, shared, now.minus(Duration.ofDays(9)));
    TenantExport recent = finished(id, recentZip, now.minus(Duration.ofDays(1)));
    TenantExport silent =
        db.unbound(
            em -> {
              TenantExport e =
                  new TenantExport(id, "beheer", "node-a", now.minus(Duration.ofMinutes(10)));
              em.persist(e);
              return e;
            });

    int purged = db.unbound(em -> housekeeping(em).purge(Duration.ofDays(7)));
    assertEquals(1, purged, "one ZIP deleted, the shared blob kept");
    db.unbound(em -> jobs(em).abandonSilent(Duration.ofMinutes(5)));

    assertFalse(blobs.exists(oldZip.id()), "an expired export's ZIP is deleted");
    assertTrue(blobs.exists(shared.id()), "a document's file with the same bytes stays");
    assertTrue(blobs.exists(recentZip.id()));
    List<String> left =
        db.unbound(em -> jobs(em).of(id, 10).stream().map(TenantExport::id).toList());
    assertEquals(List.of(silent.id(), recent.id()), left);
    assertFalse(left.contains(old.id()) || left.contains(sharing.id()));
    TenantExport givenUp = db.unbound(em -> em.find(TenantExport.class, silent.id()));
    assertEquals(TransferCode.EXPORT_ABANDONED, givenUp.failure());
    TenantExport running = db.unbound(em -> jobs(em).running(id, Duration.ofMinutes(5)));
    assertEquals(null, running, "nothing runs any more");
  }

  private static TenantExport finished(TenantId id, StoredBlob zip, Instant at) {
    return db.unbound(
        em -> {
          TenantExport e = new TenantExport(id, "beheer", "node-a", at.minusSeconds(30));
          e.finish(zip.id(), "export.zip", zip.size(), at);
          em.persist(e);
          return e;
        });
  }

  private static ExportJobs jobs(jakarta.persistence.EntityManager em) {
    ExportJobs jobs = new ExportJobs();
    jobs.em = em;
    return jobs;
  }

  private static ExportHousekeeping housekeeping(jakarta.persistence.EntityManager em) {
    ExportHousekeeping h = new ExportHousekeeping();
    h.em = em;
    h.jobs = jobs(em);
    h.blobs = blobs;
    return h;
  }

  private static void assertRefused(TransferCode code, Path zip) {
    PortalException e =
        assertThrows(PortalException.class, () -> ExportArchive.open(zip, kinds(), Long.MAX_VALUE));
    assertEquals(code, e.refusals().get(0).code(), e.refusals().toString());
  }

  /** A new gemeente with one of every aggregate of the isolation harness and real files. */
  private static TenantView gemeenteWithData(String content) throws Exception {
    TenantView g = newGemeente();
    TenantId id = new TenantId(g.id());
    TenantIsolationTest.aggregates()
        .forEach(aggregate -> db.asTenant(id, em -> aggregate.writer().apply(em, id)));
    StoredBlob original = blobs.store(bytes(content), 1 << 20);
    StoredBlob text = blobs.store(bytes("tekst: " + content), 1 << 20);
    try (Connection c = db.connection()) {
      execute(
          c,
          "update document_file set blob_sha256 = ?, text_sha256 = ? where tenant_id = ?",
          original.id().sha256(),
          text.id().sha256(),
          g.id());
      execute(
          c,
          "insert into audit_log (seq, at, actor, tenant_id, action, subject, summary)"
              + " values ((select coalesce(max(seq), 0) + 1 from audit_log),"
              + " current_timestamp, 'lid', ?, 'document.added', 'document:1', ?)",
          g.id(),
          content);
    }
    return g;
  }

  private static TenantView newGemeente() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    int code = NEXT_CBS_CODE.getAndIncrement();
    return db.unbound(
        em -> {
          Tenant t = new Tenant("exp-" + suffix, "Export " + suffix, "GM" + code);
          em.persist(t);
          return new TenantView(t.id().value(), t.slug(), t.name(), t.cbsCode());
        });
  }

  private static Path export(TenantView gemeente, AtomicInteger progress) throws Exception {
    Path zip = Files.createTempFile(dir, "export-", ".zip");
    try (Connection c = db.connection();
        OutputStream out = Files.newOutputStream(zip)) {
      new ExportWriter(c, blobs).write(gemeente, tables, "test", AT, out, progress::set);
    }
    return zip;
  }

  private static TenantView importAs(Path zip) throws Exception {
    TenantView target = newGemeente();
    try (ExportArchive archive = ExportArchive.open(zip, kinds(), Long.MAX_VALUE);
        Connection c = db.connection()) {
      c.setAutoCommit(false);
      new WorkspaceLoader(c, blobs, new HashSet<>())
          .load(archive, tables, target.id(), target.slug(), Map.of("password_hash", "!"));
      c.commit();
    }
    return target;
  }

  private static List<String> fileChecksums(Manifest m) {
    List<String> sums = new ArrayList<>();
    m.files().stream()
        .filter(f -> f.path().startsWith("bestanden/") || f.path().startsWith("teksten/"))
        .forEach(f -> sums.add(f.sha256()));
    sums.sort(null);
    return sums;
  }

  private static Map<String, String> contents(Path zip) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        contents.put(e.getName(), text(file, e.getName()));
      }
    }
    return contents;
  }

  private static String text(ZipFile file, String name) throws IOException {
    try (InputStream in = file.getInputStream(file.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private interface Rewrite {
    byte[] apply(String name, byte[] bytes);
  }

  /** A copy of the ZIP with each entry's bytes replaced (null: left out). */
  private static Path rewritten(Path zip, Rewrite rewrite) throws IOException {
    Path copy = Files.createTempFile(dir, "rewritten-", ".zip");
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (InputStream content = in.getInputStream(e)) {
          bytes = rewrite.apply(e.getName(), content.readAllBytes());
        }
        if (bytes != null) {
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(bytes);
          out.closeEntry();
        }
      }
    }
    return copy;
  }

  private static byte[] flip(byte[] bytes) {
    byte[] copy = bytes.clone();
    copy[copy.length / 2] ^= 1;
    return copy;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void execute(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
