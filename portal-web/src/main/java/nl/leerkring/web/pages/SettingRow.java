package nl.leerkring.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One choice on the settings page: what it is about (a kind of notification, a circle's slug), the
 * name it is shown by, its default, and the value chosen (bound to the page's select).
 */
public final class SettingRow {

  private final String key;
  private final String name;
  private final String standard;
  private String value;

  SettingRow(String key, String name, String standard, String value) {
    this.key = key;
    this.name = name;
    this.standard = standard;
    this.value = value;
  }

  /** The chosen values by key, as a settings change names them. */
  static Map<String, String> chosen(List<SettingRow> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.key, r.value));
    return out;
  }

  public String getKey() {
    return key;
  }

  public String getName() {
    return name;
  }

  public String getStandard() {
    return standard;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String v) {
    value = v;
  }
}
