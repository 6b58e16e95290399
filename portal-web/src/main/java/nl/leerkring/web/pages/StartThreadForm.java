package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.conversations.ConversationForms.ThreadAbout;
import nl.leerkring.portal.conversations.ConversationForms.ThreadDraft;
import nl.leerkring.portal.conversations.ConversationViews.ThreadSummary;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The threads of a circle or of one of its items, as the includes {@code circle-threads.xhtml} and
 * {@code about-threads.xhtml} list them, and their form to start one: the circle and the item it is
 * about travel as plain fields ({@code thread-circle}, {@code thread-kind}, {@code thread-about})
 * of that form. Started, the new thread's page opens.
 */
@Named
@RequestScoped
public class StartThreadForm {

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  @Inject Language language;

  private String title;
  private String body;
  private List<ThreadSummary> threads;

  public String start() {
    String kind = Inputs.param(faces, "thread-kind");
    ThreadAbout about =
        kind == null ? null : new ThreadAbout(kind, Inputs.param(faces, "thread-about"));
    ThreadView[] started = new ThreadView[1];
    if (fieldErrors.attempt(
        FieldErrors.fields("title", "thread-title", "body", "thread-body"),
        () ->
            started[0] =
                conversations.start(
                    current.signedIn(),
                    Inputs.param(faces, "thread-circle"),
                    new ThreadDraft(title, body, about)))) {
      return "/app/thread.xhtml?faces-redirect=true&saved=started&id=" + started[0].id();
    }
    return null;
  }

  /** The circle's threads, most recently active first. */
  public List<ThreadSummary> ofCircle(String slug) {
    if (threads == null) {
      threads =
          Messages.attempt(faces, () -> threads = conversations.threads(current.signedIn(), slug))
              ? threads
              : List.of();
    }
    return threads;
  }

  /** The threads about one item, in the circles the viewer reads it in. */
  public List<ThreadSummary> about(String kind, String id) {
    if (threads == null) {
      threads = conversations.about(current.signedIn(), kind, id);
    }
    return threads;
  }

  public String at(Instant at) {
    return at == null ? "" : Formats.dateTime(language.getLocale(), at);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
