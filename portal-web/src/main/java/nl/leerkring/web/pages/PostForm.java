package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.conversations.ConversationForms.HideReason;
import nl.leerkring.portal.conversations.ConversationForms.PostEdit;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The forms beside each post of a thread: changing one's own (from the version shown), reporting
 * it, and for coordinators hiding it with a reason or restoring it. The post's id is the plain
 * field {@code row} of the row's own form, its texts plain fields beside it ({@link Messages#row}).
 */
@Named
@RequestScoped
public class PostForm {

  @Inject ThreadPage page;

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  @Inject FacesContext faces;

  private boolean done;

  public String edit() {
    return after(
        "edited",
        () ->
            conversations.edit(
                current.signedIn(),
                page.getId(),
                Messages.row(faces),
                new PostEdit(
                    Messages.typed(faces, "body"),
                    Inputs.version(Messages.typed(faces, "version")))));
  }

  public String report() {
    return after(
        "reported",
        () -> conversations.report(current.signedIn(), page.getId(), Messages.row(faces)));
  }

  public String hide() {
    return after(
        "hidden",
        () ->
            conversations.hide(
                current.signedIn(),
                page.getId(),
                Messages.row(faces),
                new HideReason(Messages.typed(faces, "reason"))));
  }

  public String restore() {
    return after(
        "restored",
        () -> conversations.restore(current.signedIn(), page.getId(), Messages.row(faces)));
  }

  /** What was typed beside a post, shown again when the action was refused. */
  public String typed(String postId, String name) {
    return done ? null : Messages.typedBeside(faces, postId, name);
  }

  private String after(String saved, Runnable call) {
    if (Messages.attempt(faces, call)) {
      done = true;
      return page.redirect(saved);
    }
    return null;
  }
}
