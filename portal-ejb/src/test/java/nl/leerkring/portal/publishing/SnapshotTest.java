package nl.leerkring.portal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading stored snapshots: no workspace id reaches a reader, however old the snapshot. */
class SnapshotTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static String stored(String details, List<String> refers) {
    return JSON.toJson(
        new Snapshot(
            "method",
            "card-1",
            "Wijkscan",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            "",
            1,
            List.of(),
            null,
            details,
            refers));
  }

  @Test
  void aCardApprovedBeforeReferencesWereKeptApartHasItsMaterialsLifted() {
    Snapshot s =
        Snapshot.read(
            JSON,
            stored("{\"steps\":\"Loop de wijk door\",\"materials\":[\"doc-1\",\"doc-2\"]}", null));

    assertEquals(List.of("doc-1", "doc-2"), s.refers());
    assertFalse(s.details().contains("doc-1"), s.details());
    assertEquals("{\"steps\":\"Loop de wijk door\",\"materials\":[]}", s.details());
  }

  @Test
  void aUsesDocumentsAreLiftedToo() {
    Snapshot s =
        Snapshot.read(JSON, stored("{\"story\":\"Het werkte\",\"documents\":[\"doc-9\"]}", null));

    assertEquals(List.of("doc-9"), s.refers());
    assertFalse(s.details().contains("doc-9"), s.details());
  }

  @Test
  void aSnapshotMadeSinceIsReadAsStored() {
    String json = stored("{\"steps\":\"Loop de wijk door\",\"materials\":[]}", List.of("doc-1"));
    Snapshot s = Snapshot.read(JSON, json);

    assertEquals(List.of("doc-1"), s.refers());
    assertEquals("{\"steps\":\"Loop de wijk door\",\"materials\":[]}", s.details());
    assertEquals(JSON.fromJson(json, Snapshot.class), s);
  }

  @Test
  void aDocumentsSnapshotHasNoDetailsAndIsReadAsStored() {
    Snapshot stored = JSON.fromJson(stored(null, null), Snapshot.class);
    Snapshot read = Snapshot.read(JSON, stored(null, null));
    assertEquals(stored, read);
    assertSame(null, read.details());
  }
}
