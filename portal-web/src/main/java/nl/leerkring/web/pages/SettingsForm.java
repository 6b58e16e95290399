package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.signals.MailSettings;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A form of the settings page: a select per row, saved as one change of the person's mail settings
 * that names only this form's part ({@link #change}).
 */
public abstract class SettingsForm {

  @Inject CurrentViewer current;

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  final List<SettingRow> rows = new ArrayList<>();

  /** The change that sets these values (by row key) and nothing else. */
  abstract MailSettings change(Map<String, String> chosen);

  public String save() {
    // Only a tampered value can be refused: shown above the form.
    if (errors.run(
        null, () -> settings.change(current.signedIn(), change(SettingRow.chosen(rows))))) {
      Messages.info(faces, "settings.saved");
    }
    return null;
  }

  public List<SettingRow> getRows() {
    return rows;
  }
}
