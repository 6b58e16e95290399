package nl.leerkring.portal.cofinancing;

/** What kind of money a funding source is. */
public enum SourceKind {
  /** A Regiodeal of the national government and a region (such as the GMR). */
  REGIODEAL,
  /** A specific grant of the national government (specifieke uitkering), accounted for in SiSa. */
  SPUK,
  PROVINCIAL,
  /** Another subsidy (a fund, the EU). */
  OTHER_SUBSIDY,
  /** The gemeente's own budget: not a grant, so never rate-checked or treated as a subsidy. */
  OWN_BUDGET;

  public boolean isGrant() {
    return this != OWN_BUDGET;
  }
}
