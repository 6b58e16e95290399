package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The settings page's first form: per kind of notification, how it is mailed (at once, daily,
 * weekly or not), with the kind's default for the person's role shown beside it.
 */
@Named
@RequestScoped
public class MailSettingsForm {

  @Inject CurrentViewer current;

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private final List<SettingRow> rows = new ArrayList<>();

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

  public String save() {
    // Only a tampered value can be refused: shown above the form.
    if (errors.run(
        null,
        () ->
            settings.change(current.signedIn(), new MailSettings(SettingRow.chosen(rows), null)))) {
      Messages.info(faces, "settings.saved");
    }
    return null;
  }

  public List<SettingRow> getRows() {
    return rows;
  }
}
