package nl.leerkring.portal.signals;

import java.util.Set;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What happened, who may hear of it, and whether it asks something of them. Each kind's audience is
 * a predicate over the same {@link Viewer} the boundaries decide access with ({@link
 * Viewer#coordinates}, {@link Viewer#belongsTo}, {@link Viewer#takesPartIn}), so a notification
 * never reaches someone who could not open its subject.
 */
public enum SignalKind {
  SUBMISSION_WAITING(Audience.COORDINATORS, true),
  SUBMISSION_APPROVED(Audience.OWNER, false),
  SUBMISSION_RETURNED(Audience.OWNER, true),
  /** The owner took a submission back: no one is told, the coordinators' to-do ends. */
  SUBMISSION_WITHDRAWN(Audience.NOBODY, false),
  ITEM_REPORTED(Audience.COORDINATORS, true),
  /** A coordinator handled a report: no one is told, the to-do ends. */
  REPORT_HANDLED(Audience.NOBODY, false),
  ITEM_HIDDEN(Audience.OWNER, true),
  ITEM_RESTORED(Audience.OWNER, false),
  STATEMENT_WAITING(Audience.COORDINATORS, true),
  STATEMENT_ACCEPTED(Audience.OWNER, false),
  STATEMENT_RETURNED(Audience.OWNER, true),
  MEETING_PLANNED(Audience.PARTICIPANTS, true),
  MEETING_CHANGED(Audience.PARTICIPANTS, false),
  MEETING_CANCELLED(Audience.PARTICIPANTS, false),
  /** Someone answered a meeting's invitation: only their own to-do ends. */
  MEETING_ANSWERED(Audience.NOBODY, false),
  MINUTES_OPEN(Audience.PARTICIPANTS, true),
  MINUTES_FINAL(Audience.PARTICIPANTS, false),
  ACTION_ASSIGNED(Audience.ASSIGNEE, true),
  /** An action was done: no one is told, its owner's to-do ends. */
  ACTION_DONE(Audience.NOBODY, false),
  /**
   * A place came free and someone on a meeting's waiting list has it now: only they are told, and
   * it stays a to-do (come, or free the place again) until they answer or the meeting is cancelled.
   */
  REGISTRATION_CONFIRMED(Audience.ASSIGNEE, true),
  /**
   * A reply in a thread the named person watches (conversations decide who watches); a to-do until
   * they post in the thread themselves.
   */
  REPLY(Audience.ASSIGNEE, true),
  /** The named person, or a gemeente's members, were mentioned in a post. */
  MENTION(Audience.ASSIGNEE, true),
  /**
   * A thread was started in the circle: told to those who watch the circle (one signal, fanned out
   * by the job like {@code NEW_ITEM}; whoever the opening post mentions hears only the {@code
   * MENTION}); the circle's activity shows it.
   */
  THREAD_STARTED(Audience.WATCHERS, false),
  /**
   * Someone posted in a thread: no one is told by it (REPLY and MENTION tell); their own replies
   * and mentions in that thread stop being to-dos; the circle's activity shows it.
   */
  POSTED(Audience.NOBODY, false),
  /** An item was published in a circle: told to those who watch the circle. */
  NEW_ITEM(Audience.WATCHERS, false),
  /**
   * New material matches a saved search; raised for its one owner by {@link SavedSearches}, which
   * found it by searching as that person, through the search's own access filter.
   */
  SAVED_SEARCH_MATCH(Audience.SEARCHER, false);

  /** What a circle's activity page groups its changes by (F8 part 6). */
  public enum ActivityGroup {
    CATALOG,
    MEETINGS,
    CONVERSATIONS
  }

  /** Who may know of a signal: each a rule the boundaries apply to the subject too. */
  enum Audience {
    /** The coordinators of the circle (the moderation lists). */
    COORDINATORS,
    /** The members of the gemeente that owns the subject (its own item or statement). */
    OWNER,
    /** Everyone who takes part in the circle (its meetings). */
    PARTICIPANTS,
    /**
     * The one account the subject names or, if it names a gemeente, that gemeente's members; while
     * they take part in the circle.
     */
    ASSIGNEE,
    /** The participants of the circle who chose to watch it ({@link WatchLevel#WATCHING}). */
    WATCHERS,
    /** The one account whose saved search found it (the signal's {@code accountId}). */
    SEARCHER,
    NOBODY
  }

  private final Audience audience;
  private final boolean todo;

  SignalKind(Audience audience, boolean todo) {
    this.audience = audience;
    this.todo = todo;
  }

  /**
   * Whether the viewer may know of this signal: the same rule by which the boundary lets them open
   * its subject. The one who caused it is not told.
   */
  public boolean reaches(Viewer viewer, Signal signal) {
    if (viewer.isAnonymous() || viewer.accountId().equals(signal.actorId())) {
      return false;
    }
    CircleId circle = signal.circleId() == null ? null : new CircleId(signal.circleId());
    return switch (audience) {
      case COORDINATORS -> circle != null && viewer.coordinates(circle);
      case OWNER ->
          signal.ownerTenant() != null && viewer.belongsTo(new TenantId(signal.ownerTenant()));
      case PARTICIPANTS, WATCHERS -> circle != null && viewer.takesPartIn(circle);
      case SEARCHER -> viewer.accountId().equals(signal.accountId());
      case ASSIGNEE -> circle != null && viewer.takesPartIn(circle) && isAssignee(viewer, signal);
      case NOBODY -> false;
    };
  }

  /** The named account, or, when none is named, a member of the owning gemeente. */
  private static boolean isAssignee(Viewer viewer, Signal signal) {
    return signal.accountId() != null
        ? viewer.accountId().equals(signal.accountId())
        : signal.ownerTenant() != null && viewer.belongsTo(new TenantId(signal.ownerTenant()));
  }

  /** Whether it asks something of its recipient: it stays a to-do until it is settled. */
  public boolean isTodo() {
    return todo;
  }

  /**
   * The kinds of earlier notifications about the same subject in the same circle that this one
   * settles: they stop being to-dos.
   */
  public Set<SignalKind> settles() {
    return switch (this) {
      case SUBMISSION_WAITING -> Set.of(SUBMISSION_RETURNED);
      case SUBMISSION_APPROVED, SUBMISSION_RETURNED, SUBMISSION_WITHDRAWN ->
          Set.of(SUBMISSION_WAITING);
      case REPORT_HANDLED, ITEM_HIDDEN -> Set.of(ITEM_REPORTED);
      case ITEM_RESTORED -> Set.of(ITEM_HIDDEN);
      case STATEMENT_WAITING -> Set.of(STATEMENT_RETURNED);
      case STATEMENT_ACCEPTED, STATEMENT_RETURNED -> Set.of(STATEMENT_WAITING);
      case MEETING_CANCELLED, MEETING_ANSWERED -> Set.of(MEETING_PLANNED, REGISTRATION_CONFIRMED);
      case MINUTES_FINAL -> Set.of(MINUTES_OPEN);
      case ACTION_DONE -> Set.of(ACTION_ASSIGNED);
      case POSTED -> Set.of(REPLY, MENTION);
      default -> Set.of();
    };
  }

  /**
   * How it is mailed when the person chose nothing: what asks something of them at once (held back
   * a few minutes), news in the daily digest, and what reaches no one not at all. The kinds follow
   * the roles (waiting work is the coordinators', decisions the members'), so these are the
   * defaults per role.
   */
  public Delivery defaultDelivery() {
    if (audience == Audience.NOBODY) {
      return Delivery.OFF;
    }
    return todo ? Delivery.IMMEDIATE : Delivery.DAILY;
  }

  /** Whether someone can receive it (the kinds a person can set). */
  public boolean isReceived() {
    return audience != Audience.NOBODY;
  }

  /** Whether it settles only the to-dos of the one who caused it (an answer to a meeting). */
  public boolean settlesOwnOnly() {
    return this == MEETING_ANSWERED || this == POSTED;
  }

  /**
   * The group it shows under in a circle's activity, or {@code null} when it is not the circle's
   * news: only changes that every reader of the circle may read of (an item published to it, its
   * meetings and final minutes, its threads), never work that waits for someone or a decision about
   * one gemeente's item.
   */
  public ActivityGroup activityGroup() {
    return switch (this) {
      case SUBMISSION_APPROVED -> ActivityGroup.CATALOG;
      case MEETING_PLANNED, MEETING_CHANGED, MEETING_CANCELLED, MINUTES_FINAL ->
          ActivityGroup.MEETINGS;
      case THREAD_STARTED, POSTED -> ActivityGroup.CONVERSATIONS;
      default -> null;
    };
  }

  Audience audience() {
    return audience;
  }
}
