package nl.leerkring.portal.meetings;

/** The kinds of a leerkring meeting's agenda items (Platform31's leerkring format). */
public enum AgendaKind {
  NEWS,
  INTERVISIE,
  THEME,
  VISIT,
  OTHER
}
