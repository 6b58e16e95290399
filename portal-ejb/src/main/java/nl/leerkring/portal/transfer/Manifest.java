package nl.leerkring.portal.transfer;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * The {@code manifest.json} of a gemeente's export: the format and portal version, the gemeente,
 * when it was made, how many rows of each kind it holds, whether an import brings each kind back
 * into the workspace or keeps it as a record, and the SHA-256 and size of every other file.
 *
 * @param files every file of the ZIP except the manifest itself, in the order written
 */
record Manifest(
    int formatVersion,
    String portalVersion,
    Gemeente gemeente,
    Instant createdAt,
    Map<String, Integer> counts,
    Map<String, String> kinds,
    List<FileEntry> files) {

  /** The JSON-P provider, looked up once (see {@code SourceRulesTest}). */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  /** The format this portal writes and reads; a change that older readers misread raises it. */
  static final int VERSION = 1;

  static final String FORMAT = "leerkring-gemeente-export";
  static final String NAME = "manifest.json";
  static final String LEESMIJ = "LEESMIJ.txt";

  /** Which gemeente the export is of. */
  record Gemeente(String id, String slug, String name, String cbsCode) {
    static Gemeente of(TenantView t) {
      return new Gemeente(t.id(), t.slug(), t.name(), t.cbsCode());
    }
  }

  /** One file: its path in the ZIP, its SHA-256 (hex) and its size. */
  record FileEntry(String path, String sha256, long bytes) {}

  static String dataPath(String kind) {
    return "gegevens/" + kind + ".json";
  }

  static String csvPath(String kind) {
    return "csv/" + kind + ".csv";
  }

  /** Where a row's blob is written: the folder, the row's id, the file's own (made safe) name. */
  static String filePath(WorkspaceTable.BlobColumn file, Map<String, Object> row) {
    String name =
        file.nameColumn() == null ? file.fixedName() : String.valueOf(row.get(file.nameColumn()));
    return file.folder() + "/" + row.get("id") + "/" + safeName(name);
  }

  /** A file name without separators, control characters or a leading dot, at most 150 chars. */
  static String safeName(String name) {
    String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    while (safe.startsWith(".")) {
      safe = safe.substring(1);
    }
    if (safe.isEmpty()) {
      safe = "bestand";
    }
    return safe.length() > 150 ? safe.substring(safe.length() - 150) : safe;
  }

  String json() {
    JsonObjectBuilder counted = JSON_P.createObjectBuilder();
    counts.forEach(counted::add);
    JsonObjectBuilder uses = JSON_P.createObjectBuilder();
    kinds.forEach(uses::add);
    JsonArrayBuilder listed = JSON_P.createArrayBuilder();
    for (FileEntry f : files) {
      listed.add(
          JSON_P
              .createObjectBuilder()
              .add("path", f.path())
              .add("sha256", f.sha256())
              .add("bytes", f.bytes()));
    }
    JsonObject manifest =
        JSON_P
            .createObjectBuilder()
            .add("format", FORMAT)
            .add("formatVersion", formatVersion)
            .add("portalVersion", portalVersion)
            .add(
                "gemeente",
                JSON_P
                    .createObjectBuilder()
                    .add("id", gemeente.id())
                    .add("slug", gemeente.slug())
                    .add("name", gemeente.name())
                    .add("cbsCode", gemeente.cbsCode()))
            .add("createdAt", createdAt.toString())
            .add("counts", counted)
            .add("kinds", uses)
            .add("files", listed)
            .build();
    StringWriter out = new StringWriter();
    try (var json =
        JSON_P.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      json.write(manifest);
    }
    return out.toString();
  }

  /**
   * Reads a manifest; a JSON that is not one is {@link TransferCode#MANIFEST_MISSING}, another
   * format version {@link TransferCode#FORMAT_UNKNOWN}.
   */
  static Manifest parse(JsonObject json) {
    if (!FORMAT.equals(json.getString("format", null))) {
      throw PortalException.invalid(TransferCode.MANIFEST_MISSING);
    }
    JsonValue version = json.get("formatVersion");
    if (version == null
        || version.getValueType() != JsonValue.ValueType.NUMBER
        || json.getInt("formatVersion") != VERSION) {
      throw PortalException.invalid(TransferCode.FORMAT_UNKNOWN, String.valueOf(version), VERSION);
    }
    try {
      JsonObject g = json.getJsonObject("gemeente");
      Map<String, Integer> counts = new LinkedHashMap<>();
      json.getJsonObject("counts")
          .forEach((k, v) -> counts.put(k, ((jakarta.json.JsonNumber) v).intValueExact()));
      Map<String, String> kinds = new LinkedHashMap<>();
      json.getJsonObject("kinds")
          .forEach((k, v) -> kinds.put(k, ((jakarta.json.JsonString) v).getString()));
      List<FileEntry> files = new ArrayList<>();
      for (JsonValue f : json.getJsonArray("files")) {
        JsonObject o = f.asJsonObject();
        files.add(
            new FileEntry(
                o.getString("path"), o.getString("sha256"), o.getJsonNumber("bytes").longValue()));
      }
      return new Manifest(
          VERSION,
          json.getString("portalVersion", ""),
          new Gemeente(
              g.getString("id"), g.getString("slug"), g.getString("name"), g.getString("cbsCode")),
          Instant.parse(json.getString("createdAt")),
          counts,
          kinds,
          files);
    } catch (RuntimeException e) {
      throw PortalException.invalid(TransferCode.MANIFEST_MISSING);
    }
  }
}
