package nl.leerkring.web.pages;

import nl.leerkring.portal.cofinancing.LedgerData;

/** One period of a budget line as the line form's row holds it (the strings as typed). */
public class PeriodRow {
  private String label;
  private String start;
  private String end;
  private String planned;
  private String actual;
  private String forecast;

  /** A row filled with a saved period, amounts in Dutch notation. */
  static PeriodRow of(LedgerData.Amount a) {
    PeriodRow row = new PeriodRow();
    row.label = a.label();
    row.start = PageFormats.isoDay(a.start());
    row.end = PageFormats.isoDay(a.end());
    row.planned = Texts.dutchAmount(a.planned());
    row.actual = Texts.dutchAmount(a.actual());
    row.forecast = Texts.dutchAmount(a.forecast());
    return row;
  }

  boolean isBlank() {
    return Inputs.trimmed(label) == null
        && Inputs.trimmed(start) == null
        && Inputs.trimmed(end) == null
        && Inputs.trimmed(planned) == null
        && Inputs.trimmed(actual) == null
        && Inputs.trimmed(forecast) == null;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getPlanned() {
    return planned;
  }

  public void setPlanned(String planned) {
    this.planned = planned;
  }

  public String getActual() {
    return actual;
  }

  public void setActual(String actual) {
    this.actual = actual;
  }

  public String getForecast() {
    return forecast;
  }

  public void setForecast(String forecast) {
    this.forecast = forecast;
  }
}
