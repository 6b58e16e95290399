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
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The settings page's first form: per kind of notification, how it is mailed (at once, daily,
 * weekly or not), with the kind's default shown beside it.
 */
@Named
@RequestScoped
public class MailSettingsForm {

  /** One kind: its name, its default delivery and the chosen one (bound to the select). */
  public static final class Row {
    private final String kind;
    private final String standard;
    private String delivery;

    Row(String kind, String standard, String delivery) {
      this.kind = kind;
      this.standard = standard;
      this.delivery = delivery;
    }

    public String getKind() {
      return kind;
    }

    public String getStandard() {
      return standard;
    }

    public String getDelivery() {
      return delivery;
    }

    public void setDelivery(String v) {
      delivery = v;
    }
  }

  @Inject CurrentViewer current;

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private final List<Row> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    settings
        .mine(current.signedIn())
        .email()
        .forEach(
            (kind, delivery) ->
                rows.add(
                    new Row(kind, SignalKind.valueOf(kind).defaultDelivery().name(), delivery)));
  }

  public String save() {
    Map<String, String> email = new LinkedHashMap<>();
    for (Row r : rows) {
      email.put(r.kind, r.delivery);
    }
    // Only a tampered value can be refused: shown above the form.
    if (errors.run(
        null, () -> settings.change(current.signedIn(), new MailSettings(email, null)))) {
      Messages.info(faces, "settings.saved");
    }
    return null;
  }

  public List<Row> getRows() {
    return rows;
  }
}
