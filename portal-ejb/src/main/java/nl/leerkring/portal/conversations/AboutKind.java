package nl.leerkring.portal.conversations;

/** What a thread can be about: an item of the circle, each with the page it is read on. */
public enum AboutKind {
  /** A catalog item (a publication: document, card, use). */
  CATALOG("app/item.xhtml?id="),
  /** A method card of the koffer, by its method id. */
  METHOD("app/method.xhtml?id="),
  MEETING("app/meeting.xhtml?id="),
  /** A learning question. */
  QUESTION("app/question.xhtml?id=");

  private final String page;

  AboutKind(String page) {
    this.page = page;
  }

  /** Where the item is read, relative to the portal's root. */
  public String link(String id) {
    return page + id;
  }
}
