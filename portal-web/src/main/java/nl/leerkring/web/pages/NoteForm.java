package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/** The programme page's form for a progress note (who wrote it and when is the boundary's). */
@Named
@RequestScoped
public class NoteForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  private String body;

  public String add() {
    return page.write(
        "note",
        FieldErrors.fields("body", "no-body"),
        () ->
            programmes.addNote(
                current.signedIn(),
                page.programmeId(),
                new ProgrammeData.Note(null, body, null, null)),
        "note");
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
