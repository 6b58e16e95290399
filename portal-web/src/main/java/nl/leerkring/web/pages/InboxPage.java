package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.signals.Inbox;
import nl.leerkring.portal.signals.InboxItem;
import nl.leerkring.portal.signals.Signals;
import nl.leerkring.portal.signals.Todo;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The inbox ({@code /app/inbox.xhtml}), the unread count in every page's header, and the
 * dashboard's "what needs me". Opening an item ({@code ?open=id}) marks it read and goes to where
 * it is acted on.
 */
@Named
@RequestScoped
public class InboxPage {

  @Inject CurrentViewer current;

  @Inject Signals signals;

  @Inject FacesContext faces;

  private Long unread;
  private Inbox inbox;
  private List<Todo> todos;

  /** The header's count; 0 for someone not signed in. */
  public long getUnread() {
    if (unread == null) {
      unread = signals.unread(current.get());
    }
    return unread;
  }

  public Inbox getInbox() {
    if (inbox == null) {
      String page = Inputs.param(faces, "page");
      inbox =
          signals.inbox(
              current.signedIn(),
              "true".equals(Inputs.param(faces, "unread")),
              page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1,
              20);
    }
    return inbox;
  }

  public List<Todo> getTodos() {
    if (todos == null) {
      todos = signals.todos(current.signedIn());
    }
    return todos;
  }

  /** On opening {@code ?open=id}: marks it read and goes to its link. */
  public void open() throws IOException {
    String id = Inputs.param(faces, "open");
    if (id == null) {
      return;
    }
    try {
      InboxItem item = signals.read(current.signedIn(), id);
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/" + item.link());
    } catch (PortalException gone) {
      Messages.attempt(
          faces,
          () -> {
            throw gone;
          });
    }
  }

  public String readAll() {
    signals.readAll(current.signedIn());
    inbox = null;
    unread = null;
    Messages.info(faces, "inbox.allRead");
    return null;
  }

  public String when(Instant at) {
    return Formats.dateTime(faces.getViewRoot().getLocale(), at);
  }

  public String day(LocalDate date) {
    return date == null ? "" : Formats.date(faces.getViewRoot().getLocale(), date);
  }
}
