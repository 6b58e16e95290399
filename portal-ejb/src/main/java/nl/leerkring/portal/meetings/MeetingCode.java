package nl.leerkring.portal.meetings;

import nl.leerkring.tenants.Code;

/** Why a meeting request was refused; worded by the web layer (codes.properties). */
public enum MeetingCode implements Code {
  SIGN_IN,
  FEED_NOT_FOUND,
  /** {0}: the meeting id. */
  NOT_FOUND,
  /** {0}: the circle slug. */
  CIRCLE_NOT_FOUND,
  /** {0}: the action id. */
  ACTION_NOT_FOUND,
  ONLY_PLANNERS,
  ONLY_PARTICIPANTS,
  /** An action is updated by its owner (the person or a member of the gemeente) or a planner. */
  NOT_ACTION_OWNER,
  REQUIRED,
  /** {0}: the maximum length. */
  TOO_LONG,
  /** {0}: the text that is no date-time. */
  DATE_TIME_INVALID,
  /** {0}: the text that is no date. */
  DATE_INVALID,
  END_BEFORE_START,
  CAPACITY_NEGATIVE,
  /** {0}: the number of confirmed participants. */
  CAPACITY_BELOW_CONFIRMED,
  /** {0}: the gemeente slug. */
  HOST_NOT_MEMBER,
  ONLINE_URL_INVALID,
  /** {0}: the kind given. */
  KIND_UNKNOWN,
  /** {0}: minimum, {1}: maximum minutes. */
  DURATION_INVALID,
  /** {0}: the material id. */
  MATERIAL_UNREADABLE,
  /** {0}: the answer given. */
  ANSWER_UNKNOWN,
  /** {0}: the status given. */
  STATUS_UNKNOWN,
  /** {0}: the current status, {1}: the wanted one. */
  STATUS_TRANSITION,
  /** {0}: the current status. */
  NOT_PLANNED,
  /** {0}: the start. */
  NOT_STARTED,
  MINUTES_NOT_FINAL,
  /** {0}: the current status. */
  REGISTRATION_CLOSED,
  /** {0}: the current status. */
  NOT_HELD,
  MINUTES_FINAL,
  MINUTES_MISSING,
  VERSION_REQUIRED,
  /** {0}: the version sent, {1}: the stored one. */
  STALE_VERSION,
  /** {0}: minimum, {1}: maximum days. */
  DAYS_INVALID,
  /** {0}: the account id. */
  ATTENDEE_UNKNOWN,
  OWNER_ONE_OF,
  /** {0}: the owner named. */
  OWNER_NOT_PARTICIPANT,
  NOTE_REQUIRED_TO_DROP,
  /** {0}: the status agenda items can no longer be added in. */
  AGENDA_CLOSED,
  /** Comments on minutes are for those who attended. */
  ONLY_ATTENDEES,
  /** The minutes are not open for comments (not yet, no longer, or final). */
  MINUTES_NOT_OPEN,
  /** {0}: the version number asked for. */
  MINUTES_VERSION_NOT_FOUND,
  AGENDA_ITEM_NOT_FOUND,
  /** An agenda item moves one place: -1 (up) or 1 (down). */
  MOVE_INVALID
}
