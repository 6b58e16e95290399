package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.conversations.ConversationForms.ReplyDraft;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;

/** The thread page's reply form. */
@Named
@RequestScoped
public class ReplyForm {

  @Inject ThreadPage page;

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  private String body;

  public String reply() {
    return page.write(
        FieldErrors.fields("body", "reply-body"),
        () -> conversations.reply(current.signedIn(), page.getId(), new ReplyDraft(body)),
        "reply");
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
