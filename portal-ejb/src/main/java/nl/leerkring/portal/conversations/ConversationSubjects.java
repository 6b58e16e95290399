package nl.leerkring.portal.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.leerkring.portal.signals.SubjectAccess;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Threads as the subject of notifications and of the circle's activity: whether their reader may
 * still read one, by the boundary's own rule ({@link Abouts#mayRead}): a thread about an item that
 * left the circle is read by no one.
 */
@ApplicationScoped
public class ConversationSubjects implements SubjectAccess {

  @PersistenceContext EntityManager em;

  @Inject Abouts abouts;

  @Override
  public Optional<Boolean> mayRead(Viewer viewer, String subjectId) {
    Conversation c = subjectId == null ? null : em.find(Conversation.class, subjectId);
    return c == null ? Optional.empty() : Optional.of(abouts.mayRead(viewer, c));
  }
}
