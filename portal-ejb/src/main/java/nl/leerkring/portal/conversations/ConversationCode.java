package nl.leerkring.portal.conversations;

import nl.leerkring.tenants.Code;

/** Why a conversation request was refused; worded by the web layer (codes.properties). */
public enum ConversationCode implements Code {
  SIGN_IN,
  /** {0}: the circle slug. */
  CIRCLE_NOT_FOUND,
  /** {0}: the thread id. */
  THREAD_NOT_FOUND,
  /** {0}: the post id. */
  POST_NOT_FOUND,
  REQUIRED,
  /** {0}: the maximum length. */
  TOO_LONG,
  /** {0}: the kind given; {1}: the kinds there are. */
  ABOUT_KIND_UNKNOWN,
  /** {0}: the id given: nothing of that kind the circle reads has it. */
  ABOUT_UNKNOWN,
  /** Only the author changes a post. */
  ONLY_AUTHOR,
  /** Only the circle's coordinators hide or restore a post. */
  COORDINATORS_MODERATE,
  /** A hidden post needs a reason of at most 2000 characters. */
  REASON_REQUIRED,
  /** A hidden post is not changed until it is restored. */
  HIDDEN_POST,
  /** {0}: the level given. */
  LEVEL_UNKNOWN
}
