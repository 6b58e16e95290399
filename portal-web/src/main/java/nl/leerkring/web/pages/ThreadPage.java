package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.portal.conversations.ConversationViews.PostView;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.ConversationViews.VersionView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A thread's page (F8): its posts with their history, and the forms to reply ({@link ReplyForm}),
 * to change one's own post, report, hide or restore one ({@link PostForm}) and to choose one's
 * watch level ({@link WatchForm}). Opening it marks one's notifications about it read.
 */
@Named
@RequestScoped
public class ThreadPage {

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  @Inject Language language;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String id;
  private ThreadView thread;
  private boolean loaded;
  private final Map<String, List<VersionView>> versions = new HashMap<>();

  /** Loads the thread before rendering, so a thread that is not there answers 404. */
  public void load() {
    FormErrors.sayWhatWasSaved(faces, "thread");
    getThread();
  }

  public ThreadView getThread() {
    if (!loaded) {
      loaded = true;
      gone.load(
          "thread",
          "/app/dashboard.xhtml",
          () -> thread = conversations.thread(current.signedIn(), getId()));
    }
    return thread;
  }

  /** Runs a form's write: saved, the page again (post/redirect/get); refused, the errors. */
  String write(Map<String, String> fields, Supplier<?> call, String saved) {
    if (fieldErrors.attempt(fields, call)) {
      return redirect(saved);
    }
    return null;
  }

  String redirect(String saved) {
    return "/app/thread.xhtml?faces-redirect=true&saved=" + saved + "&id=" + getId();
  }

  /** The earlier texts of a changed post, newest first. */
  public List<VersionView> versions(PostView p) {
    if (p.edits() == 0) {
      return List.of();
    }
    return versions.computeIfAbsent(
        p.id(), post -> conversations.versions(current.signedIn(), getId(), post));
  }

  public String at(Instant at) {
    return at == null ? "" : Formats.dateTime(language.getLocale(), at);
  }

  /** The thread id: the request parameter, also on a postback (see DocumentPage#getId). */
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
