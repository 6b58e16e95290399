package nl.leerkring.tenants.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One table's part in a tenant's export: which of its rows belong to the tenant, what the export
 * says about them and how an import treats them. A {@link WorkspaceContributor} lists one per table
 * it writes for a tenant, parents before their parts (an import inserts them in that order).
 *
 * <p>The rows are read with the condition {@link #where} (one {@code ?}: the tenant's id), written
 * as one JSON file and one CSV file named {@link #kind}, each row an object of the table's columns
 * (lower case) except the {@link #withheld} ones.
 *
 * @param kind the files' name (a plural noun, e.g. {@code documents})
 * @param table the database table
 * @param where the SQL condition that selects the tenant's rows, with one {@code ?} for its id
 * @param about what a row is, in Dutch, for the export's LEESMIJ.txt
 * @param use whether an import brings the rows back into the workspace or keeps them as a record
 * @param withheld columns never written (secrets); an import fills them from what it is given
 * @param unique columns whose value must stay unique in the portal: an import that finds the value
 *     taken prefixes it with the new gemeente's slug
 * @param importOnly per column, the values a row must have to travel (e.g. only the roles a
 *     gemeente gives itself): other rows are neither exported nor imported, so an export imported
 *     and exported again counts the same
 * @param files columns that name a blob (a SHA-256), each written as a file of its own
 * @param indexedAs the change log's entity name when the index follows the rows, else null
 */
public record WorkspaceTable(
    String kind,
    String table,
    String where,
    String about,
    Use use,
    Set<String> withheld,
    Set<String> unique,
    Map<String, Set<String>> importOnly,
    List<BlobColumn> files,
    String indexedAs) {

  /** What an import does with the rows. */
  public enum Use {
    /** Inserted into the new gemeente's workspace under new ids. */
    WORKSPACE,
    /**
     * Kept as the gemeente's record (what it wrote in circles, its audit log): those rows belong to
     * shared circle history of the old portal, so an import keeps them beside the workspace and a
     * later export writes them again, but nobody else sees them.
     */
    RECORD
  }

  /**
   * A column holding a blob's SHA-256: the blob is written at {@code folder/<row id>/<name>}, the
   * name taken from {@code nameColumn} (or {@code fixedName} when that is null).
   */
  public record BlobColumn(String column, String folder, String nameColumn, String fixedName) {}

  public WorkspaceTable {
    Objects.requireNonNull(kind, "A kind is required.");
    Objects.requireNonNull(table, "A table is required.");
    Objects.requireNonNull(where, "A condition is required.");
    if (where.chars().filter(c -> c == '?').count() != 1) {
      throw new IllegalArgumentException("The condition takes the tenant id once: " + where);
    }
    withheld = Set.copyOf(withheld);
    unique = Set.copyOf(unique);
    importOnly = Map.copyOf(importOnly);
    files = List.copyOf(files);
  }

  /** A table whose rows carry the tenant in {@code tenant_id}. */
  public static WorkspaceTable owned(String kind, String table, String about) {
    return of(kind, table, "tenant_id = ?", about, Use.WORKSPACE);
  }

  /** A table of parts whose {@code column} points at a row of the tenant's {@code parent} table. */
  public static WorkspaceTable partOf(
      String kind, String table, String column, String parent, String about) {
    return of(
        kind,
        table,
        column + " in (select id from " + parent + " where tenant_id = ?)",
        about,
        Use.WORKSPACE);
  }

  /** A circle's table whose {@code ownerColumn} names the tenant: kept as a record on import. */
  public static WorkspaceTable record(String kind, String table, String ownerColumn, String about) {
    return of(kind, table, ownerColumn + " = ?", about, Use.RECORD);
  }

  /** A circle's table of parts of the tenant's rows in {@code parent}: kept as a record. */
  public static WorkspaceTable recordPartOf(
      String kind, String table, String column, String parent, String ownerColumn, String about) {
    return of(
        kind,
        table,
        column + " in (select id from " + parent + " where " + ownerColumn + " = ?)",
        about,
        Use.RECORD);
  }

  private static WorkspaceTable of(String kind, String table, String where, String about, Use use) {
    return new WorkspaceTable(
        kind, table, where, about, use, Set.of(), Set.of(), Map.of(), List.of(), null);
  }

  /** The same, with this column never written. */
  public WorkspaceTable withholding(String column) {
    return new WorkspaceTable(
        kind,
        table,
        where,
        about,
        use,
        plus(withheld, column),
        unique,
        importOnly,
        files,
        indexedAs);
  }

  /** The same, with this column kept unique in the portal on import. */
  public WorkspaceTable uniqueIn(String column) {
    return new WorkspaceTable(
        kind,
        table,
        where,
        about,
        use,
        withheld,
        plus(unique, column),
        importOnly,
        files,
        indexedAs);
  }

  /** Whether the row travels: every column of {@link #importOnly} holds one of its values. */
  public boolean travels(Map<String, ?> row) {
    for (Map.Entry<String, Set<String>> only : importOnly.entrySet()) {
      if (!only.getValue().contains(String.valueOf(row.get(only.getKey())))) {
        return false;
      }
    }
    return true;
  }

  /** The same, exporting and importing only rows whose column holds one of the values. */
  public WorkspaceTable importingOnly(String column, Set<String> values) {
    Map<String, Set<String>> only = new java.util.HashMap<>(importOnly);
    only.put(column, values);
    return new WorkspaceTable(
        kind, table, where, about, use, withheld, unique, only, files, indexedAs);
  }

  /** The same, with a column that names a blob written as a file. */
  public WorkspaceTable withFile(String column, String folder, String nameColumn, String name) {
    List<BlobColumn> more = new java.util.ArrayList<>(files);
    more.add(new BlobColumn(column, folder, nameColumn, name));
    return new WorkspaceTable(
        kind, table, where, about, use, withheld, unique, importOnly, more, indexedAs);
  }

  /** The same, with the index following the rows under this change-log entity name. */
  public WorkspaceTable indexedAs(String entity) {
    return new WorkspaceTable(
        kind, table, where, about, use, withheld, unique, importOnly, files, entity);
  }

  private static Set<String> plus(Set<String> set, String value) {
    java.util.Set<String> more = new java.util.HashSet<>(set);
    more.add(value);
    return more;
  }
}
