package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The comment forms of {@link MethodPage}: writing a comment, and for each comment reporting it, or
 * (coordinators) hiding it with a reason and restoring it.
 */
@Named
@RequestScoped
public class CommentForm {

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MethodPage method;

  private String commentBody;
  private boolean decided;

  public String comment() {
    if (errors.run(
        FieldErrors.fields("body", "c-body", "comment", "c-body"),
        () -> koffer.comment(current.signedIn(), method.getId(), commentBody))) {
      Messages.info(faces, "method.commented");
      commentBody = null;
      method.reload();
    }
    return null;
  }

  /**
   * Reports the comment of the row whose button was pressed: its id is a plain hidden field {@code
   * row} of that row's own form (see {@link Messages#row}).
   */
  public String report() {
    if (Messages.attempt(
        faces, () -> koffer.reportComment(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "method.reported");
      method.reload();
    }
    return null;
  }

  /**
   * Hides the comment of the row whose button was pressed, with the reason typed beside it: a plain
   * field {@code reason} of that row's own form, read from the request.
   */
  public String hide() {
    if (Messages.attempt(
        faces,
        () ->
            koffer.hideComment(
                current.signedIn(), Messages.row(faces), Messages.typed(faces, "reason")))) {
      Messages.info(faces, "method.hidden");
      decided = true;
      method.reload();
    }
    return null;
  }

  /** The reason typed beside a comment, shown again when hiding it was refused. */
  public String typedReason(String commentId) {
    return decided ? null : Messages.typedBeside(faces, commentId, "reason");
  }

  /** Restores the hidden comment of the row whose button was pressed (see {@link #report}). */
  public String restore() {
    if (Messages.attempt(
        faces, () -> koffer.restoreComment(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "method.restored");
      method.reload();
    }
    return null;
  }

  public String getCommentBody() {
    return commentBody;
  }

  public void setCommentBody(String commentBody) {
    this.commentBody = commentBody;
  }
}
