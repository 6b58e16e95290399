package nl.leerkring.portal.programmes;

import nl.leerkring.tenants.Code;

/** What the programmes component refuses; worded by the web layer (see {@link Code}). */
public enum ProgrammeCode implements Code {
  /** {0}: the id asked for (for logs; not shown). */
  NOT_FOUND,
  /** {0}: the kind of part, {1}: its id (for logs). */
  PART_NOT_FOUND,
  /** {0}: the path asked for (for logs). */
  NO_SUCH_PART_KIND,
  MEMBERS_ONLY,
  /** {0}: the end, {1}: the start. */
  ENDS_BEFORE_START,
  /** {0}: the year and {1} the number of the quarter; {2}, {3}: the programme's period. */
  QUARTER_OUTSIDE_PERIOD,
  /** {0}: the text sent. */
  NOT_A_QUARTER,
  /** {0}: the year, {1}: the quarter number. */
  NO_SUCH_QUARTER,
  /** {0}: the id sent. */
  NOT_A_METHOD_OF_GEMEENTE,
  /** {0}: the id sent. */
  NOT_A_DOCUMENT_OF_GEMEENTE,
  /** {0}: the id sent. */
  NOT_PART_OF_PROGRAMME,
  THEME_HAS_GOALS,
  GOAL_HAS_ACTIONS,
  ACTION_HAS_MILESTONES,
  /** {0}: the circle's slug asked for (for logs): not one of the gemeente's circles. */
  CIRCLE_NOT_FOUND
}
