package nl.leerkring.portal.learning;

import nl.leerkring.tenants.Code;

/** Why a learning-agenda request was refused; worded by the web layer (codes.properties). */
public enum LearningCode implements Code {
  SIGN_IN,
  /** {0}: the circle slug. */
  CIRCLE_NOT_FOUND,
  /** {0}: the question id. */
  QUESTION_NOT_FOUND,
  /** {0}: the harvest id. */
  HARVEST_NOT_FOUND,
  /** {0}: the synthesis id. */
  SYNTHESIS_NOT_FOUND,
  /** Questions and syntheses are managed by the circle's coordinators and facilitators. */
  ONLY_MANAGERS,
  ONLY_PARTICIPANTS,
  REQUIRED,
  /** {0}: the maximum length. */
  TOO_LONG,
  /** {0}: the phase given. */
  PHASE_UNKNOWN,
  /** {0}: the status given. */
  STATUS_UNKNOWN,
  /** {0}: the kind given. */
  KIND_UNKNOWN,
  /** {0}: the owner named. */
  OWNER_NOT_PARTICIPANT,
  /** {0}: the current status, {1}: the wanted one. */
  STATUS_TRANSITION,
  /** {0}: the wanted status. */
  EXPLANATION_REQUIRED,
  VERSION_REQUIRED,
  /** {0}: the version sent, {1}: the stored one. */
  STALE_VERSION,
  /** {0}: the meeting id. */
  MEETING_UNKNOWN,
  /** {0}: the meeting's start. */
  MEETING_NOT_HELD,
  /** {0}: the source id. */
  SOURCE_UNREADABLE,
  /** {0}: at most this many sources. */
  TOO_MANY_SOURCES,
  QUESTION_PARKED,
  /** {0}: the harvest id. */
  CITATION_UNKNOWN,
  /** {0}: the harvest's phase, {1}: the synthesis's phase. */
  CITATION_LATER_PHASE,
  ALREADY_PUBLISHED,
  HARVEST_NOT_YOURS,
  HARVEST_CITED,
  /** {0}: the version number asked for (for logs). */
  SYNTHESIS_VERSION_NOT_FOUND
}
