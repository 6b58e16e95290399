package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.WatchLevel;
import nl.leerkring.tenants.tenancy.CircleGrant;

/**
 * The settings page's second form: how closely the person follows each circle they take part in:
 * watching (everything mailed at once, and each new item), normal, or muted (nothing mailed).
 */
@Named
@RequestScoped
public class WatchForm extends SettingsForm {

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

  @Override
  MailSettings change(Map<String, String> chosen) {
    return new MailSettings(null, chosen);
  }
}
