package nl.leerkring.portal.signals;

/** How closely a person follows a circle. */
public enum WatchLevel {
  /** Every notification of the circle is mailed at once, whatever its kind's setting. */
  WATCHING,
  /** Each kind as its setting says. */
  NORMAL,
  /** Nothing of the circle is mailed; it still shows in the inbox. */
  MUTED
}
