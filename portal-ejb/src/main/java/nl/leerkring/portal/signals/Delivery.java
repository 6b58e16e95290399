package nl.leerkring.portal.signals;

/** How a person wants one kind of notification mailed. */
public enum Delivery {
  /** Soon after it happens (held back {@code portal.mail.hold-minutes}, default 10). */
  IMMEDIATE,
  /** In the daily digest. */
  DAILY,
  /** In the weekly digest. */
  WEEKLY,
  /** Not mailed; it still shows in the inbox. */
  OFF
}
