package nl.leerkring.portal.programmes;

/** A row that belongs to one programme. */
interface ProgrammePart {

  String programmeId();
}
