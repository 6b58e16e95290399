package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.cofinancing.CalendarYears;

/**
 * The chart of the current budget's planned and actual costs per calendar year, with its table and
 * its text for screen readers. The figures are {@link CalendarYears}'s; this bean only draws them.
 */
@Named
@RequestScoped
public class LedgerChart {

  @Inject LedgerPage page;

  @Inject Language language;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  private List<CalendarYears.Year> years;
  private Charts.Chart chart;

  /** Planned and actual costs per calendar year (see {@link CalendarYears}). */
  public List<CalendarYears.Year> getYears() {
    if (years == null) {
      years = CalendarYears.of(page.getLines());
    }
    return years;
  }

  public Charts.Chart getChart() {
    if (chart == null) {
      List<Charts.Series> series =
          List.of(
              new Charts.Series("portal-chart__planned", Messages.text(faces, "ledger.planned")),
              new Charts.Series("portal-chart__actual", Messages.text(faces, "ledger.actual")));
      List<Charts.Group> groups =
          getYears().stream()
              .map(
                  y ->
                      new Charts.Group(
                          String.valueOf(y.year()),
                          List.of(
                              Charts.value(y.planned().plain()), Charts.value(y.actual().plain()))))
              .toList();
      chart =
          Charts.grouped(
              groups,
              series,
              (group, s, value) ->
                  group.label()
                      + " "
                      + s.label().toLowerCase(language.getLocale())
                      + ": "
                      + Texts.euroText(value.toPlainString()));
    }
    return chart;
  }

  public String getSummary() {
    StringBuilder text = new StringBuilder();
    for (CalendarYears.Year y : getYears()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(
          formats.format(
              "ledger.chart.year",
              String.valueOf(y.year()),
              Texts.euroText(y.planned().plain()),
              Texts.euroText(y.actual().plain())));
    }
    return text.toString();
  }
}
