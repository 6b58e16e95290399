package nl.leerkring.portal.programmes;

/** Whether a partner has joined; DOMAIN.md: some partners are "still in talks". */
public enum PartnerStatus {
  JOINED,
  IN_TALKS,
  LEFT
}
