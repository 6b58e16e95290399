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
  /** Kinds for the conversations still to come (F8 part 5); nothing raises them yet. */
  REPLY(Audience.PARTICIPANTS, false),
  MENTION(Audience.ASSIGNEE, false);

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
      case PARTICIPANTS -> circle != null && viewer.takesPartIn(circle);
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
    return this == MEETING_ANSWERED;
  }

  Audience audience() {
    return audience;
  }
}
