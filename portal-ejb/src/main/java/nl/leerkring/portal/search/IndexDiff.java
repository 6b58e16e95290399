package nl.leerkring.portal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What reconciliation must repair: the items whose index copy is missing or differs from the
 * database ({@link #stale}), and the items the index holds but the database no longer has ({@link
 * #extra}) — both as search ids, in id order. Items that changed while the two were read (named in
 * {@code changedMeanwhile}) are left to the change log, which applies them anyway.
 */
record IndexDiff(List<String> stale, List<String> extra) {

  IndexDiff {
    stale = List.copyOf(stale);
    extra = List.copyOf(extra);
  }

  /** Compares fingerprints by search id: the database's against the index's. */
  static IndexDiff between(
      Map<String, String> database, Map<String, String> index, Set<String> changedMeanwhile) {
    List<String> stale = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    database.forEach(
        (id, fingerprint) -> {
          if (!Objects.equals(fingerprint, index.get(id)) && !changedMeanwhile.contains(id)) {
            stale.add(id);
          }
        });
    index.forEach(
        (id, fingerprint) -> {
          if (!database.containsKey(id) && !changedMeanwhile.contains(id)) {
            extra.add(id);
          }
        });
    Collections.sort(stale);
    Collections.sort(extra);
    return new IndexDiff(stale, extra);
  }

  boolean isEmpty() {
    return stale.isEmpty() && extra.isEmpty();
  }
}
