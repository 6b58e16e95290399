package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.portal.programmes.SharedActions.SharedAction;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A learning question's page (F7): its facts, its learning history in date order with citations,
 * and the forms to add harvest ({@link HarvestForm}) and, for the circle's coordinators and
 * facilitators, to change its status ({@link QuestionStatusForm}). What the viewer may see and do
 * is the boundary's answer.
 */
@Named
@RequestScoped
public class QuestionPage {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Inject Meetings meetings;

  @Inject Publications publications;

  @Inject Language language;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String id;
  private QuestionView question;
  private boolean loaded;
  private List<MeetingSummary> circleMeetings;
  private List<PublicationView> catalog;
  private List<SharedAction> actions;

  /** Loads the question before rendering, so a boundary's message shows at the top. */
  public void load() {
    FormErrors.sayWhatWasSaved(faces, "question");
    getQuestion();
  }

  public QuestionView getQuestion() {
    if (!loaded) {
      loaded = true;
      // Not there for this reader: the page says so and answers 404, as the item pages do.
      gone.load(
          "question",
          "/app/dashboard.xhtml",
          () -> question = learning.question(current.signedIn(), getId()));
    }
    return question;
  }

  /** Runs a form's write: saved, the page again (post/redirect/get); refused, the errors. */
  String write(Map<String, String> fields, Supplier<?> call, String saved) {
    if (fieldErrors.attempt(fields, call)) {
      return "/app/question.xhtml?faces-redirect=true&saved=" + saved + "&id=" + getId();
    }
    return null;
  }

  /** The circle's meetings that have begun, newest first: where harvest may come from. */
  public List<MeetingSummary> getMeetings() {
    if (circleMeetings == null) {
      QuestionView q = getQuestion();
      circleMeetings =
          q == null
              ? List.of()
              : meetings.ofCircle(current.signedIn(), q.circle()).stream()
                  .filter(m -> !"CANCELLED".equals(m.status()))
                  .filter(m -> m.start().isBefore(java.time.LocalDateTime.now(Learning.AMSTERDAM)))
                  .sorted((a, b) -> b.start().compareTo(a.start()))
                  .toList();
    }
    return circleMeetings;
  }

  /** What the circle reads, to cite as sources: its catalog and koffer. */
  public List<PublicationView> getSources() {
    if (catalog == null) {
      QuestionView q = getQuestion();
      catalog = q == null ? List.of() : publications.catalog(current.signedIn(), q.circle());
    }
    return catalog;
  }

  /** The programme actions the viewer's gemeente shares with the circle: theirs to cite. */
  public List<SharedAction> getActions() {
    if (actions == null) {
      QuestionView q = getQuestion();
      actions = q == null ? List.of() : learning.citableActions(current.signedIn(), q.circle());
    }
    return actions;
  }

  public String at(Instant at) {
    return at == null ? "" : Formats.dateTime(language.getLocale(), at);
  }

  public String start(MeetingSummary m) {
    return Formats.date(language.getLocale(), m.start().toLocalDate()) + " — " + m.title();
  }

  /** The question id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = Inputs.param(faces, "id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }
}
