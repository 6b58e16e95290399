package nl.leerkring.portal.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.leerkring.portal.signals.SubjectAccess;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Threads as the subject of notifications: whether their recipient may still read one (a thread
 * about an item that left the circle is read by no one).
 */
@ApplicationScoped
public class ConversationSubjects implements SubjectAccess {

  @Inject Conversations conversations;

  @Override
  public Optional<Boolean> mayRead(Viewer viewer, String subjectId) {
    if (!conversations.exists(subjectId)) {
      return Optional.empty();
    }
    return Optional.of(conversations.mayRead(viewer, subjectId));
  }
}
