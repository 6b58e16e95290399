package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The "offer it to a circle" form of a document and of a method card: where (a circle the gemeente
 * is a member of) and for whom ({@code CIRCLE} or {@code PUBLIC}). The page's own action submits;
 * the circle's coordinator decides.
 */
@Named
@RequestScoped
public class OfferForm {

  @Inject CurrentViewer current;

  private String scope = "CIRCLE";
  private String circle;

  /** The circles the viewer's gemeente is a member of: where it may publish. */
  public List<CircleGrant> getCircles() {
    return current.get().circles().stream().filter(g -> g.role() == CircleRole.MEMBER).toList();
  }

  public String circleName(String slug) {
    return Formats.circleName(current, slug);
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getCircle() {
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = circle;
  }
}
