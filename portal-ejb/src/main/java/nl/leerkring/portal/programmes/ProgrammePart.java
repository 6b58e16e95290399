package nl.leerkring.portal.programmes;

/** A row that belongs to one programme. */
interface ProgrammePart {

  String programmeId();

  /** The id of the part this one hangs under in the tree (a goal's theme, …); null for none. */
  default String parentId() {
    return null;
  }
}
