package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.conversations.ConversationForms.WatchChoice;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;

/** The thread page's choice of how closely one follows the thread. */
@Named
@RequestScoped
public class ThreadWatchForm {

  @Inject ThreadPage page;

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  private String level;

  public String save() {
    return page.write(
        FieldErrors.fields("level", "watch-level"),
        () -> conversations.watch(current.signedIn(), page.getId(), new WatchChoice(level)),
        "watch");
  }

  public String getLevel() {
    if (level == null) {
      ThreadView t = page.getThread();
      level = t == null ? "NORMAL" : t.watch();
    }
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
