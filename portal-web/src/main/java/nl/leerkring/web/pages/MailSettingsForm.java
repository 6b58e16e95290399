package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.SignalKind;

/**
 * The settings page's first form: per kind of notification, how it is mailed (at once, daily,
 * weekly or not), with the kind's default for the person's role shown beside it.
 */
@Named
@RequestScoped
public class MailSettingsForm extends SettingsForm {

  @PostConstruct
  void load() {
    settings
        .mine(current.signedIn())
        .email()
        .forEach(
            (kind, delivery) ->
                rows.add(
                    new SettingRow(
                        kind, kind, SignalKind.valueOf(kind).defaultDelivery().name(), delivery)));
  }

  @Override
  MailSettings change(Map<String, String> chosen) {
    return new MailSettings(chosen, null);
  }
}
