package nl.leerkring.portal.learning;

/** What was harvested: an insight, a quote, or a value-creation story (Wenger-Trayner). */
public enum HarvestKind {
  INSIGHT,
  QUOTE,
  STORY
}
