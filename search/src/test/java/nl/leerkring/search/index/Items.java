package nl.leerkring.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/** Test data for the index tests: a small builder for items, viewers and readable results. */
final class Items {

  private Items() {}

  static Builder item(String id, Visibility visibility) {
    return new Builder(id, visibility);
  }

  static Viewer viewer(TenantId tenant, Role role, CircleGrant... circles) {
    String name = role.label() + "@" + tenant;
    return new Viewer("acc-" + name, name, name, tenant, Set.of(role), List.of(circles));
  }

  static CircleGrant grant(CircleId circle, String slug, CircleRole role) {
    return new CircleGrant(circle, slug, "Leerkring " + slug, role);
  }

  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  static Set<String> idSet(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  /** One facet of a result as value → count, sorted by value. */
  static Map<String, Long> facet(SearchResult result, Facet facet) {
    Map<String, Long> out = new TreeMap<>();
    for (SearchResult.FacetCount c : result.facets().getOrDefault(facet, List.of())) {
      out.put(c.value(), c.count());
    }
    return out;
  }

  static SearchRequest request(String query, Map<Facet, String> filters) {
    return new SearchRequest(query, filters, null, 1, 10);
  }

  static final class Builder {
    private final String id;
    private final Visibility visibility;
    private String kind;
    private String title = "Zonder titel";
    private String summary = "";
    private String text = "";
    private String gemeente;
    private String type = "notitie";
    private String typeLabel = "Notitie";
    private LocalDate date;
    private String number;
    private List<String> themes = List.of();
    private List<String> wijken = List.of();
    private String audience;

    private Builder(String id, Visibility visibility) {
      this.id = id;
      this.visibility = visibility;
      this.kind = id.startsWith("publication:") ? "publication" : "document";
    }

    Builder kind(String value) {
      kind = value;
      return this;
    }

    Builder title(String value) {
      title = value;
      return this;
    }

    Builder summary(String value) {
      summary = value;
      return this;
    }

    Builder text(String value) {
      text = value;
      return this;
    }

    Builder gemeente(String value) {
      gemeente = value;
      return this;
    }

    Builder type(String code, String label) {
      type = code;
      typeLabel = label;
      return this;
    }

    Builder date(String iso) {
      date = iso == null ? null : LocalDate.parse(iso);
      return this;
    }

    Builder number(String value) {
      number = value;
      return this;
    }

    Builder themes(String... values) {
      themes = List.of(values);
      return this;
    }

    Builder wijken(String... values) {
      wijken = List.of(values);
      return this;
    }

    Builder audience(String value) {
      audience = value;
      return this;
    }

    IndexedItem build() {
      return new IndexedItem(
          id,
          kind,
          visibility,
          title,
          summary,
          text,
          gemeente,
          type,
          typeLabel,
          date,
          number,
          themes,
          wijken,
          audience,
          "/app/item.xhtml?id=" + id);
    }
  }
}
