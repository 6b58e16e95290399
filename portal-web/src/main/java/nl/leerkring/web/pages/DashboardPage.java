package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.web.security.CurrentViewer;

/** The dashboard: the circles the person takes part in, with period and member gemeenten. */
@Named
@RequestScoped
public class DashboardPage {

  /** A circle and the person's part in it. */
  public record MyCircle(CircleView circle, String role) {}

  @Inject CurrentViewer current;

  @Inject Circles circles;

  @Inject Language language;

  private List<MyCircle> mine;

  public List<MyCircle> getCircles() {
    if (mine == null) {
      mine =
          current.get().circles().stream()
              .map(g -> new MyCircle(circles.bySlug(g.slug()), g.role().name()))
              .toList();
    }
    return mine;
  }

  public String period(CircleView c) {
    if (c.periodStart() == null) {
      return "—";
    }
    return Formats.date(locale(), c.periodStart())
        + " – "
        + (c.periodEnd() == null ? "…" : Formats.date(locale(), c.periodEnd()));
  }

  public String memberNames(CircleView c) {
    return c.members().stream().map(TenantView::name).collect(Collectors.joining(", "));
  }

  private Locale locale() {
    return language.getLocale();
  }
}
