package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The settings page's second form: how closely the person follows each circle they take part in:
 * watching (everything mailed at once, and new items), normal, or muted (nothing mailed).
 */
@Named
@RequestScoped
public class WatchForm {

  /** One circle: slug, name and the chosen level (bound to the select). */
  public static final class Row {
    private final String slug;
    private final String name;
    private String level;

    Row(String slug, String name, String level) {
      this.slug = slug;
      this.name = name;
      this.level = level;
    }

    public String getSlug() {
      return slug;
    }

    public String getName() {
      return name;
    }

    public String getLevel() {
      return level;
    }

    public void setLevel(String v) {
      level = v;
    }
  }

  @Inject CurrentViewer current;

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private final List<Row> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<String, String> names = new LinkedHashMap<>();
    for (CircleGrant g : current.signedIn().circles()) {
      names.putIfAbsent(g.slug(), g.name());
    }
    settings
        .mine(current.signedIn())
        .watch()
        .forEach((slug, level) -> rows.add(new Row(slug, names.getOrDefault(slug, slug), level)));
  }

  public String save() {
    Map<String, String> watch = new LinkedHashMap<>();
    for (Row r : rows) {
      watch.put(r.slug, r.level);
    }
    // Only a tampered value can be refused: shown above the form.
    if (errors.run(
        null, () -> settings.change(current.signedIn(), new MailSettings(null, watch)))) {
      Messages.info(faces, "settings.saved");
    }
    return null;
  }

  public List<Row> getRows() {
    return rows;
  }
}
