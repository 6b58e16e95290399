package nl.leerkring.portal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * Brings a checked export into a new gemeente: every id of the export gets a new one (so the same
 * export can be imported twice), workspace rows are inserted in the order their foreign keys need,
 * record rows are kept in {@code tenant_record}, and every blob is stored before the rows that name
 * it. It writes through the caller's connection, so the caller's transaction makes it all or
 * nothing; the blobs it added are listed for removal when that transaction rolls back.
 *
 * <p>NOTE: not thread-safe; one per import.
 */
final class WorkspaceLoader {

  /** What an import did: rows per kind and the items the index must follow. */
  record Loaded(Map<String, Integer> counts, List<Indexed> indexed) {}

  /** A row the index follows: the change log's entity name and the row's new id. */
  record Indexed(String entity, String id) {}

  private final Rows rows;
  private final Records records;
  private final BlobStore blobs;
  private final Map<String, String> ids = new HashMap<>();
  private final Set<BlobId> newBlobs;

  /**
   * @param added where the blobs this import adds to the store are listed as they are stored
   */
  WorkspaceLoader(Connection connection, BlobStore blobs, Set<BlobId> added) {
    this.rows = new Rows(connection);
    this.records = new Records(connection);
    this.blobs = blobs;
    this.newBlobs = added;
  }

  /**
   * Loads the archive into the new gemeente.
   *
   * @param filled values for the columns an export withholds (e.g. an unusable password hash)
   */
  Loaded load(
      ExportArchive archive,
      List<WorkspaceTable> tables,
      String tenantId,
      String slug,
      Map<String, Object> filled)
      throws SQLException {
    Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
    ids.put(archive.manifest().gemeente().id(), tenantId);
    for (WorkspaceTable table : tables) {
      List<Map<String, Object>> kindRows =
          archive.manifest().counts().containsKey(table.kind())
              ? archive.rows(table.kind())
              : List.of();
      data.put(table.kind(), kindRows);
      for (Map<String, Object> row : kindRows) {
        if (row.get("id") instanceof String id) {
          ids.put(id, UUID.randomUUID().toString());
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<Indexed> indexed = new ArrayList<>();
    for (WorkspaceTable table : inInsertOrder(tables)) {
      List<Map<String, Object>> kindRows = data.get(table.kind());
      if (table.use() == WorkspaceTable.Use.RECORD) {
        records.add(tenantId, table.kind(), kindRows.stream().map(this::remapped).toList());
        counts.put(table.kind(), kindRows.size());
        continue;
      }
      for (WorkspaceTable.BlobColumn file : table.files()) {
        for (Map<String, Object> row : kindRows) {
          storeBlob(archive, file, row);
        }
      }
      int inserted = insert(table, kindRows, slug, filled);
      counts.put(table.kind(), inserted);
      if (table.indexedAs() != null) {
        kindRows.forEach(r -> indexed.add(new Indexed(table.indexedAs(), ids.get(r.get("id")))));
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    tables.forEach(t -> ordered.put(t.kind(), counts.getOrDefault(t.kind(), 0)));
    return new Loaded(ordered, indexed);
  }

  private int insert(
      WorkspaceTable table,
      List<Map<String, Object>> kindRows,
      String slug,
      Map<String, Object> filled)
      throws SQLException {
    Map<String, Rows.Type> columns = rows.columns(table.table());
    List<String> names = new ArrayList<>(columns.keySet());
    List<List<Object>> lines = new ArrayList<>();
    for (Map<String, Object> exported : kindRows) {
      if (!imported(table, exported)) {
        continue;
      }
      Map<String, Object> row = remapped(exported);
      List<Object> line = new ArrayList<>();
      for (String column : names) {
        Object value = table.withheld().contains(column) ? filled.get(column) : row.get(column);
        if (table.unique().contains(column)
            && value != null
            && rows.exists(table.table(), column, value.toString())) {
          value = slug + "." + value;
        }
        line.add(Rows.parse(columns.get(column), value));
      }
      lines.add(line);
    }
    rows.insert(table.table(), names, lines);
    return lines.size();
  }

  private static boolean imported(WorkspaceTable table, Map<String, Object> row) {
    return table.travels(row);
  }

  /** The row with every value that is an id of the export replaced by its new id. */
  private Map<String, Object> remapped(Map<String, Object> row) {
    Map<String, Object> mapped = new LinkedHashMap<>();
    row.forEach(
        (name, value) ->
            mapped.put(name, value instanceof String s ? ids.getOrDefault(s, s) : value));
    return mapped;
  }

  private void storeBlob(
      ExportArchive archive, WorkspaceTable.BlobColumn file, Map<String, Object> row) {
    String path = Manifest.filePath(file, row);
    BlobId expected = new BlobId(String.valueOf(row.get(file.column())).strip());
    boolean existed = blobs.exists(expected);
    try (InputStream in = archive.open(path)) {
      if (in == null) {
        throw PortalException.invalidField("file", TransferCode.FILE_NOT_OF_ROW, path);
      }
      StoredBlob stored = blobs.store(in, Long.MAX_VALUE);
      if (!stored.id().equals(expected)) {
        throw PortalException.invalidField("file", TransferCode.FILE_NOT_OF_ROW, path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    if (!existed) {
      newBlobs.add(expected);
    }
  }

  /** The tables ordered so that every table comes after those its foreign keys point at. */
  private List<WorkspaceTable> inInsertOrder(List<WorkspaceTable> tables) throws SQLException {
    Map<String, WorkspaceTable> byTable = new LinkedHashMap<>();
    tables.forEach(t -> byTable.put(t.table(), t));
    List<WorkspaceTable> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    Map<String, List<String>> parents = new HashMap<>();
    for (String table : byTable.keySet()) {
      parents.put(table, rows.parents(table));
    }
    while (ordered.size() < byTable.size()) {
      int before = ordered.size();
      for (WorkspaceTable t : byTable.values()) {
        if (!placed.contains(t.table())
            && parents.get(t.table()).stream()
                .allMatch(
                    p -> placed.contains(p) || p.equals(t.table()) || !byTable.containsKey(p))) {
          ordered.add(t);
          placed.add(t.table());
        }
      }
      if (ordered.size() == before) {
        throw new IllegalStateException("Foreign keys in a circle among " + byTable.keySet());
      }
    }
    return ordered;
  }
}
