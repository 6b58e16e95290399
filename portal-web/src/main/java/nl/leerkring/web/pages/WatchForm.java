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
import nl.leerkring.portal.signals.WatchLevel;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The settings page's second form: how closely the person follows each circle they take part in:
 * watching (everything mailed at once, and each new item), normal, or muted (nothing mailed).
 */
@Named
@RequestScoped
public class WatchForm {

  @Inject CurrentViewer current;

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private final List<SettingRow> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<String, String> names = new LinkedHashMap<>();
    for (CircleGrant g : current.signedIn().circles()) {
      names.putIfAbsent(g.slug(), g.name());
    }
    settings
        .mine(current.signedIn())
        .watch()
        .forEach(
            (slug, level) ->
                rows.add(
                    new SettingRow(
                        slug, names.getOrDefault(slug, slug), WatchLevel.NORMAL.name(), level)));
  }

  public String save() {
    // Only a tampered value can be refused: shown above the form.
    if (errors.run(
        null,
        () ->
            settings.change(current.signedIn(), new MailSettings(null, SettingRow.chosen(rows))))) {
      Messages.info(faces, "settings.saved");
    }
    return null;
  }

  public List<SettingRow> getRows() {
    return rows;
  }
}
