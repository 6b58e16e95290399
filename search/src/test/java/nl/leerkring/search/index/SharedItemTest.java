package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.idSet;
import static nl.leerkring.search.index.Items.item;
import static nl.leerkring.search.index.Items.request;
import static nl.leerkring.search.index.Items.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published item without a workspace copy (a method card) is found by its own gemeente too, while
 * a published document is folded into the workspace copy its owners find (found by the fuzzing
 * suite, F6).
 */
class SharedItemTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final TenantId WIJCHEN = new TenantId("tenant-wijchen");
  private static final CircleId K = new CircleId("circle-k");

  @TempDir Path dir;

  @Test
  void ownersFindTheirSharedItemsButNotTheCopiesOfTheirDocuments() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.upsert(
          item("document:plan", Visibility.privateTo(DUIVEN)).title("Voorzorgplan").build());
      index.upsert(
          item("publication:plan", Visibility.inCircle(DUIVEN, K))
              .title("Voorzorgplan")
              .audience("leerkring")
              .build());
      index.upsert(
          item("publication:card", Visibility.inCircle(DUIVEN, K))
              .kind(IndexedItem.SHARED)
              .title("Voorzorgcirkels")
              .type("methode", "Methode")
              .audience("leerkring")
              .build());
      index.refresh();
      Viewer duiven = viewer(DUIVEN, Role.MEMBER, Items.grant(K, "leerkring", CircleRole.MEMBER));
      Viewer wijchen = viewer(WIJCHEN, Role.MEMBER, Items.grant(K, "leerkring", CircleRole.MEMBER));

      assertEquals(
          Set.of("document:plan", "publication:card"),
          idSet(index.search(request("voorzorg*", Map.of()), duiven)));
      assertEquals(
          Set.of("publication:plan", "publication:card"),
          idSet(index.search(request("voorzorg*", Map.of()), wijchen)));
    }
  }
}
