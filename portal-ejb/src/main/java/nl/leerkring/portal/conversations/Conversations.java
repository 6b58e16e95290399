package nl.leerkring.portal.conversations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.TextRule;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.conversations.ConversationForms.HideReason;
import nl.leerkring.portal.conversations.ConversationForms.PostEdit;
import nl.leerkring.portal.conversations.ConversationForms.ReplyDraft;
import nl.leerkring.portal.conversations.ConversationForms.ThreadDraft;
import nl.leerkring.portal.conversations.ConversationForms.WatchChoice;
import nl.leerkring.portal.conversations.ConversationViews.AboutRef;
import nl.leerkring.portal.conversations.ConversationViews.PostView;
import nl.leerkring.portal.conversations.ConversationViews.ThreadSummary;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.ConversationViews.VersionView;
import nl.leerkring.portal.conversations.ConversationViews.WatchView;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.portal.signals.NotificationSettings;
import nl.leerkring.portal.signals.Signals;
import nl.leerkring.portal.signals.WatchLevel;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A circle's conversations: threads, free or about one of its items, with replies, mentions, edits
 * with their history, watch levels and the shared moderation. Everyone who reads the circle ({@link
 * Participation#reads}) reads and writes its threads while they may read what a thread is about
 * ({@link Abouts}); anyone else is told "not found", also for a thread's posts.
 */
@Stateless
public class Conversations {

  private static final TextRule TEXT =
      new TextRule(ConversationCode.REQUIRED, ConversationCode.TOO_LONG);

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject Abouts abouts;

  @Inject NotificationSettings settings;

  @Inject Signals signals;

  @Inject ConversationSignals tell;

  @Inject Audit audit;

  @Inject ChangeLog changes;

  Clock clock = Clock.systemUTC();

  /** Starts a thread in a circle, with its opening post. */
  public ThreadView start(Viewer viewer, String circleSlug, ThreadDraft draft) {
    CircleView circle = readableCircle(viewer, circleSlug);
    ThreadDraft d = draft == null ? new ThreadDraft(null, null, null) : draft;
    List<Refusal> wrong = new ArrayList<>();
    String title = TEXT.required(wrong, "title", d.title(), Conversation.TITLE_MAX);
    String body = TEXT.required(wrong, "body", d.body(), Post.BODY_MAX);
    AboutRef about = abouts.resolve(viewer, circle.id(), d.about(), wrong);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    Instant now = clock.instant();
    Conversation c =
        new Conversation(
            circle.id(),
            about == null ? null : AboutKind.valueOf(about.kind()),
            about == null ? null : about.id(),
            about == null ? null : about.title(),
            title,
            viewer.accountId(),
            viewer.displayName(),
            now);
    em.persist(c);
    Post opening = post(viewer, c, body, now);
    audit.record(viewer, null, "thread.started", "thread:" + c.id(), title);
    tell.started(viewer, c, opening);
    return view(viewer, c);
  }

  /** The circle's threads, the most recently active first. */
  public List<ThreadSummary> threads(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(viewer, circleSlug);
    return em
        .createNamedQuery(Conversation.OF_CIRCLE, Conversation.class)
        .setParameter("circle", circle.id())
        .setMaxResults(500)
        .getResultList()
        .stream()
        .filter(c -> abouts.readable(viewer, c))
        .map(c -> summary(c, circle.slug()))
        .toList();
  }

  /** The threads about one item, in every circle the viewer reads it in. */
  public List<ThreadSummary> about(Viewer viewer, String kind, String aboutId) {
    AboutKind k = parseKind(kind);
    if (k == null || aboutId == null || viewer.isAnonymous()) {
      return List.of();
    }
    return em
        .createNamedQuery(Conversation.ABOUT, Conversation.class)
        .setParameter("kind", k)
        .setParameter("about", aboutId)
        .getResultList()
        .stream()
        .filter(c -> mayRead(viewer, c))
        .map(c -> summary(c, slugOf(c.circleId())))
        .toList();
  }

  /** A thread with the posts the viewer may read; reading it marks its notifications seen. */
  public ThreadView thread(Viewer viewer, String id) {
    Conversation c = readable(viewer, id);
    signals.seen(viewer, c.id());
    return view(viewer, c);
  }

  /** Replies to a thread. */
  public PostView reply(Viewer viewer, String threadId, ReplyDraft draft) {
    Conversation c = readable(viewer, threadId);
    List<Refusal> wrong = new ArrayList<>();
    String body = TEXT.required(wrong, "body", draft == null ? null : draft.body(), Post.BODY_MAX);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    Instant now = clock.instant();
    Post p = post(viewer, c, body, now);
    audit.record(viewer, null, "thread.replied", "post:" + p.id(), c.title());
    tell.posted(viewer, c, p);
    return postView(viewer, c, p);
  }

  /**
   * Changes one's own post from the version read; the text it replaces is kept. New mentions are
   * not told again: an edit is no new message.
   */
  public PostView edit(Viewer viewer, String threadId, String postId, PostEdit edit) {
    Conversation c = readable(viewer, threadId);
    Post p = readablePost(viewer, c, postId);
    if (!p.authorId().equals(viewer.accountId())) {
      throw PortalException.forbidden(ConversationCode.ONLY_AUTHOR); // before reading what was sent
    }
    List<Refusal> wrong = new ArrayList<>();
    String body = TEXT.required(wrong, "body", edit == null ? null : edit.body(), Post.BODY_MAX);
    Long version = edit == null ? null : edit.version();
    if (version == null) {
      wrong.add(Refusal.onField("version", ConversationCode.REQUIRED));
    }
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    if (version != p.version()) {
      throw PortalException.conflict(
          nl.leerkring.portal.CommonCode.CHANGED_MEANWHILE, version, p.version());
    }
    em.persist(p.edit(viewer.accountId(), body, clock.instant()));
    changes.upserted(ConversationIndexing.ENTITY, c.id());
    audit.record(viewer, null, "thread.post.edited", "post:" + p.id(), null);
    em.flush(); // the answer carries the new version
    return postView(viewer, c, p);
  }

  /** The earlier texts of a post, newest first. */
  public List<VersionView> versions(Viewer viewer, String threadId, String postId) {
    Conversation c = readable(viewer, threadId);
    Post p = readablePost(viewer, c, postId);
    return em
        .createNamedQuery(PostVersion.OF_POST, PostVersion.class)
        .setParameter("post", p.id())
        .getResultList()
        .stream()
        .map(v -> new VersionView(v.number(), v.body(), v.writtenAt()))
        .toList();
  }

  public PostView report(Viewer viewer, String threadId, String postId) {
    Conversation c = readable(viewer, threadId);
    Post p = readablePost(viewer, c, postId);
    p.moderation().report();
    audit.record(viewer, null, "thread.post.reported", "post:" + p.id(), null);
    return postView(viewer, c, p);
  }

  public PostView hide(Viewer viewer, String threadId, String postId, HideReason reason) {
    Conversation c = readable(viewer, threadId);
    Post p = moderated(viewer, c, postId);
    String why = reason == null ? null : reason.reason();
    p.moderation().hide(why, ConversationCode.REASON_REQUIRED);
    signals.forgetText(c.link(p.id())); // its text is no longer mailed or quoted in a digest
    changes.upserted(ConversationIndexing.ENTITY, c.id()); // nor found by search
    audit.record(viewer, null, "thread.post.hidden", "post:" + p.id(), why);
    return postView(viewer, c, p);
  }

  public PostView restore(Viewer viewer, String threadId, String postId) {
    Conversation c = readable(viewer, threadId);
    Post p = moderated(viewer, c, postId);
    p.moderation().restore();
    changes.upserted(ConversationIndexing.ENTITY, c.id());
    audit.record(viewer, null, "thread.post.restored", "post:" + p.id(), null);
    return postView(viewer, c, p);
  }

  /** Sets the viewer's own level for a thread. */
  public WatchView watch(Viewer viewer, String threadId, WatchChoice choice) {
    Conversation c = readable(viewer, threadId);
    String given = choice == null ? null : choice.level();
    WatchLevel level = parseLevel(given);
    if (level == null) {
      throw PortalException.invalidField(
          "level", ConversationCode.LEVEL_UNKNOWN, Objects.toString(given, ""));
    }
    ThreadWatch w = watchOf(viewer.accountId(), c.id());
    if (w == null) {
      em.persist(new ThreadWatch(viewer.accountId(), c.id(), level, true));
    } else {
      w.choose(level);
    }
    return new WatchView(c.id(), level.name());
  }

  // --- an item's own thread: the koffer's comments ---

  /**
   * The posts of an item's own thread in a circle (the first started about it), as the viewer may
   * read them; for components whose items have comments. The caller has checked that the viewer
   * reads the item.
   */
  public List<PostView> commentsOn(Viewer viewer, String circleId, AboutKind kind, String aboutId) {
    Conversation c = ownThread(circleId, kind, aboutId);
    return c == null || !mayRead(viewer, c) ? List.of() : view(viewer, c).posts();
  }

  /** Comments on an item: a reply in its own thread, which the first comment starts. */
  public PostView commentOn(
      Viewer viewer, String circleId, AboutKind kind, String aboutId, String body) {
    Conversation c = ownThread(circleId, kind, aboutId);
    if (c != null) {
      return reply(viewer, c.id(), new ReplyDraft(body));
    }
    String slug = slugOf(circleId);
    ThreadView started =
        start(
            viewer,
            slug,
            new ThreadDraft(
                abouts.titleOf(circleId, kind, aboutId).orElse(aboutId),
                body,
                new ConversationForms.ThreadAbout(kind.name(), aboutId)));
    return started.posts().get(0);
  }

  /** Reports a post, found by its id alone (a koffer comment's). */
  public PostView reportPost(Viewer viewer, String postId) {
    return report(viewer, threadOf(postId), postId);
  }

  public PostView hidePost(Viewer viewer, String postId, String reason) {
    return hide(viewer, threadOf(postId), postId, new HideReason(reason));
  }

  public PostView restorePost(Viewer viewer, String postId) {
    return restore(viewer, threadOf(postId), postId);
  }

  private Conversation ownThread(String circleId, AboutKind kind, String aboutId) {
    return em
        .createNamedQuery(Conversation.ABOUT, Conversation.class)
        .setParameter("kind", kind)
        .setParameter("about", aboutId)
        .getResultList()
        .stream()
        .filter(c -> c.circleId().equals(circleId))
        .min(java.util.Comparator.comparing(Conversation::startedAt))
        .orElse(null);
  }

  private String threadOf(String postId) {
    Post p = postId == null ? null : em.find(Post.class, postId);
    return p == null ? null : p.conversationId();
  }

  // --- rules ---

  private boolean mayRead(Viewer viewer, Conversation c) {
    return abouts.mayRead(viewer, c);
  }

  private Post post(Viewer viewer, Conversation c, String body, Instant now) {
    Post p =
        new Post(
            c,
            c.added(now),
            viewer.accountId(),
            viewer.displayName(),
            viewer.homeTenant().map(TenantId::value).orElse(null),
            body,
            now);
    em.persist(p);
    changes.upserted(ConversationIndexing.ENTITY, c.id()); // search follows (a new post's text)
    if (watchOf(viewer.accountId(), c.id()) == null) {
      em.persist(new ThreadWatch(viewer.accountId(), c.id(), WatchLevel.WATCHING, false));
    }
    em.flush(); // the answer carries the version an edit starts from
    return p;
  }

  private CircleView readableCircle(Viewer viewer, String slug) {
    return Participation.readableCircle(circles, viewer, slug, ConversationCode.CIRCLE_NOT_FOUND);
  }

  private Conversation readable(Viewer viewer, String id) {
    Conversation c = id == null ? null : em.find(Conversation.class, id);
    if (c == null || !mayRead(viewer, c)) {
      throw PortalException.notFound(ConversationCode.THREAD_NOT_FOUND, Objects.toString(id, ""));
    }
    return c;
  }

  private Post readablePost(Viewer viewer, Conversation c, String postId) {
    Post p = postId == null ? null : em.find(Post.class, postId);
    if (p == null
        || !p.conversationId().equals(c.id())
        || !p.readableBy(coordinates(viewer, c), viewer.accountId())) {
      throw PortalException.notFound(ConversationCode.POST_NOT_FOUND, Objects.toString(postId, ""));
    }
    return p;
  }

  private Post moderated(Viewer viewer, Conversation c, String postId) {
    Post p = readablePost(viewer, c, postId);
    if (!coordinates(viewer, c)) {
      throw PortalException.forbidden(ConversationCode.COORDINATORS_MODERATE);
    }
    return p;
  }

  private static boolean coordinates(Viewer viewer, Conversation c) {
    return viewer.coordinates(new CircleId(c.circleId()));
  }

  private ThreadWatch watchOf(String account, String threadId) {
    return em
        .createNamedQuery(ThreadWatch.ONE, ThreadWatch.class)
        .setParameter("thread", threadId)
        .setParameter("account", account)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private ThreadView view(Viewer viewer, Conversation c) {
    boolean coordinator = coordinates(viewer, c);
    List<PostView> posts =
        em
            .createNamedQuery(Post.OF_THREAD, Post.class)
            .setParameter("thread", c.id())
            .getResultList()
            .stream()
            .filter(p -> p.readableBy(coordinator, viewer.accountId()))
            .map(p -> postView(viewer, c, p))
            .toList();
    ThreadWatch own = watchOf(viewer.accountId(), c.id());
    WatchLevel level =
        own != null
            ? own.level()
            : Hearers.level(viewer.accountId(), Map.of(), settings.circleLevels(c.circleId()));
    String slug = slugOf(c.circleId());
    return new ThreadView(
        c.id(),
        slug,
        slug == null ? null : circles.bySlug(slug).name(),
        c.title(),
        aboutRef(c),
        c.startedAt(),
        posts,
        level.name(),
        coordinator);
  }

  private PostView postView(Viewer viewer, Conversation c, Post p) {
    return new PostView(
        p.id(),
        p.number(),
        p.authorName(),
        p.authorTenant() == null
            ? null
            : tenants.byId(new TenantId(p.authorTenant())).map(TenantView::name).orElse(null),
        p.body(),
        p.writtenAt(),
        p.editedAt(),
        p.edits(),
        p.moderation().status().name(),
        p.moderation().hiddenReason(),
        coordinates(viewer, c) ? p.moderation().reports() : 0,
        p.authorId().equals(viewer.accountId()),
        p.version());
  }

  private ThreadSummary summary(Conversation c, String slug) {
    return new ThreadSummary(
        c.id(),
        slug,
        c.title(),
        aboutRef(c),
        c.startedByName(),
        c.startedAt(),
        c.lastPostAt(),
        Math.max(0, c.posts() - 1));
  }

  private static AboutRef aboutRef(Conversation c) {
    return c.aboutKind() == null
        ? null
        : new AboutRef(
            c.aboutKind().name(), c.aboutId(), c.aboutTitle(), c.aboutKind().link(c.aboutId()));
  }

  private String slugOf(String circleId) {
    var circle = circles.byId(new CircleId(circleId));
    return circle == null ? null : circle.slug();
  }

  static AboutKind parseKind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return AboutKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static WatchLevel parseLevel(String level) {
    if (level == null || level.isBlank()) {
      return null;
    }
    return Arrays.stream(WatchLevel.values())
        .filter(l -> l.name().equalsIgnoreCase(level.strip()))
        .findFirst()
        .orElse(null);
  }
}
