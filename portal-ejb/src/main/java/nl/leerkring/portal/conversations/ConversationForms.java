package nl.leerkring.portal.conversations;

/**
 * What the conversations take: texts and codes as the client sent them, checked by the boundary.
 */
public final class ConversationForms {

  private ConversationForms() {}

  /** A new thread; {@code about} names an item of the circle, or is left out for a free thread. */
  public record ThreadDraft(String title, String body, ThreadAbout about) {}

  /** {@code kind}: CATALOG, METHOD, MEETING or QUESTION; {@code id}: the item's id. */
  public record ThreadAbout(String kind, String id) {}

  /** A reply. */
  public record ReplyDraft(String body) {}

  /** A new text for one's own post, from the {@code version} one started from. */
  public record PostEdit(String body, Long version) {}

  /** Why a coordinator hides a post. */
  public record HideReason(String reason) {}

  /** WATCHING, NORMAL or MUTED. */
  public record WatchChoice(String level) {}
}
