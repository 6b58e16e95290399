package nl.leerkring.portal.transfer;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.exports.CsvTable;
import nl.leerkring.portal.exports.DecimalMark;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * Writes one gemeente's export as a ZIP: per kind a JSON and a CSV file, the original files and
 * extracted texts under their names, a {@code LEESMIJ.txt} and last the {@code manifest.json} that
 * counts every kind and gives the SHA-256 of every other file.
 *
 * <p>Rows are read only by each table's own condition on the gemeente's id, and what is written
 * depends on nothing but those rows and blobs: an export of one gemeente is the same whatever the
 * others hold.
 *
 * <p>NOTE: not thread-safe; one per export.
 */
final class ExportWriter {

  /** The JSON-P provider, looked up once (see {@code SourceRulesTest}). */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  private final Rows rows;
  private final Records records;
  private final BlobStore blobs;
  private final Map<String, Manifest.FileEntry> files = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, Map<String, Rows.Type>> fields = new LinkedHashMap<>();

  ExportWriter(Connection connection, BlobStore blobs) {
    this.rows = new Rows(connection);
    this.records = new Records(connection);
    this.blobs = blobs;
  }

  /**
   * Writes the export of the gemeente's tables to {@code out}, telling progress in percent.
   *
   * @return the manifest written
   */
  Manifest write(
      TenantView gemeente,
      List<WorkspaceTable> tables,
      String portalVersion,
      Instant at,
      OutputStream out,
      IntConsumer progress)
      throws SQLException, IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      // the fastest deflate for what compresses: the default level spent most of the export's time
      // compressing text (bench/export.sh); files that are packed already are only stored
      zip.setLevel(Deflater.BEST_SPEED);
      int done = 0;
      for (WorkspaceTable table : tables) {
        List<Map<String, Object>> kindRows =
            rows.select(table.table(), table.where(), gemeente.id());
        // rows that do not travel (a platform role of a member) are not the gemeente's to export
        kindRows.removeIf(row -> !table.travels(row));
        if (table.use() == WorkspaceTable.Use.RECORD) {
          kindRows.addAll(records.of(gemeente.id(), table.kind()));
        }
        Map<String, Rows.Type> columns = new LinkedHashMap<>(rows.columns(table.table()));
        columns.keySet().removeAll(table.withheld());
        kindRows.forEach(r -> r.keySet().removeAll(table.withheld()));
        fields.put(table.kind(), columns);
        counts.put(table.kind(), kindRows.size());
        entry(zip, Manifest.dataPath(table.kind()), o -> json(kindRows, o));
        entry(zip, Manifest.csvPath(table.kind()), o -> csv(columns, kindRows, o));
        int from = done * 95 / tables.size();
        int to = ++done * 95 / tables.size();
        int blobCount = table.files().size() * kindRows.size();
        int copied = 0;
        for (WorkspaceTable.BlobColumn file : table.files()) {
          for (Map<String, Object> row : kindRows) {
            String path = Manifest.filePath(file, row);
            BlobId blob = new BlobId(String.valueOf(row.get(file.column())).strip());
            zip.setLevel(Packing.levelFor(path));
            entry(zip, path, o -> copy(blob, o));
            progress.accept(from + (to - from) * ++copied / blobCount);
          }
        }
        zip.setLevel(Deflater.BEST_SPEED);
        progress.accept(to);
      }
      String leesMij = LeesMij.text(gemeente, tables, fields, counts, at);
      entry(zip, Manifest.LEESMIJ, o -> o.write(leesMij.getBytes(StandardCharsets.UTF_8)));
      Manifest manifest =
          new Manifest(
              Manifest.VERSION,
              portalVersion,
              Manifest.Gemeente.of(gemeente),
              at,
              counts,
              kinds(tables),
              new ArrayList<>(files.values()));
      zip.putNextEntry(new ZipEntry(Manifest.NAME));
      zip.write(manifest.json().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      progress.accept(100);
      return manifest;
    }
  }

  private static Map<String, String> kinds(List<WorkspaceTable> tables) {
    Map<String, String> kinds = new LinkedHashMap<>();
    tables.forEach(t -> kinds.put(t.kind(), t.use().name()));
    return kinds;
  }

  private void copy(BlobId blob, OutputStream out) throws IOException {
    try (InputStream in = blobs.open(blob)) {
      in.transferTo(out);
    }
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private void entry(ZipOutputStream zip, String path, Content content) throws IOException {
    MessageDigest sha = sha256();
    zip.putNextEntry(new ZipEntry(path));
    CountingStream counted = new CountingStream(new DigestOutputStream(zip, sha));
    content.write(counted);
    counted.flush();
    zip.closeEntry();
    files.put(
        path, new Manifest.FileEntry(path, HexFormat.of().formatHex(sha.digest()), counted.bytes));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** Counts what passes and leaves the ZIP open when closed. */
  private static final class CountingStream extends FilterOutputStream {
    long bytes;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytes += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static void json(List<Map<String, Object>> rows, OutputStream out) {
    JsonGenerator json =
        JSON_P
            .createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new NonClosing(out), StandardCharsets.UTF_8);
    json.writeStartArray();
    for (Map<String, Object> row : rows) {
      json.writeStartObject();
      row.forEach((name, value) -> write(json, name, value));
      json.writeEnd();
    }
    json.writeEnd();
    json.close();
  }

  private static void write(JsonGenerator json, String name, Object value) {
    if (value == null) {
      json.writeNull(name);
    } else if (value instanceof Long l) {
      json.write(name, l);
    } else if (value instanceof BigDecimal d) {
      json.write(name, d);
    } else if (value instanceof Boolean b) {
      json.write(name, b);
    } else {
      json.write(name, value.toString());
    }
  }

  private static void csv(
      Map<String, Rows.Type> columns, List<Map<String, Object>> rows, OutputStream out)
      throws IOException {
    CsvTable table = CsvTable.of(DecimalMark.COMMA, List.copyOf(columns.keySet()));
    for (Map<String, Object> row : rows) {
      CsvTable.Row line = table.row();
      for (String column : columns.keySet()) {
        Object value = row.get(column);
        if (value instanceof BigDecimal d) {
          line.decimal(d);
        } else if (value instanceof Long l) {
          line.whole(l);
        } else if (value instanceof LocalDate day) {
          line.day(day);
        } else {
          line.text(value == null ? null : value.toString());
        }
      }
      line.end();
    }
    out.write(table.text().getBytes(StandardCharsets.UTF_8));
  }

  /** Keeps a JSON generator from closing the ZIP. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
