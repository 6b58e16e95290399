package nl.leerkring.portal.meetings;

/** A participant's answer to "will you come?". Only yes takes a place. */
public enum Answer {
  YES,
  MAYBE,
  NO
}
