package nl.leerkring.portal.koffer;

import nl.leerkring.tenants.Code;

/** Why the koffer (method cards, uses, comments, vocabularies) refuses; worded by the web layer. */
public enum KofferCode implements Code {
  /** Nobody is signed in. */
  SIGN_IN,
  /** The viewer belongs to no gemeente: only members draft cards and record uses. */
  MEMBERS_ONLY,
  /** {0}: the id asked for. */
  NOT_FOUND,
  /** {0}: the id of a use asked for. */
  USE_NOT_FOUND,
  /** {0}: the id of a card asked for. */
  CARD_NOT_FOUND,
  /** {0}: the id of a method no readable koffer holds. */
  METHOD_NOT_FOUND,
  /** {0}: the id of a comment. */
  COMMENT_NOT_FOUND,
  /** {0}: the slug of a circle the viewer does not take part in. */
  CIRCLE_NOT_FOUND,
  /** The request carried no body. */
  BODY_REQUIRED,
  /** A required field is empty. */
  REQUIRED,
  /** {0}: the most characters the field takes. */
  TOO_LONG,
  /** {0}: the most entries the list takes. */
  TOO_MANY,
  /** An entry of a list is empty. */
  EMPTY_ENTRY,
  /** {0}: the end; {1}: the start. */
  ENDS_BEFORE_START,
  /** The rating is outside 1..5. */
  RATING_RANGE,
  /** {0}: a document id that is not a (live) document of the gemeente. */
  NOT_OWN_DOCUMENT,
  /** A save without the version the editor started from. */
  VERSION_REQUIRED,
  /** {0}: who saved last; {1}: when; {2}: the version sent; {3}: the current one. */
  CHANGED_MEANWHILE,
  /** {0}: the version sent; {1}: the current one (a use). */
  USE_CHANGED_MEANWHILE,
  /** {0}: the evidence level given. */
  EVIDENCE_UNKNOWN,
  /** {0}: the evidence level's label; it needs a source. */
  EVIDENCE_NEEDS_SOURCE,
  /** A method card without steps. */
  STEPS_REQUIRED,
  /** A number below zero or with more than two decimals. */
  NOT_AN_AMOUNT,
  /** A count below zero. */
  NOT_A_COUNT,
  /** {0}: the sort asked for. */
  SORT_UNKNOWN,
  /** A situation without wijk type, vraagstukken or themes. */
  SITUATION_EMPTY,
  /** A ranking request without methods. */
  METHODS_REQUIRED,
  /** Only a circle's coordinators hide or restore comments. */
  COORDINATORS_MODERATE,
  /** {0}: the circle; only its coordinators extend its vocabulary. */
  COORDINATORS_EXTEND,
  /** The kind of a vocabulary term is not WIJKTYPE or VRAAGSTUK. */
  TERM_KIND,
  /** A term's label without letters or digits. */
  TERM_LABEL,
  /** {0}: the code of a term that exists already. */
  TERM_EXISTS,
  /** {0}: the unknown wijk types, comma-separated. */
  WIJKTYPE_UNKNOWN,
  /** {0}: the unknown vraagstukken, comma-separated. */
  VRAAGSTUK_UNKNOWN,
  /** A hidden comment needs a reason of at most 2000 characters. */
  REASON_REQUIRED
}
