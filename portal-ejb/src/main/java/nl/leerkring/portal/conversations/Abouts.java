package nl.leerkring.portal.conversations;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.leerkring.portal.conversations.ConversationForms.ThreadAbout;
import nl.leerkring.portal.conversations.ConversationViews.AboutRef;
import nl.leerkring.portal.learning.LearningQuestion;
import nl.leerkring.portal.meetings.Meeting;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What a thread can be about, by the rule of each item's own component: a catalog item or method
 * card that every reader of the circle reads there ({@link Publications#publishedTo}), or a meeting
 * or learning question of the circle. A thread about an item that leaves the circle (a withdrawn or
 * hidden card) is read by no one until it is back.
 */
@Dependent
class Abouts {

  @PersistenceContext EntityManager em;

  @Inject Publications publications;

  /** The item a new thread is about, or {@code null} for a free one; wrong ones noted. */
  AboutRef resolve(Viewer viewer, String circleId, ThreadAbout about, List<Refusal> wrong) {
    if (about == null || (blank(about.kind()) && blank(about.id()))) {
      return null;
    }
    AboutKind kind = Conversations.parseKind(about.kind());
    if (kind == null) {
      wrong.add(
          Refusal.onField(
              "about.kind",
              ConversationCode.ABOUT_KIND_UNKNOWN,
              String.valueOf(about.kind()),
              Arrays.toString(AboutKind.values())));
      return null;
    }
    if (blank(about.id())) {
      wrong.add(Refusal.onField("about.id", ConversationCode.REQUIRED));
      return null;
    }
    String id = about.id().strip();
    Optional<String> title = titleOf(circleId, kind, id);
    if (title.isEmpty()) {
      wrong.add(Refusal.onField("about.id", ConversationCode.ABOUT_UNKNOWN, id));
      return null;
    }
    return new AboutRef(kind.name(), id, title.get(), kind.link(id));
  }

  /**
   * Whether the viewer may read the thread: they read its circle, and what it is about is still the
   * circle's. The one rule for the boundary and for notifications about threads.
   */
  boolean mayRead(Viewer viewer, Conversation c) {
    return Participation.of(viewer, c.circleId()).reads() && readable(viewer, c);
  }

  /** Whether the thread's item is still the circle's (a free thread always is). */
  boolean readable(Viewer viewer, Conversation c) {
    return c.aboutKind() == null || titleOf(c.circleId(), c.aboutKind(), c.aboutId()).isPresent();
  }

  Optional<String> titleOf(String circleId, AboutKind kind, String id) {
    return switch (kind) {
      case CATALOG ->
          publications
              .publishedTo(circleId, id)
              .filter(p -> p.id().equals(id))
              .map(PublicationView::title);
      case METHOD ->
          publications
              .publishedTo(circleId, id)
              .filter(p -> "method".equals(p.kind()) && p.subjectId().equals(id))
              .map(PublicationView::title);
      case MEETING ->
          Optional.ofNullable(em.find(Meeting.class, id))
              .filter(m -> m.circleId().equals(circleId))
              .map(Meeting::title);
      case QUESTION ->
          Optional.ofNullable(em.find(LearningQuestion.class, id))
              .filter(q -> q.circleId().equals(circleId))
              .map(LearningQuestion::text);
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
