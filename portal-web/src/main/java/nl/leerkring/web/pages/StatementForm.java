package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.web.security.CurrentViewer;

/** The programme page's form that submits the ledger as it is now to a circle's coordinators. */
@Named
@RequestScoped
public class StatementForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Statements statements;

  private String circle;

  public String submit() {
    return page.write(
        "statement",
        FieldErrors.fields("circle", "st-circle"),
        () -> statements.submit(current.signedIn(), page.programmeId(), circle),
        "statement");
  }

  public String getCircle() {
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = circle;
  }
}
