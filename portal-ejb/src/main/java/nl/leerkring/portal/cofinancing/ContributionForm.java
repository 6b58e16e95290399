package nl.leerkring.portal.cofinancing;

/** How a partner contributes: money, or hours valued at an hourly rate. */
public enum ContributionForm {
  CASH,
  IN_KIND
}
